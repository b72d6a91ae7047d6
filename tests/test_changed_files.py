"""A file edited and added again at its path replaces the version held (newcomer 48, 4):
one source, what the owner gave and corrected for it kept, and one line saying so."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from cli_runner import run_cli

ARTICLE = (
    "여수시·한빛해운, 섬 관광 크루즈 노선 개설 '맞손'\n"
    "정기 노선 신설…관광객 유치 공동 홍보\n"
    "정기명 여수시장과 오세훈 한빛해운 대표는 21일 여수시청 상황실에서"
    " '섬 관광 크루즈 노선 개설을 위한 업무협약'을 체결했다.\n"
    "협약에 따라 양 기관은 ▲여수항 기점 섬 관광 크루즈 정기 노선 신설 ▲관광객 유치 공동 홍보"
    " ▲선착장 편의시설 개선 등에 협력하기로 했다.\n"
    '정기명 여수시장은 "여수의 섬을 세계에 알리는 계기가 되길 바란다"고 말했다.\n'
    "여수=박바다 기자 bada@namdo.kr\n"
)
EDITED = ARTICLE.replace("신설…", "새로 개설…").replace("편의시설 개선", "편의시설 확충")


@pytest.fixture
def archive(tmp_path: Path) -> tuple[str, Path]:
    path = tmp_path / "여수_크루즈.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "archive.db")
    assert (
        run_cli("--db", db, "add", "--date", "2024-05-22", "--outlet", "남도일보", str(path)).code
        == 0
    )
    return db, path


def cli(db: str, *args: str) -> str:
    result = run_cli("--db", db, *args)
    assert result.code == 0, result.err
    return result.out


def test_the_edited_file_replaces_the_old_version_and_keeps_what_the_owner_gave(
    archive: tuple[str, Path],
) -> None:
    db, path = archive
    cli(db, "fix", "--article", "1", "--title", "여수·한빛해운 크루즈 협약")
    cli(db, "fix", "1", "--place", "여수시청 대회의실")
    path.write_text(EDITED, encoding="utf-8")

    added = cli(db, "add", str(path))

    assert f"{path} changed since it was added: replaced article a1\n" in added
    assert "0 articles added, 1 updated" in added
    info = cli(db, "info")
    assert "sources     1" in info and "articles    1" in info
    shown = cli(db, "show", "a1")
    assert "정기 노선 새로 개설" in shown and "편의시설 확충" in shown
    assert "여수·한빛해운 크루즈 협약" in shown  # the title the owner set
    assert "남도일보" in shown  # the outlet given when the path was added
    agreement = cli(db, "show", "1")
    assert "2024-05-21" in agreement  # "21일" against the date given for the path
    assert "여수시청 대회의실" in agreement
    assert agreement.count("source article a1") == 1
    assert "removed 1 article" in cli(db, "remove", str(path), "--yes")
    assert "articles    0" in cli(db, "info")


def test_a_correction_the_new_version_cannot_carry_is_said_and_reviewed(
    archive: tuple[str, Path],
) -> None:
    db, path = archive
    cli(db, "fix", "1", "--place", "여수시청 대회의실")
    # The file saved over by mistake with another story, which tells no signing.
    path.write_text(
        "여수 섬 관광 크루즈, 주말 만석…관광객 몰려\n"
        "여수항을 출발하는 섬 관광 크루즈가 주말마다 만석을 기록하고 있다.\n"
        '시 관계자는 "선착장 안전 관리에 만전을 기하겠다"고 말했다.\n'
        "여수=박바다 기자 bada@namdo.kr\n",
        encoding="utf-8",
    )

    added = cli(db, "add", str(path))

    assert (
        f"{path} changed since it was added: replaced article a1;"
        " 1 correction no longer applies (mouarchive review lists it)\n"
    ) in added
    assert "place: 여수시청 상황실 → 여수시청 대회의실" in cli(db, "review")


def test_a_copy_at_another_path_keeps_the_old_version(
    archive: tuple[str, Path], tmp_path: Path
) -> None:
    db, path = archive
    copy = tmp_path / "사본.txt"
    shutil.copy(path, copy)
    cli(db, "add", str(copy))
    path.write_text(EDITED, encoding="utf-8")

    added = cli(db, "add", str(path))

    assert (
        f"{path} changed since it was added: its old version stays (a1), held by {copy}\n"
    ) in added
    assert "sources     2" in cli(db, "info")


def test_a_signing_edited_out_and_put_back_says_which_agreement_its_corrections_apply_to(
    archive: tuple[str, Path],
) -> None:
    """Newcomer 49, finding 14: the line that says its correction applies again names the
    agreement that comes back; since newcomer 55, 8 it comes back under the id the
    correction was made on, free since the edit took it out."""
    db, path = archive
    other = path.with_name("목포_해상풍력.txt")
    other.write_text(
        "목포시·신안군, 해상풍력 협약\n"
        "박홍률 목포시장과 박우량 신안군수는 12일 목포시청에서 해상풍력 배후항만 공동 활용을"
        " 위한 업무협약을 체결했다.\n"
        "목포=김남도 기자 kim@namdo.example\n",
        encoding="utf-8",
    )
    cli(db, "add", str(other))
    cli(db, "fix", "1", "--title", "여수·한빛해운 섬 관광 크루즈 협약")
    path.write_text(
        "여수시, 섬 관광 크루즈 노선 검토\n"
        "여수시는 섬 관광 크루즈 정기 노선 개설을 검토하고 있다.\n"
        "여수=박바다 기자 bada@namdo.kr\n",
        encoding="utf-8",
    )
    assert "1 correction no longer applies" in cli(db, "add", str(path))
    path.write_text(ARTICLE, encoding="utf-8")

    added = cli(db, "add", str(path))

    assert added.endswith(
        f"{path} changed since it was added: replaced article a1;"
        " 1 correction applies again, to agreement #1\n"
    )
    assert "#1 여수·한빛해운 섬 관광 크루즈 협약" in cli(db, "show", "1")


GANGNEUNG = (
    "강릉시·속초시, 관광 상생 협약\n"
    "김홍규 강릉시장과 이병선 속초시장은 4일 강릉시청에서 동해안 관광 상생 발전을 위한"
    " 업무협약을 체결했다.\n"
    "두 시는 ▲공동 관광상품 개발 ▲축제 공동 홍보에 협력하기로 했다.\n"
    "강릉=최바다 기자 sea@donghae.example\n"
)


def test_a_correction_an_edit_leaves_on_another_signing_is_said_and_reviewed(
    tmp_path: Path,
) -> None:
    """Newcomer 49, finding 20: the edit gave the signing at the corrected place other
    parties; the correction still applies there, but not without a word."""
    db = str(tmp_path / "archive.db")
    path = tmp_path / "강릉_관광.txt"
    path.write_text(GANGNEUNG, encoding="utf-8")
    cli(db, "add", "--date", "2021-03-05", str(path))
    cli(db, "fix", "1", "--title", "강릉·속초 관광 상생 협약")
    edited = GANGNEUNG.replace("이병선 속초시장", "심규언 동해시장").replace("속초시,", "동해시,")
    path.write_text(edited, encoding="utf-8")

    added = cli(db, "add", str(path))

    assert added.endswith(
        f"{path} changed since it was added: replaced article a1;"
        " 1 correction now applies to another signing (mouarchive review lists it)\n"
    )
    review = cli(db, "review")
    assert (
        "correction 1: applies to another signing since its file was edited:"
        " title: - → 강릉·속초 관광 상생 협약"
    ) in review
    assert "now 강원특별자치도 강릉시·강원특별자치도 동해시 업무협약" in review
    assert "mouarchive corrections --undo 1" in review
    cli(db, "corrections", "--undo", "1")
    assert "applies to another signing" not in cli(db, "review")


BARE = (
    "광주시와 화순군은 어제 광주시청에서 백신 산업 공동 육성을 위한 업무협약을 체결했다.\n"
    "두 시·군은 ▲백신 기업 유치 ▲전문 인력 양성 ▲임상시험 지원에 협력하기로 했다.\n"
)


def test_values_given_for_a_path_follow_its_edit_when_its_first_version_came_on_stdin(
    tmp_path: Path,
) -> None:
    """Newcomer 49, finding 5: the same bytes pasted first, then added from their path with
    a date and outlet; edited and added again, the path's article keeps them, and the pasted
    article keeps only what was given for it (nothing)."""
    db = str(tmp_path / "archive.db")
    path = tmp_path / "화순_백신.txt"
    path.write_text(BARE, encoding="utf-8")
    assert run_cli("--db", db, "add", "-", stdin=BARE.encode("utf-8")).code == 0
    cli(db, "add", "--date", "2024-08-08", "--outlet", "무등일보", str(path))
    path.write_text(BARE.replace("어제 광주시청", "어제 오후 광주시청"), encoding="utf-8")

    added = cli(db, "add", str(path))

    assert (
        f"{path} changed since it was added: its old version stays (a1), held by <stdin>,"
        " without the date and outlet given for this file\n"
    ) in added
    shown = cli(db, "show", "a2")
    assert "무등일보 · 2024-08-08" in shown and "어제 오후 광주시청" in shown
    pasted = cli(db, "show", "a1")
    assert "무등일보" not in pasted and "2024-08-08" not in pasted


SECOND = (
    "여수 밤바다 불꽃축제 성료\n\n"
    "여수 이순신광장 일대에서 지난 주말 밤바다 불꽃축제가 열려 관광객 3만여 명이 찾았다.\n\n"
    "시는 내년에도 같은 행사를 열 계획이다.\n\n"
    "/박바다 기자 bada@namdo.kr\n"
)


def test_a_page_edited_in_one_article_replaces_that_one_only(tmp_path: Path) -> None:
    db, page = str(tmp_path / "archive.db"), tmp_path / "지면.txt"
    first = ARTICLE.replace("\n", "\n\n").replace("여수=박바다 기자", "/박바다 기자")
    page.write_text(first + "\n" + SECOND, encoding="utf-8")
    assert "2 articles added" in cli(db, "add", "--date", "2024-05-22", str(page))
    page.write_text(first + "\n" + SECOND.replace("3만여 명", "3만5천여 명"), encoding="utf-8")

    added = cli(db, "add", str(page))

    assert added.startswith("1 file read, 0 articles added, 1 updated, 1 already in the archive")
    assert f"{page} changed since it was added: replaced article a2\n" in added
    assert "3만5천여 명" in cli(db, "show", "a2")


SUNCHEON = (
    "순천시·보성군, 정원 관광 벨트 협약\n"
    "노관규 순천시장과 김철우 보성군수는 9일 순천만국가정원에서 남해안 정원 관광 벨트"
    " 조성을 위한 업무협약을 체결했다.\n"
    "두 시·군은 ▲정원 연계 관광 코스 개발 ▲녹차·정원 축제 공동 홍보에 협력하기로 했다.\n"
    "순천=한솔 기자 sol@namdo.example\n"
)


def test_a_moved_correction_the_owner_keeps_leaves_the_review_until_moved_again(
    tmp_path: Path,
) -> None:
    """A correction `review` lists as moved by an edit can be kept where it is: the table
    lists it no more, JSON says it is checked, and the next edit that moves it lists it
    again."""
    db = str(tmp_path / "archive.db")
    path = tmp_path / "순천_정원.txt"
    path.write_text(SUNCHEON, encoding="utf-8")
    cli(db, "add", "--date", "2023-05-10", str(path))
    cli(db, "fix", "1", "--place", "순천만국가정원 국제습지센터")
    path.write_text(
        SUNCHEON.replace("김철우 보성군수", "공영민 고흥군수").replace("보성군,", "고흥군,"),
        encoding="utf-8",
    )
    assert "1 correction now applies to another signing" in cli(db, "add", str(path))
    assert "mouarchive corrections --keep 1" in cli(db, "review")

    kept = cli(db, "corrections", "--keep", "1")

    assert kept == (
        "checked: correction 1 (place: 순천만국가정원 → 순천만국가정원 국제습지센터)"
        " stays on #1; review lists it no more\n"
    )
    assert "nothing to review (1 checked correction not listed)" in cli(db, "review")
    (item,) = json.loads(cli(db, "review", "--format", "json"))
    assert (item["kind"], item["correction_id"], item["checked"]) == ("moved_correction", 1, True)
    again = run_cli("--db", db, "corrections", "--keep", "1")
    assert (again.code, again.err) == (2, "error: correction 1 is already checked\n")
    assert "순천만국가정원 국제습지센터" in cli(db, "show", "1")

    path.write_text(
        SUNCHEON.replace("김철우 보성군수", "김산 무안군수").replace("보성군,", "무안군,"),
        encoding="utf-8",
    )
    assert "1 correction now applies to another signing" in cli(db, "add", str(path))
    review = cli(db, "review")
    assert "correction 1: applies to another signing" in review and "checked" not in review
    (item,) = json.loads(cli(db, "review", "--format", "json"))
    assert item["checked"] is False


def test_keep_is_for_corrections_the_review_asks_to_check(archive: tuple[str, Path]) -> None:
    db, _ = archive
    cli(db, "fix", "1", "--place", "여수시청 대회의실")
    for given, said in (
        ("1", "correction 1 is not one review asks to check"),
        ("9", "no correction 9"),
    ):
        result = run_cli("--db", db, "corrections", "--keep", given)
        assert (result.code, result.out) == (2, "")
        assert result.err.startswith(f"error: {said}") and result.err.count("\n") == 1
