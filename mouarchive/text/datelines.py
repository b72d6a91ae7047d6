"""Publication date, read from the header and footer lines of an article.

These lines (dateline, stamps, header cells) are exactly what cleaning throws away, so
`parse_articles` calls `find_published` on the normalized text before it cleans. The line
shapes are exported so `clean` and `furniture` drop the same lines this module reads.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mouarchive.models import PartialDate
from mouarchive.text.boxes import quoted_box_lines
from mouarchive.text.bylines import LINES_MEMO, parse_byline
from mouarchive.text.date_parts import CLOCK as _CLOCK
from mouarchive.text.date_parts import DATE as _DATE
from mouarchive.text.date_parts import TIME as _TIME
from mouarchive.text.date_parts import WEEKDAY as _WEEKDAY
from mouarchive.text.listings import listings_of
from mouarchive.text.outlet_names import outlet_field
from mouarchive.text.scan import guarded, scanner
from mouarchive.text.stamp_fields import (
    bare_stamp,
    date_then_byline,
    date_then_outlet,
    outlet_then_date,
)
from mouarchive.vocab import pattern

# Labels ranked by how surely they mean "published": first publication beats approval beats
# the last edit. The original's date on a repost ("출처: 연합뉴스(2022.10.27.)") beats them
# all; a bare date or a photo credit's stamp comes after them all.
_LABELS = {
    rank: pattern("bylines", name)
    for rank, name in enumerate(("published_labels", "approved_labels", "edited_labels"))
}
_SOURCE = -1
_EDITED_RANK = 2  # "edited_labels", last in `_LABELS`
_BARE = len(_LABELS)
# After a bare dateline: an outlet's name with a date, which a list of other articles also
# prints (each of them trusted only when the page holds one date so written); then a photo's
# stamp or a label opening a long paragraph; last a month alone.
_OUTLET_LINE = _BARE + 1
_SECONDARY = _BARE + 2
_MONTH_ONLY = _BARE + 3
_OPEN = r"(?:\[\s*)?"
# What parts a label from its stamp: "입력 : 2023-02-08", "등록|2014.06.24 23:33" (a table's
# cells copied as text).
_LABEL_MARK = r"[:：|│]?"
_SHUT = r"(?:\s*[\])])?"
"""A label set in brackets ("[입력] 2024-05-12 10:31 [수정] …") closes them before its date."""
_LABELLED = [
    (
        _SOURCE,
        re.compile(
            rf"(?:^|[\s|\[(·•])(?:{pattern('bylines', 'source_labels')})\s*[:：]?\s*"
            rf"[^\s\d(\[]{{2,15}}\s*[(\[]\s*{_DATE}",
            re.IGNORECASE,
        ),
    ),
    # "[출처] 아시아경제, 2019.06.27": a board's repost, the label in brackets and the date
    # after a comma; never a statistic's or a photo's source ("출처: 통계청, 2023.12.31 기준").
    (
        _SOURCE,
        re.compile(
            rf"^\s*\[(?:{pattern('bylines', 'source_labels')})\]\s*[^\s\d(\[,]{{2,15}},\s*{_DATE}"
            r"(?!\s*(?:기준|촬영|현재))"
        ),
    ),
    # "김하늘 기자입력 : 2023. 09. 21(목) 11:50": the label fused to the byline before it (or
    # to a reporter's address, "sol@hanbit.net입력 : 2014년 05월 09일", or to a poster's id,
    # "박솔(hanbit77)등록 2022.09.22 14:45");
    # "발표시간: [ 2019-08-23 16:42:37 ]": the stamp in brackets.
    (
        0,
        re.compile(
            rf"(?:^|[\s|:\[(·•]|(?<=기자)|(?<=[A-Za-z])|(?<=\)))(?:{_LABELS[0]}){_SHUT}\s*{_LABEL_MARK}\s*"
            rf"{_OPEN}{_DATE}{_TIME}",
            re.I,
        ),
    ),
    # Wire services put the label after the stamp: "2024/03/05 14:10 송고"; portals print
    # the stamp and any label alone on a line ("2021-10-18 11:29:50 게재"), which a sentence
    # telling of an issue ("2019년 3월 1일 발행 이후") never is.
    (0, re.compile(rf"{_DATE}{_TIME}\s*(?:송고|입력|등록)")),
    # "디지털경제입력 :2024/05/16 06:24": the label glued to the section's name before it.
    (0, re.compile(rf"(?<=[가-힣])(?:입력|등록)\s*[:：]\s*{_DATE}{_TIME}")),
    (0, re.compile(rf"^\s*[(\[](?:{pattern('bylines', 'bracketed_labels')})[)\]]\s*{_DATE}")),
    (0, re.compile(rf"^\s*{_DATE}{_TIME}\s*(?:{_LABELS[0]})\s*$")),
    # A portal's stamps of publication and last edit side by side, unlabelled
    # ("2018-09-11 15:19:25 2018-09-11 15:19:29"): the first is the article's.
    (
        _BARE,
        re.compile(
            rf"^\s*{_DATE}\s+{_CLOCK}\s+{re.sub(r'[?]P<[a-z0-9]+>', '', _DATE)}\s+{_CLOCK}\s*$"
        ),
    ),
    # A board's headline opened by its post date: "[ 2012-07-11 ] 발레호시, …",
    # "[20190626]안양시, …".
    (_BARE, re.compile(rf"^\s*\[\s*{_DATE}\s*\]\s*(?=\S)")),
    (_BARE, re.compile(r"^\s*\[(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)\]\s*(?=\S)")),
    # A blog names its writer between label and date: "posted by 국공마 2020. 1. 1. 12:04".
    (
        0,
        re.compile(
            rf"^(?:{pattern('bylines', 'writer_labels')})\s*[:：]?\s*\S{{1,20}}\s+{_DATE}{_TIME}$",
            re.IGNORECASE,
        ),
    ),
    # A blog's "by" before its writer and date, or before the date alone in cells, its category
    # after it ("by 한빛 2014. 4. 28.", "by | 2022-05-31 | 소식"): a dateline, but no label's.
    (
        _BARE,
        re.compile(
            rf"^by(?![A-Za-z])\s*[|│]?\s*(?:[^\s|│]{{1,20}}\s+)?{_DATE}{_TIME}"
            r"\s*(?:[|│][^|│]{0,30})?$"
        ),
    ),
    *(
        (
            rank,
            re.compile(
                rf"(?:^|[\s|:\[(·•])(?:{label}){_SHUT}\s*{_LABEL_MARK}\s*{_DATE}{_TIME}", re.I
            ),
        )
        for rank, label in _LABELS.items()
        if rank > 0
    ),
]
_BARE_DATE = re.compile(rf"[\s•·\-*|\[(<]*{_DATE}{_TIME}[\s\])>|]*")
_ANY_DATE = re.compile(rf"(?<!\d){_DATE}(?!\d)")
DATE_PATTERN = re.sub(r"\?P<\w+>", "", _DATE)
"""A full date as a regex without groups ("2023.05.21", "2023년 5월 21일")."""
# The label may stand in a cell of its own ("| 기사입력 | 2023.10.12 09:00 |", a saved page's
# info table), as `_LABELLED` reads it.
_ANY_LABELLED = re.compile(
    rf"(?:{'|'.join(_LABELS.values())}){_SHUT}\s*{_LABEL_MARK}\s*{DATE_PATTERN}{_TIME}"
    rf"|{DATE_PATTERN}{_TIME}\s*(?:송고|입력|등록)",
    re.IGNORECASE,
)
# An explicit label with a month only ("date 2018-07"): the month, when nothing says more.
_LABELLED_MONTH = re.compile(
    rf"^(?:{_LABELS[0]})\s*[:：]?\s*(?P<y>(?:19|20)\d{{2}})\s*[-./]\s*(?P<m>\d{{1,2}})(?![\d.\-/])",
    re.IGNORECASE,
)
_LEADING_STAMP = re.compile(
    rf"(?:{_LABELS[0]})\s*[:：]?\s*(?:{DATE_PATTERN}{_TIME}|(?:19|20)\d{{2}}\s*[-./]\s*\d{{1,2}}"
    r"(?![\d.\-/]))\s+(?=\S)",
    re.IGNORECASE,
)
# Stamps that close a line, a photo caption's often: "ⓒ천지일보 2019.10.17",
# "…(광주시의회 제공)2022.10.27/뉴스1", "[사진=…] 2023.09.10 hong@newspim.com |", and a
# blog list's post date before its pager: "…의향서.. 2013. 9. 24. « 1 »".
_TAIL_STAMP = re.compile(
    rf"(?P<before>(?:ⓒ|©)\s*[^\s\d]{{2,15}}\s*)?{_DATE}"
    rf"(?P<after>\s*/\s*[가-힣A-Za-z][가-힣A-Za-z0-9]{{1,9}}|\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\|?"
    r"|\s*«\s*\d{1,3}\s*»)?"
    r"\s*$"
)
# Asked of every line's end: `scanner` lets the engine skip to where a stamp can start.
_TAIL_STAMP = scanner(_TAIL_STAMP)
_TAIL = 80
# A photo credit and the photo's date, closing a caption or inside an image's markdown
# ("[사진=빛고을시] 2025.07.16 |", "(사진=빛고을시 제공) 2025.09.26. photo@…"): wire and
# portal captions stamp the day the photo ran, the article's.
_PHOTO_CREDIT = (
    rf"[\[(<]\s*(?:{pattern('bylines', 'photo_credit_labels')})\s*="
    r"(?P<credit>[^\])>\n]{1,30}?)\s*[\])>]"
)
_CAPTION_STAMP = re.compile(rf"{_PHOTO_CREDIT}\s*\.?\s*{_DATE}(?!\d)")
# A wire photo's stamp before its credit, closing the caption ("… 기념촬영을 하고 있다.
# 2023.10.03. (사진=남구 제공) photo@newsis.com"): the day the photo ran, as above.
_STAMP_THEN_CREDIT = guarded(
    re.compile(rf"{_DATE}\.?\s*{_PHOTO_CREDIT}\s*(?:\S+@\S+|\[email\s?protected\])?\s*$")
)
# A photo's source and its stamp closing the line ("한빛통신 제공 2021.05.26 09:06"): the day
# the photo ran, as a caption stamp is.
_SOURCE_STAMP = guarded(re.compile(rf"[가-힣A-Za-z0-9]{{1,15}}\s?제공\s*\|?\s*{_DATE}{_TIME}\s*$"))
# A wire caption's stamp before its source, closing the line ("… 기념 촬영을 하고 있다.2024.2.23.
# (남원시 제공)/뉴스1", "… 협정을 체결했다. 2017.11.20 [경남도 제공=연합뉴스]"): as above.
_STAMP_THEN_SOURCE = guarded(
    re.compile(
        rf"{_DATE}\.?\s*[\[(]\s*(?P<credit>[^\])\n]{{1,20}}?\s?제공(?:\s*=\s*[^\])\n]{{1,15}})?)\s*[\])]"
        r"(?:\s*/\s*[가-힣A-Za-z0-9]{2,10})?\s*$"
    )
)
# "사진은 지난 2019년 첫 협약식 모습.2019.5.3.(광주시 제공)": a caption that calls its
# picture's year past dates the picture, not the page.
_PAST_YEAR_TOLD = re.compile(r"지난\s?(?:19|20)\d{2}\s?년")
# "[사진=한빛뉴스DB]", "(사진=자료사진)": a picture from the archive, dated long ago. Only the
# credit's last word counts, so "[사진=DB손해보험]" is a company's photo of the day.
_ARCHIVE_PHOTO = re.compile(f"(?:{pattern('bylines', 'archive_photo_marks')})$")
# A published label and its date opening a paragraph too long for a dateline ("date
# 2025-11-10 빛고을시가 …").
_OPENING_STAMP = re.compile(rf"\s*(?:{_LABELS[0]})\s*[:：]?\s*{_DATE}", re.IGNORECASE)
# "wind 2021.03.25 07:36" (a board's poster), "인쇄 기사스크랩 [제880호]2015-02-27 11:13",
# "뉴스종합| 2012-05-11 10:37": a date with its clock time closing a short line of a few words
# without digits, or an issue number, or a section's name in a cell before it; an event's
# time ("일시 2023.05.21 14:00") is told by its label.
_CLOSING_STAMP = guarded(
    re.compile(
        rf"(?P<lead>[^\d\n:|]{{1,20}}?(?:\[제\s?\d{{1,5}}\s?호\])?)\s*[|│]?\s*{_DATE}\s*"
        r"(?:오전|오후)?\s*\d{1,2}:\d{2}(?::\d{2})?"
    )
)
_EVENT_LABEL = re.compile(pattern("bylines", "event_labels"))
# A board's post stamp with a two-digit year ("작성일13-08-12 14:52"): only with its label and
# clock time, which no other number of a page takes.
_SHORT_YEAR_STAMP = guarded(
    re.compile(
        rf"(?:{_LABELS[0]})\s*[:：]?\s*(?P<yy>\d{{2}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})\s+\d{{1,2}}:\d{{2}}"
        # "… 조회 940회 작성일 24.03.25": a board's own stamp, closing its line (an outlet's
        # registration, "등록일 15.03.05", is no 작성일).
        r"|작성일\s*[:：]?\s*(?P<yy2>\d{2})\.(?P<m2>\d{2})\.(?P<d2>\d{2})\s*$"
    )
)
# The same closing a headline printed on its line ("…지원 MOU 김솔 기자 기자 2018-04-27 11:11:36").
_BYLINE_STAMP_AT_END = guarded(
    re.compile(rf"\s[가-힣]{{2,4}}\s?기자(?:\s기자)?\s+{_DATE}{_TIME}\s*$")
)
# A clock read to the second ("2019-05-07 10:50:00") is a machine's stamp: an event's time is
# never written so.
_TO_THE_SECOND = re.compile(rf"{_DATE}{_TIME}(?<=:\d\d:\d\d)")
_EDITED = re.compile(rf"(?:{_LABELS[2]})\s*[:：|│]?\s*{DATE_PATTERN}", re.IGNORECASE)
_SITE_EDITED = re.compile(pattern("bylines", "site_edited_labels") + r"(?![a-z])", re.IGNORECASE)
# "한빛일보 | 전남 아00123 | [등록일] 2015.03.05 | 발행인 김솔": the outlet's registration.
_FOOTER = re.compile(pattern("bylines", "footer_marks") + r"|(?<![가-힣])[가-힣]\d{5}(?!\d)")
# A weather widget ("• 맑음동두천 2.6℃", "대전 구름많음 4.1°", "기상청 제공", "미세먼지 좋음"):
# the bare date next to one is the site's today-bar, the day the page was saved, not the day
# the article appeared. Widgets print the degree sign with or without its C, also as "˚".
_WEATHER = guarded(
    re.compile(
        r"(?<!\d)-?\d{1,2}(?:\.\d)?\s*(?:℃|[°˚]C?)|" + pattern("page_furniture", "weather_credits")
    )
)
_WEATHER_MAX = 40
_TODAY_BAR_REACH = 3
_DATELINE_LEFTOVER = re.compile(r"[\s•·\-*|\[\]()<>:/]*")
_HEADER_MAX = 160
_DIGIT = re.compile(r"\d")
# Every stamp `_ANY_LABELLED` reads holds a year: a line without one is not searched for them.
_YEAR = re.compile(r"(?:19|20)\d{2}")
# "ㅣ", a letter of the alphabet, is set as a bar by many sites ("입력 2023.10.12 ㅣ 김솔 기자"); a
# board sets a slash between spaces ("관리자 / 2024-06-28 오전 12:16:00 / 208").
_FIELD_BAR = guarded(re.compile(r"\s*[|│ㅣ]\s*|\s+/\s+"))


def find_published(text: str) -> PartialDate | None:
    """The date a header or footer line gives for publication; None if none does.

    Only whole dateline lines and the stamps that close a line count, never a date inside a
    body sentence, and only dates that carry a year: a bare "12일" is an event date for
    `extract`, not a publication date.
    """
    lines = text.split("\n")
    today_bar = today_bar_lines(lines)
    listings = listings_of(tuple(lines), is_bare_date)
    found_all = []
    at: list[int] = []
    days_of_the_week = []
    comments = next((i for i, line in enumerate(lines) if _COMMENTS.match(line.strip())), None)
    for i, line in enumerate(lines):
        if comments is not None and i > comments:
            break
        if not _DIGIT.search(line):
            continue
        # An outlet's footer is looked for only on a line that gives a date: most lines with a
        # digit give none, and the footer's pattern (4.5 µs a line) cost more than the date's.
        found = _dateline_date(line)
        if found is None or _in_footer(lines, i) or i in listings.schedule or i in listings.cards:
            continue
        if found[0] >= _BARE and (
            i in today_bar or _after_site_edited(lines, i) or listings.holds(i)
        ):
            continue
        found_all.append(found)
        at.append(i)
        if _DAY_OF_THE_WEEK_BAR.fullmatch(line):
            days_of_the_week.append(found)
    if len(days_of_the_week) < len(found_all):
        # "2024년 06월 20일 목요일" over the headline, "2024-05-13 김하나 기자" under the story: a
        # site's today-bar names the weekday and no time; any other dated line is the article's.
        kept = [(f, i) for f, i in zip(found_all, at, strict=True) if f not in days_of_the_week]
        found_all, at = [f for f, _ in kept], [i for _, i in kept]
    boxed = quoted_box_lines(lines, at)
    if len(boxed) < len(at):
        # An older report's box quoted in the story: the page's own stamp dates it.
        found_all = [f for f, i in zip(found_all, at, strict=True) if i not in boxed]
    if len({date for rank, date in found_all if rank == _OUTLET_LINE}) > 1:
        # "한빛뉴스 2019.05.02", "한빛뉴스 2021.11.30": a list of other articles.
        found_all = [(rank, date) for rank, date in found_all if rank != _OUTLET_LINE]
    return min(found_all, key=lambda found: found[0], default=(0, None))[1]


# "댓글목록", "전체 댓글 3": readers' comments follow, each with its own stamp.
_COMMENTS = re.compile(rf"(?:{pattern('page_furniture', 'comment_headings')})(?:\s*\d+)?$")

# A date and its weekday alone on a line, no clock time: how a site's today-bar reads.
_DAY_OF_THE_WEEK_BAR = re.compile(rf"[\s•·\-*|\[(<]*{_DATE}{_WEEKDAY}[\s\])>|]*")


def _in_footer(lines: list[str], i: int) -> bool:
    """The outlet's registration, on the line ("등록번호 전남 아00123 | 등록일 2015.03.05") or
    listed an item a line ("• 등록번호 : 충남 아00101", "• 발행일 : 2010-11-24"): the outlet's
    dates. Only an item of that shape (a label, a colon, a bare day) looks at the lines around
    it: an article's stamp ("등록일 2024-05-12 10:22") may stand near a short page's footer."""
    if _FOOTER.search(lines[i]):
        return True
    start = end = i
    if _REGISTRATION_ITEM.match(lines[i]) is None:
        # A list of terms read a term a line ("등록일" / "2019.03.02"), as a page's `<dl>`
        # prints it: its label is the line above (review 55c, C9), and the footer's mark
        # anywhere in its run of terms ("주소" / … / "전화" / … / "발행인": review 56b, 6).
        if i == 0 or not _REGISTRATION_LABEL.fullmatch(lines[i - 1]) or not is_bare_date(lines[i]):
            return False
        start, end = _run_of_terms(lines, i - 1)
    return any(
        _FOOTER.search(line)
        for line in lines[max(0, start - _FOOTER_REACH) : end + _FOOTER_REACH + 1]
    )


def _run_of_terms(lines: list[str], i: int) -> tuple[int, int]:
    """The first and last line of the run of short lines, none a sentence, around line `i`:
    a list's terms and values, a line each, up to `_TERMS_REACH` lines either way."""

    def term(k: int) -> bool:
        return len(lines[k]) <= _TERM_LENGTH and not lines[k].rstrip().endswith("다.")

    start = end = i
    while start > max(0, i - _TERMS_REACH) and term(start - 1):
        start -= 1
    while end < min(len(lines) - 1, i + _TERMS_REACH) and term(end + 1):
        end += 1
    return start, end


