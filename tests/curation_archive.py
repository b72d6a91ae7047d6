"""An archive driven through the real command line, over the curation fixtures.

The articles in fixtures/curation are our own, in the style of regional news: two outlets
report the 광주·전남 signing of the 12th (one with items, one without date or items, which
extraction cannot merge), a wire copy of it, the 대구·경북 signing of the 5th in two outlets,
and a festival notice that speaks of agreements without reporting one. None has a published
date, so every signing starts without a year.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from cli_runner import Result, run_cli

FIXTURES = Path(__file__).parent / "fixtures" / "curation"
DAILY, WEEKLY, WIRE = "gwangju_jeonnam_daily", "gwangju_jeonnam_weekly", "gwangju_jeonnam_wire"
DAEGU_ONE, DAEGU_TWO, FESTIVAL = "daegu_gyeongbuk_one", "daegu_gyeongbuk_two", "festival_notice"


class Archive:
    """An archive in a temporary folder, driven through the real command line."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = str(folder / "archive.db")
        self.files = folder / "articles"
        self.files.mkdir(parents=True, exist_ok=True)

    def run(self, *args: str, stdin: bytes = b"") -> Result:
        return run_cli("--db", self.db, *args, stdin=stdin)

    def ok(self, *args: str) -> Result:
        result = self.run(*args)
        assert result.code == 0, result.err
        return result

    def json(self, *args: str) -> object:
        return json.loads(self.ok(*args, "--format", "json").out)

    def write(self, name: str, text: str) -> str:
        """An article of our own, written into the archive's folder; its path."""
        path = self.files / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    def path(self, name: str) -> str:
        target = self.files / f"{name}.txt"
        if not target.exists():
            shutil.copy(FIXTURES / f"{name}.txt", target)
        return str(target.resolve())

    def add(self, *names: str, options: tuple[str, ...] = ()) -> dict:
        result = self.ok("add", "--format", "json", *options, *(self.path(n) for n in names))
        return json.loads(result.out)

    def agreements(self, *options: str) -> list[dict]:
        out = self.ok("export", "--format", "jsonl", *options).out
        return [json.loads(line) for line in out.splitlines()]

    def agreement_of(self, name: str) -> dict:
        """The agreement the article from file `name` reports (its first)."""
        path = self.path(name)
        found = [a for a in self.agreements("--include-rejected") if path in paths_of(a)]
        assert len(found) == 1, found
        return found[0]

    def article_id(self, name: str) -> int:
        path = self.path(name)
        rows = self.ok("export", "--what", "articles").out.splitlines()
        return next(r["id"] for r in map(json.loads, rows) if path in r["paths"])


def paths_of(agreement: dict) -> list[str]:
    return [source["path"] for source in agreement["sources"]]
