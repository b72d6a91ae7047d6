"""Every government of a province counted in full ("대구시 및 8개 구·군과") is a party."""

from __future__ import annotations

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.gazetteer import municipalities_of
from mouarchive.models import Article, PartialDate


def _parties(body: str, published: PartialDate | None) -> set[str]:
    (report,) = extract_agreements(Article(title=None, body=body, published=published))
    return {p.name for p in report.parties}


DAEGU_BEFORE_GUNWI = {
    "대구광역시 중구",
    "대구광역시 동구",
    "대구광역시 서구",
    "대구광역시 남구",
    "대구광역시 북구",
    "대구광역시 수성구",
    "대구광역시 달서구",
    "대구광역시 달성군",
}


@pytest.mark.parametrize("dot", ["·", "․", "ㆍ", "‧"])
def test_a_count_of_all_a_city_held_that_year_names_each_of_them(dot: str):
    body = f"경북 영주시는 12일 대구시청에서 대구시 및 8개 구{dot}군과 상생 교류 협약을 체결했다.\n"
    assert _parties(body, PartialDate(2021, 9, 13)) == {
        "경상북도 영주시",
        "대구광역시",
        *DAEGU_BEFORE_GUNWI,
    }
    # 군위군 joined 대구 on 2023-07-01: eight is no longer all of them.
    assert _parties(body, PartialDate(2024, 9, 13)) == {"경상북도 영주시", "대구광역시"}


def test_the_districts_counted_by_their_heads_are_parties():
    body = "김하늘 광주시장과 광주 5개 구청장은 11일 광주시청에서 상생협약식을 열었다.\n"
    names = _parties(body, PartialDate(2019, 3, 11))
    assert {"광주광역시 동구", "광주광역시 광산구"} <= names
    assert len(names) == 6


@pytest.mark.parametrize(
    "body",
    [
        # Some of them: which ones, the count does not say.
        "전남도는 28일 도청에서 도내 15개 시·군과 관광 활성화 협약을 체결했다.\n",
        # All of another province, which does not sign: the governments are where the
        # companies invest, not partners.
        "한빛전자는 28일 경남 18개 시·군 가운데 한 곳에 공장을 짓는 협약을 누리시와 체결했다.\n",
        # Governments that attend, recommend or help are no partners.
        "전남도는 28일 도청에서 도내 22개 시·군이 참석한 가운데 한빛전자와 투자협약을 체결했다.\n",
        "전남도는 28일 22개 시·군이 추천한 청년 농업인 단체와 업무협약을 체결했다.\n",
        "경남도는 28일 한빛조선과 투자협약을 체결했으며, 18개 시·군은 협약 이행을 돕는다.\n",
    ],
)
def test_a_count_that_names_no_one_in_particular_adds_no_party(body: str):
    names = _parties(body, PartialDate(2019, 3, 28))
    assert not any(name.startswith(("전라남도 ", "경상남도 ")) for name in names)


def test_heads_counted_beside_their_province_sign_for_their_governments():
    body = "경북도와 도내 23개 시장·군수는 13일 도청에서 저출생 극복 공동협약을 체결했다.\n"
    names = _parties(body, PartialDate(2021, 9, 13))
    assert "경상북도 포항시" in names and "경상북도 울릉군" in names
    assert len(names) == 24


def test_the_gazetteer_counts_a_province_as_it_was_on_the_day():
    gu_gun = frozenset({"자치구", "군"})
    assert len(municipalities_of("대구광역시", gu_gun, PartialDate(2023, 6, 30))) == 8
    assert len(municipalities_of("대구광역시", gu_gun, PartialDate(2023, 7, 1))) == 9
    assert len(municipalities_of("경상북도", frozenset({"시", "군"}), PartialDate(2020))) == 23
    assert len(municipalities_of("경상북도", frozenset({"시", "군"}), None)) == 22
