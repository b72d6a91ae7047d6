"""Paragraphs a page prints a second time, read once.

Some sites print the body twice, or the whole page; copies of one report pasted into one
file share sentences too, and each must keep them. `clean` runs this last, on the lines it
has joined and cleaned.
"""

from __future__ import annotations

import re

from mouarchive.text.bylines import parse_byline, split_trailing_byline
from mouarchive.text.captions import is_caption_line

_REPEAT_MIN = 20
_HEADLINE_MAX = 60


def drop_repeats(lines: list[str]) -> list[str]:
    """Drop paragraphs printed a second time, keeping the first.

    A repeat is dropped when it is long, or when it sits in a run of repeats that contains a
    long one (so the short subtitle lines and byline of a reprinted body go with it). A
    repeated byline alone is kept: on a print page every article by the same reporter ends
    with the same one.

    Memory is cleared where a new article starts (a byline, then a headline): two outlets'
    reports of one signing share press-release sentences, and each report must keep them,
    under the same headline too. Only a headline printed already whose copy, to its sign-off,
    says nothing the text above has not said is the page printing its article twice.
    """
    keys = ["" if is_caption_line(line) else _key(line) for line in lines]
    seen: set[str] = set()
    repeated: list[bool] = []
    after_byline = False
    bylines: set[int] = set()
    for i, line in enumerate(lines):
        key = keys[i]
        if not key:
            repeated.append(False)
            continue
        if after_byline and _is_headline_shaped(line) and not _reprinted(lines, keys, i, seen):
            seen = set()
        if _is_byline(line):
            bylines.add(i)
        after_byline = i in bylines or split_trailing_byline(line) is not None
        repeated.append(key in seen)
        seen.add(key)
    drop = [False] * len(lines)
    start = 0
    while start < len(lines):
        if not repeated[start]:
            start += 1
            continue
        end = start
        run = []
        while end < len(lines) and (repeated[end] or not lines[end]):
            if lines[end]:
                run.append(end)
            end += 1
        if any(len(keys[j]) >= _REPEAT_MIN and j not in bylines for j in run):
            for j in run:
                drop[j] = True
        start = end
    return [line for line, dropped in zip(lines, drop, strict=True) if not dropped]


def _reprinted(lines: list[str], keys: list[str], start: int, seen: set[str]) -> bool:
    """Whether the copy opened by the headline at `start` repeats, line by line to its
    sign-off, what is in `seen`: another outlet's copy under the same headline differs at
    least in its credit, its reporter or a sentence of its own."""
    for i in range(start, len(lines)):
        if keys[i] and keys[i] not in seen:
            return False
        if _is_byline(lines[i]) or split_trailing_byline(lines[i]) is not None:
            return True
    return True


_NON_WORD = re.compile(r"\W+")


# Letters of a line keyed at once. Splitting a line into its words, or cutting it with the
# regex, holds each piece of it at once: a line of millions of letters took eight times its
# size. Both drop single characters, so a long line is keyed a stretch at a time alike.
_KEYED_AT_ONCE = 1 << 16


def _key(line: str) -> str:
    if len(line) > _KEYED_AT_ONCE:
        stretches = range(0, len(line), _KEYED_AT_ONCE)
        return "".join(_key(line[at : at + _KEYED_AT_ONCE]) for at in stretches)
    # Spaces are non-word characters too: splitting them off first leaves the regex fewer
    # and shorter runs to cut (the same key, in three quarters of the time).
    return _NON_WORD.sub("", "".join(line.split()))


def _is_byline(line: str) -> bool:
    return parse_byline(line) is not None


def _is_headline_shaped(line: str) -> bool:
    return len(line) <= _HEADLINE_MAX and not line.endswith(".")