_FOOTER_REACH = 2
_TERMS_REACH = 16
_TERM_LENGTH = 30
_REGISTRATION_NAME = r"[\s•·*|-]*(?:" + pattern("bylines", "registration_dates") + r")\s*[:：]"
_REGISTRATION_LABEL = re.compile(_REGISTRATION_NAME + r"?\s*")
_REGISTRATION_ITEM = re.compile(
    _REGISTRATION_NAME + r"\s*(?:19|20)\d{2}\s?[-./]\s?\d{1,2}\s?[-./]\s?\d{1,2}\.?\s*$"
)


def _after_site_edited(lines: list[str], i: int) -> bool:
    """ "최종편집" on a line of its own and "• 2025-05-10 00:03" on the next: the site's last
    update, printed across two lines, is no more the article's date than on one."""
    before = next((line for line in reversed(lines[max(0, i - 2) : i]) if line.strip()), "")
    return _SITE_EDITED.fullmatch(before.strip(" \t:：|•·")) is not None


def today_bar_lines(lines: list[str]) -> set[int]:
    """Indexes of the bare date lines beside a weather widget: a site's today-bar.

    A widget is a run of weather lines among the page's non-blank lines; the bare dates
    among the few lines on either side of it are its today-bar.
    """
    shown = [i for i, line in enumerate(lines) if line]
    weather = [is_weather(lines[i]) for i in shown]
    near: set[int] = set()
    k = 0
    while k < len(shown):
        if not weather[k]:
            k += 1
            continue
        end = k
        while end < len(shown) and weather[end]:
            end += 1
        around = [*shown[max(0, k - _TODAY_BAR_REACH) : k], *shown[end : end + _TODAY_BAR_REACH]]
        near.update(i for i in around if _BARE_DATE.fullmatch(lines[i]))
        k = end
    return near


