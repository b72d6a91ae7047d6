"""Every SQL statement outside `migrations/`: connection set-up, schema migrations, and the
reads and writes the rest of the program needs.

Keeping SQL in one module means the schema can change in one place, and every query is
parameterised here: article text never reaches SQL or FTS syntax by string pasting.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from mouarchive.models import (
    AgreementReport,
    Article,
    Clause,
    PartialDate,
    Party,
    Region,
    Signatory,
)

if TYPE_CHECKING:
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "mouarchive"
BUSY_TIMEOUT_MS = 60_000


class StoreError(Exception):
    """A database problem told to the user in one line (no traceback)."""


# ---------------------------------------------------------------- connection and schema


def default_db_path() -> Path:
    """`$MOUARCHIVE_DB`, else the XDG data folder, as the issue tracker's users expect."""
    env = os.environ.get("MOUARCHIVE_DB")
    if env:
        return Path(env).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "mouarchive" / "archive.db"


def _migrations_dir() -> Path:
    """The wheel ships migrations inside the package; a source checkout keeps them beside it."""
    packaged = Path(__file__).resolve().parent / "migrations"
    return packaged if packaged.is_dir() else packaged.parent.parent / "migrations"


def _split_sql(script: str) -> list[str]:
    """Split a script into statements; `executescript` would commit behind our transaction."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


def _migration_files() -> list[Path]:
    return sorted(_migrations_dir().glob("[0-9][0-9][0-9][0-9]_*.sql"))


def _migration_set() -> Migrations:
    """Register each `migrations/NNNN_*.sql` with sqlite-utils' migration mechanism.

    Imported here, not at the top: sqlite-utils takes longer to import than a whole search
    takes to run, and it is needed only when the schema changes.
    """
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for path in _migration_files():
        statements = _split_sql(path.read_text(encoding="utf-8"))

        def apply(db, statements: list[str] = statements) -> None:
            for statement in statements:
                db.execute(statement)

        migrations(name=path.stem)(apply)
    return migrations


def _applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names recorded in sqlite-utils' `_sqlite_migrations` table, in order applied."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    if not exists:
        return []
    return [
        name
        for (name,) in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
            [MIGRATION_SET],
        )
    ]


class Archive:
    """An open archive: its connection, and `execute` for brevity.

    Deliberately thin: sqlite-utils' `Archive` is used only to apply migrations.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Sequence | dict = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)


def _friendly(error: sqlite3.Error, path: Path) -> StoreError:
    message = str(error)
    if "locked" in message or "busy" in message:
        return StoreError(f"{path}: database is busy in another process; try again")
    if "readonly" in message or "read-only" in message:
        return StoreError(f"{path}: database is read-only")
    if "disk is full" in message or "disk I/O" in message:
        return StoreError(f"{path}: cannot write ({message})")
    if "not a database" in message or "malformed" in message:
        return StoreError(f"{path}: not a mouarchive database ({message})")
    return StoreError(f"{path}: {message}")


def open_archive(path: Path) -> Archive:
    """Open (creating if needed) an archive and bring its schema up to date.

    WAL and a long busy timeout let two `add` processes write at once: each waits its turn
    instead of failing with "database is locked".
    """
    path = path.expanduser().resolve()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(
            f"{path.parent}: cannot create database folder ({error.strerror})"
        ) from None
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a database file")
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        db = Archive(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        db.execute("PRAGMA foreign_keys = ON")
        _when_free(lambda: _set_up(db, path))
    except sqlite3.Error as error:
        raise _friendly(error, path) from None
    return db


def _set_up(db: Archive, path: Path) -> None:
    if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    _migrate(db, path)


def _when_free(operation: Callable[[], object], attempts: int = 8) -> None:
    """Run `operation` again while another process holds a lock SQLite would not wait for.

    The busy timeout covers ordinary waits, but some lock steps fail at once: switching a
    brand-new file to WAL while a second `add` is creating it (seen about once in 20 runs
    of the two-process test under load), or taking the write lock in a busy moment.
    """
    for attempt in range(attempts):
        try:
            operation()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or attempt == attempts - 1:
                raise
            time.sleep(0.25 * (attempt + 1))


def _migrate(db: Archive, path: Path) -> None:
    known = [file.stem for file in _migration_files()]
    applied = _applied_migrations(db.conn)
    newer = [name for name in applied if name not in known]
    if newer:
        raise StoreError(
            f"{path}: made by a newer mouarchive (schema {newer[-1]});"
            " upgrade mouarchive to open it"
        )
    if set(known) <= set(applied):
        return
    from sqlite_utils import Database

    # Hold the write lock across the check and the apply, so two processes opening a new
    # archive at once do not both try to create it. A migration that replaces an index
    # leaves it empty: fill it in the same transaction, before any new row makes the
    # newest-row check in `index_missing` believe the index complete.
    with transaction(db):
        _migration_set().apply(Database(db.conn, execute_plugins=False))
        index_missing(db)


def checkpoint_less_often(db: Archive) -> None:
    """Let the WAL grow to ~40 MB before this connection copies it into the database.

    `add` commits once per file, and each commit rewrites the same index pages; at the
    default 4 MB, a checkpoint every few dozen files copies (and syncs) those pages again
    and again. Measured on 2,000 synthetic articles: commits 25 % cheaper, `add` 15–30 %
    faster. The WAL is folded in when the last connection closes.
    """
    db.execute("PRAGMA wal_autocheckpoint = 10000")


def schema_version(db: Archive) -> str | None:
    applied = _applied_migrations(db.conn)
    return applied[-1] if applied else None


@contextmanager
def transaction(db: Archive) -> Iterator[Archive]:
    """A write transaction that takes the write lock up front (BEGIN IMMEDIATE).

    A deferred transaction that later upgrades to a writer can fail at once with
    SQLITE_BUSY despite the busy timeout; taking the lock first makes it wait instead.
    """
    if db.conn.in_transaction:
        db.execute("SAVEPOINT nested")
        try:
            yield db
        except BaseException:
            db.execute("ROLLBACK TO nested")
            raise
        finally:
            db.execute("RELEASE nested")
        return
    _when_free(lambda: db.execute("BEGIN IMMEDIATE"))
    try:
        yield db
        db.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise


# ---------------------------------------------------------------- sources and articles


def source_id_by_hash(db: Archive, sha256: str) -> int | None:
    row = db.execute("SELECT id FROM sources WHERE sha256 = ?", [sha256]).fetchone()
    return row[0] if row else None


def insert_source(
    db: Archive, *, sha256: str, path: str, encoding: str, warnings: list[str], raw_text: str
) -> int:
    cursor = db.execute(
        "INSERT INTO sources (sha256, path, encoding, warnings, raw_text, added_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            sha256,
            path,
            encoding,
            "\n".join(warnings) or None,
            zlib.compress(raw_text.encode("utf-8"), 6),
            datetime.now(UTC).isoformat(timespec="seconds"),
        ],
    )
    return cursor.lastrowid


