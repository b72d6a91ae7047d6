"""A saved page gives what the same article gives as plain text.

Each page here is our own, in the layouts of Korean news CMSes as people save them: a header
with menus, a today-bar with the date the page was saved and the weather, the headline, a
byline and dateline, the body, a photo with its caption, related headlines, a footer. The
sentences and organisations are invented; the places are real where a government must resolve.
"""

from __future__ import annotations

import pytest

from mouarchive import readers
from mouarchive.inputs import SourceMeta
from mouarchive.preparing import prepare

BODY = [
    "순천시와 누리테크는 12일 순천시청 접견실에서 청년 일자리 창출을 위한 업무협약을 체결했다.",
    "협약에 따라 누리테크는 2025년까지 순천시에 연구소를 세우고 지역 청년 30명을 채용한다.",
    "시는 행정 지원과 함께 연구소 부지를 알선하기로 했다.",
]


TODAY_BAR = '<span class="date_today">2026.12.03 (목)</span>'


def page(*, head: str = "", dateline: str = "", today: str = TODAY_BAR) -> bytes:
    """A saved page of the broadcaster layout: a today-bar classed "date", the headline, the
    byline and dateline, the body, related headlines and a footer."""
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY)
    return f"""<!doctype html><html><head><meta charset="utf-8">
<title>순천시-누리테크, 청년 일자리 업무협약 - 한빛방송</title>
<meta property="og:site_name" content="한빛방송">{head}</head><body>
<div class="top_bar">{today}
<span class="weather_box">서울 맑음 3℃</span></div>
<ul class="gnb"><li>정치</li><li>경제</li><li>사회</li><li>지역</li></ul>
<div class="article_view"><h1 class="title">순천시-누리테크, 청년 일자리 업무협약</h1>
<div class="info"><span class="writer">김하늘 기자</span> <span class="date">{dateline}</span></div>
<div class="news_view">{paragraphs}</div>
<div class="news_related"><h4>이 시각 주요뉴스</h4><ul><li>다온군, 스마트팜 투자협약</li></ul></div>
</div><div class="footer_info"><p>광주광역시 서구 상무중앙로 00 | 대표전화 062-000-0000</p>
<p>Copyright © 한빛방송. All rights reserved.</p></div></body></html>""".encode()


def test_a_page_without_a_dateline_gets_no_date_from_its_today_bar() -> None:
    reading = readers.read(page(), "page.html")
    assert reading.published is None


def test_a_year_in_the_body_is_no_published_day() -> None:
    reading = readers.read(page(today=""), "page.html")
    assert reading.published is None


def test_the_printed_dateline_wins_over_the_today_bar() -> None:
    reading = readers.read(
        page(dateline="등록 2024.05.12. 10:31 업데이트 2024.05.13. 07:12"), "p.html"
    )
    assert reading.published.iso == "2024-05-12"


def test_the_declared_date_wins_over_the_today_bar() -> None:
    head = '<meta property="article:published_time" content="2024-05-12T10:31:00+09:00">'
    reading = readers.read(page(head=head), "page.html")
    assert reading.published.iso == "2024-05-12"


def test_without_a_date_the_signing_day_has_no_invented_year() -> None:
    ((article, _, reports),) = prepare(page(), SourceMeta(), "page.html").articles
    assert article.published is None
    assert [(report.date.year, report.date.day) for report in reports] == [(None, 12)]


def header_page(weather: str) -> bytes:
    """A saved page of the articleView layout: the today-bar and the weather widget in blocks
    of their own above the menus, no dateline (a page saved from a blog-like CMS)."""
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY)
    return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8">
