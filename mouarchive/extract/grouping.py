"""Which signing sentences report the same signing, and which text each signing owns.

Articles repeat a signing many times (lead, caption, quotes, "협약 체결을 마친"), so signing
sentences are grouped: a sentence only opens a new signing when it brings parties no earlier
signing had and does not merely refer back ("이번 협약", "체결에 따라"). A host that signed
with each of several partners ("A가 B, C와 각각") made several signings. A page printed as
one article may hold several stories; bylines and headlines mark where each ends, and no
signing reaches across them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from mouarchive.extract.kind_title_place import KIND_RE
from mouarchive.extract.orgnames import looks_like_org, normalize_org
from mouarchive.extract.parties import find_parties
from mouarchive.extract.same_org import add_party, same_organisation
from mouarchive.extract.signing import Candidate
from mouarchive.models import PartialDate, Party, Span, dates_agree
from mouarchive.text.bylines import parse_byline
from mouarchive.vocab import pattern


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


def group_signings(candidates: list[Candidate]) -> list[Signing]:
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
            target = max(reversed(signings), key=lambda s: len(s.names & names))
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
    signings = _fold_undated(signings)
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


def _fold_undated(signings: list[Signing]) -> list[Signing]:
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
                    and _covered(signing.names, other.names)
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


# "A가 B, C와 각각 협약을 맺었다", "A는 B 시장, C 군수와 차례로 협약식을 가졌다", "B, C, D
# 등과 잇달아 협약을 체결했다", "B와 C와 각 600만달러씩": one signing with each listed partner.
_EACH_RE = re.compile(
    r"(?:\s?등)?(?P<particle>와|과|을|를)\s?(?:"
    + pattern("signing", "each_in_turn")
    + r"|각\s?\S+(?:\s\S+)?씩)\s"
)
_WORD_BEFORE_RE = re.compile(r"[^\s,·]+$")
# What parts two partners of a list: a comma, 및, 와, a lead ("A를 시작으로, B"), each perhaps
# after the first one's head in parentheses ("완주군(군수 유희태)을 시작으로, 장수군(군수 …)").
_LIST_GAP_RE = re.compile(
    r"^(?:\s?\([^()]*\))?(?:,\s?|·|\s?및\s|(?:와|과)\s|(?:을|를)\s(?:"
    + pattern("rosters", "list_leads_on")
    + r"),?\s|)$"
)


def split_each(signings: list[Signing], body: str, sentences: list[Span]) -> list[Signing]:
    """A host that signed with each of several partners in turn made several agreements; each
    keeps the host, its partner and the text that follows the partner's next mention."""
    out: list[Signing] = []
    for signing in signings:
        lead = own_candidates(signing)[0]
        respective = _respective_pairs(lead.parties, body, lead.span)
        if respective:
            out += [Signing(signing.candidates, pair, paired=True) for pair in respective]
            continue
        m = _EACH_RE.search(body, lead.span[0], lead.span[1])
        parties = lead.parties
        listed_to = m.start() if m else None
        if m is not None and m["particle"] in ("을", "를"):
            if KIND_RE.search(body, max(lead.span[0], m.start() - _KIND_REACH), m.start()):
                # "A, B와 투자양해각서(MOU)를 잇따라 체결했다": the agreement between the list
                # and the word; the list ends at its last partner's 와.
                listed_to = _joined_list_end(parties, body, m.start())
            else:
                # "김포우리병원과 뉴고려병원을 각각 방문해 … 체결했다": the last partner is the
                # object of the visit, which the signing's parties do not hold.
                parties = [*parties, *_visited(body, m.start(), parties)]
        if m is None and _each_told_next(body, sentences, lead.span):
            # "A 부사장, B 대표이사와 투자양해각서(MOU)를 체결했다. 각 MOU에는 …": the next
            # sentence counts the agreements one to a partner.
            listed_to = _joined_list_end(parties, body, lead.span[1])
        partners = _partner_list(parties, body, listed_to) if listed_to is not None else []
        hosts = [p for p in signing.parties if p not in partners]
        if len(partners) < 2 or len(hosts) != 1:
            out.append(signing)
            continue
        later = [s for s in sentences if s[0] >= lead.span[1]]
        for partner in partners:
            anchor = next(
                (
                    s[0]
                    for s in later
                    if any(same_organisation(p.name, partner.name) for p in find_parties(body, s))
                ),
                None,
            )
            out.append(Signing(signing.candidates, [hosts[0], partner], anchor, paired=True))
    return out


