"""The archive's schema: the migrations that make it (`migrations/NNNN_*.sql`), which of them an
archive has, and bringing an older archive up to date when it is opened for writing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

# Each module uses the other only when called: the connection migrates as it opens, and a
# migration writes through the connection's transactions.
from mouarchive.store import connection

if TYPE_CHECKING:
    from sqlite_utils.migrations import Migrations

    from mouarchive.store.connection import Archive

MIGRATION_SET = "mouarchive"


def _migrations_dir() -> Path:
    """The wheel ships migrations inside the package; a source checkout keeps them beside it."""
    packaged = Path(__file__).resolve().parent.parent / "migrations"
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


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
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


def check(db: Archive, path: Path, *, upgrade: bool) -> bool:
    """Whether the archive needs migrations; refused if it is newer than this program, or
    older and cannot be upgraded here."""
    known = [file.stem for file in _migration_files()]
    applied = applied_migrations(db.conn)
    newer = [name for name in applied if name not in known]
    if newer:
        raise connection.StoreError(
            f"{path}: made by a newer mouarchive (schema {newer[-1]});"
            " upgrade mouarchive to open it"
        )
    if set(known) <= set(applied):
        return False
    if not upgrade:
        raise connection.ReadOnly(
            f"the archive is read-only and made by an older mouarchive: {path};"
            " open it once where it can be written, to upgrade it"
        )
    return True


def migrate(db: Archive, path: Path) -> None:
    if not check(db, path, upgrade=True):
        return
    from sqlite_utils import Database

    # Imported here: the indexes module writes through this module's transactions.
    from mouarchive.store.indexes import index_missing

    # Hold the write lock across the check and the apply, so two processes opening a new
    # archive at once do not both try to create it. A migration that replaces an index
    # leaves it empty: fill it in the same transaction, before any new row makes the
    # newest-row check in `index_missing` believe the index complete.
    with connection.transaction(db):
        before = applied_migrations(db.conn)
        if {file.stem for file in _migration_files()} <= set(before):
            # Another process made or upgraded it between the check and the lock.
            return
        if before:
            db.on_upgrade(_upgrading(db))
        _migration_set().apply(Database(db.conn, execute_plugins=False))
        index_missing(db)
        if before and _REFRESH_CORRECTED - set(before):
            _refresh_corrected(db)
        notes = []
        if before and _READ_AGAIN - set(before):
            notes.append(_read_again_note(db))
        if before and _SUBHEADLINE_LABELS - set(before):
            notes.append(_labelled_subheadlines_note(db))
        db.note = "; ".join(note for note in notes if note) or None


# The migrations that keep something new of each report, which reports saved before them
# lack until `reextract` reads their articles again, and how many reports still lack it.
_READ_AGAIN = {"0018_partners_counted"}
READ_BY_AN_OLDER_VERSION = "SELECT count(*) FROM reports WHERE partners_counted IS NULL"


def _read_again_note(db: Archive) -> str | None:
    """What to tell the owner of an archive just upgraded: its reports saved before lack what
    this version keeps of each, until `reextract` reads them again."""
    (older,) = db.execute(READ_BY_AN_OLDER_VERSION).fetchone()
    if not older:
        return None
    return (
        f"the archive was upgraded: run `mouarchive reextract` once, so its {older} reports"
        " are read again by this version (merging now weighs how many partners each counts)"
    )


def _upgrading(db: Archive) -> str:
    """The line said before an older archive is upgraded: a migration that makes the search
    indexes anew reads every article again, some seconds for ten thousand."""
    (articles,) = db.execute("SELECT count(*) FROM articles").fetchone()
    return f"upgrading the archive to this version of mouarchive ({articles} articles)…"


# The migration since which a subheadline's "부제" label is no part of it: subheadlines an
# older version stored keep it until `reextract` reads their articles again.
_SUBHEADLINE_LABELS = {"0020_subtitle_search"}
LABELLED_SUBHEADLINES = (
    "SELECT count(*) FROM articles WHERE subtitle LIKE '부제 %' OR subtitle LIKE '부제목 %'"
    " OR subtitle LIKE '부제:%' OR subtitle LIKE '부제 :%'"
)


def _labelled_subheadlines_note(db: Archive) -> str | None:
    """What to tell the owner when subheadlines stored by an older version open with their
    label ("부제 강좌 20개 운영…"): search finds the label, until `reextract` strips it."""
    (labelled,) = db.execute(LABELLED_SUBHEADLINES).fetchone()
    if not labelled:
        return None
    return (
        f"run `mouarchive reextract` once, so the subheadlines of {labelled} articles lose"
        ' the "부제" label an older version kept (search would find it)'
    )


# The migrations that keep something more of each corrected agreement.
_REFRESH_CORRECTED = {
    "0009_matching",
    "0011_matching_amounts",
    "0013_clause_corrections",
    "0016_matching_signatories",
}


def _refresh_corrected(db: Archive) -> None:
    """Migration 0009 keeps, for each corrected agreement, the facts its reports give (0011
    adds the sum invested, 0016 who signed), and 0013 the owner's items as rows; an archive
    corrected before them recomputes its corrected agreements once, to fill them."""
    from mouarchive.store.refresh import refresh_agreements

    refresh_agreements(
        db,
        [
            agreement_id
            for (agreement_id,) in db.execute(
                "SELECT id FROM agreements WHERE corrected != '[]' OR rejected = 1"
            )
        ],
    )


def schema_version(db: Archive) -> str | None:
    applied = applied_migrations(db.conn)
    return applied[-1] if applied else None
