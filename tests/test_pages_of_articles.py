"""A saved page that prints several articles, each under its own `<h1>`: every article comes
out whole, under its own headline and with its own date (review 54b, B5, B6, B7, B12, S3).

Every page here is our own, written in the style of such pages.
"""

from __future__ import annotations

import pytest

from mouarchive.inputs import SourceMeta
from mouarchive.models import PartialDate
from mouarchive.preparing import prepare
from mouarchive.text.photo_items import untagged

LEADS = {
    "솔내시, 바람에너지와 풍력단지 협약": (
        "솔내시는 3일 바람에너지와 해상 풍력단지 조성을 위한 업무협약을 맺었다고 밝혔다."
    ),
    "하늘군, 누리대학과 청년 창업 협약": (
        "하늘군은 5일 누리대학과 청년 창업 지원을 위한 업무협약을 체결했다고 밝혔다."
    ),
    "별내구, 온새병원과 돌봄 협약": (
        "별내구는 3일 온새병원과 어르신 돌봄을 위한 협약을 맺었다고 밝혔다."
    ),
    "푸른시, 한결물류와 물류센터 협약": (
        "푸른시는 9일 한결물류와 물류센터 건립을 위한 투자협약을 맺었다고 밝혔다."
    ),
}
HEADLINES = list(LEADS)
REPORTERS = ("문가온", "서하람", "이도담")


def _page(body: str, title: str = "오늘의 지역 소식") -> bytes:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body>{body}</body></html>"
    ).encode()


def _articles(page: bytes) -> list:
    return [article for article, _, _ in prepare(page, SourceMeta(), "page.html").articles]


def test_each_article_of_a_page_wrapped_in_article_elements_is_read() -> None:
    """trafilatura took the first `<article>` for the page's text: the others were lost
    whole, and the page was titled with its `<title>` (B5, S3)."""
    blocks = "".join(
        f"<article><h1>{headline}</h1><p>입력 2024.05.0{day} 10:00</p><p>{LEADS[headline]}</p>"
        f"<p>사업비는 모두 {day}00억원이다.</p><p>{reporter} 기자</p></article>"
        for headline, day, reporter in zip(HEADLINES[:3], (3, 5, 7), REPORTERS, strict=True)
    )
    articles = _articles(_page(blocks))
    assert [article.title for article in articles] == HEADLINES[:3]
    assert [article.published for article in articles] == [
        PartialDate(2024, 5, day) for day in (3, 5, 7)
    ]
    assert [article.reporter for article in articles] == list(REPORTERS)


def test_a_later_articles_stamp_in_a_list_of_terms_dates_it_under_its_headline() -> None:
    """The second `<h1>` over a `<dl class="info">` stamp had no kept line next to it: the
    article lost its headline and took the first one's date (B6)."""
    blocks = "".join(
        f'<div class="view"><h1>{headline}</h1><dl class="info"><dt>입력</dt>'
        f"<dd>2024.05.0{day} 10:00</dd></dl><p>{LEADS[headline]}</p>"
        f"<p>사업비는 모두 {day}00억원이다.</p><p>{reporter} 기자</p></div>"
        for headline, day, reporter in zip(HEADLINES[:2], (3, 5), REPORTERS[:2], strict=True)
    )
    first, second = _articles(_page(blocks, "한결일보"))
    assert (first.title, first.published) == (HEADLINES[0], PartialDate(2024, 5, 3))
    assert (second.title, second.published) == (HEADLINES[1], PartialDate(2024, 5, 5))
    assert second.reporter == "서하람"


def test_a_list_of_terms_under_a_table_keeps_its_dates() -> None:
    """The text before the `<dl>` was the table's last cell, which trafilatura keeps inside
    its row ("| 착공 | 2024.09.02 |"): the `<dl>` was lost whole (B12)."""
    blocks = "".join(
        f"<h1>{headline}</h1><p>{LEADS[headline]}</p>"
        f"<table><tr><td>착공</td><td>2024.09.0{day}</td></tr></table>"
        f"<dl><dt>완공</dt><dd>2026.03.0{day}</dd></dl>"
        f"<p>{reporter} 기자 · 입력 2024.05.0{day} 10:00</p>"
        for headline, day, reporter in zip(HEADLINES[:2], (3, 5), REPORTERS[:2], strict=True)
    )
    first, second = _articles(_page(blocks))
    assert first.body.splitlines()[-2:] == ["완공", "2026.03.03"]
    assert second.body.splitlines()[-2:] == ["완공", "2026.03.05"]
    assert (second.title, second.published) == (HEADLINES[1], PartialDate(2024, 5, 5))


