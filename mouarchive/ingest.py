"""Paths → bytes → pipeline → store, each source file written whole or not at all.

This is the only module that reads input files. Each file is decoded, cleaned, split and
extracted outside the database lock, then written under a savepoint of a transaction that
is committed about once a second (`store.Batch`), so a failure in one file never loses or
half-writes another, and a kill loses at most the last second's files, which a rerun adds.
Ctrl-C stops at once: the files written whole go in, the workers are stopped, and
`Interrupted` says how many went in.
"""

from __future__ import annotations

import contextlib
import csv
import glob
import hashlib
import itertools
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
import unicodedata
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from mouarchive import files, readers, store
from mouarchive.extract.agreements import extract_agreements
from mouarchive.models import AgreementReport, Article, PartialDate, Reading
from mouarchive.readers.fetch import FetchError, fetch, is_url
from mouarchive.text.decode import DecodeError, repair_title
from mouarchive.text.normalize import normalize_text
from mouarchive.text.pipeline import parse_articles
from mouarchive.text.urldate import date_from_url

READABLE_SUFFIXES = set(readers.SUFFIXES)
STDIN = "-"
READDED_NOTE = "given when the file was added again"
# A file that takes longer than this is named while it is worked on, so a slow one never
# looks like a hung run.
SLOW_SECONDS = 5.0
# Bytes of files handed to workers and not yet written: with files up to `files.MAX_BYTES`,
# a count of jobs alone would not keep memory flat.
IN_FLIGHT_BYTES = 64 * 1024 * 1024


class InputError(Exception):
    """A problem with what the user asked to add, reported before anything is read."""


