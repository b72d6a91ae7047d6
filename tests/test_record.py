"""`mouarchive record`: a signing an article tells that the extractor missed, recorded by
hand (newcomer 57, 11: `review` flagged it, and the only remedy it offered was to delete the
article). The record is a correction, and its agreement one like any other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import run_cli

# The signing told without a word the extractor reads as one (서명했다, 뜻을 모으고).
MISSED = (
    "충주·제천·단양 문화재단, 지역 예술인 함께 돕는다\n\n충주·제천·단양 세 문화재단 대표들이"
    " 21일 충주문화회관에 모여 지역 예술인 공동 지원에 뜻을 모으고 서명했다.\n\n재단들은 앞으로"
    " 공연장 공동 대관과 창작 지원금 공동 공모를 추진한다.\n\n입력 2025.03.21 15:00\n\n"
    "Copyright © 중원일보\n"
)
# Another outlet's report of the same signing, which the extractor reads.
TOLD = (
    "충주문화재단, 제천·단양 재단과 예술인 지원 협약\n\n충주문화재단은 21일 충주문화회관에서"
    " 제천문화재단, 단양문화재단과 지역 예술인 공동 지원을 위한 업무협약을 체결했다고"
    " 밝혔다.\n\n세 재단은 공연장 공동 대관 등에 협력한다.\n\n입력 2025.03.21 18:00\n\n"
    "Copyright © 남한강신문\n"
)
PARTIES = ["충주문화재단", "제천문화재단", "단양문화재단"]
RECORD = (
    "record",
    "--article",
    "1",
    *(arg for party in PARTIES for arg in ("--party", party)),
    "--date",
    "2025-03-21",
    "--place",
    "충주문화회관",
)


def _write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _json(*args: str) -> object:
    result = run_cli(*args, "--format", "json")
    assert result.code == 0, result.err
    return json.loads(result.out)


@pytest.fixture
def missed(env_archive: Path) -> Path:
    """a1, which gave no agreement, its signing recorded as #1."""
    assert run_cli("add", _write(env_archive, "missed.txt", MISSED)).code == 0
    assert run_cli("show", "1").code != 0
    said = run_cli(*RECORD)
    assert said.code == 0, said.err
    assert said.out.splitlines()[0] == "article a1: recorded as agreement #1 (correction 1)"
    return env_archive


def test_a_recorded_signing_is_an_agreement_everywhere(missed: Path) -> None:
    shown = _json("show", "1")
    assert shown["parties"] == PARTIES
    assert (shown["date"], shown["place"], shown["kind"]) == (
        "2025-03-21",
        "충주문화회관",
        "업무협약",
    )
    assert "recorded" in shown["corrected"]
    assert "recorded by the owner" in run_cli("show", "1").out
    assert [a["id"] for a in _json("timeline")] == [1]
    assert "제천문화재단" in run_cli("partners", "--party", "충주문화재단").out
    assert _json("stats")["agreements"] == 1
    listed = _json("corrections")
    assert listed[0]["change"] == (
        "recorded by hand: 충주문화재단·제천문화재단·단양문화재단 업무협약, 2025-03-21"
    )
    assert listed[0]["applies_to"] == "#1"


def test_undone_the_agreement_goes_and_its_id_says_why(missed: Path) -> None:
    assert run_cli("corrections", "--undo", "1").code == 0

    assert run_cli("show", "1").err == (
        "error: no agreement #1: you recorded it by hand (correction 1) and undid that\n"
    )
    assert run_cli("show", "--article", "1").code == 0


def test_it_stays_through_reextract_and_a_fix_of_it_too(missed: Path) -> None:
    assert run_cli("fix", "1", "--title", "예술인 공동 지원 협약").code == 0

    assert run_cli("reextract").code == 0

    shown = _json("show", "1")
    assert shown["parties"] == PARTIES and shown["title"] == "예술인 공동 지원 협약"


def test_another_outlets_report_of_it_joins_it(missed: Path) -> None:
    assert run_cli("add", _write(missed, "told.txt", TOLD)).code == 0

    shown = _json("show", "1")
    assert [source["article_id"] for source in shown["sources"]] == [1, 2]
    assert run_cli("show", "2").code != 0


def test_exported_and_imported_before_its_article_it_applies_when_added(
    missed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = missed / "fixes.jsonl"
    assert run_cli("corrections", "--export", str(path)).code == 0
    monkeypatch.setenv("MOUARCHIVE_DB", str(missed / "b.db"))
    assert run_cli("corrections", "--import", str(path)).code == 0

    assert run_cli("add", str(missed / "missed.txt")).code == 0

    assert _json("show", "1")["parties"] == PARTIES
    assert run_cli("corrections", "--import", str(path)).out.startswith("0 imported, 1 already")


def test_review_offers_it_beside_the_removal(env_archive: Path) -> None:
    text = MISSED.replace("뜻을 모으고 서명했다", "협약 서명에 뜻을 모았다")
    assert run_cli("add", _write(env_archive, "missed.txt", text)).code == 0

    items = _json("review")
    assert any("mouarchive record --article 1" in item["command"] for item in items)
