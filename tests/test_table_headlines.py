"""A saved page whose <title> is only the site's name is titled with the headline it prints
(newcomer 47, finding 6).

Older Korean CMSes lay the page out in tables and print the headline in a cell above
"기사입력 …"; their <title> names the site alone. The article was titled "빛고을뉴스" and
its headline was read nowhere: not shown, not searchable, not exported.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli

SIDEBAR = """
<td width="180" valign="top">
  <table><tr><td class="box_title"><b>오늘의 주요뉴스</b></td></tr>
    <tr><td class="list_title"><b>무안군-항공사, 국제선 취항 업무협약</b></td></tr>
    <tr><td><b>담양군, 대나무 축제 개막 앞두고 손님맞이</b></td></tr></table>
</td>
"""

ARTICLE = """
[동강신문=최유리 기자] 화순군이 전남대학교병원과 손잡고 군민 건강 증진에 나선다.<br><br>
구복규 화순군수와 정신 전남대병원장은 21일 군청 상황실에서 공공의료 협력을 위한 업무협약을
맺었다.<br><br>
두 기관은 ▲응급의료 이송 체계 구축 ▲만성질환 공동 관리 ▲의료 인력 교류에 협력하기로 했다.<br><br>
최유리 기자 yuri@donggang.kr
"""


def page(headline_cell: str, below_date: str = "", title: str = "동강신문") -> bytes:
    html = f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>{title}</title></head>
<body><table width="100%"><tr><td>
  <table width="100%"><tr><td><a href="/">홈</a> | <a href="/politics">정치</a> |
    <a href="/economy">경제</a> | <a href="/society">사회</a></td>
    <td align="right">2024년 7월 1일 월요일</td></tr></table>
  <table width="100%"><tr>{SIDEBAR}
    <td width="700" valign="top"><table width="100%">
      {headline_cell}
      <tr><td class="view_date">기사입력 2024-06-21 오후 4:05 |
        최종수정 2024-06-22 오전 9:00</td></tr>
      {below_date}
      <tr><td class="view_text">{ARTICLE}</td></tr>
    </table></td>
  </tr></table>
  <table width="100%"><tr><td align="center">회사소개 | 광고안내<br>
    동강신문 | 전라남도 화순군 화순읍 | 등록일 2008.03.02<br>
    Copyright(c) 2008 동강신문. All rights reserved.</td></tr></table>
</td></tr></table></body></html>"""
    return html.encode("cp949")


HEADLINE = "화순군·전남대병원, 공공의료 손잡는다…업무협약 체결"
CELLS = {
    "classed": f'<tr><td class="view_title"><b>{HEADLINE}</b></td></tr>',
    "bold": f'<tr><td><font size="4"><b>{HEADLINE}</b></font></td></tr>',
}


@pytest.fixture(params=sorted(CELLS))
def archive(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    saved = tmp_path / "donggang.html"
    saved.write_bytes(page(CELLS[request.param]))
    monkeypatch.setenv("MOUARCHIVE_DB", str(tmp_path / "a.db"))
    assert run_cli("add", "-q", str(saved)).code == 0


def test_the_printed_headline_is_the_title_not_the_site_name(archive) -> None:
    shown = run_cli("show", "a1").out.splitlines()
    assert shown[0] == f"article a1: {HEADLINE}"
    assert shown[1].startswith("동강신문 · 2024-06-21 · 최유리")


def test_the_headline_is_searched_and_exported(archive) -> None:
    found = json.loads(run_cli("search", "공공의료 손잡는다", "--format", "json").out)
    assert [hit["title"] for hit in found] == [HEADLINE]
    (row,) = json.loads(run_cli("export", "--what", "articles", "--format", "json").out)
    assert row["title"] == HEADLINE and row["outlet"] == "동강신문"


def test_a_sidebar_headline_before_the_article_is_never_its_title(archive) -> None:
    assert "국제선" not in run_cli("show", "a1").out


# Cells a table page prints between the dateline and the article, which a bold or "title"
# class marks as a headline's would be, and which are never the article's.
BELOW_DATE = {
    "reporter": '<tr><td align="right"><b>최유리 기자</b></td></tr>',
    "section": "<tr><td><b>지역뉴스 &gt; 화순</b></td></tr>",
    "related": (
        '<tr><td class="rel_title"><a href="/news/1234">'
        "화순군, 광주 대학병원과 응급의료 협력 강화</a></td></tr>"
    ),
}


@pytest.mark.parametrize(
    ("cell", "below"),
    [("bold", "reporter"), ("bold", "section"), ("bold", "related"), ("classed", "related")],
)
def test_a_line_under_the_dateline_is_never_the_title(
    cell: str, below: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = tmp_path / "donggang.html"
    saved.write_bytes(page(CELLS[cell], BELOW_DATE[below]))
    monkeypatch.setenv("MOUARCHIVE_DB", str(tmp_path / "a.db"))
    assert run_cli("add", "-q", str(saved)).code == 0
    assert run_cli("show", "a1").out.splitlines()[0] == f"article a1: {HEADLINE}"
    (row,) = json.loads(run_cli("export", "--what", "articles", "--format", "json").out)
    assert row["title"] == HEADLINE


@pytest.mark.parametrize("title", ["동강신문 :: 뉴스보기", "[동강신문]", "동강신문 DONGGANG NEWS"])
def test_a_site_name_dressed_up_in_the_title_is_still_only_the_site_name(
    title: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = tmp_path / "donggang.html"
    saved.write_bytes(page(CELLS["classed"], title=title))
    monkeypatch.setenv("MOUARCHIVE_DB", str(tmp_path / "a.db"))
    assert run_cli("add", "-q", str(saved)).code == 0
    assert run_cli("show", "a1").out.splitlines()[0] == f"article a1: {HEADLINE}"