def _respective_pairs(parties: list[Party], body: str, span: Span) -> list[list[Party]]:
    """ "거창군수와 거창대학 총장은 각각 통녓현, 동나이대학과 양해각서를 체결했다": each body
    named before 각각 signed with the partner named in the same place after it; "A와 B는 각각
    C와 협약을 맺었다", each with the one partner. Nothing where the two lists do not fit."""
    each = _RESPECTIVELY_RE.search(body, *span)
    if each is None or _SIDES_COUNTED_RE.search(body, *span):
        # "… 3자 업무협약": one agreement of all, whatever each side brings.
        return []
    ordered = sorted(parties, key=lambda p: p.span)
    before = [p for p in ordered if p.span[1] <= each.start()]
    after = [p for p in ordered if p.span[0] >= each.end()]
    if len(before) < 2 or len(after) not in (1, len(before)):
        return []
    between = body[each.end() : after[0].span[0]]
    if not _PLACE_OR_TIME_RE.fullmatch(between):
        # "각각 행정 지원과 사업비를 맡기로 하고 …", "각각 10억원씩 출연해 …": what each side
        # brings to one agreement; "각각 동나이성 통녓현, 동나이대학과": a partner list only
        # partly read as parties; "각각 지난 19일과 20일": two days this reading cannot share out.
        return []
    if len(after) == 1:
        return [[party, after[0]] for party in before]
    return [list(pair) for pair in zip(before, after, strict=True)]


# "…은 각각 B, C와": 각각 right after the subjects' topic, before the partners.
_RESPECTIVELY_RE = re.compile(r"(?:은|는|이|가)\s(?:[^\s,]+\s){0,3}?각각\s")
# Between 각각 and the partners, no more than one day, a place or a time of day: "각각 11일
# 현지에서", "각각 오후" (a list, a sum, a day for each or what each does stops the split).
_PLACE_OR_TIME_RE = re.compile(
    r"(?:(?:지난\s|오는\s)?\d{1,2}일\s)?(?:[가-힣]+에서\s|오전\s|오후\s)*"
)
_SIDES_COUNTED_RE = re.compile(r"(?<![\d.])\d\s?자\s?(?:간\s?)?(?:" + KIND_RE.pattern + ")")


def split_sister_cities(signings: list[Signing], body: str) -> list[Signing]:
    """ "부산시는 A 주, B 주, C시 등 해외 3개 도시와 자매·우호협력도시 협정을 맺었다": a sister
    or friendship tie binds two cities, so a home government that signs with several cities
    abroad at once made one agreement with each. Asked once the parties are complete."""
    out: list[Signing] = []
    for signing in signings:
        lead = own_candidates(signing)[0]
        hosts = [p for p in signing.parties if p.region is not None]
        partners = [p for p in signing.parties if p.region is None]
        if (
            len(hosts) != 1
            or len(partners) < 2
            or not _SISTER_CITIES_RE.search(body, lead.span[0], lead.span[1])
        ):
            out.append(signing)
            continue
        out += [Signing(signing.candidates, [hosts[0], partner]) for partner in partners]
    return out


_SISTER_CITIES_RE = re.compile(
    r"(?<!\d)\d+개\s?(?:도시|지방정부|자치단체)(?:와|과)\s(?:[^.]{0,20}?)(?:자매|우호)"
)


