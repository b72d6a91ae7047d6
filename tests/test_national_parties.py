"""Korea and another country as the sides of an agreement between governments."""

from __future__ import annotations

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.models import Article, PartialDate


def _parties(body: str) -> list[list[str]]:
    article = Article(title=None, body=body, published=PartialDate(2023, 2, 16))
    return [[p.name for p in report.parties] for report in extract_agreements(article)]


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("이어 양국 총리는 15일 한·몽 군사비밀정보 보호 협정을 체결했다.", "몽골"),
        ("양국은 15일 한-호주 개발협력 양해각서를 갱신했다.", "호주"),
        ("한국과 베트남이 15일 하노이에서 군사정보보호에 관한 양해각서를 체결했다.", "베트남"),
        ("한국과 베트남이 15일 양해각서를 체결했다고 국방부가 밝혔다.", "베트남"),
    ],
)
def test_two_countries_with_no_body_named_are_the_sides(sentence: str, country: str):
    assert _parties(sentence + "\n") == [["대한민국", country]]


@pytest.mark.parametrize(
    "sentence",
    [
        "시는 15일 한국-카자흐스탄 비즈니스 포럼에서 누리컨설트와 협약을 체결했다.",
        "진주시는 15일 한·중 우호 주간을 맞아 한빛그룹과 업무협약을 체결했다.",
        "제주도교육청은 15일 한·중 교류주간 행사에서 산둥성교육청과 협약을 체결했다.",
    ],
)
def test_a_pair_of_countries_naming_an_event_leaves_the_signing_to_its_bodies(sentence: str):
    assert all("대한민국" not in names for names in _parties(sentence + "\n"))


def test_what_is_signed_at_a_summit_has_the_two_countries_as_sides():
    """ "청와대는 한-칠레 정상회담에서 … 양해각서(MOU)를 체결했다고 밝혔다": the office that
    speaks for the state is no side of its own, and the summit names the two countries however
    far the agreement noun; a city's signing at the summit keeps its own parties."""
    said = (
        "이날 청와대는 한-칠레 정상회담에서 경제 분야 5건을 포함한 8건의 양해각서(MOU)를"
        " 체결했다고 밝혔다."
    )
    assert _parties(said) == [["대한민국", "칠레"]]
    said = "청와대는 이날 한국수자원공사가 칠레 환경부와 물관리 MOU를 체결했다고 밝혔다."
    assert _parties(said) == [["한국수자원공사", "칠레 환경부"]]
    said = (
        "대통령실은 한-칠레 정상회담을 계기로 양국 기업과 기관이 111건의 MOU를 체결했다고 밝혔다."
    )
    assert _parties(said) == []
    said = "부산시는 한-칠레 정상회담을 계기로 산티아고시와 우호협력 협약을 체결했다."
    assert _parties(said) == [["부산광역시", "산티아고시"]]


def test_two_countries_as_the_subject_are_the_sides_whatever_else_is_named():
    """ "한국과 칠레는 정상회담에서 리튬 공급망과 … MOU를 체결했다고 청와대가 밝혔다": the two
    countries the sentence opens on signed, not a topic before 과 nor the office that says so."""
    said = (
        "한국과 칠레는 정상회담에서 리튬 공급망과 그린수소 분야 협력을 위한 MOU를 체결했다고"
        " 청와대가 밝혔다."
    )
    assert _parties(said + "\n") == [["대한민국", "칠레"]]


