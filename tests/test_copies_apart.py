"""Copies of one report pasted one after another stay apart, each whole, and one article's
own parts (a box inside it, a card under it) never become another article (stop 54).

Every page here is our own, written in the style of such pages.
"""

from __future__ import annotations

from mouarchive.inputs import SourceMeta
from mouarchive.models import PartialDate
from mouarchive.preparing import prepare
from mouarchive.text.pipeline import parse_articles

HEADLINE = "가온군·새빛대학교, 스마트농업 인재 양성 업무협약"
SIGNING = (
    "가온군은 8일 군청 소회의실에서 새빛대학교와 '스마트농업 인재 양성 업무협약'을"
    " 체결했다고 9일 밝혔다."
)
ITEMS = (
    "협약에 따라 두 기관은 ▲스마트팜 실습 과정 운영 ▲청년 농업인 창업 상담"
    " ▲졸업생 지역 정착 지원에 힘을 모은다."
)


def _copy(outlet: str, reporter: str, stamp: str, extra: str = "") -> str:
    return (
        f"{HEADLINE}\n\n[{outlet} {reporter} 기자] 경남 가온군이 새빛대학교와"
        f" 스마트농업 인재 키우기에 나선다.\n\n{SIGNING}\n\n{ITEMS}{extra}\n\n"
        f"{reporter} 기자\n입력 {stamp}\n"
        f"Copyright © {outlet}. 무단전재 및 재배포 금지.\n\n\n"
    )


def test_two_outlets_copies_under_one_headline_each_come_out_whole() -> None:
    """The second copy lost its headline and every paragraph the first had printed, its
    signing sentence too (newcomer 53, item 4): only a new headline cleared the memory of
    paragraphs printed already."""
    page = _copy("남강일보", "하도윤", "2024.04.09 오전 9:30") + _copy(
        "가람뉴스", "서지안", "2024.04.10 오후 2:00", " 협약식에는 학생 20여 명이 함께했다."
    )
    first, second = parse_articles(page)
    for article in (first, second):
        assert article.title == HEADLINE
        assert SIGNING in article.body and ITEMS in article.body
    assert (first.outlet, first.reporter, first.published) == (
        "남강일보",
        "하도윤",
        PartialDate(2024, 4, 9),
    )
    assert (second.outlet, second.reporter, second.published) == (
        "가람뉴스",
        "서지안",
        PartialDate(2024, 4, 10),
    )
    assert second.body.endswith("협약식에는 학생 20여 명이 함께했다.")


def test_two_outlets_identical_copies_are_two_articles() -> None:
    """The same words under another outlet's credit and reporter are that outlet's report."""
    page = _copy("남강일보", "하도윤", "2024.04.09 오전 9:30") + _copy(
        "가람뉴스", "서지안", "2024.04.10 오후 2:00"
    )
    first, second = parse_articles(page)
    assert [first.outlet, second.outlet] == ["남강일보", "가람뉴스"]
    assert SIGNING in second.body


def test_a_signed_article_printed_twice_is_one() -> None:
    """A page that prints its whole article again, its sign-off too, holds one article."""
    copy = _copy("남강일보", "하도윤", "2024.04.09 오전 9:30")
    (article,) = parse_articles(copy + copy)
    assert article.body.count(SIGNING) == 1
    assert article.published == PartialDate(2024, 4, 9)


BRIEF = "다온시는 12일 푸른바이오와 백신 원료 생산시설 건립을 위한 투자협약을 체결했다고 밝혔다."


def test_a_brief_signed_by_its_own_reporter_after_a_sign_off_is_an_article() -> None:
    """A paragraph under an article's sign-off that another reporter signs on a line of its
    own was dropped as a stray teaser, with its signing (review-b3 B6); a photo's caption, its
    credit run on at its end, still goes."""
    page = (
        f"새솔군, 한별건설과 체육센터 협약\n입력 2024.10.10 09:00\n\n{SIGNING}\n\n하도윤 기자\n\n"
        f"{BRIEF}\n\n서지안 기자\n\n"
        "다온시 가을 축제에서 시민들이 거리 행진을 펼치고 있다. /나래 기자\n"
    )
    first, second = parse_articles(page)
    assert (first.reporter, second.reporter) == ("하도윤", "서지안")
    assert second.body == BRIEF
    assert "거리 행진" not in first.body + second.body


def test_a_saved_page_of_two_headlined_articles_keeps_both_and_the_schedule() -> None:
    """trafilatura kept only the paragraphs of a page of two `<h1>` articles: the second
    headline and the first one's `<dl>` schedule were lost, and the second article with them
    (review-b3 B6, h6)."""
    page = (
        "<html><head><meta charset='utf-8'><title>새솔군, 한별건설과 체육센터 협약</title></head>"
        "<body><h1>새솔군, 한별건설과 체육센터 협약</h1><p>입력 2024.10.10 09:00</p>"
        f"<div class='art'><p>{SIGNING}</p><dl><dt>실시설계</dt><dd>2024.12.01</dd>"
        "<dt>준공</dt><dd>2026.06.30</dd></dl><p>하도윤 기자</p></div>"
        "<h1>다온시, 푸른바이오와 백신 원료 협약</h1><p>입력 2024.10.12 14:00</p>"
        f"<div class='art'><p>{BRIEF}</p><p>서지안 기자</p></div></body></html>"
    ).encode()
    first, second = (article for article, _, _ in prepare(page, SourceMeta(), "p.html").articles)
    assert first.body == f"{SIGNING}\n실시설계\n2024.12.01\n준공\n2026.06.30"
    assert (second.title, second.body) == ("다온시, 푸른바이오와 백신 원료 협약", BRIEF)
    assert (first.published, second.published) == (
        PartialDate(2024, 10, 10),
        PartialDate(2024, 10, 12),
    )
