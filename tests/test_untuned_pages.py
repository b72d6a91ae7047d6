"""Pages from outlets nobody tuned for: their datelines read, their furniture never content.

Every article here is our own, written in the style of such pages.
"""

from __future__ import annotations

import pytest

from mouarchive.inputs import SourceMeta
from mouarchive.models import PartialDate
from mouarchive.preparing import prepare
from mouarchive.text.pipeline import parse_articles

LEAD = "새봄시는 11일 한결대학교와 청년 창업 지원을 위한 업무협약을 체결했다고 12일 밝혔다."
MORE = "이번 협약에 따라 양 기관은 창업 공간을 함께 운영하고 청년 창업가의 교육을 지원하기로 했다."
TITLE = "새봄시, 한결대학교와 청년 창업 지원 업무협약"


def _one(page: str):
    (article,) = parse_articles(page)
    return article


@pytest.mark.parametrize(
    "header",
    [
        "기사입력 2023-10-12 09:32 | 홍길동 기자",
        "기사입력 2023-10-12 09:32 | 홍길동 기자 | 조회수 123",
        "입력 2023.10.12 09:32 ㅣ 홍길동 기자",
        "등록 2023.10.12 09:32 | 수정 2023.10.13 | 홍길동 객원기자",
    ],
)
def test_stamp_and_reporter_on_one_line(header):
    """ "기사입력 … | 홍길동 기자": the stamp dates the article, the rest names its reporter and
    is no subheadline, whatever bar parts them ("ㅣ" too) and whatever counter follows."""
    article = _one(f"{TITLE}\n{header}\n\n{LEAD}\n\n{MORE}\n")
    assert article.published == PartialDate(2023, 10, 12)
    assert article.reporter == "홍길동"
    assert article.title == TITLE
    assert not article.subtitle
    assert article.body.startswith(LEAD)


@pytest.mark.parametrize(
    "header",
    [
        "입력 2019.05.23 ㅣ 수정 2019.05.24 ㅣ 김누리 기자",
        "수정 2019.05.24 ㅣ 입력 2019.05.23 ㅣ 김누리 기자",
        "입력 2019.05.23 | 수정 2019.05.24 | 김누리 객원기자",
    ],
)
def test_published_stamp_not_edited_one_beside_the_reporter(header):
    """A header's stamps and reporter set apart by a "ㅣ" bar, in either order, or a role's
    prefix before "기자": the publication date and the reporter's name, no subheadline."""
    article = _one(f"{TITLE}\n{header}\n\n{LEAD}\n\n{MORE}\n")
    assert article.published == PartialDate(2019, 5, 23)
    assert article.reporter == "김누리"
    assert not article.subtitle


SUN_TITLE = "맑은시, 누리에너지와 태양광 보급 협약"
SUN_LEAD = "맑은시는 12일 누리에너지와 공공건물 태양광 보급을 위한 업무협약을 체결했다."
SUN_MORE = "양측은 2025년까지 공공건물 30곳에 태양광 설비를 설치하기로 했다."


def test_bare_stamp_heading_the_page_is_its_dateline():
    """A date and its clock in parentheses alone on the page's first line, as broadcasters
    print it: the article's date, and neither its title nor a subheadline."""
    article = _one(f"2023.10.12 (20:05)\n{SUN_TITLE}\n\n{SUN_LEAD}\n\n{SUN_MORE}\n")
    assert article.published == PartialDate(2023, 10, 12)
    assert article.title == SUN_TITLE
    assert not article.subtitle


def test_stamp_in_a_sentence_or_a_list_of_other_articles_dates_nothing():
    """The same shape in a sentence is what the story tells; under "관련기사", each headline's
    stamp is another article's."""
    told = f"{SUN_LEAD} 앞서 시는 2021.03.04 20:05 시의회 의결을 거쳤다."
    related = (
        "관련기사\n맑은시, 수소버스 도입 협약\n2021.03.04 20:05\n"
        "맑은시, 전기차 충전소 확충\n2022.07.01 (10:15)\n"
    )
    article = _one(f"{SUN_TITLE}\n\n{told}\n\n{SUN_MORE}\n\n{related}")
    assert article.published is None
    assert article.body == f"{told}\n{SUN_MORE}"


