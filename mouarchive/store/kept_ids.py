"""Which agreement each report of an article belonged to before it is read again, and which
of its new reports is which: ids in the owner's notes and scripts name one signing through
`reextract`, an upgrade and an edited file added again.

`store.agreements` fills `Previous` as it clears an archive's reports or one article's,
and asks it as it saves the new ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mouarchive.models import AgreementReport
from mouarchive.store.connection import Archive

if TYPE_CHECKING:
    from mouarchive.store.removals import Place


@dataclass
class Previous:
    """Which agreement each report belonged to before its article is re-extracted, so the
    rebuilt agreements get their ids back: people cite them in notes and scripts.

    `places` maps an article id to its old reports as (position, evidence start, agreement
    id); an agreement nothing claims again gets an id above `top`, never one that an
    agreement re-read later will want back. `bound` maps an article id to the positions of
    its new reports that the owner's corrections bind to, each with the id the agreement
    corrected had (`replace_reports`; an edited text's old offsets moved into the new one);
    `parties` holds each old report's party names, in the order of `places`. `rejoined`
    maps an agreement that took in another when one article was read again (migration
    0028) to the id that other had: a report of the article leaving it again takes that id
    back (the date corrected and the correction undone: #1 went into #2, and is #1 again).
    """

    places: dict[int, list[tuple[int, int | None, int]]]
    top: int = 0
    bound: dict[int, dict[int, int]] = field(default_factory=dict)
    parties: dict[int, list[frozenset[str]]] = field(default_factory=dict)
    rejoined: dict[int, int] = field(default_factory=dict)

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
        # A recorded signing (a negative position) takes its own id back (`save_reports`).
        read = [
            index for index, place in enumerate(self.places.get(article_id, [])) if place[0] >= 0
        ]
        old = [self.places[article_id][index] for index in read]
        starts = [report.evidence_span[0] if report.evidence_span else None for report in reports]
        found = dict(self.bound.get(article_id, {}))
        names_then = self.parties.get(article_id, [])
        old_names = [names_then[index] for index in read] if names_then else []
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


def let_back(
    article_id: int,
    places: list[Place],
    top: int,
    taken: frozenset[int] = frozenset(),
    merged_from: dict[int | None, int] | None = None,
) -> Previous:
    """The reports of an article a removal let back in, as they stood when it went
    (`removals.returning`: position, evidence start, agreement, party names), for its new
    id: read again, each takes back the id its signing had, where that is free. `top` is
    the highest id given: no agreement held now is taken over. An id in `taken`, which a
    report held now or an old one claims, is another signing's where a merge held the
    report with it: the report asks for the id it had before that merge (`merged_from`,
    by its sentence's start), else for none (newcomer 55, 4 c).
    """
    own = merged_from or {}
    kept = []
    for position, start, agreement, names in places:
        if agreement in taken:
            agreement = own.get(start)
        if agreement is not None and agreement not in taken:
            kept.append((position, start, agreement, names))
    return Previous(
        {article_id: [(position, start, agreement) for position, start, agreement, _ in kept]},
        top,
        parties={article_id: [names for *_, names in kept]},
    )


def merged_from(db: Archive, article_sha: str) -> dict[int | None, int]:
    """The id each report of an article had before the first merge that took it into
    another agreement, by its sentence's start: that merge's record names the ids it took
    in, one for each side but the first (undone merges too: the id is the report's own)."""
    from mouarchive.store.corrections import every

    found: dict[int | None, int] = {}
    for merge in every(db, "merge"):
        taken = merge.old if isinstance(merge.old, list) else []
        sides = sorted({key.side for key in merge.keys} - {0})
        for key in merge.keys:
            if key.article_sha == article_sha and key.side in sides:
                index = sides.index(key.side)
                if index < len(taken):
                    found.setdefault(key.evidence_start, int(taken[index]))
    return found


def _own_names(named: list[frozenset[str]], position: int) -> frozenset[str]:
    """The party names of one of an article's reports that none of its others names: the
    city every signing of its press release names tells none of them apart."""
    others = [names for index, names in enumerate(named) if index != position]
    return named[position].difference(*others)


def party_names(db: Archive, article_id: int | None = None) -> dict[int, frozenset[str]]:
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
