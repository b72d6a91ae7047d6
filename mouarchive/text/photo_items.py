"""Photo items: a headline tagged "[포토]" over a photo's caption, printed one after another
on a page of photos.

The tag marks the page's kind of item, not the news: kept in a title it was every
agreement's name such a page reported ("[포토] 홍성군-한빛대, 스마트농업 협약 (업무협약)"),
and two items pasted into one file were one article, the second's headline and caption in
the first's body (newcomer 58, 13).
"""

from __future__ import annotations

import re

from mouarchive.text.captions import is_caption_line
from mouarchive.vocab import pattern

_TAG = re.compile(r"^\[\s?" + pattern("headings", "photo_tags") + r"\s?\]\s*(?=\S)")


def untagged(title: str) -> str:
    """`title` without the photo tag it opens with ("[포토] 홍성군-한빛대, …" →
    "홍성군-한빛대, …"); any other title as it is."""
    return _TAG.sub("", title, count=1)


def item_starts(lines: list[str]) -> set[int]:
    """The lines that open a photo item of their own: a tagged headline with a caption
    above it (the item before's) and one under it (its own). A tagged line inside a story,
    over its photo's caption, has the story's prose above it, and opens nothing."""
    return {
        i
        for i in range(1, len(lines) - 1)
        if _TAG.match(lines[i]) and is_caption_line(lines[i - 1]) and is_caption_line(lines[i + 1])
    }
