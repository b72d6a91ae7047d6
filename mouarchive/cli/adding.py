"""Commands that write the archive: `add` and `reextract`."""

from __future__ import annotations

import itertools
import os
import sys
from pathlib import Path

import click

from mouarchive import render, store
from mouarchive.cli.app import (
    EMPTY_NAME,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    FILE,
    App,
    cli,
    deaf_to_ctrl_c,
    pass_app,
)
from mouarchive.cli.options import TEXT, DashedWords, format_option, parse_date

PARALLEL_FROM = 50


class AddCommand(DashedWords):
    """`add -협약.txt`: a file whose name starts with "-" is an unknown option to click."""

    where = "a file whose name starts with - goes after --"

    def meant_as_word(self, word: str) -> bool:
        return os.path.lexists(word)


@cli.command(cls=AddCommand)
@click.argument("paths", nargs=-1)
@click.option(
    "--manifest",
    type=FILE,
    help="CSV: path or url (a url alone is fetched), and date, outlet, url, title.",
)
@click.option(
    "--date",
    "date_text",
    type=TEXT,
    metavar="DATE",
    help="Published date for these files (YYYY, YYYY-MM or YYYY-MM-DD).",
)
@click.option("--outlet", type=TEXT, help="Outlet (newspaper) for these files.")
@click.option("--url", type=TEXT, help="URL of the article, for a single file.")
@click.option("--title", type=TEXT, help="Title, when a file holds a single article.")
@click.option("--refresh", is_flag=True, help="Fetch URLs again even when already added.")
@format_option("table", "json", default="table")
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
    refresh: bool,
    fmt: str,
    quiet: bool,
) -> None:
    """Add articles: files, folders (recursive), globs, - for standard input, or URLs.

    Text files, saved web pages (.html, .mhtml), press releases (.pdf, .docx, .hwpx);
    an http(s) URL is fetched once (again only with --refresh).

    Re-adding a file is a no-op, unless new --date/--outlet/--url/--title (or manifest
    values) are given: its article is then updated and re-extracted. Exit code 0 when every
    file went in, 1 when some failed.
    """
    from mouarchive import ingest, inputs, prefetch

    if not paths and manifest is None:
        raise click.UsageError(
            "give files, folders, globs, URLs, - for standard input, or --manifest"
        )
    if "" in paths:
        raise click.UsageError(f"{EMPTY_NAME} among the files to add")
    app.check_archive_folder()
    if url is not None and not url.startswith(("http://", "https://")):
        raise click.UsageError(f"--url {url!r}: give an address starting http:// or https://")
    meta = inputs.SourceMeta(
        date=parse_date("--date", date_text), outlet=outlet, url=url, title=title
    )
    try:
        listed = inputs.read_manifest(manifest) if manifest else []
    except inputs.InputError as error:
        raise click.UsageError(str(error)) from None
    for line in inputs.future_dates(meta, listed):
        app.err.print(render.text(f"warning: {line}", "yellow"))
    if inputs.STDIN in paths and sys.stdin.isatty():
        # Else `add -` at a prompt sits on its progress bar, saying nothing of what it waits for.
        app.err.print(render.text("reading an article typed or pasted here; end it with Ctrl-D"))
    try:
        # Walk twice rather than hold the list: a count for the progress bar, then the files.
        given = sum(not item.skipped for item in inputs.expand(list(paths), meta))
        if url and given > 1:
            raise click.UsageError(
                f"--url is the address of one article, and {given} files were given:"
                " add them one by one, or give a manifest CSV with a url column"
            )
        total = given + len(listed)
        to_add = itertools.chain(inputs.expand(list(paths), meta), listed)
        # A new archive is made only for an input that can be read: every file missing,
        # every URL failing to fetch, would leave it behind empty.
        new = not app.db_path.expanduser().exists()
        walked = prefetch.first_readable(to_add) if new else prefetch.Walked()
        if new and walked.readable is None:
            summary = ingest.unread(walked.seen)
        else:
            db = app.writable_db
            with app.progress(quiet) as progress:
                task = progress.add_task("adding", total=total)
                summary = ingest.add_inputs(
                    db,
                    walked.and_then(to_add),
                    on_file=lambda _: progress.advance(task),
                    workers=_workers(total),
                    refresh=refresh,
                    on_slow=lambda path, read: (
                        quiet or render.still_working(progress.console, path, read)
                    ),
                    pages=walked.pages,
                    on_slow_write=lambda path, written, of: (
                        quiet or render.still_writing(progress.console, path, written, of)
                    ),
                )
    except (ingest.Interrupted, KeyboardInterrupt) as stop:
        deaf_to_ctrl_c()
        added = stop.summary.stored if isinstance(stop, ingest.Interrupted) else 0
        app.err.print(
            render.text(
                f"interrupted: {render.count(added, 'file')} added, run again to add the rest"
            )
        )
        sys.exit(EXIT_INTERRUPTED)
    if summary.disk_full:
        if fmt == "json":
            render.write_json(summary.as_json())
        raise store.DiskFull(
            f"disk full: {render.count(summary.stored, 'file')} added,"
            f" {total - summary.stored} not;"
            " free space and run again"
        )
    if fmt == "json":
        render.write_json(summary.as_json())
    elif not quiet or summary.failed:
        render.add_summary(app.out, app.err, summary)
    if summary.failed:
        sys.exit(EXIT_FAILED)


def _workers(files: int) -> int:
    """Worker processes for the CPU part of `add`: one per core, once there is enough to share.

    A process pool costs ~0.1 s to start, more than a handful of files takes by itself.
    """
    return min(os.cpu_count() or 1, 8) if files >= PARALLEL_FROM else 0


@cli.command()
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@pass_app
def reextract(app: App, quiet: bool) -> None:
    """Rebuild the archive from its sources with this version's reading, cleaning and
    extraction (after an upgrade); your corrections are kept.

    All or nothing: interrupted, the archive is as it was. A correction that no longer
    finds what it corrected is named, and `review` lists it.
    """
    from mouarchive import rebuild, render_curation

    db = app.db
    total = store.counts(db).sources
    try:
        with app.progress(quiet) as progress:
            task = progress.add_task("rebuilding", total=total)
            result = rebuild.rebuild(db, _workers(total), lambda: progress.advance(task))
    except KeyboardInterrupt:
        deaf_to_ctrl_c()
        app.err.print(render.text("interrupted: the archive is as it was"))
        sys.exit(EXIT_INTERRUPTED)
    render_curation.rebuilt(app.out, result, store.counts(db), quiet=quiet)
