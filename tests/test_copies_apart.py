"""Copies of one report pasted one after another stay apart, each whole, and one article's
own parts (a box inside it, a card under it) never become another article (stop 54).

Every page here is our own, written in the style of such pages.
"""

from __future__ import annotations

import pytest

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


def test_an_article_printed_again_with_a_paragraph_more_is_one_with_every_paragraph() -> None:
    """The second printing under the same headline, stamp and sign-off adds a paragraph:
    it was a second article, a duplicate but for that paragraph (review 54b, S1)."""
    copy = _copy("남강일보", "하도윤", "2024.04.09 오전 9:30")
    more = _copy("남강일보", "하도윤", "2024.04.09 오전 9:30", "\n\n군은 실습 농장을 내어준다.")
    (article,) = parse_articles(copy + more)
    assert article.body.count(SIGNING) == 1
    assert article.body.endswith("군은 실습 농장을 내어준다.")


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


@pytest.mark.parametrize(
    "notice",
    [
        "※ 바로잡습니다: 지난 9일자 기사에서 다온시가 푸른바이오와 투자협약을 체결했다고 한 것은"
        " 사실이 아니어서 바로잡습니다.",
        "[알림] 다온시와 푸른바이오가 투자협약을 체결했다는 지난 기사는 사실과 달라 삭제했습니다.",
    ],
)
def test_a_desk_notice_a_reporter_signs_after_the_sign_off_is_no_brief(notice: str) -> None:
    """A correction under the sign-off, signed by the reporter, became an article, and the
    signing it says never happened an agreement (review 54b, B4)."""
    page = (
        f"새솔군, 한별건설과 체육센터 협약\n입력 2024.10.10 09:00\n\n{SIGNING}\n\n하도윤 기자\n\n"
        f"{notice}\n\n편집국 하도윤 기자\n"
    )
    (article,) = parse_articles(page)
    assert article.body == SIGNING
    assert article.reporter == "하도윤"


def test_a_brief_s_stamp_set_on_its_first_line_dates_it() -> None:
    """ "하도윤 기자" / "입력 2024.10.12 14:00" / the brief: that stamp is the brief's, not the
    end of the article above, which has its own under its headline."""
    page = (
        f"새솔군, 한별건설과 체육센터 협약\n입력 2024.10.10 09:00\n\n{SIGNING}\n\n하도윤 기자\n"
        f"입력 2024.10.12 14:00\n{BRIEF}\n\n서지안 기자\n"
    )
    first, second = parse_articles(page)
    assert (first.published, second.published) == (
        PartialDate(2024, 10, 10),
        PartialDate(2024, 10, 12),
    )


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


FIRST = (
    "해온시, 다름식품과 소스 공장 협약\n입력 2024.06.03 09:00\n\n"
    "해온시는 3일 다름식품과 소스 가공 공장 건립을 위한 투자협약을 맺었다고 밝혔다.\n\n"
)
SECOND_LEAD = "라온군은 5일 새길대학과 청년 창업 지원을 위한 업무협약을 체결했다고 밝혔다."
SECOND_MORE = "대학은 창업 공간 열 곳을 내어준다."


