"""A site's menu above the headline is never the title (newcomer 48, finding 3; review 48b,
finding 4).

A line of section names and places ("뉴스홈 | 경북 | 포항 | 경주 | 스포츠") was taken as the
title of a plain copy, and the headline shown as its subheadline. A copy pasted without line
breaks kept the breadcrumb and login words before its headline ("홈 > 뉴스 > 지역 로그인
회원가입 …"), and a flat copy added first kept its headline glued to its subheadline even after
the laid-out copy of the same article came in.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli

HEADLINE = "영주시, 베어링 부품기업 500억 투자협약"
LEAD = (
    "경북 영주시와 경상북도는 3일 영주시청 대회의실에서 베어링 부품기업 ㈜한솔정밀과 500억원"
    " 규모의 투자협약을 체결했다."
)
MORE = "한솔정밀은 2026년까지 영주 첨단베어링 국가산업단지에 공장을 짓고 80명을 새로 고용한다."
BYLINE = "윤다희 기자 dahee@sobaeknews.kr"


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("MOUARCHIVE_DB", str(tmp_path / "a.db"))
    return tmp_path


def shown(number: int) -> dict:
    return json.loads(run_cli("show", f"a{number}", "--format", "json").out)


@pytest.mark.parametrize(
    "menu",
    [
        "HOME 뉴스 지역 포토 영상",
        "뉴스홈 | 경북 | 영주 | 안동 | 스포츠",
        "정치 경제 사회 국제 문화 연예 스포츠 오피니언",
    ],
)
def test_a_menu_line_is_never_the_title(menu: str, archive: Path) -> None:
    copy = archive / "menu.txt"
    copy.write_text("\n".join([menu, HEADLINE, "입력 2024-09-03 11:20", LEAD, MORE, BYLINE]))
    assert run_cli("add", str(copy)).code == 0
    assert run_cli("show", "a1").out.splitlines()[0] == f"article a1: {HEADLINE}"


SUBHEADLINE = "2026년까지 공장 신설…80명 신규 고용"
LAID_OUT = [HEADLINE, SUBHEADLINE, f"[소백신문 윤다희 기자] {LEAD}", MORE, BYLINE]
FLAT = "홈 > 뉴스 > 지역 로그인 회원가입 " + " ".join(LAID_OUT)


@pytest.mark.parametrize("flat_first", [True, False])
def test_a_flat_copy_and_the_laid_out_copy_give_the_headline(
    flat_first: bool, archive: Path
) -> None:
    laid_out, flat = archive / "copy.txt", archive / "flat.txt"
    laid_out.write_text("\n".join(LAID_OUT) + "\n", encoding="utf-8")
    flat.write_text(FLAT, encoding="utf-8")
    for path in (flat, laid_out) if flat_first else (laid_out, flat):
        assert run_cli("add", str(path)).code == 0
    article = shown(1)
    assert len(article["paths"]) == 2
    assert article["title"] == HEADLINE
    assert article["subtitle"] == SUBHEADLINE


def test_a_flat_copy_alone_drops_the_menu_before_its_headline(archive: Path) -> None:
    flat = archive / "flat.txt"
    flat.write_text(FLAT.replace(f" {SUBHEADLINE}", ""), encoding="utf-8")
    assert run_cli("add", str(flat)).code == 0
    assert shown(1)["title"] == HEADLINE
