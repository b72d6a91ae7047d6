"""Cutting cleaned text into articles, and the whole text chain as ingest calls it."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mouarchive.models import PartialDate
from mouarchive.text.pipeline import parse_articles
from mouarchive.text.split import split_articles

LEAD = "빛고을시가 한빛대학교와 스마트 물류 인재 양성을 위한 업무협약을 체결했다고 5일 밝혔다."
QUOTE = '박영진 시장은 "지역 청년이 고향에서 일자리를 찾도록 돕겠다"고 말했다.'


def test_ordinary_article_stays_one_with_title_subtitle_and_byline() -> None:
    head = "빛고을시-한빛대, 물류 인재 키운다\n현장실습 등 5개 분야 협력"
    text = f"{head}\n{LEAD}\n{QUOTE}\n김하늘 기자 sky@kjdaily.com"
    [article] = split_articles(text)
    assert article.title == "빛고을시-한빛대, 물류 인재 키운다"
    assert article.subtitle == "현장실습 등 5개 분야 협력"
    assert article.body == f"{LEAD}\n{QUOTE}"
    assert (article.reporter, article.email) == ("김하늘", "sky@kjdaily.com")


def test_byline_at_the_end_of_the_last_paragraph_is_cut_off() -> None:
    [article] = split_articles(
        f"물류 인재 키운다\n{LEAD}\n{QUOTE} 수원=윤가람 기자 garam@hankyung.com"
    )
    assert article.body == f"{LEAD}\n{QUOTE}"
    assert (article.reporter, article.email) == ("윤가람", "garam@hankyung.com")


def test_article_without_headline_takes_its_first_sentence() -> None:
    [article] = split_articles(f"[한빛신문] {LEAD} 협약식에는 50여 명이 참석했다.\n{QUOTE}")
    assert article.title == LEAD
    assert article.body.startswith(LEAD)
    assert article.outlet == "한빛신문"


def test_summary_printed_above_the_headline() -> None:
    head = "5일 한빛대 찾은 박영진 시장\n물류 인재 양성 협약"
    text = f"{LEAD}\n{head}\n{QUOTE}\n/김하늘기자 sky@kjdaily.com"
    [article] = split_articles(text)
    assert article.title == "5일 한빛대 찾은 박영진 시장"
    assert article.subtitle == "물류 인재 양성 협약"
    assert article.body == f"{LEAD}\n{QUOTE}"


def test_menu_lines_above_the_headline_are_not_the_title() -> None:
    text = f"전체기사\n정치\n경제\n사회\n지역\n빛고을시-한빛대, 물류 인재 키운다\n{LEAD}\n{QUOTE}"
    [article] = split_articles(text)
    assert article.title == "빛고을시-한빛대, 물류 인재 키운다"
    assert article.subtitle is None
    assert article.body == f"{LEAD}\n{QUOTE}"


def test_a_kicker_above_the_headline_and_the_subheadlines_are_the_subtitle() -> None:
    head = "<한빛전자·새솔식품·빛고을물산>\n도·시, 21일 투자협약 체결\n총 72명 지역 일자리 창출"
    [article] = split_articles(f"{head}\n{LEAD}\n{QUOTE}")
    assert article.title == "도·시, 21일 투자협약 체결"
    assert article.subtitle == "<한빛전자·새솔식품·빛고을물산>\n총 72명 지역 일자리 창출"


def test_a_headline_printed_twice_is_no_subtitle() -> None:
    title = "빛고을시-한빛대, 물류 인재 키운다"
    head = f"{title}\n{title}\n10일 시청서 협약식…3개 분야 협력키로"
    [article] = split_articles(f"{head}\n{LEAD}\n{QUOTE}")
    assert article.title == "빛고을시-한빛대, 물류 인재 키운다"
    assert article.subtitle == "10일 시청서 협약식…3개 분야 협력키로"


def test_a_board_post_keeps_its_title_without_the_board_fields() -> None:
    page = (
        "제목 한빛전자, 복지시설에 냉방기 지원\n작성자 빛고을상공회의소 작성일 2025.05.27\n"
        f"조회수 77\n한빛전자, 복지시설에 냉방기 지원\n{LEAD}"
    )
    [article] = parse_articles(page)
    assert (article.title, article.subtitle) == ("한빛전자, 복지시설에 냉방기 지원", None)
    assert article.published == PartialDate(2025, 5, 27)


def test_wire_lead_names_the_reporter() -> None:
    [article] = split_articles(f"빛고을시, 물류 인재 키운다\n(광주=연합뉴스) 김민수 기자 = {LEAD}")
    assert article.reporter == "김민수"


@pytest.mark.parametrize(
    ("credit", "outlet", "reporter"),
    [
        ("[새솔=한빛뉴스] 김하늘 기자 = ", "한빛뉴스", "김하늘"),
        ("(빛고을=한빛통신) 김하늘 기자 = ", "한빛통신", "김하늘"),
        ("【한빛일보 빛고을=김하늘 기자】 ", "한빛일보", "김하늘"),
        ("[한빛투데이 김하늘 취재본부장]", "한빛투데이", "김하늘"),
        ("[한빛경제 호남취재본부 김하늘 기자]", "한빛경제", "김하늘"),
        ("[한빛경제(수원)=김하늘 기자] ", "한빛경제", "김하늘"),
        ("[한빛경제=김하늘(대구) 기자]", "한빛경제", "김하늘"),
        ("[한빛일보 = 김하늘 기자] ", "한빛일보", "김하늘"),
        ("[한빛인터넷신문/김하늘 기자]", "한빛인터넷신문", "김하늘"),
        ("빛고을--(한빛와이어)--", "한빛와이어", None),
        ("[빛고을=김하늘 기자]", None, "김하늘"),
        ("[뉴스한빛]김하늘 기자= ", "뉴스한빛", "김하늘"),
        ("[한빛저널] ", "한빛저널", None),
        ("【빛고을】", None, None),
        ("빛고을=한빛경제신문 김하늘 기자 ", "한빛경제신문", "김하늘"),
        ("한빛포인트 김하늘 기자 | ", "한빛포인트", "김하늘"),
        ("한빛일보 = 김하늘 기자 | ", "한빛일보", "김하늘"),
        ("한빛뉴스 김하늘 기자ㅣ", "한빛뉴스", "김하늘"),
        ("한빛경제(내포) 김하늘 기자 =", "한빛경제", "김하늘"),
        ("[빛고을=한빛핌] 김하늘 여행전문기자 =", "한빛핌", "김하늘"),
        ("(한빛뉴스 김하늘 기자)=", "한빛뉴스", "김하늘"),
        ("[KBS 춘천]", "KBS", None),
        ("[KBS 김하늘]", "KBS", "김하늘"),
        ("[YTN 김하늘 기자] ", "YTN", "김하늘"),
        ("[미래 한빛일보] 김하늘 기자=", "미래 한빛일보", "김하늘"),
        ("[HBN 뉴스통신=HBN 뉴스통신] ", "HBN 뉴스통신", None),
        # A bad copy closes the square bracket with another kind.
        ("[한빛매일 김하늘 기자〕", "한빛매일", "김하늘"),
    ],
)
def test_a_lead_credit_leaves_the_body_and_names_outlet_and_reporter(
    credit: str, outlet: str | None, reporter: str | None
) -> None:
    [article] = parse_articles(f"빛고을시, 물류 인재 키운다\n{credit}{LEAD}\n{QUOTE}")
    assert article.body == f"{LEAD}\n{QUOTE}"
    assert (article.outlet, article.reporter) == (outlet, reporter)


@pytest.mark.parametrize(
    "lead",
    [
        f"[포토] {LEAD}",
        f"[단독] {LEAD}",
        "현장 기자 30여명이 협약식을 취재했다. 빛고을시는 한빛대와 협약을 맺었다.",
    ],
)
def test_a_bracketed_tag_or_a_sentence_is_no_credit(lead: str) -> None:
    [article] = parse_articles(f"빛고을시, 물류 인재 키운다\n{lead}\n{QUOTE}")
    assert article.body.startswith(lead)


def test_a_credit_alone_under_the_headline_is_no_subtitle() -> None:
    [article] = parse_articles(f"빛고을시, 물류 인재 키운다\n[한빛경제 김하늘]\n{LEAD}")
    assert (article.title, article.subtitle) == ("빛고을시, 물류 인재 키운다", None)
    assert article.body == LEAD
    assert (article.outlet, article.reporter) == ("한빛경제", "김하늘")


def test_a_lead_printed_again_under_a_summary_loses_its_credit_too() -> None:
    [article] = parse_articles(f"물류 인재 키운다\n{LEAD}\n[한빛일보 김하늘 기자]{LEAD}\n{QUOTE}")
    assert article.body == f"{LEAD}\n{LEAD}\n{QUOTE}"
    assert article.reporter == "김하늘"


def test_byline_under_the_title_on_a_multi_article_page() -> None:
    text = (
        f"첫째 기사 제목\n김하늘 기자\n{LEAD}\n{QUOTE}\n"
        "둘째 기사 제목\n박서준 기자\n"
        "새솔시가 도서관 야간 개방을 평일 밤 10시까지 늘린다고 밝혔다.\n"
        "시는 다음 달부터 시범 운영한 뒤 확대 여부를 정하기로 했다."
    )
    first, second = split_articles(text)
    assert (first.title, first.reporter, first.body) == (
        "첫째 기사 제목",
        "김하늘",
        f"{LEAD}\n{QUOTE}",
    )
    assert (second.title, second.reporter) == ("둘째 기사 제목", "박서준")
    assert second.body.startswith("새솔시가")


def test_each_article_of_a_page_keeps_its_own_captions() -> None:
    first_caption = "박영진 시장(왼쪽)과 최수민 총장이 협약서에 서명한 뒤 기념촬영을 하고 있다."
    second_caption = "새솔시립도서관 전경. 새솔시 제공"
    text = (
        f"첫째 기사 제목\n▲ {first_caption}\n{LEAD}\n{QUOTE}\n김하늘 기자\n"
        f"둘째 기사 제목\n{second_caption}\n"
        "새솔시가 도서관 야간 개방을 평일 밤 10시까지 늘린다고 밝혔다.\n"
        "시는 다음 달부터 시범 운영한 뒤 확대 여부를 정하기로 했다.\n박서준 기자"
    )
    first, second = parse_articles(text)
    assert (first.captions, second.captions) == ([first_caption], [second_caption])
    assert first_caption not in first.body and second_caption not in second.body


def test_a_photo_page_keeps_its_caption_as_its_body() -> None:
    caption = "박영진 시장(왼쪽)과 최수민 총장이 협약서에 서명한 뒤 기념촬영을 하고 있다."
    [article] = parse_articles(f"[포토] 빛고을시-한빛대 협약\n{caption} 빛고을시 제공")
    assert caption in article.body


def test_a_teaser_opening_a_report_of_its_own_after_the_sign_off_is_dropped() -> None:
    teaser = "누리시는 7일 한빛항만공사와 항만 배후단지 개발을 위한 업무협약을 맺었다."
    text = f"빛고을시, 물류 인재 키운다\n{LEAD}\n{QUOTE}\n김하늘 기자 sky@kjdaily.com\n{teaser}"
    [article] = split_articles(text)
    assert teaser not in article.body


@pytest.mark.parametrize(
    "after",
    [
        ["한편, 지역 상공회의소는 다음 달 회원사를 대상으로 하반기 경기 전망 설명회를 연다."],
        [
            "대학은 물류 관리사 과정을 새로 열고 시는 실습 장소를 내어준다.",
            "시는 내년에 협약 기관을 다섯 곳으로 늘릴 계획이다.",
        ],
    ],
)
def test_paragraphs_carrying_the_story_on_under_a_sign_off_stay_in_its_body(
    after: list[str],
) -> None:
    """The reporter signs in the middle of the article ("김하늘 기자"), and its text goes on
    under the sign-off: one paragraph there was dropped as a teaser, two made an article
    titled by the first (review 57b, 9). Now they are the article's last paragraphs."""
    rest = "\n".join(after)
    text = f"빛고을시, 물류 인재 키운다\n{LEAD}\n{QUOTE}\n김하늘 기자\n{rest}"
    [article] = split_articles(text)
    assert article.body == f"{LEAD}\n{QUOTE}\n{rest}"
    assert article.reporter == "김하늘"


