"""Issue #3's acceptance on the five real seed articles, end to end through the CLI.

Skips where ../shared/seeds is absent; our own fixtures cover every rule elsewhere.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli

DATES = {"000": "2023-06-12", "001": "2023-06-12", "002": "2019-10-23", "003": "2023-05-22"}


@pytest.fixture
def agreements(seeds_dir: Path, tmp_path: Path) -> list[dict]:
    db = str(tmp_path / "archive.db")
    for seed in sorted(seeds_dir.glob("*.txt")):
        date = DATES.get(seed.name[:3])
        result = run_cli(
            "--db", db, "add", "--quiet", *(["--date", date] if date else []), str(seed)
        )
        assert result.code == 0, result.err
    out = run_cli("--db", db, "export", "--what", "agreements", "--format", "jsonl").out
    return [json.loads(line) for line in out.splitlines()]


def _with(agreements: list[dict], party: str) -> list[dict]:
    return [a for a in agreements if party in a["parties"]]


def test_two_outlets_reporting_one_signing_make_one_agreement(agreements: list[dict]) -> None:
    [merged] = [a for a in _with(agreements, "경기도") if a["date"] == "2023-06-12"]
    assert set(merged["parties"]) == {"광주광역시", "경기도"}
    assert {s["name"] for s in merged["signatories"]} == {"강기정", "김동연"}
    assert len(merged["clauses"]) == 8 and merged["clauses_stated"] == 8
    assert len(merged["sources"]) == 2
    assert {source["outlet"] for source in merged["sources"]} == {"서울신문", "경인일보"}


def test_the_same_governments_in_2019_stay_a_separate_agreement(agreements: list[dict]) -> None:
    [earlier] = [a for a in _with(agreements, "경기도") if a["date"] == "2019-10-23"]
    assert set(earlier["parties"]) == {"경기도", "광주광역시"}
    assert {s["name"] for s in earlier["signatories"]} == {"이재명", "이용섭"}
    assert len(earlier["clauses"]) == 4


def test_one_page_article_reports_two_signings_and_the_rest_none(agreements: list[dict]) -> None:
    agency = _with(agreements, "인공지능산업융합사업단")
    assert len(agency) == 2
    [optics] = _with(agency, "한국광산업진흥회")
    assert optics["clauses"][0] == "신규 사업 기획"
    assert optics["clauses"][-1] == "AI 재난안전 통합시스템 연계 구축"
    assert len(optics["clauses"]) == 5
    assert optics["date_precision"] in ("month", "unknown")
    [ai] = _with(agency, "한국인공지능협회")
    assert ai["date"] == "2023-05-10"
    from_003 = [a for a in agreements if "003_" in a["sources"][0]["path"]]
    assert len(from_003) == 2  # the page's other four articles report no signing


def test_one_ceremony_with_three_signings_and_no_district_clauses(agreements: list[dict]) -> None:
    ceremony = [a for a in agreements if "004_" in a["sources"][0]["path"]]
    assert len(ceremony) == 3
    assert {a["date"] for a in ceremony} == {"2021-01-27"}
    parties = [set(a["parties"]) for a in ceremony]
    assert any("중국공상은행 한국법인" in p for p in parties)
    assert any(any("Shangri-La" in name for name in p) for p in parties)
    assert any(len(p) >= 10 for p in parties)
    clauses = [clause for a in ceremony for clause in a["clauses"]]
    assert not any("산업지구" in clause or "지구-" in clause for clause in clauses)


def test_seven_agreements_in_all(agreements: list[dict]) -> None:
    assert len(agreements) == 7
