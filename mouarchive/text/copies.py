"""Copies of articles pasted one after another into one file, none signed by a reporter.

`split` cuts a page after each byline; copies without one ran into a single article, the
next copies' headlines read as its body lines. Each copy opens as a web article does, its
headline, its publication stamp under it ("입력 2024.03.05 15:40") and its lead, so a
stretch of that shape right after the prose of the copy before starts a new one. The stamp
is what tells it from a subheadline between paragraphs, and cleaning drops it, so the page
is cut before it is cleaned.
"""

from __future__ import annotations

from mouarchive.text.bylines import parse_byline
from mouarchive.text.datelines import is_bare_date, is_dateline

# A headline is short and ends on no sentence; a lead is a paragraph that ends one.
_HEADLINE_MIN = 8
_HEADLINE_MAX = 60
_LEAD_MIN = 20


def copies(text: str) -> list[str]:
    """`text` cut where a copy starts after the one before (`_copy_starts`); the whole text
    when none does."""
    lines = text.split("\n")
    starts = _copy_starts(lines)
    if not starts:
        return [text]
    bounds = [0, *starts, len(lines)]
    return ["\n".join(lines[bounds[k] : bounds[k + 1]]) for k in range(len(bounds) - 1)]


def _copy_starts(lines: list[str]) -> list[int]:
    """Indexes of the headlines that open a copy: a labelled stamp under the headline (a
    bare date may be an event's), the lead under that, and over the headline the last
    sentence of the copy before, or its own stamp under that sentence. A headline the page
    printed already above is the same article printed twice, which `clean` reads once."""
    shown = [i for i, line in enumerate(lines) if line.strip()]
    text = [lines[i].strip() for i in shown]
    seen: set[str] = set()
    starts: list[int] = []
    for at in range(2, len(shown) - 2):
        seen.add(_key(text[at - 2]))
        headline = text[at]
        if not (
            _is_headline(headline)
            and _is_labelled_stamp(text[at + 1])
            and _is_sentence(text[at + 2], _LEAD_MIN)
            and _closes_copy(text, at)
            and _key(headline) not in seen
            and _key(headline) != _key(text[at - 1])
        ):
            continue
        starts.append(shown[at])
    return starts


def _closes_copy(text: list[str], at: int) -> bool:
    """Whether the lines over `at` close a copy: its last sentence, or its stamp under it."""
    if _is_sentence(text[at - 1]):
        return True
    return is_dateline(text[at - 1]) and _is_sentence(text[at - 2])


def _is_headline(line: str) -> bool:
    return (
        _HEADLINE_MIN <= len(line) <= _HEADLINE_MAX
        and not line.endswith(".")
        and not is_dateline(line)
        and parse_byline(line) is None
    )


def _is_labelled_stamp(line: str) -> bool:
    return is_dateline(line) and not is_bare_date(line)


def _is_sentence(line: str, shortest: int = 0) -> bool:
    return len(line) >= shortest and line.endswith(("다.", '다."', "다.”"))


def _key(line: str) -> str:
    return "".join(line.split())
