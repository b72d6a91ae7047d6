"""The `mouarchive` command: option parsing and exit codes only.

Each command parses its options, calls one function, and hands the result to `render`.
The ingest pipeline (decoders, cleaners, extractors) is imported only by the commands that
write: a search should not pay for loading it.
Every error a user can cause ends as one line on stderr and a non-zero exit code;
`--debug` shows the traceback.
"""

from __future__ import annotations

import itertools
import os
import sys
import traceback
from functools import cached_property
from pathlib import Path

import click

from mouarchive import __version__, evidence, export, render, stats, store, timeline
from mouarchive.models import PartialDate

EXIT_FAILED = 1
EXIT_USAGE = 2
PARALLEL_FROM = 50


class App:
    """What every command shares: where the archive is and how to talk to the user."""

    def __init__(self, db_path: Path, *, debug: bool, no_color: bool) -> None:
        self.db_path = db_path
        self.debug = debug
        self.no_color = no_color

    @cached_property
    def db(self) -> store.Archive:
        return store.open_archive(self.db_path)

    @cached_property
    def out(self):
        return render.console(no_color=self.no_color)

    @cached_property
    def err(self):
        return render.console(stderr=True, no_color=self.no_color)

    def progress(self, quiet: bool):
        """A progress bar on stderr, only for a person watching a terminal."""
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        return Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=self.err,
            disable=quiet or not self.err.is_terminal,
            transient=True,
        )


pass_app = click.make_pass_decorator(App)


def _format_option(*choices: str, default: str):
    """`--format`: a table for people by default, JSON/CSV for scripts."""
    return click.option(
        "--format", "fmt", type=click.Choice(choices), default=default, show_default=True
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Archive file. Default: $MOUARCHIVE_DB, else $XDG_DATA_HOME/mouarchive/archive.db.",
)
@click.option("--debug", is_flag=True, help="Show Python tracebacks for errors.")
@click.option("--no-color", is_flag=True, help="No colours (NO_COLOR is honoured too).")
@click.version_option(__version__, prog_name="mouarchive")
@click.pass_context
def cli(ctx: click.Context, db_path: Path | None, debug: bool, no_color: bool) -> None:
    """An archive of Korean news articles about agreements (업무협약, MOU, 투자협약).

    \b
      mouarchive add articles/            ingest files, folders, globs or - for stdin
      mouarchive search "AI데이터센터"      full-text search over articles and clauses
      mouarchive timeline --region 광주     what a region agreed, in date order
    """
    ctx.obj = App(db_path or store.default_db_path(), debug=debug, no_color=no_color)


@cli.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--manifest",
    type=click.Path(dir_okay=False, path_type=Path),
    help="CSV with columns path[,date,outlet,url,title].",
)
@click.option(
    "--date",
    "date_text",
    metavar="DATE",
    help="Published date for these files (YYYY, YYYY-MM or YYYY-MM-DD).",
)
@click.option("--outlet", help="Outlet (newspaper) for these files.")
@click.option("--url", help="URL of the article, for a single file.")
@click.option("--title", help="Title, when a file holds a single article.")
@_format_option("table", "json", default="table")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, and no summary unless failed.")
@pass_app
def add(
    app: App,
    paths: tuple[str, ...],
    manifest: Path | None,
    date_text: str | None,
    outlet: str | None,
    url: str | None,
    title: str | None,
    fmt: str,
    quiet: bool,
) -> None:
    """Add article files: files, folders (recursive), globs, or - for standard input.

    Re-adding is a no-op. Exit code 0 when every file went in, 1 when some failed.
    """
    from mouarchive import ingest

    if not paths and manifest is None:
        raise click.UsageError("give files, folders, globs, - for standard input, or --manifest")
    try:
        meta = ingest.SourceMeta(
            date=PartialDate.parse_user(date_text), outlet=outlet, url=url, title=title
        )
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--date") from None
    try:
        listed = ingest.read_manifest(manifest) if manifest else []
    except ingest.InputError as error:
        raise click.UsageError(str(error)) from None
    # Walk twice rather than hold the list: a count for the progress bar, then the files.
    total = sum(1 for _ in ingest.expand(list(paths), meta)) + len(listed)
    inputs = itertools.chain(ingest.expand(list(paths), meta), listed)
    db = app.db
    with app.progress(quiet) as progress:
        task = progress.add_task("adding", total=total)
        summary = ingest.add_inputs(
            db, inputs, on_file=lambda _: progress.advance(task), workers=_workers(total)
        )
    if fmt == "json":
        render.write_json(summary.as_json())
    elif not quiet or summary.failed:
        render.add_summary(app.out, summary)
    if summary.failed:
        sys.exit(EXIT_FAILED)


