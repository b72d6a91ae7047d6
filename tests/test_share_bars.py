"""A page's share and print buttons are never its subheadline, and a browser copy of a held
page never makes its subheadline worse (newcomer 47, finding 10).

The page printed its subheadline in `<h2 class="subheading">`, which trafilatura left out:
the article was stored without it. A browser text copy of the same page, added later,
filled the empty field with the subheadline and the share bar under it, and `show` printed
"페이스북 트위터 카카오톡 URL복사 기사 스크랩 프린트 글씨키우기" as the article's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli

from mouarchive.text.pipeline import parse_articles

TITLE = "보성군-녹차연구소, 차 산업 6차 산업화 '맞손'"
SUBHEADLINE = "가공·체험·수출 3개 분야 공동 사업 추진"
SHARE_BAR = "페이스북 트위터 카카오톡 URL복사 기사 스크랩 프린트 글씨키우기"
BODY = [
    "보성군이 녹차연구소와 손잡고 차 산업의 6차 산업화에 나선다.",
    "보성군은 9일 군청 상황실에서 전남녹차연구소와 '차 산업 6차 산업화를 위한 업무협약'을"
    " 체결했다고 밝혔다.",
    "두 기관은 ▲녹차 가공품 공동 개발 ▲차 체험 관광 프로그램 운영 ▲해외 수출 판로 개척에 협력한다.",
    "오세린 기자 serin@namdoeco.kr",
]
BUTTONS = ("페이스북", "트위터", "카카오톡", "URL복사", "기사 스크랩", "프린트", "글씨키우기")
PAGE = f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{TITLE} - 남도경제</title>
<meta property="og:title" content="{TITLE}">
<meta property="og:site_name" content="남도경제">
</head><body>
<header id="header"><h1 class="logo"><a href="/">남도경제</a></h1>
<nav id="gnb"><ul><li>정치</li><li>경제</li><li>사회</li></ul></nav></header>
<div class="today-box"><h3 class="sub_title">이번 주말 가볼 만한 남도 여행지</h3></div>
<article id="article-view">
 <header class="article-view-header">
  <h1 class="heading">{TITLE}</h1>
  <h2 class="subheading">{SUBHEADLINE}</h2>
  <ul class="infomation"><li>오세린 기자</li><li>입력 2024.04.09 14:20</li></ul>
  <div class="share">{" ".join(f"<a>{button}</a>" for button in BUTTONS)}</div>
 </header>
 <div id="article-view-content-div" itemprop="articleBody">
  {"".join(f"<p>{line}</p>" for line in BODY)}
 </div>
 <div class="article-copy">저작권자 © 남도경제 무단전재 및 재배포 금지</div>
</article>
</body></html>
"""
COPY = "\n".join(
    [
        TITLE,
        SUBHEADLINE,
        " 오세린 기자  입력 2024.04.09 14:20",
        SHARE_BAR,
        *BODY,
        "",
        "저작권자 © 남도경제 무단전재 및 재배포 금지",
    ]
)


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    saved = {"page": tmp_path / "boseong.html", "copy": tmp_path / "boseong.txt"}
    saved["page"].write_text(PAGE, encoding="utf-8")
    saved["copy"].write_text(COPY, encoding="utf-8")
    monkeypatch.setenv("MOUARCHIVE_DB", str(tmp_path / "a.db"))
    return saved


def shown_heads() -> list[str]:
    return run_cli("show", "a1").out.splitlines()[:3]


@pytest.mark.parametrize("order", [("page", "copy"), ("copy", "page")])
def test_the_page_s_subheadline_is_kept_and_the_share_bar_never(
    files: dict[str, Path], order: tuple[str, str]
) -> None:
    for name in order:
        assert run_cli("add", "-q", str(files[name])).code == 0
    expected = [f"article a1: {TITLE}", SUBHEADLINE, "남도경제 · 2024-04-09 · 오세린"]
    assert shown_heads() == expected
    assert run_cli("reextract", "-q").code == 0
    assert shown_heads() == expected
    (row,) = json.loads(run_cli("export", "--what", "articles", "--format", "json").out)
    assert row["subtitle"] == SUBHEADLINE and "글씨키우기" not in row["body"]
    assert len(row["paths"]) == 2


def test_the_page_alone_gives_its_subheadline(files: dict[str, Path]) -> None:
    assert run_cli("add", "-q", str(files["page"])).code == 0
    assert shown_heads()[1] == SUBHEADLINE
    found = json.loads(run_cli("search", "수출 3개 분야", "--format", "json").out)
    assert [hit["article_id"] for hit in found] == [1]


@pytest.mark.parametrize(
    "bar",
    [
        SHARE_BAR,
        "페이스북 트위터 카카오톡 URL복사 기사스크랩 프린트 글씨키우기 글씨줄이기",
        "SNS 기사보내기 페이스북(으)로 기사보내기 트위터(으)로 기사보내기 카카오스토리(으)로"
        " 기사보내기 URL복사(으)로 기사보내기 이메일(으)로 기사보내기"
        " 다른 공유 찾기 기사스크랩하기",
    ],
)
def test_a_copied_share_bar_is_neither_subheadline_nor_body(bar: str) -> None:
    text = "\n".join([TITLE, SUBHEADLINE, bar, *BODY])
    (article,) = parse_articles(text)
    assert (article.title, article.subtitle) == (TITLE, SUBHEADLINE)
    assert "기사" not in article.body.split("\n")[0] and "트위터" not in article.body


def test_a_button_s_word_the_article_uses_alone_stays_in_a_stamped_line() -> None:
    """A byline line with its stamp loses the buttons' words printed beside it; "키우기",
    "다른" and "찾기" are words of prose as often, and were cut from the lead run into it."""
    lead = "보성군이 차 산업을 함께 키우기 위해 나선다. 다른 지역과 판로를 찾기로 했다."
    text = "\n".join([TITLE, f"오세린 기자 입력 2024.04.09 14:20 {lead}", *BODY[1:]])
    (article,) = parse_articles(text)
    assert lead in article.body


# A summary box the CMS prints between the byline and the article, classed as subheadlines
# are: the page's furniture, never the article's subheadline.
SUMMARY_BOX = (
    '<div class="ai-summary"><strong class="sub_title">AI 요약 서비스 베타 운영 중</strong>'
    '<p class="deck">이 기사의 요약문은 인공지능이 작성했습니다</p></div>'
)


def test_a_box_under_the_byline_is_no_subheadline(
    files: dict[str, Path],
) -> None:
    boxed = PAGE.replace('<div class="share">', f'{SUMMARY_BOX}<div class="share">')
    files["page"].write_text(boxed, encoding="utf-8")
    assert run_cli("add", "-q", str(files["page"])).code == 0
    assert shown_heads() == [f"article a1: {TITLE}", SUBHEADLINE, "남도경제 · 2024-04-09 · 오세린"]
    (row,) = json.loads(run_cli("export", "--what", "articles", "--format", "json").out)
    assert row["subtitle"] == SUBHEADLINE
    found = json.loads(run_cli("search", "인공지능이 작성", "--format", "json").out)
    assert found == []
