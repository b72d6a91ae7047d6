"""Publication dates read from an article's address, and the address read from its text."""

from __future__ import annotations

import json
from datetime import date

import pytest
from cli_runner import run_cli

from mouarchive.inputs import SourceMeta
from mouarchive.models import Article, PartialDate
from mouarchive.preparing import apply_meta
from mouarchive.text.urldate import date_from_url, find_source_url, short_date_from_url

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example.kr/2025/05/15/slug-of-the-story/", (2025, 5, 15)),
        ("http://news.example.kr/news/2024-11/25/0001.html", (2024, 11, 25)),
        ("http://news.example.kr/news/20250515", (2025, 5, 15)),
        ("https://www.example.com/view/20130429000206", (2013, 4, 29)),
        ("https://m.example.com/article/201302060495092", (2013, 2, 6)),
        ("https://cm.example.co.kr/article/2025090914572636915", (2025, 9, 9)),
        ("https://example.com/view/?id=NISX20230512_0002297&cID=10812", (2023, 5, 12)),
        ("http://example.kr/news/read.php?no=A2023051500012", (2023, 5, 15)),
        ("http://example.kr/read.php?articleId=X2015051200123", (2015, 5, 12)),
        ("http://example.kr/news?key=20220301.22010001", (2022, 3, 1)),
        ("http://example.kr/list?date=2023-05-12&page=2", (2023, 5, 12)),
    ],
)
def test_a_date_in_the_address_dates_the_article(url, expected):
    assert date_from_url(url, today=TODAY) == PartialDate(*expected)


@pytest.mark.parametrize(
    "url",
    [
        "http://example.kr/news/articleView.html?idxno=1095156",
        "https://m.example.kr/news/article.html?no=547646",
        # An article counter that happens to read as a day is still a counter.
        "http://example.kr/news/articleView.html?idxno=20110512",
        # Epoch-like ids and impossible or future days are not dates.
        "http://m.example.co.kr/article.php?aid=1690792800755710136&page=3",
        "http://example.kr/news/20231345000012",
        "http://example.kr/a/2031/01/01/story",
        # A short-year id is weaker than these (`short_date_from_url`).
        "http://www.example.co.kr/article/G0903230026",
        "not a url at all",
        "",
        None,
    ],
)
def test_numbers_that_only_look_like_dates_are_not_taken(url):
    assert date_from_url(url, today=TODAY) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://www.example.co.kr/article/G0903230026", (2009, 3, 23)),
        ("http://www.example.co.kr/article/G9712070172", (1997, 12, 7)),
        # Only as the path's last segment, a real day, not in the future.
        ("http://www.example.co.kr/article/G0913230026", None),
        ("http://www.example.co.kr/article/G3101010001", None),
        ("http://www.example.co.kr/article/xG0903230026", None),
        ("http://www.example.co.kr/view?id=G0903230026", None),
    ],
)
def test_an_id_with_a_two_digit_year_gives_a_weak_date(url, expected):
    found = short_date_from_url(url, today=TODAY)
    assert found == (PartialDate(*expected) if expected else None)


def test_a_weak_date_from_the_address_never_beats_the_pages_dateline():
    meta = SourceMeta(url="http://www.example.co.kr/article/G1109302532")
    printed = Article(title=None, body="본문", published=PartialDate(2011, 10, 6))
    assert apply_meta(printed, meta, only_article=True).published == PartialDate(2011, 10, 6)
    bare = Article(title=None, body="본문")
    assert apply_meta(bare, meta, only_article=True).published == PartialDate(2011, 9, 30)
    # A repost's original, named in its text, gives the weak date too.
    repost = Article(title=None, body="본문", url=meta.url)
    assert apply_meta(repost, SourceMeta(), only_article=True).published == PartialDate(2011, 9, 30)


def test_where_the_reader_came_from_or_what_a_listing_searched_dates_no_article():
    referred = "https://example.kr/view/?no=20220706115558&re=D_20221118160628"
    assert date_from_url(referred, today=TODAY) == PartialDate(2022, 7, 6)
    listed = "https://example.kr/webzine/news/nboard/4/?n=21738&page=65&sdt=2010-12-06"
    assert date_from_url(listed, today=TODAY) is None


def test_the_source_line_of_a_pasted_article_gives_its_address():
    text = "본문 첫 문장이다.\n\n출처 : 예시일보(https://www.example.kr/2021/03/04/abc)\n"
    assert find_source_url(text) == "https://www.example.kr/2021/03/04/abc"
    assert find_source_url("기사원문 https://example.kr/view/20190101000001.") == (
        "https://example.kr/view/20190101000001"
    )


