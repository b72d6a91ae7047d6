"""A place's own bodies and a national body's area branches give the agreement that place."""

from __future__ import annotations

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.party_regions import body_region
from mouarchive.models import Article, PartialDate, Region


@pytest.mark.parametrize(
    ("name", "region"),
    [
        ("울산광역시교육청", "울산광역시"),
        ("충북교육청", "충청북도"),
        ("함안군보건소", "경상남도 함안군"),
        ("의왕시 보건소", "경기도 의왕시"),
        ("동작구의회", "서울특별시 동작구"),
        ("김천시중앙보건지소", "경상북도 김천시"),
        ("부산시설공단", "부산광역시"),
        ("안성시자원봉사센터", "경기도 안성시"),
        ("NH농협은행 합천군지부", "경상남도 합천군"),
        ("한국농촌지도자순창군연합회", "전북특별자치도 순창군"),
        ("농협교류센터 전북지사", "전북특별자치도"),
        ("산청군농협", "경상남도 산청군"),
        ("대전원예농협", "대전광역시"),
        ("경남도유도회", "경상남도"),
        ("충북도립한빛대학", "충청북도"),
        ("남원시문화진흥원", "전북특별자치도 남원시"),
        ("화순지역자활센터", "전라남도 화순군"),
        ("인천테크노파크", "인천광역시"),
        ("광주지방법원", "광주광역시"),
        ("울산북구노인복지관", "울산광역시 북구"),
        ("충북지방경찰청", "충청북도"),
        ("통영시어촌계", "경상남도 통영시"),
        ("김천개령중학교", "경상북도 김천시"),
        ("순천한빛초등학교", "전라남도 순천시"),
        ("서울특별시 종로구 부암동", "서울특별시 종로구"),
        ("세종특별자치시 고운동 주민자치위원회", "세종특별자치시"),
        ("제주특별자치도 해양수산연구원", "제주특별자치도"),
        ("충북사회복지공동모금회", "충청북도"),
        ("세종시사회서비스원", "세종특별자치시"),
        ("경기도 수원시의회", "경기도 수원시"),
        ("울진군산림조합", "경상북도 울진군"),
        ("서울시 도봉구 창4동 주민자치위원회", "서울특별시 도봉구"),
        ("서울시 강남구 보건소", "서울특별시 강남구"),
        ("경기북부소방재난본부", "경기도"),
        ("전남소방재난본부", "전라남도"),
    ],
)
def test_a_places_own_body_or_area_branch_belongs_to_it(name, region):
    found = body_region(name, "")
    assert found is not None and found.name == region


@pytest.mark.parametrize(
    "name",
    ["광주지방법원", "광주고등법원", "광주지방변호사회", "광주지방검찰청", "광주소방재난본부"],
)
def test_a_bare_gwangju_before_a_body_only_a_metropolitan_city_has_is_gwangju_metropolitan(name):
    """경기도 광주시 has no court, prosecutors' office or bar of its own: these are never its."""
    assert body_region(name, "기자 = 조정 제도 활성화를 위한 업무협약을 맺었다") == Region(
        "광주광역시"
    )


def test_a_bare_gwangju_before_a_body_any_city_has_stays_ambiguous():
    found = body_region("광주시의회", "기자 = 업무협약을 맺었다")
    assert found is not None and found.ambiguous


@pytest.mark.parametrize(
    "name",
    [
        "광주은행",
        "전남대학교",
        "한국남동발전",
        "서울와이즈요양병원",
        "한국전자통신연구원",
        "NH농협",
        "한국콘텐츠진흥원",
        "한국해양진흥원",
        "대구광역시 축구협회",
        "서울시 도봉구 축구협회",
        "대구 침산동 주민자치위원회",
        "서울 도봉 창4동",
        "서울특별시 관리",
        # The state's port authorities, named for the ports they run.
        "인천항만공사",
        "울산항만공사",
    ],
)
def test_a_place_inside_a_company_or_university_name_is_not_its_region(name):
    assert body_region(name, "") is None


