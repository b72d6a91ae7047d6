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

from mouarchive.text.pipeline import parse_articles

HEADLINE = "영주시, 베어링 부품기업 500억 투자협약"
LEAD = (
    "경북 영주시와 경상북도는 3일 영주시청 대회의실에서 베어링 부품기업 ㈜한솔정밀과 500억원"
    " 규모의 투자협약을 체결했다."
)
MORE = "한솔정밀은 2026년까지 영주 첨단베어링 국가산업단지에 공장을 짓고 80명을 새로 고용한다."
BYLINE = "윤다희 기자 dahee@sobaeknews.kr"


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
def test_a_menu_line_is_never_the_title(menu: str, env_archive: Path) -> None:
    copy = env_archive / "menu.txt"
    copy.write_text("\n".join([menu, HEADLINE, "입력 2024-09-03 11:20", LEAD, MORE, BYLINE]))
    assert run_cli("add", str(copy)).code == 0
    assert run_cli("show", "a1").out.splitlines()[0] == f"article a1: {HEADLINE}"


SUBHEADLINE = "2026년까지 공장 신설…80명 신규 고용"
LAID_OUT = [HEADLINE, SUBHEADLINE, f"[소백신문 윤다희 기자] {LEAD}", MORE, BYLINE]
FLAT = "홈 > 뉴스 > 지역 로그인 회원가입 " + " ".join(LAID_OUT)


@pytest.mark.parametrize("flat_first", [True, False])
def test_a_flat_copy_and_the_laid_out_copy_give_the_headline(
    flat_first: bool, env_archive: Path
) -> None:
    laid_out, flat = env_archive / "copy.txt", env_archive / "flat.txt"
    laid_out.write_text("\n".join(LAID_OUT) + "\n", encoding="utf-8")
    flat.write_text(FLAT, encoding="utf-8")
    for path in (flat, laid_out) if flat_first else (laid_out, flat):
        assert run_cli("add", str(path)).code == 0
    article = shown(1)
    assert len(article["paths"]) == 2
    assert article["title"] == HEADLINE
    assert article["subtitle"] == SUBHEADLINE


def test_a_flat_copy_alone_drops_the_menu_before_its_headline(env_archive: Path) -> None:
    flat = env_archive / "flat.txt"
    flat.write_text(FLAT.replace(f" {SUBHEADLINE}", ""), encoding="utf-8")
    assert run_cli("add", str(flat)).code == 0
    assert shown(1)["title"] == HEADLINE


# A flat copy is given its lines back only when it is as long as an article.
MOST = (
    '김영주 영주시장은 "베어링 산업의 중심 도시로 도약하는 계기가 될 것"이라며 행정 지원을'
    " 아끼지 않겠다고 말했다."
)


@pytest.mark.parametrize(
    "headline",
    [
        "이전 공공기관과 상생 협력 업무협약",
        "다음 달 착공 영주 베어링 공장 투자협약",
        "보건 의료 복지 통합 돌봄 업무협약",
        "공유 경제 활성화 위한 업무협약",
        "과학 교육 문화 교류 협약 체결",
        "메인 스타디움 건립 협약",
    ],
)
def test_a_flat_copy_keeps_headline_words_that_menus_also_use(
    headline: str, env_archive: Path
) -> None:
    """Button and section words open headlines; with no path separator and no word only a
    menu uses, nothing before the headline is a menu."""
    flat = env_archive / "flat.txt"
    flat.write_text(" ".join([headline, f"[소백신문 윤다희 기자] {LEAD}", MORE, MOST, BYLINE]))
    assert run_cli("add", "--date", "2024-09-03", str(flat)).code == 0
    assert shown(1)["title"] == headline


@pytest.mark.parametrize(
    "menu", ["뉴스홈 | 경북 | 영주 | 안동 | 스포츠", "홈 > 뉴스 > 경북 > 영주 로그인 회원가입"]
)
def test_a_flat_copy_drops_places_in_its_menu(menu: str, env_archive: Path) -> None:
    flat = env_archive / "flat.txt"
    flat.write_text(
        " ".join([menu, HEADLINE, f"[소백신문 윤다희 기자] {LEAD}", MORE, MOST, BYLINE])
    )
    assert run_cli("add", str(flat)).code == 0
    assert shown(1)["title"] == HEADLINE


def test_the_laid_out_copy_gives_back_words_a_flat_copy_lost(env_archive: Path) -> None:
    """A breadcrumb's last item cannot be told from the headline's first word ("홈 > 지역 >
    보건 의료 …" keeps "의료 …"); the laid-out copy added later restores the whole title."""
    title = "보건 의료 복지 통합 돌봄 업무협약"
    flat, laid_out = env_archive / "flat.txt", env_archive / "copy.txt"
    flat.write_text(
        " ".join(["홈 > 지역 >", title, f"[소백신문 윤다희 기자] {LEAD}", MORE, MOST, BYLINE])
    )
    laid_out.write_text(
        "\n".join([title, f"[소백신문 윤다희 기자] {LEAD}", MORE, MOST, BYLINE]) + "\n"
    )
    assert run_cli("add", str(flat)).code == 0
    assert shown(1)["title"] == "의료 복지 통합 돌봄 업무협약"
    assert run_cli("add", str(laid_out)).code == 0
    assert shown(1)["title"] == title


def test_a_pages_dated_heading_is_no_articles_title() -> None:
    """ "지역 소식 모음  2024년 3월 21일 목요일" over a headline: the page's, not the article's."""
    page = (
        "지역 소식 모음  2024년 3월 21일 목요일\n\n"
        "광양시, 누리엠텍과 청년 일자리 협약\n\n"
        "광양시는 20일 시청에서 누리엠텍과 청년 일자리 창출을 위한 업무협약을 체결했다고"
        " 밝혔다. 시는 청년 채용을 지원한다.\n\n"
        "김솔 기자 sol@hanbit.kr\n"
    )
    (article,) = parse_articles(page)
    assert article.title == "광양시, 누리엠텍과 청년 일자리 협약"