def insert_article(db: Archive, article: Article, sha256: str) -> tuple[int, bool]:
    """Store an article once; return its id and whether it is new.

    An article already stored from another file keeps its metadata, but fields it lacked
    are filled from this copy (one outlet's file may carry the date the other lacks).
    """
    published = article.published
    row = db.execute("SELECT id, title, body FROM articles WHERE sha256 = ?", [sha256]).fetchone()
    if row:
        db.execute(
            "UPDATE articles SET"
            " title = coalesce(title, ?), subtitle = coalesce(subtitle, ?),"
            " outlet = coalesce(outlet, ?), reporter = coalesce(reporter, ?),"
            " email = coalesce(email, ?), url = coalesce(url, ?),"
            " published_precision = CASE WHEN published IS NULL AND ? IS NOT NULL"
            "   THEN ? ELSE published_precision END,"
            " published = coalesce(published, ?)"
            " WHERE id = ?",
            [
                article.title,
                article.subtitle,
                article.outlet,
                article.reporter,
                article.email,
                article.url,
                published.iso if published else None,
                published.precision if published else "unknown",
                published.iso if published else None,
                row[0],
            ],
        )
        if row[1] is None and article.title:
            reindex_article(db, row[0], old_title=None, title=article.title, body=row[2])
        return row[0], False
    cursor = db.execute(
        "INSERT INTO articles (sha256, title, subtitle, outlet, reporter, email, url,"
        " published, published_precision, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            sha256,
            article.title,
            article.subtitle,
            article.outlet,
            article.reporter,
            article.email,
            article.url,
            published.iso if published and published.iso else None,
            published.precision if published and published.iso else "unknown",
            article.body,
        ],
    )
    index_article(db, cursor.lastrowid, article)
    return cursor.lastrowid, True


def source_article_count(db: Archive, source_id: int) -> int:
    return db.execute(
        "SELECT count(*) FROM article_sources WHERE source_id = ?", [source_id]
    ).fetchone()[0]


def link_article_source(db: Archive, article_id: int, source_id: int, position: int) -> None:
    db.execute(
        "INSERT OR IGNORE INTO article_sources (article_id, source_id, position) VALUES (?, ?, ?)",
        [article_id, source_id, position],
    )


def load_article(db: Archive, article_id: int) -> Article | None:
    row = db.execute(
        "SELECT title, body, subtitle, outlet, reporter, email, published, url"
        " FROM articles WHERE id = ?",
        [article_id],
    ).fetchone()
    if row is None:
        return None
    title, body, subtitle, outlet, reporter, email, published, url = row
    return Article(
        title=title,
        body=body,
        subtitle=subtitle,
        outlet=outlet,
        reporter=reporter,
        email=email,
        published=PartialDate.parse_iso(published),
        url=url,
    )


def article_ids(db: Archive) -> list[int]:
    return [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]


# ---------------------------------------------------------------- agreements


def clear_agreements(db: Archive) -> None:
    """Forget every extraction, so `reextract` can rebuild them from the stored articles.

    Deleting reports cascades to their parties, signatories, regions and clauses.
    """
    db.execute("DELETE FROM reports")
    db.execute("DELETE FROM agreements")
    clear_clause_index(db)


def save_reports(db: Archive, article_id: int, reports: list[AgreementReport]) -> list[int]:
    """Store an article's reports, each joining the agreement it reports or a new one.

    Returns the agreement id of each report, in order.
    """
    from mouarchive.merge import same_signing

    agreement_ids = []
    for position, report in enumerate(reports):
        agreement_id = next(
            (
                candidate_id
                for candidate_id, candidate in _merge_candidates(db, report, article_id)
                if same_signing(report, candidate)
            ),
            None,
        )
        if agreement_id is None:
            agreement_id = db.execute(
                "INSERT INTO agreements (date_precision, status, kind) VALUES ('unknown', ?, ?)",
                [report.status, report.kind],
            ).lastrowid
        _insert_report(db, agreement_id, article_id, position, report)
        _refresh_agreement(db, agreement_id)
        agreement_ids.append(agreement_id)
    return agreement_ids


def _merge_candidates(
    db: Archive, report: AgreementReport, article_id: int
) -> Iterator[tuple[int, AgreementReport]]:
    """Agreements sharing a party and a compatible date with `report`, as merged reports.

    SQL narrows the field so merging stays cheap on a large archive; comparing against each
    agreement's merged facts (one row) rather than every report keeps a much-reported
    signing from costing a query per report. `merge.same_signing` decides.
    """
    names = [party.name for party in report.parties]
    if not names:
        return
    date = report.date or PartialDate()
    if date.year is None:
        # Any year fits: start from the reports naming the parties.
        narrow = (
            "a.id IN (SELECT r.agreement_id FROM reports r JOIN parties p ON p.report_id = r.id"
            " WHERE p.name IN (SELECT value FROM json_each(?)) AND r.article_id != ?)"
        )
        narrow_params = [json.dumps(names), article_id]
    else:
        # Start from the year (the date index), not the parties: a province or a frequent
        # partner stands in thousands of reports, a year's signings with it in a few.
        narrow = (
            "(a.year = ? OR a.year IS NULL) AND EXISTS (SELECT 1 FROM reports r"
            " JOIN parties p ON p.report_id = r.id WHERE r.agreement_id = a.id"
            " AND r.article_id != ? AND p.name IN (SELECT value FROM json_each(?)))"
        )
        narrow_params = [date.year, article_id, json.dumps(names)]
    rows = db.execute(
        "SELECT a.id, a.year, a.month, a.day, a.date_text, a.status, a.title, a.kind,"
        f" a.parties, a.clauses FROM agreements a WHERE {narrow}"
        " AND (a.month IS NULL OR ? IS NULL OR a.month = ?)"
        " AND (a.day IS NULL OR ? IS NULL OR a.day = ?)"
        " ORDER BY a.id LIMIT 200",
        [*narrow_params, *[date.month] * 2, *[date.day] * 2],
    ).fetchall()
    for agreement_id, year, month, day, date_text, status, title, kind, parties, clauses in rows:
        known = PartialDate(year, month, day)
        yield (
            agreement_id,
            AgreementReport(
                title=title,
                kind=kind,
                status=status,
                date=known if known.precision != "unknown" else None,
                date_text=date_text,
                parties=[Party(name=name, span=(0, 0)) for name in json.loads(parties)],
                clauses=[Clause(text=text, span=(0, 0)) for text in json.loads(clauses)],
            ),
        )