OTHERS = (
    "맑은시, 수소버스 도입 협약\n2021.03.04 20:05\n맑은시, 전기차 충전소 확충\n2022.07.01 (10:15)\n"
)


@pytest.mark.parametrize(
    ("head", "published"),
    [("", None), ("2023.10.12 (20:05)\n", PartialDate(2023, 10, 12))],
    ids=["undated article", "dated article"],
)
def test_headlines_listed_each_with_its_date_and_no_heading(head, published):
    """Other articles listed under the story a headline and its stamp each, no heading over
    them: their stamps date nothing, and their headlines are no body."""
    article = _one(f"{head}{SUN_TITLE}\n\n{SUN_LEAD}\n\n{SUN_MORE}\n\n{OTHERS}")
    assert article.published == published
    assert article.body == f"{SUN_LEAD}\n{SUN_MORE}"


CARE_TITLE = "한빛구, 다온복지관과 돌봄 협약"
CARE_BODY = (
    "한빛구는 5일 다온복지관과 어르신 돌봄 서비스 확대를 위한 업무협약을 체결했다고 6일 밝혔다.\n"
    "협약에 따라 복지관은 홀로 사는 어르신 200명에게 안부 확인 서비스를 제공한다."
)
LINKS = "이전글 한빛구, 도서관 야간 개방 시범 운영\n다음글 ▶ 한빛구의회, 예산안 심사 나선다"


@pytest.mark.parametrize(
    "page",
    [
        f"{CARE_TITLE}\n\n{CARE_BODY}\n\n{LINKS}\n",
        f"{LINKS}\n{CARE_TITLE}\n\n{CARE_BODY}\n",
        f"{CARE_TITLE}\n\n{CARE_BODY}\n\n이전기사 / 다음기사\n한빛구, 청소년 문화센터 개관\n"
        "한빛구의회, 예산안 심사 돌입\n\n"
        "댓글 많은 뉴스\n겨울시, 체육관 건립 확정\n봄군, 귀농 지원 확대\n",
    ],
    ids=["links after the body", "links above the title", "a bar of links, then a list"],
)
def test_links_to_the_previous_and_next_article_are_furniture(page):
    """Another article's headline after "이전글", "다음글" or under a "이전기사 / 다음기사" bar,
    and a list under "댓글 많은 뉴스", is neither this article's title nor its body, nor an
    article of its own."""
    article = _one(page)
    assert article.title == CARE_TITLE
    assert not article.subtitle
    assert article.body == CARE_BODY


def test_a_name_opened_by_a_links_label_is_no_link():
    """ "다음글로벌" is a company's name, not the label "다음글"."""
    title = "다음글로벌, 한빛구와 돌봄 협약"
    article = _one(f"{title}\n\n{CARE_BODY}\n")
    assert article.title == title


CARE2_TITLE = "새솔시, 한울병원과 의료 협력 협약"
CARE2_SUB = "응급의료 체계 함께 만든다"
CARE2_BODY = (
    "새솔시는 3일 한울병원과 응급의료 협력 체계 구축을 위한 업무협약을 체결했다.\n"
    "협약에 따라 병원은 야간 응급 진료를 확대하고 시는 운영비를 지원한다."
)
PORTAL_PICK = (
    "언론사 PICK\n언론사가 선정한 주요기사 혹은 심층기획 기사입니다. "
    "네이버 메인에서 보고 싶은 언론사를 구독하세요."
)


