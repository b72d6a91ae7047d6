"""The owner's removals as the rest of the archive meets them: a file added again undoes its
removal; an article removed one by one stays out whatever brings it again, found by its hash
or, edited or read anew, by the sketch its removal keeps (`mouarchive.resemblance`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
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


Place = tuple[int, int | None, int, frozenset[str]]
"""A removed article's report as it stood: (position, evidence start, agreement, parties)."""


Standing = tuple[str, int, int | None, int, str]
"""A report about to be removed as `report_places` reads it: (article hash, position,
evidence start, agreement, party names as a JSON array), the columns `keep_places` keeps."""


def report_places(db: Archive, article_ids: list[int]) -> list[Standing]:
    """Where the reports of articles about to be removed stand, read before they go."""
    return db.execute(
        "SELECT a.sha256, r.position, r.evidence_start, r.agreement_id,"
        " (SELECT json_group_array(p.name) FROM parties p WHERE p.report_id = r.id)"
        " FROM reports r JOIN articles a ON a.id = r.article_id"
        " WHERE r.article_id IN (SELECT value FROM json_each(?))",
        [json.dumps(article_ids)],
    ).fetchall()


def keep_places(db: Archive, correction_id: int, places: list[Standing]) -> None:
    """The places `report_places` read, kept with the removal that deleted them (migration
    0030): let back in, each report brings its signing back under the id it had."""
    for place in places:
        db.execute(
            "INSERT OR IGNORE INTO removal_reports (correction_id, article_sha, position,"
            " evidence_start, agreement_id, parties) VALUES (?, ?, ?, ?, ?, ?)",
            [correction_id, *place],
        )


def returning(db: Archive) -> dict[str, list[Place]]:
    """Each removed article's hash → its reports as they stood at its latest removal, read
    once for an `add` run or a `reextract`: an article met again with that hash is one let
    back in (a removal in force keeps it out before this is asked)."""
    found: dict[str, tuple[int, list[Place]]] = {}
    for correction_id, sha, position, start, agreement_id, parties in db.execute(
        "SELECT correction_id, article_sha, position, evidence_start, agreement_id, parties"
        " FROM removal_reports ORDER BY correction_id, position"
    ):
        latest, places = found.get(sha, (correction_id, []))
        if correction_id != latest:
            latest, places = correction_id, []
        places.append((position, start, agreement_id, frozenset(json.loads(parties))))
        found[sha] = (latest, places)
    return {sha: places for sha, (_, places) in found.items()}


@dataclass(frozen=True)
class WentWith:
    """The latest removal that took a report of an agreement id (`went_with`), or one of
    the reports a merge or split named (`went_with_reports`)."""

    correction: int
    article_sha: str
    position: int  # the report's, in its article
    undone: bool
    with_file: bool  # the file was removed, not the article one by one


# The latest removal's row of `WentWith`, from the reports it took (`{where}` picks them).
_WENT_WITH = (
    "SELECT c.id, r.article_sha, r.position, c.undone_at IS NOT NULL, c.target = 'source'"
    " FROM removal_reports r JOIN corrections c ON c.id = r.correction_id"
    " WHERE {where} ORDER BY c.id DESC LIMIT 1"
)


def _went_with(db: Archive, where: str, params: list) -> WentWith | None:
    row = db.execute(_WENT_WITH.format(where=where), params).fetchone()
    return WentWith(row[0], row[1], row[2], bool(row[3]), bool(row[4])) if row else None


def went_with(db: Archive, agreement_id: int) -> WentWith | None:
    return _went_with(db, "r.agreement_id = ?", [agreement_id])


def went_with_reports(
    db: Archive, spots: Iterable[tuple[str | None, int | None]]
) -> WentWith | None:
    """The latest removal that took one of these reports (article hash, position), whatever
    agreement held it then: a signing a merge held went under the merged id, and `show` of
    its own id follows the merge's keys to it (review 56 c, 3)."""
    wanted = [[sha, position] for sha, position in spots if sha is not None]
    return _went_with(
        db,
        "json_array(r.article_sha, r.position) IN (SELECT value FROM json_each(?))",
        [json.dumps(wanted)],
    )
