"""A photo credit run into the lead that follows it, where a page lost the line break: the
caption goes to the captions, the lead stays the body's first sentence."""

from __future__ import annotations

import pytest

from mouarchive.text.captions import credits_apart
from mouarchive.text.pipeline import parse_articles

LEAD = (
    "한빛시는 30일 시청에서 누리바이오 등 기업 4곳과 4066억 원 규모의 투자협약을 체결했다고 밝혔다."
)


def test_the_lead_after_a_glued_credit_is_the_body_and_the_caption_a_caption() -> None:
    page = (
        "한빛시, 기업 4곳과 투자협약\n"
        f"(왼쪽부터) 김남경 한빛시 투자유치단장, 박용우 누리바이오 대표. 한빛시 제공{LEAD}\n"
        "협약 기업은 한빛산단에 생산시설을 짓는다.\n"
    )
    (article,) = parse_articles(page)
    assert article.body.startswith(LEAD)
    assert article.captions == [
        "(왼쪽부터) 김남경 한빛시 투자유치단장, 박용우 누리바이오 대표. 한빛시 제공"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "직원을 대상으로 장례식장 이용료 등에서 우대혜택을 제공한다는 내용이다.",
        "이번 협약으로 시는 부지를 제공한다. 한빛군 제공한다.",
        "주민밀착형 치안 서비스 제공에 공동 대응하기로 했다.",
        "한빛국제공항공사는 20일 누리호텔에서 협약을 맺었다.",
        "교육비 전액 제공이 원칙이다.",
        "기념품 제공까지 포함한 협약이 맺어졌다.",
        "장학금 전액 제공이 핵심인 업무협약을 맺었다.",
        "밝혔다. 기숙사 무료 제공도 협약에 담겼다.",
        "무료 주차 제공합니다.",
        "기술 제공(무상) 조건이다.",
    ],
)
def test_provides_as_a_verb_or_inside_a_name_is_no_credit(line: str) -> None:
    assert credits_apart(line) == [line]


def test_a_credit_alone_at_the_start_of_the_line_is_cut_off() -> None:
    line = "누리문화재단 제공누리문화재단이 지역 5개 문화 기관과 협력하기로 했다."
    assert credits_apart(line) == [
        "누리문화재단 제공",
        "누리문화재단이 지역 5개 문화 기관과 협력하기로 했다.",
    ]


def test_a_lead_that_puts_its_province_before_the_credited_county_is_cut_off() -> None:
    line = "한빛군 제공남도 한빛군은 24일 군청에서 누리시와 자매결연 협약을 체결했다."
    assert credits_apart(line) == [
        "한빛군 제공",
        "남도 한빛군은 24일 군청에서 누리시와 자매결연 협약을 체결했다.",
    ]


def test_a_lead_that_names_in_full_whom_the_credit_shortened_is_cut_off() -> None:
    line = "협약 체결. 한빛경자청 제공한빛경제자유구역청은 19일 8개 기업과 투자협약을 체결했다."
    assert credits_apart(line) == [
        "협약 체결. 한빛경자청 제공",
        "한빛경제자유구역청은 19일 8개 기업과 투자협약을 체결했다.",
    ]
    unrelated = "협약 체결. 한빛경자청 제공누리시는 19일 8개 기업과 투자협약을 체결했다."
    assert credits_apart(unrelated) == [unrelated]