@pytest.mark.parametrize(
    "page",
    [
        f"{CARE2_TITLE}\n{PORTAL_PICK}\n{CARE2_SUB}\n\n{CARE2_BODY}\n",
        f"{CARE2_TITLE}\n한솔일보 구독하기\n{CARE2_SUB}\n\n{CARE2_BODY}\n",
        f"{CARE2_TITLE}\n{CARE2_SUB}\nTranslated by Hansol AI\n\n{CARE2_BODY}\n",
        "{}\n{}\n\n{}\n\nTranslated by 한솔 기계번역\n\n{}\n".format(
            CARE2_TITLE, CARE2_SUB, *CARE2_BODY.split("\n")
        ),
        f"{CARE2_TITLE}\n\n※ 본문 글자 크기 조정\n\n  • 작게\n  • 보통\n  • 크게\n\n"
        f"※ 번역할 언어 선택\n\n{CARE2_SUB}\n\n{CARE2_BODY}\n",
    ],
    ids=[
        "portal pick and its note",
        "subscribe button under the headline",
        "translation",
        "mid-body",
        "translation and size menus",
    ],
)
def test_portal_and_translation_marks_are_furniture(page):
    """A portal's "언론사 PICK" and its note, its "구독" button, a machine translation's
    "Translated by …" line, a site's menus for the text's language and size: neither
    subheadline nor body."""
    article = _one(page)
    assert article.title == CARE2_TITLE
    assert article.subtitle == CARE2_SUB
    assert article.body == CARE2_BODY


def test_a_headline_about_translation_stays():
    """Only a line that opens with a translator's credit is one."""
    title = "새솔시, 번역 기업과 협약…Translated by 새솔 브랜드 출시"
    assert _one(f"{title}\n\n{CARE2_BODY}\n").title == title


ART_TITLE = "도담시, 콘텐츠진흥원과 저작권 보호 협약"
ART_BODY = (
    "도담시는 8일 콘텐츠진흥원과 지역 창작자의 저작권 보호를 위한 업무협약을 체결했다.\n"
    "양 기관은 Copyright 표시 캠페인을 함께 벌이고 무단전재 및 재배포 금지 안내문을 배포한다.\n"
    "저작권 보호를 위한 업무협약을 체결했다는 소식에 창작자들은 반가움을 표했다."
)


@pytest.mark.parametrize(
    "footer",
    [
        "Copyright by 도담일보\n무단전재 및 재배포 금지",
        "Copyright by 도담일보. 무단전재 및 재배포 금지",
    ],
)
def test_copyright_footer_goes_but_sentences_about_copyright_stay(footer):
    """The page's notice closes it and names its outlet; the article's sentences that tell of
    copyright, its marks and "무단전재" stay in the body, and name no outlet."""
    article = _one(f"{ART_TITLE}\n\n{ART_BODY}\n\n{footer}\n\n관련기사\n도담시, 웹툰 축제 개최\n")
    assert article.body == ART_BODY
    assert article.outlet == "도담일보"


def test_a_sentence_about_copyright_names_no_outlet():
    assert _one(f"{ART_TITLE}\n\n{ART_BODY}\n").outlet is None


@pytest.mark.parametrize(
    "subheadline",
    ["Copyright 보호 캠페인 공동 추진", "웹툰 무단전재 막는 공동 대응 체계"],
)
def test_a_subheadline_about_copyright_stays(subheadline):
    """The words a notice uses, in a subheadline that tells of them: the subheadline stays,
    names no outlet, and opens no footer."""
    footer = "Copyright by 도담일보. 무단전재 및 재배포 금지"
    article = _one(f"{ART_TITLE}\n{subheadline}\n\n{ART_BODY}\n\n{footer}\n")
    assert article.subtitle == subheadline
    assert article.body == ART_BODY
    assert article.outlet == "도담일보"


@pytest.mark.parametrize("stamp", ["", "2023.10.12 20:05\n"])
def test_a_list_saved_above_the_article_keeps_its_headline(stamp):
    """A sidebar's "많이 본 뉴스" saved above the article: its headlines go, the article's own
    over its lead (and its dateline) stays the title."""
    sidebar = "많이 본 뉴스\n1 여름시, 관광 활성화 협약 체결\n2 가을군, 농산물 직거래 장터 열어\n"
    article = _one(f"{sidebar}\n{CARE_TITLE}\n{stamp}\n{CARE_BODY}\n")
    assert article.title == CARE_TITLE
    assert article.body == CARE_BODY


