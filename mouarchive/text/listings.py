"""Lists of other headlines a page prints after its article: their headings ("관련기사",
"많이 본 뉴스"), under which `clean` drops the block, and the dates each item carries, which
`datelines` never reads as the article's, a list printed without a heading included.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mouarchive.text.outlet_names import is_known_outlet
from mouarchive.text.scan import guarded, scanner
from mouarchive.vocab import pattern

_MARKS = r"[\[〈<(【▶▷■□◆◇☞\s]*"
_CLOSE = r"[\]〉>)】\s]*"
# Headings of lists that follow an article: other headlines, readers' comments; a portal
# names the outlet whose list it is ("이 언론사의 주요뉴스", "남도일보 주요뉴스").
_LIST_HEADING = re.compile(
    rf"{_MARKS}(?:이\s*언론사의?\s*)?"
    rf"(?:(?:이\s*시각|오늘의|지금|함께\s*보면\s*좋은)\s*)?(?:"
    + pattern("page_furniture", "list_headings")
    + r"\s*(?:기사|뉴스)"
    r"|(?:이\s*기사에\s*대한\s*)?(?:독자\s*)?의견|(?:독자|이\s*기사에\s*대한)\s*댓글)"
    rf"[\s\d면:]*{_CLOSE}(?:더\s*)?(?:보기)?\s*"
)
# Asked of most lines of a page: `scanner` lets the engine skip to where a match can start.
_LIST_HEADING = scanner(_LIST_HEADING)
# Words of the outlet a portal names before a heading ("SBS Biz 주요뉴스"), at most.
_HEADING_NAME_WORDS = 3
_NAME_WORD = re.compile(r"[가-힣A-Za-z0-9]+")
_HEADING_NOTE = guarded(re.compile(rf"\s*{pattern('page_furniture', 'list_heading_notes')}$"))


def is_list_heading(line: str) -> bool:
    """Whether a line heads a list of other headlines ("관련기사", "많이 본 뉴스"); on a web
    page, the reader drops the block it heads (`readers.html`).

    A portal names the outlet whose list it is, so a name may come first, but only in the
    portal's form: with its help text glued on, or a known outlet's name. A site's own
    section label above a headline ("지역 포토뉴스", "경북 주요뉴스") is no heading: the
    list mode it would open drops the headline.
    """
    if _LIST_HEADING.fullmatch(line):
        return True
    heading = _HEADING_NOTE.sub("", line)
    glued = heading != line
    words = heading.split()
    for count in range(1, min(_HEADING_NAME_WORDS, len(words) - 1) + 1):
        name, rest = words[:count], " ".join(words[count:])
        if all(_NAME_WORD.fullmatch(word) for word in name) and _LIST_HEADING.fullmatch(rest):
            return glued or is_known_outlet(" ".join(name))
    return False


# How far above a date its list's heading may stand (a heading, then a headline and a date
# an item), and how long a line of such a list runs at most: a longer one, or one that ends a
# sentence, is the article's prose, which no list crosses.
_LISTING_REACH = 40
_LISTING_LINE_MAX = 80


def in_listing(lines: list[str], i: int, is_stamp: Callable[[str], bool]) -> bool:
    """Whether line `i`, a date alone (`is_stamp`, as `datelines` reads one), stands in a
    list of other articles after the article's prose: another article's stamp, never this
    one's. The list is under a heading of other headlines ("관련기사", "많이 본 뉴스"), only
    its headlines and dates between, or without one, a date under each headline
    (`_stamped_pairs`). A list a saved page prints above the article (a sidebar's) has the
    article's own headline and dateline under it, which stay read."""
    for k in range(i - 1, max(-1, i - _LISTING_REACH - 1), -1):
        line = lines[k].strip()
        if is_list_heading(line):
            return any(_is_prose(above) for above in lines[:k])
        if _is_prose(line):
            break
    return _stamped_pairs(lines, i, is_stamp)


def listed_stamp_lines(lines: list[str], is_stamp: Callable[[str], bool]) -> set[int]:
    """Indexes of the items of a list of other articles printed without a heading, a date
    alone under each headline (`_stamped_pairs`): both lines of each item, furniture."""
    drop: set[int] = set()
    for i, line in enumerate(lines):
        if is_stamp(line) and _stamped_pairs(lines, i, is_stamp):
            drop.update((i, max(k for k in range(i) if lines[k].strip())))
    return drop


def _stamped_pairs(lines: list[str], i: int, is_stamp: Callable[[str], bool]) -> bool:
    """Line `i` a date under a headline, another headline and its date right above or under
    the pair, and the article's prose before them all: an item of a list of other articles.
    The article's own dateline under its headline has its lead under it, and no headline
    and date above."""
    shown = [k for k, line in enumerate(lines) if line.strip()]
    at = shown.index(i)

    def pair(end: int) -> bool:
        # The headline at `end - 1`, its date at `end`, among the shown lines.
        if not 1 <= end < len(shown):
            return False
        headline = lines[shown[end - 1]]
        return not _is_prose(headline) and not is_stamp(headline) and is_stamp(lines[shown[end]])

    if not pair(at) or not (pair(at + 2) or pair(at - 2)):
        return False
    first = at - 3 if pair(at - 2) else at - 1
    return any(_is_prose(lines[k]) for k in shown[: max(0, first)])


def _is_prose(line: str) -> bool:
    line = line.strip()
    return len(line) > _LISTING_LINE_MAX or line.endswith(".")