def test_a_text_that_ends_no_sentence_keeps_its_headline_out_of_the_body() -> None:
    """Every line of prose printed without full stops looks like a headline: the headline
    (printed twice on top) stayed in the body, the title only as its first "sentence"."""
    headline = "빛고을시, 물류 인재 키운다"
    prose = ["빛고을시와 한빛대학교가 물류 인재 양성에 손을 잡았다", "대학은 새 학과를 연다"]
    [article] = split_articles("\n".join([headline, headline, *prose]))
    assert (article.title, article.body) == (headline, "\n".join(prose))


def test_prose_that_ends_no_sentence_and_prints_no_headline_keeps_its_lead() -> None:
    """Lines without full stops, none a headline (no comma, each ending on a verb): the
    first was taken for a headline and lost from the body (review 58b, 10)."""
    prose = [
        "빛고을시와 한빛대학교가 물류 인재 양성에 손을 잡았다",
        "대학은 물류 관리사 과정을 새로 연다",
        "시는 실습 장소를 내어준다",
    ]
    [article] = split_articles("\n".join(prose))
    assert (article.title, article.body) == (prose[0], "\n".join(prose))


def test_a_headline_shaped_first_line_over_unclosed_prose_is_its_headline() -> None:
    """Printed once, a first line with a comma and no past tense is still the headline."""
    headline = "빛고을시, 물류 인재 키운다"
    prose = ["빛고을시와 한빛대학교가 물류 인재 양성에 손을 잡았다", "대학은 새 학과를 연다"]
    [article] = split_articles("\n".join([headline, *prose]))
    assert (article.title, article.body) == (headline, "\n".join(prose))


