"""The connection to an archive: pragmas, locks and transactions (its schema: `schema`).

Every other module of the storage layer writes through `transaction`, so the way a write
waits for another process, and what a full disk or a read-only archive says, is decided
here once.

The environment is hostile too: a `--db` pointed at another program's database is refused
before anything is written to it; an archive on read-only media is opened read-only and
answers every read; a wait for another process's lock is announced at once and bounded;
the write-ahead log stays small where the disk is nearly full.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from mouarchive.store import schema
from mouarchive.store.kept_facts import KeptFacts
from mouarchive.store.kept_outlets import KeptOutlets

WAIT_SECONDS = 60.0  # how long a command waits for another process's lock, by default
# How long SQLite itself waits for a lock before we are told: two `add` runs take turns
# every few milliseconds, which is no news; a wait longer than this is announced.
PATIENCE_MS = 1000
WAL_PAGES = 10_000  # the write-ahead log's checkpoint size, where the disk has room
NEARLY_FULL = 8 * 1024 * 1024  # free bytes below which `add` commits by size, not by time
CACHE_KIB = 32 * 1024  # the page cache of a connection writing batches
_SQLITE_FULL = 13


class StoreError(Exception):
    """A database problem told to the user in one line (no traceback)."""


class ReadOnly(StoreError):
    """The archive cannot be written here (file, folder or medium)."""


class DiskFull(StoreError):
    """The disk holding the archive is full; the write that found out was rolled back."""


def default_db_path() -> Path:
    """`$MOUARCHIVE_DB`, else the XDG data folder, as the issue tracker's users expect.

    An empty or relative `$HOME` (cron, some containers) is not a place: Python would
    read `HOME=''` as the file system's root. The account's home is asked instead, and
    without one the user is asked for `--db`.
    """
    env = os.environ.get("MOUARCHIVE_DB")
    if env:
        return Path(env).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME", "")
    if not os.path.isabs(data_home):
        data_home = os.path.join(_home(), ".local", "share")
    return Path(data_home) / "mouarchive" / "archive.db"


def _home() -> str:
    home = os.environ.get("HOME", "")
    if not os.path.isabs(home):
        import pwd

        try:
            home = pwd.getpwuid(os.getuid()).pw_dir
        except KeyError:
            home = ""
    if not os.path.isabs(home) or os.path.dirname(home) == home:
        raise StoreError("no home folder to keep the archive in: give --db FILE or MOUARCHIVE_DB")
    return home


class Archive:
    """An open archive: its connection, and `execute` for brevity.

    Deliberately thin: sqlite-utils' `Archive` is used only to apply migrations. It knows
    how long to wait for another process's lock and whom to tell that it is waiting.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        read_only: bool = False,
        wait: float = WAIT_SECONDS,
        on_wait: Callable[[], None] = lambda: None,
        on_upgrade: Callable[[str], None] = lambda _: None,
    ) -> None:
        self.conn = conn
        self.path = path
        self.read_only = read_only
        self.wait = wait
        self.on_wait = on_wait
        # Told once, before an older archive is upgraded: a re-index may take a while.
        self.on_upgrade = on_upgrade
        self.told = False
        self.note: str | None = None  # what the user should know about how it was opened
        self.batch_bytes = WAL_PAGES * 4096 // 8  # how much text one `Batch` may hold
        self.nearly_full = False  # so little disk left that a `Batch` ends by size only
        # Full-text index writes held back while a `Batch` is open: (SQL, rows), in order.
        self.deferred: list[tuple[str, list[tuple]]] | None = None
        # The merge candidates' facts a `Batch` keeps between the files it writes.
        self.kept_facts: KeptFacts | None = None
        # The outlets articles are held under, read once (`store.outlets`).
        self.kept_outlets: KeptOutlets | None = None

    def execute(self, sql: str, parameters: Sequence | dict = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)


def _friendly(error: sqlite3.Error, path: Path) -> StoreError:
    message = str(error)
    if _is_busy(error):
        return StoreError(f"{path}: the archive is busy in another process; try again")
    if "readonly" in message or "read-only" in message:
        return ReadOnly(f"the archive is read-only: {path}")
    if _is_full(error, path):
        return DiskFull(f"disk full: cannot write {path}")
    if "not a database" in message or "malformed" in message:
        return StoreError(f"not a mouarchive archive: {path} ({message})")
    if "unable to open" in message:
        # A file SQLite cannot open for writing, or keep its journal beside (one in /proc).
        return StoreError(f"{path}: cannot be opened as an archive (SQLite: {message})")
    return StoreError(f"{path}: {message}")