@lru_cache(maxsize=LINES_MEMO)
def is_weather(line: str) -> bool:
    """A line of a weather widget ("• 맑음동두천 2.6℃", "기상청 제공")."""
    return len(line) <= _WEATHER_MAX and _WEATHER.search(line) is not None


def _dateline_date(line: str) -> tuple[int, PartialDate] | None:
    """(rank, date) of a dateline; of a line too long for one, only its closing stamp or a
    labelled month that opens it. Every stamp read here holds a year: a line without one (most
    of an article's) is not searched by each pattern in turn."""
    if len(line) <= _HEADER_MAX and (short := _SHORT_YEAR_STAMP.search(line)):
        yy, m, d = short["yy"] or short["yy2"], short["m"] or short["m2"], short["d"] or short["d2"]
        date = PartialDate(2000 + int(yy), int(m), int(d))
        if 1 <= date.month <= 12 and 1 <= date.day <= 31:  # type: ignore[operator]
            return 0, date
    if not _YEAR.search(line):
        return None
    tail = _tail_stamp(line)
    if len(line) <= _HEADER_MAX:
        edited = _EDITED.search(line)
        if edited and edited.start() > 0 and (before := _dateline_date(line[: edited.start()])):
            # "2024.01.29 (월) 04:32:13 최종편집 : 2024.01.30 …": the stamp before the edit's.
            return before
        if edited and _SITE_EDITED.match(edited.group(0)):
            # "최종편집: 2025-05-10 06:45:01", "UPDATE : 2024-03-28 17:14" at the top of a
            # page: when the site was last updated, not when the article came out; a stamp
            # after it on the line may be the article's ("… | 기사입력 : 2024-03-27 09:00").
            return _dateline_date(line[edited.end() :])
        for rank, labelled in _LABELLED:
            match = labelled.search(line)
            if match and (date := _to_date(match)):
                return rank, date
        for field in header_fields(line) or [line]:
            match = _BARE_DATE.fullmatch(field) or bare_stamp(field)
            if match and (date := _to_date(match)):
                return _BARE, date
            outlet = outlet_then_date(field.strip()) or date_then_outlet(field.strip())
            if outlet and (date := _to_date(outlet)):
                return _OUTLET_LINE, date
        match = _CLOSING_STAMP.fullmatch(line.strip())
        if match and not _EVENT_LABEL.search(match["lead"]) and (date := _to_date(match)):
            return _BARE, date
    if tail and (date := _to_date(tail)):
        return _BARE, date
    byline = _BYLINE_STAMP_AT_END.search(line, max(0, len(line) - _TAIL))
    if byline and (date := _to_date(byline)):
        return _BARE, date
    opening = _OPENING_STAMP.match(line) if len(line) > _HEADER_MAX else None
    if opening and (date := _to_date(opening)):
        return _SECONDARY, date
    caption = _CAPTION_STAMP.search(line) or _STAMP_THEN_CREDIT.search(line)
    if caption and not _ARCHIVE_PHOTO.search(caption["credit"]) and (date := _to_date(caption)):
        return _SECONDARY, date
    source = _SOURCE_STAMP.search(line, max(0, len(line) - _TAIL))
    if source and (date := _to_date(source)):
        return _SECONDARY, date
    wire = _STAMP_THEN_SOURCE.search(line, max(0, len(line) - _TAIL))
    if (
        wire
        and not _ARCHIVE_PHOTO.search(wire["credit"])
        and not _PAST_YEAR_TOLD.search(line)
        and (date := _to_date(wire))
    ):
        return _SECONDARY, date
    month = _LABELLED_MONTH.match(line)
    if month and 1 <= int(month["m"]) <= 12:
        return _MONTH_ONLY, PartialDate(int(month["y"]), int(month["m"]))
    return None


