"""An article's sentences, as spans into its text.

Every reader works sentence by sentence (the signing sentence, the sentences around it, the
list a sentence opens), so where one ends decides what each reads together. A "." ends a
sentence unless it belongs to a number ("5.18", "2021.1.27"), a run of dots, or a parenthesis
its line closes soon after ("(IFEZ. 청장 이환균)은").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from mouarchive.models import Span

# A "." "?" or "!" before a space, a closing quote or bracket, or the end; a "." after 다
# before a letter ("…했다.이어"); a line break. Each is the one character it opens with, so the
# pattern starts with their class and the regex engine skips to them alone: the same matches
# as "[.?!](?=…)|(?<=다)\.(?=[가-힣])|\n" in half the time.
_SENTENCE_END_RE = re.compile(r"[.?!\n](?:(?<=[.?!])(?=[\s”\"’')]|$)|(?<=다\.)(?=[가-힣])|(?<=\n))")


def sentence_spans(text: str) -> list[Span]:
    """Sentences as spans; a "." inside "5.18" or "2021.1.27" does not end one, nor one
    inside a parenthesis its line closes soon after ("(IFEZ. 청장 이환균)은", "(은행장. 송
    기진)과")."""
    spans: list[Span] = []
    start = 0
    depth, seen = 0, 0
    for m in _SENTENCE_END_RE.finditer(text):
        at = m.start()
        depth = _paren_depth(text, seen, at, depth)
        seen = at
        if m.group(0) == "\n":
            depth = 0
        elif _ends_nothing(text, at, depth if at - start < _LONGEST_SENTENCE else 0):
            continue
        end = at if m.group(0) == "\n" else m.end()
        if end > start:
            _append_trimmed(spans, text, start, end)
        start = m.end()
    if start < len(text):
        _append_trimmed(spans, text, start, len(text))
    return spans


_CLOSED_WITHIN = 40  # letters after a "." within which its parenthesis must close
# A parenthesis holds a sentence open this long at most: text of thousands of "(가. 나)" is
# still read sentence by sentence.
_LONGEST_SENTENCE = 500


def _paren_depth(text: str, start: int, end: int, depth: int) -> int:
    return max(0, depth + text.count("(", start, end) - text.count(")", start, end))


def _ends_nothing(text: str, at: int, depth: int) -> bool:
    """A "." that is part of a number or a run of dots, or stands in a parenthesis."""
    number = at == 0 or text[at - 1].isdigit() or text[at - 1] in " .\t"
    return number or (depth > 0 and _closed_soon(text, at))


def _closed_soon(text: str, at: int) -> bool:
    window = text[at : at + _CLOSED_WITHIN]
    return ")" in window.split("\n", 1)[0]


def _append_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        begin = start + len(piece) - len(piece.lstrip())
        spans.extend(_pieces(text, begin, begin + len(stripped)))


# Extraction reads a sentence word by word, holding every word of it at once; no sentence of
# an article comes near this many letters (the longest in the tests has 153, a sentence
# listing a hundred partners a few thousand), but a file of one endless line is one sentence
# of millions, whose words took fifty times the file's size in memory. Such a sentence is
# read in pieces of at most this many letters, each cut at its last space; the stored text
# stays whole.
LONGEST_PIECE = 5000
_SPACES_RE = re.compile(r"\s*")


def _pieces(text: str, start: int, end: int) -> list[Span]:
    """text[start:end] as one span, or as pieces of at most `LONGEST_PIECE` letters cut after
    a space (or at the limit in a run without one), without the spaces between them."""
    pieces: list[Span] = []
    while end - start > LONGEST_PIECE:
        limit = start + LONGEST_PIECE
        space = max(text.rfind(" ", start + 1, limit), text.rfind("\t", start + 1, limit))
        cut = space if space > start else limit
        pieces.append((start, start + len(text[start:cut].rstrip())))
        start = _SPACES_RE.match(text, cut, end).end()
    pieces.append((start, end))
    return pieces


def sentence_of(at: int, sentences: list[Span]) -> int:
    """The index of the sentence of `sentences` (in text order) that holds offset `at`; -1
    before the first."""
    return bisect_right(sentences, at, key=lambda s: s[0]) - 1
