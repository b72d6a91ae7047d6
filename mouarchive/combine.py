"""One agreement from the reports of one signing.

Once `merge` has grouped reports of one signing, each outlet has told part of it: one the
date to the day, another the full list of parties, a third the sum written out. Combining
keeps the best each report gives, which is a job of its own apart from deciding sameness.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from mouarchive.extract.same_org import same_organisation
from mouarchive.merge_contents import sum_unit
from mouarchive.merge_parties import RELATIONS
from mouarchive.models import AgreementReport, PartialDate, Party, Region, Signatory
from mouarchive.party_keys import party_key, place_of_executive, written_for

_PRECISION = {"day": 3, "month": 2, "year": 1, "unknown": 0}


def _itemised(reports: list[AgreementReport]) -> AgreementReport:
    """The report whose agreed items the agreement shows: the number of items most reports
    give, the longer list on a tie, since one outlet may cut a run of items written in prose
    at every comma ("A, B, C 및 D, E 등이다" read as five where two outlets mark four)."""
    counts = Counter(len(r.clauses) for r in reports if r.clauses)
    if not counts:
        return reports[0]
    told = max(counts, key=lambda n: (counts[n], n))
    return next(r for r in reports if len(r.clauses) == told)


def _most_precise(reports: list[AgreementReport]) -> AgreementReport | None:
    """The report whose date says most: a finer precision, then a known year and month
    ("26일" alone loses to 2023-06-26)."""
    dated = [r for r in reports if r.date is not None]
    if not dated:
        return None
    return max(dated, key=lambda r: _completeness(r.date))  # type: ignore[arg-type]


def _completeness(date: PartialDate) -> tuple[int, bool, bool]:
    return _PRECISION[date.precision], date.year is not None, date.month is not None


def _union_parties(reports: list[AgreementReport]) -> list[Party]:
    """Each party once, by its fullest name: "한국농촌지도자순창군연합회" over the
    "순창군연합회" another outlet wrote, "충남대학교" over "충남대", a branch over the body
    another outlet named ("한국농어촌공사 충북본부"), in the place the first report gave it; a
    place abroad by the place, where one outlet named the executive that signed for it
    ("하노이시 인민위원회") and another the place."""
    out: list[Party] = []
    placed: list[bool] = []  # whether some report named the party by a place, not its executive
    for report in reports:
        for party in report.parties:
            key = party_key(party.name)
            at = next(
                (
                    i
                    for i, p in enumerate(out)
                    if party_key(p.name) == key
                    or written_for(key, party_key(p.name))
                    or same_organisation(p.name, party.name)
                ),
                None,
            )
            by_place = place_of_executive(party.name) is None
            if at is None:
                out.append(party)
                placed.append(by_place)
                continue
            placed[at] = placed[at] or by_place
            if _fullness(party.name) > _fullness(out[at].name):
                out[at] = party
    return [
        replace(party, name=place)
        if by_place and (place := place_of_executive(party.name))
        else party
        for party, by_place in zip(out, placed, strict=True)
    ]


def _fullness(name: str) -> tuple[int, int]:
    """How full a name is: by its key first, then, as "충남대학교" and "충남대" share one
    key, by how it is written. An executive abroad weighs as the place it names."""
    named = place_of_executive(name) or name
    return len(party_key(named)), len(named.replace(" ", ""))


def _union_signatories(reports: list[AgreementReport]) -> list[Signatory]:
    """One entry per person; a later report may supply the organisation an earlier one lacked."""
    by_name: dict[str, Signatory] = {}
    for report in reports:
        for sig in report.signatories:
            known = by_name.get(sig.name)
            if known is None:
                by_name[sig.name] = sig
            elif known.organization is None and sig.organization is not None:
                by_name[sig.name] = Signatory(
                    sig.name, known.title or sig.title, sig.organization, known.span
                )
    return list(by_name.values())


def _union_regions(reports: list[AgreementReport]) -> list[Region]:
    """A region any report pins down is no longer ambiguous."""
    out: dict[str, Region] = {}
    for report in reports:
        for region in report.regions:
            known = out.get(region.name)
            if known is None or (known.ambiguous and not region.ambiguous):
                out[region.name] = region
    return list(out.values())


def _kind(reports: list[AgreementReport], lead: AgreementReport) -> str:
    """The kind most reports give, the title's report breaking a tie, but the relation
    where one outlet names it and another only the 협정 that set it up ("자매결연",
    "협정")."""
    relations = [r.kind for r in reports if r.kind in RELATIONS]
    if relations:
        return _most_told(relations, lead.kind)
    kinds = [r.kind for r in reports if r.kind]
    return _most_told(kinds, lead.kind) if kinds else reports[0].kind


def _most_told(values: list[str], prefer: str | None = None) -> str:
    """The wording most reports give; on a tie `prefer` (the title's report's), else the
    first given (the reports come earliest published first). A rule a reader can check by
    hand, where "the first report's" meant the first added, so the order files came in
    changed an agreement's title, kind and place (newcomer 50, finding 6)."""
    counts = Counter(values)
    top = max(counts.values())
    if prefer is not None and counts.get(prefer) == top:
        return prefer
    return next(value for value in values if counts[value] == top)


