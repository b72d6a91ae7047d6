"""An id the owner saw names its signing through what the program does later: a file added
again with a date, an article read again, a removal undone (README: "Articles keep their
ids, and agreements theirs, where they are found again"); where an id is gone, `show` of it
says what became of it (newcomer 55, 2, 4, 8, 9)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_runner import run_cli

# One signing told by two outlets; the first report names no year, so a date given decides
# whether it is the second's signing or one of another year.
COUNTY = (
    "새봄군, 푸른원자력본부와 상생 협약\n\n새봄군이 12일 군청에서 푸른원자력본부와 지역"
    " 상생발전을 위한 업무협약을 체결했다.\n\n협약에 따라 양 기관은 ▲지역 인재 채용"
    " ▲농산물 구매 확대 등에 협력한다.\n\n한결 기자\n"
)
PLANT = (
    "푸른원자력본부, 새봄군과 상생 협약\n\n푸른원자력본부는 12일 새봄군과 지역 상생발전을"
    " 위한 업무협약을 맺었다고 밝혔다.\n\n두 기관은 ▲주민 안전교육 ▲지역 축제 지원 등을"
    " 함께 추진한다.\n\n입력 2025.02.12 17:00\n\nCopyright © 남녘일보\n"
)


def _two_years(env_archive: Path) -> Path:
    """#1 (a1, dated 2024 by hand) and #2 (a2, 2025), #1's place corrected."""
    county, plant = env_archive / "county.txt", env_archive / "plant.txt"
    county.write_text(COUNTY, encoding="utf-8")
    plant.write_text(PLANT, encoding="utf-8")
    assert run_cli("add", "--date", "2024-02-12", str(county)).code == 0
    assert run_cli("add", str(plant)).code == 0
    assert run_cli("fix", "1", "--place", "새봄군청").code == 0
    return county


def test_a_file_added_again_with_a_date_that_joins_its_signing_to_another_says_so(
    env_archive: Path,
) -> None:
    """newcomer 55, 9: the re-add said "1 updated" and nothing else; #1 was gone into #2,
    `joined` empty in JSON and `show 1` a list of guesses."""
    county = _two_years(env_archive)

    added = run_cli("add", "--date", "2025-02-12", str(county), "--format", "json")

    assert json.loads(added.out)["joined"] == [{"agreement": 1, "into": 2, "read_again": True}]
    gone = run_cli("show", "1")
    assert gone.code != 0
    assert "no agreement #1: it joined #2 when a1 was read again" in gone.err
    assert "새봄군청" in run_cli("show", "2").out


def test_the_join_is_said_in_text_and_the_date_undone_gives_the_id_back(
    env_archive: Path,
) -> None:
    county = _two_years(env_archive)

    said = run_cli("add", "--date", "2025-02-12", str(county)).out
    assert "agreement #1 joined #2" in said

    assert run_cli("corrections", "--undo", "2").code == 0
    shown = run_cli("show", "1")
    assert shown.code == 0 and "2024-02-12" in shown.out and "새봄군청" in shown.out


def test_fixing_an_article_s_date_names_the_join_not_a_new_agreement(env_archive: Path) -> None:
    """`fix --article` said "#1: no longer read from it", "#2: new, read from it now": #2 was
    no new agreement, #1 had joined it."""
    county, plant = env_archive / "county.txt", env_archive / "plant.txt"
    county.write_text(COUNTY, encoding="utf-8")
    plant.write_text(PLANT, encoding="utf-8")
    assert run_cli("add", "--date", "2024-02-12", str(county)).code == 0
    assert run_cli("add", str(plant)).code == 0

    said = run_cli("fix", "--article", "1", "--date", "2025-02-12").out

    assert "agreement #1 joined #2" in said
    assert "new, read from it now" not in said
