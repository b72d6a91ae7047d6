"""Which signing sentences report the same signing, and which text each signing owns.

Articles repeat a signing many times (lead, caption, quotes, "협약 체결을 마친"), so signing
sentences are grouped: a sentence only opens a new signing when it brings parties no earlier
signing had and does not merely refer back ("이번 협약", "체결에 따라"). A host that signed
with each of several partners ("A가 B, C와 각각") made several signings (`each_partner`); a
page printed as one article may hold several stories, and no signing reaches across them
(`story_breaks`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mouarchive.extract.national_parties import KOREA
from mouarchive.extract.same_org import add_party, same_organisation
from mouarchive.extract.signing import Candidate
from mouarchive.models import PartialDate, Party, Span, dates_agree


@dataclass
class Signing:
    """One signing: the sentences that report it and the parties they name so far."""

    candidates: list[Candidate] = field(default_factory=list)
    parties: list[Party] = field(default_factory=list)
    # Where the text about this signing alone begins, when it shares its sentences with others
    # ("A가 B, C와 각각 협약을 맺었다" and then a paragraph on each).
    anchor: int | None = None
    # One pair of a list of pairs ("A와 B, C와 D …", "▲ A – B ▲ C – D"), or one partner of a
    # host that signed with each in turn ("A는 B, C와 각각"): both its parties named, none to
    # be filled in from the sentences around.
    paired: bool = False

    @property
    def names(self) -> set[str]:
        return {p.name for p in self.parties}

    def add_parties(self, parties: list[Party]) -> None:
        for party in parties:
            add_party(self.parties, party)


def group_signings(candidates: list[Candidate], body: str) -> list[Signing]:
    """Sentences about one signing join it; a sentence bringing parties no signing had, and
    not referring back, opens a new one."""
    signings: list[Signing] = []
    pending_summary: list[Candidate] = []
    # "양 기관은 지난 13일 … 업무협약을 체결했다" before the sentence that names them.
    partyless_lead: list[Candidate] = []
    for cand in candidates:
        if cand.summary and not cand.reference:
            pending_summary.append(cand)
            continue
        if not cand.parties and signings and _tells_when(cand):
            signings[-1].candidates.append(cand)
            continue
        if not cand.parties and not signings and _dated_to_the_day(cand) and not cand.afterword:
            partyless_lead.append(cand)
            continue
        if not cand.parties and signings and _named_apart(cand, signings[-1]):
            # "20일 … 'A–B 우호교류 협약'을 체결했다. 또한 21일에는 … 'C·D–E 간 … 협약'을
            # 체결했다": another day's signing, whose own quoted name joins its parties.
            signings.append(Signing(candidates=[cand]))
            continue
        if not cand.parties or (cand.afterword and not signings):
            continue
        if cand.attended and (signings or pending_summary):
            # "26일 개최된 협약식에는 A 시장과 B 대표, C 상공회의소 회장 등이 참석했다": the
            # ceremony of the signing just told (its day is read as that signing's ceremony
            # date), whose guests did not sign.
            continue
        names = {p.name for p in cand.parties}
        known = set().union(*(s.names for s in signings)) if signings else set()
        # A signing that has named one party so far takes the next sentence naming it, unless
        # that sentence dates its own signing to another day ("지난 13일 … 협약" and "이에 앞서
        # 지난 12일 A사와 투자협약을").
        incomplete = [
            s
            for s in signings
            if len(s.names) < 2
            and _covered(s.names, names)
            and not any(_other_day_of_month(c, cand) for c in s.candidates)
        ]
        if incomplete and not cand.reference:
            incomplete[-1].candidates.append(cand)
            incomplete[-1].add_parties(cand.parties)
            continue
        if signings and (cand.reference or _covered(names, known)):
            # Of the signings it names as many parties of, the nearest; a sentence telling a
            # signing done ("이번 MOU로 열매를 맺게 됐다") is never one only planned ("상하이와도
            # MOU를 체결할 예정이어서") when a signing done shares as many.
            done = cand.past and not cand.planned
            target = max(
                reversed(signings),
                key=lambda s: (len(s.names & names), not (done and s.candidates[0].planned)),
            )
            target.candidates.append(cand)
            target.add_parties(cand.parties)
            continue
        if cand.held_with_guests and cand.date is None and signings and names & signings[-1].names:
            # "협약식은 A 총장과 … B 연구소장 등이 참석한 가운데 진행됐다": the ceremony of the
            # signing just told, whose guests add no party to it.
            signings[-1].candidates.append(cand)
            continue
        # The same signing told again, the same day, with one more party named (a caption
        # writes "도 행정부지사" where the lede writes "전북도 행정부지사").
        fuller = [
            s
            for s in signings
            if len(s.names) >= 2
            and _covered(s.names, names)
            and any(_same_day_of_month(c, cand) for c in s.candidates)
        ]
        if fuller:
            target = fuller[-1]
            target.candidates.append(cand)
            target.add_parties(cand.parties)
            continue
        # "21일 3개 기업과 투자 협약을 체결했다. … 지난 20일에는 오송호텔과": a summary dated
        # another day counts a signing of its own, not this one's partners.
        # A summary of the same day ("협약 3건이 체결됐다") stays pending for each signing after.
        apart = [c for c in pending_summary if _other_day(c, cand)]
        for summary in apart:
            signings.append(Signing(candidates=[summary], parties=list(summary.parties)))
        pending_summary = [c for c in pending_summary if c not in apart]
        signing = Signing(candidates=[*pending_summary, cand])
        signing.add_parties(cand.parties)
        signings.append(signing)
    if not signings and any(c.parties for c in pending_summary):
        signings = _summaries_apart(pending_summary)
    elif signings:
        signings += _summaries_after(signings, pending_summary)
    if signings and partyless_lead and best_date(signings[0]) is None:
        # The lede dates the signing whose parties only a later sentence names.
        signings[0].candidates.extend(partyless_lead)
    elif not signings and partyless_lead:
        # "하루 뒤인 25일 … 협약서를 체결했다" under "부안군과 중경시 우롱현 우호교류 협약서
        # 체결", "이에 따라 시는 오는 25일 … 5개 대학과 협약서를 체결한다": a signing made or
        # to be made on a day, whose parties only the headline or the lines before name
        # (`fill_parties` looks for them); the first such sentence tells it, one dated
        # otherwise would be another signing no line names.
        signings.append(Signing(candidates=partyless_lead[:1]))
    signings = _fold_undated(signings, body)
    for signing in signings:
        signing.candidates.sort(key=lambda c: c.span)
    return signings


def _summaries_apart(summaries: list[Candidate]) -> list[Signing]:
    """Sentences that only count partners ("9개 기업과 … 협약도 했다") tell one signing, unless
    one names two or more parties none of the signing so far has: "전남도교육청은 … 81개
    기업과 협약을 했다" and "시교육청은 A, B 등 9개 기업과 협약도 했다" are two."""
    signings = [Signing()]
    for cand in summaries:
        names = {p.name for p in cand.parties}
        current = signings[-1]
        if len(names) >= 2 and len(current.names) >= 2 and not _shared(names, current.names):
            current = Signing()
            signings.append(current)
        current.candidates.append(cand)
        current.add_parties(cand.parties)
    return signings


