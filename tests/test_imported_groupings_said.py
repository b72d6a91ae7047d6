"""`add` says the imported merges and splits that apply once it adds their articles, as it
says the imported fixes (review 59 b, 5): a merge made the signings one and a split parted
an article off without a word, listed only by `corrections`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import run_cli
from tests.test_merge_holds_later_reports import BOTH, FIRST, SECOND
from tests.test_reextract_keeps_shaped import AGAIN, THREE
from tests.test_reextract_keeps_shaped import FIRST as ONE


def _files(archive: Path, *texts: str) -> list[str]:
    paths = []
    for number, text in enumerate(texts):
        (archive / f"{number}.txt").write_text(text, encoding="utf-8")
        paths.append(str(archive / f"{number}.txt"))
    return paths


def _moved_home(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The corrections made at home exported and imported into an empty archive."""
    path = archive / "grouped.jsonl"
    assert run_cli("corrections", "--export", str(path)).code == 0
    monkeypatch.setenv("MOUARCHIVE_DB", str(archive / "away.db"))
    assert run_cli("corrections", "--import", str(path)).code == 0


def test_add_says_an_imported_merge_applies(
    env_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _files(env_archive, BOTH, FIRST, SECOND)
    assert run_cli("add", *files).code == 0
    assert run_cli("merge", "1", "2").code == 0
    _moved_home(env_archive, monkeypatch)

    said = run_cli("--no-color", "add", *files)
    assert "1 imported correction applied: #1 (merged)" in said.out.splitlines()
    assert "1 agreement" in run_cli("--no-color", "timeline").out
    again = json.loads(run_cli("add", "--format", "json", files[0]).out)
    assert again["imported_applied"] == []


def test_add_says_an_imported_split_applies(
    env_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _files(env_archive, ONE, THREE, AGAIN)
    assert run_cli("add", *files).code == 0
    assert run_cli("split", "1", "--article", "2").code == 0
    _moved_home(env_archive, monkeypatch)

    said = json.loads(run_cli("add", "--format", "json", *files).out)
    assert said["imported_applied"] == [
        {"correction": 1, "applies_to": "#2", "change": "split off"}
    ]
    assert "출처 1건: 새결뉴스" in run_cli("--no-color", "timeline").out