def explain(error: BaseException) -> str | None:
    """The one line for a database error of the environment that escaped a transaction (a
    read held up by another program's exclusive lock, say); None for anything else."""
    if not isinstance(error, sqlite3.OperationalError):
        return None
    if _is_busy(error):
        return "the archive is busy in another process; try again (or give --wait SECONDS)"
    if "readonly" in str(error):
        return "the archive is read-only"
    if getattr(error, "sqlite_errorcode", None) == _SQLITE_FULL:
        return "disk full: the archive cannot be written; free space and try again"
    return None


def _is_busy(error: sqlite3.Error) -> bool:
    return "locked" in str(error) or "busy" in str(error)


def _is_full(error: sqlite3.Error, path: Path) -> bool:
    """SQLITE_FULL, or an I/O error on a disk with (almost) nothing left: a write that
    reached the end of the disk is reported either way, depending on where it stopped."""
    if getattr(error, "sqlite_errorcode", None) == _SQLITE_FULL or "disk is full" in str(error):
        return True
    return "disk I/O" in str(error) and _free_bytes(path) < 1024 * 1024


def _free_bytes(path: Path) -> int:
    """Room left on the disk that holds the archive's file: where a link named for it
    points, not where the link stands."""
    try:
        status = os.statvfs(path.resolve().parent)
    except OSError:
        return 1 << 62
    return status.f_bavail * status.f_frsize


def open_archive(
    path: Path,
    *,
    wait: float = WAIT_SECONDS,
    on_wait: Callable[[], None] = lambda: None,
    on_upgrade: Callable[[str], None] = lambda _: None,
    make_folder: bool = False,
) -> Archive:
    """Open (creating if needed) an archive and bring its schema up to date.

    WAL lets two `add` processes write at once: each waits its turn (up to `wait` seconds,
    calling `on_wait` once if the wait is more than a moment) instead of failing with
    "database is locked". An older archive is upgraded first, after `on_upgrade` is told
    what the upgrade does (once: it may take a while). Where the archive cannot be written
    (a read-only file, folder or medium), it is opened read-only: every read works, and a
    write says so in one line.
    Its folders are made only when asked (the default place, on a fresh machine): a path
    the user names lies in a folder that exists. Messages name the path as it was given
    (newcomer 48, finding 18: "big.txt", not the absolute path it stands for; a link not
    under its target's name).
    """
    shown = path.expanduser()
    real = shown.resolve()
    if make_folder:
        try:
            real.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(
                f"{shown.parent}: cannot create database folder ({error.strerror})"
            ) from None
    if real.is_dir():
        raise StoreError(f"{shown}: is a folder, not a database file")
    if real.exists() and not real.is_file():
        # A device, a pipe or a socket: SQLite would answer "disk I/O error", or wait.
        raise StoreError(f"not a mouarchive archive: {shown} (not a regular file)")
    if real.exists() and real.stat().st_size == 0 and not is_empty_file(real):
        # A file in /proc says its size is 0, and holds text: no archive, nor an empty one.
        raise StoreError(f"not a mouarchive archive: {shown} (not an SQLite database)")
    try:
        if _writable(real):
            conn = sqlite3.connect(real, timeout=_patience(wait), isolation_level=None)
            db = Archive(conn, shown, wait=wait, on_wait=on_wait, on_upgrade=_once(on_upgrade))
            _when_free(db, lambda: _refuse_foreign(db))
            db.execute("PRAGMA foreign_keys = ON")
            _when_free(db, lambda: _set_up(db, shown))
        else:
            db = _open_read_only(real, shown, wait=wait, on_wait=on_wait)
    except sqlite3.Error as error:
        raise _friendly(error, shown) from None
    return db


def _once(tell: Callable[[str], None]) -> Callable[[str], None]:
    """`tell`, called the first time only: a locked archive's set-up is tried again."""
    told: list[str] = []

    def tell_once(message: str) -> None:
        if not told:
            told.append(message)
            tell(message)

    return tell_once


