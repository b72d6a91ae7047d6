"""Photo items: a headline tagged "[포토]" over a photo's caption, printed one after another
on a page of photos, or above or below a story on a page of several.

The tag marks the page's kind of item, not the news: kept in a title it was every
agreement's name such a page reported ("[포토] 홍성군-한빛대, 스마트농업 협약 (업무협약)"),
and two items pasted into one file were one article, the second's headline and caption in
the first's body (newcomer 58, 13). An item ends with its captions: read on into the story
under it, it gave that story its headline and the other items' headlines as subtitles, the
tag kept (review 59 b, 2).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from mouarchive.text.bylines import parse_byline, split_trailing_byline
from mouarchive.text.captions import is_caption_line
from mouarchive.vocab import pattern

_OPEN, _CLOSE = r"\[【", r"\]】"
# "[포토]", "【포토】", "[ Photo ]", and after another tag: "[단독][포토]" (which keeps "[단독]").
_ONE_TAG = rf"[{_OPEN}]\s?{pattern('headings', 'photo_tags')}\s?[{_CLOSE}]"
_TAG = re.compile(rf"^((?:[{_OPEN}][^{_CLOSE}\s]{{1,6}}[{_CLOSE}]\s?)*){_ONE_TAG}\s*", re.I)


def untagged(title: str) -> str:
    """`title` without the photo tag it opens with ("[포토] 홍성군-한빛대, …" →
    "홍성군-한빛대, …"; "[단독][포토] …" → "[단독] …"); any other title as it is, and a
    title that is a tag alone as it is too (it has nothing else to be read as)."""
    cut = _TAG.sub(lambda m: m[1].rstrip() + " " if m[1] else "", title, count=1).strip()
    return cut or title


def item_spans(lines: list[str], prose: Callable[[str], bool]) -> dict[int, int]:
    """The photo items among a page's lines: where each opens → the line after its last
    caption. An item is a tagged headline over a caption, with a caption right above it (the
    item before's) or no `prose` above it since the page's top or the last sign-off (a story
    signed above it). A tagged line inside a story, over its photo's caption, has the
    story's prose above it, and opens nothing."""
    spans: dict[int, int] = {}
    told = False
    for i, line in enumerate(lines):
        caption = is_caption_line(line)
        if (
            not caption
            and i + 1 < len(lines)
            and is_caption_line(lines[i + 1])
            and _TAG.match(line)
            and (not told or (i and is_caption_line(lines[i - 1])))
        ):
            end = i + 1
            while end < len(lines) and is_caption_line(lines[end]):
                end += 1
            spans[i] = end
        if caption:
            continue
        if parse_byline(line) is not None or split_trailing_byline(line) is not None:
            told = False
        elif prose(line):
            told = True
    return spans
