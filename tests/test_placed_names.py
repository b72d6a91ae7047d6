"""A body the lede names with its place before it ("군산시민발전주식회사") and the story then calls
without it ("시민발전은 … 체결했다") is one body, the name a reader searches for."""

from __future__ import annotations

from mouarchive.extract.agreements import extract_agreements
from mouarchive.models import Article, PartialDate


def _names(body: str) -> list[str]:
    (report,) = extract_agreements(
        Article(title=None, body=body, published=PartialDate(2026, 2, 7))
    )
    return [p.name for p in report.parties]


def test_a_body_called_without_its_place_goes_by_the_name_the_lede_wrote():
    body = (
        "전북 김제시 재생에너지 전담 기관인 김제시민발전주식회사가"
        " 주민참여 태양광 사업을 추진한다.\n"
        "시민발전은 6일 김제사회적경제지원센터·김제햇빛에너지협동조합과 업무협약을 체결했다.\n"
    )
    names = _names(body)
    assert "김제시민발전주식회사" in names and "시민발전" not in names


def test_a_body_named_bare_first_keeps_its_name_beside_a_placed_site_of_it():
    body = (
        "대전 한결병원재단이 외국인 환자 유치를 위해 코레일과 협력한다.\n"
        "한결병원은 16일 유성한결병원 회의실에서 코레일 대전충남본부와 업무협약을 체결했다.\n"
    )
    assert "유성한결병원" not in _names(body)


def test_a_body_that_stands_alone_is_not_renamed_to_a_placed_branch_of_it():
    after = (
        "양산부산대병원에 이어 부산대병원도 협력에 나섰다.\n"
        "부산대병원은 10일 누리시와 의료 협력 업무협약을 체결했다.\n"
    )
    assert "부산대병원" in _names(after)
    both = "양산부산대병원과 부산대병원은 10일 누리시와 의료 협력 업무협약을 체결했다.\n"
    assert {"양산부산대병원", "부산대병원"} <= set(_names(both))


def test_a_short_name_of_a_body_its_lede_placed_goes_by_the_placed_name():
    body = (
        "부산관광공사가 지역 관광 활성화에 나선다.\n"
        "관광공사는 15일 한빛여행사와 관광 상품 개발을 위한 업무협약을 체결했다.\n"
    )
    assert _names(body) == ["부산관광공사", "한빛여행사"]
