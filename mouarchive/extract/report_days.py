"""The day a signing was made, where its own sentence names none.

A lead often dates only its statement ("… 협약을 체결했다고 8일 밝혔다") or nothing at all;
the day is then in the sentence after it, which tells of the ceremony ("전날 열린 협약식에는
…", "서명식은 21일 …"), in a sentence that goes on with 이날, in the day a source is cited on,
or in the day of the event the story is about. `agreements` tries these in order, after the
dates the signing's own candidates carry.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from mouarchive.extract.dates import is_cited
from mouarchive.extract.grouping import Signing, own_candidates
from mouarchive.extract.kind_title_place import KIND_RE
from mouarchive.extract.signing_context import ADNOMINAL_AFTER_RE
from mouarchive.extract.signing_dates import DateHit, dates_between
from mouarchive.extract.signing_verbs import CEREMONY_WORD
from mouarchive.models import PartialDate, Span
from mouarchive.vocab import alternation, pattern, words

# "전날 시청에서 열린 협약식에는 …": the ceremony named as such, in the sentence after the lead.
_CEREMONY_WORD_RE = re.compile(CEREMONY_WORD)


def ceremony_date(
    lead: Span,
    sentences: list[Span],
    body: str,
    dates: list[DateHit],
) -> tuple[PartialDate, str, Span] | None:
    """ "X와 협약을 맺었다고 8일 밝혔다. 전날 열린 협약식에는 …": a lead that dates only its
    statement leaves the signing day to the next sentence, which tells of the ceremony; the
    date must come before the ceremony word, as the one that dates it."""
    after = next_sentence(lead, sentences)
    if after is None:
        return None
    held = (
        _HELD_ON_RE.match(body, after[0])
        or _AGREEMENT_HELD_ON_RE.match(body, after[0])
        or _DAY_AFTER_SUBJECT_RE.match(body, after[0])
        or _SIGNED_ON_RE.match(body, after[0])
    )
    if held is not None:
        # "양해각서 체결은 9월 3일에 진행되며": the signing as subject, then its day.
        return _first_day(dates, held.start("when"), held.end(), statement=False)
    word = _CEREMONY_WORD_RE.search(body, *after)
    return _first_day(dates, after[0], word.start(), statement=False) if word else None


# "서명식은 21일 오전 10시20분 울진군청 대회의실에서 … 입회 하에 진행됐다": the ceremony as
# the subject, its day the first words after it, however long the rest.
_DAY_AFTER_SUBJECT_RE = re.compile(
    r"(?:\S+\s)?(?:"
    + CEREMONY_WORD
    + r")(?:은|는)\s(?P<when>(?:지난|오는)?\s?(?:\d{1,2}월\s?)?\d{1,2}일)"
)
# "전날 체결된 협약에서 양 기관은 …": the agreement named by the day before the statement,
# right as the sentence opens.
_SIGNED_ON_RE = re.compile(
    r"(?P<when>"
    + pattern("signing", "day_before_statement")
    + r")\s(?:\S+\s){0,2}?(?:"
    + pattern("signing", "modifier_forms")
    + r")\s(?:\S+\s){0,3}?\S*?(?:"
    + KIND_RE.pattern
    + ")"
)
# "양해각서 체결은 9월 3일에 진행되며", "협약식은 오는 5일 오후 … 열린다": the signing or its
# ceremony as the subject of a sentence that gives its day before saying it is held.
_HELD_ON_RE = re.compile(
    r"(?:\S+\s)?(?:"
    + KIND_RE.pattern
    + r"\s?)?(?:체결|서명|"
    + CEREMONY_WORD
    + r")(?:식)?(?:은|는)\s(?P<when>[^.]{0,30}?)(?:에|에는)?\s?(?:진행|개최|열리|열린)"
)
# "이번 MOU는 6일 … 진행됐다", "이번 MOU는 3월 6일(수) 오전 9시 30분 … 대회의실에서 진행되었다":
# the agreement itself as the subject, its day first, however long the time and place after
# it, and a verb that says it was (or will be) held, not one that describes what follows
# ("이번 협약은 지난 1일 개소한 센터에서 진행되는 교육을 위한 것이다").
_AGREEMENT_HELD_ON_RE = re.compile(
    r"(?:\S+\s)?"
    + KIND_RE.pattern
    + r"(?:은|는)\s(?P<when>(?:지난|오는)?\s?(?:\d{1,2}월\s?)?\d{1,2}일[^.]{0,50}?)"
    + r"(?:에|에는)?\s?(?:(?:진행|개최)(?:됐|되었|된다|했|하였)|열렸|열린다)"
)


# "이날 협약은 …", "이날 협약식에는 …", "협약식은 이날 오전 …": the signing told as of the
# day just named.
_THAT_DAY_RE = re.compile(
    r"이날\s?(?:" + CEREMONY_WORD + r"|협약|협정|체결|양해각서|MOU)"
    r"|(?:" + CEREMONY_WORD + r"|협약)(?:은|는|이|가)\s이날\s"
)
# The sentence after a statement's that goes on with the same day, whatever it tells of it
# ("이날 업무협약은 …", "이날 회의에는 …", "이날 시장은 …").
_GOES_ON_THAT_DAY_RE = re.compile(r"이날[\s,]")


def announced_that_day(
    lead: Span,
    sentences: list[Span],
    body: str,
    dates: list[DateHit],
) -> tuple[PartialDate, str, Span] | None:
    """ "… 협약을 체결했다고 11일 밝혔다. 이날 협약은 …": when one of the next two sentences
    goes on with 이날, whatever it tells of that day ("이날 회의에는 …"), and none between names
    another day, the day of the statement is the signing's."""
    if _THAT_DAY_RE.match(body, lead[0]):
        # The ceremony's own sentence comes first ("협약식은 이날 오전 … 시장과 … 지사가
        # 참석한 가운데 열렸다"): the statement is in the sentences before it.
        at = bisect_left(sentences, lead[0], key=lambda s: s[0])
        before = sentences[max(0, at - CEREMONY_REACH - 1) : at]
        for start, end in reversed(before):
            if _first_day(dates, start, end, statement=False):
                return None
            if found := _first_day(dates, start, end, statement=True):
                return found
        return None
    at = bisect_left(sentences, lead[1], key=lambda s: s[0])
    for start, end in sentences[at : at + CEREMONY_REACH]:
        if _GOES_ON_THAT_DAY_RE.match(body, start):
            return _first_day(dates, *lead, statement=True)
        if _first_day(dates, start, end, statement=False):
            return None
    return None