def test_a_sign_off_printed_again_by_a_later_article_stays_with_it() -> None:
    """trafilatura keeps a line the page prints twice once: the third article's sign-off,
    word for word the first's, went missing, and the fourth article's headline with it, so
    the third took the fourth's text and date (B7)."""
    days = (3, 5, 3, 9)
    blocks = "".join(
        f"<h1>{headline}</h1><p>{LEADS[headline]}</p><p>문가온 기자 · 입력 2024.05.0{day} 10:00</p>"
        for headline, day in zip(HEADLINES, days, strict=True)
    )
    articles = _articles(_page(blocks))
    assert [article.title for article in articles] == HEADLINES
    assert [article.published for article in articles] == [
        PartialDate(2024, 5, day) for day in days
    ]
    assert [article.body for article in articles] == list(LEADS.values())


def test_a_paragraph_two_articles_print_word_for_word_stays_in_both() -> None:
    """With no container it knew, trafilatura recovered the page block by block and kept a
    block printed twice once: the second article lost its paragraph (B7, M1)."""
    same = "협약식에는 지역 주민 대표 20여 명이 함께했다."
    blocks = "".join(
        f"<h1>{headline}</h1><p>{LEADS[headline]}</p><p>{same}</p>"
        f"<p>문가온 기자 · 입력 2024.05.0{day} 10:00</p>"
        for headline, day in zip(HEADLINES[:2], (3, 5), strict=True)
    )
    first, second = _articles(_page(blocks))
    assert first.body == f"{LEADS[HEADLINES[0]]}\n{same}"
    assert second.body == f"{LEADS[HEADLINES[1]]}\n{same}"


@pytest.mark.parametrize("wrapper", ["", "article"])
def test_articles_printed_with_no_stamp_or_sign_off_are_each_under_its_h1(wrapper: str) -> None:
    """Two `<h1>` articles of a lead and a paragraph each, one after another or each in an
    `<article>`, no stamp, sign-off or copyright line between them: two articles, each under
    its own headline. They were one, the second headline a line of its body (review 56b,
    8)."""
    more = ("단지는 2028년 완공된다.", "대학은 창업 강좌를 열고 군은 사무실을 빌려준다.")
    opens, closes = (f"<{wrapper}>", f"</{wrapper}>") if wrapper else ("", "")
    blocks = "".join(
        f"{opens}<h1>{headline}</h1><p>{LEADS[headline]}</p><p>{paragraph}</p>{closes}"
        for headline, paragraph in zip(HEADLINES[:2], more, strict=True)
    )
    first, second = _articles(
        _page(f"<div>{blocks}<p>ⓒ 바다일보 무단전재 및 재배포 금지</p></div>")
    )
    assert (first.title, first.body) == (HEADLINES[0], f"{LEADS[HEADLINES[0]]}\n{more[0]}")
    assert (second.title, second.body) == (HEADLINES[1], f"{LEADS[HEADLINES[1]]}\n{more[1]}")
    assert first.outlet == second.outlet == "바다일보"


@pytest.mark.parametrize(
    ("wrapper", "title"),
    [
        ("div", HEADLINES[0]),
        ("article", HEADLINES[0]),
        ("div", "솔내시 앞바다에 풍력단지 들어선다 - 바다일보"),
    ],
)
def test_an_h1_subheading_of_the_one_article_its_title_names_cuts_nothing(
    wrapper: str, title: str
) -> None:
    """One article titled in `<title>` by its `<h1>` (or otherwise), a second `<h1>` a
    subheading of its body, signed at the foot: one article, the subheading and the
    paragraph under it ("시는 …") its body's, the reporter its own. It was cut there into an
    article of that one paragraph, which took the sign-off (review 57b, 1), and still was
    where the `<title>` is not the `<h1>`."""
    headline = HEADLINES[0]
    below = "시는 올해 안에 해상 변전소 부지를 정하고 내년 봄 공사에 들어간다."
    body = (
        f"<h1>{headline}</h1><p>{LEADS[headline]}</p><p>단지는 2028년 완공된다.</p>"
        f"<h1>올해 안에 변전소 부지 확정</h1><p>{below}</p>"
        "<p>문가온 기자 gaon@solnae.example.kr</p>"
    )
    page = _page(f"<{wrapper}>{body}</{wrapper}><p>ⓒ 바다일보 무단전재 및 재배포 금지</p>", title)
    (article,) = _articles(page)
    assert article.title == headline
    assert article.body.split("\n")[-2:] == ["올해 안에 변전소 부지 확정", below]
    assert article.reporter == "문가온"


