"""Sentences of one article that tell the same signing make one agreement, however each
names its parties. Each a general rule, with our own sentences."""

from __future__ import annotations

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.orgnames import region_lookup
from mouarchive.extract.party_regions import home_government
from mouarchive.extract.signing_context import REFERENCE_RE
from mouarchive.models import AgreementReport, Article, PartialDate


def _reports(body: str, published: PartialDate | None) -> list[AgreementReport]:
    return extract_agreements(Article(title=None, body=body, published=published))


def test_a_signing_told_again_with_a_party_written_short_is_one_agreement():
    body = (
        "세종시- 한빛관리소- 대전마케팅공사가 11일 컨벤션센터에서 기획전시 활성화를 위한 "
        "업무협약을 체결했다.\n"
        "세종시가 11일 컨벤션센터에서 한빛관리소, 대전 마케팅공사와 기획전시 활성화를 위한 "
        "공동업무협약을 체결했다.\n"
    )
    (report,) = _reports(body, PartialDate(2015, 6, 12))
    assert {"세종특별자치시", "대전마케팅공사"} <= {p.name for p in report.parties}
    assert report.date == PartialDate(2015, 6, 11)


@pytest.mark.parametrize(
    "opening",
    ["이번 협약은 ", "이번 자매결연 협약은 ", "이번 투자협약으로 ", "업무협약을 통해 "],
)
def test_this_agreement_named_with_its_kind_refers_back_to_the_signing_just_told(opening: str):
    assert REFERENCE_RE.search(opening + "누리농협과 한빛유통이 판로를 넓히기로 했다.")
    assert not REFERENCE_RE.search("누리농협과 한빛유통이 " + opening)


def test_two_hosts_each_signing_with_counted_companies_made_two_signings():
    body = (
        "광주와 전남교육청이 고졸 취업 활성화를 위해 기업들과 손을 잡았다.\n"
        "전남도교육청은 20일 목포의 한 호텔에서 전남도, 지역 81개 기업과 맞춤 교육을 위한 "
        "업무 협약을 했다.\n"
        "업체 측은 교육 이수 학생을 적극 채용하기로 했다.\n"
        "광주시교육청은 이날 고졸 채용 우수기업 대표 등 36명을 자문단으로 위촉했다.\n"
        "시교육청은 한빛정밀, 누리테크, 다온식품 등 9개 기업과 취업 활성화 업무 협약도 했다.\n"
    )
    reports = _reports(body, PartialDate(2019, 5, 20))
    parties = sorted(sorted(p.name for p in r.parties) for r in reports)
    assert parties == [
        ["광주광역시교육청", "누리테크", "다온식품", "한빛정밀"],
        ["전라남도", "전라남도교육청"],
    ]


def test_a_counted_signing_told_as_one_more_is_its_own_agreement():
    body = (
        "충북도는 10일 한빛전자와 투자협약을 체결했다.\n"
        "도는 ㈜누리화학 등 7개업체와 1100억원 상당의 투자협약도 체결했다.\n"
    )
    reports = _reports(body, PartialDate(2014, 3, 11))
    assert sorted(sorted(p.name for p in r.parties) for r in reports) == [
        ["누리화학", "충청북도"],
        ["충청북도", "한빛전자"],
    ]


def test_a_bare_province_is_the_one_the_article_names_by_its_short_form():
    body = (
        "도는 이날 충북에 투자한 기업 관계자들에게 감사패를 전달했다. "
        "도는 ㈜누리화학 등 7개업체와 1100억원 상당의 투자협약도 체결했다.\n"
    )
    (report,) = _reports(body, PartialDate(2009, 1, 22))
    assert sorted(p.name for p in report.parties) == ["누리화학", "충청북도"]
    two = "도는 충북에 있는 공장과 경남에 있는 공장을 잇는다."
    assert home_government("도", two, region_lookup(two)) is None
    origin = "도는 12일 협약을 맺었다. 협약식에는 경북 출신 국회의원도 참석했다."
    assert home_government("도", origin, region_lookup(origin)) is None


def test_the_agreements_own_name_joins_its_parties():
    body = (
        "보령시는 지난 7일 몽골 울란바토르 현지에서 '보령시-울란바토르시 우호협력 "
        "양해각서(MOU)'를 체결했다.\n"
    )
    (report,) = _reports(body, PartialDate(2025, 7, 9))
    assert "울란바토르시" in [p.name for p in report.parties]


