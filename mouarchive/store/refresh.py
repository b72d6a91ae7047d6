"""An agreement row kept equal to the combination of its reports, with the owner's
corrections applied over it: recomputed whenever its reports change.

Kept apart from `agreements` (saving reports and choosing the agreement each joins): this
module only reads an agreement's reports and writes its row.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from mouarchive.models import AgreementReport, PartialDate, Region
from mouarchive.store import corrections, items
from mouarchive.store.connection import Archive
from mouarchive.store.matching import keep_matching_facts
from mouarchive.store.report_rows import load_report

READ_REPORTS = 40
"""The most reports an agreement's facts are combined from (besides the owner's lead): those
that tell most (`report_rows.fullness`), the first added among equals. Each report that joins
an agreement combined all of them again, so one file holding a signing a thousand times took
time in the square of its size; forty reports of one signing, the fullest, have told all
there is, and the rest are its sources."""


def refresh_agreements(db: Archive, agreement_ids: Iterable[int]) -> None:
    for agreement_id in sorted(set(agreement_ids)):
        refresh_agreement(db, agreement_id)


def refresh_joined(db: Archive, agreement_id: int, report_id: int, published: str | None) -> None:
    """An agreement that report `report_id` has just joined, recomputed unless `READ_REPORTS`
    of its reports tell more (or as much, added before it): then the report changes none of
    its facts but, perhaps, its first published day, and combining it again would make each
    report of a much-told signing cost as much as all before it."""
    beyond = db.execute(
        "SELECT count(*) FROM (SELECT 1 FROM reports AS r INDEXED BY reports_read_order,"
        " reports AS me WHERE me.id = ? AND r.agreement_id = ? AND r.id != me.id"
        " AND (r.fullness > me.fullness OR (r.fullness = me.fullness"
        " AND (r.article_id, r.position) < (me.article_id, me.position))) LIMIT ?)",
        [report_id, agreement_id, READ_REPORTS],
    ).fetchone()[0]
    if beyond < READ_REPORTS:
        refresh_agreement(db, agreement_id)
    elif published:
        db.execute(
            "UPDATE agreements SET first_published = ? WHERE id = ?"
            " AND (first_published IS NULL OR first_published > ?)",
            [published, agreement_id, published],
        )


def refresh_agreement(db: Archive, agreement_id: int, fresh: AgreementReport | None = None) -> None:
    """Recompute an agreement from its reports, then apply the owner's corrections over
    the merged facts (or drop the agreement when no report is left).

    `fresh` is the report an agreement was just made for, as it was written: while it is
    the agreement's only one it is not read back (`add` makes most agreements so)."""
    from mouarchive.combine import combine
    from mouarchive.corrections import apply, removed_items

    reports = db.execute(
        _READ + " AND r.id IN (SELECT id FROM reports INDEXED BY reports_read_order"
        " WHERE agreement_id = ? ORDER BY fullness DESC, article_id, position LIMIT ?)"
        + _EARLIEST_FIRST,
        [agreement_id, agreement_id, READ_REPORTS],
    ).fetchall()
    if not reports:
        items.drop(db, agreement_id)
        db.execute("DELETE FROM agreements WHERE id = ?", [agreement_id])
        return
    applied = corrections.for_agreement(db, agreement_id)
    if fresh is not None and len(reports) == 1:
        merged = combine([fresh])
    else:
        lead = _merged_into(db, agreement_id, applied)
        sides = [r for r in _merged_sides(db, agreement_id, applied) if r not in lead]
        ordered = lead + sides + [r for r in reports if r not in lead and r not in sides]
        merged = combine(
            [load_report(db, report_id) for report_id, _ in ordered],
            lead=len(lead),
            published=[PartialDate.parse_iso(published) for _, published in ordered],
        )
    date = merged.date or PartialDate()
    certain = [r.name for r in merged.regions if not r.ambiguous]
    facts = {
        "date": date.iso,
        "year": date.year,
        "month": date.month,
        "day": date.day,
        "date_precision": date.precision,
        "date_text": merged.date_text,
        "status": merged.status,
        "title": merged.title,
        "kind": merged.kind,
        "place": merged.place,
        "parties": [p.name for p in merged.parties],
        "signatories": [
            {"name": s.name, "title": s.title, "organization": s.organization}
            for s in merged.signatories
        ],
        "regions": certain,
        "ambiguous_regions": _ambiguous_readings(merged.regions, certain),
        "clauses": [c.text for c in merged.clauses],
        "clauses_stated": merged.clauses_stated,
        "investment_krw": merged.investment_krw,
        "jobs": merged.jobs,
        "partners_counted": merged.partners_counted,
    }
    keep_matching_facts(db, agreement_id, facts if applied else None)
    facts = apply(facts, applied)
    items.follow(db, agreement_id, facts["clauses"], removed_items(applied, facts["clauses"]))
    # The earliest reporting article's date, timeline order's tie-break (migration 0012).
    first_published = db.execute(
        "SELECT min(a.published) FROM reports r JOIN articles a ON a.id = r.article_id"
        " WHERE r.agreement_id = ?",
        [agreement_id],
    ).fetchone()[0]
    db.execute(
        f"UPDATE agreements SET {', '.join(f'{name} = ?' for name in _FACTS)},"
        " first_published = ? WHERE id = ?",
        [_json(facts[n]) if isinstance(facts[n], list) else facts[n] for n in _FACTS]
        + [first_published, agreement_id],
    )