def _titled(reports: list[AgreementReport], published: list[PartialDate | None]) -> int | None:
    """Which report gives the agreement its title: of the wording most reports give, the
    report out earliest; among reports out the same day (or undated), the fullest title,
    then the first in 가나다 order."""
    counts = Counter(r.title for r in reports if r.title)
    if not counts:
        return None
    return min(
        (i for i, r in enumerate(reports) if r.title),
        key=lambda i: (
            -counts[reports[i].title],
            _day_key(published[i]),
            -len(reports[i].title or ""),
            reports[i].title,
        ),
    )


def _day_key(day: PartialDate | None) -> tuple[bool, str]:
    """Earliest first, an article without a day last."""
    return (day is None or day.iso is None, (day.iso or "") if day else "")


def combine(
    reports: list[AgreementReport],
    lead: int = 0,
    published: list[PartialDate | None] | None = None,
) -> AgreementReport:
    """One agreement from reports of the same signing: the most precise date, the union of
    who signed, the fullest list of items and the largest count of them (one outlet counts
    "4개 분야", another the "10개 과제" under them), amounts and jobs from the first report
    that gives them, and the title, kind and place most reports give (`_titled`,
    `_most_told`). `published` is the day each report's article came out, where known;
    the caller gives the reports earliest published first.

    The first `lead` reports are those of the agreement the owner merged the others into
    (`merge A B`): A's date, title, kind and place win however the others tell them, so
    the agreement merged into stays itself and B's facts only fill what A lacks.
    """
    if not reports:
        raise ValueError("combine needs at least one report")
    days = published if published is not None else [None] * len(reports)
    first = reports[0]
    dated = _most_precise(reports[:lead]) or _most_precise(reports)
    worded = next((r for r in reports if r.date_text), None)
    itemised = _itemised(reports)
    # The sum written out in full, not another outlet's round figure of it.
    invested = min(
        (r for r in reports if r.investment_krw),
        key=lambda r: sum_unit(r.investment_krw or 0),
        default=None,
    )
    hiring = next((r for r in reports if r.jobs), None)
    owners = reports[:lead]
    told = owners if any(r.title for r in owners) else reports
    titled = _titled(told, days[: len(told)])
    lead_report = told[titled] if titled is not None else (owners or reports)[0]
    places = [r.place for r in owners if r.place] or [r.place for r in reports if r.place]
    return AgreementReport(
        title=lead_report.title,
        kind=_kind(owners if any(r.kind for r in owners) else reports, lead_report),
        status="signed" if any(r.status == "signed" for r in reports) else first.status,
        date=dated.date if dated else None,
        # Undated, an agreement still says what its reports said of when ("최근").
        date_text=(dated or worded).date_text if (dated or worded) else None,
        date_span=(dated or worded).date_span if (dated or worded) else None,
        place=_most_told(places, lead_report.place) if places else None,
        parties=_union_parties(reports),
        signatories=_union_signatories(reports),
        regions=_union_regions(reports),
        clauses=list(itemised.clauses),
        clauses_stated=max((r.clauses_stated or 0 for r in reports), default=0) or None,
        evidence_span=first.evidence_span,
        investment_krw=invested.investment_krw if invested else None,
        investment_span=invested.investment_span if invested else None,
        jobs=hiring.jobs if hiring else None,
        jobs_span=hiring.jobs_span if hiring else None,
        partners_counted=_partners_counted(reports),
    )


def _partners_counted(reports: list[AgreementReport]) -> int | None:
    """The most partners any report counts; unknown (None) while a report saved before
    partners were counted (migration 0018) is among them."""
    counted = [r.partners_counted for r in reports]
    return None if None in counted else max(counted, default=0)
