"""Commands that list many agreements or rows: `timeline`, `partners`, `stats`, `export`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from mouarchive import export, render, stats, store, timeline
from mouarchive.cli.app import App, cli, pass_app
from mouarchive.cli.options import (
    filter_options,
    format_option,
    include_rejected_option,
    parse_filters,
)


def _summaries(db: store.Archive, filters: timeline.Filters):
    return store.agreement_summaries(db, filters.region, include_rejected=filters.include_rejected)


@cli.command("timeline")
@filter_options
@format_option("table", "json", "csv", default="table")
@pass_app
def timeline_command(app: App, fmt: str, **options: str | None) -> None:
    """Agreements in date order, grouped by year and month (filters combine)."""
    filters = parse_filters(**options)
    db = app.db
    rows = timeline.select(_summaries(db, filters), filters)
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
@filter_options
@format_option("table", "json", "csv", default="table")
@pass_app
def partners(app: App, fmt: str, **options: str | None) -> None:
    """Who a region (--region) or organisation (--party) signs with, most often first."""
    if not options["region"] and not options["party"]:
        raise click.UsageError("partners needs --region or --party")
    filters = parse_filters(**options)
    ranked = timeline.partners(_summaries(app.db, filters), filters)
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
@include_rejected_option
@format_option("table", "json", default="table")
@pass_app
def stats_command(app: App, top: int, include_rejected: bool, fmt: str) -> None:
    """Counts, date span, top regions/parties/outlets, and what extraction missed."""
    result = stats.collect(app.db, top, include_rejected=include_rejected)
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
@format_option("jsonl", "csv", default="jsonl")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="File to write (written whole, then moved into place). Default: standard output.",
)
@click.option("--excel", is_flag=True, help="CSV with a UTF-8 BOM, so Excel shows Korean.")
@include_rejected_option
@pass_app
def export_command(
    app: App, what: str, fmt: str, output: Path | None, excel: bool, include_rejected: bool
) -> None:
    """Stream agreements, articles or clauses as JSON lines or CSV, for pandas or spreadsheets."""
    if excel and fmt != "csv":
        raise click.UsageError("--excel applies to --format csv")
    db = app.db
    if output is None:
        export.export(db, what, fmt, sys.stdout, excel=excel, include_rejected=include_rejected)
        return
    try:
        with export.output_file(output) as stream:
            export.export(db, what, fmt, stream, excel=excel, include_rejected=include_rejected)
    except OSError as error:
        raise click.ClickException(f"{output}: cannot write ({error.strerror})") from None
