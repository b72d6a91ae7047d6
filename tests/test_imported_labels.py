"""Imported corrections are labelled with this archive's ids, as imported merges are: the
exporter's "made on #2 …" and "article 2: …" named other signings and articles here
(review 56 c, 4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import run_cli
from tests.test_ids_held import COUNTY, ECHO


def _labels() -> dict[str, str]:
    listed = json.loads(run_cli("corrections", "--format", "json").out)
    return {row["change"]: row["label"] for row in listed}


@pytest.fixture
def exported(env_archive: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """At home 새봄군's signing is #1 (a1) and 가온시's #2 (a2); 가온시's place and article
    fixed, and exported."""
    county, echo = env_archive / "county.txt", env_archive / "echo.txt"
    county.write_text(COUNTY, encoding="utf-8")
    echo.write_text(ECHO, encoding="utf-8")
    monkeypatch.setenv("MOUARCHIVE_DB", str(env_archive / "home.db"))
    assert run_cli("add", str(county), str(echo)).code == 0
    assert "가온시" in run_cli("show", "2").out
    assert run_cli("fix", "2", "--place", "가온시청 별관").code == 0
    assert run_cli("fix", "--article", "2", "--title", "누리전자 공장 협약").code == 0
    path = env_archive / "fixes.jsonl"
    assert run_cli("corrections", "--export", str(path)).code == 0
    monkeypatch.setenv("MOUARCHIVE_DB", str(env_archive / "a.db"))
    return path


def test_imported_corrections_name_this_archive_s_agreement_and_article(
    env_archive: Path, exported: Path
) -> None:
    assert run_cli("add", str(env_archive / "echo.txt"), str(env_archive / "county.txt")).code == 0
    assert "가온시" in run_cli("show", "1").out

    assert run_cli("corrections", "--import", str(exported)).code == 0

    labels = _labels()
    assert labels["place: 가온시청 → 가온시청 별관"].startswith("#1 ")
    assert "가온시" in labels["place: 가온시청 → 가온시청 별관"]
    assert labels["title: 누리전자, 가온시에 반도체 공장 짓는다 → 누리전자 공장 협약"] == (
        "article 1: 누리전자, 가온시에 반도체 공장 짓는다"
    )


def test_corrections_imported_before_their_articles_name_no_id(
    env_archive: Path, exported: Path
) -> None:
    assert run_cli("corrections", "--import", str(exported)).code == 0

    labels = _labels()
    assert not labels["place: 가온시청 → 가온시청 별관"].startswith("#")
    assert labels["title: 누리전자, 가온시에 반도체 공장 짓는다 → 누리전자 공장 협약"] == (
        "누리전자, 가온시에 반도체 공장 짓는다"
    )
