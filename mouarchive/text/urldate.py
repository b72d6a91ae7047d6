"""The publication date an article's URL carries.

Most Korean news sites put the date in the address, either as folders
("/2025/05/15/", "/2024-11/25/", "/20250515/") or as the first eight digits of an article id,
bare or behind a letter or an outlet prefix ("/view/20250515000123", "?no=A2023051500012",
"articleId=X20150512…", "NISX20230512_0002297"). The text often carries no dateline at all, so
this is frequently the only trustworthy date of a saved article.

A number only counts when it reads as a real calendar day no later than today and is not a
plain sequence number: eight digits that stand alone in a counter parameter (`idxno=20110512`)
are an article number, not a date.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import SplitResult, parse_qsl, unquote, urlsplit

from mouarchive.models import PartialDate

_FIRST_YEAR = 1995
_FOLDERS = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)[/_-](?P<m>[01]?\d)(?P<sep>[/_-])(?P<d>[0-3]?\d)(?=[/_.&-]|$)"
)
# "/2021/12/3_30.html": a blog's month folder and a post named by two numbers joined by _,
# not a day ("/2021/12/07_ulsan-mou.html" keeps its day).
_SLUG_AFTER_DAY = re.compile(r"_\d+\.html?(?:$|[?#])")
# "/2021/12/3_30.html", "/2021/12/story-title.html": a month folder and no day, which dates
# the article to its month.
_MONTH_FOLDER = re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?![0-3]?\d(?:/|$))[^/?#]+$")
# An id that starts with a date: a letter or a short outlet prefix may stand before it, and
# more digits (the day's running number, a time) follow it.
_ID = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?P<more>\d*)")
# An id that is a capital letter, a two-digit year, month and day, and the day's four-digit
# running number, as a whole segment of the path ("/article/G0903230026"): shorter than the
# ids above, so it counts only in exactly this shape.
_SHORT_YEAR_ID = re.compile(r"[A-Z](?P<y>\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\d{4}")
# Parameters that number articles one after another and never hold a date.
_COUNTERS = frozenset({"idxno", "idx", "no", "num", "seq", "aid", "article_id", "nid"})
_MIN_RUNNING = 2  # digits after the date that make a bare number an id, not a counter
# Parameters that tell where a reader came from or what a listing searched
# ("?no=20220706…&re=D_20221118…", "&sdt=2010-12-06"): their dates are the visit's or the
# search's, never the article's.
_NOT_THE_ARTICLE = frozenset({"re", "ref", "referer", "referrer", "sdt", "edt", "sdate", "edate"})


def date_from_url(url: str | None, today: date | None = None) -> PartialDate | None:
    """The day a news URL dates its article to, the month where it gives only a month folder
    (a blog's "/2021/12/post-title.html"), or None when it names none."""
    parts = _parts(url)
    if parts is None:
        return None
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = "&".join(f"{k}={v}" if v else k for k, v in pairs if k.lower() not in _NOT_THE_ARTICLE)
    folders = _from_folders(f"{parts.path}?{query}")
    for found in (folders, _from_ids(parts.path, query)):
        if found is not None and _plausible(found, today or date.today()):
            return PartialDate(found.year, found.month, found.day)
    return _month_folder(parts.path, today or date.today())


def short_date_from_url(url: str | None, today: date | None = None) -> PartialDate | None:
    """The day an id with a two-digit year dates its article to ("/article/G0903230026"):
    weaker than a four-digit one, as such an id may be made days before the page goes out, so
    it counts only where neither the address's full date nor the page's dateline says more."""
    parts = _parts(url)
    if parts is None:
        return None
    last = next((segment for segment in reversed(parts.path.split("/")) if segment), "")
    short = _SHORT_YEAR_ID.fullmatch(last)
    found = _day(_century(short["y"]), short["m"], short["d"]) if short else None
    if found is None or not _plausible(found, today or date.today()):
        return None
    return PartialDate(found.year, found.month, found.day)


def _parts(url: str | None) -> SplitResult | None:
    if not url:
        return None
    try:
        return urlsplit(unquote(url.strip()))
    except ValueError:
        return None


def _from_folders(path: str) -> date | None:
    for match in _FOLDERS.finditer(path):
        if match["sep"] == "/" and _SLUG_AFTER_DAY.match(path, match.end()):
            continue
        found = _day(match["y"], match["m"], match["d"])
        if found:
            return found
    return None


def _month_folder(path: str, latest: date) -> PartialDate | None:
    """The month a page's address gives without a day ("/2021/12/blog-post_23.html"): the
    article is dated to that month rather than not at all, and a day of the page's own text
    in that month refines it (`preparing._published`)."""
    month = _MONTH_FOLDER.search(path)
    if month is None or not 1 <= int(month["m"]) <= 12:
        return None
    first = date(int(month["y"]), int(month["m"]), 1)
    return PartialDate(first.year, first.month, None) if _plausible(first, latest) else None


def _from_ids(path: str, query: str) -> date | None:
    segments = [("", segment) for segment in path.split("/") if segment]
    segments += parse_qsl(query, keep_blank_values=True)
    for name, value in reversed(segments):
        for match in _ID.finditer(value):
            bare = match.start() == 0 and match.end() == len(value)
            if bare and name.lower() in _COUNTERS and len(match["more"]) < _MIN_RUNNING:
                continue
            found = _day(match["y"], match["m"], match["d"])
            if found:
                return found
    return None


def _century(year: str) -> str:
    """A two-digit year's century: the news sites' years run from 1995, so 95–99 are the 1900s
    and the rest the 2000s."""
    return ("19" if int(year) >= _FIRST_YEAR % 100 else "20") + year


def _day(y: str, m: str, d: str) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def _plausible(found: date, latest: date) -> bool:
    return found.year >= _FIRST_YEAR and found <= latest


_URL = re.compile(r"https?://[^\s<>\"'()\[\]]+")
_SOURCE_LABEL = re.compile(
    r"출처|원문|원본\s?기사|기사\s?주소|기사\s?URL|본문\s?링크|source", re.IGNORECASE
)
_SOURCE_LINE_MAX = 300


def find_source_url(text: str) -> str | None:
    """The article's own address when the text names it ("출처 : 경기신문(https://…)",
    "기사원문 https://…"); a bare link elsewhere may be any page, so it does not count."""
    if "http" not in text or not _SOURCE_LABEL.search(text):
        # Most pages name no source: a label in a line is one in the text, found in one pass.
        # An address opens with "http" (`_URL`), which a plain substring test finds many
        # times faster than the label, a pattern that ignores case, is found.
        return None
    for line in text.split("\n"):
        if len(line) > _SOURCE_LINE_MAX or not _SOURCE_LABEL.search(line):
            continue
        found = _URL.search(line)
        if found:
            return found.group(0).rstrip(".,;")
    return None