def _insert_report(
    db: Archive, agreement_id: int, article_id: int, position: int, report: AgreementReport
) -> None:
    date = report.date or PartialDate()
    date_span = report.date_span or (None, None)
    evidence = report.evidence_span or (None, None)
    report_id = db.execute(
        "INSERT INTO reports (agreement_id, article_id, position, year, month, day, date_text,"
        " date_start, date_end, status, title, kind, place, clauses_stated,"
        " evidence_start, evidence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            agreement_id,
            article_id,
            position,
            date.year,
            date.month,
            date.day,
            report.date_text,
            *date_span,
            report.status,
            report.title,
            report.kind,
            report.place,
            report.clauses_stated,
            *evidence,
        ],
    ).lastrowid
    db.conn.executemany(
        "INSERT INTO parties (report_id, position, name, region, start, end)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(report_id, i, p.name, p.region, *p.span) for i, p in enumerate(report.parties)],
    )
    db.conn.executemany(
        "INSERT INTO signatories (report_id, position, name, title, organization, start, end)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (report_id, i, s.name, s.title, s.organization, *s.span)
            for i, s in enumerate(report.signatories)
        ],
    )
    db.conn.executemany(
        "INSERT INTO report_regions (report_id, region, ambiguous) VALUES (?, ?, ?)",
        [(report_id, r.name, int(r.ambiguous)) for r in report.regions],
    )
    db.conn.executemany(
        "INSERT INTO clauses (report_id, position, text, start, end) VALUES (?, ?, ?, ?, ?)",
        [(report_id, i, c.text, *c.span) for i, c in enumerate(report.clauses)],
    )
    index_report_clauses(db, report_id)


def _load_report(db: Archive, report_id: int) -> AgreementReport:
    r = _row(
        db,
        "SELECT year, month, day, date_text, date_start, date_end, status, title, kind, place,"
        " clauses_stated, evidence_start, evidence_end FROM reports WHERE id = ?",
        [report_id],
    )
    date = PartialDate(r["year"], r["month"], r["day"])
    return AgreementReport(
        title=r["title"],
        kind=r["kind"],
        status=r["status"],
        date=date if date.precision != "unknown" else None,
        date_text=r["date_text"],
        date_span=(r["date_start"], r["date_end"]) if r["date_start"] is not None else None,
        place=r["place"],
        parties=[
            Party(name=name, region=region, span=(start, end))
            for name, region, start, end in db.execute(
                "SELECT name, region, start, end FROM parties"
                " WHERE report_id = ? ORDER BY position",
                [report_id],
            )
        ],
        signatories=[
            Signatory(name=name, title=title_, organization=org, span=(start, end))
            for name, title_, org, start, end in db.execute(
                "SELECT name, title, organization, start, end FROM signatories"
                " WHERE report_id = ? ORDER BY position",
                [report_id],
            )
        ],
        regions=[
            Region(name=name, ambiguous=bool(ambiguous))
            for name, ambiguous in db.execute(
                "SELECT region, ambiguous FROM report_regions WHERE report_id = ? ORDER BY id",
                [report_id],
            )
        ],
        clauses=[
            Clause(text=text, span=(start, end))
            for text, start, end in db.execute(
                "SELECT text, start, end FROM clauses WHERE report_id = ? ORDER BY position",
                [report_id],
            )
        ],
        clauses_stated=r["clauses_stated"],
        evidence_span=(
            (r["evidence_start"], r["evidence_end"]) if r["evidence_start"] is not None else None
        ),
    )


def _refresh_agreement(db: Archive, agreement_id: int) -> None:
    """Recompute an agreement's merged facts from its reports (or drop it when none is left)."""
    from mouarchive.merge import combine

    report_ids = [
        row[0]
        for row in db.execute(
            "SELECT r.id FROM reports r JOIN articles a ON a.id = r.article_id"
            " WHERE r.agreement_id = ? ORDER BY a.published IS NULL, a.published, r.id",
            [agreement_id],
        )
    ]
    if not report_ids:
        db.execute("DELETE FROM agreements WHERE id = ?", [agreement_id])
        return
    merged = combine([_load_report(db, report_id) for report_id in report_ids])
    date = merged.date or PartialDate()
    db.execute(
        "UPDATE agreements SET date = ?, year = ?, month = ?, day = ?, date_precision = ?,"
        " date_text = ?, status = ?, title = ?, kind = ?, place = ?, parties = ?,"
        " signatories = ?, regions = ?, ambiguous_regions = ?, clauses = ?, clauses_stated = ?"
        " WHERE id = ?",
        [
            date.iso,
            date.year,
            date.month,
            date.day,
            date.precision,
            merged.date_text,
            merged.status,
            merged.title,
            merged.kind,
            merged.place,
            _json([p.name for p in merged.parties]),
            _json(
                [
                    {"name": s.name, "title": s.title, "organization": s.organization}
                    for s in merged.signatories
                ]
            ),
            _json([r.name for r in merged.regions if not r.ambiguous]),
            _json([r.name for r in merged.regions if r.ambiguous]),
            _json([c.text for c in merged.clauses]),
            merged.clauses_stated,
            agreement_id,
        ],
    )


