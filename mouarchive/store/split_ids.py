"""The ids a split told the owner (migration 0032), kept so that `show` of one a later undo
took away can say so, rather than guess from what the archive holds now."""

from __future__ import annotations

from mouarchive.store.connection import Archive


def keep_told(db: Archive, correction_id: int, leaving: int, staying: int) -> None:
    """The ids `split` told for its leaving and its staying reports."""
    db.execute(
        "INSERT OR REPLACE INTO split_ids (correction_id, leaving, staying) VALUES (?, ?, ?)",
        [correction_id, leaving, staying],
    )


def undone_told(db: Archive, agreement_id: int) -> tuple[int, int] | None:
    """(the latest undone split that told this id for one of its sides, the side: 1 leaving,
    0 staying), where the split did not leave that id with the agreement it parted; else
    None."""
    row = db.execute(
        "SELECT s.correction_id, s.leaving = ?1 FROM split_ids s JOIN corrections c"
        " ON c.id = s.correction_id WHERE c.undone_at IS NOT NULL"
        " AND (s.leaving = ?1 OR s.staying = ?1) AND c.old_value != CAST(?1 AS TEXT)"
        " ORDER BY s.correction_id DESC LIMIT 1",
        [agreement_id],
    ).fetchone()
    return (row[0], int(row[1])) if row else None


def split_off(db: Archive, agreement_id: int) -> tuple[int, int] | None:
    """(the latest split in force made on this agreement, the id it told its leaving
    reports), or None."""
    row = db.execute(
        "SELECT s.correction_id, s.leaving FROM split_ids s JOIN corrections c"
        " ON c.id = s.correction_id WHERE c.undone_at IS NULL"
        " AND c.old_value = CAST(? AS TEXT) AND s.leaving != c.old_value"
        " ORDER BY s.correction_id DESC LIMIT 1",
        [agreement_id],
    ).fetchone()
    return (row[0], row[1]) if row else None