def test_lone_paragraph_file_is_still_an_article() -> None:
    [article] = split_articles(f"{LEAD} /김하늘 기자 sky@kjdaily.com")
    assert article.body == LEAD
    assert article.reporter == "김하늘"


def test_short_lines_before_a_byline_stay_with_their_article() -> None:
    text = (
        f"빛고을시, 물류 인재 키운다\n{LEAD}\n{QUOTE}\n○ 관련 동영상\n"
        "대학저널 광주지사 김소라 기자\n"
        "한편, 지역 상공회의소는 다음 달 하반기 경기 전망 설명회를 연다."
    )
    [article] = split_articles(text)
    assert article.reporter == "김소라"


@pytest.mark.parametrize("desk", ["/사회부", "남도일보 디지털뉴스팀"])
def test_desk_signoff_closes_an_article(desk: str) -> None:
    second = "새솔시, 도서관 야간 개방\n새솔시가 도서관 야간 개방 시간을 늘린다고 밝혔다."
    first, other = split_articles(f"빛고을시, 물류 인재 키운다\n{LEAD}\n{desk}\n{second}")
    assert first.body == LEAD and first.reporter is None
    assert other.title == "새솔시, 도서관 야간 개방"


def test_empty_text_gives_no_article() -> None:
    assert split_articles("") == []


