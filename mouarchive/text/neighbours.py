"""Links to the site's previous and next article ("이전글 …", "다음기사 …"): another
article's headline, never this one's title, subheadline or body.

A page prints them either a line each, the label before the headline, or as a bar of labels
("이전기사 / 다음기사") with the headlines on the lines under it.
"""

from __future__ import annotations

import re

from mouarchive.vocab import pattern

_LABEL = pattern("page_furniture", "neighbour_labels")
_MARKS = r"[\s\[〈<(【◀◁▲△▼▽▶▷«»]*"
_CLOSE = r"[\s\]〉>)】◀◁▲△▼▽▶▷«»:：|]*"
# The label is set apart from the headline, so a name it opens ("다음글로벌") is none.
_LINK = re.compile(rf"{_MARKS}{_LABEL}(?=[\s\]〉>)】◀◁▲△▼▽▶▷«»:：|]){_CLOSE}(?=\S)")
_BAR = re.compile(rf"{_MARKS}{_LABEL}(?:{_CLOSE}[/|·ㅣ]?{_MARKS}{_LABEL})*{_CLOSE}")
# A headline under a bar is short and ends no sentence; a line longer, or closing one, is
# prose, which no bar of links heads.
_HEADLINE_MAX = 80
_LINK_MAX = 120


def neighbour_lines(lines: list[str]) -> set[int]:
    """Indexes of the links to other articles: each labelled line, and a bar of labels with as
    many headlines under it as it has labels, where the article's prose comes before the bar
    (a bar over the headline at a page's top would take the article's own title)."""
    drop: set[int] = set()
    prose_seen = False
    for i, line in enumerate(lines):
        shown = line.strip()
        if _BAR.fullmatch(shown):
            drop.add(i)
            if prose_seen:
                drop.update(_headlines_under(lines, i, len(re.findall(_LABEL, shown))))
        elif len(shown) <= _LINK_MAX and not _is_prose(shown) and _LINK.match(shown):
            drop.add(i)
        prose_seen = prose_seen or _is_prose(shown)
    return drop


def _headlines_under(lines: list[str], i: int, count: int) -> list[int]:
    found: list[int] = []
    for j in range(i + 1, len(lines)):
        shown = lines[j].strip()
        if not shown:
            continue
        if len(found) == count or len(shown) > _HEADLINE_MAX or _is_prose(shown):
            break
        found.append(j)
    return found


def _is_prose(line: str) -> bool:
    """Longer than a headline, or closing a sentence with its period: a headline may end on
    a verb ("…손잡는다"), but without one."""
    return len(line) > _HEADLINE_MAX or line.endswith(".")
