"""Whether two article texts are one article, edited or read differently: a small sketch of
each text, kept where the text itself is not.

An article the owner removed is deleted with its text, yet must stay out when its page comes
back edited (a sentence mended by its outlet) or read by an improved reader (`reextract`):
its hash then differs. The removal keeps a bottom-k sketch of the text's character 5-grams,
from which no text can be read back; a new article whose sketch resembles it closely enough
is the removed article again.
"""

from __future__ import annotations

import unicodedata
import zlib

_SHINGLE = 5  # characters of a shingle: long enough that two articles share few by chance
_SIZE = 64  # smallest shingle hashes kept: resemblance within about ±0.06
SAME_ARTICLE = 0.4
"""Resemblance above which a text is the removed article: an edit of a sentence or two, or a
paragraph of three rewritten (0.58 on a short article), or a cleaning that drops a line of
furniture, keeps most 5-grams; another report, of the same signing or not, shares almost none
(0.0–0.03 on the examples)."""


def sketch(text: str) -> list[int]:
    """The `_SIZE` smallest hashes of the text's 5-grams, spaces and width folded away."""
    folded = "".join(unicodedata.normalize("NFKC", text).split())
    hashes = {
        zlib.crc32(folded[i : i + _SHINGLE].encode("utf-8"))
        for i in range(max(1, len(folded) - _SHINGLE + 1))
    }
    return sorted(hashes)[:_SIZE]


def resemblance(first: list[int], second: list[int]) -> float:
    """The share of the smallest hashes of both together that both hold: an estimate of how
    much of their 5-grams the two texts share (Jaccard)."""
    if not first or not second:
        return 0.0
    size = min(_SIZE, len(set(first) | set(second)))
    both = sorted(set(first) | set(second))[:size]
    held_first, held_second = set(first), set(second)
    return sum(1 for h in both if h in held_first and h in held_second) / size