@pytest.mark.parametrize(
    ("closing", "opening"),
    [
        (
            "공장은 2026년 문을 연다.",
            "라온군, 새길대학과 청년 창업 협약\n대학 안에 창업 공간 10곳\n입력 2024.06.05 14:20",
        ),
        (
            "공장은 2026년 문을 연다.",
            "라온군, 새길대학과 청년 창업 협약\n입력 2024.06.05 14:20\n대학 안에 창업 공간 10곳",
        ),
        (
            "공장은 2026년 문을 연다.",
            "라온군, 새길대학과 청년 창업 협약\n입력 2024.06.05 14:20\n수정 2024.06.05 16:00",
        ),
        (
            "공장은 2026년 문을 연다.\n\nⓒ 밝은신문 무단전재 및 재배포 금지",
            "라온군, 새길대학과 청년 창업 협약\n입력 2024.06.05 14:20",
        ),
        (
            '시장은 "먹거리 산업의 새 출발"이라며 "힘껏 돕겠습니다"',
            "라온군, 새길대학과 청년 창업 협약\n입력 2024.06.05 14:20",
        ),
    ],
)
def test_unsigned_copies_each_under_its_own_stamp_are_two_articles(closing, opening) -> None:
    """Copies without a sign-off merged unless the next one was exactly "headline / stamp /
    lead" (review-b3 B2): a subheadline, an edit stamp, a copyright line or a closing quote
    took the second copy, its headline and its date into the first."""
    page = f"{FIRST}{closing}\n\n{opening}\n\n{SECOND_LEAD}\n\n{SECOND_MORE}\n"
    first, second = parse_articles(page)
    assert first.title == "해온시, 다름식품과 소스 공장 협약"
    assert "라온군" not in first.body
    assert (second.title, second.body) == (
        "라온군, 새길대학과 청년 창업 협약",
        f"{SECOND_LEAD}\n{SECOND_MORE}",
    )
    assert (first.published, second.published) == (
        PartialDate(2024, 6, 3),
        PartialDate(2024, 6, 5),
    )


def test_a_lead_wrapped_over_two_lines_still_opens_a_copy() -> None:
    wrapped = SECOND_LEAD.replace("위한 ", "위한\n")
    page = (
        f"{FIRST}공장은 2026년 문을 연다.\n\n라온군, 새길대학과 청년 창업 협약\n"
        f"입력 2024.06.05 14:20\n\n{wrapped}\n\n{SECOND_MORE}\n"
    )
    first, second = parse_articles(page)
    assert "라온군" not in first.body
    assert second.body == f"{SECOND_LEAD}\n{SECOND_MORE}"


def test_one_headline_over_two_stamps_and_two_leads_is_two_articles() -> None:
    """A later report under the same headline, with its own stamp and lead, was read as the
    page printing its article twice (review-b3 B3)."""
    later = "다름식품이 해온시에 300억원을 들여 소스 공장을 짓기로 하고 지난 3일 시와 협약했다."
    page = (
        f"{FIRST}공장은 2026년 문을 연다.\n\n해온시, 다름식품과 소스 공장 협약\n"
        f"입력 2024.06.04 08:30\n\n{later}\n\n공장은 2026년 가동된다.\n"
    )
    first, second = parse_articles(page)
    assert (second.title, second.published) == (
        "해온시, 다름식품과 소스 공장 협약",
        PartialDate(2024, 6, 4),
    )
    assert second.body.startswith(later) and later not in first.body


@pytest.mark.parametrize(
    "stamp", ["입력 2024.06.03 09:00", "입력 2024.06.03 09:00 | 수정 2024.06.03 11:00"]
)
def test_an_unsigned_article_printed_twice_is_still_one(stamp: str) -> None:
    copy = f"{FIRST}공장은 2026년 문을 연다.\n\n"
    (article,) = parse_articles(copy + copy.replace("입력 2024.06.03 09:00", stamp))
    assert article.body.count("투자협약을 맺었다고") == 1


