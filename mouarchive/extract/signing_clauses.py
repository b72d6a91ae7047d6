"""Where in a sentence the signing it reports is told: the clause of its own after an
earlier signing ("A와 협약을 체결한 데 이어 B와 …"), the verb that is the news, the agreement
nouns it names, and whether the next sentences list who took part.

Kept apart from `signing` (which sentences report a signing and what each says): these read
one sentence's clauses and brackets, nothing of the article around it but the next lines.
"""

from __future__ import annotations

import re

from mouarchive.extract.kind_title_place import KIND_RE
from mouarchive.extract.rosters import roster, roster_cued, roster_start
from mouarchive.extract.same_org import SUM_RE
from mouarchive.extract.signing_dates import DateHit, dates_between, day_of_head, same_day
from mouarchive.extract.signing_verbs import NOT_SIGNING_RE, SIGN_VERB_RE
from mouarchive.models import Span
from mouarchive.vocab import alternation, pattern, table, words


def in_brackets(sentence: str, positions: list[int]) -> list[bool]:
    """Whether each of `positions` (in order) lies after more opening than closing brackets
    that the sentence goes on to close: a bracket typed twice and closed once ("LH((한국토지
    주택공사, …)는 … 협약을 체결했다") would otherwise hold the rest of the sentence. The
    brackets are counted on from the position before, so a sentence of thousands of verbs is
    read once rather than from its start for each."""
    inside = []
    opened = closed = last = 0
    closing = sentence.count(")")
    for at in positions:
        opened += sentence.count("(", last, at)
        closed += sentence.count(")", last, at)
        last = at
        inside.append(opened > closed and closing - closed >= opened - closed)
    return inside


# "A와 협약을 체결한 데 이어 12일 B와도 협약을 맺었다", "이미 A, B 등 6개 기업과 협약을 체결한
# 상태이며 설명회 당일에는 C와 맺을 예정이다": the news is the signing after it. The verb both
# readings open with is written once, first, so the regex engine skips to 체, 서 and 맺 alone
# (the same matches in half the time).
PRIOR_SIGNING_RE = re.compile(
    r"(?:체결|서명|맺)(?:(?:한|은|했던)?\s?(?:데|것에|데에|것과)\s?(?:이어(?:서)?|더해|함께),?\s"
    r"|(?:한|은)\s?(?:상태이며|상태이고|상태에서|바\s?있으며|바\s?있고),?\s)"
)


_PRIOR_LINKS = ("이어", "더해", "함께")

# "충칭시와 우호협약을 맺고, 상하이시와도 우호협약을 체결했다": a clause of its own signing,
# joined to the next, whose partner the next tells apart by 도; the next must tell its own
# signing done ("체결했다"), not one planned ("체결해 나갈 방침이다").
_SIGNED_AND_RE = re.compile(
    r"(?:체결|서명|맺)(?:하고|했고|하였고|고|했으며|하였으며|으며|하며),?\s"
)
_ALSO_PARTNER_RE = re.compile(r"\S(?:와|과)도\s")
_DONE_VERB_RE = re.compile(r"\S*?(?:했|였|었|됐)(?:다|으며|고)")
# "그동안 A, B와 협약을 체결한 데 이어": a history told first, not a signing of the day.
_EARLIER_RE = re.compile(
    "(?:" + pattern("signing", "earlier_words") + "|" + pattern("signing", "history_words") + ")"
)


def signed_and_also(sentence: str) -> re.Match[str] | None:
    """The end of a first signing's clause the next clause adds one more partner's signing
    to ("A와 협약을 맺고, B와도 협약을 체결했다")."""
    for m in _SIGNED_AND_RE.finditer(sentence):
        verb = SIGN_VERB_RE.search(sentence, m.end())
        if (
            verb is not None
            and _ALSO_PARTNER_RE.search(sentence, m.end(), verb.start())
            and _DONE_VERB_RE.match(sentence, verb.start())
        ):
            return m
    return None


def _linked_prior(sentence: str) -> re.Match[str] | None:
    """The end of a first signing told by a link before the main one ("체결한 데 이어")."""
    if any(word in sentence for word in _PRIOR_LINKS):
        for m in PRIOR_SIGNING_RE.finditer(sentence):
            if SIGN_VERB_RE.search(sentence, m.end()):
                return m
    return None


def same_day_prior(body: str, span: Span, dates: list[DateHit]) -> list[Span]:
    """The first signing a sentence tells before its main one, as a report of its own: a clause
    the next adds one more partner to ("4일 A와 협약을 맺고, 5일 B와도 …"), dated by its own
    words; or one told by a link ("23일 A와 협약을 체결한 데 이어 B와 투자협약을 맺었다") when
    the date stands before it and none before the second, or the sentence dates neither and
    tells no history ("그동안 A와 …"). `signing._candidate` keeps the second."""
    start, end = span
    sentence = body[start:end]
    prior = _linked_prior(sentence)
    if prior is None:
        also = signed_and_also(sentence)
        return [(start, start + also.end())] if also is not None else []
    cut = start + prior.end()
    if not dates_between(dates, start, end):
        return [] if _EARLIER_RE.search(body, start, cut) else [(start, cut)]
    verb = SIGN_VERB_RE.search(body, cut, end)
    # "4일 A와 … 체결했고, 같은 날 B와도 …": a tail dated the same day is that day still.
    dated_tail = verb is not None and any(
        not same_day(words)
        for _span, words, _found, _said in dates_between(dates, cut, verb.start())
    )
    return [(start, cut)] if day_of_head(start, cut, dates) and not dated_tail else []


# "우호교류협정을 맺은 뒤 1년여 만인 지난 6일 …": a signing that only sets the time of the next.
_THEN_RE = re.compile(r"(?:한|은)?\s?(?:" + pattern("signing", "then_words") + r")\s")


