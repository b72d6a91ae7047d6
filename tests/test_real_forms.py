"""Signing reports in forms real outlets write, each a general rule with our own sentences."""

from __future__ import annotations

from mouarchive.extract.agreements import extract_agreements
from mouarchive.models import Article, PartialDate

PUBLISHED = PartialDate(2021, 2, 26)


def _reports(body: str, title: str | None = None):
    return extract_agreements(Article(title=title, body=body, published=PUBLISHED))


def test_a_city_abroad_introduced_with_its_country_is_a_party_when_named_again_alone():
    body = (
        "누리군이 중국 강소성 관남현과 15년간 이어온 우정을 자매결연으로 높였다.\n"
        "군과 관남현은 25일 협정서에 서명한 뒤 우편으로 교환하는 방식으로 자매결연을 했다.\n"
    )
    body = body.replace("누리군", "증평군")
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"충청북도 증평군", "관남현"}
    assert report.date == PartialDate(2021, 2, 25)


def test_an_event_named_for_its_agreement_and_held_is_a_signing():
    body = (
        "충북 청주시와 증평군은 상생협력벨트를 구축하기로 했다고 18일 밝혔다.\n"
        "두 시군은 이날 콘텐츠랩 세미나실에서 ‘상생협력벨트 MOU 및 워크숍’을 열었다.\n"
    )
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"충청북도 청주시", "충청북도 증평군"}
    assert "MOU" not in {p.name for p in report.parties}


def test_a_joint_declaration_adopted_by_two_cities_is_an_agreement():
    body = "충주시와 일본 유가시는 25일 시청에서 우호교류 촉진 '공동선언문'을 채택했다.\n"
    (report,) = _reports(body)
    assert report.kind == "공동선언"
    assert {p.name for p in report.parties} == {"충청북도 충주시", "유가시"}
