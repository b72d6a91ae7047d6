"""A saved page's headlines (`<h1>`) and lists of terms (`<dl>`) that trafilatura left out
between two lines it kept, put back where the page prints them.

A page of many articles is read in one walk: the neighbours of every block are found at once
and the kept lines are looked up by bisection, never rescanned per block.
"""

from __future__ import annotations

from bisect import bisect_left

_XML_SPACE = " \t\r\n"
"""What XPath's normalize-space() strips: a text of these alone is no text to it."""
_LAST = "\U0010ffff"
"""Sorts after every character: a prefix followed by it bounds the texts opening with it."""


def with_blocks_between(tree, lines: list[str]) -> list[str]:
    """`lines` with a headline (`<h1>`) or a list of terms (`<dl>`) put back where the page
    prints it between two lines kept next to each other: on a page of two articles
    trafilatura kept only the paragraphs, and the second article's headline and the first
    one's schedule ("착공 / 2025.04.01") were lost. A block with kept text on both sides of
    it is the article's own, not a sidebar's.

    One walk of the page finds every block's neighbours, and the kept lines are looked up by
    how they open and close: a page of ten thousand articles has twenty thousand blocks, and
    a walk or a scan of the lines per block took minutes (review 54b, B13)."""
    kept = set(lines)
    blocks = [
        (element, before, after)
        for element, before, after in _blocks_with_neighbours(tree)
        if _one_line(element.text_content()) not in kept
    ]
    if not blocks:
        return lines
    pairs = _KeptPairs(lines)
    inserted: dict[int, list[str]] = {}
    for element, before, after in blocks:
        at = pairs.first(before, after)
        if at is not None:
            inserted.setdefault(at, []).extend(_block_lines(element))
    if not inserted:
        return lines
    return [kept for i, line in enumerate(lines) for kept in (*inserted.get(i, ()), line)]


def _blocks_with_neighbours(tree) -> list[tuple[object, str, str]]:
    """Each `<h1>` and `<dl>` with the page's last text before it and first text after it,
    outside it (XPath's `preceding::text()[1]` and `following::text()[1]`), in one walk of
    the page; a block at either end of the page has none."""
    found: list[tuple[object, str, str]] = []
    opened: dict[object, str] = {}
    waiting: list[tuple[object, str]] = []
    last: str | None = None

    def seen(text: str | None) -> None:
        nonlocal last, waiting
        if text is None or not text.strip(_XML_SPACE):
            return
        last = " ".join(text.split())
        found.extend((element, before, last) for element, before in waiting)
        waiting = []

    walk: list[tuple[object, bool]] = [(tree, False)]
    while walk:
        element, closing = walk.pop()
        if closing:
            if element in opened:
                waiting.append((element, opened.pop(element)))
            seen(element.tail)
            continue
        if element.tag in ("h1", "dl") and last is not None:
            opened[element] = last
        if isinstance(element.tag, str):
            seen(element.text)
        walk.append((element, True))
        walk.extend((child, False) for child in reversed(element))
    return found


class _KeptPairs:
    """Two kept lines next to each other, found by how the first ends and the second opens:
    the lines sorted as they are and read backwards, so each look-up is a bisection."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = lines
        self._openings = sorted((line, i) for i, line in enumerate(lines))
        self._endings = sorted((line[::-1], i) for i, line in enumerate(lines))

    def first(self, before: str, after: str) -> int | None:
        """The first index whose line opens with `after`, under a line that ends with
        `before`."""
        opening = _starting(self._openings, after)
        ending = _starting(self._endings, before[::-1])
        if len(opening) <= len(ending):
            found = (i for _, i in opening if i > 0 and self._lines[i - 1].endswith(before))
        else:
            found = (
                i + 1
                for _, i in ending
                if i + 1 < len(self._lines) and self._lines[i + 1].startswith(after)
            )
        return min(found, default=None)


def _starting(ordered: list[tuple[str, int]], prefix: str) -> list[tuple[str, int]]:
    """The entries of `ordered` whose text opens with `prefix`: a run of it, bisected."""
    return ordered[bisect_left(ordered, (prefix,)) : bisect_left(ordered, (prefix + _LAST,))]


def _block_lines(element) -> list[str]:
    """A headline's one line, or a list's terms and descriptions, a line each."""
    if element.tag == "h1":
        return [_one_line(element.text_content()) or ""]
    cells = (_one_line(cell.text_content()) for cell in element.iter("dt", "dd"))
    return [cell for cell in cells if cell]


def _one_line(text: str | None) -> str | None:
    return " ".join(text.split()) or None if text else None