def _visited(body: str, at: int, parties: list[Party]) -> list[Party]:
    """The organisation named right before `at`, if no party stands there already."""
    word = _WORD_BEFORE_RE.search(body, max(0, at - _LONGEST_NAME), at)
    if word is None or any(p.span[1] == at for p in parties) or not looks_like_org(word[0]):
        return []
    return [Party(normalize_org(word[0], body), word.span())]


_LONGEST_NAME = 30


_KIND_REACH = 24  # characters of the agreement's name before 을 잇따라 ("투자양해각서(MOU)")
_JOINED_RE = re.compile(r"['‘’\"”]?\s?(?:와|과)\s")


def _each_told_next(body: str, sentences: list[Span], span: Span) -> bool:
    """Whether the sentence after `span` opens on "각 MOU", "각 협약": one agreement each."""
    if _SIDES_COUNTED_RE.search(body, *span):
        # "3자 업무협약": one agreement of all, whatever the next sentence says of each side.
        return False
    following = next((s for s in sentences if s[0] >= span[1]), None)
    return following is not None and _EACH_AGREEMENT_RE.match(body, *following) is not None


# "각 MOU에는", "각 협약마다": each agreement, not "각 협약 기관은" or "각 협약서에는".
_EACH_AGREEMENT_RE = re.compile(
    r"\s*각\s(?:투자\s?)?(?:협약|MOU|양해각서|투자협약|협정)(?:에는|에선|마다)\s"
)


def _joined_list_end(parties: list[Party], body: str, before: int) -> int | None:
    """Where the partner list that 와 closes ends, before `before`: after its last partner."""
    for party in sorted(parties, key=lambda p: p.span, reverse=True):
        if party.span[1] <= before and _JOINED_RE.match(body, party.span[1]):
            return party.span[1]
    return None


def _partner_list(parties: list[Party], body: str, at: int) -> list[Party]:
    """The parties listed right before `at` ("B, C와 각각"), joined only by commas, 및 or 와."""
    ordered = sorted(parties, key=lambda p: p.span)
    listed: list[Party] = []
    end = at
    for party in reversed(ordered):
        gap = body[party.span[1] : end]
        if party.span[1] > end or not (gap == "" or _LIST_GAP_RE.match(gap)):
            break
        listed.insert(0, party)
        end = party.span[0]
    return listed


# "장흥군, 한우 유통 협약": a headline, which opens another story on a newspaper page printed
# as one article (a marked line "■ …" is as often a list item, so it is no sign).
_HEADLINE_RE = re.compile(r"^[가-힣A-Za-z0-9·]{2,14},\s\S[^.!?]{2,50}$")
_UNFINISHED_RE = re.compile(r"(?:다|[.!?\"”’')\]])$")


def story_breaks(body: str) -> list[int]:
    """Offsets of lines that start another story inside one article's body: a byline closes the
    story before it, a headline opens the next; parties, people and clauses stay on their side."""
    breaks: list[int] = []
    pos = 0
    for line in body.splitlines(keepends=True):
        text = line.strip()
        if pos and text and (parse_byline(text) is not None or _is_headline(text)):
            breaks.append(pos)
        pos += len(line)
    return breaks


# "첫째, 지역 인재 우선 채용", "한편, …": an ordinal or a connective before the comma opens
# a list item or a sentence of the same story.
_NOT_HEADLINE_RE = re.compile(r"^(?:[가-힣]+째|한편|또한|특히|이어|아울러|먼저|끝으로|마지막으로),")


def _is_headline(line: str) -> bool:
    if _UNFINISHED_RE.search(line) or _NOT_HEADLINE_RE.match(line):
        return False
    return bool(_HEADLINE_RE.match(line))


def same_story(a: int, b: int, breaks: list[int]) -> bool:
    return story_of(a, breaks) == story_of(b, breaks)


def story_of(at: int, breaks: list[int]) -> int:
    """Which story of the body `at` lies in, counted by the breaks at or before it."""
    return bisect_right(breaks, at)