def _row(db: Archive, sql: str, parameters: Sequence) -> dict | None:
    """One row as a dict by column name, for rows too wide to unpack by position."""
    cursor = db.execute(sql, parameters)
    row = cursor.fetchone()
    return None if row is None else dict(zip([c[0] for c in cursor.description], row, strict=True))


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------------- reading


@dataclass
class Counts:
    sources: int
    articles: int
    agreements: int
    clauses: int


def counts(db: Archive) -> Counts:
    def count(table: str) -> int:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    return Counts(
        sources=count("sources"),
        articles=count("articles"),
        agreements=count("agreements"),
        clauses=count("clauses"),
    )


_AGREEMENT_COLUMNS = (
    "id, date, date_precision, date_text, status, title, kind, place, parties, signatories,"
    " regions, clauses, clauses_stated"
)
_AGREEMENT_KEYS = [name.strip() for name in _AGREEMENT_COLUMNS.split(",")]
_JSON_KEYS = {"parties", "signatories", "regions", "clauses"}


def _agreement_object(db: Archive, row: tuple) -> dict:
    """The agreement object scripts depend on (issue #3's shape: the columns in order, then
    the sources)."""
    agreement = {
        key: json.loads(value) if key in _JSON_KEYS else value
        for key, value in zip(_AGREEMENT_KEYS, row, strict=True)
    }
    agreement["sources"] = agreement_sources(db, agreement["id"])
    return agreement


def agreement_sources(db: Archive, agreement_id: int) -> list[dict]:
    """One entry per reporting article, oldest first, with the file it was first read from."""
    return [
        {
            "article_id": article_id,
            "path": path,
            "outlet": outlet,
            "title": title,
            "published": published,
        }
        for article_id, path, outlet, title, published in db.execute(
            "SELECT a.id, (SELECT s.path FROM article_sources x"
            "   JOIN sources s ON s.id = x.source_id"
            "   WHERE x.article_id = a.id ORDER BY s.id LIMIT 1),"
            " a.outlet, a.title, a.published"
            " FROM reports r JOIN articles a ON a.id = r.article_id"
            " WHERE r.agreement_id = ? GROUP BY a.id"
            " ORDER BY a.published IS NULL, a.published, a.id",
            [agreement_id],
        )
    ]


def get_agreement(db: Archive, agreement_id: int) -> dict | None:
    row = db.execute(
        f"SELECT {_AGREEMENT_COLUMNS} FROM agreements WHERE id = ?", [agreement_id]
    ).fetchone()
    return _agreement_object(db, row) if row else None


def iter_agreements(db: Archive) -> Iterator[dict]:
    """Every agreement, by id, streamed: constant memory however large the archive."""
    cursor = db.conn.cursor()
    cursor.execute(f"SELECT {_AGREEMENT_COLUMNS} FROM agreements ORDER BY id")
    for row in cursor:
        yield _agreement_object(db, row)


def agreement_extras(db: Archive, agreement_id: int) -> dict:
    """What `show` prints beyond the agreement object: open readings and a yearless day."""
    ambiguous, day = db.execute(
        "SELECT ambiguous_regions, day FROM agreements WHERE id = ?", [agreement_id]
    ).fetchone()
    return {"ambiguous_regions": json.loads(ambiguous), "day": day}


@dataclass
class Evidence:
    """A report of an agreement as one article tells it, with the text behind each fact."""

    report_id: int
    article_id: int
    body: str
    report: AgreementReport


def agreement_evidence(db: Archive, agreement_id: int) -> list[Evidence]:
    rows = db.execute(
        "SELECT r.id, r.article_id, a.body FROM reports r JOIN articles a ON a.id = r.article_id"
        " WHERE r.agreement_id = ? ORDER BY a.published IS NULL, a.published, r.id",
        [agreement_id],
    ).fetchall()
    return [
        Evidence(report_id, article_id, body, _load_report(db, report_id))
        for report_id, article_id, body in rows
    ]


def article_agreement_ids(db: Archive, article_id: int) -> list[int]:
    return [
        row[0]
        for row in db.execute(
            "SELECT agreement_id FROM reports WHERE article_id = ? ORDER BY position", [article_id]
        )
    ]


def article_row(db: Archive, article_id: int) -> dict | None:
    """An article with its files, for `show --article`."""
    row = db.execute(
        "SELECT id, title, subtitle, outlet, reporter, email, url, published, body"
        " FROM articles WHERE id = ?",
        [article_id],
    ).fetchone()
    if row is None:
        return None
    keys = ["id", "title", "subtitle", "outlet", "reporter", "email", "url", "published", "body"]
    article = dict(zip(keys, row, strict=True))
    article["paths"] = [
        path
        for (path,) in db.execute(
            "SELECT s.path FROM article_sources x JOIN sources s ON s.id = x.source_id"
            " WHERE x.article_id = ? ORDER BY s.id",
            [article_id],
        )
    ]
    return article


# ---------------------------------------------------------------- timeline, partners, stats, export


_IN_REGION = "j.value = ? OR substr(j.value, 1, length(?) + 1) = ? || ' '"
"""A canonical region name `j.value` lies in the region bound three times: it is the region
or one of its districts ("광주광역시 서구"), never a namesake ("경기도 광주시")."""


