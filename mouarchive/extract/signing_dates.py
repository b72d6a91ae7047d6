"""When a signing sentence's signing happened: every date of an article resolved once, the day
"이날" stands for as the story goes on, and which date before a signing verb dates it."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date as Day
from itertools import pairwise

from mouarchive.extract.dates import (
    BARE_DAY_RE,
    find_date_expressions,
    is_announcement,
    is_cited,
    long_before,
    resolve_date,
)
from mouarchive.models import PartialDate, Span
from mouarchive.text.scan import guarded
from mouarchive.vocab import pattern

DateHit = tuple[Span, str, PartialDate | None, bool]
"""A date expression of the body: its span, its words, the date it resolves to (None when
it cannot be resolved) and whether it dates something other than an event: the press
statement ("…했다고 21일 밝혔다") or a bound of a period ("오는 31일까지", "31일에서 … 로",
"14~17일")."""


# "같은 자리에서": at the same occasion as the signing just told, so on its day (its 에서
# places it, and bounds no period).
_SAME_PLACE = frozenset({"같은 자리", "같은자리"})
# "같은 날 대전시와 별도의 협약을": on the day of the signing just told.
_SAME_DAY = frozenset({"이날", "당일", "금일", "오늘", "같은 날", "같은날", *_SAME_PLACE})


_BOUND_RE = re.compile(
    r"(?:까지|부터|에서)(?=[\s)\]])|\s?[~∼〜]"
    # "1월 31일자로 만료됨에 따라", "1일부로 시행": the day a term ends or begins.
    r"|(?:자|부)로\s(?:\S+\s){0,3}?"
    + pattern("signing", "term_turns")
    # "오는 7월 군위군 편입을 앞두고": the day of what the signing comes ahead of.
    + r"|(?:\s[가-힣]{1,10}){1,3}(?:을|를)\s?앞두고"
)
# "오는 14~17일", "8월 31일~9월 3일": the end of a period, no day of its own; the tilde and the
# period's first day stand within this many letters before the date.
_RANGE_END_RE = re.compile(r"[~∼〜]\s?\d{0,2}$")
_RANGE_REACH = 4


_NEAR_DAYS = 7


def dated_near(
    body: str,
    start: int,
    verb_at: int,
    dates: list[DateHit],
    reference: PartialDate | None,
) -> bool:
    """Whether the date right before a modifying signing verb is within days of the article
    ("지난 10일 체결한 협약에 따라 …" in an article of the 12th still reports the signing)."""
    before = [
        (found, b)
        for (_a, b), _expr, found, announce in dates_between(dates, start, start + verb_at)
        if not announce and found is not None
    ]
    if not before or before[-1][0].precision != "day":
        return False
    # "27일 감사에서 2022년 시가 맺은 협약을 따졌다": a year between re-dates the signing.
    if earlier_year(body[before[-1][1] : start + verb_at], reference):
        return False
    return just_before(before[-1][0], reference)


def _day_of(found: PartialDate | None) -> Day | None:
    if found is None or None in (found.year, found.month, found.day):
        return None
    return Day(found.year, found.month, found.day)  # type: ignore[arg-type]


# A signing dated only by an earlier year ("지난해 …와 협약을 체결했다", "2021년 … 맺었다").
_PAST_YEAR_RE = guarded(
    re.compile(
        r"(?P<word>지난해|작년)"
        r"|(?P<year_end>지난\s?연말)"
        r"|(?<!\d)(?P<year>(?:19|20)\d\d)년(?!\s?\d)"
    )
)


def earlier_year(text: str, reference: PartialDate | None) -> bool:
    """Whether `text` dates what follows only by a year before the article's ("지난해" is one
    whether or not the article's own date is known)."""
    known = reference is not None and reference.year is not None
    for m in _PAST_YEAR_RE.finditer(text):
        if m.group("year_end"):
            # "지난 연말": news in January or February, an earlier year's by spring.
            if reference is None or reference.month is None or reference.month > _NEW_YEAR_NEWS:
                return True
            continue
        if m.group("word") or (known and int(m.group("year")) < reference.year):  # type: ignore[union-attr]
            return True
    return False


_NEW_YEAR_NEWS = 2  # the last month in which last year's end is still recent news


