"""Who signed, where the words around the parties mislead: a verb or a kind of company read as
a name, a government's leaders or a veterans' association, and a subject that only reports the
signing of two others."""

from __future__ import annotations

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.models import Article, PartialDate

PUBLISHED = PartialDate(2023, 5, 24)


def _parties(body: str) -> list[list[str]]:
    article = Article(title=None, body=body, published=PUBLISHED)
    return [[p.name for p in report.parties] for report in extract_agreements(article)]


def test_a_verb_joined_to_the_next_clause_by_a_comma_is_no_party():
    body = (
        "가온도는 산업관광시설 개발을 위한 투자를 유치해, 오는 14일 도청에서 가온도, 누리군,"
        " 주식회사 솔빛 3개 기관이 투자협약을 체결한다고 밝혔다."
    )
    (parties,) = _parties(body)
    assert "유치해" not in parties
    assert "솔빛" in " ".join(parties)


def test_a_kind_of_company_before_a_count_of_companies_is_no_party():
    (parties,) = _parties("방위산업기업 등 6개 기업이 대전시와 815억 원 규모의 투자 협약을 맺었다.")
    assert parties == ["대전광역시"]


def test_a_government_s_leaders_stand_for_the_government():
    body = (
        "김한빛 경기도지사는 23일(현지시간) 충칭시내 호텔에서 후헝화 시장 등 충칭시 지도부와"
        " 만나 우호협력 협약(MOU)을 체결했다."
    )
    (parties,) = _parties(body)
    assert parties == ["경기도", "충칭시"]


@pytest.mark.parametrize("body", ["재향군인회", "가온시새마을회", "누리군노인회"])
def test_an_association_named_for_its_members_signs(body: str) -> None:
    sentence = f"21일 가온수협과 {body}는 본점에서 상생발전을 위한 업무협약을 체결했다고 밝혔다."
    (parties,) = _parties(sentence)
    assert body in parties


def test_a_military_facility_unit_signs():
    body = (
        "가온시는 25일 시청 상황실에서 국방시설본부 누리시설단과 상생협력을 위한 손을 맞잡았다."
        " 이날 협약식에는 김솔 시장, 이바다 누리시설단장 등이 참석한 가운데 협약을 체결했다."
    )
    (parties,) = _parties(body)
    assert "누리시설단" in parties


def test_a_subject_that_tells_of_two_others_signing_between_them_is_no_party():
    body = (
        "누리 동구(청장 한가람)는 지역 발전을 위해 동구행복재단(대표 김솔)과"
        " 누리국제교류센터(소장 이바다) 간 업무협약을 체결했다고 23일 밝혔다."
    )
    assert _parties(body) == [["동구행복재단", "누리국제교류센터"]]


@pytest.mark.parametrize(
    "body",
    [
        "대전시는 19일 시청에서 대전시와 충남대학교 간 상생 협력을 위한 업무협약을 체결했다.",
        "가온시는 19일 해군사관학교, 해군군수사령부와 삼자 간 협약을 맺었다고 밝혔다.",
    ],
)
def test_a_subject_named_in_the_list_or_before_a_count_of_sides_still_signs(body: str) -> None:
    (parties,) = _parties(body)
    assert parties[0] in ("대전광역시", "가온시")
    assert len(parties) == 3 or parties == ["대전광역시", "충남대학교"]


def test_a_word_typed_twice_or_a_national_body_written_apart_is_one_name():
    body = (
        "가온시는 17일 시청에서 가온경찰서, 육군 육군 제3298부대 4대대, 한국 조폐공사,"
        " 한국 수자원공사와 안전 협력을 위한 업무협약을 체결했다."
    )
    (parties,) = _parties(body)
    assert parties[1:] == ["가온경찰서", "육군 제3298부대 4대대", "한국조폐공사", "한국수자원공사"]


@pytest.mark.parametrize(
    ("body", "regions"),
    [
        (
            "대구RISE센터, 강원RISE센터, 경북RISE센터는 27일 대학지원체계 협력 기반 구축을 위한"
            " 업무협약을 체결했다.",
            ["대구광역시", "강원특별자치도", "경상북도"],
        ),
        (
            "광주 동구는 동구행복재단과 누리국제교류센터 간 업무협약을 체결했다고 23일 밝혔다.",
            ["광주광역시 동구"],
        ),
    ],
)
def test_a_province_s_rise_centre_and_a_district_s_welfare_foundation_are_its_own(
    body: str, regions: list[str]
) -> None:
    (report,) = extract_agreements(Article(title=None, body=body, published=PUBLISHED))
    assert [r.name for r in report.regions] == regions


