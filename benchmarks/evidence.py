"""Score the extractor on the labelled evidence sentences alone, which needs no article text.

Every labelled signing in `tests/real/labels.json` carries `evidence`: the sentence that tells
it, as the labeller quoted it (cut with " … " where it runs long). Those quotes are in the
repository, so this check runs on any machine, while the articles' texts must be rebuilt
(tests/real/README.md) and a new machine may have none. Each quote is read as a bare article
with the article's labelled publication date, as a manifest would give it, and scored on:

- found: at least one signing read from the sentence;
- parties: the labelled parties the sentence itself names (one told only elsewhere in the
  article is not held against it), against the parties of the reading that shares most;
- status: signed or planned, as labelled;
- day: where the sentence writes the labelled day ("26일"), the date read.

It measures reading real wording sentence by sentence: not cleaning, merging, or what an
article's other sentences add. The quotes were in the repository while rules were written, so
this is an instrument for tuning and for catching a rule that breaks real sentences, never a
figure of the product's quality (that is `evaluate.py --real` on a held-back part).

    python benchmarks/evidence.py                 # every round
    python benchmarks/evidence.py --part round57  # one round's sentences
    python benchmarks/evidence.py --details       # every miss, sentence by sentence
    python benchmarks/evidence.py --json > a.json # totals and misses, to compare two runs
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import evaluate as ev  # noqa: E402  (sibling scripts, not a package)
from realparts import PARTS, load_labels, select  # noqa: E402


@dataclass
class Case:
    """One labelled signing and the sentence quoted for it."""

    id: str
    evidence: str
    published: str | None
    gold: dict[str, Any]


@dataclass
class Outcome:
    """What reading one sentence gave, against its label."""

    found: bool
    tp: int
    fp: int
    fn: int
    status_right: bool
    day_right: bool | None  # None: the sentence does not write the labelled day
    got: list[str] = field(default_factory=list)
    named: list[str] = field(default_factory=list)


def cases(articles: Sequence[dict[str, Any]]) -> list[Case]:
    return [
        Case(article["id"], agreement["evidence"], article.get("published"), agreement)
        for article in articles
        for agreement in article["agreements"]
        if agreement.get("evidence")
    ]


def named_parties(gold: ev.Record, sentence: str) -> list[tuple[str, ...]]:
    """The labelled parties the sentence writes under one of their accepted names."""
    folded = ev.normalise_name(sentence)
    return [
        aliases
        for aliases in gold.parties
        if any(ev.normalise_name(alias) in folded for alias in aliases)
    ]


def _day_written(gold: dict[str, Any], sentence: str) -> bool:
    """Whether the sentence writes the labelled day ("26일", not the 6일 of "126일")."""
    day = gold.get("day")
    return (
        gold.get("date_precision") == "day"
        and day is not None
        and re.search(rf"(?<!\d){day}\s?일", sentence) is not None
    )


@dataclass(frozen=True)
class Reading:
    """One signing read from a sentence: what is scored, and its day of the month, which a
    reading without a year keeps apart from its date."""

    record: ev.Record
    day: int | None = None


def _same_day(gold: ev.Record, day: int, reading: Reading) -> bool:
    """The labelled date exactly; where the label knows only the day, the reading's day."""
    if gold.date:
        return reading.record.date == gold.date
    return reading.record.precision == "day" and reading.day == day


def judge(case: Case, readings: Sequence[Reading]) -> Outcome:
    """Score one sentence's readings against its label (pure: testable without the pipeline)."""
    gold = ev.gold_record(case.gold)
    named = named_parties(gold, case.evidence)
    chosen = max(readings, key=lambda r: ev.shared_parties(gold, r.record), default=None)
    best = chosen.record if chosen else None
    got = list(dict.fromkeys(ev.normalise_name(p[0]) for p in best.parties)) if best else []
    tp = ev.match_sets([{ev.normalise_name(a) for a in aliases} for aliases in named], got)[0]
    matched_any = ev.match_sets(
        [{ev.normalise_name(a) for a in aliases} for aliases in gold.parties], got
    )[0]
    day_right = None
    if _day_written(case.gold, case.evidence):
        day_right = chosen is not None and _same_day(gold, case.gold["day"], chosen)
    return Outcome(
        found=best is not None,
        tp=tp,
        fp=len(got) - matched_any,
        fn=len(named) - tp,
        status_right=best is not None and best.status == gold.status,
        day_right=day_right,
        got=got,
        named=[aliases[0] for aliases in named],
    )


def read(case: Case) -> list[Reading]:
    """The pipeline's readings of one sentence, cleaned as an added text is (a quoted credit
    such as "[청양=쿠키뉴스] 오명규 기자 =" goes) and read as a bare article's body with the
    article's published date; a one-line text is no headline here, so it has no title."""
    from mouarchive.extract.agreements import extract_agreements
    from mouarchive.models import PartialDate
    from mouarchive.text.pipeline import parse_articles

    published = PartialDate.parse_iso(case.published) if case.published else None
    readings = []
    for article in parse_articles(case.evidence):
        article = replace(article, title=None, published=published)
        readings += [
            Reading(ev.predicted_record(report), report.date.day if report.date else None)
            for report in extract_agreements(article)
        ]
    return readings


def summary(results: Sequence[tuple[Case, Outcome]]) -> dict[str, Any]:
    tp = sum(o.tp for _, o in results)
    fp = sum(o.fp for _, o in results)
    fn = sum(o.fn for _, o in results)
    days = [o.day_right for _, o in results if o.day_right is not None]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "sentences": len(results),
        "found": sum(o.found for _, o in results),
        "parties": {
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "precision": round(precision, 3),
            "recall": round(recall, 3),
        },
        "status_right": sum(o.status_right for _, o in results),
        "days": {"right": sum(days), "of": len(days)},
    }


def _miss(case: Case, outcome: Outcome) -> dict[str, Any] | None:
    if outcome.found and not outcome.fn and not outcome.fp and outcome.day_right is not False:
        return None
    return {
        "id": case.id,
        "evidence": case.evidence,
        "named": outcome.named,
        "got": outcome.got,
        "found": outcome.found,
        "day_right": outcome.day_right,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", default="all", choices=sorted(PARTS))
    parser.add_argument("--details", action="store_true", help="every miss, sentence by sentence")
    parser.add_argument("--json", action="store_true", help="totals and misses as JSON")
    args = parser.parse_args(argv)
    results = [(case, judge(case, read(case))) for case in cases(select(load_labels(), args.part))]
    totals = summary(results)
    misses = [m for case, outcome in results if (m := _miss(case, outcome))]
    if args.json:
        print(json.dumps({"totals": totals, "misses": misses}, ensure_ascii=False, indent=1))
        return 0
    parties, days = totals["parties"], totals["days"]
    print(f"sentences {totals['sentences']}, a signing found in {totals['found']}")
    print(
        f"parties the sentence names: precision {parties['precision']}, recall"
        f" {parties['recall']} ({parties['tp']} found, {parties['fp']} false,"
        f" {parties['fn']} missed)"
    )
    print(f"status right {totals['status_right']}; day right {days['right']} of {days['of']}")
    for miss in misses if args.details else []:
        print(
            f"\n{miss['id']}: {miss['evidence']}\n  named {miss['named']}\n  got   {miss['got']}"
            + ("" if miss["found"] else "  (no signing)")
            + ("  (day wrong)" if miss["day_right"] is False else "")
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
