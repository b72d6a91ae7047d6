"""Korean date expressions ("12일", "지난달 28일", "전날", "2021.1.27") resolved against the
article's own date.

News copy almost never repeats the year or month of an event, so a day number only becomes a
calendar date relative to the day the article was written. We keep exactly what the text and
the reference allow and never invent a year or month we cannot justify.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from mouarchive.models import PartialDate
from mouarchive.text.scan import guarded
from mouarchive.vocab import pattern, words

_WEEKDAY = r"(?:\s?\([월화수목금토일]\))?"
# "10일간", "10일 이내", "10일 만에": a number of days, no day of the month ("8일 동안구청에서"
# is the 8th).
_D = r"(?P<d>[0-3]?\d)일(?![간째치차]|\s?(?:이내|안에|만에|동안(?!구)))"

# "2005년", and "95년", "'05년" as older articles write a year before its month.
_Y = r"(?P<y>(?:19|20)\d\d|[‘’']?\d\d(?=년\s?(?:1[0-2]|0?[1-9])월))"

_PLANS_AHEAD = 20  # years ahead an article may plan for
_THIS_MONTH_FOLLOWERS = "".join(words("common_words", "this_month_followers"))

# "금일" is today, but also a township (금일읍) and what is named after it ("금일해상풍력").
_GEUMIL = r"금일(?!읍|면|(?!부터|까지|에는|에도)[가-힣]{2})"
_PATTERNS: list[tuple[str, str]] = [
    ("ymd", rf"{_Y}년\s?(?P<m>1[0-2]|0?[1-9])월\s?{_D}{_WEEKDAY}"),
    # "2014.11.20", and "'14. 11. 20.(목)" as press releases shorten the year.
    (
        "dotted",
        r"(?P<y>(?:19|20)\d\d|[‘’']\d\d)\s?[.\-/]\s?(?P<m>1[0-2]|0?[1-9])\s?[.\-/]\s?"
        r"(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)\.?" + _WEEKDAY,
    ),
    ("ym", rf"{_Y}년\s?(?P<m>1[0-2]|0?[1-9])월(?!\s?[0-3]?\d일)"),
    (
        "rel_year",
        rf"(?P<ry>지난해|작년|올해|금년|내년)\s?(?P<m>1[0-2]|[1-9])월(?:\s?{_D})?{_WEEKDAY}",
    ),
    # "지난해 26일": a day of last year whose month the writer left out; only the year is known.
    ("rel_year_day", rf"(?P<ryd>지난해|작년|내년)\s?{_D}{_WEEKDAY}"),
    ("rel_month", rf"(?P<rm>지난\s?달|이번\s?달|이달|다음\s?달|내달)\s?{_D}{_WEEKDAY}"),
    ("md", rf"(?P<m>1[0-2]|[1-9])월\s?{_D}{_WEEKDAY}"),
    # Broadcast scripts date a day in brackets: "오늘(6/8)", "어제(5\\/26)"; press releases
    # too, dotted and closed by a dot: "금일(10. 28.)" ("이날(2.5)" is a number).
    (
        "md_bracket",
        r"(?:오늘|어제|이날|금일)\s?\((?P<m>1[0-2]|0?[1-9])\s?(?:\\?/|\.(?=\s?\d{1,2}\.\)))\s?"
        r"(?P<d>3[01]|[12]\d|0?[1-9])\.?\)",
    ),
    # ... or the day alone, without 일: "오늘(13) 서울에서 열린 …".
    ("day_bracket", r"(?:오늘|어제|이날|금일)\s?\((?P<d>3[01]|[12]\d|0?[1-9])\)"),
    # Press releases date a day as month and day with its weekday: "5. 8(목)", "5.8(목)";
    # without the weekday, "5.8" is as likely a number.
    (
        "md_dotted",
        r"(?P<m>1[0-2]|0?[1-9])\s?\.\s?(?P<d>3[01]|[12]\d|0?[1-9])\.?\s?\([월화수목금토일]\)",
    ),
    ("rel_day", rf"(?P<rd>지난|오는)\s?{_D}{_WEEKDAY}"),
    ("rel_m_only", r"(?P<rmo>지난|오는)\s?(?P<m>1[0-2]|[1-9])월(?!\s?[0-3]?\d일)"),
    # "이달영 총장", "이달곤 장관": a person whose name opens with 이달 names no month.
    (
        "month_word",
        r"(?P<mw>지난\s?달|이번\s?달|이달(?![가-힣])|이달(?=[" + _THIS_MONTH_FOLLOWERS + "])|"
        r"다음\s?달|내달)(?!\s?[0-3]?\d일)",
    ),
    ("half_year", r"(?P<hy>지난해|작년|올해|금년)\s?(?:상반기|하반기|초|말)"),
    ("month_only", r"(?P<m>1[0-2]|[1-9])월(?!\s?[0-3]?\d일)(?=[에은는의엔부,\s]|$)"),
    ("day", _D + _WEEKDAY),
    (
        "word",
        r"(?P<w>그저께|그제|전날|전일|어제|오늘(?!날)|이날|당일|"
        + _GEUMIL
        + r"|내일(?!의)|최근|지난\s?주|같은\s?자리|같은\s?날(?![짜씨]))",
    ),
]

_BOUNDARY = r"(?<![\d.가-힣A-Za-z])"
_KIND_RES = {kind: re.compile(_BOUNDARY + pattern) for kind, pattern in _PATTERNS}
_FIND_RE = re.compile(
    _BOUNDARY
    + r"(?=[\d‘’'지오다내이전어올작금그당최같])"
    + "(?:"
    + "|".join(f"(?P<{kind}>{re.sub(r'[(][?]P<[a-z]+>', '(?:', p)})" for kind, p in _PATTERNS)
    + ")"
)
_FUTURE_WORD_RE = re.compile(r"오는|다음\s?달|내달|내년|내일")
_ANNOUNCE_RE = re.compile(r"\s?" + pattern("signing", "statement_verbs"))


def find_date_expressions(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Every date-like expression in `text`, longest reading first at each position."""
    return [(m.group(0), m.span()) for m in _FIND_RE.finditer(text)]


