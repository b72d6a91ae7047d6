"""Normalizing and cleaning: what is left must be the article's own prose, nothing more."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from mouarchive.text.captions import CAPTION
from mouarchive.text.clean import clean_text
from mouarchive.text.normalize import normalize_text, reading_form
from mouarchive.text.pipeline import parse_articles

TITLE = "빛고을시, 물류 인재 키운다"
BODY = "빛고을시가 한빛대학교와 스마트 물류 인재 양성을 위한 업무협약을 체결했다고 5일 밝혔다."
QUOTE = '박영진 시장은 "지역 청년이 고향에서 일자리를 찾도록 돕겠다"고 말했다.'


def clean(text: str) -> str:
    """The cleaned text as the body sees it: caption lines, set apart for `split`, left out."""
    lines = clean_text(normalize_text(text)).split("\n")
    kept = [line for line in lines if not line.startswith(CAPTION)]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip("\n")


# --- normalize ---------------------------------------------------------------------------


def test_line_ends_spaces_and_invisible_characters_are_unified() -> None:
    raw = "첫 줄\r\n둘째\u00a0\u00a0줄\r셋째\u3000줄\u200b입니다   \n\n\t넷째\u2028다섯째"
    assert normalize_text(raw) == "첫 줄\n둘째 줄\n셋째 줄입니다\n\n넷째\n다섯째"


def test_extraction_reads_a_backtick_as_an_apostrophe_and_every_middle_dot_as_one() -> None:
    raw = "`해상풍력 합의각서(MOA)`를, 한빛‧누리, 환경․교통, 도ㆍ시, 한빛・누리"
    read = reading_form(raw)
    assert read == "'해상풍력 합의각서(MOA)'를, 한빛·누리, 환경·교통, 도·시, 한빛·누리"
    assert len(read) == len(raw) and normalize_text(raw) == raw


@pytest.mark.parametrize(
    ("raw", "read"),
    [
        ("대구'광주'대전 3개 광역시가 손잡는다.", "대구·광주·대전 3개 광역시가 손잡는다."),
        ("대구시는 7일 광주'대전시와 협약을 맺는다.", "대구시는 7일 광주·대전시와 협약을 맺는다."),
        # Quotes stay quotes: one that closes before its particle, one opened without a space,
        # one opened by another mark.
        ("'상생 협약'을 맺고 협의서'안'과 일정을", "'상생 협약'을 맺고 협의서'안'과 일정을"),
        ("회의를 갖고'무진장 상생 협력'을 논의했다.", "회의를 갖고'무진장 상생 협력'을 논의했다."),
        ("‘청소년 발명페스티벌'의 개최", "‘청소년 발명페스티벌'의 개최"),
        ("협약식을 갖고'원팀' 구성에", "협약식을 갖고'원팀' 구성에"),
        # Every dotted word of a line, a dotted 시·도, and one after a year written short.
        ("대구'경북과 부산'울산이 만났다.", "대구·경북과 부산·울산이 만났다."),
        ("전국 17개 시'도 교육감", "전국 17개 시·도 교육감"),
        ("'24년 대구'경북 협약", "'24년 대구·경북 협약"),
        # A dash joining two names is a hyphen; one between digits stays a range.
        ("합천소방서–삼성합천병원, 9–10일", "합천소방서-삼성합천병원, 9–10일"),
        # A question mark run into the next word is a dot an encoding lost; a question is not.
        ("대구은행?대구신용보증재단, 협약? 정말", "대구은행·대구신용보증재단, 협약? 정말"),
        # A place's level written in its character is the Hangul level, not inside hanja.
        ("지난市와 퍼스(Perth)市, 濟南市, 산둥省", "지난시와 퍼스(Perth)시, 濟南市, 산둥성"),
    ],
)
def test_an_apostrophe_printed_for_a_middle_dot_is_read_as_one(raw: str, read: str) -> None:
    assert reading_form(raw) == read


def test_decomposed_hangul_is_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "업무협약")
    assert decomposed != "업무협약"
    assert normalize_text(decomposed) == "업무협약"


def test_terminal_control_codes_never_survive() -> None:
    raw = "\x1b[31m협약\x1b[0m 체결\x07\x1b]0;title\x07 완료\x9b2J\x00\x1f\x7f"
    result = normalize_text(raw)
    assert result == "협약 체결 완료"
    assert not any(unicodedata.category(ch) == "Cc" and ch != "\n" for ch in result)


def test_bidi_controls_are_removed() -> None:
    assert normalize_text("협약\u202e체결\u2066됨") == "협약체결됨"


# --- clean: boilerplate ------------------------------------------------------------------


@pytest.mark.parametrize(
    "junk",
    [
        "-",
        "기사 스크랩",
        "기사 메일전송",
        "기사수정",
        "나도 한마디",
        "공유 | 댓글 | 프린트",
        "※ 로그인 후 의견을 등록하시면, 자신의 의견을 관리하실 수 있습니다. 0/1000",
        "Copyright © 빛고을일보. 무단전재 및 재배포 금지.",
        "ⓒ 빛고을일보",
        "<저작권자 © 한빛신문, 무단 전재-재배포 금지>",
        "서브우측_배너광고",
        "서브광고_한빛테크",
        "모바일 버전 바로가기",
        "https://news.example.kr/view/123",
        "입력 2024.03.05 오후 2:10 | 수정 2024.03.05 오후 3:00",
        "• 기사등록 2021-01-27 16:23:10",
        "한빛신문, 지역경제 뉴스채널",
        "▶ 네이버에서 한빛신문을 구독하세요",
        "#빛고을시 #업무협약",
        "본문 바로가기 메인메뉴 바로가기",
        "키보드 단축키 안내",
        "TEST SERVER!!",
        '빛고을매일" /> 빛고을매일 " />',
        "![]() |",
        "전체",
        "의회",
        "HOME 정치·행정",
        "home HOME > NEWS > 전체",
        "ADVERTISEMENT",
        "매일 저녁 8시 35분",
        "평일 홍길동주말 홍길동, 김영희, 이철수",
        "[편집자주]",
        "3 weeks ago 10",
        "2017-02-07A29면",
        "• 카카오톡 보내기",
        "• 글씨 크기 조절",
        "시계아이콘읽는 시간37초",
        "조회수 173",
        "14",
        "댓글을 작성하려면로그인해주세요.",
        "※ 댓글 작성시 상대방에 대한 배려와 책임을 담아 깨끗한 댓글 환경에 동참해 주세요.",
        "• 맑음빛고을 2.6℃",
        "기상청 제공",
    ],
)
def test_boilerplate_line_is_dropped(junk: str) -> None:
    assert clean(f"{BODY}\n{junk}\n{QUOTE}") == f"{BODY}\n{QUOTE}"


def test_stamped_header_line_keeps_only_its_byline() -> None:
    header = "기자명 김하늘 기자 | 입력 2024.03.05 14:10 | 수정 2024.03.05 15:00 | 댓글 0"
    assert clean(f"{header}\n{BODY}") == f"기자명 김하늘 기자\n{BODY}"


@pytest.mark.parametrize(
    "junk",
    [
        "제보는 카카오톡 okjebo",
        "<저작권자(c) 한빛뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
        "<본 콘텐츠의 저작권 및 법적 책임은 한빛경제에 있습니다.>",
    ],
)
def test_wire_footer_lines_are_dropped(junk: str) -> None:
    assert clean(f"{BODY}\n{junk}") == BODY


def test_headline_list_after_copyright_is_dropped() -> None:
    footer = "Copyright © 한빛신문. 무단전재 및 재배포 금지."
    text = f"{BODY}\n{QUOTE}\n{footer}\n- 다른 기사 제목 하나\n- 다른 기사 제목 둘"
    assert clean(text) == f"{BODY}\n{QUOTE}"


def test_related_articles_list_is_dropped_but_following_prose_kept() -> None:
    text = f"{BODY}\n관련기사\n- 빛고을시, 청년 창업지원센터 개소\n· 한빛대, 충원율 최고\n{QUOTE}"
    assert clean(text) == f"{BODY}\n{QUOTE}"


def test_plain_headlines_after_related_heading_are_dropped() -> None:
    text = (
        f"{BODY}\n[관련기사]\n빛고을시, 청년 창업지원센터 개소\n한빛대, 충원율 역대 최고\n{QUOTE}"
    )
    assert clean(text) == f"{BODY}\n{QUOTE}"


@pytest.mark.parametrize(
    "heading", ["많이 본 뉴스", "▶ 이 시각 인기 뉴스", "[주요 뉴스]", "<이 기사에 대한 독자 의견>"]
)
def test_lists_under_other_news_and_comment_headings_are_dropped(heading: str) -> None:
    listed = "1. 새솔시, 도서관 야간 개방\n· 좋은 협약이네요\n푸른군 축제 개막"
    text = f"{BODY}\n{QUOTE}\n\n{heading}\n{listed}"
    assert clean(text) == f"{BODY}\n{QUOTE}"


def test_comment_button_does_not_start_a_list() -> None:
    text = f"공유\n댓글\n빛고을시-한빛대, 물류 인재 키운다\n{BODY}"
    assert clean(text) == f"빛고을시-한빛대, 물류 인재 키운다\n{BODY}"


@pytest.mark.parametrize(
    ("header", "kept"),
    [
        ("2022-09-08 | 전남일보사 | 김도윤 기자", "김도윤 기자"),
        ("2025.04.15 | 빛고을경제", ""),
        ("기사입력 2024-03-05 14:20 | 최종수정 2024-03-05 15:01", ""),
    ],
)
def test_header_field_lines_keep_only_the_byline(header: str, kept: str) -> None:
    expected = f"{TITLE}\n{kept}\n{BODY}" if kept else f"{TITLE}\n{BODY}"
    assert clean(f"{TITLE}\n{header}\n{BODY}") == expected


def test_weather_widget_and_today_bar_never_reach_the_headline() -> None:
    page = (
        "2026.01.16 (금)\n\n  • 맑음빛고을 2.6℃\n  • 연무한빛 5.2℃\n  • 맑음새솔 -0.4℃\n"
        "기상청 제공\n\n의회\n\n빛고을시의회, 한빛대병원과 업무 협약 체결\n\n"
    )
    assert clean(page + BODY) == f"빛고을시의회, 한빛대병원과 업무 협약 체결\n\n{BODY}"


def test_a_ticker_of_other_headlines_above_the_article_is_dropped() -> None:
    ticker = "\n".join(
        f"- {line}"
        for line in (
            "[속보] 새솔군 해상 어선 침수…전원 구조",
            "빛고을시, 대설 대비 비상1단계 가동",
            "한빛해경, 불법 조업 어선 나포",
        )
    )
    headline = "빛고을시, 물류 기업 6곳과 투자협약"
    assert clean(f"{ticker}\n{headline}\n{BODY}") == f"{headline}\n{BODY}"


def test_a_dash_list_after_the_lead_is_not_a_ticker() -> None:
    text = f"{BODY}\n- 현장실습 공동 운영\n- 공동연구 추진\n- 채용 연계\n{QUOTE}"
    assert clean(text) == text


@pytest.mark.parametrize(
    ("header", "kept"),
    [
        ("홍길동 기자 입력 2008-05-26 00:00:00 조회수 173", "홍길동 기자"),
        ("2018-12-13 홍길동 기자", "홍길동 기자"),
    ],
)
def test_header_lines_keep_the_byline_without_dates_or_counters(header: str, kept: str) -> None:
    assert clean(f"{TITLE}\n{header}\n{BODY}") == f"{TITLE}\n{kept}\n{BODY}"


def test_a_labelled_stamp_opening_a_long_paragraph_leaves_it() -> None:
    assert clean(f"date 2018-07 {BODY} {QUOTE}") == f"{BODY} {QUOTE}"


def test_an_editors_note_mark_leaves_its_paragraph() -> None:
    intro = "빛고을시가 두 기업과 맺은 협약의 뜻과 그 과정을 살펴보았다."
    assert clean(f"{intro}(편집자주)\n{BODY}") == f"{intro}\n{BODY}"


def test_breadcrumb_is_dropped() -> None:
    assert clean(f"홈 > 지역 > 경기동부\n{BODY}") == BODY


def test_a_menu_of_section_names_run_together_is_dropped() -> None:
    assert clean(f"HOME 뉴스 정치경제\n{BODY}") == BODY
    assert clean(f"사회문화 지역\n{BODY}") == BODY


def test_inline_related_link_is_dropped() -> None:
    assert clean(f"{BODY}\n▶ 관련기사 : 빛고을시, 창업센터 개소\n{QUOTE}") == f"{BODY}\n{QUOTE}"


def test_page_cross_reference_keeps_following_headline() -> None:
    text = f"{BODY}\n〈관련기사 7면〉\n새솔시, 도서관 야간 개방 확대\n{QUOTE}"
    assert clean(text) == f"{BODY}\n새솔시, 도서관 야간 개방 확대\n{QUOTE}"


@pytest.mark.parametrize(
    "prose",
    [
        "양 기관은 회원가입 절차를 간소화하기로 했다.",
        "시는 주요 뉴스와 정보를 주민과 공유합니다.",
        "박 시장은 시정 인기 기사를 모은 소식지를 낸다고 밝혔다.",
    ],
)
def test_short_prose_with_menu_words_is_kept(prose: str) -> None:
    assert clean(f"{BODY}\n{prose}") == f"{BODY}\n{prose}"


def test_dash_list_inside_the_body_is_kept() -> None:
    text = f"{BODY}\n- 현장실습 공동 운영\n- 공동연구 추진\n{QUOTE}"
    assert clean(text) == text


# --- clean: captions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        (
            "▲ 박영진 시장(왼쪽)과 최수민 총장이 협약서에 서명한 뒤 기념촬영을 하고 있다.",
            "박영진 시장(왼쪽)과 최수민 총장이 협약서에 서명한 뒤 기념촬영을 하고 있다.",
        ),
        (
            "▲ 박영진 시장과 새솔시 시장이 30일 시청에서 협정을 체결한 뒤 악수를 하고 있다. |",
            "박영진 시장과 새솔시 시장이 30일 시청에서 협정을 체결한 뒤 악수를 하고 있다.",
        ),
        (
            "협약식에서 참석자들이 기념촬영을 하고 있다. (사진=빛고을시 제공)",
            "협약식에서 참석자들이 기념촬영을 하고 있다. (사진=빛고을시 제공)",
        ),
        (
            "협약식에서 참석자들이 기념촬영을 하고 있다. /사진=빛고을시",
            "협약식에서 참석자들이 기념촬영을 하고 있다. /사진=빛고을시",
        ),
        (
            "5일 시청에서 박 시장과 최 총장이 협약을 체결했다. 빛고을시 제공",
            "5일 시청에서 박 시장과 최 총장이 협약을 체결했다. 빛고을시 제공",
        ),
        (
            "김하늘 빛고을시의회 부의장(왼쪽)이 새솔성 부위원장과 우호 교류 협약을 체결한 후"
            " 기념촬영을 하고 있다.(빛고을시의회 제공)2022.10.27/한빛뉴스",
            "김하늘 빛고을시의회 부의장(왼쪽)이 새솔성 부위원장과 우호 교류 협약을 체결한 후"
            " 기념촬영을 하고 있다.(빛고을시의회 제공)2022.10.27/한빛뉴스",
        ),
        (
            "이미지 크게보기 박영진 시장이 협약서를 들어 보이고 있다. 빛고을시 제공",
            "박영진 시장이 협약서를 들어 보이고 있다. 빛고을시 제공",
        ),
        (
            "date 2025-10-26 큰사진보기 ▲박영진 시장과 새솔시 시장이 협약을 체결했다."
            " ⓒ 빛고을시청 관련사진보기",
            "박영진 시장과 새솔시 시장이 협약을 체결했다. ⓒ 빛고을시청",
        ),
        (
            "사진:빛고을시가 한빛리조트와 투자양해각서를 체결한 후 기념촬영을 하고 있다."
            " (왼쪽부터 박영진 군수, 최수민 지사, 김하늘 사장)",
            "빛고을시가 한빛리조트와 투자양해각서를 체결한 후 기념촬영을 하고 있다."
            " (왼쪽부터 박영진 군수, 최수민 지사, 김하늘 사장)",
        ),
        ("빛고을시-한빛대상호협력업무협약식이미지 확대보기", "빛고을시-한빛대상호협력업무협약식"),
        ("빛고을시청 전경.", "빛고을시청 전경."),
        ("빛고을시 유성구청 제공", "빛고을시 유성구청 제공"),
        (
            "[천지일보 세종=김하늘 기자] 박 시장이 17일 시청에서 협약 관련 브리핑을 하고 있다."
            " ⓒ한빛일보 2019.10.17",
            "[천지일보 세종=김하늘 기자] 박 시장이 17일 시청에서 협약 관련 브리핑을 하고 있다."
            " ⓒ한빛일보 2019.10.17",
        ),
    ],
)
def test_photo_caption_is_set_apart_from_the_body(line: str, caption: str) -> None:
    [article] = parse_articles(f"{line}\n{BODY}\n{QUOTE}")
    assert article.body == f"{BODY}\n{QUOTE}"
    assert article.captions == [caption]


def test_a_photo_placeholder_is_neither_body_nor_caption() -> None:
    [article] = parse_articles(f"[사진]\n{BODY}\n{QUOTE}")
    assert (article.body, article.captions) == (f"{BODY}\n{QUOTE}", [])


@pytest.mark.parametrize("name", ["2019041401010005586.jpg", "photo_01.PNG", "img-3.webp"])
def test_an_image_s_file_name_left_where_the_photo_stood_is_no_text(name: str) -> None:
    [article] = parse_articles(f"{BODY}\n{name}\n{QUOTE}")
    assert (article.body, article.captions) == (f"{BODY}\n{QUOTE}", [])


@pytest.mark.parametrize("marker", ["<사진>", "<사진1>", "[사진 2]", "[사진]", "〈사진〉"])
def test_a_photo_marker_inside_a_sentence_is_cut_from_it(marker: str) -> None:
    [article] = parse_articles(f"한빛시는 19일 누리기업과 수소 협약{marker}을 했다.\n{QUOTE}")
    assert article.body == f"한빛시는 19일 누리기업과 수소 협약을 했다.\n{QUOTE}"


def test_a_credit_line_takes_the_label_above_it_and_a_repeat_is_one_caption() -> None:
    page = f"빛고을시청\n[한빛뉴스 자료사진]\n{BODY}\n빛고을시청 전경.\n빛고을시청 전경.\n{QUOTE}"
    [article] = parse_articles(page)
    assert article.body == f"{BODY}\n{QUOTE}"
    assert article.captions == ["빛고을시청", "[한빛뉴스 자료사진]", "빛고을시청 전경."]


@pytest.mark.parametrize(
    "item",
    ["· 충전 설비 부지 제공", "○ 구 유휴 공공시설을 활용한 창업 공간 제공", "1. 시 공공시설 제공"],
)
def test_a_list_item_that_ends_in_providing_is_no_photo_credit(item: str) -> None:
    page = f"{BODY}\n두 기관은 아래 사업을 함께 추진한다.\n{item}\n- 공동 홍보"
    [article] = parse_articles(page)
    assert item in article.body
    assert article.captions == []


@pytest.mark.parametrize(
    "prose",
    [
        "양 기관은 현재 세부 사업을 검토하고 있다.",
        "시는 올해 안에 기업 10곳을 유치할 계획을 세우고 있다.",
        "빛고을시는 한빛대와 함께 청년 창업을 돕기로 했다. 시는 예산을 지원한다.",
    ],
)
def test_prose_in_the_present_tense_is_not_a_caption(prose: str) -> None:
    [article] = parse_articles(f"{BODY}\n{prose}")
    assert article.body == f"{BODY}\n{prose}"
    assert article.captions == []


def test_grouped_triangle_lines_are_clauses_not_captions() -> None:
    clauses = "▲ 현장실습 공동 운영\n▲ 물류 자동화 공동연구\n▲ 지역 기업 채용 연계"
    assert clean(f"{BODY}\n{clauses}\n{QUOTE}") == f"{BODY}\n{clauses}\n{QUOTE}"


def test_photo_credit_inside_a_long_paragraph_is_cut_not_the_paragraph() -> None:
    paragraph = f"{BODY} {QUOTE} 양 기관은 실무협의회를 꾸리기로 했다.(사진=빛고을시)"
    expected = f"{BODY} {QUOTE} 양 기관은 실무협의회를 꾸리기로 했다."
    assert clean(paragraph) == expected


# --- clean: repeats, broken words, blank lines -------------------------------------------


def test_body_printed_twice_keeps_first_copy(fixtures_dir: Path) -> None:
    raw = (fixtures_dir / "articles" / "duplicated.txt").read_text("utf-8")
    cleaned = clean(raw)
    lines = cleaned.split("\n")
    assert len(lines) == len(set(lines))
    assert cleaned.count("상생협력 협약'을 체결했다고") == 1
    assert "문화관광 교류 확대 합의" in cleaned
    assert lines[-1] == "/윤가람기자 garam@kyeongin.com"


def test_same_byline_under_two_articles_is_kept() -> None:
    byline = "/한도윤 기자 dyhan@jnilbo.com"
    text = f"첫 기사 제목\n\n{BODY}\n\n{byline}\n\n둘째 기사 제목\n\n{QUOTE}\n\n{byline}"
    assert clean(text).count(byline) == 2


def test_two_reports_sharing_press_release_sentences_both_keep_them() -> None:
    text = (
        f"한빛신문 제목: 물류 인재 협약\n{BODY}\n{QUOTE}\n/김하늘 기자 sky@kjdaily.com\n"
        f"새솔일보 제목: 빛고을시-한빛대 맞손\n{BODY}\n{QUOTE}\n/박서준 기자 seo@jnilbo.com"
    )
    assert clean(text) == text


def test_whole_page_printed_twice_keeps_one_copy() -> None:
    article = f"물류 인재 협약\n{BODY}\n{QUOTE}\n/김하늘 기자 sky@kjdaily.com"
    assert clean(f"{article}\n{article}") == article


def test_short_repeated_line_alone_is_kept() -> None:
    text = f"지역 소식\n{BODY}\n지역 소식\n{QUOTE}"
    assert clean(text) == text


@pytest.mark.parametrize(
    ("broken", "joined"),
    [
        (
            "이번 협약은 물류산업과 AI 산업의 발전 방향\n\n을 제시하고, 생태계를 키운다.",
            "이번 협약은 물류산업과 AI 산업의 발전 방향을 제시하고, 생태계를 키운다.",
        ),
        (
            '최 총장은 "대학과 지역이 손잡고 함께 성장해 물류 혁신의 핵\n\n심 거점 된다"고 했다.',
            '최 총장은 "대학과 지역이 손잡고 함께 성장해 물류 혁신의 핵심 거점 된다"고 했다.',
        ),
        (
            "양 기관은 물류 데이터를 모으고 현장 실습 과정을 함께 만드는 데 나서\n\n기로 했다.",
            "양 기관은 물류 데이터를 모으고 현장 실습 과정을 함께 만드는 데 나서기로 했다.",
        ),
    ],
)
def test_word_broken_across_blank_line_is_rejoined(broken: str, joined: str) -> None:
    assert clean(broken) == joined


def test_title_is_not_joined_to_the_next_paragraph() -> None:
    text = (
        "빛고을시, 스마트 물류 인재 키운다\n\n"
        "현장실습·공동연구 등 물류 분야 인재 양성 협력 강화\n\n" + BODY
    )
    assert clean(text) == text


def test_a_broadcast_script_broken_mid_sentence_is_one_paragraph() -> None:
    script = (
        "빛고을시와 한빛전자는\n오늘(5일) 시청에서 관계자들이\n참석한 가운데,\n"
        "천 200억원 규모의\n투자협약을 체결했습니다.\n"
        "한빛전자는 이곳에\n공장을 짓습니다."
    )
    assert clean(script) == (
        "빛고을시와 한빛전자는 오늘(5일) 시청에서 관계자들이 참석한 가운데, "
        "천 200억원 규모의 투자협약을 체결했습니다.\n한빛전자는 이곳에 공장을 짓습니다."
    )


def test_a_credit_in_tortoise_shell_brackets_glued_to_the_lead_is_no_part_of_it() -> None:
    text = (
        "보령시 행복교육지구 협약\n\n"
        "〔한빛일보 김하늘 기자〕보령교육지원청은 11일 보령시와 행복교육지구 업무협약을 체결했다."
    )
    (article,) = parse_articles(text)
    assert article.body.startswith("보령교육지원청은 11일")


def test_a_script_line_ending_on_its_day_in_brackets_joins_the_next() -> None:
    lead, rest = "[청주=한빛TV] 누리도와 진천군이 오늘(14일)", "한빛소재와 투자협약을 가졌습니다."
    assert clean(f"{lead}\n{rest}") == f"{lead} {rest}"


def test_a_script_line_ending_on_an_adnominal_verb_joins_the_next() -> None:
    script = "J지구 사업시행을 맡은\n한빛개발과 빛고을시가 맺은 협약이 해지됐습니다."
    assert clean(script) == "J지구 사업시행을 맡은 한빛개발과 빛고을시가 맺은 협약이 해지됐습니다."


def test_a_paragraph_broken_inside_its_last_sentence_is_joined_again() -> None:
    text = (
        "빛고을시는 2일 서울에서 투자유치 설명회를 열었다. 시는 이날 그동안의 유치 활동으로, "
        "한빛중공업\n등 9개 업체와 2천억원 규모의 투자협약을 체결했다.\n"
        "한빛중공업은 조선소를 짓는다."
    )
    assert clean(text) == (
        "빛고을시는 2일 서울에서 투자유치 설명회를 열었다. 시는 이날 그동안의 유치 활동으로, "
        "한빛중공업 등 9개 업체와 2천억원 규모의 투자협약을 체결했다.\n"
        "한빛중공업은 조선소를 짓는다."
    )


@pytest.mark.parametrize(
    "broken",
    [
        "빛고을시는 2일 서울에서 열린 설명회에서 그동안의 유치 활동으로 한빛중공업\n"
        "등 9개 업체와 투자협약을 체결했다.",
        "빛고을시는 2일 서울에서 열린 설명회에서 그동안의 유치 활동으로 한빛중공업\n"
        "외 8개 업체와 투자협약을 체결했다.",
    ],
)
def test_a_lead_broken_inside_its_only_sentence_is_joined_again(broken: str) -> None:
    assert clean(broken) == broken.replace("\n", " ")


@pytest.mark.parametrize(
    "text",
    [
        # A headline holds no closed sentence before its break.
        "빛고을시, 한빛중공업\n등 9개 업체와 투자협약\n빛고을시는 2일 협약을 맺었다.",
        # A paragraph that ends its last sentence is whole.
        "빛고을시는 2일 설명회를 열었다. 시는 이날 9개 업체와 투자협약을 체결했다.\n"
        "및 관련 기관의 의견은 다음과 같다.",
    ],
)
def test_a_line_is_joined_to_no_headline_and_no_whole_paragraph(text: str) -> None:
    assert clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "12일 빛고을시 찾은 홍 지사\n한 시장과 상생협약 체결\n8개 사항 합의\n"
        "홍 지사는 12일 빛고을시청에서 한 시장을 만나 상생발전 합의문을 체결했다.",
        "[카카오톡] 한빛방송 검색해 채널 추가\n[전화] 02-123-4567\n"
        "빛고을시는 지난 16일 새솔시와 협약을 맺었습니다.",
        "빛고을시, 물류 기업과 투자협약\n홍길동 기자\n빛고을시는 물류 기업과 협약을 맺었다.",
    ],
)
def test_headlines_bylines_and_contacts_never_join_the_lead(text: str) -> None:
    assert clean(text) == text


def test_blank_line_runs_become_one_and_edges_are_trimmed() -> None:
    assert clean(f"\n\n\n{BODY}\n\n\n\n{QUOTE}\n\n") == f"{BODY}\n\n{QUOTE}"


# --- seeds -------------------------------------------------------------------------------


def test_seed_000_loses_footer_and_headline_list(seeds_dir: Path) -> None:
    raw = next(seeds_dir.glob("000_*.txt")).read_text("utf-8")
    cleaned = clean(raw)
    assert "무단전재" not in cleaned and "ⓒ" not in cleaned
    assert not any(line.startswith("- ") for line in cleaned.split("\n"))
    assert cleaned.split("\n")[-1] == "광주 홍행기 기자"


@pytest.mark.parametrize("name", ["001_*.txt", "002_*.txt"])
def test_seed_repeated_half_is_gone(seeds_dir: Path, name: str) -> None:
    raw = next(seeds_dir.glob(name)).read_text("utf-8")
    cleaned = clean(raw)
    sentences = [s for line in cleaned.split("\n") for s in line.split(". ") if len(s) > 15]
    assert sentences
    assert len(sentences) == len(set(sentences))
    assert len(cleaned) < 0.65 * len(normalize_text(raw))


def test_seed_002_buttons_gone(seeds_dir: Path) -> None:
    cleaned = clean(next(seeds_dir.glob("002_*.txt")).read_text("utf-8"))
    for junk in ("기사 스크랩", "클린뷰", "프린트", "경기도 제공"):
        assert junk not in cleaned
    assert "\n-\n" not in cleaned


def test_seed_003_broken_words_rejoined(seeds_dir: Path) -> None:
    cleaned = clean(next(seeds_dir.glob("003_*.txt")).read_text("utf-8"))
    for word in ("방향을 제시하고", "핵심 엔진", "나서기로 했으며", "국제적 기준"):
        assert word in cleaned
    assert "광주시, AI기반 광기술 융합산업 활성화 '첫 단추'\n\n" in cleaned


def test_seed_004_header_and_ad_slots_gone(seeds_dir: Path) -> None:
    cleaned = clean(next(seeds_dir.glob("004_*.txt")).read_text("utf-8"))
    assert cleaned.startswith("[기계신문]")
    assert cleaned.endswith("오상미 기자 osm@mtnews.net")
    for junk in ("서브우측", "서브광고", "로그인", "기사수정", "기사등록", "▲ 인공지능"):
        assert junk not in cleaned
    assert cleaned.count("개청식이 27일(수)") == 1


def test_a_brief_run_into_its_copyright_line_keeps_its_sentences():
    text = (
        "누리도가 회생 절차를 마친 한빛항공과의 협약을 해지하고 이행보증금 16억 원을 몰수하기로"
        " 결정했다. 김하늘 지사는 21일 간담회에서 이를 밝혔다. <저작권자 ⓒ 누리타임즈 무단전재 및"
        " 재배포 금지>\n댓글\n|\n인기기사\n|\n"
    )
    cleaned = clean_text(text)
    assert cleaned.startswith("누리도가 회생 절차를") and cleaned.endswith("이를 밝혔다.")


def test_a_copyright_line_keeps_no_notice_and_a_caption_stays_a_caption():
    notice = (
        "누리도가 협약을 해지하기로 결정했다. 이 기사는 언론재단의 지원을 받아 작성됐습니다."
        " 저작권자 © 누리일보 무단전재 및 재배포 금지\n"
    )
    assert clean_text(notice) == "누리도가 협약을 해지하기로 결정했다."
    caption = (
        "누리시가 6일 시청에서 5개사와 투자 업무협약을 체결하고 있다. (사진= 누리시 제공)"
        " 2023.09.06. photo@newsis.com *재판매 및 DB 금지\n"
    )
    assert clean_text(caption).startswith(CAPTION)