def before_the_month(when: PartialDate, reference: PartialDate | None) -> bool:
    """Whether `when` lies in a month before the article's (any month, in an undated one)."""
    if reference is None or reference.year is None or reference.month is None:
        return when.month is not None or when.year is not None
    if when.year is not None and when.year != reference.year:
        return when.year < reference.year
    return when.month is not None and when.month < reference.month


def several_years(text: str) -> bool:
    """Whether `text` names two different years, as a history of signings does; the years
    bounding a term ("2015년부터 2018년까지 4년간 후원 계약을 연장하는") are one period."""
    years = {
        m.group("year")
        for m in _PAST_YEAR_RE.finditer(text)
        if m.group("year") and not _BOUND_RE.match(text, m.end())
    }
    return len(years) > 1


def dates_in(body: str, reference: PartialDate | None) -> list[DateHit]:
    """Every date expression of the body resolved once. "이날" takes the story's day: its
    first day-precise date (the lead's "27일"), moved on by each later day the story goes on
    to ("지난 16일 횡성을 찾았다. 이들은 18일 …"), never back to an earlier one, which is
    background ("1월 1일 출범한"); a date long before the article ("지난 95년 8월 1일 착공")
    is background wherever it stands, and a statement's day ("…했다고 21일 밝혔다") moves
    nothing on. A story that opens with "최근" has no day for "이날" to take until it names one.
    """
    out: list[DateHit] = []
    story_day: PartialDate | None = None
    last_day: PartialDate | None = None
    undated_story = False
    stated_only = False
    stated: tuple[PartialDate, int] | None = None
    told: tuple[PartialDate, int] | None = None
    first_day: PartialDate | None = None
    for expr, span in find_date_expressions(body):
        if stated is not None and expr in _THAT_DAY:
            # "8일 서울시에 따르면 … 이날 오전 …": the day just stated, in the same sentence;
            # the search goes on from this word, so a line of thousands of 이날 is read once.
            same_sentence = _SENTENCE_END_RE.search(body, stated[1], span[0]) is None
            stated = (stated[0], span[1]) if same_sentence else None
        if stated is not None and expr in _THAT_DAY:
            found = stated[0]
        elif (
            expr in _THAT_DAY
            and told is not None
            and told[0] == first_day
            and _within_a_sentence(body, told[1], span[0])
        ):
            # "KCC는 오는 25일 … 출정식을 진행한다. KCC는 이날 행사에서 …": the lead's day, told
            # again just before, though the story had gone on to a later one ("다음 달 9일").
            found = told[0]
        elif expr in _SAME_DAY and (
            undated_story or (expr in _THAT_DAY | _SAME_PLACE and story_day is None)
        ):
            found = None
        elif expr in _DAY_BEFORE:
            # "15일부터 … 구는 전날": the day before the day the story is on, when that day is
            # one of the days just before the article's own (a deadline or a day to come is
            # no day the story is on); else the day before the article's.
            on = story_day if story_day is not None and just_before(story_day, reference) else None
            found, _future = resolve_date(expr, on or reference)
        else:
            base = (story_day or reference) if expr in _SAME_DAY else reference
            # "23일 오후 2시 … 설명회를 개최한다고 15일 밝혔다": a bare day later in the month
            # than the article, which the sentence tells as still to come, is this month's;
            # an earlier one ("14일 … 손을 잡는다" on the 20th) was written before the page.
            ahead = (
                BARE_DAY_RE.fullmatch(expr)
                and base is not None
                and base.day is not None
                and int(expr[:-1]) > base.day
                and _told_ahead(body, span[1])
            )
            found, _future = resolve_date(f"오는 {expr}" if ahead else expr, base)
        if found is None and expr in _DAY_BEFORE and last_day is not None:
            # "27일 영동군에 따르면 양 기관은 전날 …" in an undated article: the day before
            # the day just named.
            found, _future = resolve_date(expr, last_day)
        # "…했다고 21일 밝혔다", "8일 서울시에 따르면": the day a statement was made.
        announced = is_announcement(body, span) or is_cited(body, span[1])
        bound = expr not in _SAME_PLACE and (
            _BOUND_RE.match(body, span[1]) is not None
            or _RANGE_END_RE.search(body, max(0, span[0] - _RANGE_REACH), span[0]) is not None
        )
        out.append((span, expr, found, announced or bound))
        if announced and found is not None and found.precision == "day":
            stated = (found, span[1])
        if story_day is None and expr == "최근":
            undated_story = True
        if (
            found is not None
            and found.precision == "day"
            and not long_before(found, reference)
            # A deadline without its month ("오는 30일까지 접수") is no day a story is on.
            and not (bound and found.year is None)
            and (
                story_day is None
                or (
                    not (announced or bound)
                    and (
                        _told_before(found, story_day, body, span)
                        if stated_only
                        else _moves_on(found, story_day, reference)
                    )
                )
            )
        ):
            story_day, undated_story = found, False
            first_day = first_day or found
            # "…했다고 12일 밝혔다. 대표단은 지난 7일 …": the day a statement was made stands
            # for the story's only until the story names a day of its own.
            stated_only = announced
        if found is not None and found.precision == "day":
            last_day = found
            if not (announced or bound) and not long_before(found, reference):
                told = (found, span[1])
    return _before_the_statement(out, body)