<title>순천시-누리테크, 청년 일자리 업무협약 - 누리신문</title></head><body>
<header id="user-header"><div class="header-top"><div class="today">2026년 12월 3일 목요일</div>
<div class="weather">{weather}</div><ul class="login"><li>로그인</li><li>회원가입</li></ul></div>
<div class="logo">누리신문</div></header>
<div id="user-container"><h1 class="heading">순천시-누리테크, 청년 일자리 업무협약</h1>
<article id="article-view-content-div" itemprop="articleBody">{paragraphs}</article></div>
</body></html>""".encode()


@pytest.mark.parametrize(
    "weather", ["대전 구름많음 4.1°", "광주 맑음 2˚ 초미세먼지 좋음", "미세먼지 보통"]
)
def test_a_today_bar_beside_any_weather_widget_is_no_published_date(weather: str) -> None:
    assert readers.read(header_page(weather), "page.html").published is None


CAPTION = "▲ 협약식에 참석한 가람재단 관계자들이 기념촬영을 하고 있다. /사진=독자 제공"


def table_page() -> bytes:
    """A saved page of an older CMS, in EUC-KR, laid out in tables: the today-bar and menus in
    rows, the article as <br>-broken lines in one cell, a photo in a table of its own with a
    caption cell of no known class, and a related-headlines box inside the body."""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>순천시-누리테크, 청년 일자리 업무협약 - 가람일보</title></head><body>
<table width="100%"><tr><td>2026년 12월 3일 목요일</td><td>서울 맑음 3℃</td></tr></table>
<table><tr><td>정치 | 경제 | 사회 | 지역</td></tr></table>
<table width="680"><tr><td class="title_view"><b>순천시-누리테크, 청년 일자리 업무협약</b></td></tr>
<tr><td class="date_view">[입력] 2024-05-12 10:31 [수정] 2024-05-13 18:02</td></tr>
<tr><td id="articleText" class="text_view">
<table align="center" class="photo-box"><tr><td><img src="p.jpg"></td></tr>
<tr><td>{CAPTION}</td></tr></table>
{BODY[0]}<br>{BODY[1]}<br>
<table class="box_art_list" align="right"><tr><td><b>관련기사</b></td></tr>
<tr><td>- 다온군, 새봄대학교와 농촌 의료봉사 업무협약 체결</td></tr>
<tr><td>- 가람시, 반도체 인재 양성 협약</td></tr></table>
{BODY[2]}<br><br>김하늘 기자 sky@garam.example
</td></tr></table>
<table><tr><td>광주광역시 서구 상무중앙로 00 | Copyright ⓒ 가람일보</td></tr></table>
</body></html>""".encode("cp949")


def test_a_page_laid_out_in_tables_reads_as_its_lines() -> None:
    reading = readers.read(table_page(), "page.html")
    lines = reading.text.split("\n")
    assert all(line in lines for line in BODY)
    assert not any("|" in line for line in lines)
    assert reading.captions == [CAPTION]


def test_a_page_laid_out_in_tables_gives_the_agreement_of_its_text() -> None:
    ((_, _, reports),) = prepare(table_page(), SourceMeta(), "page.html").articles
    text = "\n".join(["순천시-누리테크, 청년 일자리 업무협약", *BODY]).encode()
    ((_, _, plain),) = prepare(text, SourceMeta(), "page.txt").articles
    assert [sorted(party.name for party in report.parties) for report in reports] == [
        sorted(party.name for party in report.parties) for report in plain
    ]
    assert len(reports) == 1


def test_a_table_of_data_keeps_its_cells() -> None:
    table = (
        "<table><tr><th>분야</th><th>내용</th></tr>"
        "<tr><td>인재</td><td>청년 30명 채용</td></tr>"
        "<tr><td>연구</td><td>연구소 설립</td></tr></table>"
    )
    body = "".join(f"<p>{line}</p>" for line in BODY)
    data = f"<html><body><article>{body}{table}</article></body></html>".encode()
    assert "인재 | 청년 30명 채용" in readers.read(data, "page.html").text


def test_a_dateline_with_its_labels_in_brackets_dates_the_page() -> None:
    """ "[입력] 2024-05-12 10:31 [수정] 2024-05-13 18:02": the first day, as in plain text."""
    assert readers.read(table_page(), "page.html").published.iso == "2024-05-12"
    text = "\n".join(
        [
            "순천시-누리테크, 청년 일자리 업무협약",
            "[입력] 2024-05-12 10:31 [수정] 2024-05-13",
            *BODY,
        ]
    )
    ((article, _, _),) = prepare(text.encode(), SourceMeta(), "page.txt").articles
    assert article.published.iso == "2024-05-12"