def test_a_count_after_a_signing_of_one_party_names_its_partners():
    body = (
        "충주시가 7일 수소노면청소차 실증 사업을 위한 업무협약을 체결했다.\n"
        "이날 시는 천안 한국자동차연구원에서 현대자동차, 한국자동차연구원, 한빛모빌리티 등 "
        "3개 기관과 실증연구를 위한 협약을 체결하고 차량을 인도받았다.\n"
    )
    (report,) = _reports(body, PartialDate(2023, 3, 8))
    assert {"충청북도 충주시", "현대자동차", "한국자동차연구원"} <= {p.name for p in report.parties}


def test_a_counted_list_as_the_subject_before_a_signing_names_its_parties():
    body = (
        "충남 서해안을 끼고 있는 4개 시・군이 ‘환황해권 행정협의회’를 창립하고 상생발전을 "
        "위해 힘을 모은다.\n\n"
        "16일 서산시에 따르면 서산시, 보령시, 당진시, 서천군 등 4개 시・군은 이날 보령시청에서 "
        "각 시장・군수가 참여한 가운데 행정협의회 창립총회를 열었다.\n\n"
        "이날 총회에서 각 시장・군수는 ▲상생협력 ▲공동 대응 등을 내용으로 하는 협약서에 "
        "서명했다.\n"
    )
    (report,) = _reports(body, PartialDate(2022, 9, 16))
    assert sorted(p.name for p in report.parties) == [
        "충청남도 당진시",
        "충청남도 보령시",
        "충청남도 서산시",
        "충청남도 서천군",
    ]


def test_bodies_that_each_signed_with_their_own_partner_made_one_agreement_each():
    """ "A와 B는 각각 X, Y와": each body before 각각 with the partner in its place after it."""
    for when in ("각각", "지난 2일 각각", "각각 2일"):
        pairs = f"거창군과 한빛대학은 {when} 누리재단, 미르대학과 인력 교류 양해각서를 체결했다.\n"
        reports = _reports(pairs, PartialDate(2024, 5, 3))
        assert [[p.name for p in r.parties] for r in reports] == [
            ["경상남도 거창군", "누리재단"],
            ["한빛대학", "미르대학"],
        ]


def test_a_host_signing_with_partners_in_turn_made_one_agreement_each():
    """ "B 시장, C 군수와 차례로 협약식을 가졌다": one signing with each."""
    body = (
        "김하늘 전북교육감은 6일 이솔 김제시장, 박미르 완주군수와 차례로 교육협력 협약식을"
        " 가졌다.\n"
    )
    reports = _reports(body, PartialDate(2022, 9, 7))
    assert [[p.name for p in r.parties] for r in reports] == [
        ["전북특별자치도교육청", "전북특별자치도 김제시"],
        ["전북특별자치도교육청", "전북특별자치도 완주군"],
    ]


@pytest.mark.parametrize(
    "partners",
    [
        "완주군, 장수군, 정읍시 등과 잇달아",
        "완주군과 장수군과 각 3억원씩 모두 6억원 규모의",
        "완주군과 장수군과 각 3억 원씩 모두 6억 원 규모의",
        "완주군(군수 김하늘)을 시작으로, 장수군(군수 이솔), 정읍시(시장 박미르) 등과 차례로",
        "완주군(군수 김하늘)을 비롯해, 장수군(군수 이솔), 정읍시(시장 박미르) 등과 잇달아",
    ],
)
def test_partners_closed_by_deung_or_each_given_a_sum_are_one_agreement_each(partners: str):
    """ "B, C, D 등과 잇달아 협약을 체결했다", "B와 C와 각 3억원씩": each partner its own."""
    body = f"한빛대학교는 4일 {partners} 인재 양성 업무협약을 체결했다.\n"
    reports = _reports(body, PartialDate(2023, 10, 5))
    counties = ["완주군", "장수군", "정읍시"] if "정읍시" in partners else ["완주군", "장수군"]
    assert [[p.name for p in r.parties] for r in reports] == [
        ["한빛대학교", f"전북특별자치도 {county}"] for county in counties
    ]