def is_cited(text: str, end: int) -> bool:
    """True when the date ending at `end` is the day a source is cited on ("8일 서울시에
    따르면"): a statement's day, as "…했다고 8일 밝혔다" gives one."""
    return _CITED_RE.match(text, end) is not None


# "8일 서울시에 따르면", "19일 새만금개발청과 전북도 등에 따르면": one source or several joined.
_CITED_RE = re.compile(
    r"\s(?:\S{1,20}(?:과|와|,)\s|및\s)*\S{1,20}(?:\s등)?에\s?"
    + pattern("signing", "source_citations")
)


def is_announcement(text: str, span: tuple[int, int]) -> bool:
    """True when the date at `span` dates the press statement ("…했다고 21일 밝혔다"), which
    must not be mistaken for the date of the event it reports."""
    return _ANNOUNCE_RE.match(text, span[1]) is not None


# The lede, where a story says on which day it was told.
_LEAD_REACH = 400
# "16일": a day of the month alone.
BARE_DAY_RE = re.compile(r"(\d{1,2})일")


def lede_day(body: str) -> int | None:
    """The day of the month the lede says the story was told on ("…했다고 16일 밝혔다", "26일
    대구시에 따르면"): a story held back for a set hour goes out that day, not on the day its
    address was made."""
    for expr, span in find_date_expressions(body[:_LEAD_REACH]):
        bare = BARE_DAY_RE.fullmatch(expr)
        if bare and (is_announcement(body, span) or is_cited(body, span[1])):
            return int(bare.group(1))
    return None


def _parse(expr: str) -> tuple[str, re.Match[str]] | None:
    m = _FIND_RE.search(expr)
    if m is None or m.lastgroup is None:
        return None
    kind = m.lastgroup
    full = _KIND_RES[kind].match(expr, m.start())
    return (kind, full) if full else None


def _to_partial(d: date, precision: str = "day") -> PartialDate:
    if precision == "month":
        return PartialDate(d.year, d.month)
    return PartialDate(d.year, d.month, d.day)


def _ref_date(reference: PartialDate | None) -> date | None:
    if reference is None or None in (reference.year, reference.month, reference.day):
        return None
    return date(reference.year, reference.month, reference.day)  # type: ignore[arg-type]


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is None:
        return True
    if not 1 <= day <= 31:
        return False
    if year is not None and month is not None:
        return day <= calendar.monthrange(year, month)[1]
    return True


def days_between(earlier: PartialDate | None, later: PartialDate | None) -> int | None:
    """Days from `earlier` to `later` (negative when it is before), when both know their day."""
    first, second = _ref_date(earlier), _ref_date(later)
    return (second - first).days if first and second else None


def just_after(found: PartialDate, reference: PartialDate | None) -> bool:
    """Whether `found` is one or two days after `reference`: a signing told in the past tense
    on such a day was signed, and the article's date is the one that is off."""
    ahead = days_between(reference, found)
    return ahead is not None and 0 < ahead <= _NEAR_AHEAD