def ahead_of_its_statement(lead: Span, dates: list[DateHit], signed: PartialDate) -> bool:
    """ "9일 업무협약을 체결하고 상호협력에 나선다고 8일 밝혔다": a signing its lead dates days
    after the day the statement was made is still to come, in an article whose own date is
    unknown. The two days are compared only within one month, as the lead writes them."""
    said = _first_day(dates, *lead, statement=True)
    if said is None or signed.day is None or said[0].day is None:
        return False
    if (signed.year, signed.month) != (said[0].year, said[0].month):
        return False
    return 0 < signed.day - said[0].day <= _STATED_AHEAD


# How many days ahead of its statement a press release announces a ceremony.
_STATED_AHEAD = 14


def next_sentence(lead: Span, sentences: list[Span]) -> Span | None:
    after = bisect_left(sentences, lead[1], key=lambda s: s[0])
    return sentences[after] if after < len(sentences) else None


def _first_day(
    dates: list[DateHit], start: int, end: int, *, statement: bool
) -> tuple[PartialDate, str, Span] | None:
    """The first date to the day in [start, end) that dates a statement, or (`statement`
    false) one that does not."""
    for span, expr, found, announce in dates_between(dates, start, end):
        if announce == statement and found is not None and found.precision == "day":
            return found, expr, span
    return None


CEREMONY_REACH = 2