def _saved_page(stamp: str) -> bytes:
    """A saved page: a broadcaster's stamp over the headline, or none, and other articles
    listed under the story each with its stamp."""
    others = "".join(f"<p>{line}</p>" for line in OTHERS.strip().split("\n"))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{SUN_TITLE}</title>
</head><body><div class="head">{stamp}<h1>{SUN_TITLE}</h1></div>
<div class="article"><p>{SUN_LEAD}</p><p>{SUN_MORE}</p></div>
<div class="box">{others}</div></body></html>""".encode()


@pytest.mark.parametrize(
    ("stamp", "published"),
    [('<span class="time">2023.10.12 (20:05)</span>', "2023-10-12"), ("", None)],
)
def test_a_saved_page_is_dated_by_its_own_stamp_not_its_list(stamp, published):
    ((article, _, _),) = prepare(_saved_page(stamp), SourceMeta(), "page.html").articles
    assert (article.published.iso if article.published else None) == published
    assert article.body == f"{SUN_LEAD}\n{SUN_MORE}"


def test_copies_each_dated_by_the_stamp_above_its_headline():
    """Two copies pasted one after another, each with its bare stamp over its headline: each
    keeps its own date, the second's stamp never read as the end of the first."""
    first = f"2023.10.12 (20:05)\n{SUN_TITLE}\n\n{SUN_LEAD}\n\n{SUN_MORE}\n\n홍길동 기자"
    second = f"2023.11.02 (09:10)\n{CARE_TITLE}\n\n{CARE_BODY}\n\n김누리 기자"
    articles = parse_articles(f"{first}\n\n{second}\n")
    assert [(a.title, a.published) for a in articles] == [
        (SUN_TITLE, PartialDate(2023, 10, 12)),
        (CARE_TITLE, PartialDate(2023, 11, 2)),
    ]


def test_own_bottom_stamp_and_reporter_stay_over_a_dated_list():
    """The article signed by its reporter, its own stamp under the sign-off, and then other
    headlines each with its date: the sign-off is no listed headline, so the article keeps
    its reporter and its date, and the list still goes."""
    article = _one(
        f"{SUN_TITLE}\n\n{SUN_LEAD}\n\n{SUN_MORE}\n\n홍길동 기자\n2023.10.12 20:05\n\n{OTHERS}"
    )
    assert (article.published, article.reporter) == (PartialDate(2023, 10, 12), "홍길동")
    assert article.body == f"{SUN_LEAD}\n{SUN_MORE}"


@pytest.mark.parametrize(
    "schedule",
    [
        "1차 협약식\n2023.10.12 (14:00)\n2차 협약식\n2023.10.19 (14:00)",
        "설계 착수\n2024.02.01\n준공식\n2025.06.30",
        "시범 운영\n2024.03.04",
    ],
    ids=["with clocks", "dates alone", "one event"],
)
def test_a_schedule_in_the_body_is_no_list_of_other_articles(schedule):
    """Events listed each with its date between the body's paragraphs: a schedule, whose
    names and dates both stay in the body, in order."""
    article = _one(f"{SUN_TITLE}\n2023.09.20 (11:30)\n\n{SUN_LEAD}\n\n{schedule}\n\n{SUN_MORE}")
    assert article.body == f"{SUN_LEAD}\n{schedule}\n{SUN_MORE}"
    assert article.published == PartialDate(2023, 9, 20)


def test_an_undated_article_takes_no_date_from_its_schedule():
    """Without a dateline of its own, an article is not dated by the steps its body lists:
    "2024.04.01" between two paragraphs is when the work starts, not when the story ran."""
    schedule = "실시 설계\n2024.04.01\n착공\n2024.10.15"
    article = _one(f"{SUN_TITLE}\n\n{SUN_LEAD}\n\n{schedule}\n\n{SUN_MORE}\n\n홍길동 기자")
    assert article.published is None
    assert article.body == f"{SUN_LEAD}\n{schedule}\n{SUN_MORE}"


