"""Whether two reports' party lists can be one signing's.

Outlets list the same ceremony's parties differently: fewer of them, a stray name each, a
foreign company in Latin letters or in Hangul, the province in one and its city in the
other. These tests align the two lists (by party key and by who signed for each party) and
say which of those differences still make one signing; `merge` decides with them and the
dates.
"""

from __future__ import annotations

import re

from mouarchive.extract.orgnames import region_of
from mouarchive.merge_contents import sum_unit, told_apart, told_apart_loosely
from mouarchive.models import AgreementReport
from mouarchive.party_keys import bodies, party_key, written_for
from mouarchive.vocab import table, word_set

_MANY = 3  # parties two long lists must share to be one ceremony's despite strays
_ROSTER = 5  # parties two lists must share to be one ceremony's when no date tells
_MOSTLY = 0.7

Aligned = tuple[frozenset[str], frozenset[str]]
"""Two reports' party keys as `aligned_keys` gives them: worked out once for a pair by
`merge.same_signing` and handed to each test, which would otherwise align the same two lists
again (up to six times a pair, about a tenth of the writing process's time)."""

Side = tuple[frozenset[str], dict[str, set[str]]]
"""One report's party keys and who signed for each party (by key), what `aligned_keys` aligns:
worked out once for a report being saved and once for each candidate row it is weighed
against (`store.matching`), not again for each of the 55 or so pairs a report makes."""


def party_side(report: AgreementReport) -> Side:
    return frozenset(party_key(p.name) for p in report.parties), _heads(report)


def _heads(report: AgreementReport) -> dict[str, set[str]]:
    """Who signed for each party, by party key."""
    heads: dict[str, set[str]] = {}
    for sig in report.signatories:
        if sig.organization:
            heads.setdefault(party_key(sig.organization), set()).add(sig.name.replace(" ", ""))
    return heads


def aligned_keys(
    a: AgreementReport, b: AgreementReport, sides: tuple[Side, Side] | None = None
) -> Aligned:
    """Both reports' party keys, where a party of `b` that the same person signed for as a
    party of `a` takes that party's key: one outlet writes a foreign company in Latin letters
    ("Nexa Robotics"), another in Hangul ("넥사로보틱스"), but its chief is one person; or
    one writes only the end of a long name. `sides` are the two reports' `party_side`, where
    the caller has them already."""
    (left, heads_a), (right, heads_b) = sides or (party_side(a), party_side(b))
    for key in sorted(right - left):
        same = [
            k
            for k in left - right
            if (heads_a.get(k, set()) & heads_b.get(key, set()) and _spelt_alike(k, key))
            or written_for(key, k)
        ]
        if len(same) == 1:
            right = (right - {key}) | {same[0]}
    return left, right


def _spelt_alike(one: str, other: str) -> bool:
    """Names one chief signed for that may be one company: one in Latin letters and the other
    in Hangul ("nexarobotics", "넥사로보틱스"), or one the opening of the other ("엔씨",
    "엔씨다이노스"). Two Hangul names of their own ("가온전자", "나래전자") are two companies,
    whatever their chiefs are called."""
    latin = bool(_LATIN_RE.search(one)) != bool(_LATIN_RE.search(other))
    return latin or one.startswith(other) or other.startswith(one)


_LATIN_RE = re.compile(r"[a-z]")


def shared_parties(keys: Aligned) -> bool:
    """Every party of the side that names fewer is among the other's, and at least one is
    shared: one outlet may list fewer signatories than another, never different ones."""
    left, right = keys
    if not left or not right:
        return False
    smaller, larger = (left, right) if len(left) <= len(right) else (right, left)
    return smaller <= larger if len(smaller) > 1 else bool(smaller & larger)


def mostly_shared(keys: Aligned) -> bool:
    """Two long party lists of one ceremony, each outlet with a stray name or two ("국토연구원,
    SK텔레콤, KT … 기획재정위원회"): at least three in common and most of the shorter list."""
    left, right = keys
    shared = len(left & right)
    return shared >= _MANY and shared >= _MOSTLY * min(len(left), len(right))


def one_roster(a: AgreementReport, b: AgreementReport, keys: Aligned) -> bool:
    """Two outlets listing most of one long roster ("테리안, 에코텍, 코비코테크 …"), one naming
    the province and the other its cities: so many partners in common is one ceremony when
    no date says otherwise. The lists are counted first: comparing items and titles costs
    more, and few pairs share five partners."""
    left, right = keys
    shared = len(left & right)
    if shared < _ROSTER or shared < _MOSTLY * min(len(left), len(right)):
        return False
    # The same bodies agreeing on other things: another agreement of one council.
    return not told_apart(a, b)


