"""The headline and subheadlines a saved page prints above its article, read from the page.

trafilatura takes a page's title from its metadata (`<title>`, og:title) and keeps of the
page only its main text. Two things were lost that way:

- on an older CMS's page laid out in tables, `<title>` is often the site's name alone
  ("빛고을뉴스") and the headline a cell above "기사입력 …" (`<td class="view_title"><b>…`):
  the article was titled with the site's name, and its headline was read nowhere;
- a modern CMS's subheadline (`<h2 class="subheading">`), printed under the headline: `show`
  lacked the line the page gave.

Both are found by where they stand (before the element holding the article's first line, and
outside it) and how the page marks them: a class naming a headline or a subheadline
(`data/headings.json`), else for the headline a heading or bold element. Menus, datelines,
list headings and the site's own name are never taken.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import cache

from mouarchive.readers.classes import names as names_class
from mouarchive.text.clean import is_list_heading
from mouarchive.text.furniture import is_furniture
from mouarchive.vocab import words

_HEADLINE_TAGS = frozenset({"h1"})
_EMPHASIS_TAGS = frozenset({"h2", "h3", "h4", "b", "strong"})
_HEAD_MIN = 6
_HEAD_MAX = 150
_SENTENCE = re.compile(r"[다요][.!?][\"'”’]?(?:\s|$)")
_KEY_LENGTH = 20
"""How much of the article's first line finds the element holding it: enough to be unique,
short enough to lie in one text node of the page."""


@dataclass(frozen=True)
class Heads:
    """What the page marks above the article: its headline (None when it marks none) and its
    subheadlines, in page order."""

    headline: str | None
    subheadlines: list[str]


def page_heads(tree, lines: list[str], names: Collection[str]) -> Heads:
    """The headline and subheadlines marked before the element holding the article's first
    sentence (`lines` are the main text as trafilatura gave it, which may open with the
    headline and a dateline); `names` are the site's, never a headline."""
    first = next((line for line in lines if _SENTENCE.search(line)), lines[0])
    stop = _holder(tree, first)
    if stop is None:
        return Heads(None, [])
    above = set(stop.iterancestors())
    marked: list[tuple[str, str]] = []
    taken: set = set()
    for element in tree.iter():
        if element is stop:
            break
        if not isinstance(element.tag, str) or element in above:
            continue
        kind = _kind(element)
        if kind is None or any(parent in taken for parent in element.iterancestors()):
            continue
        text = " ".join(element.text_content().split())
        if _is_head(text, names):
            taken.add(element)
            marked.append((kind, text))
    # The headline nearest the article (a sidebar or a box of other stories may stand
    # before it, in bold or under a "title" class too), and the subheadlines under it.
    heads = [i for i, (kind, _) in enumerate(marked) if kind == "headline"]
    heads = heads or [i for i, (kind, _) in enumerate(marked) if kind == "emphasis"]
    if not heads:
        return Heads(None, [])
    at = heads[-1]
    headline = marked[at][1]
    below = [text for kind, text in marked[at + 1 :] if kind == "subheadline"]
    return Heads(headline, [text for text in dict.fromkeys(below) if text != headline])


def _holder(tree, first_line: str):
    """The innermost element whose own text (not its children's) holds the line's start."""
    key = " ".join(first_line.split())[:_KEY_LENGTH]
    if not key:
        return None
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        own = [element.text or "", *(child.tail or "" for child in element)]
        if any(key in " ".join(text.split()) for text in own):
            return element
    return None


def _kind(element) -> str | None:
    classes = (element.get("class") or "").split()
    if any(names_class(token, _classes("subheadline_classes")) for token in classes):
        return "subheadline"
    if element.tag in _HEADLINE_TAGS or any(
        names_class(token, _classes("headline_classes")) for token in classes
    ):
        return "headline"
    return "emphasis" if element.tag in _EMPHASIS_TAGS else None


def _is_head(text: str, names: Collection[str]) -> bool:
    """A line a headline can be: not a sentence, a menu, a dateline, a list's heading or the
    site's name."""
    if not _HEAD_MIN <= len(text) <= _HEAD_MAX or text in names:
        return False
    if _SENTENCE.search(text) or is_list_heading(text):
        return False
    return not is_furniture(text)


@cache
def _classes(name: str) -> frozenset[str]:
    return frozenset(word.lower() for word in words("headings", name))