def test_print_page_fixture(fixtures_dir: Path) -> None:
    raw = (fixtures_dir / "articles" / "print_page.txt").read_text("utf-8")
    articles = parse_articles(raw)
    assert [a.title for a in articles] == [
        "푸른군, 해양레저 기업과 500억 투자협약",
        "새솔시, 도서관 야간 개방 확대",
    ]
    assert [a.reporter for a in articles] == ["한도윤", "오세린"]
    assert all(a.outlet == "전남일보" for a in articles)
    assert "지원에 나서기로 했다." in articles[0].body
    assert "국제적 사례" in articles[1].body
    assert not any("유채꽃" in a.body or "바다축제" in a.body for a in articles)


def test_web_article_fixture(fixtures_dir: Path) -> None:
    raw = (fixtures_dir / "articles" / "web_article.txt").read_text("utf-8")
    [article] = parse_articles(raw)
    assert article.title == "빛고을시-한빛대학교, 스마트 물류 인재 키운다"
    assert article.published == PartialDate(2024, 3, 5)
    assert article.outlet == "광주매일신문"
    assert article.reporter == "김하늘"
    assert "▲ 물류 자동화 공동연구" in article.body
    for junk in (
        "기념촬영",
        "스크랩",
        "관련기사",
        "청년 창업지원센터",
        "서브우측",
        "로그인",
        "https",
    ):
        assert junk not in article.body


def test_wire_fixture_with_stamped_header_and_trailing_email(fixtures_dir: Path) -> None:
    raw = (fixtures_dir / "articles" / "wire.txt").read_text("utf-8")
    [article] = parse_articles(raw)
    assert article.title == "빛고을시, 한빛대와 물류 인재 협약"
    assert article.subtitle is None
    assert (article.reporter, article.email) == ("김하늘", "sky@yna.co.kr")
    assert article.outlet == "연합뉴스"
    assert article.published == PartialDate(2024, 3, 5)
    assert article.body.endswith("공동연구에 협력하기로 했다.")
    for junk in ("재판매", "okjebo", "송고", "사진="):
        assert junk not in article.body


def test_outlet_equals_reporter_bracket_lead() -> None:
    [article] = parse_articles(f"물류 인재 키운다\n[한빛경제=김하늘 기자] {LEAD}\n{QUOTE}")
    assert (article.outlet, article.reporter) == ("한빛경제", "김하늘")


