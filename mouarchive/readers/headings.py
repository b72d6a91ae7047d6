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
from typing import TYPE_CHECKING

from mouarchive.readers.classes import names as names_class
from mouarchive.readers.lines import element_line
from mouarchive.text.bylines import parse_byline
from mouarchive.text.clean import is_list_heading
from mouarchive.text.furniture import is_furniture, stamped_byline
from mouarchive.vocab import alternation, pattern, words

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_HEADLINE_TAGS = frozenset({"h1"})
_EMPHASIS_TAGS = frozenset({"h2", "h3", "h4", "b", "strong"})
_HEAD_MIN = 6
_HEAD_MAX = 150
_SENTENCE = re.compile(r"[다요][.!?][\"'”’]?(?:\s|$)")
_WORD_MIN = 2
_SUBHEAD_MAX = 100
_BOX_LABEL = re.compile(alternation(words("headings", "box_labels")), re.I)
_DATELINE_MAX = 120
_DATELINE = re.compile(
    rf"[\[(<]?\s*(?:{pattern('bylines', 'published_labels')})\s*[:：]?\s*\d", re.I
)
_SITE_DECORATION = re.compile(r"[\[\](){}<>【】〔〕「」『』:|·ㆍ/\-–—]+|\b[A-Za-z][A-Za-z.&]*\b")
_SITE_WORDS = re.compile(alternation(words("headings", "site_title_words")))
_KEY_LENGTH = 20
"""How much of the article's first line finds the element holding it: enough to be unique,
short enough to lie in one text node of the page."""


@dataclass(frozen=True)
class Heads:
    """What the page marks above the article: its headline (None when it marks none) and its
    subheadlines, in page order."""

    headline: str | None
    subheadlines: list[str]


def page_heads(tree: HtmlElement, lines: list[str], names: Collection[str]) -> Heads:
    """The headline and subheadlines marked before the element holding the article's first
    sentence (`lines` are the main text as trafilatura gave it, which may open with the
    headline and a dateline); `names` are the site's, never a headline.

    Where the page prints a dateline ("기사입력 …") above the article, the headline is the mark
    nearest above it: a reporter's line, a section path or a related story's title printed
    after it (in bold, or under a class with "title" in it) belongs to no headline. A bold or
    heading element counts only when it stands right above the dateline and shares a word
    with the article: a bold cell anywhere else is a sidebar's or a box's. The subheadlines are
    the marks right under the headline, before anything else the page prints (its byline,
    dateline, a summary box classed "sub_title" or "deck" after them)."""
    first = next((line for line in lines if _SENTENCE.search(line)), lines[0])
    stop = _holder(tree, first)
    if stop is None:
        return Heads(None, [])
    above = set(stop.iterancestors())
    marked: list[tuple[str, str]] = []
    dateline: int | None = None
    taken: set[HtmlElement] = set()
    for element in tree.iter():
        if element is stop:
            break
        if not isinstance(element.tag, str) or element in above:
            continue
        text = element_line(element)
        if dateline is None and _is_dateline(text):
            dateline = len(marked)
        if any(parent in taken for parent in element.iterancestors()):
            continue
        kind = _kind(element)
        if kind is not None and _is_head(text, names) and not _in_related_box(element, above):
            taken.add(element)
            marked.append((kind, text))
        elif _own_text(element):
            marked.append(("text", text))
    before = marked[:dateline] if dateline is not None else marked
    heads = [i for i, (kind, _) in enumerate(before) if kind == "headline"]
    nearest = before[-1] if before and dateline is not None else None
    if not heads and nearest is not None and nearest[0] == "emphasis":
        heads = [len(before) - 1] if _shares_word(nearest[1], lines) else []
    if not heads:
        return Heads(None, [])
    at = heads[-1]
    headline = marked[at][1]
    below: list[str] = []
    for kind, text in marked[at + 1 :]:
        if kind != "subheadline" or not _is_subheadline(text):
            break
        below.append(text)
    return Heads(headline, [text for text in dict.fromkeys(below) if text != headline])


def _is_subheadline(text: str) -> bool:
    """A subheadline is a short line or two; a box's label ("AI 요약", "관련 기사") or a
    summary of several sentences under a "sub_title" or "deck" class is no part of it."""
    return len(text) <= _SUBHEAD_MAX and not _BOX_LABEL.search(text)


def _own_text(element: HtmlElement) -> bool:
    """Whether the element prints text of its own, not only its children's: a block of the
    page that parts a headline from what follows it."""
    return any((piece or "").strip() for piece in (element.text, *(c.tail for c in element)))


