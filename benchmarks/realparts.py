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


# The parts a run can score. Each round's held-back sample is scored once, at the end of the
# round of work tuned without it, and is open for tuning after that: round 1's `dev` and
# `heldout` (together `round1`), round 2's `fresh`, round 3's `round3`, round 4's `round4`,
# round 5's `round5`, round 6's `round6`, round 7's `round7`, round 8's `round8`, round 9's
# `round9`, round 10's `round10`, round 11's `round11`, round 12's `round12`, round 13's
# `round13`, round 14's `round14`, round 15's `round15`, round 16's `round16`, round 17's
# `round17`, round 18's `round18`, round 19's `round19`, round 20's `round20`, round 21's
# `round21`, round 22's `round22`, round 23's `round23`, round 24's `round24`, round 25's
# `round25`, round 26's `round26`, round 27's `round27`, round 28's `round28`, round 29's
# `round29`, round 30's `round30`, round 31's `round31`, round 32's `round32`, round 33's
# `round33`, round 34's `round34`, round 35's `round35`, round 36's `round36`, round 37's
# `round37` (held back until scored once).
# `tuning` is every part open for tuning; `all` is everything.
ROUNDS: dict[str, int] = {
    "dev": 1,
    "heldout": 1,
    "fresh": 2,
    "round3": 3,
    "round4": 4,
    "round5": 5,
    "round6": 6,
    "round7": 7,
    "round8": 8,
    "round9": 9,
    "round10": 10,
    "round11": 11,
    "round12": 12,
    "round13": 13,
    "round14": 14,
    "round15": 15,
    "round16": 16,
    "round17": 17,
    "round18": 18,
    "round19": 19,
    "round20": 20,
    "round21": 21,
    "round22": 22,
    "round23": 23,
    "round24": 24,
    "round25": 25,
    "round26": 26,
    "round27": 27,
    "round28": 28,
    "round29": 29,
    "round30": 30,
    "round31": 31,
    "round32": 32,
    "round33": 33,
    "round34": 34,
    "round35": 35,
    "round36": 36,
    "round37": 37,
}
PARTS: dict[str, frozenset[str]] = {
    "dev": frozenset({"dev"}),
    "heldout": frozenset({"heldout"}),
    "round1": frozenset({"dev", "heldout"}),
    "fresh": frozenset({"fresh"}),
    "round3": frozenset({"round3"}),
    "round4": frozenset({"round4"}),
    "round5": frozenset({"round5"}),
    "round6": frozenset({"round6"}),
    "round7": frozenset({"round7"}),
    "round8": frozenset({"round8"}),
    "round9": frozenset({"round9"}),
    "round10": frozenset({"round10"}),
    "round11": frozenset({"round11"}),
    "round12": frozenset({"round12"}),
    "round13": frozenset({"round13"}),
    "round14": frozenset({"round14"}),
    "round15": frozenset({"round15"}),
    "round16": frozenset({"round16"}),
    "round17": frozenset({"round17"}),
    "round18": frozenset({"round18"}),
    "round19": frozenset({"round19"}),
    "round20": frozenset({"round20"}),
    "round21": frozenset({"round21"}),
    "round22": frozenset({"round22"}),
    "round23": frozenset({"round23"}),
    "round24": frozenset({"round24"}),
    "round25": frozenset({"round25"}),
    "round26": frozenset({"round26"}),
    "round27": frozenset({"round27"}),
    "round28": frozenset({"round28"}),
    "round29": frozenset({"round29"}),
    "round30": frozenset({"round30"}),
    "round31": frozenset({"round31"}),
    "round32": frozenset({"round32"}),
    "round33": frozenset({"round33"}),
    "round34": frozenset({"round34"}),
    "round35": frozenset({"round35"}),
    "round36": frozenset({"round36"}),
    "round37": frozenset({"round37"}),
    "tuning": frozenset(
        {
            "dev",
            "heldout",
            "fresh",
            "round3",
            "round4",
            "round5",
            "round6",
            "round7",
            "round8",
            "round9",
            "round10",
            "round11",
            "round12",
            "round13",
            "round14",
            "round15",
            "round16",
            "round17",
            "round18",
            "round19",
            "round20",
            "round21",
            "round22",
            "round23",
            "round24",
            "round25",
            "round26",
            "round27",
            "round28",
            "round29",
            "round30",
            "round31",
            "round32",
            "round33",
            "round34",
            "round35",
            "round36",
        }
    ),
    "all": frozenset(ROUNDS),
}


def select(labels: dict[str, Any], part: str) -> list[dict[str, Any]]:
    return [a for a in labels["articles"] if a.get("part") in PARTS[part]]


def missing_texts(texts: Path, articles: Iterable[dict[str, Any]]) -> list[str]:
    return [a["id"] for a in articles if not (texts / f"{a['id']}.txt").is_file()]
