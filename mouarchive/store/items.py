"""An agreement's items as rows of `clauses` (migration 0013): the articles' items, marked
where the owner removed them, and the items the owner added, so that search and export,
which read the rows and their indexes, find and list what the agreement shows.

`refresh_agreement` calls `follow` with the agreement's corrected items whenever it
recomputes them; an agreement that loses its last report takes its added items away
with `drop`. Both keep the full-text indexes in step with the rows they write.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from mouarchive.store.connection import Archive
from mouarchive.store.indexes import index_clauses, unindex_clauses


def follow(db: Archive, agreement_id: int, shown: Sequence[str], removed: Collection[str]) -> None:
    """Make the agreement's rows say what it shows: `shown` is its list of items after the
    owner's corrections, `removed` the texts the owner removed from it.

    An article's item whose text the owner removed is marked; an item shown that no
    article's unremoved item says is the owner's, a row without a report. An agreement
    nobody corrected has neither, and pays one indexed read.
    """
    rows = db.execute(
        "SELECT id, report_id, position, text, removed FROM clauses WHERE agreement_id = ?",
        [agreement_id],
    ).fetchall()
    marks = [
        (int(text in removed), clause_id)
        for clause_id, report_id, _, text, was in rows
        if report_id is not None and was != (text in removed)
    ]
    if marks:
        db.conn.executemany("UPDATE clauses SET removed = ? WHERE id = ?", marks)
    reported = {text for _, report_id, _, text, _ in rows if report_id and text not in removed}
    wanted = [(position, text) for position, text in enumerate(shown) if text not in reported]
    owned = sorted((position, text) for _, report_id, position, text, _ in rows if not report_id)
    if owned == wanted:
        return
    drop(db, agreement_id)
    ids = [
        db.execute(
            "INSERT INTO clauses (report_id, agreement_id, position, text) VALUES (NULL, ?, ?, ?)",
            [agreement_id, position, text],
        ).lastrowid
        for position, text in wanted
    ]
    index_clauses(db, [(clause_id, text) for clause_id, (_, text) in zip(ids, wanted, strict=True)])


def drop(db: Archive, agreement_id: int) -> None:
    """Delete the items the owner added to an agreement, from the rows and the indexes."""
    rows = db.execute(
        "SELECT id, text FROM clauses WHERE agreement_id = ? AND report_id IS NULL",
        [agreement_id],
    ).fetchall()
    if rows:
        unindex_clauses(db, rows)
        db.execute(
            "DELETE FROM clauses WHERE agreement_id = ? AND report_id IS NULL", [agreement_id]
        )