def test_partners_of_an_agreement_signed_in_turn_after_its_name_are_one_agreement_each():
    """ "B, C와 투자양해각서(MOU)를 잇따라 체결했다": 잇따라 after the agreement's name."""
    body = "충남도는 25일 한빛전자, 누리화학과 투자양해각서(MOU)를 잇따라 체결했다.\n"
    reports = _reports(body, PartialDate(2022, 10, 26))
    assert [[p.name for p in r.parties] for r in reports] == [
        ["충청남도", "한빛전자"],
        ["충청남도", "누리화학"],
    ]


def test_heads_abroad_signing_then_each_agreement_told_are_one_agreement_each():
    """ "A사 수석 부사장, B사 대표이사와 …를 체결했다. 각 MOU에는 …": the next sentence counts
    one agreement to a partner; each company is read from its officer abroad, rank and all."""
    body = (
        "충남도는 25일 파리에서 매트 체레바티 누리코아 수석 부사장, 니콜라 푸아리앙 "
        "한빛가스코리아 대표이사와 투자양해각서(MOU)를 체결했다.\n"
        "각 MOU에는 천안시 관계자도 함께했다.\n"
    )
    reports = _reports(body, PartialDate(2025, 7, 26))
    assert [([p.name for p in r.parties], [s.name for s in r.signatories]) for r in reports] == [
        (["충청남도", "누리코아"], ["매트 체레바티"]),
        (["충청남도", "한빛가스코리아"], ["니콜라 푸아리앙"]),
    ]
    for one in ("이 MOU에는", "각 협약 기관은"):
        (report,) = _reports(body.replace("각 MOU에는", one), PartialDate(2025, 7, 26))
        assert len(report.parties) == 3
    three = body.replace("투자양해각서", "3자 양해각서")
    assert len(_reports(three, PartialDate(2025, 7, 26))) == 1
    together = body.replace("각 MOU에는", "이 MOU에는")
    (report,) = _reports(together, PartialDate(2025, 7, 26))
    assert {p.name for p in report.parties} == {"충청남도", "누리코아", "한빛가스코리아"}


def test_an_officer_abroad_answering_for_an_area_names_the_company():
    """ "클라우스 베버 누리케미칼 아시아태평양 수석 부사장과": the area is no party and no piece
    of a name; the company and the officer are."""
    body = (
        "누리시가 독일 화학기업 누리케미칼과 투자협약을 맺었다.\n"
        "이한빛 누리시장은 20일 시청에서 클라우스 베버 누리케미칼 아시아태평양 수석 부사장과 "
        "만나 투자협약서에 서명했다.\n"
    )
    (report,) = _reports(body, PartialDate(2025, 5, 20))
    assert "아시아태평양" not in [p.name for p in report.parties]
    assert "클라우스 베버" in [s.name for s in report.signatories]


@pytest.mark.parametrize(
    "sentence",
    [
        # What each side brings to one agreement of all three.
        "한빛시와 누리공사는 각각 행정 지원과 사업비를 맡기로 하고 12일 미르재단과 3자 "
        "업무협약을 체결했다.",
        "한빛시와 누리대학교는 각각 10억원씩 출연해 미르재단과 업무협약을 체결했다.",
        # Two days this reading cannot share out between the two.
        "한빛공사와 누리공사는 각각 지난 19일과 20일 빛고을시와 업무협약을 맺었다.",
    ],
)
def test_each_side_bringing_its_part_to_one_agreement_splits_nothing(sentence: str):
    (report,) = _reports(sentence + "\n", PartialDate(2024, 5, 22))
    assert len(report.parties) == 3


def test_another_days_signing_named_only_by_its_quoted_title_is_one_more():
    body = (
        "교류사절단은 20일 양저우시인민대표대회상무위원회를 방문해 왕하이 주임과 면담을 갖고 "
        "'김천시의회–양저우시인민대표대회상무위원회 우호교류 협약'을 체결했다.\n"
        "또한 21일에는 청소년 축구대회 개회식에 참석해 '김천시체육회·김천시축구협회–양저우시"
        "체육총회 간 청소년 스포츠 교류 활성화 협약'을 체결했다.\n"
    )
    reports = extract_agreements(Article(None, body, published=PartialDate(2025, 9, 22)))
    assert [(r.date, len(r.parties)) for r in reports] == [
        (PartialDate(2025, 9, 20), 2),
        (PartialDate(2025, 9, 21), 3),
    ]
