"""A header field that is a date and what is printed beside it: a byline, a board's poster
and counters, a print page, a sender's address, the buttons of a page, an outlet's name, the
ministry that issued a briefing. `datelines` reads the page's lines; these are the shapes of
one field that make it the article's stamp, and what is no stamp ("2023.05.21 개막식").
"""

from __future__ import annotations

import re

from mouarchive.text.bylines import EMAIL, parse_byline
from mouarchive.text.date_parts import DATE, TIME
from mouarchive.text.outlet_names import outlet_field
from mouarchive.vocab import pattern, word_set

# A byline with its date after it ("by 김솔 기자 2010.03.18"), the reporter's address between
# them or not ("김솔 기자 sol@hanbit.net 2017-11-21 18:25:30").
_BYLINE_THEN_DATE = re.compile(
    rf"(?:(?:by\s+)?[가-힣]{{2,4}}\s?기자|(?<![A-Za-z])by\s+[가-힣A-Za-z]{{2,10}})"
    rf"(?:\s+{EMAIL})?\s+{DATE}{TIME}",
    re.I,
)
# A date line right before a byline ("2018-12-13 최용남 기자"), as print-style pages set them.
_DATE_THEN_BYLINE = re.compile(rf"{DATE}{TIME}\s+(?P<byline>\S.*)")
# "2009-4-22 0:0:0 27면", "한빛일보 2012.01.17 00:38 종합 23면 지면보기": a print edition's
# date and page, the page's section between them. (A clock may be printed unpadded, "0:0:0",
# which `TIME` does not read.)
_PRINT_PAGE = re.compile(
    rf"{DATE}(?:\s+\d{{1,2}}:\d{{1,2}}(?::\d{{1,2}})?)?(?:\s+[가-힣]{{1,6}})?\s+제?\d{{1,3}}면"
    r"(?=\s*(?:지면보기)?\s*$)"
)
# "2022-11-11 303": a date and the count of its readers, alone on a line under a headline.
_DATE_THEN_COUNT = re.compile(rf"{DATE}\s+\d{{1,7}}")
# A board's post line, its poster or a label before the date and the counter's label after it,
# in cells or not ("김솔 2019-05-15 조회수 10548", "날짜 2016-12-06 조회수 1,573", "김솔|
# 2018-12-17| 조회수 : 7419"); without the counter's label a word before a date and a number is
# an event's ("개막 2024.06.01 10").
_BOARD_POST = re.compile(
    rf"(?:[가-힣]{{2,4}}\s*[|│]?\s*)?{DATE}\s*[|│]?\s*(?:{pattern('page_furniture', 'counters')})"
    r"\s*[:：]?\s*\d[\d,]{0,8}"
)
# "최고관리자 0 503 2021.04.14 08:59": a board's account, its counts (comments, views), the stamp.
_POSTER_COUNTS_DATE = re.compile(
    rf"(?:{pattern('bylines', 'board_posters')})\s+(?:\d[\d,]{{0,8}}\s+){{1,3}}{DATE}{TIME}",
    re.I,
)
# "2019.07.24 통일부": a government briefing page's stamp and the ministry that issued it.
_DATE_THEN_ISSUER = re.compile(
    rf"{DATE}{TIME}\s+(?P<issuer>[가-힣]{{2,12}}(?:{pattern('bylines', 'issuing_offices')}))"
)
_NOT_ISSUING = re.compile(rf"(?:{pattern('bylines', 'not_issuing')})$")
# "2008년 06월 10일 by jeungam": a blog post's date and its poster.
_DATE_BY_POSTER = re.compile(rf"{DATE}{TIME}\s+by\s+[\w.\-]{{2,20}}", re.I)
# "2025.03.18 09:27 댓글쓰기": a stamp and the page's buttons after it.
_DATE_THEN_BUTTONS = re.compile(
    rf"(?:[가-힣A-Za-z0-9]{{2,20}}\s*[(\[<]{EMAIL}[)\]>]\s*)?"
    rf"{DATE}{TIME}(?:\s+{pattern('bylines', 'stamp_buttons')}(?:\s*\d{{1,5}})?)+"
)
# "2012.06.25(월) 13:55:50빛고을시청(hongbo@hanbit.kr)": a stamp and its sender's address.
_DATE_THEN_SENDER = re.compile(rf"{DATE}{TIME}\s*[가-힣A-Za-z0-9]{{2,20}}\s*[(\[<]?{EMAIL}[)\]>]?")
# A reporter's bare name beside the date, either way round ("2008-07-03 김상우", "박상준 /
# 2025-06-17 08:53:31", "2020-04-24     이경"): a name of two or three syllables, perhaps
# marked apart from a namesake or joined by a second reporter's ("2017-09-26 김솔A 기자",
# "2020-02-16 김솔ㆍ이솔").
_SURNAMES = word_set("common_words", "surnames")
_NOT_NAMES = word_set("bylines", "not_names_beside_date")
_NAME_BESIDE_DATE = (
    re.compile(
        rf"{DATE}{TIME}\s+(?P<name>[가-힣]{{2,3}})(?:[A-Z]|(?<=[가-힣]{{3}})[ㆍ·][가-힣]{{3}})?(?:\s?기자)?"
    ),
    re.compile(rf"(?P<name>[가-힣]{{2,3}})(?:\s기자)?\s*/\s*{DATE}{TIME}"),
)
# An outlet's name and a date alone on a line ("한빛뉴스 2024.10.22", "한빛뉴스 (2011-10-17)"),
# or with the page's buttons after it ("한빛일보 2026-03-04 11:49:32 신고").
_OUTLET_THEN_DATE = re.compile(
    rf"(?P<outlet>[^\d\s][^\d]{{1,18}}?)\s+(?P<open>\()?{DATE}{TIME}(?(open)\))"
    rf"(?:\s+(?:{pattern('bylines', 'stamp_buttons')}))*"
)


