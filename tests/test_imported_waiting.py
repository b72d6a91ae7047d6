"""Merges and splits imported before their articles, or a split imported while the merge
before it is undone, are listed as applying once they apply: they were listed as "merged
signings not in this archive yet" beside the agreement they had made (review 56 c, 6, and
stop 56's new user)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import run_cli
from tests.test_ids_held import COUNTY, ECHO, PLANT


def _changes() -> list[tuple[str | None, str]]:
    listed = json.loads(run_cli("corrections", "--format", "json").out)
    return [(row["applies_to"], row["change"]) for row in listed]


@pytest.fixture
def exported(env_archive: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """At home #1 (a1, a2: 새봄군's signing) and #2 (a3: 가온시's) merged, a1 split off,
    the merge undone, and the corrections exported."""
    for name, text in (("county.txt", COUNTY), ("plant.txt", PLANT), ("echo.txt", ECHO)):
        (env_archive / name).write_text(text, encoding="utf-8")
    monkeypatch.setenv("MOUARCHIVE_DB", str(env_archive / "home.db"))
    assert run_cli("add", *_files(env_archive)).code == 0
    assert run_cli("merge", "1", "2").code == 0
    assert run_cli("split", "1", "--article", "1").code == 0
    assert run_cli("corrections", "--undo", "1").code == 0
    path = env_archive / "fixes.jsonl"
    assert run_cli("corrections", "--export", str(path)).code == 0
    monkeypatch.setenv("MOUARCHIVE_DB", str(env_archive / "a.db"))
    return path


def _files(env_archive: Path) -> list[str]:
    return [str(env_archive / name) for name in ("county.txt", "plant.txt", "echo.txt")]


def test_a_split_imported_while_its_merge_is_undone_names_what_it_parted(
    env_archive: Path, exported: Path
) -> None:
    assert run_cli("add", *_files(env_archive)).code == 0

    assert run_cli("corrections", "--import", str(exported)).code == 0

    assert ("#1", "article 1 split off #1 as another signing") in _changes()


def test_merges_and_splits_imported_before_their_articles_apply_when_they_are_added(
    env_archive: Path, exported: Path
) -> None:
    assert run_cli("corrections", "--import", str(exported)).code == 0
    assert (None, "split signings not in this archive yet") in _changes()

    assert run_cli("add", *_files(env_archive)).code == 0

    changes = _changes()
    assert not any("not in this archive yet" in change for _, change in changes)
    assert (changes[1][0] or "").startswith("#")
    assert changes[1][1] == "split signings imported before their articles"


def test_a_fix_imported_before_its_articles_stays_with_the_side_a_later_split_kept(
    env_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At home #1 and #2 merged, the place fixed on them, and a2 (the fix's first report)
    split off: the fix stays with a1 and a3. Imported into an empty archive before the
    files, it landed on a2 alone and was named after it (review 57 c, 2)."""
    for name, text in (("county.txt", COUNTY), ("plant.txt", PLANT), ("echo.txt", ECHO)):
        (env_archive / name).write_text(text, encoding="utf-8")
    monkeypatch.setenv("MOUARCHIVE_DB", str(env_archive / "home.db"))
    assert run_cli("add", *_files(env_archive)).code == 0
    assert run_cli("merge", "1", "2").code == 0
    assert run_cli("fix", "1", "--place", "새봄가온합동청사").code == 0
    assert run_cli("split", "1", "--article", "2").code == 0
    path = env_archive / "fixes.jsonl"
    assert run_cli("corrections", "--export", str(path)).code == 0
    monkeypatch.setenv("MOUARCHIVE_DB", str(env_archive / "a.db"))
    assert run_cli("corrections", "--import", str(path)).code == 0

    assert run_cli("add", *_files(env_archive)).code == 0

    listed = json.loads(run_cli("corrections", "--format", "json").out)
    fixed = int(listed[1]["applies_to"].lstrip("#"))
    shown = json.loads(run_cli("show", str(fixed), "--format", "json").out)
    assert sorted(source["article_id"] for source in shown["sources"]) == [1, 3]
    assert shown["place"] == "새봄가온합동청사"
    assert listed[1]["label"].startswith(f"#{fixed} ")
    other = json.loads(run_cli("show", "--article", "2", "--format", "json").out)
    assert all(a["place"] != "새봄가온합동청사" for a in other["agreements"])


def test_an_article_fix_imported_before_its_article_is_named_by_its_id_once_added(
    env_archive: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its label kept the exporter's words, no id, once the article was here (review 57 c,
    10), while a fix of an agreement was named by this archive's id."""
    for name, text in (("county.txt", COUNTY), ("plant.txt", PLANT), ("echo.txt", ECHO)):
        (env_archive / name).write_text(text, encoding="utf-8")
    monkeypatch.setenv("MOUARCHIVE_DB", str(env_archive / "home.db"))
    assert run_cli("add", *_files(env_archive)).code == 0
    assert run_cli("fix", "--article", "3", "--outlet", "새벽경제신문").code == 0
    path = env_archive / "fixes.jsonl"
    assert run_cli("corrections", "--export", str(path)).code == 0
    monkeypatch.setenv("MOUARCHIVE_DB", str(env_archive / "a.db"))
    assert run_cli("corrections", "--import", str(path)).code == 0

    assert run_cli("add", str(env_archive / "echo.txt")).code == 0

    listed = json.loads(run_cli("corrections", "--format", "json").out)
    assert listed[0]["label"].startswith("article 1: ")
    assert listed[0]["applies_to"] == "article 1"
