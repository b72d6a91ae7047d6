"""Where one story ends and the next begins inside an article's body: a newspaper page printed
as one article holds several, and no signing reaches across them."""

from __future__ import annotations

import re
from bisect import bisect_right

from mouarchive.text.bylines import parse_byline

# "장흥군, 한우 유통 협약": a headline, which opens another story on a newspaper page printed
# as one article (a marked line "■ …" is as often a list item, so it is no sign).
_HEADLINE_RE = re.compile(r"^[가-힣A-Za-z0-9·]{2,14},\s\S[^.!?]{2,50}$")
_UNFINISHED_RE = re.compile(r"(?:다|[.!?\"”’')\]])$")


def story_breaks(body: str) -> list[int]:
    """Offsets of lines that start another story inside one article's body: a byline closes the
    story before it, a headline opens the next; parties, people and clauses stay on their side."""
    breaks: list[int] = []
    pos = 0
    for line in body.splitlines(keepends=True):
        text = line.strip()
        if pos and text and (parse_byline(text) is not None or _is_headline(text)):
            breaks.append(pos)
        pos += len(line)
    return breaks


# "첫째, 지역 인재 우선 채용", "한편, …": an ordinal or a connective before the comma opens
# a list item or a sentence of the same story.
_NOT_HEADLINE_RE = re.compile(r"^(?:[가-힣]+째|한편|또한|특히|이어|아울러|먼저|끝으로|마지막으로),")


def _is_headline(line: str) -> bool:
    if _UNFINISHED_RE.search(line) or _NOT_HEADLINE_RE.match(line):
        return False
    return bool(_HEADLINE_RE.match(line))


def same_story(a: int, b: int, breaks: list[int]) -> bool:
    return story_of(a, breaks) == story_of(b, breaks)


def story_of(at: int, breaks: list[int]) -> int:
    """Which story of the body `at` lies in, counted by the breaks at or before it."""
    return bisect_right(breaks, at)
