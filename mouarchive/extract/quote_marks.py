"""Where an article's quote marks stand, and whether a position lies inside a quotation.

Every word of a sentence may ask whether it is quoted: `party_roles` (a partner inside a
quoted title is none) and `speech` (what someone said reports no signing). The marks are
found once per article and looked up by bisection, so an endless line is not recounted for
each of its words.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left


def inside_quote(text: str, pos: int) -> bool:
    """Whether `pos` lies within a quotation opened earlier on its line."""
    marks = quote_marks(text)
    newlines = marks["\n"]
    line = newlines[bisect_left(newlines, pos) - 1] + 1 if bisect_left(newlines, pos) else 0

    def count(mark: str) -> int:
        at = marks[mark]
        return bisect_left(at, pos) - bisect_left(at, line)

    paired = sum(count(a) - count(b) for a, b in (("‘", "’"), ("“", "”"), ("「", "」")))
    return paired > 0 or count("'") % 2 == 1 or count('"') % 2 == 1


def quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The quoted stretches of text[start:end], inner ones too, in order of their opening:
    each runs from after its opening mark to the mark that closes that one (a press release's
    "\"… 진흥회와 '…'을 위한 협약'을 체결했다\"고" is one quotation holding two), or to `end`
    when the sentence cuts it. A closing mark whose opener lies further out closes the ones
    left open inside it (the doubled ' of "'조성'을 위한 협약'을"); a stray one is ignored."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    awaited: dict[str, int] = {}  # how many open quotations each closing mark would close
    for m in _QUOTE_MARK_RE.finditer(text, start, end):
        mark = m.group(0)
        if mark == "\n" or awaited.get(mark):
            while stack:
                opener, at = stack.pop()
                awaited[_CLOSER[opener]] -= 1
                spans.append((at, m.start()))
                if _CLOSER[opener] == mark:
                    break
        elif mark in _CLOSER and len(stack) < _DEEPEST:
            stack.append((mark, m.end()))
            awaited[_CLOSER[mark]] = awaited.get(_CLOSER[mark], 0) + 1
    spans.extend((at, end) for _, at in stack)
    return sorted(spans)


# Quotations open inside one another no deeper than this: a run of thousands of opening marks
# is no nest of thousands of quotations, and each open one is a span to judge.
_DEEPEST = 8


QUOTE_MARKS = "‘’“”「」『』'\""
_QUOTE_MARKS = "\n" + QUOTE_MARKS
_CLOSER = {"‘": "’", "“": "”", "「": "」", "『": "』", "'": "'", '"': '"'}
_QUOTE_MARK_RE = re.compile("[" + re.escape(_QUOTE_MARKS) + "]")


@functools.lru_cache(maxsize=4)
def quote_marks(text: str) -> dict[str, list[int]]:
    """Where each quote mark and line break of `text` stands, found once per article: every
    word of a sentence asks whether it is quoted, and counting the marks of its line for each
    would read an endless line once per word."""
    marks: dict[str, list[int]] = {mark: [] for mark in _QUOTE_MARKS}
    for m in _QUOTE_MARK_RE.finditer(text):
        marks[m.group(0)].append(m.start())
    return marks
