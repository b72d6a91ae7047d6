"""Rebuild and check the texts of the real-article set, which never enter the repo.

Every article in `tests/real/labels.json` names the `pages` corpus query and the rank of the
result whose excerpt is its text, with a fingerprint of that text. Rebuilding is two steps
(tests/real/README.md):

1. Run each distinct query through the search tool (corpus `pages`) and save every answer,
   as the tool returns it (JSON), into one folder: `answers/0001.json`, `answers/0002.json` …
2. ``python benchmarks/realtexts.py build ANSWERS DIR`` writes `DIR/<id>.txt` for every
   labelled article found among the answers and says which are missing or differ.

``python benchmarks/realtexts.py check DIR`` checks a folder built by any means.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "tests" / "real" / "labels.json"


def fingerprint(text: str) -> str:
    """SHA-256 of the text with whitespace runs collapsed, so a copy that differs only in
    blank lines or trailing spaces still matches."""
    folded = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def load_answers(folder: Path) -> dict[tuple[str, int], dict[str, Any]]:
    """(query, rank) → result, from every saved search answer in `folder`."""
    found: dict[tuple[str, int], dict[str, Any]] = {}
    for path in sorted(folder.glob("*.json")):
        answer = json.loads(path.read_text(encoding="utf-8"))
        for result in answer.get("results", []):
            found[(answer["query"], int(result["rank"]))] = result
    return found


def build(
    articles: Iterable[dict[str, Any]], answers: dict[tuple[str, int], dict[str, Any]], out: Path
) -> list[str]:
    """Write each article's text; return one line per article that is missing or differs."""
    out.mkdir(parents=True, exist_ok=True)
    problems = []
    for article in articles:
        result = answers.get((article["query"], int(article["rank"])))
        if result is None:
            problems.append(f"{article['id']}: no answer for query {article['query']!r}")
            continue
        text = result["excerpt"]
        (out / f"{article['id']}.txt").write_text(text, encoding="utf-8")
        if article.get("url") and result.get("url") != article["url"]:
            problems.append(f"{article['id']}: rank {article['rank']} is now {result.get('url')}")
        elif fingerprint(text) != article["fingerprint"]:
            problems.append(f"{article['id']}: text differs from the labelled one")
    return problems


def check(articles: Iterable[dict[str, Any]], folder: Path) -> list[str]:
    problems = []
    for article in articles:
        path = folder / f"{article['id']}.txt"
        if not path.is_file():
            problems.append(f"{article['id']}: missing")
        elif fingerprint(path.read_text(encoding="utf-8")) != article["fingerprint"]:
            problems.append(f"{article['id']}: text differs from the labelled one")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("build", help="write texts from saved search answers")
    make.add_argument("answers", type=Path)
    make.add_argument("out", type=Path)
    verify = sub.add_parser("check", help="check a folder of texts against the labels")
    verify.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    articles = json.loads(LABELS.read_text(encoding="utf-8"))["articles"]
    if args.command == "build":
        problems = build(articles, load_answers(args.answers), args.out)
    else:
        problems = check(articles, args.folder)
    for line in problems:
        print(line, file=sys.stderr)
    print(f"{len(articles) - len(problems)} of {len(articles)} texts in place")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