def _before_the_statement(hits: list[DateHit], body: str) -> list[DateHit]:
    """ "LH는 전날 … 협약을 체결했다고 10일 밝혔다" in an undated article: a day before that
    nothing earlier could place is the day before the statement its own sentence goes on to
    make, the next date the sentence names."""
    out = list(hits)
    for k, ((span, expr, found, flag), after) in enumerate(pairwise(hits)):
        next_span, _expr, stated, announced = after
        if (
            found is None
            and expr in _DAY_BEFORE
            and announced
            and stated is not None
            and stated.precision == "day"
            and _SENTENCE_END_RE.search(body, span[1], next_span[0]) is None
        ):
            out[k] = (span, expr, resolve_date(expr, stated)[0], flag)
    return out


def _within_a_sentence(body: str, start: int, end: int) -> bool:
    """Whether text[start:end] is short and crosses at most one sentence end: the sentence
    that told a day and the next. Bounded, so an endless line of 이날 is not reread."""
    if end - start > _NEXT_SENTENCE_REACH:
        return False
    ends = _SENTENCE_END_RE.finditer(body, start, end)
    return next(ends, None) is None or next(ends, None) is None


_NEXT_SENTENCE_REACH = 400  # characters from a day told to an 이날 that may mean it


_DAY_BEFORE = frozenset({"전날", "전일"})
_SENTENCE_END_RE = re.compile(r"[.!?]\s|\n")
# The first verb after a date: one still to come ("개최한다", "열린다", "설명회를 연다", "맺을
# 예정"), or one done ("체결했다", "체결한 협약", "열린"). A passive present ("만들어진다고
# 밝혔다") tells no time.
_TENSE_RE = re.compile(
    r"(?P<ahead>[가-힣](?:한|된|린|는)다(?=[\s.,”\"']|고|$)|(?<=[가-힣\s])연다"
    r"|(?:할|될|릴|질|을)\s?(?:예정|계획|방침))"
    r"|(?:했|였|됐|었|졌|(?<=[가-힣])[한된린]\s)"
)


def _told_ahead(body: str, at: int) -> bool:
    """Whether the first verb after `at`, in its sentence, tells of what is still to come."""
    end = _SENTENCE_END_RE.search(body, at)
    verb = _TENSE_RE.search(body, at, end.start() if end else len(body))
    return verb is not None and verb["ahead"] is not None


def just_before(day: PartialDate, reference: PartialDate | None) -> bool:
    """Whether `day` is one of the days just before the article's own, or on it."""
    ref, when = _day_of(reference), _day_of(day)
    return ref is not None and when is not None and 0 <= (ref - when).days <= _NEAR_DAYS


# "이날", "당일": the day the story told, which a text cut before its lead never names.
_THAT_DAY = frozenset({"이날", "당일"})


def _moves_on(found: PartialDate, story_day: PartialDate, reference: PartialDate | None) -> bool:
    """Whether the story goes on to day `found`: a later day, or, in an article whose own
    date is unknown, a bare day after a date written with its year ("시와 징저우시는 2004년
    10월 19일 자매결연을 하고 … 대표단은 25일 … 방문했다"): the year marks the history, the bare
    day the story's present."""
    if reference is None and found.year is None and story_day.year is not None:
        return True
    return _later(found, story_day)