def is_empty_file(path: Path) -> bool:
    """Whether a file of size 0 holds nothing: a /proc file says 0, and holds text.

    Read only when the size says 0: closing a descriptor of a database file drops every
    SQLite lock this process holds on it, so an archive with content is never opened here."""
    if path.stat().st_size:
        return False
    try:
        with path.open("rb") as handle:
            return not handle.read(1)
    except OSError:
        return True


def _patience(wait: float) -> float:
    """Seconds SQLite waits for a lock by itself, before `_when_free` takes over."""
    return min(PATIENCE_MS / 1000, wait)


def _writable(path: Path) -> bool:
    """Whether SQLite can write here: the file (if any) and its folder, which must take the
    write-ahead log beside it. `access` also answers no on a read-only medium."""
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _open_read_only(
    path: Path, shown: Path, *, wait: float, on_wait: Callable[[], None]
) -> Archive:
    """A read-only connection to `path` (named `shown`), for an archive that cannot be
    written here.

    Where SQLite cannot make the write-ahead log's index (-shm) beside the archive, it
    cannot read it as a WAL database; then the archive is opened `immutable`, as it was
    last checkpointed, which is all of it unless an unfinished log lies beside it.
    """
    if not path.exists():
        raise ReadOnly(f"the archive is read-only: {shown.parent} cannot be written")
    uri = path.as_uri()
    for mode in ("mode=ro", "immutable=1"):
        conn = sqlite3.connect(
            f"{uri}?{mode}", uri=True, timeout=_patience(wait), isolation_level=None
        )
        db = Archive(conn, shown, read_only=True, wait=wait, on_wait=on_wait)
        try:
            _when_free(db, lambda db=db: _refuse_foreign(db))
        except sqlite3.OperationalError as error:
            if "unable to open" not in str(error) and "readonly" not in str(error):
                raise
            conn.close()
            continue
        schema.check(db, shown, upgrade=False)
        log = path.with_name(path.name + "-wal")
        if mode == "immutable=1" and log.exists() and log.stat().st_size:
            db.note = (
                "the archive's last writes are in a write-ahead log that cannot be read on"
                " this read-only medium: answers come from the archive as last checkpointed"
            )
        return db
    raise ReadOnly(f"the archive is read-only and cannot be opened: {shown}")


def _refuse_foreign(db: Archive) -> None:
    """Refuse another program's database before anything is written to it (not even the
    switch to WAL): any table but ours means it is not an archive. An empty file, or one
    without tables, is a new archive."""
    try:
        tables = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
    except sqlite3.DatabaseError as error:
        if "not a database" not in str(error) and "encrypted" not in str(error):
            raise
        raise StoreError(f"not a mouarchive archive: {db.path} (not an SQLite database)") from None
    if tables and not schema.applied_migrations(db.conn):
        listed = ", ".join(tables[:3]) + (", …" if len(tables) > 3 else "")
        raise StoreError(
            f"not a mouarchive archive: {db.path} (another program's tables: {listed})"
        )


def _set_up(db: Archive, path: Path) -> None:
    if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    schema.migrate(db, path)


def _when_free(db: Archive, operation: Callable[[], object]) -> None:
    """Run `operation`, waiting while another process holds a lock, up to `db.wait` seconds.

    SQLite itself waits `PATIENCE_MS`; past that the user is told once that we are
    waiting, and we go on trying until the time is up. Some lock steps fail at once
    whatever the timeout (switching a brand-new file to WAL while a second `add` is
    creating it), so trying again is needed anyway.
    """
    deadline = time.monotonic() + db.wait
    pause = 0.05
    while True:
        try:
            operation()
            return
        except sqlite3.OperationalError as error:
            if not _is_busy(error):
                raise
            if not db.told and db.wait > 0:
                # "--wait 0" gives up at once, without announcing a wait it will not make.
                db.told = True
                db.on_wait()
            left = deadline - time.monotonic()
            if left <= 0:
                raise StoreError(
                    f"gave up waiting for the archive after {db.wait:g} s: another process"
                    " is still writing (wait longer with --wait SECONDS)"
                ) from None
            time.sleep(min(pause, left))
            pause = min(pause * 2, 0.5)