def agreement_summaries(db: Archive, region: str | None = None) -> Iterator[dict]:
    """Every agreement with what filtering and ordering need, streamed, without its sources.

    Sources cost a query each, so `timeline` fetches them (via `get_agreement`) only for
    the agreements its filters keep. `party_regions` maps each party to the region it
    stands for, so the asked-about region's party can be listed first. With `region`
    (canonical), only agreements in it or its districts, certainly or ambiguously, come:
    the filter then skips the per-agreement lookups of all the others.
    """
    where, params = "", []
    if region:
        where = (
            f" WHERE EXISTS (SELECT 1 FROM json_each(g.regions) j WHERE {_IN_REGION})"
            f" OR EXISTS (SELECT 1 FROM json_each(g.ambiguous_regions) j WHERE {_IN_REGION})"
        )
        params = [region] * 6
    cursor = db.conn.cursor()
    cursor.execute(
        "SELECT g.id, g.year, g.month, g.day, g.status, g.kind, g.parties, g.regions,"
        " g.ambiguous_regions,"
        " (SELECT json_group_array(json_array(p.name, p.region)) FROM parties p"
        "   JOIN reports r ON r.id = p.report_id WHERE r.agreement_id = g.id),"
        " (SELECT min(a.published) FROM reports r JOIN articles a ON a.id = r.article_id"
        f"   WHERE r.agreement_id = g.id) FROM agreements g{where} ORDER BY g.id",
        params,
    )
    for row in cursor:
        (agreement_id, year, month, day, status, kind, parties, regions, ambiguous) = row[:9]
        party_regions: dict[str, str | None] = {}
        for name, region in json.loads(row[9] or "[]"):
            party_regions[name] = party_regions.get(name) or region
        yield {
            "id": agreement_id,
            "year": year,
            "month": month,
            "day": day,
            "status": status,
            "kind": kind,
            "parties": json.loads(parties),
            "regions": json.loads(regions),
            "ambiguous_regions": json.loads(ambiguous),
            "party_regions": party_regions,
            "first_published": row[10],
        }


def iter_article_rows(db: Archive) -> Iterator[dict]:
    """Every article for `export --what articles`, by id, streamed."""
    cursor = db.conn.cursor()
    cursor.execute(
        "SELECT a.id, a.title, a.outlet, a.reporter, a.published, a.url,"
        " (SELECT json_group_array(path) FROM (SELECT s.path FROM article_sources x"
        "   JOIN sources s ON s.id = x.source_id WHERE x.article_id = a.id ORDER BY s.id)),"
        " a.body FROM articles a ORDER BY a.id"
    )
    for article_id, title, outlet, reporter, published, url, paths, body in cursor:
        yield {
            "id": article_id,
            "title": title,
            "outlet": outlet,
            "reporter": reporter,
            "published": published,
            "url": url,
            "paths": json.loads(paths or "[]"),
            "body": body,
        }


def iter_clause_rows(db: Archive) -> Iterator[dict]:
    """Every clause as an article reported it, for `export --what clauses`, streamed."""
    cursor = db.conn.cursor()
    cursor.execute(
        "SELECT c.id, r.agreement_id, r.article_id, c.position, c.text"
        " FROM clauses c JOIN reports r ON r.id = c.report_id ORDER BY c.id"
    )
    for clause_id, agreement_id, article_id, position, text in cursor:
        yield {
            "id": clause_id,
            "agreement_id": agreement_id,
            "article_id": article_id,
            "position": position,
            "text": text,
        }


def archive_stats(db: Archive, top: int) -> dict:
    """Counts, date span, the `top` most frequent regions/parties/outlets, and what the
    extractor left incomplete, for `mouarchive stats`."""

    def one(sql: str) -> object:
        row = db.execute(sql).fetchone()
        return row[0] if row else None

    def ranked(sql: str) -> list[tuple[str, int]]:
        return [(name, count) for name, count in db.execute(sql, [top])]

    return {
        "sources": one("SELECT count(*) FROM sources"),
        "articles": one("SELECT count(*) FROM articles"),
        "agreements": one("SELECT count(*) FROM agreements"),
        "clauses": one("SELECT count(*) FROM clauses"),
        "agreement_clauses": one(
            "SELECT coalesce(sum(json_array_length(clauses)), 0) FROM agreements"
        ),
        "first_date": one(
            "SELECT date FROM agreements WHERE year IS NOT NULL"
            " ORDER BY year, coalesce(month, 0), coalesce(day, 0) LIMIT 1"
        ),
        "last_date": one(
            "SELECT date FROM agreements WHERE year IS NOT NULL"
            " ORDER BY year DESC, coalesce(month, 13) DESC, coalesce(day, 32) DESC LIMIT 1"
        ),
        "articles_without_agreement": one(
            "SELECT count(*) FROM articles a"
            " WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.article_id = a.id)"
        ),
        "agreements_without_date": one("SELECT count(*) FROM agreements WHERE year IS NULL"),
        "agreements_without_clauses": one(
            "SELECT count(*) FROM agreements WHERE json_array_length(clauses) = 0"
        ),
        "agreements_ambiguous_region": one(
            "SELECT count(*) FROM agreements WHERE json_array_length(ambiguous_regions) > 0"
        ),
        "top_regions": ranked(
            "SELECT j.value, count(*) FROM agreements g, json_each(g.regions) j"
            " GROUP BY j.value ORDER BY count(*) DESC, j.value LIMIT ?"
        ),
        "top_parties": ranked(
            "SELECT j.value, count(*) FROM agreements g, json_each(g.parties) j"
            " GROUP BY j.value ORDER BY count(*) DESC, j.value LIMIT ?"
        ),
        "top_outlets": ranked(
            "SELECT outlet, count(*) FROM articles WHERE outlet IS NOT NULL"
            " GROUP BY outlet ORDER BY count(*) DESC, outlet LIMIT ?"
        ),
    }


# ---------------------------------------------------------------- search


_INDEXES = {
    "article": {"words": "articles_fts", "grams": "articles_grams"},
    "clause": {"words": "clauses_fts", "grams": "clauses_grams"},
}
"""Each searchable kind's two indexes (migration 0003): "words" answers terms of 3+
characters (trigrams), "grams" terms of 1 or 2 (bigrams)."""
_INDEX_COLUMNS = {"article": "title, body", "clause": "text"}