def test_the_two_heads_of_a_visit_stand_for_their_countries():
    """ "양국 정상은 회담 직후 … 양해각서(MOU) 체결식에 참석한다": the heads whose summit the
    story told before ("만모한 싱 인도 총리와 정상회담을") sign for Korea and that country; with
    no other country named before, the heads name no side."""
    body = (
        "인도를 국빈방문한 대통령은 25일 오후 인도 총리와 정상회담을 갖는다.\n"
        "양국 정상은 이날 회담 직후 정보기술 및 과학기술 분야 양해각서(MOU) 체결식에 참석한다.\n"
    )
    reports = extract_agreements(Article(title=None, body=body, published=PartialDate(2010, 1, 25)))
    assert [[p.name for p in r.parties] for r in reports] == [["대한민국", "인도"]]
    alone = "양국 정상은 25일 회담 직후 과학기술 분야 양해각서(MOU) 체결식에 참석한다.\n"
    reports = extract_agreements(
        Article(title=None, body=alone, published=PartialDate(2010, 1, 25))
    )
    assert all("인도" not in [p.name for p in r.parties] for r in reports)
    visits = (
        "대통령은 지난해 일본을 방문한 데 이어 올해 인도를 국빈방문했다.\n"
        "대통령은 25일 인도 총리와 정상회담을 가졌다.\n"
        "양국 정상은 이날 회담 직후 양해각서(MOU) 체결식에 참석했다.\n"
    )
    reports = extract_agreements(
        Article(title=None, body=visits, published=PartialDate(2010, 1, 25))
    )
    assert [[p.name for p in r.parties] for r in reports] == [["대한민국", "인도"]]
    business = body.replace("양해각서(MOU)", "양국 기업 간 양해각서(MOU)")
    reports = extract_agreements(
        Article(title=None, body=business, published=PartialDate(2010, 1, 25))
    )
    assert all("대한민국" not in [p.name for p in r.parties] for r in reports)


def test_countries_of_the_middle_east_africa_and_latin_america_are_sides_too():
    for country in ("이라크", "쿠웨이트", "콜롬비아", "탄자니아", "아제르바이잔"):
        sentence = f"한국과 {country}는 15일 경제협력 양해각서를 체결했다."
        assert _parties(sentence + "\n") == [["대한민국", country]]


def test_a_head_of_state_abroad_met_stands_for_the_country():
    """ "이라크 대통령과 정상회담을 열고 … 서명했다": the president met signs for Iraq, the
    president meeting him for Korea; a body that hosts him signs for itself."""
    body = (
        "윤솔 대통령은 15일 청와대에서 탈라바니 이라크 대통령과 정상회담을 열고 양해각서에"
        " 서명했다.\n"
    )
    assert _parties(body) == [["대한민국", "이라크"]]
    body = (
        "'한-이라크 건설협력 양해각서' 체결\n"
        "한빛건설협회는 15일 서울에서 방한 중인 탈라바니 이라크 대통령과 대표단 일행을 초청,"
        " '한-이라크 건설협력 양해각서(MOU)' 체결식을 가졌다.\n"
    )
    assert _parties(body) == [["한빛건설협회", "이라크"]]


def test_a_minister_or_premier_abroad_met_stands_for_the_ministry_or_country():
    """ "실바 페루 통상관광부 장관과 … MOU를 체결했다": the ministry abroad; "쿠웨이트의 사바
    총리와 회담을 갖고 … 약정을 맺고": the country, and Korea's premier for Korea."""
    body = "윤솔 한빛부 장관은 실바 페루 통상관광부 장관과 11일 MOU를 체결했다.\n"
    (parties,) = _parties(body)
    assert "페루 통상관광부" in parties
    body = "이솔 국무총리는 15일 쿠웨이트의 사바 총리와 회담을 갖고 석유협력약정을 맺었다.\n"
    assert _parties(body) == [["대한민국", "쿠웨이트"]]


@pytest.mark.parametrize(
    "body",
    [
        "누리건설은 5일 서울 롯데호텔에서 이라크 대통령과 양국 기업인들이 참석한 가운데"
        " 한빛전력과 발전소 건설 양해각서를 체결했다.\n",
        "한빛시장은 5일 이라크 대통령과 면담한 데 이어 누리전자와 투자협약을 체결했다.\n",
        "대통령은 5일 베트남 총리와 정상회담을 갖고, 양국 기업들이 맺은 10건의 양해각서"
        " 서명식에 참석했다.\n",
    ],
)
def test_a_head_abroad_who_attends_or_is_met_before_anothers_signing_signs_nothing(body: str):
    assert all("이라크" not in p and "베트남" not in p for p in _parties(body))


def test_the_governments_own_signing_is_not_folded_into_a_companys_with_that_country():
    body = (
        "한국과 베트남은 양국 정상회담을 계기로 교역 확대를 위한 양해각서를 체결했다. 한편"
        " 누리건설은 15일 하노이에서 베트남 정부와 발전소 건설 양해각서를 체결했다.\n"
    )
    assert ["대한민국", "베트남"] in _parties(body)
