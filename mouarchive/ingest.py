"""Paths → bytes → pipeline → store, each source file written whole or not at all.

This is the only module that reads input files. Each file is decoded, cleaned, split and
extracted outside the database lock, then written under a savepoint of a transaction that
is committed about once a second (`store.Batch`), so a failure in one file never loses or
half-writes another, and a kill loses at most the last second's files, which a rerun adds.
Ctrl-C stops at once: the files written whole go in, the workers are stopped, and
`Interrupted` says how many went in.
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from functools import partial

from mouarchive import copies, files, ids, replacing, sharing, store
from mouarchive.corrections import Correction
from mouarchive.inputs import STDIN, Input, SourceMeta
from mouarchive.interrupts import DeferredInterrupts
from mouarchive.preparing import Job, Prepared, clean_value, prepare_job
from mouarchive.readers.fetch import Fetched, FetchError, failure, fetch, is_url
from mouarchive.replacing import READDED_NOTE
from mouarchive.workers import Watch, run_jobs

BATCH_SECONDS = 1.0
"""How much work one commit covers at most (see `store.Batch`)."""


class Interrupted(Exception):
    """Ctrl-C during `add`; `summary` counts what was stored before it."""

    def __init__(self, summary: Summary) -> None:
        super().__init__("interrupted")
        self.summary = summary


@dataclass
class Summary:
    files: int = 0
    articles_added: int = 0
    duplicates: int = 0
    updated: int = 0  # known articles given new metadata, and re-extracted
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    encodings: Counter[str] = field(default_factory=Counter)  # of the files stored
    skipped: Counter[str] = field(default_factory=Counter)  # folder entries passed over
    stored: int = 0  # files whose transaction committed in this run
    disk_full: bool = False  # the run stopped there: the file being written was rolled back
    # Agreements a new article showed to be one signing with another: (id, id it joined).
    joined: list[tuple[int, int]] = field(default_factory=list)
    # The same, of a known file's article read again with the date or outlet given for it.
    rejoined: list[tuple[int, int]] = field(default_factory=list)
    # Files changed since they were added from the same path: (path, what became of the
    # old version), `replacing.retire`'s words.
    replaced: list[tuple[str, str]] = field(default_factory=list)
    # Articles the owner removed one by one, met again and kept out: (correction id, label).
    kept_out: list[tuple[int, str]] = field(default_factory=list)
    # What a known file added again with values changed, each named as `fix --article` names
    # it: (article id, the correction recorded). "1 updated" alone named nothing (stop 56).
    given: list[tuple[int, Correction]] = field(default_factory=list)
    # Corrections imported before their articles that apply now: (correction id, what it
    # applies to, what it does), `sharing.name_waiting`'s.
    applied: list[tuple[int, str, str]] = field(default_factory=list)

    @property
    def read(self) -> int:
        """Files that went through; `files` counts the failed ones too."""
        return self.files - len(self.failed)

    def as_json(self) -> dict:
        return {
            "files": self.files,
            "articles_added": self.articles_added,
            "duplicates": self.duplicates,
            "updated": self.updated,
            "failed": [{"path": path, "error": error} for path, error in self.failed],
            "warnings": [{"path": path, "warning": warning} for path, warning in self.warnings],
            "skipped": dict(sorted(self.skipped.items())),
            "joined": [
                {"agreement": gone, "into": kept, "read_again": again}
                for again, joins in ((False, self.joined), (True, self.rejoined))
                for gone, kept in joins
            ],
            "replaced": [{"path": path, "note": told} for path, told in self.replaced],
            "kept_out": [
                {"correction": correction, "removed": label} for correction, label in self.kept_out
            ],
            "given": [
                {
                    "article": article_id,
                    "correction": change.id,
                    "field": change.field,
                    "old": change.old,
                    "new": change.new,
                }
                for article_id, change in self.given
            ],
            "imported_applied": [
                {"correction": correction, "applies_to": target, "change": change}
                for correction, target, change in self.applied
            ],
        }


def add_inputs(
    db: store.Archive,
    inputs: Iterator[Input],
    on_file: Callable[[str], None] = lambda path: None,
    workers: int = 0,
    refresh: bool = False,
    on_slow: Callable[[str, int], None] = lambda path, read: None,
    pages: dict[str, Fetched] | None = None,
    on_slow_write: Callable[[str, int, int], None] = lambda path, written, of: None,
) -> Summary:
    """Ingest every input; problems with one file are recorded and the rest go on.

    Reading, hashing and writing happen here, in order; with `workers` > 0 the CPU work
    (`prepare`) runs in that many processes meanwhile. A full disk stops the run with
    `summary.disk_full` set, everything before it stored; another database-level failure
    (read-only, a lock held too long) stops it with `store.StoreError`.
    `on_slow` hears of a file still being worked on after `workers.SLOW_SECONDS`, and its
    articles read so far; `on_slow_write` of a file still being written, its articles
    written so far and how many (a file of 30,000 articles took four minutes, silent:
    review 59a, 5); `pages` are URLs' pages fetched already (`prefetch`), read without
    fetching them again.
    """
    summary = Summary()
    store.checkpoint_less_often(db)
    batch = store.Batch(db, BATCH_SECONDS)
    returning = store.removals.returning(db)
    # Imported merges and splits waiting for their articles, and those applying already.
    waiting = store.corrections.waiting_groupings(db)
    grouped = {found[0] for found in sharing.grouped_now(db, waiting)}
    jobs = _jobs(db, inputs, summary, on_file, refresh=refresh, pages=dict(pages or {}))
    with (
        DeferredInterrupts() as interrupts,
        closing(run_jobs(prepare_job, jobs, workers, on_slow, hold=interrupts.held)) as outcomes,
        Watch() as writing,
    ):
        try:
            for job, outcome in outcomes:
                if isinstance(outcome, Prepared):
                    for warning in outcome.warnings:
                        summary.warnings.append((job.shown, warning))
                    try:
                        with interrupts.held():
                            of = len(outcome.articles)
                            written = writing.begin(partial(on_slow_write, job.shown, of=of))
                            try:
                                _write(batch, job, outcome, summary, returning, written)
                            finally:
                                writing.end()
                            if batch.due():
                                _count(batch.commit(), summary)
                    except store.DiskFull:
                        summary.disk_full = True
                        _keep_what_is_whole(batch, summary)
                        return summary
                    except store.StoreError:
                        raise
                    except Exception as error:  # a bug of ours costs this file, not the run
                        reason = f"could not be stored ({type(error).__name__}: {error})"
                        summary.failed.append((job.shown, reason))
                else:
                    summary.failed.append((job.shown, outcome))
                on_file(job.display)
            with interrupts.held():
                _count(batch.commit(), summary)
                # One read when no import waits (a transaction more cost a commit).
                if summary.articles_added and (unnamed := store.corrections.unnamed(db)):
                    with store.transaction(db):
                        summary.applied = sharing.name_waiting(db, unnamed)
                if summary.articles_added and waiting:
                    now = sharing.grouped_now(db, waiting)
                    summary.applied += [found for found in now if found[0] not in grouped]
        except KeyboardInterrupt:
            outcomes.close()  # stops the workers now, not after their queued files
            with interrupts.held():
                _keep_what_is_whole(batch, summary)
            raise Interrupted(summary) from None
        except BaseException:
            outcomes.close()
            _keep_what_is_whole(batch, summary)
            raise
    store.checkpoint(db)
    return summary


@dataclass
class _Written:
    """What one file added, counted in the summary once its batch is committed."""

    read_as: str
    articles: int
    duplicates: int
    joined: list[tuple[int, int]]
    # (path, old articles its new version took the place of, what the user is told)
    replaced: list[tuple[str, int, str]]
    kept_out: list[tuple[int, str]]


def _count(committed: list, summary: Summary) -> None:
    for file in committed:
        summary.stored += 1
        summary.encodings[file.read_as] += 1
        summary.articles_added += file.articles
        summary.duplicates += file.duplicates
        for path, articles, told in file.replaced:
            summary.updated += articles
            summary.replaced.append((path, told))
        summary.joined += file.joined
        summary.kept_out += file.kept_out


def _keep_what_is_whole(batch: store.Batch, summary: Summary) -> None:
    """After a failure, commit the files already written whole, if the database still can;
    otherwise they are not stored, and not counted."""
    try:
        committed = batch.commit()
    except Exception:
        batch.rollback()
    else:
        _count(committed, summary)


def _jobs(
    db: store.Archive,
    inputs: Iterator[Input],
    summary: Summary,
    on_file: Callable[[str], None],
    *,
    refresh: bool = False,
    pages: dict[str, Fetched] | None = None,
) -> Iterator[Job]:
    """Read (or fetch) and hash each input; files already in the archive stop here, and so do
    URLs already in it, before any fetch, unless `refresh` asks to fetch them again. A URL
    in `pages` was fetched already: its page is read."""
    pages = {} if pages is None else pages
    for item in inputs:
        if item.skipped:
            summary.skipped[item.skipped] += 1
            continue
        summary.files += 1
        display, shown = _display(item), _shown(item)
        content_type = None
        try:
            if item.error:
                raise files.ReadError(item.error)
            if is_url(item.path):
                known = None if refresh else store.source_id_by_url(db, item.path)
                if known is not None:
                    _count_known(db, known, item.meta, summary, shown)
                    on_file(display)
                    continue
                fetched = pages.pop(item.path, None) or fetch(item.path)
                data, content_type = fetched.data, fetched.content_type
            else:
                data = _read(item)
        except FetchError as error:
            summary.failed.append((shown, failure(error)))
            on_file(display)
            continue
        except files.ReadError as error:
            summary.failed.append((shown, str(error)))
            on_file(display)
            continue
        sha = hashlib.sha256(data).hexdigest()
        existing = store.source_id_by_hash(db, sha)
        if existing is not None:
            if item.path != STDIN and not store.path_known(db, existing, display):
                with store.transaction(db):
                    _record_found_at(db, existing, display)
            if item.meta != SourceMeta():
                with store.transaction(db):
                    replacing.remember_given(db, existing, display, item.meta)
            _count_known(db, existing, item.meta, summary, shown)
            on_file(display)
            continue
        warning = files.name_warning(item.path)
        meta = replacing.meta_for(db, display, item.meta)
        yield Job(display, meta, sha, data, [warning] if warning else [], content_type, given=shown)


def unread(inputs: Iterable[Input]) -> Summary:
    """The summary of an `add` none of whose inputs names anything to read (missing files,
    patterns matching nothing, URLs that failed to fetch: `prefetch`): each is a failure,
    and no archive is opened or created."""
    summary = Summary()
    for item in inputs:
        if item.skipped:
            summary.skipped[item.skipped] += 1
        else:
            summary.files += 1
            summary.failed.append((_shown(item), item.error or "nothing to read"))
    return summary


def _display(item: Input) -> str:
    """The path stored: absolute, so a file is one path from any working folder."""
    return "<stdin>" if item.path == STDIN else files.display(item.path)


def _shown(item: Input) -> str:
    """The name messages print: as the user gave it (newcomer 48, finding 18)."""
    return "<stdin>" if item.path == STDIN else files.display(item.shown)


def _count_known(
    db: store.Archive, source_id: int, meta: SourceMeta, summary: Summary, shown: str
) -> None:
    """A known file added again: its metadata applied, and counted; a --title it cannot take
    (the file holds several articles) is said, as on the first add."""
    updated = _update_known(db, source_id, meta, summary)
    held = _held(db, source_id, summary, shown)
    summary.kept_out += store.removals.kept_out_of(db, source_id)
    summary.updated += updated
    summary.duplicates += held - updated
    if meta.title and held > 1:
        summary.warnings.append(
            (shown, f"title {meta.title!r} not applied: the file holds {held} articles")
        )


def _held(db: store.Archive, source_id: int, summary: Summary, shown: str) -> int:
    """How many of a known file's articles the archive holds, each counted as already there;
    a file whose every article the owner removed counts none, and says so."""
    held = store.source_article_count(db, source_id)
    if not held:
        summary.warnings.append(
            (
                shown,
                "already in the archive, without its articles: you removed them"
                " (mouarchive corrections lists removals)",
            )
        )
    return held


def _update_known(db: store.Archive, source_id: int, meta: SourceMeta, summary: Summary) -> int:
    """A known file added again with metadata: the user's values win, as on the first add.

    Each article whose date, outlet, url or title changes is corrected (recorded like
    `fix --article`, so it survives re-extraction, and named in `summary.given`) and
    re-extracted at once; an agreement its article, read again, tells as one signing with
    another is added to `summary.rejoined`, said as a new article's join is (newcomer 55,
    9). Returns how many articles changed; the same metadata again changes none.
    """
    if meta == SourceMeta():
        return 0
    from mouarchive import curate

    articles = store.source_articles(db, source_id)
    values = {
        "date": meta.date.iso if meta.date else None,
        "outlet": clean_value(meta.outlet),
        "url": clean_value(meta.url),
        "title": clean_value(meta.title) if len(articles) == 1 else None,
    }
    fixes = [
        curate.fix_article(db, article_id, values, note=READDED_NOTE) for article_id in articles
    ]
    for fix in fixes:
        summary.rejoined += fix.joined
        summary.given += [(fix.article_id, change) for change in fix.changes]
    return sum(bool(fix.changes) for fix in fixes)


def _read(item: Input) -> bytes:
    if item.path == STDIN:
        return files.read_stream(sys.stdin.buffer)
    return files.read_file(item.path)


def _write(
    batch: store.Batch,
    job: Job,
    prepared: Prepared,
    summary: Summary,
    returning: dict[str, list[store.removals.Place]],
    written: list[int],
) -> None:
    """One file, whole or not at all (a savepoint of the batch), noted to be counted once
    the batch commits. The hash is checked again inside it: another process, or an
    identical file earlier in this run, may have stored the same bytes meanwhile. An
    article a removal let back in (`returning`, read once a run) takes its signings' ids
    back where they are free. Its articles are counted in `written` as each is done."""
    added = duplicates = 0
    joined: list[tuple[int, int]] = []
    kept_out: list[tuple[int, str]] = []
    with batch.write(size=len(prepared.text.encode("utf-8"))) as db:
        existing = store.source_id_by_hash(db, job.sha256)
        if existing is not None:
            if job.display != "<stdin>":
                _record_found_at(db, existing, job.display)
            summary.duplicates += _held(db, existing, summary, job.shown)
            return
        new = [(sha, article.body) for article, sha, _ in prepared.articles]
        replacement = replacing.find(db, job.display, new)
        source_id = store.insert_source(
            db,
            sha256=job.sha256,
            path=job.display,
            encoding=prepared.encoding,
            warnings=prepared.warnings,
            raw_text=prepared.text,
            kind=prepared.kind,
            original=prepared.original,
            given=job.meta.as_json(),
        )
        removed = store.removals.in_force(db)
        for position, (article, sha, reports) in enumerate(prepared.articles):
            written[0] = position
            article_sha = copies.held_hash(db, article, sha)
            was = replacement.paired.get(position) if replacement else None
            held = store.article_id_by_sha(db, article_sha)
            # The old version's article, read anew (its text, or only its headlines, edited).
            if was is not None and held in (None, was):
                changed = replacing.take_place(db, was, article, article_sha, reports)
                store.link_article_source(db, was, source_id, position)
                (replacement.replaced if changed else replacement.unchanged).append(was)
                continue
            if held is None and (
                removal := removed.keeps_out(article_sha, article.body, article.outlet)
            ):
                # Removed one by one: the file brings it again, the owner's word keeps it out.
                kept_out.append(removal)
                continue
            article_id, created = store.insert_article(db, article, article_sha)
            store.link_article_source(db, article_id, source_id, position)
            if created:
                added += 1
                back = returning.get(article_sha)
                previous = _let_back(db, article_id, article_sha, back) if back else None
                store.save_reports(db, article_id, reports, previous, joins=joined)
                if store.corrections.for_article(db, article_sha):
                    # Metadata corrections imported before this article arrived.
                    from mouarchive import curate

                    curate.apply_article(db, article_id)
            else:
                duplicates += 1
                unapplied = _given_apart(store.article_meta(db, article_id), job.meta)
                if unapplied:
                    summary.warnings.append(
                        (
                            job.shown,
                            f"its article is already held as {ids.article(article_id)}: "
                            f"{unapplied} given for it not applied "
                            f"(fix --article {ids.article(article_id)} changes them)",
                        )
                    )
        replaced = []
        if replacement:
            duplicates += len(replacement.unchanged)
            told = replacing.retire(db, replacement)
            replaced.append((job.shown, len(replacement.replaced), told))
        batch.note(_Written(prepared.read_as, added, duplicates, joined, replaced, kept_out))


def _let_back(
    db: store.Archive, article_id: int, sha: str, places: list[store.removals.Place]
) -> store.Previous:
    """An article a removal let back in, added again: its signings ask for the ids they
    had where free, not one an agreement holds now (`store.let_back`)."""
    own = store.merged_from(db, sha)
    # Only the ids this article's reports ask for are looked up, now (the articles written
    # before it in this run may hold new ones), not every id the archive holds.
    asked = {agreement for _p, _s, agreement, _n in places if agreement is not None}
    held = {i for i in asked | set(own.values()) if store.agreement_exists(db, i)}
    return store.let_back(article_id, places, store.issued_top(db), frozenset(held), own)


def _record_found_at(db: store.Archive, source_id: int, display: str) -> None:
    """A known file's bytes found at another path, or fetched from a URL (a page first
    added as a saved file): recorded, so the URL is not fetched again without --refresh."""
    if is_url(display):
        store.record_url(db, source_id, display)
    else:
        store.record_path(db, source_id, display)


def _given_apart(held: dict | None, meta: SourceMeta) -> str:
    """The date and outlet given for a file whose article another file brought first, where
    they differ from what that article holds: said, since the held article keeps its own."""
    if held is None:
        return ""
    apart = []
    if meta.date is not None and meta.date.iso != held["date"]:
        apart.append(f"date {meta.date.iso}")
    if meta.outlet and clean_value(meta.outlet) != held["outlet"]:
        apart.append(f"outlet {clean_value(meta.outlet)}")
    return " and ".join(apart)