@pytest.mark.parametrize(
    "box",
    [
        "해온시, 다름식품과 물류창고 협약\n입력 2023.05.02 11:00\n"
        "해온시는 지난해 5월 다름식품과 물류창고 건립 협약을 맺은 바 있다.",
        "협약식 뒤 시장 기자회견 내용 추가\n업데이트 2024.06.03 15:00\n"
        "시장은 기자회견에서 다름식품에 추가 투자를 요청했다고 말했다.",
        "관련기사\n해온시, 상반기 투자유치 5천억 넘어\n입력 2024.04.10 09:00\n"
        "해온시는 상반기 기업 투자 유치액이 5천억원을 넘었다고 밝혔다.\n"
        "다름식품, 새 공장 부지 찾는다\n입력 2024.05.20 11:00\n"
        "다름식품이 새 소스 공장 부지를 찾고 있는 것으로 알려졌다.",
    ],
)
def test_a_stamped_box_inside_a_signed_article_cuts_nothing(box: str) -> None:
    """A related article's card, an update or a box of cards inside one signed article is
    the shape of a copy; cutting there took the reporter and the article's last paragraphs to
    the box (review-b3 B1)."""
    page = (
        f"{FIRST}이번 협약은 지난해 협약의 후속이다.\n\n{box}\n\n"
        "공장은 2026년 문을 연다.\n\n한가람 기자\n"
    )
    (article,) = parse_articles(page)
    assert (article.reporter, article.published) == ("한가람", PartialDate(2024, 6, 3))
    assert article.body.endswith("공장은 2026년 문을 연다.")


SIGNED_LEAD = "새들시는 4일 보람전자와 청년 인턴 채용을 위한 업무협약을 체결했다고 밝혔다."


@pytest.mark.parametrize("stamp", ["입력 2024.07.04 10:00\n", ""])
def test_a_labelled_date_a_sentence_announces_is_the_story_s(stamp: str) -> None:
    """ "등록 2024.08.01 09:00" under "일정은 다음과 같다." was read as the dateline: deleted
    from the body, and on a page without a stamp of its own it dated the article (review-b3
    B5)."""
    page = (
        f"새들시, 보람전자와 청년 인턴 협약\n{stamp}\n{SIGNED_LEAD}\n\n"
        "인턴 모집 일정은 다음과 같다.\n\n"
        "등록 2024.08.01 09:00\n발표 2024.08.20 10:00\n\n"
        "시 관계자는 청년들의 많은 관심을 바란다고 말했다.\n\n노을 기자\n"
    )
    (article,) = parse_articles(page)
    assert "등록 2024.08.01 09:00\n발표 2024.08.20 10:00" in article.body
    assert article.published == (PartialDate(2024, 7, 4) if stamp else None)


def test_a_quoted_headline_s_date_a_sentence_announces_dates_nothing() -> None:
    page = (
        "새들시, 보람전자와 반도체 공장 협약\n\n"
        "앞서 본지는 지난해 두 기관의 첫 협약을 다음과 같이 보도한 바 있다.\n"
        "'새들시, 보람전자와 부품 창고 협약'\n2023.03.15\n"
        f"{SIGNED_LEAD}\n\n공장은 2026년 문을 연다.\n\n노을 기자\n"
    )
    (article,) = parse_articles(page)
    assert article.published is None
    assert "'새들시, 보람전자와 부품 창고 협약'\n2023.03.15" in article.body


@pytest.mark.parametrize(
    "notice",
    ["ⓒ 밝은신문 무단전재 및 재배포 금지", "<저작권자 © 밝은신문, 무단 전재 및 재배포 금지>"],
)
def test_a_schedule_closed_by_a_copyright_line_keeps_its_dates(notice: str) -> None:
    """The schedule's dates were deleted where a copyright line, not a sign-off, closed the
    page (review-b3 B4)."""
    page = (
        f"새들시, 보람전자와 반도체 공장 협약\n2024.07.04 10:00\n\n{SIGNED_LEAD}\n\n"
        "양측은 두 차례 협약식을 열기로 했다.\n\n"
        f"1차 협약식\n2024.07.04 10:00\n2차 협약식\n2024.10.15 11:00\n\n{notice}\n"
    )
    (article,) = parse_articles(page)
    assert article.body.endswith("1차 협약식\n2024.07.04 10:00\n2차 협약식\n2024.10.15 11:00")
    assert article.published == PartialDate(2024, 7, 4)