def news_verb(
    sentence: str, start: int, verbs: list[re.Match[str]], dates: list[DateHit]
) -> re.Match[str]:
    """The verb of the signing a sentence reports: the first, unless it is an earlier signing
    the next one is told after, on a day of its own ("2018년 4월 송콩시와 우호교류협정을 맺은
    뒤 1년여 만인 지난 6일 … 자매결연 협정을 체결했다")."""
    first = verbs[0]
    if len(verbs) == 1 or not _THEN_RE.match(sentence, first.end()):
        return first
    later = verbs[1]
    between = (start + first.end(), start + later.start())
    dated = any(found is not None for _span, _words, found, _said in dates_between(dates, *between))
    named = KIND_RE.search(sentence, first.end(), later.start()) is not None
    return later if dated and named else first


# A clause ends on a connective ("…며", "…고", "출국해 ", "만나 ") or a comma; "통해",
# "위해", "대해" and the like join words, not clauses.
_CLAUSE_END_RE = re.compile(
    r"(?:으며|며|지만|으나|는데|고|(?<![통위대의인])해|하여|해서|만나|찾아),?\s|,\s"
)


# A later clause that reports a signing of its own does so within this many letters of its
# start; reading each clause of an endless sentence to the sentence's end would not be.
_CLAUSE_REACH = 300


_NEXT_SENTENCE_RE = re.compile(r"\s*[^\n]*?(?:다\.|\n|$)")
_NAMED_REACH = 3  # sentences after a counted signing that may list who took part
_THEN = "당시"


def named_after(body: str, end: int) -> bool:
    """Whether a sentence right after a signing that only counts its partners ("17개 기관과
    업무 협약을 체결했다고 10일 밝혔다") lists them as taking part ("이번 협약에는 시를 비롯해
    A, B, C … 등이 참여했다"): a signing of its own, not a programme's reach. A lead dated to
    another time ("지난 2018년 3개 기관과 …") stays background whatever follows it."""
    at = end
    for _ in range(_NAMED_REACH):
        m = _NEXT_SENTENCE_RE.match(body, at)
        if m is None or m.end() <= at:
            return False
        span = (at, m.end())
        if m.group(0).lstrip().startswith(_THEN):
            # "당시 협약에는 …": the bodies of a signing told as past.
            return False
        if roster_cued(body, span) and len(roster(body, (roster_start(body, span), span[1]))) >= 3:
            return True
        at = m.end()
    return False


def clause_after(sentence: str, at: int) -> int | None:
    """Where the first later clause that reports a signing of its own begins, if any: after
    a clause's end, or right after a partner's history told as its modifier ("우호관계를
    맺어 온 셴닝시와 … 협약을 체결했다")."""
    modifier = [at] if HISTORY_MODIFIER_RE.search(sentence, 0, at) else []
    for begins in (*modifier, *(m.end() for m in _CLAUSE_END_RE.finditer(sentence, at))):
        rest = sentence[begins : begins + _CLAUSE_REACH]
        if SIGN_VERB_RE.search(rest) and not NOT_SIGNING_RE.search(rest):
            return begins
    return None


HISTORY_MODIFIER_RE = re.compile("(?:" + pattern("signing", "history_modifiers") + ")$")


def named_kinds(sentence: str) -> list[re.Match[str]]:
    """The agreement nouns a sentence names. One in brackets glosses the agreement noun right
    before it ("업무협약(MOU)") and counts once, as that noun; after a noun that names no
    agreement it is the object signed ("전략적 파트너십(MOU)을 체결했다")."""
    hits = [k for k in KIND_RE.finditer(sentence) if not _not_an_agreement(sentence, k)]
    ends = {k.end() for k in hits}
    return [
        k
        for k in hits
        if sentence[k.start() - 1 : k.start()] != "("
        or (k.start() - 1 not in ends and _GLOSSED_OBJECT_RE.match(sentence, k.end()))
    ]


_GLOSSED_OBJECT_RE = re.compile(r"\)\s?(?:을|를|이|가|\s?체결)")
_NOT_AGREEMENTS_BEFORE = {
    noun: re.compile("(?:" + alternation(before) + r")\s?$")
    for noun, before in table("agreement_kinds", "not_agreements_before").items()
}
_UNDERTAKING = "약정"
_RUN_TOGETHER_RE = re.compile(
    "(?:" + alternation(words("agreement_kinds", "undertaking_qualifiers")) + ")$"
)
# "발전기금 1억원 약정": a sum (`same_org.SUM_RE`) right before the 약정.
_SUM_BEFORE_RE = re.compile("(?:" + SUM_RE.pattern + r")\S*\s?$")


def _not_an_agreement(sentence: str, hit: re.Match[str]) -> bool:
    """ "50억원 대출 약정", "발전기금 1억원 약정식", "예약정보", "김한빛 선수의 입단 조인식":
    a 약정 of money lent, given or pledged, or inside another word, and a 조인식 of a player or
    a contract, name no agreement between bodies."""
    noun = next((n for n in _NOT_AGREEMENTS_BEFORE if hit.group(0).startswith(n)), None)
    if noun is None:
        return False
    before = sentence[max(0, hit.start() - _BEFORE_REACH) : hit.start()]
    if _NOT_AGREEMENTS_BEFORE[noun].search(before):
        return True
    if noun != _UNDERTAKING:
        return False
    glued = bool(before) and "가" <= before[-1] <= "힣"
    return (glued and not _RUN_TOGETHER_RE.search(before)) or bool(_SUM_BEFORE_RE.search(before))


_BEFORE_REACH = 12  # letters before the noun that may say what it is of
