"""Commands that list many agreements or rows: `timeline`, `partners`, `stats`, `export`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from mouarchive import export, output_target, render, render_timeline, stats, store, timeline
from mouarchive.cli.app import OUTPUT, App, cli, pass_app
from mouarchive.cli.options import (
    COUNT,
    check_excel,
    excel_option,
    filter_options,
    format_option,
    include_rejected_option,
    limit_option,
    parse_filters,
)


@cli.command("timeline")
@filter_options
@format_option("table", "json", "csv", default="table")
@limit_option(what="agreements (the first ones in timeline order)")
@excel_option
@pass_app
def timeline_command(
    app: App, fmt: str, limit: int | None, excel: bool, **options: str | None
) -> None:
    """Agreements in date order, grouped by year and month (filters combine)."""
    check_excel(excel, fmt)
    db = app.db
    filters = parse_filters(db, **options)
    selection = filters.selection()
    if fmt == "json":
        export.write_json_array(store.selected_texts(db, selection, limit), sys.stdout)
        return
    if fmt == "csv":
        texts = store.selected_texts(db, selection, limit)
        flat = (export.flat_agreement(json.loads(text)) for text in texts)
        app.write_csv(flat, export.AGREEMENT_COLUMNS, excel=excel)
        return
    selected = store.select_agreements(db, selection)
    if not selected:
        render_timeline.nothing_matched(app.out, filters)
        return
    shown = len(selected[:limit])
    entries = store.timeline_entries(db, selection, limit)
    with app.paged():
        render_timeline.timeline_view(app.out, selected, shown, entries, filters)


@cli.command()
@filter_options
@format_option("table", "json", "csv", default="table")
@limit_option(what="partners")
@excel_option
@pass_app
def partners(app: App, fmt: str, limit: int | None, excel: bool, **options: str | None) -> None:
    """Who a region (--region) or organisation (--party) signs with, most often first.

    Counts the agreements `timeline` lists for the same filters."""
    check_excel(excel, fmt)
    if not options["region"] and not options["party"]:
        raise click.UsageError("partners needs --region or --party")
    db = app.db
    filters = parse_filters(db, **options)
    found = timeline.partners(store.selected_summaries(db, filters.selection()), filters)
    ranked = found.ranked[:limit] if limit is not None else found.ranked
    if fmt == "json":
        render.write_json([partner.as_json() for partner in ranked])
    elif fmt == "csv":
        app.write_csv((p.as_json() for p in ranked), timeline.Partner.COLUMNS, excel=excel)
    elif not found.agreements:
        render_timeline.nothing_matched(app.out, filters)
    else:
        with app.paged():
            render_timeline.partners_table(app.out, found, ranked, filters)


@cli.command("stats")
@click.option(
    "--top", type=COUNT, default=10, show_default=True, help="How many regions, parties, outlets."
)
@include_rejected_option
@format_option("table", "json", "csv", default="table")
@excel_option
@pass_app
def stats_command(app: App, top: int, include_rejected: bool, fmt: str, excel: bool) -> None:
    """Counts, date span, top regions/parties/outlets, and what extraction missed."""
    check_excel(excel, fmt)
    result = stats.collect(app.db, top, include_rejected=include_rejected)
    if fmt == "json":
        render.write_json(result)
    elif fmt == "csv":
        app.write_csv(stats.csv_rows(result), stats.CSV_COLUMNS, excel=excel)
    else:
        with app.paged():
            render.stats_view(app.out, result)


@cli.command("export")
@click.option(
    "--what",
    type=click.Choice(list(export.WHAT)),
    default="agreements",
    show_default=True,
)
@format_option("jsonl", "json", "csv", default="jsonl")
@click.option(
    "-o",
    "--output",
    type=OUTPUT,
    help="File to write (written whole, then moved into place). Default (or -): standard output.",
)
@excel_option
@include_rejected_option
@pass_app
def export_command(
    app: App, what: str, fmt: str, output: str | None, excel: bool, include_rejected: bool
) -> None:
    """Stream agreements, articles or clauses as JSON lines, one JSON array or CSV, for pandas
    or spreadsheets."""
    check_excel(excel, fmt)
    db = app.db
    if output is None or output_target.means_stdout(output):
        export.export(db, what, fmt, sys.stdout, excel=excel, include_rejected=include_rejected)
        return
    try:
        with output_target.output_file(Path(output)) as stream:
            export.export(db, what, fmt, stream, excel=excel, include_rejected=include_rejected)
    except output_target.NotAFile as error:
        raise click.UsageError(str(error)) from None
    except OSError as error:
        raise click.ClickException(f"{output}: cannot write ({error.strerror})") from None