def announced_for_that_day(
    lead: Span, sentences: list[Span], body: str, dates: list[DateHit]
) -> tuple[PartialDate, str, Span] | None:
    """ "… 협약을 체결한다고 11일 밝혔다": a statement that tells, in the present, a signing
    it gives no day of its own is the press release of the day's ceremony, so the
    statement's day is the signing's. Not a plan worded as one ("체결할 예정이라고",
    "체결하기로 합의했다고"), nor one the lead, or a sentence after it about the ceremony,
    times otherwise, however vaguely ("연내 … 체결한다고", "협약식은 다음 주 … 열린다")."""
    found = _first_day(dates, lead[0], lead[1], statement=True)
    if found is None or not _PRESENT_TOLD_RE.search(body, lead[0], found[2][0]):
        return None
    at = bisect_left(sentences, lead[0], key=lambda s: s[0])
    after = [
        span
        for span in sentences[at + 1 : at + 1 + CEREMONY_REACH]
        if _CEREMONY_WORD_RE.search(body, *span)
    ]
    if _timed_ahead(body, lead[0], found[2][0]) or any(
        _TIMED_AHEAD_RE.search(body, *span) for span in after
    ):
        return None
    return found


def _timed_ahead(body: str, start: int, told: int) -> bool:
    """Whether the lead times its signing ahead without a day ("연내 … 체결한다고"): a time word
    with no modifier between it and the verb, which would make it another thing's time
    ("향후 5년간 협력하는 업무협약을", "내년 착공하는 신공장 건립을 위해")."""
    return any(
        not ADNOMINAL_AFTER_RE.search(body, ahead.end(), told)
        for ahead in _TIMED_AHEAD_RE.finditer(body, start, told)
    )


# "체결한다고 ", "맺는다고 ", "가진다고 " right before the statement's day: a signing told in
# the present.
_PRESENT_TOLD_RE = re.compile("(?:" + pattern("signing", "present_statement_forms") + r")\s?$")
_TIMED_AHEAD_RE = re.compile(pattern("signing", "ahead_without_a_day"))


def cited_day(lead: Span, body: str, dates: list[DateHit]) -> tuple[PartialDate, str, Span] | None:
    """ "12일 서구에 따르면 … 협약을 체결했다": a signing told as done in the sentence that
    opens on the day its source is cited takes that day, as no other day is told."""
    found = _first_day(dates, lead[0], lead[1], statement=True)
    return found if found is not None and is_cited(body, found[2][1]) else None


def story_day(
    signing: Signing,
    body: str,
    story_date: tuple[PartialDate, str, Span] | None,
    worded_planned: bool,
    same_event: bool,
) -> tuple[PartialDate, str, Span] | None:
    """A signing told as part of the event the story is about takes its day ("협약 3건이
    체결됐다", "이 자리에서 …"); so does one told in the past without a day of its own ("21일,
    성장은 도지사를 접견했다. 두 사람은 … 협정을 체결했다"), unless that day was only when
    someone spoke ("관계자는 11일 …고 말했다"), the sentence ends on something else the signing
    led to ("체결해 운영 중이다", "체결한 뒤 공장을 지었다"), gives its own time ("올해",
    "그동안") or turns to another topic ("한편 시는 …")."""
    if story_date is None:
        return None
    if same_event:
        return story_date
    lead = own_candidates(signing)[0]
    said = _SAID_RE.search(body, story_date[2][1], lead.span[0])
    sentence = body[lead.span[0] : lead.span[1]]
    if (
        worded_planned
        or not _SIGNED_LAST_RE.search(sentence)
        or _OWN_TIME_RE.search(sentence)
        or (
            said is not None
            and _SENTENCE_END_RE.search(body, story_date[2][1], said.start()) is None
        )
        or sentence.startswith("한편")
    ):
        return None
    return story_date


_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)|\n")
# "관계자는 11일 “…”고 말했다", "10일 군정 운영계획을 발표했다": the day someone spoke.
_SAID_RE = re.compile(
    alternation(words("signing", "statement_verbs") + words("signing", "briefing_verbs"))
)
# The signing is what the sentence ends on ("… 협약을 체결했다"), not what led to the story's
# event ("투자협약을 체결한 뒤 공장을 지었다", "협약을 맺어 건립했다").
_SIGNED_LAST_RE = re.compile(
    r"(?:(?:체결|서명|조인|교환)(?:했|하였)|맺었|가졌)(?:다|습니다)[.”\"']*\s*$"
)
# "시는 올해 …", "그동안 …", "민선 8기 들어 …": the signing's own time, however vague.
_OWN_TIME_RE = re.compile(r"(?:" + pattern("signing", "own_time_words") + r"|민선\s?\d+기)\s")
