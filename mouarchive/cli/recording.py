"""`record`: a signing an article tells that the extractor missed, made an agreement by
hand (`mouarchive.recording`). Apart from `curating`, which holds the other corrections,
for length alone: its options are `fix`'s, spelled and checked as `fix` checks them."""

from __future__ import annotations

import click

from mouarchive import filters, recorded, render, render_curation
from mouarchive.cli.app import App, cli, pass_app
from mouarchive.cli.curating import _clean, _curating, _date
from mouarchive.cli.options import ARTICLE_ID


@cli.command()
@click.option("--article", "article_id", type=ARTICLE_ID, required=True, help="The article.")
@click.option("--party", "parties", multiple=True, required=True, metavar="NAME", help="Repeat.")
@click.option("--date", "date_text", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option(
    "--kind",
    default=recorded.KIND,
    show_default=True,
    help="MOU, 투자협약, 협정 …, as `fix --kind`.",
)
@click.option("--status", type=click.Choice(["signed", "planned"]), default="signed")
@click.option("--place", help="Where it was signed.")
@click.option("--title", help="The agreement's name, as the article gives it.")
@click.option("--note", help="Why: the sentence you read, for the record.")
@pass_app
def record(
    app: App,
    article_id: int,
    parties: tuple[str, ...],
    date_text: str | None,
    kind: str,
    status: str,
    place: str | None,
    title: str | None,
    note: str | None,
) -> None:
    """Record a signing an article tells that was not read from it (review lists such).

    \b
      mouarchive record --article 17 --party 충주문화재단 --party 제천문화재단 \\
          --date 2025-03-21 --kind 업무협약 --place 충주문화회관

    A correction like any other: `corrections` lists it, --undo takes it back, and it
    stays through reextract, re-adds and upgrades. One party or no date is recorded with a
    warning of what `review` will flag; so is one like an agreement already there.
    """
    from mouarchive import recording

    named = [_clean(party) for party in parties]
    if not all(named):
        raise click.UsageError("--party cannot be empty")
    try:
        kind = filters.resolve_kind(_clean(kind) or "")[0]
    except ValueError as error:
        raise click.UsageError(f"--kind: {error}") from None
    date = _date(date_text)
    facts = {
        "parties": list(named),
        "date": date.iso if date else None,
        "kind": kind,
        "status": status,
        "place": _clean(place) or None,
        "title": _clean(title) or None,
    }
    correction, agreement_id, doubts = _curating(
        lambda: recording.record_signing(app.db, article_id, facts, _clean(note))
    )
    render_curation.done(
        app.out, f"article a{article_id}: recorded as agreement #{agreement_id}", correction
    )
    app.out.print(render.text(f"see: mouarchive show {agreement_id}", "dim"))
    for doubt in doubts:
        app.err.print(render.text(f"warning: {doubt}", "yellow"), soft_wrap=True)