_BACKGROUND_DAYS = 90


def long_before(found: PartialDate, reference: PartialDate | None) -> bool:
    """A signing dated months before the article ("지난해 9월 협약을 맺은 뒤") is background to
    other news, not a report of a signing."""
    if reference is None or reference.year is None or found.year is None:
        return False
    if found.month is None or reference.month is None:
        return found.year < reference.year
    months = (reference.year - found.year) * 12 + reference.month - found.month
    if found.day is None or reference.day is None:
        return months >= _BACKGROUND_DAYS // 30
    return (days_between(found, reference) or 0) > _BACKGROUND_DAYS


_ANNIVERSARY_RE = guarded(re.compile(r"(?<!\d)(\d{1,3})\s?주년"))


def anniversary_year(body: str, years: Iterable[int], this_year: int) -> int | None:
    """ "자매결연 50주년을 맞아 … 1974년 9월 3일 자매결연을 맺었으며": a story of an anniversary
    is told in the year a tie it dates turns that old, which dates an article that carries no
    date of its own; None when no dated tie and anniversary fit (a year to come is no
    story's)."""
    ages = {int(m[1]) for m in _ANNIVERSARY_RE.finditer(body)}
    fits = [year + age for year in years for age in ages if year + age <= this_year]
    return max(fits, default=None)


def is_after(found: PartialDate, reference: PartialDate | None) -> bool:
    """Compare on the parts both dates know, so a month-precision date is not "future" merely
    because its day is missing."""
    if reference is None:
        return False
    for mine, theirs in (
        (found.year, reference.year),
        (found.month, reference.month),
        (found.day, reference.day),
    ):
        if mine is None or theirs is None:
            return False
        if mine != theirs:
            return mine > theirs
    return False


def _day_in_month(anchor: date, day: int) -> PartialDate | None:
    if not _valid(anchor.year, anchor.month, day):
        return None
    return PartialDate(anchor.year, anchor.month, day)


_NEAR_AHEAD = 2  # days a bare "N일" may lie after the article's date and still be this month's


def _resolve_day(day: int, ref: date, direction: str) -> PartialDate | None:
    """A bare day number is this month's unless that day is still ahead of the reference
    ("28일" in an article of the 3rd is last month's); "오는" flips the rule forward. A bare
    day one or two days ahead is this month's too: a press release dated the evening before
    ("18일 협약을 맺는다" on the 17th), or an address dated a day early, never means a
    signing four weeks back; "지난 N일" always looks back."""
    if direction == "future":
        anchor = ref if day >= ref.day else ref + relativedelta(months=1)
    elif direction == "near" and 0 < day - ref.day <= _NEAR_AHEAD:
        anchor = ref
    else:
        anchor = ref if day <= ref.day else ref - relativedelta(months=1)
    return _day_in_month(anchor, day)


_DAY_OFFSETS = {"전날": -1, "전일": -1, "어제": -1, "그제": -2, "그저께": -2, "내일": 1}


def _offset_day(reference: PartialDate | None, days: int) -> PartialDate | None:
    """`days` from `reference`; from a day whose year or month is unknown ("27일"), only
    backwards within its month ("전날" of the 27th is the 26th)."""
    ref = _ref_date(reference)
    if ref is not None:
        return _to_partial(ref + timedelta(days=days))
    if reference is None or reference.day is None or days > 0 or reference.day + days < 1:
        return None
    return PartialDate(reference.year, reference.month, reference.day + days)


def _resolve_word(word: str, reference: PartialDate | None) -> PartialDate | None:
    word = word.replace(" ", "")
    ref = _ref_date(reference)
    if word in ("오늘", "이날", "당일", "금일", "같은자리", "같은날"):
        # "지난 7일 … 방문했다. … 이날 협정을 체결하고", "… 같은 날 대전시와 별도의 협약을":
        # the day just named, even without its month when the article gives none.
        return reference if reference and (reference.year or reference.day) else None
    if word == "최근":
        if reference is None or reference.year is None or reference.month is None:
            return None
        return PartialDate(reference.year, reference.month)
    if word in _DAY_OFFSETS:
        return _offset_day(reference, _DAY_OFFSETS[word])
    if ref is None:
        return None
    if word == "지난주":
        return _to_partial(ref - timedelta(days=7), "month")
    return None


def _year_for(month: int, day: int | None, reference: PartialDate | None) -> int | None:
    """Year of a "10월 23일" without year: the reference's, unless that would put the event
    more than half a year ahead, which in news copy means last year."""
    if reference is None or reference.year is None:
        return None
    year = reference.year
    if reference.month is not None and month - reference.month > 6:
        year -= 1
    return year