def test_an_h1_broken_by_a_br_is_one_headline() -> None:
    """Two `<h1>` articles, each headline broken over two lines by a `<br>`: each article
    under its headline, a space where the break was, and no line of the second in the
    first's body. The halves ran together ("…바람에너지와풍력단지 …"), and the second headline,
    found nowhere as one line, was glued to a paragraph printed again in the first article
    (review 57b, 10)."""
    halves = [headline.split(" ", 2) for headline in HEADLINES[:2]]
    broken = [f"{one} {two}<br>{rest}" for one, two, rest in halves]
    more = ("단지는 2028년 완공된다.", "대학은 창업 강좌를 열고 군은 사무실을 빌려준다.")
    blocks = "".join(
        f"<h1>{headline}</h1><p>{LEADS[plain]}</p><p>{paragraph}</p>"
        for headline, plain, paragraph in zip(broken, HEADLINES[:2], more, strict=True)
    )
    first, second = _articles(
        _page(f"<div>{blocks}<p>ⓒ 바다일보 무단전재 및 재배포 금지</p></div>")
    )
    assert (first.title, first.body) == (HEADLINES[0], f"{LEADS[HEADLINES[0]]}\n{more[0]}")
    assert (second.title, second.body) == (HEADLINES[1], f"{LEADS[HEADLINES[1]]}\n{more[1]}")


def test_a_paragraph_under_a_sign_off_inside_an_article_element_stays_in_it() -> None:
    """Two `<article>`s, the second signed after its lead and going on under the sign-off:
    that last paragraph was dropped as a stray teaser, and the article ended at its lead
    (review 57b, 9)."""
    more = "대학은 창업 강좌를 열고 군은 빈 점포를 사무실로 빌려준다."
    blocks = (
        f"<article><h1>{HEADLINES[0]}</h1><p>{LEADS[HEADLINES[0]]}</p>"
        "<p>단지는 2028년 완공된다.</p></article>"
        f"<article><h1>{HEADLINES[1]}</h1><p>{LEADS[HEADLINES[1]]}</p>"
        f"<p>서하람 기자</p><p>{more}</p></article>"
    )
    first, second = _articles(
        _page(f"<main>{blocks}<p>ⓒ 바다일보 무단전재 및 재배포 금지</p></main>")
    )
    assert first.title == HEADLINES[0]
    assert (second.title, second.reporter) == (HEADLINES[1], "서하람")
    assert second.body == f"{LEADS[HEADLINES[1]]}\n{more}"


def test_an_english_page_of_two_h1_articles_titles_the_first_by_its_own() -> None:
    """No sentence ends in Korean, so the page's headline was not found and the first
    article took the `<title>` ("Local news"), its own headline a subtitle (review 57b,
    10)."""
    headlines = ["Solnae City signs wind farm pact", "Haneul County backs student start-ups"]
    leads = [
        "Solnae City signed an agreement with Baram Energy on May 3 for an offshore wind farm.",
        "Haneul County signed a memorandum with Nuri College on May 5 to fund new start-ups.",
    ]
    blocks = "".join(
        f"<h1>{headline}</h1><p>{lead}</p><p>More details will follow next month</p>"
        for headline, lead in zip(headlines, leads, strict=True)
    )
    first, second = _articles(_page(f"<div>{blocks}</div>", "Local news"))
    assert (first.title, first.subtitle) == (headlines[0], None)
    assert second.title == headlines[1]
    assert first.body.startswith(leads[0])


def test_h1_articles_whose_prose_ends_no_sentence_are_titled_and_not_repeated() -> None:
    """Prose printed without full stops ("… 손을 잡았다"): every line looked like a headline,
    so the first article was titled with the page's `<title>` and each body opened with its
    headline printed again (review 57b, 10)."""
    prose = [
        ("솔내시와 바람에너지가 해상 풍력단지 조성에 손을 잡았다", "단지는 2028년 완공된다"),
        ("하늘군과 누리대학이 청년 창업 지원에 힘을 모은다", "대학은 창업 강좌를 새로 연다"),
    ]
    blocks = "".join(
        f"<h1>{headline}</h1><p>{lead}</p><p>{more}</p>"
        for headline, (lead, more) in zip(HEADLINES[:2], prose, strict=True)
    )
    first, second = _articles(
        _page(f"<div>{blocks}<p>ⓒ 바다일보 무단전재 및 재배포 금지</p></div>")
    )
    assert (first.title, first.body) == (HEADLINES[0], "\n".join(prose[0]))
    assert (second.title, second.body) == (HEADLINES[1], "\n".join(prose[1]))


