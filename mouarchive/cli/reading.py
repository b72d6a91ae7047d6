"""Commands that answer questions about single things: `info`, `search`, `show`."""

from __future__ import annotations

import click

from mouarchive import ids, render, store
from mouarchive.cli.app import App, cli, pass_app
from mouarchive.cli.options import (
    ARTICLE_ID,
    LIMIT,
    TEXT,
    DashedWords,
    check_excel,
    excel_option,
    filter_option,
    format_option,
    include_rejected_option,
    parse_party,
    parse_period,
    parse_region,
)


@cli.command()
@format_option("table", "json", "csv", default="table")
@excel_option
@pass_app
def info(app: App, fmt: str, excel: bool) -> None:
    """Which archive, its schema version, and what it holds."""
    check_excel(excel, fmt)
    counts = store.counts(app.db)
    details = {
        "database": str(app.db_path.expanduser().resolve()),
        "schema": store.schema_version(app.db) or "-",
        "sources": counts.sources,
        "articles": counts.articles,
        "agreements": counts.agreements,
        "clauses": counts.clauses,
        "rejected": counts.rejected,
        "outdated": counts.outdated,
    }
    if fmt == "json":
        render.write_json(details)
    elif fmt == "csv":
        rows = ({"name": key, "value": value} for key, value in details.items())
        app.write_csv(rows, ("name", "value"), excel=excel)
    else:
        render.info(app.out, details)


class SearchCommand(DashedWords):
    """`-MOU` is an exclusion to the user and an unknown option to click."""

    where = "to exclude a term, put the words after --"


@cli.command(cls=SearchCommand)
@click.argument("words", nargs=-1, required=True, type=TEXT)
@click.option(
    "--in",
    "scope",
    type=click.Choice(["all", "articles", "clauses"]),
    default="all",
    show_default=True,
    help="Search articles, agreed clauses, or both.",
)
@filter_option("--region", help="Agreements of this region and its districts (광주, 경기 광주).")
@filter_option("--party", help="Agreements with this party: its name, part of it or a short form.")
@filter_option("--outlet", help="Articles from an outlet whose name contains this.")
@filter_option("--since", metavar="DATE", help="From this date on (YYYY, YYYY-MM or YYYY-MM-DD).")
@filter_option("--until", metavar="DATE", help="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option(
    "--sort",
    "order",
    type=click.Choice(["relevance", "date"]),
    default="relevance",
    show_default=True,
)
@click.option(
    "--limit",
    type=LIMIT,
    default=20,
    show_default=True,
    help="Show at most this many hits (0 for all).",
)
@include_rejected_option
@format_option("table", "json", "csv", default="table")
@excel_option
@pass_app
def search(
    app: App,
    words: tuple[str, ...],
    scope: str,
    region: str | None,
    party: str | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    order: str,
    limit: int | None,
    include_rejected: bool,
    fmt: str,
    excel: bool,
) -> None:
    """Find articles and agreed clauses containing every term, however they are spaced.

    \b
      "국가 AI 컴퓨팅센터"   one term (spaces never matter)
      광주 OR 전남           either term
      -- 협약 -MOU           exclude a term (a query with "-" goes after --)
    """
    from mouarchive import search as searching

    check_excel(excel, fmt)
    _warn_of_options_as_text(app, words)
    start, end = parse_period(since, until)
    db = app.db
    filters = store.SearchFilters(
        region=parse_region(region),
        parties=parse_party(db, party),
        outlet=outlet or None,
        since=start.iso if start else None,
        until=end.iso if end else None,
        include_rejected=include_rejected,
    )
    try:
        result = searching.search(
            db,
            " ".join(words),
            scope=scope,
            filters=filters,
            order=order,
            limit=limit if limit is not None else searching.EVERY_HIT,
        )
    except searching.QueryError as error:
        raise click.UsageError(str(error)) from None
    if searching.parse(" ".join(words)).literal_or:
        app.err.print(
            render.text(
                'note: an OR not between two terms is searched as the text "OR"; write TERM OR TERM'
            )
        )
    if fmt == "json":
        render.write_json([hit.as_json() for hit in result.hits])
    elif fmt == "csv":
        rows = (searching.csv_row(hit) for hit in result.hits)
        app.write_csv(rows, searching.CSV_COLUMNS, excel=excel)
    else:
        with app.paged():
            searched = _searched(words, scope, filters, party)
            render.search_table(app.out, result.hits, result.total, searched)