def _workers(files: int) -> int:
    """Worker processes for the CPU part of `add`: one per core, once there is enough to share.

    A process pool costs ~0.1 s to start, more than a handful of files takes by itself.
    """
    return min(os.cpu_count() or 1, 8) if files >= PARALLEL_FROM else 0


@cli.command()
@pass_app
def info(app: App) -> None:
    """Which archive, its schema version, and what it holds."""
    counts = store.counts(app.db)
    render.info(
        app.out,
        {
            "database": str(app.db_path.expanduser().resolve()),
            "schema": store.schema_version(app.db) or "-",
            "sources": counts.sources,
            "articles": counts.articles,
            "agreements": counts.agreements,
            "clauses": counts.clauses,
        },
    )


@cli.command()
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@pass_app
def reextract(app: App, quiet: bool) -> None:
    """Re-run agreement extraction over every stored article (after an upgrade)."""
    from mouarchive import ingest

    db = app.db
    with app.progress(quiet) as progress:
        task = progress.add_task("re-extracting", total=store.counts(db).articles)
        ingest.reextract(db, on_article=lambda _: progress.advance(task))
    counts = store.counts(db)
    if not quiet:
        app.out.print(
            render.text(
                f"{counts.articles} articles → {counts.agreements} agreements, "
                f"{counts.clauses} clauses"
            )
        )


@cli.command()
@click.argument("words", nargs=-1, required=True)
@click.option(
    "--in",
    "scope",
    type=click.Choice(["all", "articles", "clauses"]),
    default="all",
    show_default=True,
    help="Search articles, agreed clauses, or both.",
)
@click.option("--region", help="Agreements of this region and its districts (광주, 경기 광주).")
@click.option("--party", help="Agreements with a party whose name contains this.")
@click.option("--outlet", help="Articles from an outlet whose name contains this.")
@click.option("--since", metavar="DATE", help="From this date on (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", metavar="DATE", help="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option(
    "--sort",
    "order",
    type=click.Choice(["relevance", "date"]),
    default="relevance",
    show_default=True,
)
@click.option("--limit", type=click.IntRange(min=0), default=20, show_default=True)
@_format_option("table", "json", "csv", default="table")
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
    limit: int,
    fmt: str,
) -> None:
    """Find articles and agreed clauses containing every term, however they are spaced.

    \b
      "국가 AI 컴퓨팅센터"   one term (spaces never matter)
      광주 OR 전남          either term
      협약 -MOU             exclude a term (after --: search -- -MOU 협약)
    """
    from mouarchive import search as searching

    dates = {
        name: _date_option(name, value) for name, value in (("--since", since), ("--until", until))
    }
    canonical = _region_option(region)
    filters = store.SearchFilters(
        region=canonical,
        party=party or None,
        outlet=outlet or None,
        since=dates["--since"].iso if dates["--since"] else None,
        until=dates["--until"].iso if dates["--until"] else None,
    )
    try:
        result = searching.search(
            app.db, " ".join(words), scope=scope, filters=filters, order=order, limit=limit
        )
    except searching.QueryError as error:
        raise click.UsageError(str(error)) from None
    if fmt == "json":
        render.write_json([hit.as_json() for hit in result.hits])
    elif fmt == "csv":
        rows = (searching.csv_row(hit) for hit in result.hits)
        export.write_csv(rows, list(searching.CSV_COLUMNS), sys.stdout)
    else:
        render.search_table(app.out, result.hits, result.total)