def _tail_stamp(line: str) -> re.Match[str] | None:
    match = _TAIL_STAMP.search(line, max(0, len(line) - _TAIL))
    return match if match and (match["before"] or match["after"]) else None


@lru_cache(maxsize=LINES_MEMO)
def header_fields(line: str) -> tuple[str, ...] | None:
    """The fields of a "2022-09-08 | 전남일보사 | 김도윤 기자" header line, else None.

    A bare date only makes a header when the line also names the outlet or reporter or
    carries a labelled stamp, or one to the second no event label heads ("산림정책과 |
    2019-05-07 10:50:00"); "일시 | 2023.05.21 14:00" in a table is an event, not a publication.
    """
    if len(line) > _HEADER_MAX or not _FIELD_BAR.search(line) or not _DIGIT.search(line):
        return None
    fields = tuple(field for field in _FIELD_BAR.split(line) if field)
    if not any(is_date_field(field) for field in fields):
        return None
    event = any(_EVENT_LABEL.fullmatch(field.strip()) for field in fields)
    for field in fields:
        stamped = is_dateline(field) and not _BARE_DATE.fullmatch(field)
        if stamped or outlet_field(field) or parse_byline(field):
            return fields
        if not event and _stamped_to_the_second(field):
            return fields
    return None


def _stamped_to_the_second(field: str) -> bool:
    return _TO_THE_SECOND.fullmatch(field.strip()) is not None