def _merged_into(db: Archive, agreement_id: int, applied: list) -> list[tuple[int, str | None]]:
    """The reports (id, published) of the agreement the owner's last `merge` merged others
    into, earliest first: its date, title and place stay the agreement's (newcomer 48,
    finding 9). Those its first merge kept come first, where a later merge kept what an
    earlier one had gathered: the agreement's own parties lead its list, not the ones merged
    in (newcomer 55, 14: "#13 순천시·순천대학교·나주시" for 나주's #13)."""
    merges = [c for c in applied if c.action == "merge"]
    if not merges:
        return []
    kept = _kept_by(db, merges[-1], agreement_id)
    rows = db.execute(
        _READ + " AND r.id IN (SELECT value FROM json_each(?))" + _EARLIEST_FIRST,
        [agreement_id, json.dumps(kept)],
    ).fetchall()
    first = next((merge for merge in merges if merge.new == agreement_id), merges[0])
    if first is merges[-1]:
        return rows
    own = set(_kept_by(db, first, agreement_id))
    return sorted(rows, key=lambda row: row[0] not in own)


def _kept_by(db: Archive, merge, agreement_id: int) -> list[int]:
    """The reports a merge kept (its first side) that this agreement holds."""
    found = [corrections.report_of(db, key) for key in merge.keys if key.side == 0]
    return [place[0] for place in found if place and place[1] == agreement_id]


def _merged_sides(db: Archive, agreement_id: int, applied: list) -> list[tuple[int, str | None]]:
    """For each agreement the owner merged into this one, its fullest report (id, published):
    a merged signing is read whatever its place among the reports read (`READ_REPORTS`), so
    the parties it brought are never lost."""
    sides: dict[tuple[int, int], list[int]] = {}
    for number, merge in enumerate(c for c in applied if c.action == "merge"):
        for key in merge.keys:
            place = corrections.report_of(db, key) if key.side else None
            if place and place[1] == agreement_id:
                sides.setdefault((number, key.side), []).append(place[0])
    return [
        row
        for ids in sides.values()
        for row in db.execute(
            _READ + " AND r.id IN (SELECT value FROM json_each(?))"
            " ORDER BY r.fullness DESC, r.article_id, r.position LIMIT 1",
            [agreement_id, json.dumps(ids)],
        ).fetchall()
    ]


_READ = (
    "SELECT r.id, a.published FROM reports r JOIN articles a ON a.id = r.article_id"
    " WHERE r.agreement_id = ?"
)
# Earliest published first, then by content, never by when a report was saved: the first
# report gives what no rule of `combine` chooses otherwise (newcomer 50, finding 6).
_EARLIEST_FIRST = " ORDER BY a.published IS NULL, a.published, a.sha256, r.position"


_FACTS = (
    "date",
    "year",
    "month",
    "day",
    "date_precision",
    "date_text",
    "status",
    "title",
    "kind",
    "place",
    "parties",
    "signatories",
    "regions",
    "ambiguous_regions",
    "clauses",
    "clauses_stated",
    "investment_krw",
    "jobs",
    "partners_counted",
    "rejected",
    "corrected",
)
"""The agreement columns `refresh_agreement` writes: the merged facts with corrections."""


def _ambiguous_readings(regions: list[Region], certain: list[str]) -> list[str]:
    """Every reading of the regions the text left open (a bare 광주시: both 광주s), unless
    another report pinned one of them down."""
    from mouarchive.extract.regions import readings

    found: list[str] = []
    for region in regions:
        options = readings(region.name) if region.ambiguous else ()
        if not any(name in certain for name in options):
            found += [name for name in options if name not in found]
    return found


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
