"""Headings of the lists of other headlines a page prints after its article ("관련기사",
"많이 본 뉴스"): `clean` drops the block one heads, and `datelines` reads no date in it, each
headline's stamp being another article's.
"""

from __future__ import annotations

import re

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