@dataclass(frozen=True)
class SourceMeta:
    """Metadata the user gives for files that lack it; it wins over what the text says."""

    date: PartialDate | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None

    def as_json(self) -> str:
        """As `sources.given` keeps it, so `reextract` applies it again as `add` did."""
        values = {"date": self.date.iso if self.date else None}
        values |= {"outlet": self.outlet, "url": self.url, "title": self.title}
        return json.dumps({k: v for k, v in values.items() if v}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> SourceMeta:
        values = json.loads(text)
        return cls(
            date=PartialDate.parse_iso(values.get("date")),
            outlet=values.get("outlet"),
            url=values.get("url"),
            title=values.get("title"),
        )


@dataclass(frozen=True)
class Input:
    path: str  # absolute path, "-" for standard input, or an http(s) URL to fetch
    meta: SourceMeta = SourceMeta()
    error: str | None = None  # why this input cannot be read, found before reading it
    skipped: str | None = None  # why a folder's entry is passed over by rule (hidden, …)


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

    def as_json(self) -> dict:
        return {
            "files": self.files,
            "articles_added": self.articles_added,
            "duplicates": self.duplicates,
            "updated": self.updated,
            "failed": [{"path": path, "error": error} for path, error in self.failed],
            "skipped": dict(sorted(self.skipped.items())),
        }


# ---------------------------------------------------------------- what to read


def expand(specs: list[str], meta: SourceMeta) -> Iterator[Input]:
    """Files, folders (recursively, text files only), globs and "-" → inputs, lazily.

    Lazy so that a folder of 10,000 files is never held in memory as a list. A spec that
    names nothing, and anything in a folder that cannot be read, becomes an input carrying
    its error, so the other inputs still go in; entries passed over by rule (hidden, not
    text) come as `skipped` inputs, to be counted.
    """
    for spec in specs:
        if spec == STDIN or is_url(spec):
            yield Input(spec, meta)
            continue
        path = Path(spec).expanduser()
        if path.is_dir():
            found = False
            for entry in files.walk(
                _absolute(path), READABLE_SUFFIXES, readers.is_saved_page_assets
            ):
                found = found or entry.skipped is None
                yield Input(entry.path, meta, entry.error, entry.skipped)
            if not found:
                suffixes = ", ".join(sorted(READABLE_SUFFIXES))
                yield Input(
                    spec, meta, f"folder has no text files, pages or documents ({suffixes})"
                )
        elif path.exists() or path.is_symlink():
            yield Input(_absolute(path), meta)
        elif glob.has_magic(spec):
            matches = sorted(glob.iglob(os.path.expanduser(spec), recursive=True))
            found_files = [Path(m) for m in matches if not Path(m).is_dir()]
            if not found_files:
                yield Input(spec, meta, "no files match this pattern")
            for file in found_files:
                yield Input(_absolute(file), meta)
        else:
            yield Input(spec, meta, "no such file or folder")


def _absolute(path: Path) -> str:
    """The path as the user knows it, made absolute. Symlinks stay as written: a link to
    a device is reported under its own name, and a loop cannot stop the run."""
    return os.path.abspath(path)


def read_manifest(manifest: Path) -> list[Input]:
    """A CSV with a `path` column and any of date, outlet, url, title.

    Read and checked whole before anything is added, so a bad row is a usage error rather
    than a run that stops half-way. Relative paths are relative to the manifest's folder,
    so a manifest travels with its files.
    """
    try:
        with manifest.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
            columns = reader.fieldnames or []
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise InputError(f"{manifest}: cannot read manifest ({error})") from None
    if "path" not in columns and "url" not in columns:
        raise InputError(f"{manifest}: manifest needs a 'path' or a 'url' column")
    unknown = set(columns) - {"path", "date", "outlet", "url", "title"}
    if unknown:
        raise InputError(f"{manifest}: unknown manifest columns: {', '.join(sorted(unknown))}")
    inputs = []
    for line, row in enumerate(rows, start=2):
        if any("\0" in (value or "") for value in row.values() if isinstance(value, str)):
            raise InputError(f"{manifest}:{line}: a NUL byte in the row; is this a CSV file?")
        try:
            date = PartialDate.parse_user(row.get("date"))
        except ValueError as error:
            raise InputError(f"{manifest}:{line}: {error}") from None
        meta = SourceMeta(
            date=date,
            outlet=(row.get("outlet") or "").strip() or None,
            url=(row.get("url") or "").strip() or None,
            title=(row.get("title") or "").strip() or None,
        )
        path = (row.get("path") or "").strip()
        if not path and meta.url and is_url(meta.url):
            inputs.append(Input(meta.url, replace(meta, url=None)))  # fetched, as `add URL`
            continue
        if not path:
            raise InputError(f"{manifest}:{line}: empty path (and no http(s) url to fetch)")
        if not Path(path).is_absolute():
            path = str(manifest.parent / path)
        inputs.append(Input(path, meta))
    return inputs


# ---------------------------------------------------------------- the pipeline


def article_hash(article: Article) -> str:
    """The same article from two files or outlets' mirrors hashes alike despite spacing."""
    key = "".join(unicodedata.normalize("NFKC", article.body).split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def apply_meta(article: Article, meta: SourceMeta, *, only_article: bool) -> Article:
    """User metadata wins, normalised like article text: it is stored and printed the same.

    A date the article's URL carries beats a dateline read from the text: the address is the
    article's own, while a saved page's text may carry the site's today-bar or an edit stamp.
    """
    title = _clean(repair_title(meta.title)) if meta.title and only_article else None
    url = _clean(meta.url) or article.url
    return replace(
        article,
        published=meta.date or date_from_url(url) or article.published,
        outlet=_clean(meta.outlet) or article.outlet,
        url=url,
        title=title or article.title,
    )


def future_dates(meta: SourceMeta, listed: list[Input]) -> list[str]:
    """The dates given for files that lie after today: most likely a typo, said but kept."""
    today = date.today()
    given = [("--date", meta.date), *((f"manifest date of {i.path}", i.meta.date) for i in listed)]
    return [
        f"{where} {value.iso} is in the future"
        for where, value in given
        if value is not None and value.year is not None and value.first_day > today
    ]


def _clean(value: str | None) -> str | None:
    return " ".join(normalize_text(value).split()) or None if value else None


def extract_safely(article: Article) -> tuple[list[AgreementReport], str | None]:
    """Extraction must never cost the user the article itself: on a bug, keep the article."""
    try:
        return extract_agreements(article), None
    except Exception as error:
        return [], f"extraction failed ({type(error).__name__}: {error})"


def apply_reading(article: Article, reading: Reading, *, index: int, count: int) -> Article:
    """What the input's format says (a page's meta tags, a 보도자료 header) wins over what
    the text pipeline read from lines of text; the page's captions go with its first article.
    """
    return replace(
        article,
        title=(repair_title(reading.title) if reading.title and count == 1 else None)
        or article.title,
        outlet=reading.outlet or article.outlet,
        published=reading.published or article.published,
        url=reading.url or article.url,
        reporter=article.reporter or reading.author,
        captions=[*article.captions, *(reading.captions if index == 0 else [])],
    )


@dataclass
class Prepared:
    """A source file turned into articles and their reports, ready to be written."""

    encoding: str  # how the text was read: its encoding, or the kind of document
    read_as: str  # what `add` counts it as ("utf-8", "html", "pdf")
    kind: str
    original: bytes | None  # the bytes a reader other than text read, kept to read again
    text: str
    warnings: list[str]
    articles: list[tuple[Article, str, list[AgreementReport]]]  # article, its hash, reports


def prepare(
    data: bytes,
    meta: SourceMeta,
    name: str = "",
    content_type: str | None = None,
    kind: str | None = None,
) -> Prepared:
    """Bytes → read, cleaned, split and extracted: all the CPU work, none of the I/O.

    Pure, so it can run in a worker process while the main process writes. `name` (a path
    or the URL fetched) and a server's `content_type` choose the reader, unless `kind`
    names it (`reextract` reads a source with the reader that first read it).
    Raises `DecodeError` for a file that holds no usable text.
    """
    url = meta.url or (name if is_url(name) else None)
    reading = readers.read(data, name, content_type=content_type, url=url, kind=kind)
    articles = parse_articles(reading.text)
    if not articles:
        raise DecodeError("no article text found")
    warnings = list(reading.warnings)
    if meta.title and len(articles) > 1:
        warnings.append(
            f"title {meta.title!r} not applied: the file holds {len(articles)} articles"
        )
    prepared = []
    for index, article in enumerate(articles):
        article = apply_reading(article, reading, index=index, count=len(articles))
        article = apply_meta(article, meta, only_article=len(articles) == 1)
        reports, problem = extract_safely(article)
        if problem:
            warnings.append(f"article {index + 1}: {problem}")
        prepared.append((article, article_hash(article), reports))
    return Prepared(
        encoding=reading.encoding or reading.kind,
        read_as=reading.read_as,
        kind=reading.kind,
        original=_kept_bytes(data, reading),
        text=reading.text,
        warnings=warnings,
        articles=prepared,
    )


_CERTAIN_ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp949")


def _kept_bytes(data: bytes, reading: Reading) -> bytes | None:
    """The bytes kept beside the text, so that `reextract` can read them again: every
    page's and document's, and a text file's when its decoding was in doubt (a repair,
    replaced bytes, a warning). A plain UTF-8 or CP949 file decodes the same way every
    time: its text alone is kept, which spares the archive a second copy of most files."""
    if reading.original is not None:
        return reading.original
    if reading.encoding in _CERTAIN_ENCODINGS and not reading.warnings:
        return None
    return data


@dataclass
class _Job:
    display: str
    meta: SourceMeta
    sha256: str
    data: bytes
    warnings: list[str] = field(default_factory=list)  # about the file itself (its name)
    content_type: str | None = None  # a fetched page's, as its server said
    kind: str | None = None  # the reader, when it is known already (`reextract`)


def add_inputs(
    db: store.Archive,
    inputs: Iterator[Input],
    on_file: Callable[[str], None] = lambda path: None,
    workers: int = 0,
    refresh: bool = False,
    on_slow: Callable[[str], None] = lambda path: None,
) -> Summary:
    """Ingest every input; problems with one file are recorded and the rest go on.

    Reading, hashing and writing happen here, in order; with `workers` > 0 the CPU work
    (`prepare`) runs in that many processes meanwhile. A full disk stops the run with
    `summary.disk_full` set, everything before it stored; another database-level failure
    (read-only, a lock held too long) stops it with `store.StoreError`.
    `on_slow` hears of a file still being worked on after `SLOW_SECONDS`.
    """
    summary = Summary()
    store.checkpoint_less_often(db)
    batch = store.Batch(db, BATCH_SECONDS)
    jobs = _jobs(db, inputs, summary, on_file, refresh=refresh)
    with (
        _DeferredInterrupts() as interrupts,
        closing(_run(prepare_job, jobs, workers, on_slow, hold=interrupts.held)) as outcomes,
    ):
        try:
            for job, outcome in outcomes:
                if isinstance(outcome, Prepared):
                    for warning in outcome.warnings:
                        summary.warnings.append((job.display, warning))
                    try:
                        with interrupts.held():
                            _write(batch, job, outcome, summary)
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
                        summary.failed.append((job.display, reason))
                else:
                    summary.failed.append((job.display, outcome))
                on_file(job.display)
            with interrupts.held():
                _count(batch.commit(), summary)
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


def _count(committed: list, summary: Summary) -> None:
    for file in committed:
        summary.stored += 1
        summary.encodings[file.read_as] += 1
        summary.articles_added += file.articles
        summary.duplicates += file.duplicates


def _keep_what_is_whole(batch: store.Batch, summary: Summary) -> None:
    """After a failure, commit the files already written whole, if the database still can;
    otherwise they are not stored, and not counted."""
    try:
        committed = batch.commit()
    except Exception:
        batch.rollback()
    else:
        _count(committed, summary)


class _DeferredInterrupts:
    """Ctrl-C raises KeyboardInterrupt at once, except inside `held()` (a file's write and
    the commit), where it waits until the end of it: an interrupt never lands between a
    savepoint and its release, and "N files added" is then exactly what went in."""

    def __init__(self) -> None:
        self.depth = 0
        self.pending = False
        self.previous: object = None

    def __enter__(self) -> _DeferredInterrupts:
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)  # type: ignore[arg-type]

    def _handle(self, signum: int, frame: object) -> None:
        if self.depth:
            self.pending = True
        else:
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
            if not self.depth and self.pending:
                self.pending = False
                raise KeyboardInterrupt


def prepare_job(job: _Job) -> Prepared | str:
    """`prepare`, with a file's problem returned as its one-line reason.

    Any failure, even a bug of ours, costs only this file: the rest of the run goes on.
    """
    try:
        prepared = prepare(job.data, job.meta, job.display, job.content_type, job.kind)
    except DecodeError as error:
        return str(error)
    except Exception as error:
        return f"could not be processed ({type(error).__name__}: {error})"
    prepared.warnings[:0] = job.warnings
    return prepared


def _jobs(
    db: store.Archive,
    inputs: Iterator[Input],
    summary: Summary,
    on_file: Callable[[str], None],
    *,
    refresh: bool = False,
) -> Iterator[_Job]:
    """Read (or fetch) and hash each input; files already in the archive stop here, and so do
    URLs already in it, before any fetch, unless `refresh` asks to fetch them again."""
    for item in inputs:
        if item.skipped:
            summary.skipped[item.skipped] += 1
            continue
        summary.files += 1
        display = "<stdin>" if item.path == STDIN else files.display(item.path)
        content_type = None
        try:
            if item.error:
                raise files.ReadError(item.error)
            if is_url(item.path):
                known = None if refresh else store.source_id_by_url(db, item.path)
                if known is not None:
                    _count_known(db, known, item.meta, summary)
                    on_file(display)
                    continue
                fetched = fetch(item.path)
                data, content_type = fetched.data, fetched.content_type
            else:
                data = _read(item)
        except FetchError as error:
            summary.failed.append((display, f"could not fetch: {error}"))
            on_file(display)
            continue
        except files.ReadError as error:
            summary.failed.append((display, str(error)))
            on_file(display)
            continue
        sha = hashlib.sha256(data).hexdigest()
        existing = store.source_id_by_hash(db, sha)
        if existing is not None:
            new_path = item.path != STDIN and not is_url(item.path)
            if new_path and not store.path_known(db, existing, display):
                with store.transaction(db):
                    store.record_path(db, existing, display)
            _count_known(db, existing, item.meta, summary)
            on_file(display)
            continue
        warning = files.name_warning(item.path)
        yield _Job(display, item.meta, sha, data, [warning] if warning else [], content_type)


def _count_known(db: store.Archive, source_id: int, meta: SourceMeta, summary: Summary) -> None:
    updated = _update_known(db, source_id, meta)
    summary.updated += updated
    summary.duplicates += max(1, store.source_article_count(db, source_id)) - updated


def _update_known(db: store.Archive, source_id: int, meta: SourceMeta) -> int:
    """A known file added again with metadata: the user's values win, as on the first add.

    Each article whose date, outlet, url or title changes is corrected (recorded like
    `fix --article`, so it survives re-extraction) and re-extracted at once. Returns how
    many articles changed; the same metadata again changes none.
    """
    if meta == SourceMeta():
        return 0
    from mouarchive import curate

    articles = store.source_articles(db, source_id)
    values = {
        "date": meta.date.iso if meta.date else None,
        "outlet": _clean(meta.outlet),
        "url": _clean(meta.url),
        "title": _clean(meta.title) if len(articles) == 1 else None,
    }
    return sum(
        bool(curate.fix_article(db, article_id, values, note=READDED_NOTE).changes)
        for article_id in articles
    )


def _run(
    work: Callable[[_Job], Prepared | str],
    jobs: Iterator[_Job],
    workers: int,
    on_slow: Callable[[str], None] = lambda path: None,
    hold: Callable[[], contextlib.AbstractContextManager] = contextlib.nullcontext,
) -> Iterator[tuple[_Job, Prepared | str]]:
    """`work` over `jobs`, in order; in a process pool when `workers` > 0.

    At most a few jobs per worker (and `IN_FLIGHT_BYTES`) are in flight, so memory stays
    flat however many files a folder holds. If the pool breaks (a worker killed, memory
    exhausted), the rest is done here, in this process: a slower run, never a lost one.
    """
    pending: deque[tuple[_Job, Future]] = deque()
    if workers > 0:
        # forkserver, not fork: SQLite forbids carrying an open connection into a child.
        # Starting the pool and handing it work (which starts its workers) are held from
        # Ctrl-C: interrupted half-way, a worker would start after the pool was stopped.
        with hold(), _children_deaf_to_ctrl_c():
            pool = ProcessPoolExecutor(
                workers,
                mp_context=multiprocessing.get_context("forkserver"),
                initializer=_worker_setup,
                initargs=(os.getpid(),),
            )
        try:
            in_flight = 0
            for job in jobs:
                with hold(), _children_deaf_to_ctrl_c():
                    pending.append((job, pool.submit(work, job)))
                in_flight += len(job.data)
                while len(pending) >= workers * 4 or in_flight > IN_FLIGHT_BYTES:
                    yield pending[0][0], _result(*pending[0], on_slow)
                    in_flight -= len(pending.popleft()[0].data)
            while pending:
                yield pending[0][0], _result(*pending[0], on_slow)
                pending.popleft()
            pool.shutdown()
            return
        except BrokenProcessPool:
            _stop(pool)
        except BaseException:
            _stop(pool)
            raise
    for job in itertools.chain((job for job, _ in pending), jobs):
        timer = threading.Timer(SLOW_SECONDS, on_slow, [job.display])
        timer.daemon = True
        timer.start()
        try:
            outcome = work(job)
        finally:
            timer.cancel()
        yield job, outcome


@contextlib.contextmanager
def _children_deaf_to_ctrl_c() -> Iterator[None]:
    """Block SIGINT in this thread meanwhile: processes started now (the fork server, its
    resource tracker, workers) inherit the blocked signal, so a Ctrl-C that lands while
    such a helper is still starting its interpreter cannot make it print a traceback.
    This process still gets the Ctrl-C, through its other threads or once unblocked."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _stop(pool: ProcessPoolExecutor) -> None:
    """End a pool now: its queued work is dropped and its workers ended, where a plain
    shutdown would wait for every file already handed to them.

    The pool's bookkeeping thread is waited for (briefly) too: left running, it would be
    woken at interpreter exit through a pipe it has closed, and print a traceback.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(OSError):
            process.terminate()
    for process in processes:
        process.join(timeout=1)
    if manager is not None:
        manager.join(timeout=1)


def _result(job: _Job, future: Future, on_slow: Callable[[str], None]) -> Prepared | str:
    try:
        return future.result(timeout=SLOW_SECONDS)
    except TimeoutError:
        on_slow(job.display)
        return future.result()


def _worker_setup(parent: int) -> None:
    """In a worker: leave Ctrl-C to the `add` that started it, and end when that is gone.

    Ctrl-C on a terminal reaches every process of the command; the workers would each print
    a KeyboardInterrupt traceback, so only the main process handles it (and ends them).
    A `kill -9` of `add` gives its workers no signal, and they would otherwise wait for
    work forever, holding the pipes of whoever started `add`. Gone means dead, or a
    zombie its own parent has not reaped (a signal-0 probe still succeeds on a zombie),
    or no longer our ancestor: when `add` dies, the forkserver that forked us sees its
    pipe close and exits, and we are handed to another parent. The check is cheap (once a
    second) and runs in a daemon thread, so it never holds up the work itself.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    ancestor = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(1)
            if os.getppid() != ancestor or _gone(parent):
                os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            # "pid (name) state …": the name may hold spaces or parentheses.
            return stat.read().rsplit(b")", 1)[1].split()[0] == b"Z"
    except (OSError, IndexError):
        return False


def _read(item: Input) -> bytes:
    if item.path == STDIN:
        return files.read_stream(sys.stdin.buffer)
    return files.read_file(item.path)


def _write(batch: store.Batch, job: _Job, prepared: Prepared, summary: Summary) -> None:
    """One file, whole or not at all (a savepoint of the batch), noted to be counted once
    the batch commits. The hash is checked again inside it: another process, or an
    identical file earlier in this run, may have stored the same bytes meanwhile."""
    added = duplicates = 0
    with batch.write(size=len(prepared.text.encode("utf-8"))) as db:
        existing = store.source_id_by_hash(db, job.sha256)
        if existing is not None:
            if job.display != "<stdin>" and not is_url(job.display):
                store.record_path(db, existing, job.display)
            summary.duplicates += max(1, store.source_article_count(db, existing))
            return
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
        for position, (article, article_sha, reports) in enumerate(prepared.articles):
            article_id, created = store.insert_article(db, article, article_sha)
            store.link_article_source(db, article_id, source_id, position)
            if created:
                added += 1
                store.save_reports(db, article_id, reports)
                if store.corrections.for_article(db, article_sha):
                    # Metadata corrections imported before this article arrived.
                    from mouarchive import curate

                    curate.apply_article(db, article_id)
            else:
                duplicates += 1
        batch.note(_Written(prepared.read_as, added, duplicates))