def one_sum(a: AgreementReport, b: AgreementReport, keys: Aligned) -> bool:
    """Two outlets of one investment ceremony, each naming some of the parties ("7개 기업과
    1873억 원 규모"; "경북도와 구미시" and "경북도와 엔피케이", 183억 원): the same sum and a
    party in common. Asked only of reports dated to the same day."""
    left, right = keys
    shared = left & right
    if a.investment_krw is None or a.investment_krw != b.investment_krw or not shared:
        return False
    if len(shared) >= 2 and _shares_a_body(shared):
        return True
    # A sum written to the 억 in two figures or more ("183억 원") is the ceremony's own, and
    # a report naming only the host governments names no other company than the report
    # naming one; a round sum ("100억", "3억") is shared by many, two companies each with the
    # hosts are two, and so are two reports naming governments alone.
    exact = a.investment_krw // sum_unit(a.investment_krw) >= 10
    one_names_bodies = bool(bodies(left)) != bool(bodies(right))
    return exact and sum_unit(a.investment_krw) <= _EXACT_SUM and one_names_bodies


def half_shared(a: AgreementReport, b: AgreementReport, keys: Aligned) -> bool:
    """Two reports of one day, kind and status whose lists overlap by half the shorter one,
    a body among them that is no local government: an agreement read from several outlets
    holds each one's strays, so its list is rarely a superset of the next report's ("세종시,
    대전세종연구원" and one outlet's stray against a roster of eighteen institutes). Lists of
    like length must share three: a province and its guarantee fund sign with two banks on
    one day, each a signing of its own. Governments alone never tie two reports, since a
    province and a city sign with several companies on one day; nor do reports that give
    other sums, other items or other titles. A day without its year is a weaker tie: there the
    lists must share more than half the shorter one (a province and its technopark, half of
    one list, sign on the 4th of many months)."""
    if a.kind != b.kind or a.status != b.status or told_apart(a, b):
        return False
    left, right = keys
    shared = left & right
    shorter, longer = sorted((len(left), len(right)))
    yearless = not (a.date and a.date.year and b.date and b.date.year)
    return (
        len(shared) >= 2
        and 2 * len(shared) >= shorter + yearless
        and (len(shared) >= _MANY or longer >= 2 * shorter)
        and _shares_a_body(shared)
    )


def nested_hosts(a: AgreementReport, b: AgreementReport, keys: Aligned) -> bool:
    """Two reports of one day naming the same companies or bodies, one with the province and
    the other with its city ("경북도, 엔피케이" and "구미시, 엔피케이"): a company signs one
    investment on a day with the governments that host it, whichever of them an outlet names.
    Other kinds, statuses, sums, items or titles tell them apart."""
    if a.kind != b.kind or a.status != b.status or told_apart(a, b):
        return False
    left, right = keys
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


def _shares_a_body(shared: frozenset[str]) -> bool:
    """Whether the parties in common include one that is no local government."""
    return bool(bodies(shared))


_EXACT_SUM = 10**8  # a sum whose last figure is at the 억 or finer


_MANY_PARTIES = 3


def same_month_same_parties(a: AgreementReport, b: AgreementReport, keys: Aligned) -> bool:
    """ "8월 31일" in one outlet, "이달" of that August in another, for exactly the same three
    or more bodies, with nothing told apart: one signing. The month must be known on both
    sides (a year alone dates many agreements of the same partners), and two bodies meet
    more often than three, so a pair needs its items to agree."""
    known = [d for d in (a.date, b.date) if d is not None and d.year and d.month]
    if len(known) < 2:
        return False
    return many_the_same(keys) and not told_apart_loosely(a, b)


def many_the_same(keys: Aligned) -> bool:
    """Exactly the same three or more parties: so many bodies agreeing once more in another
    year is rarer than two outlets leaving one ceremony undated (`same_parties_same_kind`
    asks the rest: the same kind, nothing told apart)."""
    left, right = keys
    return left == right and len(left) >= _MANY_PARTIES


def same_act(a: AgreementReport, b: AgreementReport, keys: Aligned) -> bool:
    """The same kind of agreement, or one act named either way ("자매결연" and the "협정" that
    sets it up), between exactly the same two or more parties."""
    return kinds_alike(a.kind, b.kind) and _all_the_same(keys)


def one_document(a: AgreementReport, b: AgreementReport, keys: Aligned) -> bool:
    """The same two or more parties, each report naming the document by one of the kinds
    outlets use for it alike ("상생협약" and "업무협약"): one act where time places them
    together."""
    return {a.kind, b.kind} <= _ONE_DOCUMENT and _all_the_same(keys)


