"""A page's text cut before the `<h1>`s heading its articles (`text.headed`): each headline
cut at once, in the page's order, and no line lost (review 57b, 2, 3, 11).

Every text here is our own, written in the style of such pages.
"""

from __future__ import annotations

from mouarchive.text.headed import headed

FIRST = "솔내시, 바람에너지와 풍력단지 협약"
SECOND = "하늘군, 누리대학과 청년 창업 협약"
FIRST_BODY = [
    "솔내시는 3일 바람에너지와 해상 풍력단지 조성을 위한 업무협약을 맺었다고 밝혔다.",
    "단지는 2028년 완공되며 시는 항만 부지를 무상으로 빌려준다.",
]
SECOND_BODY = [
    "하늘군은 5일 누리대학과 청년 창업 지원을 위한 업무협약을 체결했다고 밝혔다.",
    "대학은 창업 강좌를 열고 군은 빈 사무실을 싼값에 빌려준다.",
]


def _cut(lines: list[str], headlines: list[str]) -> list[list[str]]:
    text = "\n".join(lines)
    pieces = headed(text, headlines)
    assert "\n".join(pieces) == text
    return [piece.split("\n") for piece in pieces]


def test_each_headline_heads_its_article() -> None:
    lines = [FIRST, *FIRST_BODY, SECOND, *SECOND_BODY]
    assert _cut(lines, [FIRST, SECOND]) == [[FIRST, *FIRST_BODY], [SECOND, *SECOND_BODY]]


def test_a_headline_printed_twice_on_top_makes_no_article() -> None:
    """The page's title over its first `<h1>`, and the later headline printed twice."""
    lines = [FIRST, FIRST, *FIRST_BODY, SECOND, SECOND, *SECOND_BODY]
    assert _cut(lines, [FIRST, SECOND]) == [lines[:4], lines[4:]]


def test_the_page_s_headlines_listed_at_its_foot_over_a_long_line_make_no_article() -> None:
    """A list of the page's headlines at its foot ("많이 본 뉴스", its heading dropped by the
    reader), then a footer line as long as a paragraph: the list was cut at again, an
    article of the list and the footer under the first headline (review 57b, 3)."""
    foot = [FIRST, SECOND, "바다일보는 솔내시와 하늘군의 소식을 전하는 지역 신문입니다"]
    lines = [FIRST, *FIRST_BODY, SECOND, *SECOND_BODY, *foot]
    assert _cut(lines, [FIRST, SECOND]) == [[FIRST, *FIRST_BODY], [SECOND, *SECOND_BODY, *foot]]


def test_a_card_of_the_next_headline_in_an_article_leaves_its_paragraph_there() -> None:
    """The first article cites the second's headline (a 관련기사 card) and goes on: its last
    paragraph was cut off under the second's headline, an article of its own (review 57b,
    3)."""
    after = "시는 올해 안에 해상 변전소 부지를 정하고 내년 봄 공사에 들어간다."
    top = [FIRST, FIRST_BODY[0], SECOND, after]
    assert _cut([*top, SECOND, *SECOND_BODY], [FIRST, SECOND]) == [top, [SECOND, *SECOND_BODY]]


def test_a_headline_listed_under_a_list_s_heading_is_not_cut_at() -> None:
    """The same card under its heading kept ("관련기사"), the second article's lead telling
    no day: the card is a line of the first article."""
    after = "시는 올해 안에 해상 변전소 부지를 정하고 내년 봄 공사에 들어간다."
    lead = "하늘군과 누리대학이 지역 청년의 창업을 함께 돕기로 했다."
    top = [FIRST, FIRST_BODY[0], "관련기사", SECOND, after]
    assert _cut([*top, SECOND, lead], [FIRST, SECOND]) == [top, [SECOND, lead]]


def test_a_headline_over_a_short_line_heads_a_piece_and_leaves_the_next_its_own() -> None:
    """A photo's headline over its caption between two articles: the next article was cut
    at the photo's headline, its own a line under it (review 57b, 2); then the photo's
    headline and caption were lines of the article above (review 57b, 10)."""
    photo = ["[포토] 별내구 돌봄 협약식", "별내구 협약식 열려"]
    lines = [FIRST, *FIRST_BODY, *photo, SECOND, *SECOND_BODY]
    pieces = _cut(lines, [FIRST, photo[0], SECOND])
    assert pieces == [[FIRST, *FIRST_BODY], photo, [SECOND, *SECOND_BODY]]


def test_a_first_headline_over_a_table_heads_a_piece_of_its_own() -> None:
    """A table's headline first on the page, its rows under it, then an article: the rows
    went under the article's headline, which took the table's as its subtitle."""
    table = ["[표] 솔내시 풍력단지 설치 계획", "| 1단지 | 12기 |", "| 2단지 | 8기 |"]
    assert _cut([*table, SECOND, *SECOND_BODY], [table[0], SECOND]) == [
        table,
        [SECOND, *SECOND_BODY],
    ]


def test_a_last_headline_over_a_caption_heads_a_piece_of_its_own() -> None:
    photo = ["[포토] 하늘군 창업 박람회", "사진=하늘군 제공"]
    lines = [FIRST, *FIRST_BODY, *photo]
    assert _cut(lines, [FIRST, photo[0]]) == [[FIRST, *FIRST_BODY], photo]


def test_no_headlines_cut_nothing() -> None:
    lines = [FIRST, *FIRST_BODY, SECOND, *SECOND_BODY]
    assert _cut(lines, []) == [lines]


def test_a_headline_over_a_press_office_s_lead_heads_its_article() -> None:
    """A digest's second article opens as a province's or a company's release does, its
    subject a bare kind of body and its day ("도는 7일 …"): it was read as a subheading
    pointing back, and the article with its headline went into the one above (review 58b,
    5)."""
    third = ["도는 7일 바다농협과 로컬푸드 직매장 운영을 위한 업무협약을 체결했다고 밝혔다."]
    headline = "하늘도, 바다농협과 로컬푸드 협약"
    lines = [FIRST, *FIRST_BODY, headline, *third, SECOND, *SECOND_BODY]
    assert _cut(lines, [FIRST, headline, SECOND]) == [
        [FIRST, *FIRST_BODY],
        [headline, *third],
        [SECOND, *SECOND_BODY],
    ]


def test_a_headline_over_a_korean_chinese_outlet_s_both_is_a_subheading() -> None:
    """ "량 기관은 …" is "양 기관은 …" as Korean–Chinese outlets spell it: the paragraph goes
    on with the story above, and its `<h1>` cuts nothing (review 58b, 11: the pattern
    written a third time missed the vocabulary's 량)."""
    sub = "연구 인력 서로 보낸다"
    below = "량 기관은 내년부터 연구 인력을 해마다 다섯 명씩 서로 보낸다."
    lines = [FIRST, *FIRST_BODY, sub, below, SECOND, *SECOND_BODY]
    assert _cut(lines, [FIRST, sub, SECOND]) == [
        [FIRST, *FIRST_BODY, sub, below],
        [SECOND, *SECOND_BODY],
    ]