@pytest.mark.parametrize(
    ("headline", "piece", "lines"),
    [
        ("[포토] 솔내시 풍력단지 협약식", "<p>사진=솔내시 제공</p>", ["사진=솔내시 제공"]),
        (
            "[표] 솔내시 풍력단지 설치 계획",
            "<table><tr><td>1단지</td><td>12기</td></tr><tr><td>2단지</td><td>8기</td></tr>"
            "</table>",
            ["| 1단지 | 12기 |", "| 2단지 | 8기 |"],
        ),
    ],
)
def test_a_first_h1_over_no_sentence_heads_an_article_of_its_own(
    headline: str, piece: str, lines: list[str]
) -> None:
    """A photo's or a table's `<h1>` first, its credit or its rows under it, then an `<h1>`
    article: the photo's headline and credit went to that article's captions, or the table
    to its subtitle, and the page printed one article (review 57b, 10)."""
    second = HEADLINES[1]
    body = f"{LEADS[second]}\n대학은 창업 강좌를 열고 군은 사무실을 빌려준다."
    paragraphs = "".join(f"<p>{line}</p>" for line in body.split("\n"))
    page = _page(f"<div><h1>{headline}</h1>{piece}<h1>{second}</h1>{paragraphs}</div>")
    first, article = _articles(page)
    # The photo's tag is the page's mark, no part of its title (newcomer 58, 13).
    assert (first.title, first.body.split("\n")) == (untagged(headline), lines)
    assert (article.title, article.subtitle, article.body) == (second, None, body)
    assert article.captions == []


@pytest.mark.parametrize("where", [0, 1, 2])
def test_a_photo_h1_over_nothing_is_a_line_of_an_article_first_between_or_last(
    where: int,
) -> None:
    """A photo's `<h1>` with nothing under it but the next `<h1>` or the copyright line:
    first, it titled the article under it, whose headline was lost (review 58b, 6); last,
    it was an article of its own, its headline its body (review 58b, 7). Wherever it
    stands it is now a line of an article, no title and no article of its own."""
    photo = "[포토] 별내구-온새병원 돌봄 협약식"
    pieces = [
        f"<h1>{headline}</h1><p>{LEADS[headline]}</p><p>사업비는 모두 90억원이다.</p>"
        for headline in HEADLINES[:2]
    ]
    pieces.insert(where, f"<h1>{photo}</h1>")
    page = _page(f"<div>{''.join(pieces)}<p>ⓒ 바다일보 무단전재 및 재배포 금지</p></div>")
    articles = _articles(page)
    assert [article.title for article in articles] == HEADLINES[:2]
    assert any(photo in f"{article.subtitle}\n{article.body}".split("\n") for article in articles)


def _one_article_page(furniture: str) -> bytes:
    """A page of one article under the site's logo set in an `<h1>`, classless furniture
    following in the article's own container."""
    headline = HEADLINES[1]
    return _page(
        f'<div><h1><a href="/">바다일보</a></h1><h1>{headline}</h1>'
        f"<p>입력 2024.05.05 11:00</p><p>{LEADS[headline]}</p>"
        "<p>대학은 창업 강좌를 열고 군은 사무실을 빌려준다.</p>"
        f"<p>서하람 기자 haram@bada.example</p>{furniture}"
        "<p>ⓒ 바다일보 무단전재 및 재배포 금지</p></div>",
        title=f"{headline} - 바다일보",
    )


COMMENTS_AND_NEWS = (
    "<h4>독자 의견</h4><p>솔바람: 우리 아이도 강좌를 들을 수 있으면 좋겠습니다 정말 기대돼요.</p>"
    "<h4>이 시각 주요 뉴스</h4><p>별내구, 온새병원과 어르신 돌봄 협약을 맺었다고 3일 밝혔다.</p>"
    "<dl><dt>발행인</dt><dd>한바다</dd><dt>등록일</dt><dd>2018.07.01</dd></dl>"
)


def test_comments_and_other_news_under_the_sign_off_are_no_article() -> None:
    """Under a heading of their own right after the sign-off, with no class name: they were
    an article titled with a comment, its teaser an agreement of no date (review 55c, C5)."""
    (article,) = _articles(_one_article_page(COMMENTS_AND_NEWS))
    assert (article.title, article.reporter) == (HEADLINES[1], "서하람")
    assert article.published == PartialDate(2024, 5, 5)
    assert article.body.endswith("군은 사무실을 빌려준다.")