def test_an_agreement_of_two_health_bodies_lies_where_they_serve():
    body = "함안군보건소는 12일 누리의료원과 취약계층 방문진료 협약을 체결했다.\n"
    (report,) = extract_agreements(Article(None, body, published=PartialDate(2024, 3, 12)))
    assert [r.name for r in report.regions] == ["경상남도 함안군"]


def test_a_body_named_with_its_governments_full_name_is_never_ambiguous():
    body = "광주광역시의회는 응에안성 인민의회와 우호협약을 체결했다. 경기 광주시도 참석했다."
    assert body_region("광주광역시의회", body) == Region("광주광역시")


def test_a_committee_of_a_council_lies_where_the_council_serves():
    body = "충청남도의회 교육위원회는 9일 업무협약을 체결했다."
    assert body_region("충청남도의회 교육위원회", body) == Region("충청남도")


def test_a_body_called_by_its_kind_alone_is_the_one_named_before():
    """ "김포소방서(서장 …)가 … 소방서는 두 병원과": the party is 김포소방서, with its city's
    region, not the fragment 소방서; named nowhere in full, it is no one."""
    body = (
        "김포소방서(서장 손용준)가 이송체계 강화를 위해 병원들과 힘을 합쳤다.\n\n"
        "소방서는 김포우리병원과 중증응급환자 이송체계 강화를 위한 업무협약(MOU)을 "
        "체결했다고 10일 밝혔다.\n"
    )
    (report,) = extract_agreements(Article(None, body, published=PartialDate(2026, 2, 10)))
    assert [p.name for p in report.parties] == ["김포소방서", "김포우리병원"]
    assert [r.name for r in report.regions] == ["경기도 김포시"]
    apart = (
        "의왕시 보건소(소장 한빛)가 주민 건강을 위해 나섰다.\n\n"
        "보건소는 누리대학교와 건강증진 업무협약을 체결했다고 10일 밝혔다.\n"
    )
    (report,) = extract_agreements(Article(None, apart, published=PartialDate(2026, 2, 10)))
    assert [p.name for p in report.parties] == ["의왕시 보건소", "누리대학교"]
    alone = "소방서는 김포우리병원과 업무협약(MOU)을 체결했다고 10일 밝혔다.\n"
    (report,) = extract_agreements(Article(None, alone, published=PartialDate(2026, 2, 10)))
    assert [p.name for p in report.parties] == ["김포우리병원"]


def test_a_neighbourhood_body_lies_in_the_city_written_before_it():
    """ "서울시 도봉구 창4동 주민자치위원회와": the party read is the 동's committee, and its
    region is the city the article wrote before it."""
    body = (
        "누리면 주민자치위원회(위원장 김바다)가 서울시 도봉구 창4동 주민자치위원회(위원장 "
        "이하늘)와 자매결연을 맺었다. 4일 창4동 주민자치센터에서 협약식이 열렸다.\n"
    )
    (report,) = extract_agreements(Article(None, body, published=PartialDate(2024, 3, 5)))
    assert [r.name for r in report.regions] == ["서울특별시 도봉구"]


def test_a_school_district_named_like_a_seoul_district_stays_where_the_story_is():
    body = (
        "울산시는 17개 기관과 업무 협약을 체결했다고 10일 밝혔다.\n"
        "이번 협약에는 시를 비롯해 울산세관, 강북교육지원청, 강남교육지원청, 울산세무서 등이"
        " 참여했다.\n"
    )
    (report,) = extract_agreements(
        Article(title=None, body=body, published=PartialDate(2019, 9, 10))
    )
    assert [r.name for r in report.regions] == ["울산광역시"]
    assert body_region("강북교육지원청", "서울 강북구의 강북교육지원청과") == Region(
        "서울특별시 강북구"
    )
    assert body_region("성북교육지원청", "성북구청과 성북교육지원청이") == Region(
        "서울특별시 성북구"
    )
