"""Which real articles a run scores: the labels, round 1's split and each round's parts.

`tests/real/README.md` tells the rounds: each ends by scoring, once, a sample no rule was
written against; after that the sample is open for tuning.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "real" / "labels.json"
SPLIT_SEED = 13


def load_labels(path: Path = LABELS) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def split_units(articles: Sequence[dict[str, Any]]) -> list[list[str]]:
    """Articles grouped so one same-event group never straddles the split."""
    groups: dict[str, list[str]] = {}
    for article in articles:
        key = article.get("event") or article["id"]
        groups.setdefault(key, []).append(article["id"])
    return [groups[key] for key in sorted(groups)]


def assign_parts(articles: Sequence[dict[str, Any]], seed: int = SPLIT_SEED) -> dict[str, str]:
    """Development two-thirds and held-back third, by a fixed seed, events kept whole."""
    units = split_units(articles)
    random.Random(seed).shuffle(units)
    total = sum(len(unit) for unit in units)
    parts: dict[str, str] = {}
    taken = 0
    for unit in units:
        part = "dev" if taken < round(total * 2 / 3) else "heldout"
        taken += len(unit) if part == "dev" else 0
        for article_id in unit:
            parts[article_id] = part
    return parts


# The parts a run can score. Round 1's sample is `dev` and `heldout` (together `round1`),
# round 2's `fresh`, each later round N's `roundN`. Each round's sample is held back until it
# is scored once, at the end of the round of work tuned without it, and open for tuning after
# that: `tuning` is every part open for tuning, `all` is everything.
LAST_ROUND = 67
HELD_BACK: frozenset[str] = frozenset({"round67"})
ROUNDS: dict[str, int] = {
    "dev": 1,
    "heldout": 1,
    "fresh": 2,
    **{f"round{n}": n for n in range(3, LAST_ROUND + 1)},
}
PARTS: dict[str, frozenset[str]] = {
    **{part: frozenset({part}) for part in ROUNDS},
    "round1": frozenset({"dev", "heldout"}),
    "tuning": frozenset(ROUNDS) - HELD_BACK,
    "all": frozenset(ROUNDS),
}


def select(labels: dict[str, Any], part: str) -> list[dict[str, Any]]:
    return [a for a in labels["articles"] if a.get("part") in PARTS[part]]


def missing_texts(texts: Path, articles: Iterable[dict[str, Any]]) -> list[str]:
    return [a["id"] for a in articles if not (texts / f"{a['id']}.txt").is_file()]
