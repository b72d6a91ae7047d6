"""Reports (one article's account of a signing) and their merging into agreements.

`merge.same_signing` decides which reports are one signing; this module only narrows the
candidates in SQL, and `refresh` keeps each agreement row equal to the combination of its
reports.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from mouarchive.corrections import ACTIONS
from mouarchive.models import AgreementReport, PartialDate
from mouarchive.store import bindings, corrections
from mouarchive.store.connection import Archive
from mouarchive.store.indexes import clear_clause_index, unindex_clauses
from mouarchive.store.kept_ids import Previous, party_names
from mouarchive.store.matching import agreement_facts, merge_candidates
from mouarchive.store.refresh import refresh_agreement, refresh_agreements, refresh_joined
from mouarchive.store.report_rows import insert_report

IN_REGION = "j.value = ? OR substr(j.value, 1, length(?) + 1) = ? || ' '"
"""A canonical region name `j.value` lies in the region bound three times: it is the region
or one of its districts ("광주광역시 서구"), never a namesake ("경기도 광주시")."""


def clear_agreements(db: Archive) -> Previous:
    """Forget every extraction, so `reextract` can rebuild them from the stored articles;
    returns where each report was, for `save_reports` to keep the ids.

    Deleting reports cascades to their parties, signatories, regions and clauses.
    """
    places: dict[int, list[tuple[int, int | None, int]]] = {}
    parties: dict[int, list[frozenset[str]]] = {}
    names = party_names(db)
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


def save_reports(
    db: Archive,
    article_id: int,
    reports: list[AgreementReport],
    previous: Previous | None = None,
    joins: list[tuple[int, int]] | None = None,
    prefer: dict[int, int] | None = None,
) -> list[int]:
    """Store an article's reports, each joining the agreement it reports or a new one.

    The owner's merges and splits decide before `merge.same_signing` does. When the article
    is being re-extracted (`previous`), a report that starts a new agreement takes back the
    id its old self had, if that id is free. Each agreement a report brings into another
    (`_bridge`) is added to `joins` as (its id, the id it joined), for `add` to say.
    Returns the agreement id of each report, in order, the recorded signings' last.
    """
    sha, published = db.execute(
        "SELECT sha256, published FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    published_on = PartialDate.parse_iso(published)
    owned = corrections.touching(db, [sha], ACTIONS)
    placed = [*enumerate(reports), *bindings.recorded(owned, sha)]
    keys = [(p, r.evidence_span[0] if r.evidence_span else None) for p, r in placed]
    rules = bindings.grouping(db, sha, keys, owned)
    within = bindings.merged_within(sha, keys, owned)
    if prefer is None:
        # `previous.ids_for`, unless the caller worked it out already (`replace_reports`).
        prefer = previous.ids_for(article_id, reports) if previous else {}
    if previous:
        # A recorded signing's report had the id its position held (`mouarchive.recorded`).
        prefer = {**bindings.recorded_ids(previous, article_id), **prefer}
    above = previous.top if previous else 0
    saved_at: dict[int, int] = {}
    for position, report in placed:
        joined, kept_apart = rules.get(position, ([], set()))
        also: list[int] = []
        agreement_id = joined[0] if joined else None
        if position in within:
            agreement_id = saved_at[within[position]]
        if agreement_id is None:
            # Nor one an earlier report of this article joined: two signings one article
            # tells are two unless the owner merged them (`within`). Joined here, a record
            # kept the first one's agreement until `reextract` read the article before the
            # other outlet's and parted them (newcomer 58, 15). An agreement the owner
            # merged, split or fixed takes every report that matches it, as before: the
            # owner shaped it as it was, and an article telling two of its signings must
            # not part them again (review 59 b, 1 and 4).
            told = {i for i in saved_at.values() if not _shaped_by_hand(db, i)}
            apart = kept_apart | told
            agreement_id, also = _joined_agreement(db, article_id, report, published_on, apart)
        new = agreement_id is None
        if new:
            wanted = prefer.get(position)
            if previous and wanted in previous.rejoined and agreement_exists(db, wanted):
                wanted = previous.rejoined[wanted]
                # Its id back: what it joined when it went is history now.
                db.execute("DELETE FROM joined_agreements WHERE agreement_id = ?", [wanted])
            agreement_id = new_agreement(db, report.status, report.kind, wanted, above)
        elif previous and (back := _back_to(db, agreement_id, prefer.get(position), above)):
            saved_at = {p: back if i == agreement_id else i for p, i in saved_at.items()}
            agreement_id, new = back, True
        report_id = insert_report(db, agreement_id, article_id, position, report)
        if new or owned:
            # A report the owner's corrections name may decide what they apply to: read.
            refresh_agreement(db, agreement_id, fresh=report if new else None)
        else:
            refresh_joined(db, agreement_id, report_id, published)
        bridged = _bridge(db, agreement_id, also)
        if joins is not None:
            joins += [(other, agreement_id) for other in bridged]
            for other in bridged:
                record_join(db, other, agreement_id, article_id)
        saved_at[position] = agreement_id
    if len(placed) > 1 and any(c.action in _ON_REPORTS for c in owned):
        # While the first report was the article's only one, every correction of the article
        # bound to it ("an article with one report has no choice"); with all saved, each
        # correction binds to its own report again.
        refresh_agreements(db, list(saved_at.values()))
    return list(saved_at.values())


_ON_REPORTS = ("set", "add", "remove", "reject")


def _back_to(db: Archive, agreement_id: int, wanted: int | None, above: int) -> int | None:
    """The agreement a re-read report joins, moved to the id the report had, where the
    agreement is one this re-read started (its id above every old one) and that id is free:
    `reextract` reads an article let back in before the one that kept its signing's id, and
    the signing must not come out under a new one (newcomer 55, 2). None where it stays."""
    if wanted is None or wanted == agreement_id or agreement_id <= above:
        return None
    if agreement_exists(db, wanted):
        return None
    status, kind = db.execute(
        "SELECT status, kind FROM agreements WHERE id = ?", [agreement_id]
    ).fetchone()
    new_agreement(db, status, kind, wanted)
    move_reports(db, reports_of_agreements(db, [agreement_id]), wanted)
    refresh_agreements(db, {agreement_id})
    return wanted


def issued_top(db: Archive, kind: str = "agreement") -> int:
    """The highest agreement (or `kind`, "article") id ever given (migration 0024)."""
    row = db.execute("SELECT top FROM issued_ids WHERE kind = ?", [kind]).fetchone()
    return row[0] if row else 0


def record_join(
    db: Archive, agreement_id: int, joined: int, article_id: int, read_again: bool = False
) -> None:
    """Agreement `agreement_id` joined `joined` as `add` saved article `article_id`, or as
    the article was read again (`read_again`: a date given, a correction undone; migrations
    0028, 0029), for `show` of its id to say where its signing went."""
    db.execute(
        "INSERT OR REPLACE INTO joined_agreements (agreement_id, joined, article_id, read_again)"
        " VALUES (?, ?, ?, ?)",
        [agreement_id, joined, article_id, int(read_again)],
    )


def _rejoined(db: Archive, article_id: int) -> dict[int, int]:
    """The agreements an article read again joined to others, gone since: the id each
    joined → its own (`Previous.rejoined`)."""
    return {
        joined: agreement_id
        for agreement_id, joined in db.execute(
            "SELECT agreement_id, joined FROM joined_agreements WHERE article_id = ?"
            " AND read_again AND agreement_id NOT IN (SELECT id FROM agreements)",
            [article_id],
        )
    }


def joined_away(db: Archive, agreement_id: int, article_shas: Iterable[str | None]) -> int | None:
    """A free id that joined `agreement_id` when one of these articles was read again
    (migration 0029), or that held one of them when a new article joined it (0031), else
    None: a split that parts that article's reports off again gives it back, as it gives
    back the id a merge took in (review 56 c, 1; stop 56's closing note)."""
    row = db.execute(
        "SELECT j.agreement_id FROM joined_agreements j JOIN articles a ON a.id = j.article_id"
        " WHERE j.joined = ?1 AND j.agreement_id NOT IN (SELECT id FROM agreements)"
        " AND ((j.read_again AND a.sha256 IN (SELECT value FROM json_each(?2)))"
        " OR (NOT j.read_again AND EXISTS (SELECT 1 FROM joined_articles x"
        " WHERE x.agreement_id = j.agreement_id"
        " AND x.article_sha IN (SELECT value FROM json_each(?2)))))"
        " ORDER BY j.agreement_id DESC",
        [agreement_id, json.dumps(sorted({sha for sha in article_shas if sha}))],
    ).fetchone()
    return row[0] if row else None


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
            _keep_joined_articles(db, other)
            left = move_reports(db, reports_of_agreements(db, [other]), joined)
            refresh_agreements(db, left | {joined})
            bridged.append(other)
    return bridged


def _keep_joined_articles(db: Archive, agreement_id: int) -> None:
    """The articles an agreement holds as a new article joins it to another (migration
    0031), for a split that parts them off again to give its id back (`joined_away`)."""
    db.execute(
        "INSERT OR IGNORE INTO joined_articles (agreement_id, article_sha)"
        " SELECT DISTINCT ?, a.sha256 FROM reports r JOIN articles a ON a.id = r.article_id"
        " WHERE r.agreement_id = ?",
        [agreement_id, agreement_id],
    )


def _owner_on(db: Archive, agreement_id: int) -> tuple[bool, bool]:
    """Whether the owner grouped the agreement by hand (merged, split or rejected it), and
    whether any correction applies to it: a field corrected changes what it shows, never
    which reports join it."""
    applied = corrections.for_agreement(db, agreement_id)
    return any(c.action in ("merge", "split", "reject") for c in applied), bool(applied)


def _shaped_by_hand(db: Archive, agreement_id: int) -> bool:
    """Whether a correction in force other than a record applies to the agreement: a merge,
    a split or a fix made on it as its reports stood (review 59 b, 1: a later article telling
    both signings of a merge opened a new agreement for its second, which an undo of the
    merge then left beside the one it parted; 4: `reextract` parted a fixed agreement). A
    record alone does not: two records of one article stay two (newcomer 58, 15)."""
    return any(c.action != "record" for c in corrections.for_agreement(db, agreement_id))


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
    `prefer_id` when that is free, else the next id above every id ever given (migration
    0024), above `above`, and above every id a merge in force took in (undoing it gives
    those ids back: a signing added meanwhile must not hold one)."""
    if prefer_id is None or agreement_exists(db, prefer_id):
        top = db.execute(
            "SELECT max((SELECT top FROM issued_ids WHERE kind = 'agreement'),"
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


def agreements_of_reports(db: Archive, report_ids: Iterable[int]) -> dict[int, int]:
    """Report → the agreement it is in now."""
    return {
        report: agreement_id
        for report, agreement_id in db.execute(
            "SELECT id, agreement_id FROM reports WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted(report_ids))],
        )
    }


def agreement_ids(db: Archive) -> set[int]:
    """The id of every agreement held."""
    return {row[0] for row in db.execute("SELECT id FROM agreements")}


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
    joins: list[tuple[int, int]] | None = None,
) -> list[int]:
    """Re-extraction of one article: its old reports go, the new ones are saved.

    An agreement the article alone reported keeps its id, and an id it leaves unclaimed is
    given to no signing read for the first time; every agreement touched is recomputed, so
    the owner's corrections land where their keys now point. An edited text (`replacing`)
    comes with `shift`, where each old sentence offset stands in it (`rebuild.moved`, as
    the corrections' keys were moved): old and new reports are compared in the new text.
    An agreement the article alone reported whose report, read again, joins another (a
    date given makes it the other's signing) is recorded as joined and added to `joins`,
    as `add` records a join (newcomer 55, 9: the id went silently).
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
    bound = {article_id: bindings.bound(db, sha, was, now)}
    names = party_names(db, article_id)
    parties = {article_id: [names.get(report_id, frozenset()) for report_id, *_ in old]}
    previous = Previous({article_id: was}, top, bound, parties, _rejoined(db, article_id))
    touched = delete_reports(db, [report_id for report_id, *_ in old])
    refresh_agreements(db, touched)
    prefer = previous.ids_for(article_id, reports)
    saved = save_reports(db, article_id, reports, previous, prefer=prefer)
    refresh_agreements(db, touched - set(saved))
    for position, was_id in prefer.items():
        if was_id != saved[position] and not agreement_exists(db, was_id):
            record_join(db, was_id, saved[position], article_id, read_again=True)
            if joins is not None:
                joins.append((was_id, saved[position]))
    return saved