def is_date_field(field: str) -> bool:
    """A header field that is a date or a publication/edit stamp."""
    return _BARE_DATE.fullmatch(field) is not None or is_dateline(field)


def _to_date(match: re.Match[str]) -> PartialDate | None:
    found = match.groupdict()
    year = int(found["y"])
    month = int(found["m"] or found.get("m2"))
    day = int(found["d"] or found.get("d2"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return PartialDate(year, month, day)


def is_bare_date(line: str) -> bool:
    """A line that is a date alone, with no label ("2024.03.05 (화)", "2024년 3월 5일 화요일")."""
    return _BARE_DATE.fullmatch(line) is not None


def full_dates(text: str) -> list[PartialDate]:
    """Every full date written in `text` ("2021.3.24", "2021년 3월 24일"), in order."""
    return [date for m in _ANY_DATE.finditer(text) if (date := _to_date(m)) is not None]


@lru_cache(maxsize=LINES_MEMO)
def is_dateline(line: str) -> bool:
    """A line that is only publication/edit stamps ("입력 2024.03.05 오후 2:10 | 수정 ...")."""
    if len(line) > _HEADER_MAX or not _DIGIT.search(line):
        return False
    if _BARE_DATE.fullmatch(line):
        return True
    if not _YEAR.search(line):
        return False
    rest = _ANY_LABELLED.sub("", line)
    return rest != line and _DATELINE_LEFTOVER.fullmatch(rest) is not None


def is_edit_stamp(line: str) -> bool:
    """A stamp of the last edit alone ("업데이트 2024.04.08 15:20", "수정 …"), with no
    publication stamp: a live article's update, or a copy's second stamp."""
    found = _dateline_date(line) if is_dateline(line) and not is_bare_date(line) else None
    return found is not None and found[0] == _EDITED_RANK


def without_leading_stamp(line: str) -> str:
    """The line without a labelled date or month that opens it, however long the line
    ("date 2018-07 [한빛경제 홍길동 기자]5일 …")."""
    match = _LEADING_STAMP.match(line)
    return line[match.end() :] if match else line


@lru_cache(maxsize=LINES_MEMO)
def strip_datestamps(line: str) -> str:
    """The line without its publication/edit stamps, for header lines that also name the
    reporter ("기자명 김하늘 기자 | 입력 2024.03.05 14:10", "2018-12-13 김하늘 기자")."""
    if len(line) > _HEADER_MAX or not _DIGIT.search(line):
        return line
    bylined = date_then_byline(line)
    if bylined:
        return bylined["byline"]
    return _ANY_LABELLED.sub(" ", line) if _YEAR.search(line) else line