@pytest.mark.parametrize(
    ("schedule", "after"),
    [
        ("착공\n2024.08.01\n시범 운행\n2025.01.15\n정식 개통\n2025.07.01", "\n\n홍길동 기자"),
        ("1차 설명회\n2024.05.20 14:00\n2차 설명회\n2024.06.03 14:00", ""),
    ],
    ids=["before the sign-off", "closing the page"],
)
def test_a_schedule_that_ends_the_body_stays(schedule, after):
    """Events each with its date ending the body, the reporter's sign-off under them or the
    page's end: a schedule, names and dates, not a list of other articles, whose items read
    as headlines ("맑은시, 수소버스 도입 협약")."""
    intro = "사업 추진 일정은 다음과 같다."
    article = _one(
        f"{SUN_TITLE}\n2023.10.12 (20:05)\n\n{SUN_LEAD}\n\n{intro}\n\n{schedule}{after}\n"
    )
    assert article.body == f"{SUN_LEAD}\n{intro}\n{schedule}"
    assert article.published == PartialDate(2023, 10, 12)


@pytest.mark.parametrize(
    "closing",
    [
        "맑은일보\n2023.10.12 20:05",
        "사진=맑은시 제공\n2023.10.12 20:05",
        "저작권자 © 맑은일보\n2023.10.12",
    ],
    ids=["the outlet's name", "a credit", "a copyright line"],
)
def test_a_stamp_closing_the_copy_over_its_sign_off_dates_it(closing):
    """One date under the outlet's name, a photo credit or a copyright line, the reporter
    signing under it: the copy's own dateline, not a schedule of one event."""
    article = _one(f"{SUN_TITLE}\n\n{SUN_LEAD}\n\n{SUN_MORE}\n\n{closing}\n홍길동 기자\n")
    assert (article.published, article.reporter) == (PartialDate(2023, 10, 12), "홍길동")
    assert "2023.10.12" not in article.body


def _saved_schedule(schedule: str) -> bytes:
    """A saved page whose body prints a schedule as `schedule` (a list or a table), the
    reporter and the stamp under it, and a sidebar of other articles above the headline."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{CARE_TITLE}</title>
</head><body><div class="side"><h3>최신 뉴스</h3><table><tr><td>한빛구, 경로당 냉방 지원</td>
<td>2023.09.01 10:00</td></tr><tr><td>한빛구의회, 임시회 개회</td><td>2023.09.02 11:00</td>
</tr></table></div><h1>{CARE_TITLE}</h1><div class="art"><p>{CARE_BODY.split(chr(10))[0]}</p>
<p>서비스 확대 일정은 다음과 같다.</p>{schedule}<p>김누리 기자</p><p>입력 2023.09.05 10:20</p>
</div></body></html>""".encode()


@pytest.mark.parametrize(
    "schedule",
    [
        "<ul><li>안부 전화<br>2023.10.02</li><li>방문 돌봄<br>2023.11.01</li></ul>",
        "<table><tr><td>안부 전화</td></tr><tr><td>2023.10.02</td></tr><tr><td>방문 돌봄</td></tr>"
        "<tr><td>2023.11.01</td></tr></table>",
    ],
    ids=["list items with a break", "a one-column table"],
)
def test_a_saved_pages_schedule_before_the_byline_stays(schedule):
    """The same schedule saved as a list of items each broken in two, or as a table of one
    column: the events and their dates stay in the body, and the page is dated by its own
    stamp, never the sidebar's."""
    ((article, _, _),) = prepare(_saved_schedule(schedule), SourceMeta(), "page.html").articles
    assert article.published == PartialDate(2023, 9, 5)
    assert article.reporter == "김누리"
    assert article.body.endswith("다음과 같다.\n안부 전화\n2023.10.02\n방문 돌봄\n2023.11.01")


