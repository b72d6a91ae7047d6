"""What a page prints under an article that has signed off, in the article's own container,
under a heading that names readers' comments or other news ("독자 의견", "이 시각 주요
뉴스"): the page's, never the article's.

With no class name to tell it by, trafilatura kept it and dropped the heading, and the text
pipeline read the comments, a teaser and the publisher's registration as an article of their
own (review 55c, C5).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mouarchive.readers.lines import element_line
from mouarchive.text.listings import is_list_heading, is_reporter_signoff
from mouarchive.text.notices import is_copyright_notice

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")
HEADINGS = frozenset(("h1", *_SUBHEADINGS))
# Blocks that hold blocks: the sign-off closing an article is the last one inside.
_WRAPPERS = frozenset(("div", "section", "article", "footer"))


def drop_sections_after_signoff(tree: HtmlElement) -> None:
    """Each such heading whose article closes with a sign-off right above it, and what
    follows it, dropped up to the next heading that is no such heading (the next article's,
    `<h1>` or `<h2>` alike) or the page's copyright line.

    A sign-off counts only as the last block with text above the heading: a byline on top
    of an article signs nothing off, and a "관련기사" box inside its body is no end of it
    (review 56b, 1, 2). One forward pass over the children of each heading's parent, so a
    page of many headings costs what it is long (review 56b, 3)."""
    parents = dict.fromkeys(heading.getparent() for heading in tree.iter(*_SUBHEADINGS))
    for parent in parents:
        if parent is not None:
            for block in _after_signoff(parent):
                parent.remove(block)


def _after_signoff(parent: HtmlElement) -> list[HtmlElement]:
    """The children of `parent` that stand in a section under a signed-off article."""
    doomed: list[HtmlElement] = []
    last = None
    dropping = False
    for child in parent:
        if not isinstance(child.tag, str):
            continue
        if child.tag in HEADINGS:
            listed = is_list_heading(element_line(child))
            dropping = listed and (dropping or (last is not None and _signs_off(last)))
        elif dropping and is_copyright_notice(element_line(child)):
            dropping = False
        if dropping:
            doomed.append(child)
        elif any(piece.strip() for piece in child.itertext()):
            last = child
    return doomed


def _signs_off(block: HtmlElement) -> bool:
    """Whether the block (or, for a wrapper, its last block with text) is a sign-off."""
    while block.tag in _WRAPPERS:
        inner = next(
            (c for c in reversed(block) if isinstance(c.tag, str) and element_line(c)), None
        )
        if inner is None:
            break
        block = inner
    return is_reporter_signoff(element_line(block))
