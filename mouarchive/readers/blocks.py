"""A saved page's headlines (`<h1>`) and lists of terms (`<dl>`) that trafilatura left out
between two lines it kept, put back where the page prints them.

A page of many articles is read in one walk: the neighbours of every block are found at once
and the kept lines are looked up by bisection, never rescanned per block.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from mouarchive.readers.lines import element_line, one_line

_XML_SPACE = " \t\r\n"
"""What XPath's normalize-space() strips: a text of these alone is no text to it."""
_LAST = "\U0010ffff"
"""Sorts after every character: a prefix followed by it bounds the texts opening with it."""
_ROW_EDGE = " |"
"""What trafilatura sets around a table row it keeps ("| 부지 선정 | 2024.06.01 |"): the page's
cells print without it, so a line is matched without it."""


@dataclass
class _Run:
    """Blocks the page prints one right after another (a headline, then its stamp's `<dl>`),
    with the page's text before the first and after the last, and where those texts stand
    among the page's texts."""

    elements: list = field(default_factory=list)
    before: str = ""
    after: str = ""
    before_at: int = 0
    after_at: int = 0


def with_blocks_between(tree, lines: list[str]) -> list[str]:
    """`lines` with a headline (`<h1>`) or a list of terms (`<dl>`) put back where the page
    prints it between two lines kept next to each other: on a page of two articles
    trafilatura kept only the paragraphs, and the second article's headline and the first
    one's schedule ("착공 / 2025.04.01") were lost. A block with kept text on both sides of
    it is the article's own, not a sidebar's.

    Blocks printed one after another go back together: a later article's headline over the
    `<dl>` of its stamp ("입력 / 2024.04.10 11:00") has neither kept line next to it
    (review 54b, B6). The line before a block may be missing too: trafilatura keeps a line
    printed twice once, and a sign-off repeated word for word by a later article ("한도윤 기자
    · 입력 2024.04.08 11:00") went with the next article's headline (review 54b, B7).

    One walk of the page finds every block's neighbours, and the kept lines are looked up by
    how they open and close: a page of ten thousand articles has twenty thousand blocks, and
    a walk or a scan of the lines per block took minutes (review 54b, B13)."""
    kept = set(lines)
    runs = _runs(
        block
        for block in _blocks_with_neighbours(tree)
        if one_line(block.elements[0].text_content()) not in kept
    )
    if not runs:
        return lines
    pairs = _KeptPairs(lines)
    inserted: dict[int, list[str]] = {}
    for run in runs:
        tries = [_joined(run)] if len(run) > 1 else []
        placed = [put for put in (_place(part, pairs, kept) for part in tries) if put]
        for at, restored in placed or filter(None, (_place(part, pairs, kept) for part in run)):
            inserted.setdefault(at, []).extend(restored)
    if not inserted:
        return lines
    return [kept for i, line in enumerate(lines) for kept in (*inserted.get(i, ()), line)]


def _place(run: _Run, pairs: _KeptPairs, kept: set[str]) -> tuple[int, list[str]] | None:
    """Where the run goes back and the lines it brings: between its two kept neighbours, or,
    when the line before it is one trafilatura kept elsewhere, with that line over the only
    kept line that opens as the page's text after it does."""
    restored = [line for element in run.elements for line in _block_lines(element)]
    at = pairs.first(run.before, run.after)
    if at is not None:
        return at, restored
    if run.before not in kept:
        return None
    at = pairs.only_opening(run.after)
    return (at, [run.before, *restored]) if at is not None else None


def _runs(blocks) -> list[list[_Run]]:
    """The blocks, in runs of those the page prints with no text between them."""
    runs: list[list[_Run]] = []
    for block in blocks:
        last = runs[-1][-1] if runs else None
        # The text after the last block is this one's first: nothing stands between them.
        if last is not None and last.before_at < block.before_at == last.after_at - 1:
            runs[-1].append(block)
        else:
            runs.append([block])
    return runs


def _joined(run: list[_Run]) -> _Run:
    """A run as one block: its elements, the text before its first, the text after its last."""
    first, last = run[0], run[-1]
    elements = [element for block in run for element in block.elements]
    return _Run(elements, first.before, last.after, first.before_at, last.after_at)


def _blocks_with_neighbours(tree) -> list[_Run]:
    """Each `<h1>` and `<dl>` with the page's last text before it and first text after it,
    outside it (XPath's `preceding::text()[1]` and `following::text()[1]`), in one walk of
    the page and in its order; a block at either end of the page has none."""
    found: list[_Run] = []
    opened: dict[object, tuple[str, int]] = {}
    waiting: list[tuple[object, str, int]] = []
    last: str | None = None
    count = 0

    def seen(text: str | None) -> None:
        nonlocal last, waiting, count
        if text is None or not text.strip(_XML_SPACE):
            return
        last = " ".join(text.split())
        count += 1
        found.extend(_Run([element], before, last, at, count) for element, before, at in waiting)
        waiting = []

    walk: list[tuple[object, bool]] = [(tree, False)]
    while walk:
        element, closing = walk.pop()
        if closing:
            if element in opened:
                waiting.append((element, *opened.pop(element)))
            seen(element.tail)
            continue
        if element.tag in ("h1", "dl") and last is not None:
            opened[element] = (last, count)
        if isinstance(element.tag, str):
            seen(element.text)
        walk.append((element, True))
        walk.extend((child, False) for child in reversed(element))
    found.sort(key=lambda run: run.before_at)
    return found


class _KeptPairs:
    """Two kept lines next to each other, found by how the first ends and the second opens:
    the lines sorted as they are and read backwards, so each look-up is a bisection."""

    def __init__(self, lines: list[str]) -> None:
        self._lines = [line.strip(_ROW_EDGE) for line in lines]
        self._openings = sorted((line, i) for i, line in enumerate(self._lines))
        self._endings = sorted((line[::-1], i) for i, line in enumerate(self._lines))

    def first(self, before: str, after: str) -> int | None:
        """The first index whose line opens with `after`, under a line that ends with
        `before`."""
        if not before or not after:
            return None
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

    def only_opening(self, after: str) -> int | None:
        """The index of the one line that opens with `after`, if only one does."""
        opening = _starting(self._openings, after) if after else []
        return opening[0][1] if len(opening) == 1 else None


def _starting(ordered: list[tuple[str, int]], prefix: str) -> list[tuple[str, int]]:
    """The entries of `ordered` whose text opens with `prefix`: a run of it, bisected."""
    return ordered[bisect_left(ordered, (prefix,)) : bisect_left(ordered, (prefix + _LAST,))]


def _block_lines(element) -> list[str]:
    """A headline's one line, or a list's terms and descriptions, a line each."""
    if element.tag == "h1":
        return [element_line(element)]
    cells = (one_line(cell.text_content()) for cell in element.iter("dt", "dd"))
    return [cell for cell in cells if cell]
