"""The "search form" of a text: what search compares, shared by indexing, querying and
highlighting.

Outlets space the same words differently ("AI 데이터센터" / "AI데이터센터") and type the same
characters in different code points ("㈜" / "(주)", "ＡＩ" / "AI"). Search therefore compares
texts after NFKC folding, case folding and removal of all whitespace (and of invisible
format and control characters, which a reader cannot see either). Folding happens one
character at a time after NFC, so every folded character knows which original character it
came from: a match in the folded text maps back to the exact span of the article to
highlight. Because indexing, querying, brute-force checking and highlighting all call this
module, a term found by the index is always a term the highlighter can show.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

_DROPPED_CATEGORIES = {"Cc", "Cf", "Zs", "Zl", "Zp"}


def _fold_char(char: str) -> str:
    if char.isspace() or unicodedata.category(char) in _DROPPED_CATEGORIES:
        return ""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", char).casefold())
    return "".join(c for c in folded if not c.isspace())


class _FoldTable(dict):
    """code point → folded string, filled on first use: `str.translate` then runs in C."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_TABLE = _FoldTable()


# The blocks whose characters the fast path of `fold` may know to fold to their lower case:
# ASCII, Latin, punctuation and symbols, CJK symbols and compatibility letters, full-width
# forms. Greek is left out: `str.lower` writes a final sigma by its context, not char by char.
_CASE_ONLY_BLOCKS = (
    (0x20, 0x7F),
    (0xA0, 0x250),
    (0x2000, 0x2C00),
    (0x3000, 0x3400),
    (0xFF00, 0xFFF0),
)


def fold(text: str) -> str:
    """The search form of `text`, without offsets: the fast path for indexing and querying.

    Most articles hold only Hangul syllables, ASCII and common marks, whose search form is
    their lower case, besides spaces and line breaks, which folding drops: those are
    folded by `str.lower` and `str.replace`, several times faster than looking each
    character up in the table (the writer of `add` folds every article)."""
    if not unicodedata.is_normalized("NFC", text):
        return searchform(text).text
    if _case_only().fullmatch(text):
        return text.replace(" ", "").replace("\n", "").lower()
    return text.translate(_TABLE)


@functools.cache
def _case_only() -> re.Pattern[str]:
    """A run of characters that each fold to their lower case, or to nothing (a space, a
    line break): Hangul syllables (which fold to themselves) and the characters of
    `_CASE_ONLY_BLOCKS` found to, as ranges. Built on first use, in about 10 ms."""
    ranges: list[list[int]] = []
    for first, last in _CASE_ONLY_BLOCKS:
        for code in range(first, last):
            if _fold_char(chr(code)) != chr(code).lower():
                continue
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    members = "".join(
        re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges
    )
    return re.compile("[가-힣 \n" + members + "]*")


@dataclass(frozen=True)
class SearchForm:
    """A folded text and, for each folded character, the original span it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original characters behind folded characters [start, end)."""
        return self.starts[start], self.ends[end - 1]

    def find_all(self, term: str) -> list[tuple[int, int]]:
        """Original spans of every (non-overlapping) occurrence of folded `term`."""
        spans = []
        if not term:
            return spans
        position = self.text.find(term)
        while position != -1:
            spans.append(self.original_span(position, position + len(term)))
            position = self.text.find(term, position + len(term))
        return spans


def _clusters(text: str) -> list[tuple[int, int]]:
    """Spans of characters that NFC may combine: a base and the marks or jamo that follow."""
    spans: list[tuple[int, int]] = []
    for index, char in enumerate(text):
        joins = (
            unicodedata.combining(char) != 0
            or "\u1160" <= char <= "\u11ff"
            or "\ud7b0" <= char <= "\ud7ff"
        )
        if spans and joins:
            spans[-1] = (spans[-1][0], index + 1)
        else:
            spans.append((index, index + 1))
    return spans


def searchform(text: str) -> SearchForm:
    """Fold `text` and remember where each folded character came from."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    if unicodedata.is_normalized("NFC", text):
        units = [(index, index + 1, char) for index, char in enumerate(text)]
    else:
        units = []
        for start, end in _clusters(text):
            for char in unicodedata.normalize("NFC", text[start:end]):
                units.append((start, end, char))
    for start, end, char in units:
        folded = _TABLE[ord(char)]
        pieces.append(folded)
        starts.extend([start] * len(folded))
        ends.extend([end] * len(folded))
    return SearchForm("".join(pieces), tuple(starts), tuple(ends))


def index_tokens(folded: str) -> str:
    """The token stream the bigram index stores for a folded text (terms of 1–2 characters).

    Every pair of neighbouring characters is a token, and the last character is one more,
    so a 2-character term occurs exactly where it is a token, and a 1-character term
    exactly where a token starts with it (a prefix query). Tokens are separated by spaces,
    which the folded text never contains, so the tokenizer (which treats every non-space
    character as part of a token) cannot cut one in two.
    """
    if len(folded) <= _TOKENS_AT_ONCE:
        return _tokens(folded)
    # A long text's tokens are made a stretch at a time (each stretch one character longer,
    # so that the pair across its end is made), each without its last lone character.
    stretches = range(0, len(folded) - 1, _TOKENS_AT_ONCE)
    pairs = (_tokens(folded[at : at + _TOKENS_AT_ONCE + 1])[:-2] for at in stretches)
    return " ".join([*pairs, folded[-1]])


# Characters whose tokens are made at once: the code points and tokens are held as 4-byte
# units, 34 bytes a character, which for a text of millions was several times its size.
_TOKENS_AT_ONCE = 1 << 16


def _tokens(folded: str) -> str:
    if len(folded) < 2:
        return folded
    # Built in C, four times as fast as joining a list of pairs (the writer of `add` pays it
    # for every article): the text's code points, the same shifted by one and spaces,
    # interleaved as 4-byte units.
    points = memoryview(folded.encode("utf-32-le", "surrogatepass")).cast("I")
    pairs = len(folded) - 1
    tokens = memoryview(bytearray(4 * (3 * pairs + 1))).cast("I")
    tokens[0:-1:3] = points[:-1]
    tokens[1:-1:3] = points[1:]
    tokens[2:-1:3] = memoryview(_SPACE * pairs).cast("I")
    tokens[-1] = points[-1]
    return tokens.tobytes().decode("utf-32-le", "surrogatepass")


_SPACE = " ".encode("utf-32-le")
