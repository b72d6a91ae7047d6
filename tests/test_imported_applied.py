"""`add` says which corrections imported before their articles apply once it adds them: it
said nothing, and a recorded signing appeared marked 수정됨 without a word (newcomer 58,
18)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import run_cli

# A signing the extractor reads no agreement from (서명했다, 뜻을 모으고), recorded at home.
MISSED = (
    "수영구-솔빛호텔, 광안리 야경 관광 함께 키운다\n\n입력 2024.05.21 10:00\n\n"
    "부산 수영구와 솔빛호텔이 21일 구청 상황실에서 광안리 야경 관광 활성화에 뜻을 모으고"
    " 서명했다.\n\n양측은 숙박 할인과 야경 안내를 함께 맡는다.\n\n윤바다 기자\n"
)
# An article no correction names.
OTHER = (
    "남구, 한빛대와 평생학습 협약\n\n입력 2024.06.03 09:00\n\n"
    "부산 남구는 3일 구청에서 한빛대학교와 평생학습 강좌 공동 운영을 위한 업무협약을"
    " 체결했다.\n\n양측은 주민 강좌를 함께 연다.\n\n고다솜 기자\n"
)


@pytest.fixture
def imported(env_archive: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """At home the signing recorded and titled, the corrections exported and imported into
    an empty archive: the files to add there."""
    files = []
    for name, text in (("missed.txt", MISSED), ("other.txt", OTHER)):
        (env_archive / name).write_text(text, encoding="utf-8")
        files.append(str(env_archive / name))
    monkeypatch.setenv("MOUARCHIVE_DB", str(env_archive / "home.db"))
    assert run_cli("add", files[0]).code == 0
    parties = ("--party", "수영구", "--party", "솔빛호텔", "--date", "2024-05-21")
    assert run_cli("record", "--article", "1", *parties).code == 0
    assert run_cli("fix", "1", "--title", "광안리 야경 관광 협약").code == 0
    path = env_archive / "fixes.jsonl"
    assert run_cli("corrections", "--export", str(path)).code == 0
    monkeypatch.setenv("MOUARCHIVE_DB", str(env_archive / "a.db"))
    assert run_cli("corrections", "--import", str(path)).code == 0
    return files


def test_add_says_the_imported_corrections_that_apply(imported: list[str]) -> None:
    said = run_cli("--no-color", "add", *imported)
    assert said.code == 0, said.err
    assert "2 imported corrections applied: #1 (recorded, title)" in said.out.splitlines()
    assert run_cli("--no-color", "show", "1").out.startswith("#1 광안리 야경 관광 협약 ")


def test_one_applied_is_said_in_the_singular_and_in_json(imported: list[str]) -> None:
    assert run_cli("corrections", "--undo", "2").code == 0
    said = json.loads(run_cli("add", "--format", "json", *imported).out)
    assert said["imported_applied"] == [{"correction": 1, "applies_to": "#1", "change": "recorded"}]


def test_an_add_no_import_waits_for_says_none(imported: list[str]) -> None:
    assert run_cli("add", imported[0]).code == 0
    said = run_cli("--no-color", "add", imported[1])
    assert "imported correction" not in said.out
    assert json.loads(run_cli("add", "--format", "json", imported[1]).out)["imported_applied"] == []
