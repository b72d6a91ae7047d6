"""The owner's removals as the rest of the archive meets them: a file added again undoes its
removal; an article removed one by one stays out whatever brings it again, found by its hash
or, edited or read anew, by the sketch its removal keeps (`mouarchive.resemblance`).
"""

from __future__ import annotations

import json
import re

from mouarchive.resemblance import SAME_ARTICLE, resemblance, sketch
from mouarchive.store.connection import Archive
from mouarchive.store.corrections import no_corrections


def removed_articles(db: Archive) -> frozenset[str]:
    """The hashes of the articles the owner removed one by one (`remove --article`) and has
    not let back in: `reextract` reads their page again but must not bring them back."""
    return frozenset(
        sha
        for (sha,) in db.execute(
            "SELECT k.article_sha FROM corrections c JOIN correction_keys k"
            " ON k.correction_id = c.id WHERE c.action = 'delete' AND c.undone_at IS NULL"
            " AND k.article_sha IS NOT NULL"
        )
    )


def removal_of(db: Archive, article_sha: str) -> tuple[int, str] | None:
    """The owner's removal of this article one by one, in force: (correction id, label).
    `add` keeps such an article out, whatever file brings it back (review a2, B4)."""
    if no_corrections(db):
        return None
    row = db.execute(
        "SELECT c.id, c.label, c.new_value FROM corrections c JOIN correction_keys k"
        " ON k.correction_id = c.id WHERE k.article_sha = ? AND c.action = 'delete'"
        " AND c.undone_at IS NULL ORDER BY c.id LIMIT 1",
        [article_sha],
    ).fetchone()
    return None if row is None else (row[0], _removal_label(row[1], row[2]))


def _removal_label(label: str, new: str | None) -> str:
    """The label names the article by the id it had where the removal was made: here, by the
    id it had here (`new`), else by its title alone (an imported removal)."""
    title = _LABELLED_ID.sub("", label)
    here = json.loads(new) if new else None
    return f"article {here[0]}: {title}" if here else title


_LABELLED_ID = re.compile(r"^article \d+: ")


def keep_sketch(db: Archive, correction_id: int, sketch: list[int], outlet: str | None) -> None:
    """The sketch of an article removed one by one, with its outlet (migration 0026)."""
    db.execute(
        "INSERT INTO removal_sketches (correction_id, sketch, outlet) VALUES (?, ?, ?)",
        [correction_id, json.dumps(sketch), outlet],
    )


def removal_resembling(db: Archive, text: str, outlet: str | None) -> tuple[int, str] | None:
    """The owner's removal in force of an article this text resembles (edited since, or read
    differently) from the same outlet, or where either names none: (correction id, label) as
    `removal_of` gives them. The text is sketched only where some removal keeps a sketch."""
    if no_corrections(db):
        return None
    removals = db.execute(
        "SELECT c.id, s.sketch, s.outlet, c.label, c.new_value FROM removal_sketches s"
        " JOIN corrections c ON c.id = s.correction_id WHERE c.undone_at IS NULL"
        " ORDER BY c.id"
    ).fetchall()
    drawn = sketch(text) if removals else []
    for correction_id, kept, kept_outlet, label, new in removals:
        if outlet and kept_outlet and outlet != kept_outlet:
            continue  # another outlet's copy: another article
        if resemblance(drawn, json.loads(kept)) >= SAME_ARTICLE:
            return correction_id, _removal_label(label, new)
    return None


def undo_removal(db: Archive, when: str, *, source_sha: str) -> None:
    """A removed file added again: its removal is undone, so that an export no longer
    carries it and an import elsewhere deletes nothing the owner holds again. (An article
    removed one by one stays out until its removal is undone: `removal_of`.)"""
    if no_corrections(db):
        return
    db.execute(
        "UPDATE corrections SET undone_at = ? WHERE undone_at IS NULL AND action = 'delete'"
        " AND id IN (SELECT correction_id FROM correction_keys WHERE source_sha = ?)",
        [when, source_sha],
    )