@pytest.mark.parametrize("stamp", ["2024.07.04 10:00\n", ""])
def test_one_step_and_its_date_over_the_sign_off_are_the_story_s(stamp: str) -> None:
    """ "공장 준공 예정" / "2027.06.30" over the sign-off: the date was read as the dateline,
    deleted, and without a stamp on top it dated the article in 2027 (review-b3 B4)."""
    page = (
        f"새들시, 보람전자와 반도체 공장 협약\n{stamp}\n{SIGNED_LEAD}\n\n"
        "공장 준공 예정\n2027.06.30\n\n노을 기자\n"
    )
    (article,) = parse_articles(page)
    assert article.body.endswith("공장 준공 예정\n2027.06.30")
    assert article.published == (PartialDate(2024, 7, 4) if stamp else None)


CARDS = (
    "새들시, 상반기 투자유치 3천억 넘어\n입력 2024.03.11 09:00\n"
    "새들시는 상반기 기업 투자 유치액이 3천억원을 넘었다고 밝혔다.\n\n"
    "보람전자, 새 공장 부지 찾는다\n입력 2024.05.20 11:00\n"
    "보람전자가 새 반도체 공장 부지를 찾고 있는 것으로 알려졌다.\n"
)
ARTICLE = (
    "새들시, 보람전자와 반도체 공장 협약\n입력 2024.07.04 10:00\n\n"
    f"{SIGNED_LEAD}\n\n공장은 2026년 문을 연다.\n\n노을 기자\n\n"
)


@pytest.mark.parametrize("heading", ["관련기사", "많이 본 뉴스"])
def test_cards_under_a_list_heading_are_no_article(heading: str) -> None:
    """Cards under a heading, each a headline, its stamp and a sentence, became an article
    of their own, and a card telling of a signing would add an agreement of another page's
    (review-b3 S2)."""
    (article,) = parse_articles(f"{ARTICLE}{heading}\n{CARDS}")
    assert article.body == f"{SIGNED_LEAD}\n공장은 2026년 문을 연다."


def test_cards_in_a_sidebar_above_the_article_neither_title_nor_date_it() -> None:
    (article,) = parse_articles(f"많이 본 뉴스\n{CARDS}\n{ARTICLE}")
    assert (article.title, article.published, article.reporter) == (
        "새들시, 보람전자와 반도체 공장 협약",
        PartialDate(2024, 7, 4),
        "노을",
    )
    assert article.body == f"{SIGNED_LEAD}\n공장은 2026년 문을 연다."


def test_a_site_s_browser_banner_above_the_article_is_furniture() -> None:
    (article,) = parse_articles(
        f"밝은신문\n이 사이트는 최신 브라우저에서 가장 잘 보입니다.\n{ARTICLE}"
    )
    assert article.title == "새들시, 보람전자와 반도체 공장 협약"
    assert article.body == f"{SIGNED_LEAD}\n공장은 2026년 문을 연다."


UPDATES = (
    '시장 "공장 2026년 가동"\n업데이트 2024.06.03 13:10\n'
    "시장은 협약식에서 공장이 2026년 가동된다고 말했다.\n\n"
    '다름식품 대표 "지역 채용 확대"\n업데이트 2024.06.03 16:40\n'
    "다름식품 대표는 지역 채용을 더 늘리겠다고 밝혔다.\n\n"
)


@pytest.mark.parametrize("byline", ["[밝은신문 한가람 기자]\n", ""])
def test_a_live_article_with_no_sign_off_at_its_foot_stays_whole(byline: str) -> None:
    """The second update and the article's last paragraph became an article of their own
    where no sign-off closed the page (review 54b, B1)."""
    page = f"{byline}{FIRST}{UPDATES}시는 공장 부지를 빌려준다.\n"
    (article,) = parse_articles(page)
    assert article.published == PartialDate(2024, 6, 3)
    assert article.reporter == ("한가람" if byline else None)
    assert "다름식품 대표는 지역 채용을" in article.body
    assert article.body.endswith("시는 공장 부지를 빌려준다.")