def checkpoint_less_often(db: Archive) -> None:
    """Let the WAL grow to ~40 MB before this connection copies it into the database, or
    to a quarter of the disk's free space where that is less.

    `add` commits once per file, and each commit rewrites the same index pages; at the
    default 4 MB, a checkpoint every few dozen files copies (and syncs) those pages again
    and again. Measured on 2,000 synthetic articles: commits 25 % cheaper, `add` 15–30 %
    faster. But on a nearly full disk a 40 MB log fills it long before the articles
    would: with 10 MB free, 51 files went in. The log is cut back to the same size after
    each checkpoint (`journal_size_limit`), and folded in when the last connection closes.
    """
    if db.read_only:
        return
    page = db.execute("PRAGMA page_size").fetchone()[0]
    pages = max(100, min(WAL_PAGES, _free_bytes(db.path) // 4 // page))
    db.execute(f"PRAGMA wal_autocheckpoint = {pages}")
    db.execute(f"PRAGMA journal_size_limit = {pages * page}")
    # A file's text takes about four times its size once stored and indexed, and an open
    # transaction cannot be checkpointed: a batch of an eighth of the log fills half of it.
    db.batch_bytes = pages * page // 8
    db.nearly_full = _free_bytes(db.path) < NEARLY_FULL


def checkpoint(db: Archive) -> None:
    """Fold the write-ahead log into the database now, as far as readers allow (at the end
    of a batch, so the log never outgrows one batch). Only a courtesy: on a full disk it
    may fail, and the log is folded in later."""
    if not db.read_only:
        with suppress(sqlite3.OperationalError):
            db.execute("PRAGMA wal_checkpoint(PASSIVE)")


@contextmanager
def transaction(db: Archive) -> Iterator[Archive]:
    """A write transaction that takes the write lock up front (BEGIN IMMEDIATE).

    A deferred transaction that later upgrades to a writer can fail at once with
    SQLITE_BUSY despite the busy timeout; taking the lock first makes it wait instead.
    """
    if db.conn.in_transaction:
        held = None if db.deferred is None else len(db.deferred)
        db.execute("SAVEPOINT nested")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK TO nested")
            _undone(db)
            if held is not None and db.deferred is not None:
                del db.deferred[held:]
            raise
        finally:
            db.execute("RELEASE nested")
        return
    if db.read_only:
        raise ReadOnly(f"the archive is read-only: {db.path}")
    try:
        _when_free(db, lambda: db.execute("BEGIN IMMEDIATE"))
    except sqlite3.OperationalError as error:
        raise _friendly(error, db.path) from None
    try:
        yield db
        _before_commit(db)
        db.execute("COMMIT")
    except sqlite3.OperationalError as error:
        _roll_back(db)
        friendly = _friendly(error, db.path)
        if isinstance(friendly, ReadOnly | DiskFull):
            raise friendly from None
        raise
    except BaseException:
        _roll_back(db)
        raise


def _before_commit(db: Archive) -> None:
    """What every write does last, whichever code wrote: the agreements' printed objects it
    changed are built again (`listing`), so readers find them ready."""
    from mouarchive.store import listing

    listing.fill(db)


def _roll_back(db: Archive) -> None:
    """Undo the open transaction; SQLite may have rolled it back itself (on a full disk)."""
    if db.conn.in_transaction:
        with suppress(sqlite3.OperationalError):
            db.execute("ROLLBACK")
    _undone(db)


def _undone(db: Archive) -> None:
    """After writes were undone, the facts read meanwhile may be gone with them."""
    if db.kept_facts is not None:
        db.kept_facts.forget_all()


class Batch:
    """Many small writes (one per file) in few transactions.

    Each write runs under a savepoint, so it goes in whole or not at all, and the
    transaction is committed at the first write boundary after `seconds`: a crash loses at
    most about that much work, which running again redoes. Committing once per file cost
    more than the work itself, since every commit flushes a segment of each full-text index.
    The write lock is held meanwhile, so another `add` waits at most about as long.

    A transaction is also committed once its files' text comes to `db.batch_bytes` (see
    `checkpoint_less_often`): on a nearly full disk a second's files could otherwise fill
    the write-ahead log, and be lost together. There (under `NEARLY_FULL` free) the size
    alone decides: every commit costs index pages, and committing by the clock on a slow
    machine filled a 1 MB disk after a third fewer files; the batch is small anyway.

    A write may `note` what it did; `commit` returns the notes of the writes it made
    permanent, so a caller counts only what went in. A full disk or a read-only archive is
    raised as `DiskFull` or `ReadOnly`; the open transaction's writes are then lost unless
    `commit` still succeeds (SQLite gives the whole transaction up on a full disk).
    """

    def __init__(self, db: Archive, seconds: float) -> None:
        # Each write's savepoint journals the pages it changes, about 56 a file: in a
        # temporary file, that was 1.7 M small writes for 10,000 files, and SQLite's default
        # 2 MB page cache missed most reads of the indexes the files write into. In memory
        # the journal lasts only until the write's release.
        db.execute("PRAGMA temp_store = MEMORY")
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        if not db.read_only:
            db.kept_facts = KeptFacts(db)
        self.db = db
        self.seconds = seconds
        self.opened: float | None = None
        self.notes: list[object] = []
        self.size = 0

    @contextmanager
    def write(self, size: int = 0) -> Iterator[Archive]:
        """One all-or-nothing write of about `size` bytes of text inside the open batch
        (opened here if need be)."""
        if self.opened is None:
            if self.db.read_only:
                raise ReadOnly(f"the archive is read-only: {self.db.path}")
            try:
                _when_free(self.db, lambda: self.db.execute("BEGIN IMMEDIATE"))
            except sqlite3.OperationalError as error:
                raise _friendly(error, self.db.path) from None
            self.opened = time.monotonic()
            self.size = 0
            if self.db.kept_facts is not None:
                self.db.kept_facts.begin(self.db)
        noted = len(self.notes)
        if self.db.deferred is None:
            self.db.deferred = []
        held = len(self.db.deferred)
        self.db.execute("SAVEPOINT batch_write")
        try:
            yield self.db
        except BaseException as error:
            if self.db.conn.in_transaction:
                self.db.execute("ROLLBACK TO batch_write")
                self.db.execute("RELEASE batch_write")
                del self.notes[noted:]
                del self.db.deferred[held:]
            else:  # SQLite gave the whole transaction up: every write of it is lost
                self.opened = None
                self.notes.clear()
                self.db.deferred = None
            _undone(self.db)
            if isinstance(error, sqlite3.OperationalError):
                friendly = _friendly(error, self.db.path)
                if isinstance(friendly, ReadOnly | DiskFull):
                    raise friendly from None
            raise
        self.db.execute("RELEASE batch_write")
        self.size += size

    def note(self, what: object) -> None:
        """Inside `write`: what this write did, handed back by the commit that keeps it."""
        self.notes.append(what)

    def due(self) -> bool:
        if self.opened is None:
            return False
        if self.size >= self.db.batch_bytes:
            return True
        return not self.db.nearly_full and time.monotonic() - self.opened >= self.seconds

    def commit(self) -> list[object]:
        """Make the open transaction's writes permanent; their notes, in order."""
        notes, self.notes = self.notes, []
        if self.opened is None:
            return []
        self.opened = None
        try:
            _write_deferred(self.db)
            _before_commit(self.db)
            self.db.execute("COMMIT")
        except sqlite3.OperationalError as error:
            _roll_back(self.db)
            friendly = _friendly(error, self.db.path)
            if isinstance(friendly, ReadOnly | DiskFull):
                raise friendly from None
            raise
        return notes

    def rollback(self) -> None:
        self.opened = None
        self.notes.clear()
        self.db.deferred = None
        _roll_back(self.db)


def _write_deferred(db: Archive) -> None:
    """Write the full-text index rows a `Batch` held back, in the order they came, and
    stop holding them.

    SQLite's full-text index flushes what it holds in memory as a new segment at every
    savepoint, and each file's write is one (as is every statement that runs triggers):
    written as each file came, the four indexes gained four segments a file, which cost
    about a millisecond a file to write and more to merge later. Held back to the batch's
    commit, they make one segment each per batch. Nothing reads the indexes while `add`
    writes, and a file whose write is rolled back takes its rows back with it.

    Each set of rows is let go once written: a long article's search form and its bigrams
    (with the copies SQLite and Python make of each) are then never all held at once."""
    deferred, db.deferred = db.deferred or [], None
    deferred.reverse()
    while deferred:
        sql, rows = deferred.pop()
        db.conn.executemany(sql, rows)