def _index(
    db: Archive,
    kind: str,
    rows: Iterable[tuple],
    *,
    delete: bool = False,
    indexes: tuple[str, ...] = ("words", "grams"),
) -> None:
    """Add (or, repeating what was indexed, remove) rows of one kind in its indexes.

    The indexes are filled by the program: they hold the search form of the text ("words")
    and that form's bigrams ("grams"). An external-content or contentless FTS5 table
    removes an entry only when told the exact values it was indexed with.
    """
    from mouarchive.text.searchform import fold, index_tokens

    words: list[tuple] = []
    grams: list[tuple] = []
    for rowid, *texts in rows:
        folded = [fold(text or "") for text in texts]
        words.append((rowid, *folded))
        if "grams" in indexes:
            grams.append((rowid, *(index_tokens(form) for form in folded)))
    columns = _INDEX_COLUMNS[kind]
    marks = ", ".join("?" * (columns.count(",") + 1))
    for index in indexes:
        table = _INDEXES[kind][index]
        if delete:
            sql = f"INSERT INTO {table} ({table}, rowid, {columns}) VALUES ('delete', ?, {marks})"
        else:
            sql = f"INSERT INTO {table} (rowid, {columns}) VALUES (?, {marks})"
        db.conn.executemany(sql, words if index == "words" else grams)


def index_article(db: Archive, article_id: int, article: Article) -> None:
    """Index a new article's title and body for `search`."""
    _index(db, "article", [(article_id, article.title, article.body)])


def reindex_article(
    db: Archive, article_id: int, *, old_title: str | None, title: str | None, body: str
) -> None:
    """Re-index an article whose title changed (a second copy supplied the missing one)."""
    _index(db, "article", [(article_id, old_title, body)], delete=True)
    _index(db, "article", [(article_id, title, body)])


def index_report_clauses(db: Archive, report_id: int) -> None:
    rows = db.execute("SELECT id, text FROM clauses WHERE report_id = ?", [report_id]).fetchall()
    _index(db, "clause", rows)


def clear_clause_index(db: Archive) -> None:
    for table in _INDEXES["clause"].values():
        db.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")


_INDEXED = (("article", "articles"), ("clause", "clauses"))


def index_missing(db: Archive) -> None:
    """Index rows an index lacks: an archive made before it existed, once.

    Rows are indexed as they are written, so the newest row of each table and of its
    indexes agree unless an older archive predates an index; comparing them costs
    microseconds, so `search` checks on every run.
    """
    stale = " OR ".join(
        f"(SELECT max(id) FROM {source}) IS NOT (SELECT max(id) FROM {table}_docsize)"
        for kind, source in _INDEXED
        for table in _INDEXES[kind].values()
    )
    if not db.execute(f"SELECT {stale}").fetchone()[0]:
        return
    with transaction(db):
        for kind, source in _INDEXED:
            for index, table in _INDEXES[kind].items():
                rows = db.execute(
                    f"SELECT id, {_INDEX_COLUMNS[kind]} FROM {source}"
                    f" WHERE id NOT IN (SELECT id FROM {table}_docsize)"
                ).fetchall()
                _index(db, kind, rows, indexes=(index,))


@dataclass(frozen=True)
class SearchFilters:
    """Restrictions on hits; dates are ISO, possibly partial, both ends inclusive."""

    region: str | None = None  # canonical: matches itself and its districts
    party: str | None = None  # part of a party name
    outlet: str | None = None  # part of an outlet name
    since: str | None = None
    until: str | None = None


def _filter_sql(filters: SearchFilters, *, date: str, agreement_of: str) -> tuple[str, list]:
    """WHERE conditions for `filters`; `agreement_of` selects the agreement ids concerned."""
    conditions, params = [], []
    if filters.outlet:
        conditions.append("instr(a.outlet, ?) > 0")
        params.append(filters.outlet)
    if filters.since:
        conditions.append(f"{date} >= ?")
        params.append(filters.since)
    if filters.until:
        # "2023-06~" sorts after every date in June 2023 and before July.
        conditions.append(f"{date} <= ? || '~'")
        params.append(filters.until)
    if filters.region:
        conditions.append(
            f"EXISTS (SELECT 1 FROM agreements g2, json_each(g2.regions) j"
            f" WHERE g2.id IN ({agreement_of}) AND ({_IN_REGION}))"
        )
        params += [filters.region] * 3
    if filters.party:
        conditions.append(
            f"EXISTS (SELECT 1 FROM agreements g2, json_each(g2.parties) j"
            f" WHERE g2.id IN ({agreement_of}) AND instr(j.value, ?) > 0)"
        )
        params.append(filters.party)
    return "".join(f" AND {c}" for c in conditions), params


@dataclass(frozen=True)
class Lookup:
    """A query as the indexes answer it: FTS5 expressions, each on one index of a kind.

    The rows matching any `ranked` expression are the candidates, scored by the sum of
    their bm25; each `required` entry must hold (one of its expressions matches); no
    `excluded` expression may match. An index is "words" or "grams" (see `_INDEXES`).
    """

    ranked: tuple[tuple[str, str], ...]
    required: tuple[tuple[tuple[str, str], ...], ...] = ()
    excluded: tuple[tuple[str, str], ...] = ()


def _lookup_sql(lookup: Lookup, kind: str, column: str) -> tuple[str, list]:
    """WHERE conditions on `column` (a row id) for the lookup's required and excluded parts.

    Each is a filter, never the way in: "+" keeps SQLite from handing the row ids to the
    ranking index, which would rerun its whole query once per id. Alternatives are one IN
    over a UNION, not IN … OR IN …, which SQLite would also try to answer row by row.
    """

    def matching(options: Sequence[tuple[str, str]]) -> str:
        tables = [_INDEXES[kind][index] for index, _ in options]
        union = " UNION ".join(f"SELECT rowid FROM {t} WHERE {t} MATCH ?" for t in tables)
        return f"+{column} IN ({union})"

    conditions, params = [], []
    for options in lookup.required:
        conditions.append(matching(options))
        params += [match for _, match in options]
    for option in lookup.excluded:
        conditions.append("NOT " + matching([option]))
        params.append(option[1])
    return "".join(f" AND {c}" for c in conditions), params


def _union(lookup: Lookup, kind: str, weights: str) -> tuple[str, list]:
    """The candidates of a lookup ranked on several indexes: (id, summed bm25) rows."""
    parts = []
    for index, _ in lookup.ranked:
        table = _INDEXES[kind][index]
        parts.append(
            f"SELECT rowid AS id, bm25({table}{weights}) AS score"
            f" FROM {table} WHERE {table} MATCH ?"
        )
    sql = "(SELECT id, sum(score) AS score FROM (" + " UNION ALL ".join(parts) + ") GROUP BY id)"
    return sql, [match for _, match in lookup.ranked]


