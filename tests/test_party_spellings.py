"""Spellings outlets give one party, which must not keep two reports of one signing apart:
a national university with or without 국립, a club with or without its kind, a foreign name
written with 셰 or 세."""

from __future__ import annotations

from mouarchive.combine import combine
from mouarchive.extract.agreements import extract_agreements
from mouarchive.merge import lead_bar, same_signing
from mouarchive.models import AgreementReport, Article, PartialDate, Party

DATED, DAY_ONLY = PartialDate(2024, 5, 19), PartialDate(None, None, 19)


def report(parties: list[str], date: PartialDate | None) -> AgreementReport:
    return AgreementReport(
        title=None,
        kind="업무협약",
        status="signed",
        date=date,
        parties=[Party(name, (0, 1)) for name in parties],
    )


def test_a_national_university_with_or_without_its_national_prefix_is_one_party():
    full = report(["한빛교육대학교", "국립누리대학교", "국립청솔대학교"], DATED)
    short = report(["한빛교대", "누리대", "청솔대"], DAY_ONLY)
    assert same_signing(full, short)
    assert not same_signing(full, report(["한빛교대", "누리대", "다온대"], DAY_ONLY))


def test_a_club_named_with_its_kind_or_alone_is_one_party():
    full = report(["한빛시", "누리스타즈 프로농구단"], DATED)
    assert same_signing(full, report(["누리스타즈", "한빛시"], DAY_ONLY))
    assert same_signing(full, report(["한빛시", "누리스타즈 농구단"], DAY_ONLY))
    assert not same_signing(full, report(["한빛시", "다온스타즈 프로농구단"], DAY_ONLY))


def test_a_foreign_company_written_with_she_or_se_is_one_party():
    full = report(["남도", "셰르만사"], DATED)
    assert same_signing(full, report(["세르만사", "남도"], DAY_ONLY))


def test_a_vietnamese_province_written_with_yen_or_en_is_one_party():
    full = report(["전북특별자치도 임실군", "뚜옌꽝성"], DATED)
    assert same_signing(full, report(["뚜엔꽝성", "전북특별자치도 임실군"], DAY_ONLY))
    assert not same_signing(full, report(["하장성", "전북특별자치도 임실군"], DAY_ONLY))


def test_a_city_s_club_is_not_the_city():
    city_and_club = report(["수원시", "수원시 축구단"], None)
    city_and_company = report(["수원시", "누리전자"], None)
    out = (DATED, DATED)
    assert lead_bar(city_and_club, city_and_company, out) is None
    assert lead_bar(city_and_club, report(["수원시 축구단", "수원시"], None), out)


def test_a_creative_economy_centre_by_its_usual_short_name_is_one_party():
    full = report(["광주광역시", "광주창조경제혁신센터", "누리자동차"], DATED)
    short = report(["광주광역시", "광주혁신센터", "누리자동차"], DAY_ONLY)
    assert same_signing(full, short)
    parties = [p.name for p in combine([short, full]).parties]
    assert parties == ["광주광역시", "광주창조경제혁신센터", "누리자동차"]


def test_seoul_s_innovation_centre_is_not_its_creative_economy_centre():
    full = report(["서울특별시", "서울창조경제혁신센터", "누리자동차"], DATED)
    assert not same_signing(full, report(["서울특별시", "서울혁신센터", "누리자동차"], DATED))


def test_a_state_agency_with_or_without_its_지방_and_a_place_in_either_reading_is_one_party():
    full = report(["경상남도 창원시", "마산지방해양수산청"], DATED)
    short = report(["경상남도 창원시", "마산해양수산청"], DAY_ONLY)
    assert same_signing(full, short)
    assert not same_signing(full, report(["경상남도 창원시", "마산지방국세청"], DAY_ONLY))
    korean = report(["한빛현대축구단", "연변푸더"], DATED)
    assert same_signing(korean, report(["한빛현대축구단", "옌볜푸더"], DAY_ONLY))


def test_a_ministry_by_its_usual_short_name_goes_by_the_name_the_article_writes():
    body = (
        "충북도는 2일 서울에서 지경부, 누리배터리와 2억 달러 규모의 투자 양해각서를 체결했다.\n"
        "이번 투자는 지식경제부가 올해 유치한 외국인 투자 가운데 가장 크다.\n"
    )
    (found,) = extract_agreements(Article(None, body, published=PartialDate(2009, 11, 3)))
    names = [p.name for p in found.parties]
    assert "지식경제부" in names and "지경부" not in names
