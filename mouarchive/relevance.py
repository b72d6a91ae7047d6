"""bm25 for queries the bigram index cannot rank: terms of one or two characters.

Such a term is one token of `<table>_grams`, which keeps no positions (detail=none, a tenth
of the text's size), and FTS5's bm25 needs positions to count a term in a row: it scored
every match 0, and a search for 협약, 광주 or AI came back newest first. So the matches (every
one up to `search.SHORT_RANKED`, else the most recently added) are scored here, with FTS5's
own formula and column weights, counting each term in the stored texts: close to what bm25
would give if the index kept positions (a row's length is counted in characters, and the
average length is that of the rows ranked).

Counting runs over the text as stored (lower-cased for a term with letters of two cases),
which finds every occurrence that does not straddle a space or need Unicode folding; a row
in which that finds none, though the index matched it, is folded and counted exactly.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from mouarchive.text.searchform import fold

K1 = 1.2  # FTS5's bm25 constants
B = 0.75
SMALLEST_IDF = 1e-6  # what FTS5 gives a term found in half the rows or more


def idf(rows: int, matching: int) -> float:
    """FTS5's inverse document frequency of a term found in `matching` of `rows` rows."""
    value = math.log((rows - matching + 0.5) / (matching + 0.5))
    return value if value > 0 else SMALLEST_IDF


Measure = tuple[int, dict[str, float]]
"""A row as bm25 needs it: its length in characters and each term's weighted count."""


def measure(columns: list[str], idfs: dict[str, float], weights: Sequence[float]) -> Measure:
    """What bm25 needs of one row, taken so its texts can be dropped at once: ranking
    thousands of matches never holds their texts all together."""
    return sum(len(text) for text in columns), _counts(columns, idfs, weights)


def rank(
    texts: dict[int, list[str]],
    ids: Sequence[int],
    idfs: dict[str, float],
    weights: Sequence[float],
) -> list[tuple[int, float]]:
    """`ids` best first, as (id, bm25 score, lower is better, as FTS5's bm25 returns it).

    `texts` holds each row's columns (an article's title, subheadlines, body, then each
    caption, which weighs what its last weight says); `idfs` each positive term (folded) with
    its idf. Rows that score the same keep the order of `ids` (the most recently added
    first)."""
    return scores({i: measure(texts[i], idfs, weights) for i in ids if i in texts}, idfs)


def scores(measured: dict[int, Measure], idfs: dict[str, float]) -> list[tuple[int, float]]:
    """Measured rows best first (see `rank`); the average length is that of these rows."""
    average = sum(length for length, _ in measured.values()) / len(measured) if measured else 1.0
    scored = []
    for row, (length, counts) in measured.items():
        norm = K1 * (1 - B + B * length / (average or 1.0))
        score = sum(idfs[term] * tf * (K1 + 1) / (tf + norm) for term, tf in counts.items() if tf)
        scored.append((row, -score))
    scored.sort(key=lambda pair: pair[1])  # stable: equal scores stay newest first
    return scored


def _counts(
    columns: list[str], idfs: dict[str, float], weights: Sequence[float]
) -> dict[str, float]:
    """Each term's weighted count in a row's columns (the last weight for every column past
    the weights, as captions are)."""
    counted = {term: _weighted(columns, term, weights, _fast) for term in idfs}
    if not any(counted.values()):
        counted = {term: _weighted(columns, term, weights, _exact) for term in idfs}
    return counted


def _weighted(
    columns: list[str], term: str, weights: Sequence[float], count: Callable[[str, str], int]
) -> float:
    return sum(
        weights[min(i, len(weights) - 1)] * count(text, term) for i, text in enumerate(columns)
    )


def _fast(text: str, term: str) -> int:
    return (text.lower() if term.upper() != term else text).count(term)


def _exact(text: str, term: str) -> int:
    return fold(text).count(term)