_ARTICLE_AGREEMENTS = "SELECT r2.agreement_id FROM reports r2 WHERE r2.article_id = a.id"
_ARTICLE_WEIGHTS = ", 4.0, 1.0"  # a title match counts four times a body match
RANKED_AT_MOST = 10_000
"""Without filters, relevance scores at most this many matches: the most recently added.

bm25 must score every candidate (about 2 µs each, more for long phrases), so a term found
in most of a large archive would cost hundreds of milliseconds to rank. Its idf is then
close to zero anyway: its scores barely differ, and the newest matches are the useful ones.
"""
_WALK_DATES_ABOVE = 0.02
"""Newest-first walks the date index when more than this share of rows match (it meets 20
matches within a few thousand rows); otherwise it sorts the matches."""
_PROBE_ABOVE = 0.2
"""Above this share, newest-first probes the index row by row along the dates instead of
listing every match first: the 20 newest come within the first hundred rows or so."""


def _rank_floor(db: Archive, lookup: Lookup, kind: str, count: int) -> int:
    """The smallest rowid among the `RANKED_AT_MOST` most recently added matches."""
    if count <= RANKED_AT_MOST:
        return 0
    ((index, match),) = lookup.ranked
    table = _INDEXES[kind][index]
    also, params = _lookup_sql(lookup, kind, "rowid")
    return db.execute(
        f"SELECT rowid FROM {table} WHERE {table} MATCH ?{also}"
        " ORDER BY rowid DESC LIMIT 1 OFFSET ?",
        [match, *params, RANKED_AT_MOST - 1],
    ).fetchone()[0]


def search_articles(
    db: Archive,
    lookup: Lookup,
    filters: SearchFilters,
    *,
    order: str,
    limit: int | None,
    count: int,
) -> list[tuple[int, float | None]]:
    """(article id, bm25 score: lower is better) for the articles a lookup finds.

    `count` (from `count_articles`) picks the cheap plan. Newest-first scores nothing (the
    score is None): scoring is what costs, and the order does not need it.
    """
    where, params = _filter_sql(filters, date="a.published", agreement_of=_ARTICLE_AGREEMENTS)
    also, also_params = _lookup_sql(lookup, "article", "a.id")
    limit_sql = "" if limit is None else f" LIMIT {int(limit)}"
    if len(lookup.ranked) > 1:
        union, union_params = _union(lookup, "article", _ARTICLE_WEIGHTS)
        score, ordering = ("NULL", "") if order == "date" else ("m.score", "m.score, ")
        return db.execute(
            f"SELECT a.id, {score} FROM {union} m JOIN articles a ON a.id = m.id"
            f" WHERE 1{also}{where} ORDER BY {ordering}a.published DESC, a.id DESC{limit_sql}",
            [*union_params, *also_params, *params],
        ).fetchall()
    ((index, match),) = lookup.ranked
    table = _INDEXES["article"][index]
    if order == "date":
        share = count / (db.execute("SELECT max(id) FROM articles").fetchone()[0] or 1)
        if share > _PROBE_ABOVE and "*" not in match:
            # Most articles match: walk the dates and ask the index about each in turn
            # (not for a prefix query, which would merge many token lists at every step).
            source = (
                " FROM articles a INDEXED BY articles_published"
                f" CROSS JOIN {table} ON {table}.rowid = a.id WHERE {table} MATCH ?"
            )
        else:
            walk = " INDEXED BY articles_published" if share > _WALK_DATES_ABOVE else ""
            source = (
                f" FROM articles a{walk}"
                f" WHERE a.id IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)"
            )
        return db.execute(
            f"SELECT a.id, NULL{source}{also}{where}"
            f" ORDER BY a.published DESC, a.id DESC{limit_sql}",
            [match, *also_params, *params],
        ).fetchall()
    floor = 0 if where or limit is None else _rank_floor(db, lookup, "article", count)
    return db.execute(
        f"SELECT a.id, bm25({table}{_ARTICLE_WEIGHTS}) AS score"
        f" FROM {table} JOIN articles a ON a.id = {table}.rowid"
        f" WHERE {table} MATCH ? AND {table}.rowid >= ?{also}{where}"
        f" ORDER BY score, a.published DESC, a.id DESC{limit_sql}",
        [match, floor, *also_params, *params],
    ).fetchall()


def count_articles(db: Archive, lookup: Lookup, filters: SearchFilters) -> int:
    where, params = _filter_sql(filters, date="a.published", agreement_of=_ARTICLE_AGREEMENTS)
    if len(lookup.ranked) > 1:
        union, union_params = _union(lookup, "article", _ARTICLE_WEIGHTS)
        also, also_params = _lookup_sql(lookup, "article", "a.id")
        sql = f"SELECT count(*) FROM {union} m JOIN articles a ON a.id = m.id WHERE 1{also}{where}"
        return db.execute(sql, [*union_params, *also_params, *params]).fetchone()[0]
    ((index, match),) = lookup.ranked
    table = _INDEXES["article"][index]
    if not where:
        also, also_params = _lookup_sql(lookup, "article", "rowid")
        sql = f"SELECT count(*) FROM {table} WHERE {table} MATCH ?{also}"
    else:
        also, also_params = _lookup_sql(lookup, "article", "a.id")
        sql = (
            f"SELECT count(*) FROM {table} JOIN articles a ON a.id = {table}.rowid"
            f" WHERE {table} MATCH ?{also}{where}"
        )
    return db.execute(sql, [match, *also_params, *params]).fetchone()[0]


_CLAUSE_ROWS = (
    " FROM clauses c JOIN reports r ON r.id = c.report_id"
    " JOIN agreements g ON g.id = r.agreement_id JOIN articles a ON a.id = r.article_id"
)
_CLAUSE_DATE = "coalesce(g.date, a.published)"
_CLAUSE_NEWEST = "g.year DESC, g.month DESC, g.day DESC"