def bare_stamp(field: str) -> re.Match[str] | None:
    """The stamp of a field that is a date beside a byline, a poster, a print page, a count, a
    sender, buttons or an issuer: the article's own, as a bare date is."""
    bare = field.strip()
    return (
        _BYLINE_THEN_DATE.fullmatch(bare)
        or date_then_byline(field)
        or _DATE_THEN_SENDER.fullmatch(bare)
        or _PRINT_PAGE.search(bare)
        or _DATE_THEN_COUNT.fullmatch(bare)
        or _BOARD_POST.fullmatch(bare)
        or _DATE_BY_POSTER.fullmatch(bare)
        or _POSTER_COUNTS_DATE.fullmatch(bare)
        or issued_by(bare)
        or _DATE_THEN_BUTTONS.fullmatch(bare)
        or name_beside_date(bare)
    )


def name_beside_date(field: str) -> re.Match[str] | None:
    """The stamp of a field that is a date and a reporter's bare name; the name must open
    with a surname, so "2023.05.21 개막식" (and "2023.05.26 금요일 개막식", whose weekday
    opens with the surname 금) stays an event."""
    for stamp in _NAME_BESIDE_DATE:
        match = stamp.fullmatch(field)
        if match and match["name"][0] in _SURNAMES and match["name"] not in _NOT_NAMES:
            return match
    return None


def issued_by(field: str) -> re.Match[str] | None:
    """The stamp of a field that is a date and the ministry that issued the page ("2019.07.24
    통일부"), not a date and the hall an event is held in ("2024.06.01 시청")."""
    match = _DATE_THEN_ISSUER.fullmatch(field)
    return match if match and not _NOT_ISSUING.search(match["issuer"]) else None


def outlet_then_date(field: str) -> re.Match[str] | None:
    """The stamp of a field that is an outlet's known name and a date ("한빛뉴스 2024.10.22");
    a place or an office beside a date ("빛고을시청 2024.10.22") is no outlet."""
    match = _OUTLET_THEN_DATE.fullmatch(field)
    return match if match and outlet_field(match["outlet"]) else None


def date_then_outlet(field: str) -> re.Match[str] | None:
    """The stamp of a field that is a date and then an outlet's known name ("2023-04-25
    한빛신문"), as some sites print their header."""
    match = _DATE_THEN_BYLINE.fullmatch(field)
    return match if match and outlet_field(match["byline"].strip()) else None


def date_then_byline(field: str) -> re.Match[str] | None:
    match = _DATE_THEN_BYLINE.fullmatch(field)
    return match if match and parse_byline(match["byline"]) else None