# "지난 1월 5일 출범한 한빛재단": a date that dates what a word after it describes.
_DATES_A_DESCRIPTION_RE = re.compile(r"\s?[가-힣]+(?:한|된|던)\s")
# Days a story told on the day of a statement goes back to ("…했다고 12일 밝혔다. 대표단은
# 지난 7일 …").
_TOLD_WITHIN = 14


def _told_before(found: PartialDate, stated: PartialDate, body: str, span: Span) -> bool:
    """Whether the day the story names after a statement's day is the story's own: a day in
    the fortnight before the statement, not one that dates what a word after it describes."""
    if _DATES_A_DESCRIPTION_RE.match(body, span[1]):
        return False
    if None in (found.year, found.month, stated.year, stated.month):
        # Days without their month ("12일 밝혔다", "지난 7일"): the same month, by the numbers.
        back = (stated.day or 0) - (found.day or 0)
        return found.month is None and stated.month is None and 0 <= back <= _TOLD_WITHIN
    return 0 <= (stated.first_day - found.first_day).days <= _TOLD_WITHIN


def _later(found: PartialDate, than: PartialDate) -> bool:
    """Whether `found` is a later day than `than`, both known to the day."""
    if None in (found.year, found.month, than.year, than.month):
        return False
    return (found.year, found.month, found.day) > (than.year, than.month, than.day)  # type: ignore[operator]


def dates_between(dates: list[DateHit], start: int, end: int) -> list[DateHit]:
    """The dates that begin in [start, end): `dates` are in text order, so they are found by
    bisection rather than read through for each of an article's sentences."""
    return dates[
        bisect_left(dates, start, key=_date_start) : bisect_left(dates, end, key=_date_start)
    ]


def _date_start(hit: DateHit) -> int:
    return hit[0][0]


def signing_date(
    start: int,
    end: int,
    verb_at: int,
    dates: list[DateHit],
    *,
    verb_end: int | None = None,
) -> tuple[PartialDate, str, Span] | None:
    """The date nearest before the signing verb; one after it only when none precedes, and
    never the date of the press statement ("…했다고 21일 밝혔다"). A day told inside a
    ceremony's own phrase ("이날 협약식은 15일 군수실에서 진행됐으며") is the ceremony's, over
    the story's "이날" before it."""
    usable = [
        (span, expr, found)
        for span, expr, found, announce in dates_between(dates, start, end)
        if not announce and found is not None
    ]
    end_of_verb = verb_at if verb_end is None else verb_end
    inside = [u for u in usable if verb_at <= u[0][0] < end_of_verb and u[2].precision == "day"]
    before = [u for u in usable if u[0][0] < verb_at]
    if inside and (not before or before[-1][1].replace(" ", "") in _SAME_DAY):
        before = inside[:1]
    chosen = before[-1] if before else (usable[0] if usable else None)
    if chosen is None:
        return None
    span, expr, found = chosen
    return found, expr, span  # type: ignore[return-value]


def same_day(words: str) -> bool:
    """Whether a date's words only say "the day already told" ("이날", "같은 날")."""
    return words.replace(" ", "") in _SAME_DAY


def day_of_head(start: int, cut: int, dates: list[DateHit]) -> tuple[PartialDate, str, Span] | None:
    """The day that dates a sentence's first signing ("23일 A와 … 체결한 데 이어"); a month or
    a year ("지난해") may be long before the second."""
    when = signing_date(start, cut, cut, dates)
    return when if when is not None and when[0].day is not None else None


def stated_day(
    date: tuple[PartialDate, str, Span], dates: list[DateHit]
) -> tuple[PartialDate, str, Span]:
    """A yearless day read from "이날" is quoted by the words that state it ("지난 7일 … 방문했다.
    … 이날 협정을 체결하고": "지난 7일"), the nearest before that names the same day."""
    found, words, span = date
    if words.replace(" ", "") not in _SAME_DAY or found.year is not None:
        return date
    stated = [
        (hit_span, expr)
        for hit_span, expr, hit, _not_event in dates
        if hit == found and hit_span[1] <= span[0] and expr not in _SAME_DAY
    ]
    return (found, stated[-1][1], stated[-1][0]) if stated else date
