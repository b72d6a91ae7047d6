"""Partners a signing lists by name apart from its own sentence's words.

"테리안(주), 에코텍, … 등 8개사와", "A, B, C 등이 참여했다", "8개 기업은 13일 … 체결하고"
after a sentence that counts as many: a signing with more partners than its sentence names
lists them in rosters around it, or tells each one's investment a paragraph apart
(`investors`). `implicit_parties` adds them before it looks for anything else.
"""

from __future__ import annotations

import re

from mouarchive.extract.grouping import Signing, own_candidates
from mouarchive.extract.investors import investing_companies
from mouarchive.extract.orgnames import region_of
from mouarchive.extract.partner_counts import counted
from mouarchive.extract.rosters import counted_roster, roster, roster_cued, roster_start
from mouarchive.extract.signing_totals import SO_FAR_RE
from mouarchive.models import Party, Span

_ROSTER_REACH = 8  # sentences after the signing that may list its partners
_FEW = 3  # "두 기관", "3자": so few partners are named where they are counted
_LOOK_BACK = 3  # sentences before it that "이들 기업" may point back to
_INVESTOR_REACH = 12  # sentences after a counted signing that may tell each partner's plans
_LONGEST_ROSTER = 40
# "울주군은 이들 기업과 지난 2일 협약을 체결하고": the bodies a sentence before listed.
_THESE_RE = re.compile(r"이들\s?(?:기업|기관|업체|회사|단체|대학|지자체)(?:과|와|은|는|이|가)\s")
# "부산시와 참여 기업은 … 업무협약도 체결했다" after "참여 기업은 A, B, … 등 18개사이다": the
# participants a sentence before listed as such, and no other list.
_PARTICIPANTS_RE = re.compile(r"참여\s?(?:기업|기관)(?:과|와|은|는|이|가)\s")
_PARTICIPANTS_LISTED_RE = re.compile(r"참여\s?(?:기업|기관)(?:은|는)\s")


def add_rosters(
    signing: Signing, body: str, sentences: list[Span], others: frozenset[Span] = frozenset()
) -> None:
    """Partners listed by name apart from the signing sentence's own words: in the sentence
    itself ("테리안(주), 에코텍, … 등 8개사와"), in a following one that says they took part
    ("A, B, C 등이 참여했다", "협약한 기업은 A를 비롯해 B, C이다"), or, when the signing only
    counts them ("8개 기업은 13일 … 체결하고"), in the sentence before that counts as many.
    The lists after it end where a sentence telling another signing (`others`) begins."""
    first = own_candidates(signing)[0]
    lead = first.span
    if lead not in sentences:
        return
    at = sentences.index(lead)
    after = sentences[at + 1 :]
    after = after[: next((k for k, span in enumerate(after) if span in others), len(after))]
    want = next(
        (n for c in own_candidates(signing) if (n := counted(body[c.span[0] : c.span[1]]))), None
    )
    found = roster(body, first.own_clause, want) or counted_roster(body, first.own_clause)
    for span in after[:_ROSTER_REACH]:
        if want and len(found) >= want:
            break
        # A signing that counts its partners names them in the lists that follow
        # ("산단별로 △목포 대양산단에 ㈜A, ㈜B △순천 해룡산단에 ㈜C 등이다"), a few of them in
        # a list closed by as many ("협약에 따라 A, B, C 등 3개 기업은"); otherwise only a list
        # said to take part counts ("A, B, C 등이 참여했다").
        if SO_FAR_RE.search(body, *span):
            # "현재까지 포스코, 코오롱, … 등과 … 체결했다": the partners of signings so far.
            continue
        close = _RECOUNT_RE.search(body, *span)
        if want and close and int(close.group("n")) == want:
            found += roster(body, (span[0], close.end()), want)
            continue
        if before := _LISTED_BEFORE_RE.search(body, *span):
            # "A, B, C와 맺은 이번 협약은 …": only the list the agreement is made with.
            segment = body[span[0] : before.start()]
            cut = max(
                (at + len(w) for w in _AFTER_OTHERS if (at := segment.rfind(w)) >= 0), default=0
            )
            found += roster(body, (span[0] + cut, before.end()), want)
        elif (want and want > _FEW) or roster_cued(body, span):
            listed = (roster_start(body, span), span[1])
            found += roster(body, listed, want or counted(body[span[0] : span[1]]))
    if want and len(found) < want and at > 0:
        before = sentences[at - 1]
        if counted(body[before[0] : before[1]]) == want:
            found += roster(body, before, want)
    if want and want >= _FEW and sum(region_of(p.name, body) is None for p in found) < want:
        # "동방노보펌은 … 공장을 건설한다. 영진철강은 … 150억 원을 투입해 …": the counted
        # partners told one paragraph each, by what they invest or build (the governments
        # listed with them are not among those counted).
        investors: set[str] = set()
        for span in after[:_INVESTOR_REACH]:
            if len(investors) >= want:
                # As many as counted: a company told after them ("앞서 ㈜A도 지난해 …
                # 투자해") is another story.
                break
            told = investing_companies(body, span, want - len(investors))
            investors |= {p.name for p in told}
            found += told
    found += _listed_before(body, lead, sentences[max(0, at - _LOOK_BACK) : at])
    signing.add_parties(found)


def _listed_before(body: str, lead: Span, before: list[Span]) -> list[Party]:
    """The bodies a sentence just before lists, where the signing points back to them: "이들
    기업과" to the nearest list, "참여 기업은" to the sentence that lists the participants as
    such ("참여 기업은 A, B, … 등 18개사이다") and no other."""
    if _THESE_RE.search(body, *lead):
        named = None
    elif _PARTICIPANTS_RE.search(body, *lead):
        named = _PARTICIPANTS_LISTED_RE
    else:
        return []
    for span in reversed(before):
        if named is not None and not named.search(body, *span):
            continue
        listed = roster(body, span, _LONGEST_ROSTER)
        if listed or named is not None:
            return listed
    return []


# "경인교대, 연세대, 인하대와 맺은 이번 협약은": the partners listed right before it.
_LISTED_BEFORE_RE = re.compile(r"(?:와|과)\s(?:맺은|체결한)\s이번\s")
# "A, B에 이어 C와 맺은 이번 협약은": only C; the others signed before.
_AFTER_OTHERS = ("이어 ", "이어서 ", "협약에 이어 ")
# "… 등 3개 기업은": a list closed by the count of what it lists.
_RECOUNT_RE = re.compile(r"\s등\s(?P<n>\d+)\s?(?:개\s?(?:사|기업|업체|기관)|곳)")
