"""Reporters' bylines: who wrote an article and the address they sign with.

"/박진표 기자 lucky@kwangju.co.kr", "[경기 안산 = 서부경기 신문 김나래 기자]": a byline is a
line of its own or closes a paragraph. `split` cuts articles at them, `clean` drops them,
`grouping` knows them from a sentence, and the publication-date and outlet readers
(`datelines`, `outlets`) read the lines beside them; the patterns live here once for all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mouarchive.text.scan import guarded
from mouarchive.vocab import pattern, word_set

# A reporter's or sender's address ("hong@hanbit.kr").
EMAIL = r"[\w.+-]+@[\w-]*(?:\.[\w-]+)*"
# The line tests here and in `datelines` and `outlet_names` are memoised, a page's worth of
# lines: finding the date and outlet, cleaning and splitting each ask them again of the same
# lines (a byline up to five times).
LINES_MEMO = 1024
# A name is no specialist's beat ("김하늘 여행전문기자": 여행전문 is the role's), nor the word
# before a role ("김하늘 객원기자": 객원 is the role's).
_NAME = (
    rf"(?!{pattern('bylines', 'specialist_beats')}전문)"
    rf"(?!{pattern('bylines', 'role_prefixes')}{pattern('bylines', 'reporter_roles')})"
    r"[가-힣]{2,4}(?:\s?[·,]\s?[가-힣]{2,4})*"
)
# A specialist names a beat before 전문: "여행전문기자".
_ROLE = (
    f"(?:{pattern('bylines', 'specialist_beats')}(?=전문))?"
    + pattern("bylines", "role_prefixes")
    + "?"
    + pattern("bylines", "reporter_roles")
)
REPORTER_ROLE = _ROLE
"""A reporter's role as a regex ("기자", "선임기자", "취재본부장")."""
_PLACE = r"(?:[가-힣·]{1,8}\s*=\s*|[가-힣]{2,8}\s+)?"
_BYLINE_CORE = (
    rf"/?\s*{_PLACE}(?P<name>{_NAME})\s*{_ROLE}"
    rf"(?:\s*[(<\[]?\s*(?P<email>{EMAIL})\s*[)>\]]?)?"
)
# A whole-line byline may carry a label, a list mark, a "지역 = 매체" prefix and up to two
# words (outlet, bureau) before the name: "- 기자 정보: 한상우 기자", "[경기 안산 = 서부경기
# 신문 김나래 기자]", "대학저널 광주지사 김소라 기자".
_BYLINE_LABEL = (
    r"(?:[-·•▶]\s*)?(?:(?:기자\s*정보|취재|글|정리)\s*[:：]\s*)?"
    r"(?:[(\[【<][^)\]】>]{1,25}[)\]】>]\s*)?"
)
# Desk sign-offs close an article without naming a person: "/사회부", "남도일보 디지털뉴스팀".
_DESK_LINE = re.compile(
    r"/?\s*(?:[가-힣A-Za-z0-9]{2,10}\s+)?[가-힣]{0,6}" + pattern("bylines", "desks")
)
# "횡성/ 안종률기자": the place is also set off by a slash.
_WIDE_PLACE = r"(?:[가-힣·]{1,8}(?:\s[가-힣]{1,8})?\s*[=/]\s*)?(?:[가-힣A-Za-z0-9]{2,10}\s+){0,2}"
_ONE_BYLINE = (
    rf"/?\s*{_WIDE_PLACE}(?P<name>{_NAME})\s*{_ROLE}"
    rf"(?:\s*[(<\[]?\s*(?P<email>{EMAIL})\s*[)>\]]?)?"
)
_BYLINE_LINE = guarded(re.compile(rf"{_BYLINE_LABEL}[\[(<]?\s*{_ONE_BYLINE}\s*[\])>]?"))
_BYLINE_PART = guarded(re.compile(rf"\s*{_ONE_BYLINE}\s*"))
_BYLINE_TAIL = re.compile(rf"[.!?\"”’'」)]\s*(?P<byline>{_BYLINE_CORE})\s*$")
_EMAIL_LINE = re.compile(
    rf"(?:[-·•▶]\s*)?[(<\[]?\s*(?P<email>{EMAIL}\.[a-z]{{2,}})\s*[)>\]]?", re.IGNORECASE
)
OUTLET_REPORTER = re.compile(
    rf"^[\[【(<〈]\s*(?P<outlet>[가-힣A-Za-z0-9]{{2,15}})\s*=\s*{_NAME}\s*{_ROLE}\s*[\]】)>〉]"
)