def _summaries_after(signings: list[Signing], summaries: list[Candidate]) -> list[Signing]:
    """Sentences that count partners after the last signing: one that names the single party
    of a signing so far, on no other day, names its partners ("충주시가 7일 … 업무협약을
    체결하고" and "이날 시는 … 현대자동차, 한국자동차연구원 등 3개 기관과 협약을 체결하고");
    one told as one more signing, naming a partner none had, is a signing of its own ("도는 A와
    투자협약을 체결했다. … 도는 ㈜용주 등 7개업체와 투자협약도 체결했다")."""
    known = set().union(*(s.names for s in signings))
    left = []
    for cand in summaries:
        names = {p.name for p in cand.parties}
        lone = [
            s
            for s in signings
            if len(s.names) == 1
            and _covered(s.names, names)
            and not any(_other_day_of_month(c, cand) for c in s.candidates)
        ]
        if lone:
            lone[-1].candidates.append(cand)
            lone[-1].add_parties(cand.parties)
        elif cand.also and not _covered(names, known):
            left.append(cand)
    return _summaries_apart(left) if left else []


def _shared(names: set[str], others: set[str]) -> bool:
    """Whether the two lists share a party, in any spelling."""
    return any(same_organisation(n, o) for n in names for o in others)


def _fold_undated(signings: list[Signing], body: str) -> list[Signing]:
    """A signing told without a date whose parties another, dated signing of the article all
    names ("인천시와 연세대가 협약을 체결한 뒤 …" before "인천시와 인천경제청, 연세대학교는
    29일 … 체결했다") is that signing told again, wherever it stands."""
    kept: list[Signing] = []
    for signing in signings:
        if best_date(signing) is None:
            home = next(
                (
                    other
                    for other in signings
                    if other is not signing
                    and best_date(other) is not None
                    and (
                        _covered(signing.names, other.names)
                        or (
                            _named_as_sides(signing, body)
                            and _sides_covered(signing.names, other.names)
                        )
                    )
                ),
                None,
            )
            if home is not None:
                home.candidates.extend(signing.candidates)
                continue
        kept.append(signing)
    return kept