def test_a_ceremony_s_programme_names_no_party():
    body = (
        "가온문화전당(직무대리 이한솔)과 누리문화재단(대표 조다온)이 18일 업무협약을 맺었다."
        " 이날 협약식은 개식 및 참석자 소개, 기관소개 및 홍보영상시청, 기관장 인사말씀에 이어"
        " 협약 내용 소개와 협약서 서명 순으로 이어졌다."
    )
    assert _parties(body) == [["가온문화전당", "누리문화재단"]]


def test_a_usual_short_name_is_the_body_it_stands_for():
    body = (
        "ACC와 누리문화재단은 업무협약을 맺고 콘텐츠 교류에 협력하기로 했다."
        " 국립아시아문화전당(직무대리 이한솔)과 누리문화재단(대표 조다온)은 18일 전당"
        " 회의실에서 업무협약식을 가졌다."
    )
    assert _parties(body) == [["국립아시아문화전당", "누리문화재단"]]


def test_an_earlier_signing_told_as_recent_is_background():
    body = (
        "가온관광공사는 지난 16일 누리발효관광재단과 업무협약을 체결했다.\n"
        "앞서 가온관광공사는 최근 코레일가온본부, 솔빛관광재단 등과 업무협약을 체결하고"
        " 관광 활성화에 앞장서고 있다.\n"
    )
    assert _parties(body) == [["가온관광공사", "누리발효관광재단"]]


@pytest.mark.parametrize("verb", ["맺음", "체결함", "체결하였음."])
def test_a_report_written_as_an_official_note_tells_the_signing(verb: str) -> None:
    """Government notes and summaries end a sentence on a noun form ("…협약을 맺음")."""
    body = f"세종시와 청주시가 18일 청주시청에서 상생협력 사업 협약을 {verb}"
    (report,) = extract_agreements(Article(title=None, body=body, published=PUBLISHED))
    assert [p.name for p in report.parties] == ["세종특별자치시", "충청북도 청주시"]
    assert report.date == PartialDate(2023, 5, 18)


def test_one_acting_for_a_head_stands_for_the_head_s_government():
    body = (
        "김민수 충남도지사는 23일 도청에서 박지훈 천안시장권한대행 등 시군 단체장과 두보산업 등"
        " 29개 기업대표와 투자협약을 체결했다."
    )
    (parties,) = _parties(body)
    assert "충청남도 천안시" in parties
    assert not {"천안시장권한대행", "기업대표"} & set(parties)


def test_sides_counted_after_between_include_the_subject():
    body = "가온시는 12일 누리전자와 다솜대학교 간 3자 업무협약을 체결했다."
    assert _parties(body) == [["가온시", "누리전자", "다솜대학교"]]


@pytest.mark.parametrize("written", ["한국 은행", "한국 대학교"])
def test_only_a_public_body_written_apart_after_한국_is_joined(written: str) -> None:
    from mouarchive.extract.orgnames import normalize_org

    assert normalize_org(written, "") == written
    assert normalize_org("한국 가스기술공사", "") == "한국가스기술공사"


def test_an_earlier_signing_told_as_news_of_a_day_is_reported():
    body = "앞서 가온관광공사는 최근 코레일가온본부와 업무협약을 체결했다고 13일 밝혔다."
    assert _parties(body) == [["가온관광공사", "코레일가온본부"]]


def test_a_second_signing_later_that_day_takes_the_first_s_day():
    body = (
        "전주시는 9일 오전 시청에서 한빛관광과 '한옥마을 관광 활성화 업무협약'을 체결했다."
        " 이어 오후에는 누리환경센터와 '탄소중립 실천 확산 업무협약'을 맺었다."
    )
    article = Article(title=None, body=body, published=PartialDate(2024, 8, 10))
    assert [r.date for r in extract_agreements(article)] == [PartialDate(2024, 8, 9)] * 2


def test_a_bureau_keeps_the_로_that_ends_its_name():
    body = "성남시는 17일 성남관광컨벤션뷰로, 가온문화재단과 관광 활성화를 위한 업무협약을 맺었다."
    assert _parties(body) == [["경기도 성남시", "성남관광컨벤션뷰로", "가온문화재단"]]