# "KBS 뉴스 김하늘입니다.": a broadcaster's report ends on its reporter's sign-off, which
# names the outlet too; a regional station's with its place before or after the
# broadcaster ("전주MBC 김하늘입니다.", "MBC경남 …", "CJB 청주방송 …").
_STATION_PLACE = pattern("outlets", "station_places")
SIGNOFF_PATTERN = (
    rf"(?P<outlet>(?:{_STATION_PLACE})?(?:{pattern('outlets', 'broadcasters')})"
    rf"(?:{_STATION_PLACE})?)\s*(?:(?:{_STATION_PLACE})\s*(?:방송\s*)?)?(?:뉴스\s*)?"
    rf"(?P<name>[가-힣]{{2,4}})(?:\s*기자)?(?:입니다|였습니다)\.?"
)
_SIGNOFF = re.compile(SIGNOFF_PATTERN)
# "KBS 뉴스입니다.", "KBS 뉴스 이상입니다.": the programme's closing, which names no reporter.
_STATION_WORDS = word_set("outlets", "station_words")


@lru_cache(maxsize=LINES_MEMO)
def broadcast_signoff(line: str) -> tuple[str, str | None] | None:
    """(outlet, reporter) when the line is a broadcaster's sign-off ("KBS 뉴스 김하늘입니다."),
    the reporter None for the programme's closing ("KBS 뉴스입니다.")."""
    match = _SIGNOFF.fullmatch(line.strip()) if len(line) <= 40 else None
    if match is None:
        return None
    name = match["name"]
    return match["outlet"], None if name in _STATION_WORDS else name


@lru_cache(maxsize=LINES_MEMO)
def parse_byline(line: str) -> tuple[str | None, str | None] | None:
    """(reporter, email) when the whole line is a byline ("/박진표 기자 lucky@kwangju.co.kr")."""
    if len(line) > 80:
        return None
    if _DESK_LINE.fullmatch(line):
        return None, None
    signoff = broadcast_signoff(line)
    if signoff is not None:
        return signoff[1], None
    match = _BYLINE_LINE.fullmatch(line)
    if match:
        return _reporter(match["name"]), _email(match["email"])
    if "," in line:
        parts = [_BYLINE_PART.fullmatch(part) for part in line.split(",")]
        if all(parts):
            names = "·".join(_reporter(part["name"]) for part in parts if part)
            email = next((part["email"] for part in parts if part and part["email"]), None)
            return names, _email(email)
    match = _EMAIL_LINE.fullmatch(line)
    if match:
        return None, match["email"]
    return None


@lru_cache(maxsize=LINES_MEMO)
def split_trailing_byline(line: str) -> tuple[str, str | None, str | None] | None:
    """(paragraph, reporter, email) when a paragraph ends with its byline, as print pages do."""
    tail_start = max(0, len(line) - 90)
    match = _BYLINE_TAIL.search(line, tail_start)
    if not match:
        return None
    return line[: match.start("byline")].rstrip(), _reporter(match["name"]), _email(match["email"])


def _reporter(name: str) -> str:
    return re.sub(r"\s*([·,])\s*", r"\1", name).strip()


def _email(text: str | None) -> str | None:
    """A usable address, or None for one the page cut short ("kmpark@")."""
    if not text or "." not in text.rsplit("@", 1)[-1]:
        return None
    return text