def _other_day(a: Candidate, b: Candidate) -> bool:
    """Both sentences date their signing to the day, and to different days."""
    if a.date is None or b.date is None:
        return False
    x, y = a.date[0], b.date[0]
    return x.precision == y.precision == "day" and x != y


# "구미시체육회–창사시체육총회 간 …", "연천군-담농군 …": names joined by a dash.
_JOINED_NAMES_RE = re.compile(r"[가-힣A-Za-z]\s?[-–—]\s?[가-힣A-Za-z]")


def _named_apart(cand: Candidate, signing: Signing) -> bool:
    """Whether a sentence naming no party signs on another day than `signing` an agreement
    whose quoted name joins its own parties."""
    return (
        cand.title is not None
        and _JOINED_NAMES_RE.search(cand.title) is not None
        and any(_other_day_of_month(c, cand) for c in signing.candidates)
    )


def _other_day_of_month(a: Candidate, b: Candidate) -> bool:
    """Both sentences name the day of their signing, and different days: "지난 13일" and "지난
    12일" are two signings, where "지난 25일" and "2014년 3월 25일" may be one told twice."""
    if a.date is None or b.date is None:
        return False
    x, y = a.date[0], b.date[0]
    return x.day is not None and y.day is not None and x.day != y.day


def _dated_to_the_day(cand: Candidate) -> bool:
    return cand.date is not None and cand.date[0].day is not None


def _same_day_of_month(a: Candidate, b: Candidate) -> bool:
    """Both sentences name the same day, in the same month and year wherever both say."""
    return a.date is not None and b.date is not None and dates_agree(a.date[0], b.date[0]) is True


def _covered(names: set[str], known: set[str]) -> bool:
    """Every name is a known party, perhaps in its short form ("한빛대" for "한빛대학교")."""
    return all(n in known or any(same_organisation(n, k) for k in known) for n in names)


def _named_as_sides(signing: Signing, body: str) -> bool:
    """Whether the signing's agreement is named for the two countries ("'한-이라크 건설협력
    양해각서'"), as a headline calls a body's signing with a country; "한국과 베트남은 …
    체결했다" tells the governments' own."""
    return any(_SIDES_TITLE_RE.search(body, *c.span) for c in signing.candidates)


_SIDES_TITLE_RE = re.compile(r"(?<![가-힣])한(?:국)?\s?[·ㆍ\-–]\s?[가-힣]")


def _sides_covered(names: set[str], known: set[str]) -> bool:
    """ "'한-이라크 건설협력 양해각서' 체결" over "건단연은 25일 … 이라크 대통령과 …": Korea as a
    side is the Korean body that signed with the same other side."""
    rest = names - {KOREA}
    return (
        KOREA in names
        and KOREA not in known
        and bool(rest)
        and _covered(rest, known)
        and len(known) > len(rest)
    )


def _tells_when(cand: Candidate) -> bool:
    """ "협약식은 전날 시청에서 열렸다", "협약식은 오는 5일 … 열린다": a sentence about the
    ceremony that names no party still dates the signing just reported."""
    return cand.date is not None and cand.ceremony


def own_candidates(signing: Signing) -> list[Candidate]:
    """The signing's own sentences first, then any summary sentence it was grouped under."""
    own = [c for c in signing.candidates if not c.summary]
    return own + [c for c in signing.candidates if c.summary]


def best_date(signing: Signing) -> tuple[PartialDate, str, Span] | None:
    """The most precise date a sentence of the signing gives; a sentence that only refers to
    the signing ("2일 포스코ESM과의 투자협약 체결 건에 대해 결재를 할 예정") dates it only when
    no sentence telling the signing itself does."""
    order = {"day": 3, "month": 2, "year": 1, "unknown": 0}
    best = None
    best_rank = (False, -1)
    for cand in own_candidates(signing):
        if cand.date is None:
            continue
        rank = (not cand.reference, order[cand.date[0].precision])
        if rank > best_rank:
            best, best_rank = cand.date, rank
    return best


def passages(signings: list[Signing], body_len: int, breaks: list[int]) -> list[Span]:
    """The text each signing owns: from its first sentence to the next signing's first, or the
    whole body when the article reports a single signing; never past the story it is in."""
    if len(signings) == 1:
        at = signing_start(signings[0])
        begin = max((b for b in breaks if b <= at), default=0)
        return [(begin, next((b for b in breaks if b > at), body_len))]
    starts = [
        s.anchor
        if s.anchor is not None
        else min((c.span[0] for c in own_candidates(s) if not c.summary), default=signing_start(s))
        for s in signings
    ]
    ends = [min([b for b in starts if b > a], default=body_len) for a in starts]
    return [(a, min([e, *(b for b in breaks if b > a)])) for a, e in zip(starts, ends, strict=True)]


def signing_start(signing: Signing) -> int:
    return min(c.span[0] for c in signing.candidates)