def test_copyright_outlet_applies_when_email_is_personal() -> None:
    footer = "ⓒ 빛고을일보, 무단전재 및 재배포 금지"
    raw = f"물류 인재 키운다\n{LEAD}\n김하늘 기자 sky@gmail.com\n{footer}"
    [article] = parse_articles(raw)
    assert article.outlet == "빛고을일보"


# --- seeds -------------------------------------------------------------------------------


def _seed(seeds_dir: Path, prefix: str) -> str:
    return next(seeds_dir.glob(f"{prefix}_*.txt")).read_text("utf-8")


def test_seed_003_is_five_articles_with_titles_and_reporters(seeds_dir: Path) -> None:
    articles = parse_articles(_seed(seeds_dir, "003"))
    titles = [a.title or "" for a in articles]
    assert len(articles) == 5
    for expected in ("AI기반 광기술", "글로벌 혁신 특구", "고려인", "예술여행", "서남권"):
        assert sum(expected in title for title in titles) == 1
    assert [a.reporter for a in articles] == ["박진표", "윤현석", "박진표", "박진표", "윤현석"]
    assert all(a.outlet == "광주일보" for a in articles)
    assert not any("춘향제" in a.body or "퍼레이드" in a.body for a in articles)
    assert articles[0].body.startswith("인공지능(AI) 기반")


def test_seed_004_date_outlet_reporter(seeds_dir: Path) -> None:
    [article] = parse_articles(_seed(seeds_dir, "004"))
    assert article.published == PartialDate(2021, 1, 27)
    assert article.outlet == "기계신문"
    assert (article.reporter, article.email) == ("오상미", "osm@mtnews.net")
    assert article.title and article.title.startswith("광주광역시 인공지능(AI) 경제자유구역")


def test_seed_000_outlet_and_no_headline_list(seeds_dir: Path) -> None:
    [article] = parse_articles(_seed(seeds_dir, "000"))
    assert article.outlet == "서울신문"
    assert article.reporter == "홍행기"
    assert article.title == "“AI·미래차 협력 강화” 광주시·경기도, 손 맞잡는다"
    assert "룸카페" not in article.body and "Copyright" not in article.body


@pytest.mark.parametrize(("prefix", "outlet"), [("001", "경인일보"), ("002", "한국경제")])
def test_seeds_printed_twice_become_one_article(seeds_dir: Path, prefix: str, outlet: str) -> None:
    [article] = parse_articles(_seed(seeds_dir, prefix))
    assert article.outlet == outlet
    paragraphs = article.body.split("\n")
    assert len(paragraphs) == len(set(paragraphs))
    assert article.body.count("체결했다") == 1


_PIECES = st.sampled_from(
    [
        "\n",
        "\n\n",
        " ",
        "기자",
        "/김하늘 기자 sky@kjdaily.com",
        "ⓒ 한빛일보",
        "▲",
        "-",
        "|",
        "입력 2024.03.05",
        "관련기사",
        "[한빛=뉴스1]",
        "다.",
        '"',
        "협약을 맺었다. ",
        "핵",
        "\x1b[31m",
        "\r",
        "\u00a0",
        "2023.5.25",
        "(사진=시 제공)",
        "제목",
        "한편, ",
        "ü°á",
        "많이 본 뉴스",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=60).map("".join))
def test_any_text_parses_without_error_or_control_codes(raw: str) -> None:
    for article in parse_articles(raw):
        for text in (article.title or "", article.subtitle or "", article.body):
            assert not any(unicodedata.category(ch) == "Cc" and ch != "\n" for ch in text)
            assert "\x1b" not in text and "\r" not in text
        assert article.body.strip() == article.body


@pytest.mark.parametrize(
    ("byline", "outlet"),
    [
        ("한빛일보 박지훈 기자", "한빛일보"),
        ("/누리뉴스 박지훈 기자 jh@nuri.kr", "누리뉴스"),
        ("청주시 박지훈 기자", None),
    ],
)
def test_a_closing_byline_naming_the_outlet_names_it(byline: str, outlet: str | None) -> None:
    """ "한빛일보 박지훈 기자" at the end: the outlet the article came from, as a lead credit
    would name it; a word not shaped as an outlet's name ("청주시") is the reporter's place."""
    [article] = parse_articles(f"빛고을시, 물류 인재 키운다\n{LEAD}\n{byline}\n")
    assert (article.outlet, article.reporter) == (outlet, "박지훈")