def test_copies_each_signed_with_a_bare_stamp_stay_apart():
    """Two copies pasted one after another, each closing with its reporter and a bare stamp
    or printing it under its headline: two articles, each with its own date and headline."""
    first = f"{SUN_TITLE}\n\n{SUN_LEAD}\n\n{SUN_MORE}\n\n홍길동 기자\n2023.10.12 20:05"
    second = f"{CARE_TITLE}\n2023.11.02 09:10\n\n{CARE_BODY}\n\n김누리 기자"
    articles = parse_articles(f"{first}\n\n{second}\n")
    assert [(a.title, a.published, a.reporter) for a in articles] == [
        (SUN_TITLE, PartialDate(2023, 10, 12), "홍길동"),
        (CARE_TITLE, PartialDate(2023, 11, 2), "김누리"),
    ]


def _listed_pairs_page(count: int) -> str:
    pairs = "".join(
        f"새봄시 소식 {n}호 지역 협약 안내\n2023.{n % 12 + 1:02d}.{n % 28 + 1:02d} 10:00\n"
        for n in range(count)
    )
    return f"{SUN_TITLE}\n2023.10.12 20:05\n\n{SUN_LEAD}\n\n{SUN_MORE}\n\n{pairs}"


def test_many_listed_pairs_read_in_one_pass():
    """A page of thousands of headlines each with its bare date under one article: read in
    time that grows with the page, not with its square (a rescan per date took minutes).

    Told by the time of a page sixteen times the size of another, in the process's own
    time, so that neither a slow machine nor a busy one fails it: sixteen times the time, or
    twice that, where a rescan per date takes two hundred and fifty-six."""
    import time

    def seconds(count: int) -> float:
        started = time.process_time()
        article = _one(_listed_pairs_page(count))
        assert article.published == PartialDate(2023, 10, 12)
        assert article.body == f"{SUN_LEAD}\n{SUN_MORE}"
        return time.process_time() - started

    small = seconds(500)
    assert seconds(8000) < 32 * small + 1


def test_a_labelled_stamp_closing_a_copy_stays_with_it():
    """The first copy closes with "기사입력 …" under its reporter, the second prints "입력 …"
    under its headline: each copy keeps its own date."""
    first = f"{SUN_TITLE}\n\n{SUN_LEAD}\n\n{SUN_MORE}\n\n홍길동 기자\n기사입력 2023.10.12 20:05"
    second = f"{CARE_TITLE}\n입력 2023.11.02 09:10\n\n{CARE_BODY}"
    articles = parse_articles(f"{first}\n\n{second}\n")
    assert [a.published for a in articles] == [PartialDate(2023, 10, 12), PartialDate(2023, 11, 2)]


def _page_with(head: str) -> bytes:
    """A saved page with `head` set before the headline: its date is read from the page's text."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{SUN_TITLE}</title>
</head><body>{head}<h1>{SUN_TITLE}</h1><div class="article"><p>{SUN_LEAD}</p>
<p>{SUN_MORE}</p></div></body></html>""".encode()


@pytest.mark.parametrize(
    ("head", "published"),
    [
        (
            '<ul class="info"><li>최종수정</li><li>2023.10.20 10:00</li>'
            "<li>기사입력</li><li>2023.10.12 09:00</li></ul>",
            PartialDate(2023, 10, 12),
        ),
        (
            '<div class="side"><h3>많이 본 뉴스</h3><ul><li>누리군, 관광 협약<br>2023.09.01 10:00'
            "</li><li>누리구, 도서관 개관<br>2023.09.02 11:00</li></ul></div>",
            None,
        ),
    ],
    ids=["label and date in cells", "sidebar with dates"],
)
def test_a_saved_page_is_dated_by_its_labelled_cells_never_a_sidebar(head, published):
    """A label in one cell and its date in the next read as one labelled stamp, the first
    publication beating the last edit; a sidebar's dated items date nothing."""
    ((article, _, _),) = prepare(_page_with(head), SourceMeta(), "page.html").articles
    assert article.published == published