def headlines_on_one_line(tree: HtmlElement) -> None:
    """Each `<h1>` broken over two lines by a `<br>` ("가람시, 온빛에너지와<br>수소 충전소
    협약") read as one line, a space where the break was: its text ran the two halves
    together ("…에너지와수소 …") as the title, trafilatura kept them as two lines, and the
    text was cut at neither, the next headline glued to a line of the body (review 57b,
    10)."""
    for heading in tree.iter("h1"):
        for brk in list(heading.iter("br")):
            brk.tail = " " + (brk.tail or "")
            brk.drop_tag()


def names_only_the_site(title: str, names: Collection[str]) -> bool:
    """Whether a <title> names only the site: its name, perhaps in brackets, with separators,
    a Latin rendering or the words every page of the site adds ("동강신문 :: 뉴스보기",
    "[동강신문]", "동강신문 DONGGANG NEWS"). Such a title is no headline."""
    if title in names:
        return True
    rest = _SITE_DECORATION.sub(" ", title)
    for name in sorted(names, key=len, reverse=True):
        rest = rest.replace(name, " ")
    if len(rest) == len(_SITE_DECORATION.sub(" ", title)):
        return False
    return not _SITE_WORDS.sub(" ", rest).strip()


_SUFFIX_MARK = "|".join(re.escape(mark) for mark in words("headings", "site_suffix_separators"))
_PREFIX_MARK = "|".join(re.escape(mark) for mark in words("headings", "site_prefix_separators"))


def without_site_name(title: str, names: Collection[str]) -> str:
    """A <title> without the site's name that the page sets after a separator ("… -
    동해일보") or before "::" or "|" ("동해일보 :: …"): the site's, not the article's. An
    outlet reports its own agreements ("동해일보·삼척시, …", "경인일보 - 인천시 공동 캠페인
    협약"), so a name elsewhere, or with other marks, stays. A title that is nothing else
    keeps it (`names_only_the_site` tells that case)."""
    for name in sorted(names, key=len, reverse=True):
        named = re.escape(name)
        for edge in (
            rf"\s+(?:{_SUFFIX_MARK})\s+{named}\s*$",
            rf"^\s*{named}\s*(?:{_PREFIX_MARK})\s*",
        ):
            rest = re.sub(edge, "", title)
            if rest != title and rest.strip():
                return rest.strip()
    return title


def _is_dateline(text: str) -> bool:
    """A line that opens with the day the article was published ("기사입력 2024-06-21 …")."""
    return len(text) <= _DATELINE_MAX and _DATELINE.match(text) is not None


def _in_related_box(element: HtmlElement, article: Collection[HtmlElement]) -> bool:
    """Whether the element, or a box holding it outside the article's own, is classed as a
    list of other stories ("rel_title", "related-news")."""
    for node in (element, *element.iterancestors()):
        if node in article:
            return False
        tokens = (node.get("class") or "").split()
        if any(names_class(token, _classes("related_classes")) for token in tokens):
            return True
    return False


def _shares_word(text: str, lines: list[str]) -> bool:
    """Whether a headline names something the article does ("화순군·전남대병원, …" and "화순군이
    …"): a bold line of a sidebar or a box names other things."""
    body = " ".join(lines)
    return any(
        word in body or (len(word) > _WORD_MIN and word[:-1] in body)
        for word in re.findall(r"[가-힣A-Za-z0-9]{2,}", text)
    )


def _holder(tree: HtmlElement, first_line: str) -> HtmlElement | None:
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


def _kind(element: HtmlElement) -> str | None:
    classes = (element.get("class") or "").split()
    if any(names_class(token, _classes("subheadline_classes")) for token in classes):
        return "subheadline"
    if element.tag in _HEADLINE_TAGS or any(
        names_class(token, _classes("headline_classes")) for token in classes
    ):
        return "headline"
    return "emphasis" if element.tag in _EMPHASIS_TAGS else None


def _is_head(text: str, names: Collection[str]) -> bool:
    """A line a headline can be: not a sentence, a menu, a dateline, a list's heading, a
    reporter's line ("최유리 기자", also with its stamp), a section path ("지역뉴스 > 화순")
    or the site's name."""
    if not _HEAD_MIN <= len(text) <= _HEAD_MAX or names_only_the_site(text, names):
        return False
    if _SENTENCE.search(text) or is_list_heading(text) or parse_byline(text) is not None:
        return False
    if any(mark in text for mark in words("headings", "breadcrumb_marks")):
        return False
    if text.split()[0] in words("headings", "breadcrumb_openers"):
        return False
    return not is_furniture(text) and stamped_byline(text) is None


@cache
def _classes(name: str) -> frozenset[str]:
    return frozenset(word.lower() for word in words("headings", name))