def search_clauses(
    db: Archive,
    lookup: Lookup,
    filters: SearchFilters,
    *,
    order: str,
    limit: int | None,
    count: int,
) -> list[tuple[int, float | None]]:
    """(clause id, bm25 score) for the clauses a lookup finds.

    Every report's clause is a hit of its own (naming the article it came from), so
    without filters no join is needed to rank or count.
    """
    where, params = _filter_sql(filters, date=_CLAUSE_DATE, agreement_of="r.agreement_id")
    also, also_params = _lookup_sql(lookup, "clause", "c.id")
    limit_sql = "" if limit is None else f" LIMIT {int(limit)}"
    if len(lookup.ranked) > 1:
        union, union_params = _union(lookup, "clause", "")
        score, ordering = ("NULL", "") if order == "date" else ("m.score", "m.score, ")
        return db.execute(
            f"SELECT c.id, {score} FROM {union} m JOIN clauses c ON c.id = m.id"
            + _CLAUSE_ROWS.replace(" FROM clauses c", "")
            + f" WHERE 1{also}{where} ORDER BY {ordering}{_CLAUSE_NEWEST}, c.id DESC{limit_sql}",
            [*union_params, *also_params, *params],
        ).fetchall()
    ((index, match),) = lookup.ranked
    table = _INDEXES["clause"][index]
    if order == "date":
        total = db.execute("SELECT max(id) FROM clauses").fetchone()[0] or 1
        if count > _WALK_DATES_ABOVE * total:
            # CROSS JOIN fixes the order: agreements newest first, then their clauses.
            rows = (
                " FROM agreements g INDEXED BY agreements_date"
                " CROSS JOIN reports r ON r.agreement_id = g.id"
                " CROSS JOIN clauses c ON c.report_id = r.id"
                " JOIN articles a ON a.id = r.article_id"
            )
            ordering = _CLAUSE_NEWEST
        else:
            rows, ordering = _CLAUSE_ROWS, f"{_CLAUSE_NEWEST}, c.id DESC"
        return db.execute(
            f"SELECT c.id, NULL{rows}"
            f" WHERE c.id IN (SELECT rowid FROM {table} WHERE {table} MATCH ?)"
            f"{also}{where} ORDER BY {ordering}{limit_sql}",
            [match, *also_params, *params],
        ).fetchall()
    if not where:
        floor = 0 if limit is None else _rank_floor(db, lookup, "clause", count)
        also, also_params = _lookup_sql(lookup, "clause", "rowid")
        return db.execute(
            f"SELECT rowid, bm25({table}) AS score FROM {table}"
            f" WHERE {table} MATCH ? AND rowid >= ?{also}"
            f" ORDER BY score, rowid DESC{limit_sql}",
            [match, floor, *also_params],
        ).fetchall()
    return db.execute(
        f"SELECT c.id, bm25({table}) AS score FROM {table}"
        f" JOIN clauses c ON c.id = {table}.rowid"
        + _CLAUSE_ROWS.replace(" FROM clauses c", "")
        + f" WHERE {table} MATCH ?{also}{where} ORDER BY score, c.id DESC{limit_sql}",
        [match, *also_params, *params],
    ).fetchall()


def count_clauses(db: Archive, lookup: Lookup, filters: SearchFilters) -> int:
    where, params = _filter_sql(filters, date=_CLAUSE_DATE, agreement_of="r.agreement_id")
    if len(lookup.ranked) > 1:
        union, union_params = _union(lookup, "clause", "")
        also, also_params = _lookup_sql(lookup, "clause", "c.id")
        return db.execute(
            f"SELECT count(*) FROM {union} m JOIN clauses c ON c.id = m.id"
            + _CLAUSE_ROWS.replace(" FROM clauses c", "")
            + f" WHERE 1{also}{where}",
            [*union_params, *also_params, *params],
        ).fetchone()[0]
    ((index, match),) = lookup.ranked
    table = _INDEXES["clause"][index]
    if not where:
        also, also_params = _lookup_sql(lookup, "clause", "rowid")
        return db.execute(
            f"SELECT count(*) FROM {table} WHERE {table} MATCH ?{also}", [match, *also_params]
        ).fetchone()[0]
    also, also_params = _lookup_sql(lookup, "clause", "c.id")
    return db.execute(
        "SELECT count(*)" + _CLAUSE_ROWS + " WHERE c.id IN"
        f" (SELECT rowid FROM {table} WHERE {table} MATCH ?){also}{where}",
        [match, *also_params, *params],
    ).fetchone()[0]


_FIRST_PATH = (
    "(SELECT s.path FROM article_sources x JOIN sources s ON s.id = x.source_id"
    " WHERE x.article_id = a.id ORDER BY s.id LIMIT 1)"
)


def article_hit_rows(db: Archive, ids: list[int]) -> dict[int, dict]:
    """What a search hit shows of each article, by id."""
    rows = db.execute(
        f"SELECT a.id, a.title, a.body, a.outlet, a.published, {_FIRST_PATH},"
        " (SELECT r.agreement_id FROM reports r WHERE r.article_id = a.id"
        "   ORDER BY r.position LIMIT 1)"
        " FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))",
        [json.dumps(ids)],
    )
    keys = ("article_id", "title", "body", "outlet", "date", "path", "agreement_id")
    return {row[0]: dict(zip(keys, row, strict=True)) for row in rows}


def clause_hit_rows(db: Archive, ids: list[int]) -> dict[int, dict]:
    """What a search hit shows of each clause: the clause, its agreement and its article."""
    rows = db.execute(
        f"SELECT c.id, c.text, r.agreement_id, coalesce(g.title, a.title),"
        f" {_CLAUSE_DATE}, a.id, a.outlet, {_FIRST_PATH}"
        " FROM clauses c JOIN reports r ON r.id = c.report_id"
        " JOIN agreements g ON g.id = r.agreement_id JOIN articles a ON a.id = r.article_id"
        " WHERE c.id IN (SELECT value FROM json_each(?))",
        [json.dumps(ids)],
    )
    keys = ("clause_id", "clause", "agreement_id", "title", "date", "article_id", "outlet", "path")
    return {row[0]: dict(zip(keys, row, strict=True)) for row in rows}
