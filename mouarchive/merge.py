"""Grouping reports of one signing from different outlets into one agreement.

Two outlets describe the same signing with different words for the items and sometimes a
different date precision, while the same two governments may sign again years later. So the
date decides first (incompatible dates never merge), shared parties are always required,
and when the date cannot tell, the items or the sum invested must coincide. A wrong merge
hides an agreement from the archive; a missed one only shows it twice, so every doubt keeps
them apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from mouarchive.extract.orgnames import region_of
from mouarchive.extract.same_org import same_organisation
from mouarchive.extract.tokens import LIST_MARKS
from mouarchive.models import (
    AgreementReport,
    Clause,
    PartialDate,
    Party,
    Region,
    Signatory,
    dates_agree,
)
from mouarchive.party_keys import bodies, party_key, written_for
from mouarchive.vocab import table

_NOISE_RE = re.compile(
    r"[\s\"'“”‘’「」『』()\[\]<>〈〉《》.,·ㆍ:;!?~…\-" + re.escape(LIST_MARKS) + "]+"
)
_ITEMS_SIMILAR = 0.5
_ITEMS_SIMILAR_WITHOUT_DATE = 0.6
_PRECISION = {"day": 3, "month": 2, "year": 1, "unknown": 0}
_MANY = 3  # parties two long lists must share to be one ceremony's despite strays
_ROSTER = 5  # parties two lists must share to be one ceremony's when no date tells
_MOSTLY = 0.7


def _party_keys(report: AgreementReport) -> set[str]:
    return {party_key(p.name) for p in report.parties}


def _bigrams(texts: Iterable[str]) -> frozenset[str]:
    return _bigrams_of(tuple(texts))


@lru_cache(maxsize=4096)
def _bigrams_of(texts: tuple[str, ...]) -> frozenset[str]:
    """Worked out once a run for each list of items: a report saved is weighed against
    every candidate, and each candidate against report after report."""
    joined = "|".join(_NOISE_RE.sub("", t) for t in texts)
    return frozenset({joined[i : i + 2] for i in range(len(joined) - 1)} - {""})


def items_overlap(a: list[Clause], b: list[Clause]) -> float:
    """Dice overlap of the character bigrams of two clause lists: reworded items of the same
    agreement still share most of their bigrams."""
    return _dice(_bigrams(c.text for c in a), _bigrams(c.text for c in b))


def _dice(left: frozenset[str], right: frozenset[str]) -> float:
    if not left or not right:
        return 0.0
    return 2 * len(left & right) / (len(left) + len(right))


def _heads(report: AgreementReport) -> dict[str, set[str]]:
    """Who signed for each party, by party key."""
    heads: dict[str, set[str]] = {}
    for sig in report.signatories:
        if sig.organization:
            heads.setdefault(party_key(sig.organization), set()).add(sig.name.replace(" ", ""))
    return heads


def _aligned_keys(a: AgreementReport, b: AgreementReport) -> tuple[set[str], set[str]]:
    """Both reports' party keys, where a party of `b` that the same person signed for as a
    party of `a` takes that party's key: one outlet writes a foreign company in Latin letters
    ("Nexa Robotics"), another in Hangul ("넥사로보틱스"), but its chief is one person; or
    one writes only the end of a long name."""
    left, right = _party_keys(a), _party_keys(b)
    heads_a, heads_b = _heads(a), _heads(b)
    for key in sorted(right - left):
        same = [
            k
            for k in left - right
            if heads_a.get(k, set()) & heads_b.get(key, set()) or written_for(key, k)
        ]
        if len(same) == 1:
            right = (right - {key}) | {same[0]}
    return left, right


def _shared_parties(a: AgreementReport, b: AgreementReport) -> bool:
    """Every party of the side that names fewer is among the other's, and at least one is
    shared: one outlet may list fewer signatories than another, never different ones."""
    left, right = _aligned_keys(a, b)
    if not left or not right:
        return False
    smaller, larger = (left, right) if len(left) <= len(right) else (right, left)
    return smaller <= larger if len(smaller) > 1 else bool(smaller & larger)


def _mostly_shared(a: AgreementReport, b: AgreementReport) -> bool:
    """Two long party lists of one ceremony, each outlet with a stray name or two ("국토연구원,
    SK텔레콤, KT … 기획재정위원회"): at least three in common and most of the shorter list."""
    left, right = _aligned_keys(a, b)
    shared = len(left & right)
    return shared >= _MANY and shared >= _MOSTLY * min(len(left), len(right))


def _one_roster(a: AgreementReport, b: AgreementReport) -> bool:
    """Two outlets listing most of one long roster ("테리안, 에코텍, 코비코테크 …"), one naming
    the province and the other its cities: so many partners in common is one ceremony when
    no date says otherwise."""
    if _told_apart(a, b):
        # The same bodies agreeing on other things: another agreement of one council.
        return False
    left, right = _aligned_keys(a, b)
    shared = len(left & right)
    return shared >= _ROSTER and shared >= _MOSTLY * min(len(left), len(right))


def _one_sum(a: AgreementReport, b: AgreementReport) -> bool:
    """Two outlets of one investment ceremony, each naming some of the parties ("7개 기업과
    1873억 원 규모"; "경북도와 구미시" and "경북도와 엔피케이", 183억 원): the same sum and a
    party in common. Asked only of reports dated to the same day."""
    left, right = _aligned_keys(a, b)
    shared = left & right
    if a.investment_krw is None or a.investment_krw != b.investment_krw or not shared:
        return False
    if len(shared) >= 2 and _shares_a_body(shared):
        return True
    # A sum written to the 억 in two figures or more ("183억 원") is the ceremony's own, and
    # a report naming only the host governments names no other company than the report
    # naming one; a round sum ("100억", "3억") is shared by many, two companies each with the
    # hosts are two, and so are two reports naming governments alone.
    exact = a.investment_krw // _unit(a.investment_krw) >= 10
    one_names_bodies = bool(bodies(left)) != bool(bodies(right))
    return exact and _unit(a.investment_krw) <= _EXACT_SUM and one_names_bodies


def _half_shared(a: AgreementReport, b: AgreementReport) -> bool:
    """Two reports of one day, kind and status whose lists overlap by half the shorter one,
    a body among them that is no local government: an agreement read from several outlets
    holds each one's strays, so its list is rarely a superset of the next report's ("세종시,
    대전세종연구원" and one outlet's stray against a roster of eighteen institutes). Lists of
    like length must share three: a province and its guarantee fund sign with two banks on
    one day, each a signing of its own. Governments alone never tie two reports, since a
    province and a city sign with several companies on one day; nor do reports that give
    other sums, other items or other titles."""
    if a.kind != b.kind or a.status != b.status or _told_apart(a, b):
        return False
    left, right = _aligned_keys(a, b)
    shared = left & right
    shorter, longer = sorted((len(left), len(right)))
    return (
        len(shared) >= 2
        and 2 * len(shared) >= shorter
        and (len(shared) >= _MANY or longer >= 2 * shorter)
        and _shares_a_body(shared)
    )


def _nested_hosts(a: AgreementReport, b: AgreementReport) -> bool:
    """Two reports of one day naming the same companies or bodies, one with the province and
    the other with its city ("경북도, 엔피케이" and "구미시, 엔피케이"): a company signs one
    investment on a day with the governments that host it, whichever of them an outlet names.
    Other kinds, statuses, sums, items or titles tell them apart."""
    if a.kind != b.kind or a.status != b.status or _told_apart(a, b):
        return False
    left, right = _aligned_keys(a, b)
    companies = bodies(left)
    if (
        not companies
        or companies != bodies(right)
        # A city abroad signing with a province and with its city are two ties.
        or any(k.endswith(_PLACE_ENDINGS) for k in companies)
    ):
        return False
    hosts_a = [_region_name(k) for k in left - companies]
    hosts_b = [_region_name(k) for k in right - companies]
    return bool(hosts_a and hosts_b) and all(
        any(_within(one, other) or _within(other, one) for other in theirs)
        for ours, theirs in ((hosts_a, hosts_b), (hosts_b, hosts_a))
        for one in ours
    )


_PLACE_ENDINGS = ("시", "군", "구", "도", "성", "현")


def _region_name(key: str) -> str:
    found = region_of(key, "")
    return found.name if found is not None else key


def _within(inner: str, outer: str) -> bool:
    """ "경상북도 구미시" within "경상북도", and each government within itself."""
    return inner == outer or inner.startswith(outer + " ")


def _shares_a_body(shared: set[str]) -> bool:
    """Whether the parties in common include one that is no local government."""
    return bool(bodies(shared))


def _told_apart(a: AgreementReport, b: AgreementReport) -> bool:
    """Whether the two reports say something that differs: the sum invested, the agreed
    items or the agreement's name."""
    return (
        not _sums_agree(a.investment_krw, b.investment_krw)
        or bool(a.clauses and b.clauses and items_overlap(a.clauses, b.clauses) < _ITEMS_SIMILAR)
        or bool(a.title and b.title and not _titles_match(a, b))
    )


def _sums_agree(a: int | None, b: int | None) -> bool:
    """Whether two sums invested can be one: unknown on a side, equal, or one the other
    rounded to its own last figure ("7000억원" for "7천170억 원"), as outlets write a sum."""
    if a is None or b is None or a == b:
        return True
    if abs(a - b) * _CLOSE > max(a, b):
        # Rounding to one figure would tie 100억 to 140억; a rounded sum stays close.
        return False
    return any(_rounded(exact, _unit(round_)) == round_ for round_, exact in ((a, b), (b, a)))


_CLOSE = 20  # a rounded sum is within a twentieth of the sum written out


_EXACT_SUM = 10**8  # a sum whose last figure is at the 억 or finer


def _unit(amount: int) -> int:
    """The place of a sum's last figure that is not zero: 10^11 for 7000억 (7 × 10^11)."""
    unit = 1
    while amount and amount % (unit * 10) == 0:
        unit *= 10
    return unit


def _rounded(amount: int, unit: int) -> int:
    return (amount + unit // 2) // unit * unit


def same_signing(
    a: AgreementReport,
    b: AgreementReport,
    published: tuple[PartialDate | None, PartialDate | None] = (None, None),
) -> bool:
    """Whether two reports describe one signing (the same act, not merely the same parties).
    `published` gives the day each report's article came out, where known."""
    dates = dates_agree(a.date, b.date)
    if dates is True and (
        _mostly_shared(a, b) or _one_sum(a, b) or _half_shared(a, b) or _nested_hosts(a, b)
    ):
        return True
    if dates is None and a.status == b.status and _one_roster(a, b):
        return True
    if not _shared_parties(a, b):
        return False
    if dates is False:
        return False
    if a.status != b.status and dates is not True:
        return False
    if a.investment_krw is not None and a.investment_krw == b.investment_krw:
        # "1,800억 원 규모" in both: the same parties investing the same sum is one signing.
        return True
    if dates is None and _same_act(a, b) and (_told_after(a, b, *published) or _named_alike(a, b)):
        return True
    if dates is None and _same_act(a, b) and a.kind in _RELATIONS and _timeless(a, b, *published):
        # "문경시와 송콩시가 자매결연을 맺었다" in a piece that gives no date at all, beside an
        # outlet that dates it: two places set up a relation once.
        return True
    if dates is None and _same_signers(a, b) and _told_near(a, b, *published):
        return True
    if dates is None and _same_month_same_parties(a, b):
        return True
    overlap = items_overlap(a.clauses, b.clauses)
    if dates is True:
        left, right = _aligned_keys(a, b)
        if len(left & right) >= 2:
            return True
        return overlap >= _ITEMS_SIMILAR or _titles_match(a, b)
    return overlap >= _ITEMS_SIMILAR_WITHOUT_DATE


_RELATIONS = frozenset(table("agreement_kinds", "relations"))

# An article that tells a signing without its date, out within this many days of the day
# another report gives for the same parties' signing of the same kind, tells that signing.
_REPORTED_WITHIN = 14


def _told_after(
    a: AgreementReport, b: AgreementReport, a_out: PartialDate | None, b_out: PartialDate | None
) -> bool:
    """ "지난 23일 … 자매결연 협약을 체결했다" (2024-02-23) and a piece of the 28th on the same
    two governments' 자매결연 with no date: one side dated to the day, the other undated and
    published in the days after it."""
    for dated, undated, out in ((a, b, b_out), (b, a, a_out)):
        day = dated.date
        if undated.date is not None or out is None or day is None or out.precision != "day":
            continue
        if day.precision == "day" and day.year is not None:
            days = (out.first_day - day.first_day).days
            if 0 <= days <= _REPORTED_WITHIN:
                return True
    return False


_MANY_PARTIES = 3


def _same_month_same_parties(a: AgreementReport, b: AgreementReport) -> bool:
    """ "8월 31일" in one outlet, "이달" of that August in another, for exactly the same three
    or more bodies, with nothing told apart: one signing. The month must be known on both
    sides (a year alone dates many agreements of the same partners), and two bodies meet
    more often than three, so a pair needs its items to agree."""
    known = [d for d in (a.date, b.date) if d is not None and d.year and d.month]
    if len(known) < 2:
        return False
    left, right = _aligned_keys(a, b)
    if len(left) < _MANY_PARTIES or left != right:
        return False
    return not _told_apart_loosely(a, b)


def _timeless(
    a: AgreementReport, b: AgreementReport, a_out: PartialDate | None, b_out: PartialDate | None
) -> bool:
    """One report gives no date, and neither does its article: nothing places it apart from
    the other report in time. (An article that is dated is weighed by `_told_after`.)"""
    return (a.date is None and a_out is None) or (b.date is None and b_out is None)


def _same_act(a: AgreementReport, b: AgreementReport) -> bool:
    """The same kind of agreement between exactly the same two or more parties."""
    left, right = _aligned_keys(a, b)
    return a.kind == b.kind and len(left) >= 2 and left == right


def _same_signers(a: AgreementReport, b: AgreementReport) -> bool:
    """Exactly the same parties, signed for by the same person in both reports, with nothing
    they say telling them apart ("김문수 지사와 김진선 지사가 … 합의문에 서명했다" in an
    outlet that dates it and one that does not): the same act, however each outlet names its
    kind. The same heads sign more than one agreement in their terms, so a sum, the items or
    a title of its own unlike the other's keep two reports apart."""
    left, right = _aligned_keys(a, b)
    if len(left) < 2 or left != right:
        return False
    if _told_apart_loosely(a, b):
        return False
    heads_a, heads_b = _heads(a), _heads(b)
    return any(heads_a[k] & heads_b.get(k, set()) for k in heads_a)


def _told_apart_loosely(a: AgreementReport, b: AgreementReport) -> bool:
    """`_told_apart`, but two outlets' titles for one agreement need only share most of their
    letter pairs ("경기-강원도간 광역행정협정", "경기도-강원도 광역행정협력 합의문"), and their
    items a fair part."""
    titles_apart = bool(
        a.title and b.title and _dice(_bigrams([a.title]), _bigrams([b.title])) < _TITLES_ALIKE
    )
    return (
        not _sums_agree(a.investment_krw, b.investment_krw)
        or bool(a.clauses and b.clauses and items_overlap(a.clauses, b.clauses) < _ITEMS_RELATED)
        or titles_apart
    )


# Two outlets' titles for one agreement share this much of their letter pairs; one outlet's
# items summed up in a few words ("한강수계 관리, 도로확충") share this much with another's
# written out.
_TITLES_ALIKE = 0.5
_ITEMS_RELATED = 0.25


def _told_near(
    a: AgreementReport, b: AgreementReport, a_out: PartialDate | None, b_out: PartialDate | None
) -> bool:
    """Whether the two articles came out within a few weeks of each other, where both dates
    are known: the same heads' agreements of other years are told in other years' news."""
    if a_out is None or b_out is None or "unknown" in (a_out.precision, b_out.precision):
        return True
    if a_out.precision != "day" or b_out.precision != "day":
        return a_out.year == b_out.year
    return abs((a_out.first_day - b_out.first_day).days) <= _REPORTED_WITHIN


def _titles_match(a: AgreementReport, b: AgreementReport) -> bool:
    return bool(a.title and b.title and _NOISE_RE.sub("", a.title) == _NOISE_RE.sub("", b.title))


# A title longer than its kind by this many letters names one agreement ("맥스터 증설에 따른
# 상생협력 지원금 제공을 위한 업무협약"), not merely a kind ("업무제휴협약").
_OWN_TITLE = 6


def _named_alike(a: AgreementReport, b: AgreementReport) -> bool:
    """The same agreement's own title in both reports: a repost of a press release that
    dates the signing nowhere ("최근 … 업무협약'을 체결하며") is still that signing."""
    return _titles_match(a, b) and len(_NOISE_RE.sub("", a.title or "")) >= len(a.kind) + _OWN_TITLE


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
    another outlet named ("한국농어촌공사 충북본부"), in the place the first report gave it."""
    out: list[Party] = []
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
            if at is None:
                out.append(party)
            elif _fullness(party.name) > _fullness(out[at].name):
                out[at] = party
    return out


def _fullness(name: str) -> tuple[int, int]:
    """How full a name is: by its key first, then, as "충남대학교" and "충남대" share one
    key, by how it is written."""
    return len(party_key(name)), len(name.replace(" ", ""))


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


def combine(reports: list[AgreementReport]) -> AgreementReport:
    """One agreement from reports of the same signing: the most precise date, the union of
    who signed, the fullest list of items and the largest count of them (one outlet counts
    "4개 분야", another the "10개 과제" under them), and names, amounts and jobs from the first
    report that gives them."""
    if not reports:
        raise ValueError("combine needs at least one report")
    first = reports[0]
    dated = _most_precise(reports)
    worded = next((r for r in reports if r.date_text), None)
    itemised = max(reports, key=lambda r: len(r.clauses))
    # The sum written out in full, not another outlet's round figure of it.
    invested = min(
        (r for r in reports if r.investment_krw),
        key=lambda r: _unit(r.investment_krw or 0),
        default=None,
    )
    hiring = next((r for r in reports if r.jobs), None)
    return AgreementReport(
        title=next((r.title for r in reports if r.title), None),
        kind=next((r.kind for r in reports if r.kind), first.kind),
        status="signed" if any(r.status == "signed" for r in reports) else first.status,
        date=dated.date if dated else None,
        # Undated, an agreement still says what its reports said of when ("최근").
        date_text=(dated or worded).date_text if (dated or worded) else None,
        date_span=(dated or worded).date_span if (dated or worded) else None,
        place=next((r.place for r in reports if r.place), None),
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
    )
