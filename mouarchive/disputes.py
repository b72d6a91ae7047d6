"""Reports of one signing that disagree on its sum or its jobs.

`combine` settles such a disagreement on one report's figure without a word; a researcher
counting money or jobs needs to know the figure is disputed, and which reports say what.
Pure: `review` gives it the reported figures and makes its items.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from mouarchive.merge_contents import sums_agree

FIELDS = ("investment_krw", "jobs")


@dataclass(frozen=True)
class Dispute:
    """One agreement's field and what its reports say: (value, articles telling it), in the
    order the values were first told."""

    agreement_id: int
    field: str
    told: tuple[tuple[int, tuple[int, ...]], ...]

    @property
    def most_told(self) -> int:
        """The value most articles give; of several, the one told first."""
        return max(self.told, key=lambda pair: len(pair[1]))[0]


def disputes(
    rows: Iterable[tuple[int, list[str], int | None, int | None, int]],
) -> list[Dispute]:
    """Each field an agreement's reports disagree on and its owner has not fixed.

    `rows` are (agreement, its corrected fields, sum, jobs, article), in agreement then
    article order. Sums one outlet rounds ("7000억원" for "7천170억 원") agree, as in `merge`;
    jobs must be equal.
    """
    told: dict[tuple[int, str], dict[int, list[int]]] = {}
    fixed: dict[int, list[str]] = {}
    for agreement_id, corrected, investment, jobs, article_id in rows:
        fixed[agreement_id] = corrected
        for field, value in zip(FIELDS, (investment, jobs), strict=True):
            if value is None:
                continue
            articles = told.setdefault((agreement_id, field), {}).setdefault(value, [])
            if article_id not in articles:
                articles.append(article_id)
    found = []
    for (agreement_id, field), values in told.items():
        if field in fixed[agreement_id] or _agree(field, list(values)):
            continue
        pairs = tuple((value, tuple(articles)) for value, articles in values.items())
        found.append(Dispute(agreement_id, field, pairs))
    return found


def _agree(field: str, values: list[int]) -> bool:
    if field == "jobs":
        return len(values) == 1
    return all(sums_agree(a, b) for i, a in enumerate(values) for b in values[i + 1 :])
