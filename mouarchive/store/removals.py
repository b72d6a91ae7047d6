"""The owner's removals as the rest of the archive meets them: a file added again undoes its
removal; an article removed one by one stays out whatever brings it again, found by its hash
or, edited or read anew, by the sketch its removal keeps (`mouarchive.resemblance`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from mouarchive.resemblance import SAME_ARTICLE, resemblance, sketch
from mouarchive.store.connection import Archive
from mouarchive.store.corrections import no_corrections


@dataclass(frozen=True)
class InForce:
    """The owner's removals of articles one by one, in force, read once for a file `add`
    writes or a whole `reextract`: each by the hash of the text removed and, where the removal
    keeps one, by its sketch and outlet. (correction id, label) as the user is told them."""

    by_hash: dict[str, tuple[int, str]] = field(default_factory=dict)
    sketches: list[tuple[tuple[int, str], list[int], str | None]] = field(default_factory=list)

    def keeps_out(self, sha: str, text: str, outlet: str | None) -> tuple[int, str] | None:
        """The removal that keeps this article out: of its very text, else of a text it
        resembles (edited since, or read differently) from the same outlet, or where either
        names none. The text is sketched only where a removal keeps a sketch."""
        if sha in self.by_hash:
            return self.by_hash[sha]
        drawn = sketch(text) if self.sketches else []
        for removal, kept, kept_outlet in self.sketches:
            if outlet and kept_outlet and outlet != kept_outlet:
                continue  # another outlet's copy: another article
            if resemblance(drawn, kept) >= SAME_ARTICLE:
                return removal
        return None


def in_force(db: Archive) -> InForce:
    """The removals of articles in force now (`InForce`)."""
    if no_corrections(db):
        return InForce()
    by_hash = {
        sha: (correction_id, _removal_label(label, new))
        for correction_id, label, new, sha in db.execute(
            "SELECT c.id, c.label, c.new_value, k.article_sha FROM corrections c"
            " JOIN correction_keys k ON k.correction_id = c.id WHERE c.action = 'delete'"
            " AND c.undone_at IS NULL AND k.article_sha IS NOT NULL ORDER BY c.id DESC"
        )
    }
    sketches = [
        ((correction_id, _removal_label(label, new)), json.loads(kept), outlet)
        for correction_id, kept, outlet, label, new in db.execute(
            "SELECT c.id, s.sketch, s.outlet, c.label, c.new_value FROM removal_sketches s"
            " JOIN corrections c ON c.id = s.correction_id WHERE c.undone_at IS NULL"
            " ORDER BY c.id"
        )
    ]
    return InForce(by_hash, sketches)


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


def keep_sources(db: Archive, correction_id: int, article_id: int) -> None:
    """The files an article removed one by one was cut from (migration 0027), recorded
    before it goes: one of them added again unchanged is not read, and says it this way."""
    db.execute(
        "INSERT OR IGNORE INTO removal_sources (correction_id, source_sha)"
        " SELECT ?, s.sha256 FROM article_sources l JOIN sources s ON s.id = l.source_id"
        " WHERE l.article_id = ?",
        [correction_id, article_id],
    )


def kept_out_of(db: Archive, source_id: int) -> list[tuple[int, str]]:
    """The removals in force of articles cut from this file, as (correction id, label)
    `add` says them: the file added again unchanged brings them again, and they stay out."""
    if no_corrections(db):
        return []
    return [
        (correction_id, _removal_label(label, new))
        for correction_id, label, new in db.execute(
            "SELECT c.id, c.label, c.new_value FROM removal_sources r"
            " JOIN corrections c ON c.id = r.correction_id"
            " JOIN sources s ON s.sha256 = r.source_sha"
            " WHERE s.id = ? AND c.undone_at IS NULL ORDER BY c.id",
            [source_id],
        )
    ]


def undo_removal(db: Archive, when: str, *, source_sha: str) -> None:
    """A removed file added again: its removal is undone, so that an export no longer
    carries it and an import elsewhere deletes nothing the owner holds again. (An article
    removed one by one stays out until its removal is undone: `in_force`.)"""
    if no_corrections(db):
        return
    db.execute(
        "UPDATE corrections SET undone_at = ? WHERE undone_at IS NULL AND action = 'delete'"
        " AND id IN (SELECT correction_id FROM correction_keys WHERE source_sha = ?)",
        [when, source_sha],
    )