def test_a_lead_closed_by_a_photo_note_is_the_body_not_the_headline() -> None:
    text = (
        "[한빛일보 김하늘 기자] 괴산군 장연면은 19일 은평구 구산동과 도·농 자매결연 협약을 "
        "했다.(사진)\n\n"
        "장연면사무소에서 열린 이날 협약식에는 양 기관 주민자치위원장 등 관계자 20여명이 "
        "참석했다.\n"
    )
    (article,) = split_articles(text)
    assert article.body.startswith("괴산군 장연면은 19일")
    assert article.title is not None and article.title.startswith("괴산군 장연면은 19일")


def test_a_lead_credited_to_two_reporters_is_read_as_their_credit() -> None:
    """ "[outlet 둘·셋 기자] lead", one of the two signing at the foot with an e-mail: the
    credit names both and the outlet, the e-mail is theirs, and the lead's words begin after
    it. The credit stayed in the body, unread, and the lead's subject was lost as a party
    (review 57b, 6)."""
    page = (
        "빛고을시, 한빛대학교와 물류 인재 협약\n입력 2024.05.05 10:00\n"
        f"[빛고을일보 정다운·한결 기자] {LEAD}\n{QUOTE}\n한결 기자 gyeol@bitgoeul.example.kr\n"
    )
    (article,) = parse_articles(page)
    assert (article.reporter, article.outlet) == ("정다운·한결", "빛고을일보")
    assert article.email == "gyeol@bitgoeul.example.kr"
    assert article.body.split("\n")[0] == LEAD


def test_a_digest_of_articles_each_signed_mid_article_keeps_each_apart() -> None:
    """Each article signed under its lead, its text going on below ("바다농협은 …", "한편
    …"), the next headline under it: the prose and the next article were joined to the
    article above, down the page, a digest of three one article (review 58b, 1 and 3)."""
    stories = [
        (
            f"{place}, {partner}과 로컬푸드 직매장 협약",
            f"{place}은 {day}일 {partner}과 로컬푸드 직매장 운영을 위한 업무협약을 체결했다.",
            f"{partner}은 직매장 두 곳을 새로 열고 {place[-1]}은 운영비를 지원한다.",
            f"한편 {place[-1]}은 내년 봄 직매장을 한 곳 더 열 계획이다.",
        )
        for place, partner, day in [("하늘군", "바다농협", 3), ("솔내군", "누리농협", 4)]
    ]
    stories.append(
        (
            "빛고을시, 물류 인재 키운다",
            LEAD,
            "시는 실습 장소와 장비를 내어주고 수료생 채용을 돕는다.",
            QUOTE,
        )
    )
    text = "\n".join(f"{head}\n{lead}\n윤다솜 기자\n{a}\n{b}" for head, lead, a, b in stories)
    articles = split_articles(text)
    assert [(a.title, a.body, a.reporter) for a in articles] == [
        (head, f"{lead}\n{a}\n{b}", "윤다솜") for head, lead, a, b in stories
    ]


@pytest.mark.parametrize(
    "story",
    [
        # A press release's subject, a two-word one, a brief's, days to come.
        "솔내대학교(총장 이바다)는 6일 하늘군과 청년 창업 지원을 위한 업무협약을 체결했다.",
        "빛고을시 농업기술센터는 6일 누리농협과 스마트팜 보급을 위한 업무협약을 맺었다.",
        "◆하늘군 청년 창업 지원 = 하늘군은 6일 솔내대학과 창업 지원 협약을 체결했다.",
        "하늘군은 오는 12일 솔내대학과 청년 창업 지원을 위한 업무협약을 체결한다.",
        "하늘군은 6일부터 청년 창업 지원 사업에 참여할 청년 스무 명을 모집한다고 밝혔다.",
    ],
)
def test_the_next_report_under_a_sign_off_stays_an_article_of_its_own(story: str) -> None:
    """A report under the sign-off whose lead is not "subject, then day" was joined to the
    article above, its parties the above's (review 58b, 2); the same reporter signs it."""
    more = "대학은 창업 강좌를 열고 군은 빈 사무실을 빌려준다."
    text = f"빛고을시, 물류 인재 키운다\n{LEAD}\n{QUOTE}\n김하늘 기자\n{story}\n{more}\n김하늘 기자"
    first, second = split_articles(text)
    assert first.body == f"{LEAD}\n{QUOTE}"
    assert second.body == f"{story}\n{more}"