def test_a_table_of_stamps_under_the_headline_is_no_subheadline():
    """A saved page's info box under the headline, a label in one cell and its date in the
    next ("기사입력" | "2023.10.12 09:00"): the page's stamps, which date it, never its
    subheadline; a table of dates in the body stays."""
    info = (
        '<table class="info"><tr><td>최종수정</td><td>2023.10.20 10:00</td></tr>'
        "<tr><td>기사입력</td><td>2023.10.12 09:00</td></tr></table>"
    )
    table = (
        "<table><tr><td>2023.11.01</td><td>창업 공간 개소</td></tr>"
        "<tr><td>2024.03.02</td><td>교육 과정 개강</td></tr></table>"
    )
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{SUN_TITLE}</title>
</head><body><h1>{SUN_TITLE}</h1>{info}<div class="article"><p>{SUN_LEAD}</p>{table}
<p>{SUN_MORE}</p></div></body></html>""".encode()
    ((article, _, _),) = prepare(page, SourceMeta(), "page.html").articles
    assert article.published == PartialDate(2023, 10, 12)
    assert not article.subtitle
    assert "| 2023.11.01 | 창업 공간 개소 |" in article.body


def test_a_copy_after_the_first_copys_related_list_keeps_its_headline_and_date():
    """The first copy ends with its "관련기사" list, the second opens with its bare stamp over
    its headline: the list ends there, and the second copy keeps its headline and date."""
    first = (
        f"2023.10.12 (20:05)\n{SUN_TITLE}\n\n{SUN_LEAD}\n\n{SUN_MORE}\n\n홍길동 기자\n\n"
        "관련기사\n맑은시, 수소버스 20대 도입\n맑은시, 전기차 충전기 확충"
    )
    second = f"2023.11.02 (09:10)\n{CARE_TITLE}\n\n{CARE_BODY}\n\n김누리 기자"
    articles = parse_articles(f"{first}\n\n{second}\n")
    assert [(a.title, a.published) for a in articles] == [
        (SUN_TITLE, PartialDate(2023, 10, 12)),
        (CARE_TITLE, PartialDate(2023, 11, 2)),
    ]


@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["stamp right under", "a blank between"])
def test_a_copy_under_its_own_stamp_after_a_related_list_keeps_its_headline(gap):
    """The first copy signed and followed by its "관련기사" list, the second printing its bare
    stamp under its headline: the list ends at that headline, which stays the second copy's
    title, and the stamp dates it."""
    first = (
        f"{SUN_TITLE}\n입력 2023.10.12 20:05\n\n{SUN_LEAD}\n\n{SUN_MORE}\n\n홍길동 기자\n\n"
        "관련기사\n맑은시, 수소버스 20대 도입\n2023.09.01 10:00\n맑은시, 전기차 충전기 확충\n"
        "2023.08.14 09:30"
    )
    second = f"{CARE_TITLE}{gap}2023.11.02\n{CARE_BODY}\n\n김누리 기자"
    articles = parse_articles(f"{first}\n\n{second}\n")
    assert [(a.title, a.published, a.body) for a in articles] == [
        (SUN_TITLE, PartialDate(2023, 10, 12), f"{SUN_LEAD}\n{SUN_MORE}"),
        (CARE_TITLE, PartialDate(2023, 11, 2), CARE_BODY),
    ]


def test_a_related_box_inside_the_body_ends_no_article():
    """A "관련기사" box set between the body's paragraphs, before the reporter signs: its
    dated headline goes, and the prose after it stays the same article's."""
    more = "시는 내년까지 수소버스를 50대로 늘리고 충전소도 두 곳 더 짓기로 했다고 덧붙였다."
    box = "관련기사\n맑은시, 수소버스 20대 도입\n2023.09.01 10:00"
    article = _one(
        f"{SUN_TITLE}\n입력 2023.10.12 20:05\n\n{SUN_LEAD}\n\n{box}\n\n{more}\n\n홍길동 기자\n"
    )
    assert article.body == f"{SUN_LEAD}\n{more}"
