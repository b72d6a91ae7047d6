"""What became of an id the archive no longer holds, so a note that cites it can be followed.

Ids are never given twice (migration 0024), so an id at or below the highest one issued
named something once: an agreement merged into another (the merge's record names both), an
article removed one by one (its removal's label names it) or with its file (the file's
removal lists it), or one that went when a re-read no longer found it. An id above it was
never given.
"""

from __future__ import annotations

import json

from mouarchive import ids
from mouarchive.store.connection import Archive


def _top(db: Archive, kind: str) -> int:
    row = db.execute("SELECT top FROM issued_ids WHERE kind = ?", [kind]).fetchone()
    return row[0] if row else 0


def missing_agreement(db: Archive, agreement_id: int) -> str:
    """Why `#N` opens nothing: "no agreement #N" and what became of it."""
    said = f"no agreement {ids.agreement(agreement_id)}"
    top = _top(db, "agreement")
    if agreement_id > top:
        return f"{said} (the archive's agreement ids go up to {ids.agreement(top)})"
    into = _merged_into(db, agreement_id)
    if into is not None:
        correction, kept = into
        merged = f"{said}: it was merged into {ids.agreement(kept)} (correction {correction}"
        if db.execute("SELECT 1 FROM agreements WHERE id = ?", [kept]).fetchone() is None:
            return f"{merged}), which is gone too"
        return f"{merged}; mouarchive show {kept})"
    return (
        f"{said}: it is no more: an article added later told it as one signing with another,"
        " or the articles that told it were removed or read again without it"
        " (mouarchive corrections lists removals)"
    )


def _merged_into(db: Archive, agreement_id: int) -> tuple[int, int] | None:
    """The merge in force that took this id, and the id holding it now (a merge's target
    may have been merged on since)."""
    rows = db.execute(
        "SELECT id, old_value, new_value FROM corrections"
        " WHERE action = 'merge' AND undone_at IS NULL ORDER BY id"
    ).fetchall()
    taken = {}
    for correction, old, new in rows:
        try:
            gone = json.loads(old or "[]")
            kept = int(new)
        except (ValueError, TypeError):
            continue
        for merged in gone if isinstance(gone, list) else []:
            if isinstance(merged, int):
                taken[merged] = (correction, kept)
    if agreement_id not in taken:
        return None
    first, kept = taken[agreement_id]
    seen = {agreement_id}
    while kept in taken and kept not in seen:
        seen.add(kept)
        kept = taken[kept][1]
    return first, kept


def missing_article(db: Archive, article_id: int) -> str:
    """Why `aN` opens nothing: "no article aN" and what became of it."""
    said = f"no article {ids.article(article_id)}"
    top = _top(db, "article")
    if article_id > top:
        return f"{said} (the archive's article ids go up to {ids.article(top)})"
    row = db.execute(
        "SELECT c.id, c.target, c.label, c.undone_at FROM corrections c,"
        " json_each(c.new_value) j WHERE c.action = 'delete' AND json_valid(c.new_value)"
        " AND json_type(c.new_value) = 'array' AND j.value = ? ORDER BY c.id DESC LIMIT 1",
        [article_id],
    ).fetchone()
    if row is not None and row[1] == "article":
        if row[3]:
            return (
                f"{said}: you removed it (correction {row[0]}) and let it back in; it comes"
                " back with its page, under a new id, at the next `mouarchive reextract`"
            )
        return f"{said}: you removed it (correction {row[0]})"
    if row is not None:
        return f"{said}: it went with {row[2]}, which you removed (correction {row[0]})"
    return (
        f"{said}: it is gone with its file, or its file was edited and read again;"
        " mouarchive corrections lists removals"
    )
