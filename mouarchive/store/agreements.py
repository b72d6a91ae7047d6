"""Reports (one article's account of a signing), their merging into agreements, and the
agreement rows that hold the merged facts.

`merge.same_signing` decides which reports are one signing; this module only narrows the
candidates in SQL and keeps each agreement row equal to the combination of its reports.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from mouarchive.models import (
    AgreementReport,
    Clause,
    PartialDate,
    Party,
    Region,
    Signatory,
    Span,
)
from mouarchive.store import corrections, items
from mouarchive.store.connection import Archive
from mouarchive.store.indexes import clear_clause_index, index_report_clauses, unindex_clauses
from mouarchive.store.matching import agreement_facts, keep_matching_facts, merge_candidates

IN_REGION = "j.value = ? OR substr(j.value, 1, length(?) + 1) = ? || ' '"
"""A canonical region name `j.value` lies in the region bound three times: it is the region
or one of its districts ("광주광역시 서구"), never a namesake ("경기도 광주시")."""


@dataclass
class Previous:
    """Which agreement each report belonged to before its article is re-extracted, so the
    rebuilt agreements get their ids back: people cite them in notes and scripts.

    `places` maps an article id to its old reports as (position, evidence start, agreement
    id); an agreement nothing claims again gets an id above `top`, never one that an
    agreement re-read later will want back. `bound` maps an article id to the positions of
    its new reports that the owner's corrections bind to, each with the id the agreement
    corrected had (`replace_reports`; an edited text's old offsets moved into the new one);
    `parties` holds each old report's party names, in the order of `places`.
    """

    places: dict[int, list[tuple[int, int | None, int]]]
    top: int = 0
    bound: dict[int, dict[int, int]] = field(default_factory=dict)
    parties: dict[int, list[frozenset[str]]] = field(default_factory=dict)

    def ids_for(self, article_id: int, reports: list[AgreementReport]) -> dict[int, int]:
        """Position of each new report → the id its old self had.

        A report a correction binds to is the one corrected; then one naming the same
        parties as one old report, and no other new one, is that report (an edited text's
        offsets are not the old ones); then one read from an old report's sentence; what is
        left pairs in order only when as many old as new are left (the same signings, their
        sentences moved), and then only two that share a party the article's other reports
        do not name: a signing an edit took out and one it put in are two, and #1 must not
        come to name another. A report read for the first time (an upgrade reads a signing
        between two) takes no id, even at the position another had: that id stays with its
        own signing and its corrections.
        """
        old = self.places.get(article_id, [])
        starts = [report.evidence_span[0] if report.evidence_span else None for report in reports]
        found = dict(self.bound.get(article_id, {}))
        old_names = self.parties.get(article_id, [])
        named = [frozenset(party.name for party in report.parties) for report in reports]
        for position, names in enumerate(named):
            same = [old[index][2] for index, theirs in enumerate(old_names) if theirs == names]
            alone = names and len(same) == 1 and named.count(names) == 1
            if alone and position not in found and same[0] not in found.values():
                found[position] = same[0]
        for position, start in enumerate(starts):
            same = [agreement for _, held, agreement in old if start is not None and held == start]
            if len(same) == 1 and position not in found and same[0] not in found.values():
                found[position] = same[0]
        unclaimed = [
            (index, agreement)
            for index, (_, _, agreement) in enumerate(old)
            if agreement not in found.values()
        ]
        fresh = [position for position in range(len(reports)) if position not in found]
        if len(unclaimed) == len(fresh):
            for position, (index, agreement) in zip(fresh, unclaimed, strict=True):
                if _own_names(named, position) & (old_names[index] if old_names else frozenset()):
                    found[position] = agreement
        return found


def _own_names(named: list[frozenset[str]], position: int) -> frozenset[str]:
    """The party names of one of an article's reports that none of its others names: the
    city every signing of its press release names tells none of them apart."""
    others = [names for index, names in enumerate(named) if index != position]
    return named[position].difference(*others)


def clear_agreements(db: Archive) -> Previous:
    """Forget every extraction, so `reextract` can rebuild them from the stored articles;
    returns where each report was, for `save_reports` to keep the ids.

    Deleting reports cascades to their parties, signatories, regions and clauses.
    """
    places: dict[int, list[tuple[int, int | None, int]]] = {}
    parties: dict[int, list[frozenset[str]]] = {}
    names = _party_names(db)
    for report_id, article_id, position, start, agreement_id in db.execute(
        "SELECT id, article_id, position, evidence_start, agreement_id FROM reports"
    ):
        places.setdefault(article_id, []).append((position, start, agreement_id))
        parties.setdefault(article_id, []).append(names.get(report_id, frozenset()))
    top = db.execute("SELECT coalesce(max(id), 0) FROM agreements").fetchone()[0]
    db.execute("DELETE FROM reports")
    db.execute("DELETE FROM agreements")
    clear_clause_index(db)
    return Previous(places, top, parties=parties)


def _party_names(db: Archive, article_id: int | None = None) -> dict[int, frozenset[str]]:
    """Report id → the names of its parties, of one article's reports or of all."""
    sql = "SELECT p.report_id, p.name FROM parties p JOIN reports r ON r.id = p.report_id"
    rows = (
        db.execute(sql)
        if article_id is None
        else db.execute(f"{sql} WHERE r.article_id = ?", [article_id])
    )
    names: dict[int, set[str]] = {}
    for report_id, name in rows:
        names.setdefault(report_id, set()).add(name)
    return {report_id: frozenset(found) for report_id, found in names.items()}


def save_reports(
    db: Archive,
    article_id: int,
    reports: list[AgreementReport],
    previous: Previous | None = None,
    joins: list[tuple[int, int]] | None = None,
) -> list[int]:
    """Store an article's reports, each joining the agreement it reports or a new one.

    The owner's merges and splits decide before `merge.same_signing` does. When the article
    is being re-extracted (`previous`), a report that starts a new agreement takes back the
    id its old self had, if that id is free. Each agreement a report brings into another
    (`_bridge`) is added to `joins` as (its id, the id it joined), for `add` to say.
    Returns the agreement id of each report, in order.
    """
    sha, published = db.execute(
        "SELECT sha256, published FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    published_on = PartialDate.parse_iso(published)
    keys = [(p, r.evidence_span[0] if r.evidence_span else None) for p, r in enumerate(reports)]
    rules = corrections.grouping(db, sha, keys)
    within = corrections.merged_within(db, sha, keys)
    prefer = previous.ids_for(article_id, reports) if previous else {}
    above = previous.top if previous else 0
    agreement_ids = []
    for position, report in enumerate(reports):
        joined, kept_apart = rules.get(position, ([], set()))
        also: list[int] = []
        agreement_id = joined[0] if joined else None
        if position in within:
            agreement_id = agreement_ids[within[position]]
        if agreement_id is None:
            agreement_id, also = _joined_agreement(db, article_id, report, published_on, kept_apart)
        new = agreement_id is None
        if new:
            agreement_id = new_agreement(
                db, report.status, report.kind, prefer.get(position), above
            )
        _insert_report(db, agreement_id, article_id, position, report)
        refresh_agreement(db, agreement_id, fresh=report if new else None)
        bridged = _bridge(db, agreement_id, also)
        if joins is not None:
            joins += [(other, agreement_id) for other in bridged]
        agreement_ids.append(agreement_id)
    if len(reports) > 1 and corrections.touching(db, [sha], _ON_REPORTS):
        # While the first report was the article's only one, every correction of the article
        # bound to it ("an article with one report has no choice"); with all saved, each
        # correction binds to its own report again.
        refresh_agreements(db, agreement_ids)
    return agreement_ids


_ON_REPORTS = ("set", "add", "remove", "reject")


def _bridge(db: Archive, joined: int, others: list[int]) -> list[int]:
    """Join to `joined` each of `others` that the report just saved is also the same
    signing as, where the two agreements' merged facts say so too; the ids joined.

    Two reports of one signing can be saved apart when neither alone tells enough (a
    report of "26일" without a year beside one of the day's items without a day), and a
    third that matches both joined only the first: whether the three became one agreement
    depended on the order their articles were added in. Asking again of the agreement the
    third report made richer, against each other it matched, takes that order away for it.
    Only agreements whose first articles came out near each other are joined (one wrong
    match must not pull in another year's signing), never two holding reports of one
    article (an article's signings are apart by its own telling), never one the owner
    merged, split or rejected (those decide by hand), and never two the owner corrected
    both (one fix would override the other). A join stays when the article that made it is
    removed later; `reextract` groups afresh.
    """
    from mouarchive.merge import same_signing
    from mouarchive.merge_dates import told_near
    from mouarchive.merge_parties import aligned_keys

    if not others:
        return []
    by_hand, corrected = _owner_on(db, joined)
    if by_hand:
        return []
    bridged = []
    for other in others:
        other_by_hand, other_corrected = _owner_on(db, other)
        # Both corrected: one owner's fix would silently override the other's.
        if other_by_hand or (corrected and other_corrected) or _share_an_article(db, joined, other):
            continue
        facts = agreement_facts(db, [joined, other])
        (mine, my_day, my_side), (theirs, their_day, their_side) = facts[joined], facts[other]
        keys = aligned_keys(mine, theirs, (my_side, their_side))
        if told_near(mine, theirs, my_day, their_day) and same_signing(
            mine, theirs, (my_day, their_day), keys
        ):
            left = move_reports(db, reports_of_agreements(db, [other]), joined)
            refresh_agreements(db, left | {joined})
            bridged.append(other)
    return bridged


def _owner_on(db: Archive, agreement_id: int) -> tuple[bool, bool]:
    """Whether the owner grouped the agreement by hand (merged, split or rejected it), and
    whether any correction applies to it: a field corrected changes what it shows, never
    which reports join it."""
    applied = corrections.for_agreement(db, agreement_id)
    return any(c.action in ("merge", "split", "reject") for c in applied), bool(applied)


def _share_an_article(db: Archive, one: int, other: int) -> bool:
    """Whether one article has reports in both agreements."""
    return (
        db.execute(
            "SELECT 1 FROM reports r JOIN reports s ON s.article_id = r.article_id"
            " WHERE r.agreement_id = ? AND s.agreement_id = ? LIMIT 1",
            [one, other],
        ).fetchone()
        is not None
    )


def _joined_agreement(
    db: Archive,
    article_id: int,
    report: AgreementReport,
    published_on: PartialDate | None,
    kept_apart: set[int],
) -> tuple[int | None, list[int]]:
    """The agreement `report` joins, of the candidates the owner has not kept it apart from:
    the first `merge.same_signing` takes, else the one told in the same words; and, where
    the report tells what that first lacks (`_adds_to`), the other candidates
    `merge.same_signing` takes too (for `_bridge`)."""
    from mouarchive.merge import lead_bar, same_signing
    from mouarchive.merge_parties import aligned_keys, party_side

    mine = party_side(report)
    taken: list[int] = []
    weighed = []
    for candidate_id, candidate, first_published, theirs in merge_candidates(
        db, report, article_id
    ):
        if candidate_id in kept_apart:
            continue
        # Both tests align the two party lists; the second only where the first says no,
        # which it says of nearly every candidate (aligning is most of `same_signing`).
        published = (published_on, first_published)
        keys = aligned_keys(report, candidate, (mine, theirs))
        if same_signing(report, candidate, published, keys):
            taken.append(candidate_id)
            if len(taken) == 1 and not _adds_to(report, candidate):
                # Only what the report adds to the first match could make it match another.
                break
        elif not taken:
            weighed.append((candidate_id, candidate, published, keys))
    if taken:
        return taken[0], taken[1:]
    bars = {
        candidate_id: bar
        for candidate_id, candidate, published, keys in weighed
        if (bar := lead_bar(report, candidate, published, keys)) is not None
    }
    return _told_in_same_words(db, article_id, report, bars), []


def _adds_to(report: AgreementReport, facts: AgreementReport) -> bool:
    """Whether the report tells what the agreement it joins lacks: more parties, a day or a
    year, items, a sum or a title, the facts that may tie it to another agreement it matches
    too."""
    date, known = report.date, facts.date
    return bool(
        len(report.parties) > len(facts.parties)
        or (date is not None and date.day is not None and (known is None or known.day is None))
        or (date is not None and date.year is not None and (known is None or known.year is None))
        or (report.clauses and not facts.clauses)
        or (report.investment_krw and not facts.investment_krw)
        or (report.title and not facts.title)
    )


def _told_in_same_words(
    db: Archive, article_id: int, report: AgreementReport, bars: dict[int, float]
) -> int | None:
    """Of the agreements only their words could tell from `report` (each with the likeness
    its reports' sentences must reach, `merge.lead_bar`), the one whose report tells the
    signing most nearly in the same sentence: another outlet's repost of one press release,
    which often dates the signing nowhere. Ties go to the oldest agreement."""
    from mouarchive.merge_contents import leads_likeness

    if not bars or report.evidence_span is None:
        return None
    start, end = report.evidence_span
    (lead,) = db.execute(
        "SELECT substr(body, ?, ?) FROM articles WHERE id = ?", [start + 1, end - start, article_id]
    ).fetchone()
    rows = db.execute(
        "SELECT r.agreement_id, substr(a.body, r.evidence_start + 1,"
        " r.evidence_end - r.evidence_start) FROM reports r JOIN articles a ON a.id = r.article_id"
        " WHERE r.agreement_id IN (SELECT value FROM json_each(?)) AND r.article_id != ?"
        " AND r.evidence_start IS NOT NULL",
        [json.dumps(sorted(bars)), article_id],
    )
    best: dict[int, float] = {}
    for agreement_id, other in rows:
        best[agreement_id] = max(best.get(agreement_id, 0.0), leads_likeness(lead, other))
    fitting = [
        (-likeness, agreement_id)
        for agreement_id, likeness in best.items()
        if likeness >= bars[agreement_id]
    ]
    return min(fitting)[1] if fitting else None


def new_agreement(
    db: Archive, status: str, kind: str, prefer_id: int | None = None, above: int = 0
) -> int:
    """An empty agreement row, filled by `refresh_agreement` once it has reports: with id
    `prefer_id` when that is free, else the next id above every other, above `above`, and
    above every id a merge in force took in (undoing it gives those ids back: a signing
    added meanwhile must not hold one)."""
    if prefer_id is None or agreement_exists(db, prefer_id):
        top = db.execute(
            "SELECT max((SELECT coalesce(max(id), 0) FROM agreements),"
            " (SELECT coalesce(max(j.value), 0) FROM (SELECT old_value FROM corrections"
            "  WHERE action = 'merge' AND undone_at IS NULL) c, json_each(c.old_value) j))"
        ).fetchone()[0]
        prefer_id = max(top, above) + 1
    db.execute(
        "INSERT INTO agreements (id, date_precision, status, kind) VALUES (?, 'unknown', ?, ?)",
        [prefer_id, status, kind],
    )
    return prefer_id


def agreement_exists(db: Archive, agreement_id: int) -> bool:
    return (
        db.execute("SELECT 1 FROM agreements WHERE id = ?", [agreement_id]).fetchone() is not None
    )


def reports_of_agreements(db: Archive, agreement_ids: Iterable[int]) -> list[int]:
    return [
        row[0]
        for row in db.execute(
            "SELECT id FROM reports WHERE agreement_id IN (SELECT value FROM json_each(?))"
            " ORDER BY id",
            [json.dumps(sorted(agreement_ids))],
        )
    ]


def report_status_kind(db: Archive, report_id: int) -> tuple[str, str]:
    """What a new agreement row starts with before `refresh_agreement` fills it."""
    return db.execute("SELECT status, kind FROM reports WHERE id = ?", [report_id]).fetchone()


def move_reports(db: Archive, report_ids: list[int], agreement_id: int) -> set[int]:
    """Give reports to another agreement; return the agreements they left (to refresh)."""
    ids = json.dumps(report_ids)
    left = {
        row[0]
        for row in db.execute(
            "SELECT agreement_id FROM reports WHERE id IN (SELECT value FROM json_each(?))", [ids]
        )
    }
    db.execute(
        "UPDATE reports SET agreement_id = ? WHERE id IN (SELECT value FROM json_each(?))",
        [agreement_id, ids],
    )
    return left - {agreement_id}


def delete_reports(db: Archive, report_ids: list[int]) -> set[int]:
    """Delete reports and their facts from every table and index; return their agreements."""
    ids = json.dumps(report_ids)
    agreements = {
        row[0]
        for row in db.execute(
            "SELECT agreement_id FROM reports WHERE id IN (SELECT value FROM json_each(?))", [ids]
        )
    }
    unindex_clauses(
        db,
        db.execute(
            "SELECT id, text FROM clauses WHERE report_id IN (SELECT value FROM json_each(?))",
            [ids],
        ).fetchall(),
    )
    db.execute("DELETE FROM reports WHERE id IN (SELECT value FROM json_each(?))", [ids])
    return agreements


def replace_reports(
    db: Archive,
    article_id: int,
    reports: list[AgreementReport],
    shift: Callable[[int | None], int | None] | None = None,
) -> list[int]:
    """Re-extraction of one article: its old reports go, the new ones are saved.

    An agreement the article alone reported keeps its id, and an id it leaves unclaimed is
    given to no signing read for the first time; every agreement touched is recomputed, so
    the owner's corrections land where their keys now point. An edited text (`replacing`)
    comes with `shift`, where each old sentence offset stands in it (`rebuild.moved`, as
    the corrections' keys were moved): old and new reports are compared in the new text.
    """
    old = db.execute(
        "SELECT id, position, evidence_start, agreement_id FROM reports WHERE article_id = ?",
        [article_id],
    ).fetchall()
    top = db.execute("SELECT coalesce(max(id), 0) FROM agreements").fetchone()[0]
    (sha,) = db.execute("SELECT sha256 FROM articles WHERE id = ?", [article_id]).fetchone()
    now = [(p, r.evidence_span[0] if r.evidence_span else None) for p, r in enumerate(reports)]
    at = shift or (lambda start: start)
    was = [(position, at(start), agreement) for _, position, start, agreement in old]
    bound = {article_id: corrections.bound(db, sha, was, now)}
    names = _party_names(db, article_id)
    parties = {article_id: [names.get(report_id, frozenset()) for report_id, *_ in old]}
    previous = Previous({article_id: was}, top, bound, parties)
    touched = delete_reports(db, [report_id for report_id, *_ in old])
    refresh_agreements(db, touched)
    saved = save_reports(db, article_id, reports, previous)
    refresh_agreements(db, touched - set(saved))
    return saved


def refresh_agreements(db: Archive, agreement_ids: Iterable[int]) -> None:
    for agreement_id in sorted(set(agreement_ids)):
        refresh_agreement(db, agreement_id)


def _insert_report(
    db: Archive, agreement_id: int, article_id: int, position: int, report: AgreementReport
) -> None:
    date = report.date or PartialDate()
    date_span = report.date_span or (None, None)
    evidence = report.evidence_span or (None, None)
    invested = report.investment_span or (None, None)
    hiring = report.jobs_span or (None, None)
    report_id = db.execute(
        "INSERT INTO reports (agreement_id, article_id, position, year, month, day, date_text,"
        " date_start, date_end, status, title, kind, place, clauses_stated,"
        " evidence_start, evidence_end, investment_krw, investment_start, investment_end,"
        " jobs, jobs_start, jobs_end, partners_counted)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            report.investment_krw,
            *invested,
            report.jobs,
            *hiring,
            report.partners_counted,
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
        "INSERT INTO clauses (report_id, agreement_id, position, text, start, end)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(report_id, agreement_id, i, c.text, *c.span) for i, c in enumerate(report.clauses)],
    )
    index_report_clauses(db, report_id)


def load_report(db: Archive, report_id: int) -> AgreementReport:
    r = _row(
        db,
        "SELECT year, month, day, date_text, date_start, date_end, status, title, kind, place,"
        " clauses_stated, evidence_start, evidence_end, investment_krw, investment_start,"
        " investment_end, jobs, jobs_start, jobs_end, partners_counted FROM reports WHERE id = ?",
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
        evidence_span=_span(r, "evidence"),
        investment_krw=r["investment_krw"],
        investment_span=_span(r, "investment"),
        jobs=r["jobs"],
        jobs_span=_span(r, "jobs"),
        partners_counted=r["partners_counted"],
    )


def _span(row: dict, name: str) -> Span | None:
    start = row[f"{name}_start"]
    return (start, row[f"{name}_end"]) if start is not None else None


def refresh_agreement(db: Archive, agreement_id: int, fresh: AgreementReport | None = None) -> None:
    """Recompute an agreement from its reports, then apply the owner's corrections over
    the merged facts (or drop the agreement when no report is left).

    `fresh` is the report an agreement was just made for, as it was written: while it is
    the agreement's only one it is not read back (`add` makes most agreements so)."""
    from mouarchive.combine import combine
    from mouarchive.corrections import apply, removed_items

    # Earliest published first, then by content, never by when a report was saved: the
    # first report gives what no rule of `combine` chooses otherwise (newcomer 50, finding 6).
    reports = db.execute(
        "SELECT r.id, a.published FROM reports r JOIN articles a ON a.id = r.article_id"
        " WHERE r.agreement_id = ?"
        " ORDER BY a.published IS NULL, a.published, a.sha256, r.position",
        [agreement_id],
    ).fetchall()
    report_ids = [report_id for report_id, _ in reports]
    if not report_ids:
        items.drop(db, agreement_id)
        db.execute("DELETE FROM agreements WHERE id = ?", [agreement_id])
        return
    applied = corrections.for_agreement(db, agreement_id)
    if fresh is not None and len(report_ids) == 1:
        merged = combine([fresh])
    else:
        lead = _merged_into(db, report_ids, applied)
        ordered = lead + [report_id for report_id in report_ids if report_id not in lead]
        out = dict(reports)
        merged = combine(
            [load_report(db, report_id) for report_id in ordered],
            lead=len(lead),
            published=[PartialDate.parse_iso(out[report_id]) for report_id in ordered],
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
    first_published = reports[0][1]
    db.execute(
        f"UPDATE agreements SET {', '.join(f'{name} = ?' for name in _FACTS)},"
        " first_published = ? WHERE id = ?",
        [_json(facts[n]) if isinstance(facts[n], list) else facts[n] for n in _FACTS]
        + [first_published, agreement_id],
    )


def _merged_into(db: Archive, report_ids: list[int], applied: list) -> list[int]:
    """The reports of the agreement the owner's last `merge` merged others into, in order:
    its date, title and place stay the agreement's (newcomer 48, finding 9)."""
    merges = [c for c in applied if c.action == "merge"]
    if not merges:
        return []
    found = [corrections.report_of(db, key) for key in merges[-1].keys if key.side == 0]
    kept = {place[0] for place in found if place}
    return [report_id for report_id in report_ids if report_id in kept]


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


def _row(db: Archive, sql: str, parameters: Sequence) -> dict | None:
    """One row as a dict by column name, for rows too wide to unpack by position."""
    cursor = db.execute(sql, parameters)
    row = cursor.fetchone()
    return None if row is None else dict(zip([c[0] for c in cursor.description], row, strict=True))


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