def test_a_byline_on_top_ends_no_article_at_a_box_of_other_news() -> None:
    """The reporter signs on top ("서하람 기자 · 입력 …"), a "관련기사" box stands after the
    lead: the prose under the box is the article's still (review 56b, 1)."""
    headline = HEADLINES[1]
    page = _page(
        f"<div><h1>{headline}</h1><p>서하람 기자 · 입력 2024.05.05 11:00</p>"
        f"<p>{LEADS[headline]}</p><h4>관련기사</h4><p>▶ {HEADLINES[2]}</p>"
        "<p>대학은 창업 강좌를 열고 군은 사무실을 빌려준다.</p>"
        "<p>ⓒ 바다일보 무단전재 및 재배포 금지</p></div>"
    )
    (article,) = _articles(page)
    assert article.body.endswith("군은 사무실을 빌려준다.")


def test_a_box_under_a_signed_article_ends_at_the_next_article_s_h2() -> None:
    """Articles headed by `<h2>`, the first signed and followed by a "관련기사" box: the
    second article and its agreement are read too (review 56b, 2)."""
    blocks = "".join(
        f"<h2>{headline}</h2><p>입력 2024.05.0{day} 10:00</p><p>{LEADS[headline]}</p>"
        f"<p>{reporter} 기자</p><h3>관련기사</h3><p>▶ {HEADLINES[3]}</p>"
        for headline, day, reporter in zip(HEADLINES[:2], (3, 5), REPORTERS[:2], strict=True)
    )
    prepared = prepare(_page(f"<div>{blocks}</div>"), SourceMeta(), "page.html").articles
    assert [article.reporter for article, _, _ in prepared] == list(REPORTERS[:2])
    assert prepared[1][0].body == LEADS[HEADLINES[1]]
    assert [party.name for party in prepared[1][2][0].parties] == ["하늘군", "누리대학"]


def test_other_news_listed_above_the_sign_off_leave_the_article_whole() -> None:
    """A list heading inside the body, before the reporter signs, drops no prose of it."""
    headline = HEADLINES[1]
    page = _page(
        f"<div><h1>{headline}</h1><p>입력 2024.05.05 11:00</p><p>{LEADS[headline]}</p>"
        f"<h4>관련기사</h4><p>▶ {HEADLINES[2]}</p>"
        "<p>대학은 창업 강좌를 열고 군은 사무실을 빌려준다.</p><p>서하람 기자</p></div>"
    )
    (article,) = _articles(page)
    assert article.body.endswith("군은 사무실을 빌려준다.")


def test_a_publisher_s_list_of_terms_under_the_last_sign_off_dates_no_article() -> None:
    """Read a term a line ("등록일" / "2018.07.01"), the page's registration under its last
    article dated every article of the page, and their agreements (review 55c, C9)."""
    first, second = HEADLINES[:2]
    page = _page(
        f"<div><h1>{first}</h1><p>{LEADS[first]}</p><p>단지는 2028년 완공된다.</p>"
        f"<p>문가온 기자</p><h1>{second}</h1><p>{LEADS[second]}</p>"
        "<p>대학은 창업 강좌를 연다.</p><p>서하람 기자</p>"
        "<dl><dt>발행인</dt><dd>한바다</dd><dt>등록일</dt><dd>2018.07.01</dd>"
        "<dt>주소</dt><dd>솔내시 바닷길 1</dd></dl><p>ⓒ 바다일보 무단전재 및 재배포 금지</p></div>"
    )
    assert [article.published for article in _articles(page)] == [None, None]


def test_a_publisher_s_list_of_terms_dates_no_article_whatever_its_order() -> None:
    """The list's 등록일 came first and its 발행인 three terms below (주소, 전화 between):
    the registration was looked for two lines around the label only, and dated both
    articles (review 56b, 6)."""
    first, second = HEADLINES[:2]
    page = _page(
        f"<div><h1>{first}</h1><p>{LEADS[first]}</p><p>단지는 2028년 완공된다.</p>"
        f"<h1>{second}</h1><p>{LEADS[second]}</p><p>대학은 창업 강좌를 연다.</p>"
        "<dl><dt>등록일</dt><dd>2018.07.01</dd><dt>주소</dt><dd>솔내시 바닷길 1</dd>"
        "<dt>전화</dt><dd>041-000-0000</dd><dt>발행인</dt><dd>한바다</dd></dl>"
        "<p>ⓒ 바다일보 무단전재 및 재배포 금지</p></div>"
    )
    assert {article.published for article in _articles(page)} == {None}