def _full_year(digits: str, ref_year: int | None) -> int:
    """ "95년" in a 2005 article is 1995, "05년" is 2005, "10년 3월" a plan for 2010: a
    two-digit year is of this century unless that puts it decades past the article's year."""
    if len(digits) == 4:
        return int(digits)
    year = 2000 + int(digits)
    return year - 100 if year > (ref_year or 2026) + _PLANS_AHEAD else year


def _day_of_month_known(
    day: int, reference: PartialDate | None, direction: str
) -> PartialDate | None:
    """A day written on a page dated only to its month (a blog's "/2021/12/" address): a bare
    "29일" is that month's, while "지난 29일" may be the month before and "오는 5일" the month
    after, so each keeps only its day."""
    if not _valid(None, None, day):
        return None
    if reference is None or reference.year is None or reference.month is None:
        return PartialDate(day=day)
    if direction != "near" or not _valid(reference.year, reference.month, day):
        return PartialDate(day=day)
    return PartialDate(reference.year, reference.month, day)


def _resolve(kind: str, m: re.Match[str], reference: PartialDate | None) -> PartialDate | None:
    g = m.groupdict()
    day = int(g["d"]) if g.get("d") else None
    month = int(g["m"]) if g.get("m") else None
    ref = _ref_date(reference)
    ref_year = reference.year if reference else None
    if kind in ("ymd", "dotted", "ym"):
        year = _full_year(g["y"].lstrip("‘’'"), ref_year)
        return PartialDate(year, month, day) if _valid(year, month, day) else None
    if kind == "rel_year":
        shift = {"지난해": -1, "작년": -1, "내년": 1}.get(g["ry"], 0)
        year = ref_year + shift if ref_year is not None else None
        return PartialDate(year, month, day) if _valid(year, month, day) else None
    if kind == "rel_year_day":
        shift = 1 if g["ryd"] == "내년" else -1
        return PartialDate(ref_year + shift) if ref_year is not None else None
    if kind in ("md", "md_bracket", "md_dotted"):
        year = _year_for(month, day, reference)  # type: ignore[arg-type]
        return PartialDate(year, month, day) if _valid(year, month, day) else None
    if kind == "rel_m_only":
        if reference is None or reference.year is None or reference.month is None:
            return PartialDate(None, month)
        year = reference.year
        if g["rmo"] == "지난" and month > reference.month:
            year -= 1
        if g["rmo"] == "오는" and month < reference.month:
            year += 1
        return PartialDate(year, month)
    if kind == "rel_month":
        if ref is None:
            return PartialDate(day=day) if _valid(None, None, day) else None
        shift = {"지난달": -1, "다음달": 1, "내달": 1}.get(g["rm"].replace(" ", ""), 0)
        return _day_in_month(ref + relativedelta(months=shift), day)  # type: ignore[arg-type]
    if kind in ("rel_day", "day", "day_bracket"):
        direction = {"오는": "future", "지난": "past"}.get(g.get("rd") or "", "near")
        if ref is None:
            return _day_of_month_known(day, reference, direction)  # type: ignore[arg-type]
        return _resolve_day(day, ref, direction)  # type: ignore[arg-type]
    if kind == "half_year":
        shift = -1 if g["hy"] in ("지난해", "작년") else 0
        return PartialDate(ref_year + shift) if ref_year is not None else None
    if kind == "month_only":
        return PartialDate(_year_for(month, None, reference), month)  # type: ignore[arg-type]
    if kind == "month_word":
        if reference is None or reference.year is None or reference.month is None:
            return None
        shift = {"지난달": -1, "다음달": 1, "내달": 1}.get(g["mw"].replace(" ", ""), 0)
        anchor = date(reference.year, reference.month, 1) + relativedelta(months=shift)
        return PartialDate(anchor.year, anchor.month)
    return _resolve_word(g["w"], reference)


def resolve_date(expr: str, reference: PartialDate | None) -> tuple[PartialDate | None, bool]:
    """The calendar date `expr` denotes when written on `reference`, and whether it lies in
    the future of that reference (a planned signing rather than a past one)."""
    parsed = _parse(expr)
    if parsed is None:
        return None, False
    kind, m = parsed
    found = _resolve(kind, m, reference)
    if found is None:
        return None, False
    if reference is None:
        return found, _FUTURE_WORD_RE.search(expr) is not None
    return found, is_after(found, reference)