@cli.command()
@click.argument("agreement_id", type=int, required=False)
@click.option("--article", "article_id", type=int, help="Show an article and its agreements.")
@_format_option("table", "json", default="table")
@pass_app
def show(app: App, agreement_id: int | None, article_id: int | None, fmt: str) -> None:
    """Show one agreement with the sentences behind each fact (or --article ID)."""
    if (agreement_id is None) == (article_id is None):
        raise click.UsageError("give an agreement ID, or --article ID")
    db = app.db
    if article_id is not None:
        article = store.article_row(db, article_id)
        if article is None:
            raise click.UsageError(f"no article {article_id}")
        agreements = [
            store.get_agreement(db, i) for i in store.article_agreement_ids(db, article_id)
        ]
        if fmt == "json":
            render.write_json({**article, "agreements": agreements})
        else:
            render.show_article(app.out, article, agreements)
        return
    agreement = store.get_agreement(db, agreement_id)
    if agreement is None:
        raise click.UsageError(f"no agreement {agreement_id}")
    if fmt == "json":
        render.write_json(agreement)
        return
    sources = {source["article_id"]: source for source in agreement["sources"]}
    quoted = [
        (sources[item.article_id], evidence.report_evidence(item.body, item.report))
        for item in store.agreement_evidence(db, agreement_id)
    ]
    extras = store.agreement_extras(db, agreement_id)
    render.show_agreement(app.out, {**agreement, **extras}, quoted, day=extras["day"])


def _date_option(name: str, value: str | None) -> PartialDate | None:
    try:
        return PartialDate.parse_user(value)
    except ValueError as error:
        raise click.UsageError(f"{name}: {error}") from None


def _region_option(value: str | None) -> str | None:
    """A region as typed ("광주", "경기 광주") → its canonical name; unknown names list the
    closest ones."""
    if value is None:
        return None
    from mouarchive.extract.regions import resolve_region_query

    try:
        return resolve_region_query(value)
    except ValueError as error:
        raise click.UsageError(str(error)) from None


def _filters(
    region: str | None,
    party: str | None,
    since: str | None,
    until: str | None,
    kind: str | None,
    status: str | None,
) -> timeline.Filters:
    """Options → filters; a region as typed ("광주", "경기 광주") becomes its canonical name."""
    from mouarchive.extract.regions import resolve_region_query

    dates = {
        name: _date_option(name, value) for name, value in (("--since", since), ("--until", until))
    }
    party = party.strip() if party and party.strip() else None
    try:
        government = resolve_region_query(party) if party else None
    except ValueError:
        government = None
    return timeline.Filters(
        region=_region_option(region),
        party=party,
        party_government=government,
        since=dates["--since"],
        until=dates["--until"],
        kind=kind,
        status=status,
    )


def _filter_options(command):
    for option in reversed(
        [
            click.option("--region", help="광주, 광주광역시, 전남, 경기 광주, 서울 종로구 …"),
            click.option("--party", help="Part of a party's name, e.g. 경기도, 광산업진흥회."),
            click.option("--since", metavar="DATE", help="From YYYY, YYYY-MM or YYYY-MM-DD."),
            click.option("--until", metavar="DATE", help="Up to YYYY, YYYY-MM or YYYY-MM-DD."),
            click.option("--kind", help="업무협약, 상생협약, MOU, 투자협약, 협정, 합의문."),
            click.option("--status", type=click.Choice(["signed", "planned"])),
        ]
    ):
        command = option(command)
    return command


