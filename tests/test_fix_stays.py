"""A fix stays with the signing it was made on: made while a merge held two signings, the
merge undone and the fixed signing's article removed, it goes with that article, and never
passes to the signing the undone merge parted from it; `show` of the gone id says it was
removed (stop 56's new user: `show 1` said "the reports it had are in #2 now", and #2
showed the place fixed on #1)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.cli_runner import run_cli
from tests.test_ids_held import COUNTY, ECHO, PLANT, add_three


def _fixed_while_merged(env_archive: Path) -> None:
    """#1 (a1, a2: 새봄군's signing, two outlets) and #2 (a3: 가온시's) merged, a1 split off,
    #1's place fixed while it held a2 and a3, and the merge undone: #1 is a2 alone."""
    add_three(env_archive)
    assert "가온시" in run_cli("show", "2").out
    assert run_cli("merge", "1", "2").code == 0
    assert "now agreement #3" in run_cli("split", "1", "--article", "1").out
    assert run_cli("fix", "1", "--place", "새봄군청 대회의실").code == 0
    assert run_cli("corrections", "--undo", "1").code == 0


def test_a_fix_made_while_merged_goes_with_its_signing_s_removed_article(
    env_archive: Path,
) -> None:
    _fixed_while_merged(env_archive)
    assert "새봄군청 대회의실" in run_cli("show", "1").out

    assert run_cli("remove", "--article", "2", "--yes").code == 0

    parted = run_cli("show", "2").out
    assert re.search(r"place +가온시청\n", parted)
    gone = run_cli("show", "1").err
    assert "no agreement #1: the article that told it was removed (correction 4)" in gone
    assert "#2" not in gone


def test_the_fix_comes_back_with_its_article_let_back_in(env_archive: Path) -> None:
    _fixed_while_merged(env_archive)
    assert run_cli("remove", "--article", "2", "--yes").code == 0
    assert run_cli("corrections", "--undo", "4").code == 0

    assert run_cli("add", str(env_archive / "plant.txt")).code == 0

    assert re.search(r"place +새봄군청 대회의실 +수정 3", run_cli("show", "1").out)
    assert re.search(r"place +가온시청\n", run_cli("show", "2").out)


# A third signing, for a merge the fixed signing's id was taken into before it came back.
CAMPUS = (
    "다온시, 한울대학교와 인재 양성 협약\n\n다온시는 3일 시청 접견실에서 한울대학교와 지역"
    " 인재 양성을 위한 업무협약을 체결했다.\n\n두 기관은 ▲청년 창업 지원 ▲현장 실습 확대"
    " 등에 협력한다.\n\n입력 2025.03.03 11:00\n\nCopyright © 다온일보\n"
)


def test_a_fix_on_an_id_a_merge_took_and_a_split_gave_back_goes_with_its_removed_article(
    env_archive: Path,
) -> None:
    """review 57 c, 1 (M1): #2 merged into #1 and split off again as #2, merged with #3, its
    place fixed, that merge undone and #2's article removed: the fix went to #3, the
    signing the undone merge parted, as the first merge (still on record) had taken #2 in,
    and `show 2` said it was merged into #1."""
    paths = []
    for name, text in (
        ("county.txt", COUNTY),
        ("plant.txt", PLANT),
        ("echo.txt", ECHO),
        ("campus.txt", CAMPUS),
    ):
        path = env_archive / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    assert run_cli("add", *paths).code == 0
    assert "다온시" in run_cli("show", "3").out
    assert run_cli("merge", "1", "2").code == 0
    assert "now agreement #2" in run_cli("split", "1", "--article", "3").out
    _fix_merged_undo_remove("가온다온 공동청사", merge=3, article=3, removal=5)


# 곡성군·구례군's signing: the day's report, the items' report, and one telling both.
DAY = (
    "곡성군, 구례군과 관광협력 협약\n\n곡성군은 21일 군청 대회의실에서 구례군과 관광협력 협약을"
    " 맺었다고 밝혔다.\n두 군은 섬 관광과 축제 교류를 함께 넓혀가기로 했다.\n\n"
    "Copyright © 남해안일보\n"
)
ITEMS = (
    "곡성군-구례군 관광발전 업무협약\n\n곡성군과 구례군이 관광발전을 위한 업무협약을"
    " 체결했다.\n협약에 따라 두 군은 ▲섬 관광 연계 상품 개발 ▲해산물 공동 판촉 ▲청소년"
    " 캠프 교류에 협력한다.\n\n/윤바다 기자\n"
)
BOTH = (
    "곡성군-구례군, 관광협력 협약 체결\n\n곡성군은 지난 21일 구례군과 관광협력 협약을"
    " 체결했다.\n협약에 따라 두 군은 ▲섬 관광 연계 상품 개발 ▲해산물 공동 판촉 ▲청소년"
    " 캠프 교류에 협력한다.\n\nCopyright ⓒ 서해신문\n"
)


def test_a_fix_on_an_id_a_join_took_and_a_split_gave_back_goes_with_its_removed_article(
    env_archive: Path,
) -> None:
    """review 57 c, 1 (J1): #2 joined to #1 by an article telling both and split off again
    as #2, merged with #3, its place fixed, that merge undone and #2's article removed: the
    fix went to #3 as the join (on record) had taken #2 in, and `show 2` said it joined."""
    for name, text in (("day.txt", DAY), ("items.txt", ITEMS), ("campus.txt", CAMPUS)):
        path = env_archive / name
        path.write_text(text, encoding="utf-8")
        assert run_cli("add", str(path)).code == 0
    both = env_archive / "both.txt"
    both.write_text(BOTH, encoding="utf-8")
    assert "agreement #2 joined #1" in run_cli("add", str(both)).out
    assert "now agreement #2" in run_cli("split", "1", "--article", "2").out
    _fix_merged_undo_remove("곡성구례 공동청사", merge=2, article=2, removal=4)


def _fix_merged_undo_remove(place: str, *, merge: int, article: int, removal: int) -> None:
    """#2 merged with #3, its place fixed, that merge (correction `merge`) undone and #2's
    article removed (correction `removal`): the fix goes with the removed article, never to
    #3, and `show 2` says the article was removed."""
    assert run_cli("merge", "2", "3").code == 0
    assert run_cli("fix", "2", "--place", place).code == 0
    assert run_cli("corrections", "--undo", str(merge)).code == 0
    assert run_cli("remove", "--article", str(article), "--yes").code == 0
    assert place not in run_cli("show", "3").out
    gone = run_cli("show", "2").err
    assert f"no agreement #2: the article that told it was removed (correction {removal})" in gone
