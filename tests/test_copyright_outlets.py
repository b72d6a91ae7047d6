"""The outlet named before the copyright sign, and a <title> that ends with it (newcomer 48,
finding 16).

"동해일보 © All rights reserved." and "동해일보 ⓒ 무단전재 및 재배포 금지" gave no outlet, where
"© 동해일보 …" gave one; a saved page's <title> "… - 동해일보" kept the site's name in the
article's title.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_runner import run_cli

from mouarchive.readers.headings import without_site_name
from mouarchive.text.outlets import find_outlet

HEADLINE = "삼척시, 수소환원제철 실증단지 유치 업무협약"
BODY = [
    "강원 삼척시는 10일 시청 상황실에서 한빛철강㈜과 수소환원제철 실증단지 유치를 위한 업무협약을"
    " 체결했다.",
    "두 기관은 실증단지 부지 확보와 인허가, 전문 인력 양성에 함께 나서기로 했다.",
]
BYLINE = "강민서 기자"
NOTICE = "Copyright © 동해일보 www.donghae.example.kr"


def shown(path: Path) -> dict:
    assert run_cli("add", str(path)).code == 0
    return json.loads(run_cli("show", "a1", "--format", "json").out)


@pytest.mark.parametrize(
    "notice", ["동해일보 © All rights reserved.", "동해일보 ⓒ 무단전재 및 재배포 금지"]
)
def test_the_name_before_the_copyright_sign_is_the_outlet(notice: str, env_archive: Path) -> None:
    text = env_archive / "samcheok.txt"
    text.write_text("\n".join([HEADLINE, *BODY, BYLINE, notice]), encoding="utf-8")
    assert shown(text)["outlet"] == "동해일보"


def test_the_outlet_after_a_dash_leaves_the_page_title(env_archive: Path) -> None:
    page = env_archive / "samcheok.html"
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY)
    page.write_text(
        f"""<html><head><meta charset="utf-8">
<title>{HEADLINE} - 동해일보 | 강원 대표 언론</title></head><body>
<div class="menu">뉴스 | 지역 | 오피니언</div>
<div class="content">{paragraphs}<p>입력 2024.07.10 15:20 {BYLINE}</p></div>
<div class="footer">동해일보 © All rights reserved.</div></body></html>""",
        encoding="utf-8",
    )
    article = shown(page)
    assert (article["title"], article["outlet"]) == (HEADLINE, "동해일보")
    assert run_cli("show", "a1").out.splitlines()[0] == f"article a1: {HEADLINE}"


PARTY_HEADLINE = "동해일보·삼척시, 지역 언론 발전 맞손"


@pytest.mark.parametrize(
    "title", [PARTY_HEADLINE, f"{PARTY_HEADLINE} - 동해일보", f"동해일보 :: {PARTY_HEADLINE}"]
)
def test_an_outlet_that_is_a_party_stays_in_the_page_title(title: str, env_archive: Path) -> None:
    """An outlet reports its own agreements: its name before "·" is a party's, and only a
    site's suffix after " - " or a prefix before "::" goes."""
    page = env_archive / "donghae.html"
    page.write_text(
        f"""<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="content"><p>강원 삼척시는 5일 시청 대회의실에서 동해일보와 지역 언론 발전을 위한
업무협약을 체결했다.</p><p>두 기관은 지역 소식을 함께 발굴하고 재난 정보 전달에 협력하기로
했다.</p><p>입력 2024.06.05 10:20 {BYLINE}</p></div>
<div class="footer">동해일보 © All rights reserved.</div></body></html>""",
        encoding="utf-8",
    )
    assert shown(page)["title"] == PARTY_HEADLINE


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("경인일보 - 인천시 공동 캠페인 협약", "경인일보 - 인천시 공동 캠페인 협약"),
        ("전북도 : 전북일보", "전북도 : 전북일보"),
        ("전북도·전북일보 청년 창업 협약", "전북도·전북일보 청년 창업 협약"),
        ("전북도 청년 창업 협약 | 전북일보", "전북도 청년 창업 협약"),
        ("전북도 청년 창업 협약 – 전북일보", "전북도 청년 창업 협약"),
    ],
)
def test_only_a_site_suffix_or_marked_prefix_leaves_a_title(title: str, kept: str) -> None:
    assert without_site_name(title, {"경인일보", "전북일보"}) == kept