@cli.command("timeline")
@_filter_options
@_format_option("table", "json", "csv", default="table")
@pass_app
def timeline_command(app: App, fmt: str, **options: str | None) -> None:
    """Agreements in date order, grouped by year and month (filters combine)."""
    filters = _filters(**options)
    db = app.db
    rows = timeline.select(store.agreement_summaries(db, filters.region), filters)
    agreements = (store.get_agreement(db, row["id"]) for row in rows)
    if fmt == "json":
        export.write_json_array(agreements, sys.stdout)
    elif fmt == "csv":
        export.write_csv(
            (export.flat_agreement(a) for a in agreements), export.AGREEMENT_COLUMNS, sys.stdout
        )
    elif not rows:
        render.nothing_matched(app.out, filters)
    else:
        render.timeline_view(app.out, rows, filters, lambda i: store.get_agreement(db, i))


@cli.command()
@_filter_options
@_format_option("table", "json", "csv", default="table")
@pass_app
def partners(app: App, fmt: str, **options: str | None) -> None:
    """Who a region (--region) or organisation (--party) signs with, most often first."""
    if not options["region"] and not options["party"]:
        raise click.UsageError("partners needs --region or --party")
    filters = _filters(**options)
    ranked = timeline.partners(store.agreement_summaries(app.db, filters.region), filters)
    if fmt == "json":
        render.write_json([partner.as_json() for partner in ranked])
    elif fmt == "csv":
        rows = (partner.as_json() for partner in ranked)
        export.write_csv(rows, list(timeline.Partner.COLUMNS), sys.stdout)
    elif not ranked:
        render.nothing_matched(app.out, filters)
    else:
        render.partners_table(app.out, ranked)


@cli.command("stats")
@click.option("--top", default=10, show_default=True, help="How many regions, parties, outlets.")
@_format_option("table", "json", default="table")
@pass_app
def stats_command(app: App, top: int, fmt: str) -> None:
    """Counts, date span, top regions/parties/outlets, and what extraction missed."""
    result = stats.collect(app.db, top)
    if fmt == "json":
        render.write_json(result)
    else:
        render.stats_view(app.out, result)


@cli.command("export")
@click.option(
    "--what",
    type=click.Choice(list(export.WHAT)),
    default="agreements",
    show_default=True,
)
@_format_option("jsonl", "csv", default="jsonl")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write (written whole, then moved into place). Default: standard output.",
)
@click.option("--excel", is_flag=True, help="CSV with a UTF-8 BOM, so Excel shows Korean.")
@pass_app
def export_command(app: App, what: str, fmt: str, output: Path | None, excel: bool) -> None:
    """Stream agreements, articles or clauses as JSON lines or CSV, for pandas or spreadsheets."""
    if excel and fmt != "csv":
        raise click.UsageError("--excel applies to --format csv")
    db = app.db
    if output is None:
        export.export(db, what, fmt, sys.stdout, excel=excel)
        return
    try:
        with export.output_file(output) as stream:
            export.export(db, what, fmt, stream, excel=excel)
    except OSError as error:
        raise click.ClickException(f"{output}: cannot write ({error.strerror})") from None


def main(argv: list[str] | None = None) -> None:
    """Run the command; turn every failure into one line and an exit code."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    try:
        code = cli.main(args=args, prog_name="mouarchive", standalone_mode=False)
    except click.ClickException as error:
        click.echo(render.error_line(error.format_message()), err=True)
        code = error.exit_code
    except store.StoreError as error:
        if debug:
            traceback.print_exc()
        click.echo(render.error_line(str(error)), err=True)
        code = EXIT_FAILED
    except (click.Abort, KeyboardInterrupt):
        click.echo("interrupted", err=True)
        code = 130
    except BrokenPipeError:
        # The reader went away (`| head`): stop quietly, and keep Python's final flush quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 0
    except Exception as error:
        if debug:
            traceback.print_exc()
        click.echo(
            render.error_line(
                f"internal error ({type(error).__name__}: {error}); run with --debug for details"
            ),
            err=True,
        )
        code = EXIT_FAILED
    sys.exit(code or 0)