def _warn_of_options_as_text(app: App, words: tuple[str, ...]) -> None:
    """After `--` every word is text, so `search -- 협약 -MOU --limit 5` looks for "--limit":
    the likeliest slip of a user told to put `-MOU` after `--`, said on stderr."""
    command = click.get_current_context().command
    known = {name for param in command.params for name in param.opts if name.startswith("-")}
    typed = next((word for word in words if word in known), None)
    if typed is not None:
        app.err.print(
            render.text(f"note: {typed} after -- is searched as text; put options before --")
        )


def _searched(
    words: tuple[str, ...], scope: str, filters: store.SearchFilters, party: str | None
) -> str:
    """ "협약 (region 부산광역시, since 2023)": the query as typed, the filters as applied."""
    given = [
        f"in {scope}" if scope != "all" else "",
        f"region {filters.region}" if filters.region else "",
        f"party '{party}'" if party else "",
        f"outlet '{filters.outlet}'" if filters.outlet else "",
        f"since {filters.since}" if filters.since else "",
        f"until {filters.until}" if filters.until else "",
    ]
    applied = ", ".join(part for part in given if part)
    query = " ".join(words)
    return f"{query} ({applied})" if applied else query


@cli.command()
@click.argument("item_id", metavar="ID", required=False)
@click.option(
    "--article", "article_id", type=ARTICLE_ID, help="Show an article (3 or a3) and its agreements."
)
@format_option("table", "json", default="table")
@pass_app
def show(app: App, item_id: str | None, article_id: int | None, fmt: str) -> None:
    """Show an agreement (12 or #12) with the sentences behind each fact, or an article (a3,
    or --article 3) with the agreements found in it: the ids that search and timeline print."""
    if item_id is None and article_id is None:
        raise click.UsageError("give an agreement id (12 or #12) or an article id (a3)")
    if item_id is not None and article_id is not None:
        # Both given ("show a2 --article 2"): one is one too many (newcomer 55: 16).
        raise click.UsageError("give an id (12, #12 or a3) or --article ID, not both")
    if item_id is not None:
        try:
            kind, number = ids.parse(item_id)
        except ValueError as error:
            raise click.UsageError(str(error)) from None
        if kind == "article":
            article_id = number
        else:
            agreement_id = number
    db = app.db
    if article_id is not None:
        article = store.article_row(db, article_id)
        if article is None:
            raise click.UsageError(store.retired.missing_article(db, article_id))
        agreements = [
            store.get_agreement(db, i) for i in store.article_agreement_ids(db, article_id)
        ]
        if fmt == "json":
            render.write_json({**article, "agreements": agreements})
        else:
            notes = store.article_notes(db, article_id)
            dated = [{**a, **store.agreement_extras(db, a["id"])} for a in agreements]
            with app.paged():
                render.show_article(app.out, article, dated, notes)
        return
    agreement = store.get_agreement(db, agreement_id)
    if agreement is None:
        raise click.UsageError(store.retired.missing_agreement(db, agreement_id))
    if fmt == "json":
        render.write_json(agreement)
        return
    from mouarchive import evidence  # the sentence splitter: only `show` needs it

    sources = {source["article_id"]: source for source in agreement["sources"]}
    quoted = [
        (sources[item.article_id], evidence.report_evidence(item.body, item.report))
        for item in store.agreement_evidence(db, agreement_id)
    ]
    extras = store.agreement_extras(db, agreement_id)
    with app.paged():
        render.show_agreement(app.out, {**agreement, **extras}, quoted)