@pytest.mark.parametrize(
    "line",
    [
        "강원신문 ⓒ 표기 없이 사진을 쓰면 안 된다는 지적이 나왔다",
        "인터넷신문 ⓒ 2024 All rights reserved.",
        "지역신문 (c) 무단전재 금지",
        "포토뉴스 ⓒ 무단전재 및 재배포 금지",
    ],
)
def test_a_word_before_the_sign_names_an_outlet_only_in_a_notice(line: str) -> None:
    """A sentence about the sign, or a generic word before it, names no outlet."""
    assert find_outlet(line, None) is None


@pytest.mark.parametrize(
    "notice",
    [
        "Copyright by 동해일보 All rights reserved.",
        "Copyright © 2024 by 동해일보. All rights reserved.",
        "Copyright ⓒ 동해일보 www.donghae.example",
        "<Copyright ⓒ 동해일보 / 무단전재 및 재배포 금지>",
        "Copyrights ⓒ 2024 동해일보",
    ],
)
def test_the_outlet_of_a_notice_with_by_a_year_or_its_address(
    notice: str, env_archive: Path
) -> None:
    """ "by", a web address, a slash and "Copyrights" are no part of the name (newcomer 49,
    finding 7): the outlet printed was "by 동해일보", "동해일보 www", "동해일보 /" or none."""
    text = env_archive / "samcheok.txt"
    text.write_text("\n".join([HEADLINE, *BODY, BYLINE, notice]), encoding="utf-8")
    assert shown(text)["outlet"] == "동해일보"
    assert "출처 1건: 동해일보\n" in run_cli("timeline").out + "\n"


@pytest.mark.parametrize("credit", ["ⓒ가람시", "ⓒ 연합뉴스", "ⓒ삼척시청"])
def test_a_photo_s_bare_credit_in_the_body_gives_way_to_the_notice(credit: str) -> None:
    """A bare "ⓒ name" under a photo, the article's prose going on under it (a subheading
    first or not), and the page's notice at its foot: the credit was the outlet (review 56b,
    11)."""
    for subheading in ([], ["실증단지 부지는 내년 확정"]):
        text = "\n".join([HEADLINE, BODY[0], credit, *subheading, BODY[1], NOTICE])
        assert find_outlet(text, None) == "동해일보"


def test_a_photo_s_bare_credit_over_its_caption_and_a_subheading_gives_way() -> None:
    """The credit, then the photo's caption with no period and a subheading, then prose: the
    credit named the outlet over the page's notice at its foot (review 57b, 8)."""
    caption = "삼척시장(왼쪽)과 한빛철강 대표가 협약서를 들어 보이고 있다 /삼척시 제공"
    text = "\n".join([HEADLINE, BODY[0], "ⓒ삼척시", caption, "실증단지 부지는 내년 확정", BODY[1]])
    assert find_outlet(f"{text}\n{NOTICE}", None) == "동해일보"
    assert find_outlet(text, None) == "삼척시"


def test_a_bare_credit_closing_the_text_still_names_its_outlet() -> None:
    """A portal's copy closes with the agency's bare "ⓒ 연합뉴스": no prose under it."""
    text = "\n".join(
        [HEADLINE, *BODY, "ⓒ 연합뉴스", "Copyright © Kakao Corp. All rights reserved."]
    )
    assert find_outlet(text, None) == "연합뉴스"


def test_a_notice_left_above_the_headline_gives_way_to_the_copy_s_own() -> None:
    """The copy above's notice pasted as the first line, the copy's own at its foot: the
    outlet was the one above's (review 56b, 12)."""
    text = "\n".join(["Copyright © 서해경제 All rights reserved.", HEADLINE, *BODY, NOTICE])
    assert find_outlet(text, None) == "동해일보"
    assert find_outlet("\n".join(["", "ⓒ 서해경제", HEADLINE, *BODY]), None) == "서해경제"