def test_a_link_without_a_source_label_is_not_the_articles_address():
    assert find_source_url("관련기사 https://www.example.kr/2021/03/04/abc") is None


def test_the_addresss_date_beats_a_dateline_but_not_the_users_date():
    article = Article(title=None, body="본문", published=PartialDate(2026, 11, 30))
    meta = SourceMeta(url="https://www.example.kr/2023/07/31/story")
    assert apply_meta(article, meta, only_article=True).published == PartialDate(2023, 7, 31)
    mine = SourceMeta(url=meta.url, date=PartialDate(2023, 8, 1))
    assert apply_meta(article, mine, only_article=True).published == PartialDate(2023, 8, 1)


def test_a_dateline_a_day_or_three_after_the_addresss_date_is_when_the_page_went_out():
    meta = SourceMeta(url="https://www.example.kr/news/article/all/20170820/85904729/1")
    for dateline, expected in (
        (PartialDate(2017, 8, 21), PartialDate(2017, 8, 21)),
        (PartialDate(2017, 8, 23), PartialDate(2017, 8, 23)),
        (PartialDate(2017, 8, 30), PartialDate(2017, 8, 20)),
        (PartialDate(2017, 8, 19), PartialDate(2017, 8, 20)),
        (PartialDate(2017, 8), PartialDate(2017, 8, 20)),
    ):
        article = Article(title=None, body="본문", published=dateline)
        assert apply_meta(article, meta, only_article=True).published == expected


def test_a_story_held_back_goes_out_on_the_day_its_lede_tells_it():
    meta = SourceMeta(url="https://www.example.kr/view/AKR20171130123500054")
    for lede, expected in (
        ("누리시는 한빛대학교와 업무협약을 체결했다고 1일 밝혔다.", PartialDate(2017, 12, 1)),
        ("2일 누리도에 따르면 도는 한빛대와 협약을 맺었다.", PartialDate(2017, 12, 2)),
        (
            "누리시는 29일 한빛대학교와 업무협약을 체결했다고 30일 밝혔다.",
            PartialDate(2017, 11, 30),
        ),
        ("누리시는 한빛대학교와 협약을 체결했다고 5일 밝혔다.", PartialDate(2017, 11, 30)),
        ("누리시는 1일 한빛대학교와 업무협약을 체결했다.", PartialDate(2017, 11, 30)),
    ):
        article = Article(title=None, body=lede + "\n")
        assert apply_meta(article, meta, only_article=True).published == expected, lede


def test_a_reposts_undated_address_leaves_the_date_to_the_originals():
    original = "https://www.example.kr/main/view.php?key=20211208010002234"
    article = Article(title=None, body="본문", published=None, url=original)
    meta = SourceMeta(url="http://repost.example.com/bbs/?mode=VIEW&num=16")
    assert apply_meta(article, meta, only_article=True).published == PartialDate(2021, 12, 8)


def test_a_line_naming_the_original_article_gives_its_address():
    text = "원본기사 : https://www.example.kr/main/view.php?key=20211208010002234\n본문이 이어진다."
    assert find_source_url(text) == "https://www.example.kr/main/view.php?key=20211208010002234"


@pytest.mark.parametrize(
    "url",
    [
        "https://example-news.blogspot.com/2021/12/3_30.html",
        "https://example-news.blogspot.com/2021/12/blog-post_23.html",
    ],
)
def test_a_month_folder_before_a_posts_name_dates_the_article_to_its_month(url):
    assert date_from_url(url, today=TODAY) == PartialDate(2021, 12, None)


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://www.example.kr/news/2021/12/30-nuri-mou-signed.html", 30),
        ("https://example.kr/news/2021/12/07_ulsan-mou.html", 7),
    ],
)
def test_a_day_folder_before_a_stories_name_still_dates_it_to_the_day(url, day):
    assert date_from_url(url, today=TODAY) == PartialDate(2021, 12, day)


def test_a_page_s_own_day_refines_the_month_its_address_gives(tmp_path):
    page = tmp_path / "post.txt"
    page.write_text(
        "누리시, 한빛소재와 투자협약\n"
        "누리시는 29일 시청에서 한빛소재와 투자협약을 체결했다고 30일 밝혔다.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "a.db")
    url = "https://nuri-news.blogspot.com/2021/12/blog-post_23.html"
    assert run_cli("--db", db, "add", str(page), "--url", url).code == 0
    exported = run_cli("--db", db, "export", "--what", "articles").out
    (article,) = [json.loads(line) for line in exported.splitlines()]
    assert article["published"] == "2021-12-30"