def bare_today_page(today: str, dateline: str) -> bytes:
    """A saved page whose header prints the day it was saved with no weather beside it."""
    paragraphs = "\n".join(f"<p>{line}</p>" for line in BODY)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>순천시-누리테크, 청년 일자리 업무협약 - 가람일보</title>
</head>
<body>
<div class="top">{today}
<ul><li>정치</li><li>경제</li><li>지역</li></ul></div>
<h1>순천시-누리테크, 청년 일자리 업무협약</h1>
{dateline}
<div class="view">{paragraphs}</div>
</body></html>""".encode()


@pytest.mark.parametrize(
    "today",
    [
        '<div class="today">2026.12.03 (목)</div>',
        '<p class="date">2026-12-03 목요일</p>',
        '<span class="top_date">2026년 12월 3일 목요일</span>',
    ],
)
@pytest.mark.parametrize(
    ("dateline", "published"),
    [("", None), ('<p class="date">2024.05.12 10:31</p>', "2024-05-12")],
)
def test_a_bare_date_above_the_headline_is_the_today_bar(
    today: str, dateline: str, published: str | None
) -> None:
    reading = readers.read(bare_today_page(today, dateline), "page.html")
    assert (reading.published.iso if reading.published else None) == published


def test_a_stamp_with_its_clock_time_above_the_headline_is_the_articles_own() -> None:
    page = bare_today_page('<div class="pubdate">2024.05.12 10:31</div>', "")
    reading = readers.read(page, "page.html")
    assert reading.published is not None and reading.published.iso == "2024-05-12"


def framed_photo_page() -> bytes:
    """An older CMS's page, in EUC-KR: the body's <br> lines follow a photo table whose
    caption cell has a caption class, so only the image is left in the table."""
    body = "<br>\n<br>\n".join(BODY)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr">
<title>순천시-누리테크, 청년 일자리 업무협약 - 가람일보</title></head><body>
<table width="100%"><tr><td class="topbar">2026년 12월 3일 목요일</td>
<td align="right"><a href="#">로그인</a> | <a href="#">회원가입</a></td></tr></table>
<table width="1000"><tr><td class="menu">정치 | 경제 | 사회 | 지역</td></tr></table>
<table width="1000"><tr><td valign="top" width="680">
<div class="news_title"><b>순천시-누리테크, 청년 일자리 업무협약</b></div>
<div id="articleBody" class="article_body">
<table class="photo" align="center"><tr><td><img src="photo.jpg"></td></tr>
<tr><td class="photo_txt">협약식 모습. [사진=독자 제공]</td></tr></table>
{body}
</div>
<div class="reporter">김하늘 기자 sky@garam.example</div>
</td><td valign="top" width="300"><div class="right_box"><b>많이 본 뉴스</b>
<ol><li>다온군 투자협약</li></ol></div></td></tr></table>
<table width="1000"><tr><td class="bottom">Copyright ⓒ 가람일보</td></tr></table>
</body></html>""".encode("cp949")


def test_the_lead_under_a_photo_left_without_its_caption_is_read() -> None:
    reading = readers.read(framed_photo_page(), "page.html")
    assert all(line in reading.text.split("\n") for line in BODY)
    assert reading.captions == ["협약식 모습. [사진=독자 제공]"]


def test_the_byline_above_the_text_names_the_reporter() -> None:
    """ "김하늘 기자 | 입력 …" printed above the text, which the main text leaves out and
    the page's metadata does not name: the reporter is the byline's."""
    reading = readers.read(page(dateline="| 입력 2024.05.12 10:31"), "page.html")
    assert reading.author == "김하늘"
    # A byline printed below the text (a sidebar's, another story's) names no one.
    writer = '<span class="writer">김하늘 기자</span>'.encode()
    below = page().replace(writer, b"").replace(b"</h4>", "</h4><p>박서진 기자</p>".encode())
    assert readers.read(below, "page.html").author is None