def _all_the_same(keys: Aligned) -> bool:
    """Exactly the same parties, two or more of them."""
    left, right = keys
    return len(left) >= 2 and left == right


_ONE_DOCUMENT = word_set("agreement_kinds", "one_document")


def kinds_alike(one: str, other: str) -> bool:
    """The same kind, or one act that outlets name either way: a relation and the 협정 that
    sets it up ("자매결연 협정"), a 업무협약 and its MOU. Two relations (a 우호협력 and the
    자매결연 that follows it years later) are two acts."""
    return one == other or frozenset((one, other)) in _ONE_ACT


RELATIONS = frozenset(table("agreement_kinds", "relations"))
# The kinds two places set up a tie with: a government signs one a day, where it may sign
# with several companies on one day.
_TIES_OF_PLACES = RELATIONS | {"협정"}
_ONE_ACT = frozenset(
    {frozenset(("MOU", "업무협약"))} | {frozenset((relation, "협정")) for relation in RELATIONS}
)


def one_named(a: AgreementReport, b: AgreementReport, keys: Aligned) -> bool:
    """An outlet naming one party only ("한국수력원자력은 2일 … 업무협약을 체결했다"), beside
    another's report of the same day of the same year naming that party among others: the
    partner left out is the other report's, whether the outlet wrote before the ceremony or
    after it, and whatever it titled the agreement. A government alone ties only a tie of
    places (a 자매결연, its 협정): it may sign with several companies on one day. A day without
    its year is shared by too many signings, and another kind (a 우호협력 of the same visit
    beside its 업무협약), another sum or other items tell two apart."""
    left, right = keys
    alone, named = sorted((left, right), key=len)
    return (
        len(alone) == 1
        and len(named) >= 2
        and (bool(bodies(alone)) or {a.kind, b.kind} <= _TIES_OF_PLACES)
        and kinds_alike(a.kind, b.kind)
        and _dated_to_the_year(a, b)
        and not told_apart_loosely(a, b)
    )


def _dated_to_the_year(a: AgreementReport, b: AgreementReport) -> bool:
    return all(d is not None and d.year is not None for d in (a.date, b.date))


def _one_list_within_the_other(left: frozenset[str], right: frozenset[str]) -> bool:
    """The same two or more parties, or one outlet's list within the other's, holding a body
    besides the governments and half of the longer list ("충남도, 바디프랜드" within "충남도,
    공주시, 바디프랜드"); two of a roster of twelve could be any pair of it."""
    smaller, larger = sorted((left, right), key=len)
    if len(smaller) < 2 or not smaller <= larger:
        return False
    return smaller == larger or (_shares_a_body(smaller) and 2 * len(smaller) >= len(larger))


def same_parties_same_kind(a: AgreementReport, b: AgreementReport, keys: Aligned) -> bool:
    """The same two or more parties (or one list within the other) and the same kind (or one
    act's other name), with nothing they say telling them apart and no party signed for by
    someone else ("충남테크노파크와 부여군이 지난 12일 업무협약을 체결했다" beside a repost of
    the release that gives no day). Partners sign again in other years, so `merge` asks this
    only when no date of the reports, nor of the articles, places them apart."""
    left, right = keys
    if _dated_to_the_year(a, b):
        # Both dated to the year, a day and a month: `same_month_same_parties` weighs them,
        # and wants a pair's items to agree, since two bodies meet more often than three.
        return False
    if (
        not kinds_alike(a.kind, b.kind)
        or not _one_list_within_the_other(left, right)
        or told_apart_loosely(a, b)
    ):
        return False
    heads_a, heads_b = _heads(a), _heads(b)
    return not any(heads_a[k].isdisjoint(heads_b[k]) for k in heads_a.keys() & heads_b.keys())


def same_signers(a: AgreementReport, b: AgreementReport, keys: Aligned) -> bool:
    """Exactly the same parties, signed for by the same person in both reports, with nothing
    they say telling them apart ("김문수 지사와 김진선 지사가 … 합의문에 서명했다" in an
    outlet that dates it and one that does not): the same act, however each outlet names its
    kind. The same heads sign more than one agreement in their terms, so a sum, the items or
    a title of its own unlike the other's keep two reports apart."""
    left, right = keys
    if len(left) < 2 or left != right:
        return False
    if told_apart_loosely(a, b):
        return False
    heads_a, heads_b = _heads(a), _heads(b)
    return any(heads_a[k] & heads_b.get(k, set()) for k in heads_a)