def test_an_article_signed_on_top_runs_on_through_a_stamped_box() -> None:
    """The box of an older article became an article dated by the box's stamp, and it took
    the article's last paragraph (review 54b, B2)."""
    page = (
        "해온시, 다름식품과 소스 공장 협약\n입력 2024.06.03 09:00\n"
        "[밝은신문 한가람 기자] 해온시는 3일 다름식품과 소스 가공 공장 건립을 위한"
        " 투자협약을 맺었다고 밝혔다.\n\n공장은 2026년 문을 연다.\n\n"
        "해온시, 식품산업 육성 계획 발표\n입력 2023.09.14 10:00\n"
        "해온시는 지난해 9월 식품 기업 스무 곳을 들이겠다고 발표했다.\n\n"
        "시는 공장 부지를 빌려준다.\n"
    )
    (article,) = parse_articles(page)
    assert (article.reporter, article.published) == ("한가람", PartialDate(2024, 6, 3))
    assert "식품 기업 스무 곳" in article.body
    assert article.body.endswith("시는 공장 부지를 빌려준다.")


@pytest.mark.parametrize("closing", ["ⓒ 밝은신문 무단전재 및 재배포 금지\n", ""])
def test_the_page_s_stamp_under_a_kept_schedule_is_its_dateline(closing: str) -> None:
    """The page's stamp under the schedule's last date was read as one more line of the
    schedule: kept in the body, and the article lost its date (review 54b, B3)."""
    page = (
        f"새들시, 보람전자와 청년 인턴 협약\n\n{SIGNED_LEAD}\n\n인턴 모집 일정은 다음과 같다.\n\n"
        f"서류 접수\n2024.08.01\n최종 발표\n2024.08.20\n\n입력 2024.07.04 10:00\n{closing}"
    )
    (article,) = parse_articles(page)
    assert article.published == PartialDate(2024, 7, 4)
    assert article.body.endswith("서류 접수\n2024.08.01\n최종 발표\n2024.08.20")


def test_a_quoted_box_s_stamp_does_not_date_the_article_stamped_at_its_foot() -> None:
    """The box's older stamp came first and dated the article, and its signing with it, a
    year early (review 54b, B2, t14)."""
    page = (
        "해온시, 다름식품과 소스 공장 협약\n"
        "[밝은신문 한가람 기자] 해온시는 3일 다름식품과 소스 가공 공장 건립을 위한"
        " 투자협약을 맺었다고 밝혔다.\n\n공장은 2026년 문을 연다.\n\n"
        "해온시, 식품산업 육성 계획 발표\n입력 2023.09.14 10:00\n"
        "해온시는 지난해 9월 식품 기업 스무 곳을 들이겠다고 발표했다.\n\n"
        "시는 공장 부지를 빌려준다.\n\n입력 2024.06.03 09:00\nⓒ 밝은신문 무단전재 및 재배포 금지\n"
    )
    (article,) = parse_articles(page)
    assert (article.reporter, article.published) == ("한가람", PartialDate(2024, 6, 3))
    assert article.body.endswith("시는 공장 부지를 빌려준다.")


def test_a_copy_under_an_edit_stamp_with_its_own_publication_stamp_below_stays_apart() -> None:
    """A copy printing "수정 …" under its headline and its 입력 line at its end is a copy, not
    an update: reading every piece under an edit stamp as an update merged it (review-b3 p9d)."""
    page = (
        f"{FIRST}라온군, 새길대학과 청년 창업 협약\n수정 2024.06.06 10:00\n"
        f"{SECOND_LEAD}\n\n{SECOND_MORE}\n입력 2024.06.05 14:20\n"
    )
    first, second = parse_articles(page)
    assert "라온군" not in first.body
    assert (second.title, second.published) == (
        "라온군, 새길대학과 청년 창업 협약",
        PartialDate(2024, 6, 5),
    )