def test_a_page_named_by_no_site_has_no_outlet_rather_than_its_host() -> None:
    """A page fetched from "http://127.0.0.1:8765/" without a site name was filed under the
    outlet "127.0.0.1:8765": a host and port name no outlet."""
    from mouarchive.readers.html import read_html

    page = (
        "<html><head><title>한빛시, 누리대와 업무협약</title></head><body><article>"
        "<p>한빛시는 12일 누리대학교와 청년 일자리 창출을 위한 업무협약을 체결했다고 밝혔다.</p>"
        "<p>두 기관은 앞으로 지역 인재 양성에 힘을 모으기로 했다.</p></article></body></html>"
    ).encode()
    reading = read_html(page, url="http://127.0.0.1:8765/news/1.html")
    assert reading.outlet is None


@pytest.mark.parametrize(("heading", "mark"), [("▶ 관련기사", "▶ "), ("관련기사", "· ")])
def test_related_headlines_in_paragraphs_of_the_body_are_no_signings(
    heading: str, mark: str
) -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY)
    related = (
        f"<p>{heading}</p><p>{mark}다온시-한빛중공업, 조선 인재 양성 업무협약 체결</p>"
        f"<p>{mark}가람군, 산단 기업 5곳과 투자협약</p>"
    )
    html = f"""<html><head><meta charset="utf-8"><title>순천시-누리테크 협약</title></head><body>
<h1>순천시-누리테크, 청년 일자리 업무협약</h1>
<div id="news_body">{paragraphs}{related}<p>한빛일보 김하늘 기자 sky@hanbit.example</p></div>
</body></html>""".encode()
    ((article, _, reports),) = prepare(html, SourceMeta(), "page.html").articles
    assert "다온시" not in article.body and "가람군" not in article.body
    assert len(reports) == 1 and article.reporter == "김하늘"


def _page(body: str) -> bytes:
    return (
        "<html><head><title>한빛시-누리공사 협약 - 가람일보</title></head><body>"
        f"<div id='articleBody'>{body}</div></body></html>"
    ).encode()


def test_text_after_a_markup_comment_is_kept() -> None:
    page = """<html><head><meta charset="utf-8"><title>한빛시-누리공사, 수상태양광 협력 협약 -
가람일보</title><meta property="article:published_time" content="2024-02-15T10:00:00+09:00">
</head><body><div id="articleBody">
<h1 class="headline">한빛시-누리공사, 수상태양광 협력 협약</h1>
<p>한빛시는 14일 누리공사와 수상태양광 발전사업 협력을 위한 업무협약을 맺었다고 15일 밝혔다.</p>
<p style="text-align:center"><img src="a.jpg"><br>김하늘 한빛시장(오른쪽)과 이바다 누리공사 사장이
14일 협약서에 서명하고 있다. (사진=한빛시)</p>
<p><!-- 본문 -->협약에 따라 두 기관은 ▲인허가 협력 ▲주민 참여형 사업 모델 마련에 협력한다.</p>
<p>수상태양광은<!-- 광고 --> 1.2GW 규모로 추진되고 있다.</p>
<p>김하늘 한빛시장은 "재생에너지 산업을 키우겠다"고 말했다.</p>
<p>가람일보 박솔 기자</p>
</div><div class="copyright">Copyright ⓒ 가람일보. All rights reserved.</div>
</body></html>"""
    text = readers.read(page.encode(), "page.html").text
    assert "협약에 따라 두 기관은 ▲인허가 협력 ▲주민 참여형 사업 모델 마련에 협력한다." in text
    assert "수상태양광은 1.2GW 규모로 추진되고 있다." in text


def test_bare_lines_after_a_photo_block_are_kept() -> None:
    reading = readers.read(
        _page(
            "한빛시는 14일 누리공사와 업무협약을 맺었다고 15일 밝혔다.<br><br>"
            "<p style='text-align:center'><img src='a.jpg'><br>김하늘 시장(오른쪽)과 이바다 "
            "사장이 서명하고 있다. (사진=한빛시)</p>"
            "협약에 따라 두 기관은 ▲인허가 협력 ▲주민 참여에 협력한다.<br><br>"
            "김하늘 시장은 “재생에너지 산업을 키우겠다”고 말했다.<br><br>"
        ),
        "page.html",
    )
    assert "협약에 따라 두 기관은 ▲인허가 협력 ▲주민 참여에 협력한다." in reading.text
    assert "재생에너지 산업을 키우겠다" in reading.text
