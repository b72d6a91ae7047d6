"""Many-party signings: partners listed by name apart from the signing sentence's words."""

from __future__ import annotations

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.investors import investing_companies
from mouarchive.extract.orgnames import is_common_noun
from mouarchive.extract.partner_counts import counted
from mouarchive.extract.rosters import counted_roster, roster
from mouarchive.models import Article, PartialDate

PUBLISHED = PartialDate(2024, 3, 12)


def _parties(body: str) -> list[list[str]]:
    article = Article(title=None, body=body, published=PUBLISHED)
    return [[p.name for p in report.parties] for report in extract_agreements(article)]


def test_counted_private_investors_are_named_in_the_list_after_the_signing():
    assert counted("울산시와 4개 민간투자사는 24일 업무협약을 체결했다.") == 4
    body = (
        "울산시와 4개 민간투자사는 24일 시청에서 해상풍력 업무협약(MOU)을 체결했다.\n"
        "4개 민간 투자사는 ▲한빛에너지 ▲솔빛풍력 ▲미르윈드 ▲다온전력 등이다.\n"
    )
    assert _parties(body) == [["울산광역시", "한빛에너지", "솔빛풍력", "미르윈드", "다온전력"]]


def test_a_counted_signing_takes_its_partners_from_the_list_that_follows():
    body = (
        "누리도는 한결소재 등 4개 기업과 1630억원 규모의 투자 협약을 맺었다고 11일 밝혔다.\n"
        "협약한 기업은 한결소재를 비롯해 ㈜새빛푸드, 다온테크㈜, ㈜미르 호남이다.\n"
    )
    assert _parties(body) == [["누리도", "한결소재", "새빛푸드", "다온테크", "미르 호남"]]


def test_partners_named_with_their_legal_forms_in_the_signing_sentence_are_all_parties():
    body = (
        "전라남도는 12일 한빛테크(주), 에코누리, (주)다솜정공, 미래패브릭(주) 등 4개사와 "
        "투자협약식(MOU)을 개최했다.\n"
    )
    assert _parties(body) == [["전라남도", "한빛테크", "에코누리", "다솜정공", "미래패브릭"]]


def test_bodies_that_took_part_are_parties_of_the_signing():
    body = (
        "한국누리공사는 12일 본사에서 이전 공공기관과 '동반성장 상생협력 협약'을 체결했다.\n"
        "이날 협약에는 한빛발전, 주택관리공단, 누리안전공단, 중소기업진흥원 등이 참여했다.\n"
    )
    assert _parties(body) == [
        ["한국누리공사", "한빛발전", "주택관리공단", "누리안전공단", "중소기업진흥원"]
    ]


def test_members_of_a_body_the_partners_set_up_for_later_are_no_partners():
    body = (
        "한빛공단은 14일 누리물류와 신항 개발 협약을 체결했다.\n"
        "아울러 양측은 이를 위해 해양부, 가람공단, 다온국보 관계자들이 참여하는 별도의 "
        "협의회를 구성해 운영키로 했다.\n"
    )
    assert _parties(body) == [["한빛공단", "누리물류"]]


@pytest.mark.parametrize("acting", ["직무대행", "권한대행", "직무대리"])
def test_a_head_acting_for_another_signs_for_the_body_before_the_title(acting: str):
    body = (
        "누리도는 9일 도청에서 한빛공사, 다온발전과 함께 태양광 업무협약을 체결했다.\n"
        "협약식에는 김관영 누리도지사를 비롯해 김동철 한빛공사 사장, "
        f"전대욱 다온발전㈜ 사장 {acting} 등이 참석했다.\n"
    )
    assert _parties(body) == [["누리도", "한빛공사", "다온발전"]]


@pytest.mark.parametrize(
    "said", ["이번 협약에 참여한 국책연구기관은", "참여 공공기관은", "협약에 참여한 3개 공공기관은"]
)
def test_bodies_said_to_take_part_whatever_they_are_called_are_listed_partners(said: str):
    body = (
        "세종시와 한빛연구회는 2일 국책연구단지에서 업무협약을 체결했다.\n"
        "협약은 기관 간 상생협력을 위해 추진됐다.\n"
        f"{said} △누리개발연구원 △한빛교통연구원 △새솔법제연구원이다.\n"
    )
    (parties,) = _parties(body)
    assert {"누리개발연구원", "한빛교통연구원", "새솔법제연구원"} <= set(parties)
    assert "국책연구기관" not in parties


def test_schools_that_took_part_in_a_programme_did_not_sign_its_agreement():
    body = (
        "누리시는 20일 한빛재단과 늘봄학교 운영 업무협약을 체결했다.\n"
        "올해 시범사업에 참여한 학교는 한빛초, 새솔초, 가람초 등 3곳이다.\n"
    )
    assert _parties(body) == [["누리시", "한빛재단"]]


def test_a_lead_that_lists_as_many_companies_as_the_signing_counts_names_them():
    body = (
        "가온텍, 누리에이티, 세움, 한빛그린에너지 등 수도권 4개 중소기업이 전북으로 이전한다.\n"
        "4개 기업은 12일 전주시 전북테크노파크에서 전북도와 투자협약을 체결했다.\n"
    )
    (parties,) = _parties(body)
    assert set(parties) == {"전북특별자치도", "가온텍", "누리에이티", "세움", "한빛그린에너지"}


def test_cities_counted_as_시군_are_local_governments():
    body = "경남도와 창원, 밀양, 창녕 등 3개 시군이 12일 2개 기업과 500억원 투자협약을 맺었다.\n"
    (parties,) = _parties(body)
    assert {"경상남도 창원시", "경상남도 밀양시", "경상남도 창녕군"} <= set(parties)


def test_agreed_items_are_never_a_roster_and_heads_never_partners():
    items = "협약 내용은 인재 양성 지원, 데이터 플랫폼 구축, 기술 교류 협력 등이다."
    assert roster(items, (0, len(items))) == []
    marked = "구체적으로 ▲청년 교류프로그램 공동 추진 ▲미래차 생태계 구축 협력 ▲관광 활성화 등이다."
    assert roster(marked, (0, len(marked))) == []
    heads = (
        "남원시와 지리산농협, ㈜산들물류(최경식 시장, 김유민 조합장, 오재석 대표)는 협약을 맺었다."
    )
    assert [p.name for p in roster(heads, (0, len(heads)))] == [
        "전북특별자치도 남원시",
        "지리산농협",
        "산들물류",
    ]


@pytest.mark.parametrize(
    ("listed", "partners"),
    [
        (
            "협력 거버넌스에는 한국수자원공사를 포함 금강유역환경청, 대전광역시, 한밭대, 누리테크 "
            "등 5개 기관이 참여했다.",
            ["대전광역시", "한국수자원공사", "금강유역환경청", "한밭대", "누리테크"],
        ),
        (
            "협약에는 한빛로봇재단을 포함해 KAIST, 한국기계연구원, 한국전기연구원 등 5개 기관이 "
            "함께했다.",
            ["대전광역시", "한빛로봇재단", "KAIST", "한국기계연구원", "한국전기연구원"],
        ),
    ],
)
def test_the_name_a_list_is_said_to_include_is_a_partner_and_no_part_of_the_next(
    listed: str, partners: list[str]
):
    body = "대전시는 12일 시청에서 물 순환 거버넌스 구축을 위한 업무협약을 체결했다.\n" + listed
    assert _parties(body) == [partners]


def test_what_the_partners_will_do_together_is_no_list_of_partners():
    body = (
        "한빛도로공사 누리본부는 13일 본부 회의실에서 누리교통공단, 가온교통방송, 다온기상지청 "
        "등 11개 기관과 교통안전 업무협약을 체결했다.\n또한 정기적으로 협의회를 개최해 11개 "
        "기관의 실무자가 참석하는 실무회의를 진행해 각 기관의 주요활동 및 수범사례를 공유하고, "
        "대책 및 개선안을 수립해 향후 업무에 적용할 예정이다."
    )
    assert _parties(body) == [
        ["한빛도로공사 누리본부", "누리교통공단", "가온교통방송", "다온기상지청"]
    ]


def test_what_was_weighed_before_a_signing_is_no_list_of_partners():
    body = (
        "충남도와 당진시는 29일 도청에서 대학, 연구기관 등 24개 기관과 수소특화단지 공동 유치 "
        "업무협약을 체결했다.\n도는 공모에 광역당 1곳만 신청할 수 있음에 따라 도의 정책과의 "
        "부합성, 선정 가능성, 지자체 실현 의지 등을 종합 고려해 당진시와 신청키로 했다."
    )
    assert _parties(body) == [["충청남도", "충청남도 당진시"]]


def test_a_counted_kind_names_its_members_in_its_parenthesis():
    body = (
        "울산시는 12일 시청에서 소상공인 특례보증 협약을 체결했다.\n참여 기관은 울산시, 한국은행 "
        "울산본부, 3개 시중은행(누리은행, 가온은행, 한빛은행), 울산신용보증재단 등이다."
    )
    assert _parties(body) == [
        ["울산광역시", "한국은행 울산본부", "누리은행", "가온은행", "한빛은행", "울산신용보증재단"]
    ]


def test_the_city_a_lead_names_signs_at_a_ceremony_its_province_hosts():
    body = (
        "천안시가 22일 국내 우수 2개 기업과 300억원 규모의 투자양해각서를 체결했다.\n협약식은 "
        "22일 오전 충남도청 대회의실에서 박하늘 천안부시장을 비롯해 김철수 충남도지사와 도내 "
        "6개 시장·군수, 16개 기업대표가 참석한 가운데 열렸다.\n이번 협약에 따라 ㈜한빛소재는 "
        "100억원을 들여 공장을 짓고, ㈜누리정밀은 200억원을 투자한다.\n"
    )
    [parties] = _parties(body)
    assert {"충청남도 천안시", "한빛소재", "누리정밀"} <= set(parties)


def test_what_stands_in_a_place_is_no_list_of_partners():
    body = (
        "국방부와 대전시는 10일 자운대 일원 개발을 위한 업무협약을 체결했다.\n자운대에는 "
        "국군간호사관학교, 육군교육사령부, 육군군수사령부, 통신학교, 육해공 3군 대학을 비롯해 "
        "자운대 체력단련장(9홀 골프장), 주거시설 등이 들어서 있다.\n"
    )
    assert _parties(body) == [["국방부", "대전광역시"]]


def test_the_last_name_that_leads_a_count_and_one_whose_legal_letter_was_lost_are_names():
    body = (
        "충북도는 12일 도청에서 재생의료 클러스터 조성 업무협약을 한빛재단, 누리병원, "
        "()가온학회, 다온혁신센터를 비롯한 5개 기관과 체결했다.\n"
    )
    [parties] = _parties(body)
    assert {"가온학회", "다온혁신센터"} <= set(parties)
    assert not any("비롯" in name or "(" in name for name in parties)


def test_members_and_soldiers_who_attended_are_people_not_partners():
    body = (
        "청양군재향군인회(회장 임승오)와 육군 제1111부대 2대대(대대장 중령 김철수)는 지난 19일 "
        "청양군 공설운동장에서 자매결연을 맺었다.\n이날 자매결연식에는 이성우 청양부군수를 "
        "비롯한 각급 기관단체장과 재향군인회 회원, 2대대 장병 등 150여명이 참석했다."
    )
    assert _parties(body) == [["청양군재향군인회", "육군 제1111부대 2대대"]]


def test_bare_names_need_a_count_but_named_bodies_do_not():
    bare = "협약에는 가온, 누리, 세움 등이 참여했다."
    assert roster(bare, (0, len(bare))) == []
    # Far from the signing's count, bare names need one among them to show a body.
    assert roster(bare, (0, len(bare)), expected=3) == []
    shown = "협약에는 ㈜가온, 누리, 세움 등이 참여했다."
    assert [p.name for p in roster(shown, (0, len(shown)), expected=3)] == ["가온", "누리", "세움"]
    counted_here = "협약에는 가온, 누리, 세움 등 3개사가 참여했다."
    assert len(roster(counted_here, (0, len(counted_here)), expected=3)) == 3
    assert counted("세아제강 등 6개 기업과 협약을 맺었다") == 6
    assert counted("8개사와") == 8 and counted("양 기관은 협약을 맺었다") is None


def test_a_count_in_letters_is_a_word_of_its_own():
    """ "세 대학과" counts three; the 세 of "연세대학교" counts none, so the roster that
    follows such a lead is read whole."""
    assert counted("도는 세 대학과 협약을 맺었다") == 3
    assert counted("연세대학교 원주병원이 원주시 등 관계기관과 협약을 맺었다") is None
    body = (
        "연세대학교 원주병원이 23일 원주시 등 관계기관과 축제 안전관리 업무협약을 체결했다.\n"
        "이번 업무협약에는 원주시, 원주문화재단, 원주경찰서, 원주소방서, 성지병원이 참여했다.\n"
    )
    (report,) = extract_agreements(Article(None, body, published=PartialDate(2025, 9, 24)))
    assert {"원주문화재단", "원주경찰서", "원주소방서", "성지병원"} <= {
        p.name for p in report.parties
    }


def test_a_campaign_named_one_company_one_youth_counts_no_partners():
    """ "1사 1청년 더 채용하기", "1사1촌": a campaign's name, not one partner; the count of
    the bodies, two words of what they are between ("12개 해양 관련 기관과"), is the count."""
    assert counted("1사1촌 자매결연을 맺었다") is None
    assert counted("누리시는 1개사와 1천억원 규모 투자협약을 맺었다") == 1
    assert counted("울산시는 12개 해양 관련 기관과 1사 1청년 더 채용하기 협약을 맺었다") == 12
    body = (
        "울산시는 16일 12개 해양 관련 기관과 ‘1사 1청년 더 채용하기’ 양해각서를 체결했다.\n"
        "이날 협약에는 울산항발전협의회, 울산항만물류협회, 울산항선사협회 등 8개 단체가 "
        "동참하기로 했다.\n"
    )
    (report,) = extract_agreements(Article(None, body, published=PartialDate(2018, 10, 17)))
    assert {"울산항발전협의회", "울산항만물류협회", "울산항선사협회"} <= {
        p.name for p in report.parties
    }


def test_a_list_named_as_companies_or_listed_as_those_moving_in_is_the_roster():
    """ "A·B·C·D 등 기업들은 …에 둥지를 튼다", "입주 예정 기업은 △A △B △C 등이다": the
    list's own words say it lists the companies a counted signing is made with."""
    dotted = (
        "누리시는 30일 유망 중소기업 14개사와 투자 협약을 했다.\n"
        "한빛소재·대산공업·세림TSG·케이지오토 등 기업들은 누리테크밸리에 둥지를 튼다.\n"
    )
    moving_in = (
        "충남 한빛시는 15일 국가산업단지 입주예정업체 3개 사와 투자협약을 체결했다고 밝혔다.\n"
        "시에 따르면 입주 예정 기업은 △(주)누리오토 △(주)유창이앤씨 △부개금속(주) 등이다.\n"
    )
    for body, names in (
        (dotted, {"한빛소재", "대산공업", "세림TSG", "케이지오토"}),
        (moving_in, {"누리오토", "유창이앤씨", "부개금속"}),
    ):
        (report,) = extract_agreements(Article(None, body, published=PartialDate(2019, 5, 31)))
        assert names <= {p.name for p in report.parties}


def test_a_run_of_thousands_of_digits_counts_no_partners():
    assert counted("1" * 5000 + "개 기업과 협약을 맺었다.") is None


def test_a_comma_inside_a_number_parts_no_names():
    text = "협약에는 한빛대학교, 누리병원, 가온재단 학생 1,500명, 교직원 2,000명이 참여했다."
    names = [p.name for p in roster(text, (0, len(text)))]
    assert names[:2] == ["한빛대학교", "누리병원"]
    assert not any(name[-1].isdigit() for name in names)
    built = "시는 4,020억원을 투입하여 한빛기술원, 누리진흥회, 가온연구원 등 연구기반을 구축했다."
    assert [p.name for p in roster(built, (0, len(built)))] == [
        "한빛기술원",
        "누리진흥회",
        "가온연구원",
    ]
    agreed = "하남시, 용인시, 양평군과 협약을 체결하고 관광 상품 개발 및 마케팅에서 협력한다."
    assert "관광 상품 개발" not in [p.name for p in roster(agreed, (0, len(agreed)))]


def test_partners_broken_down_by_field_are_named_without_their_field():
    text = (
        "분야별로는 △에너지 분야 한빛전기(유) 등 3개사 120억여원 △자동차 분야 ㈜누리특장 "
        "1개사 80억여원 △기타 ㈜가온.에스 등 2개사 50억여 원 등이다."
    )
    names = [p.name for p in roster(text, (0, len(text)), 6)]
    assert names == ["한빛전기", "누리특장", "가온.에스"]


def test_these_companies_are_the_ones_just_listed():
    body = (
        "올해 누리군 신규 투자 기업은 △한빛인더스트리(대표 김동현) △다온에이티(대표 신영철) "
        "△세움테크(대표 최형석) 등 3곳이다.\n"
        "누리군은 이들 기업과 지난 2일 협약을 체결했다.\n"
    )
    (parties,) = _parties(body.replace("누리군", "울주군"))
    assert {"한빛인더스트리", "다온에이티", "세움테크"} <= set(parties)


def test_a_counted_signing_takes_the_lists_that_follow_without_a_cue():
    body = (
        "전남도는 28일 20개 기업과 774억원 규모의 투자협약을 체결했다.\n"
        "산단별로 △목포 대양산단에 ㈜메종, ㈜부경산업 △순천 해룡산단에 ㈜한성스틸 등이다.\n"
    )
    (parties,) = _parties(body)
    assert {"메종", "부경산업", "한성스틸"} <= set(parties)


# A counted investment signing, then a paragraph on each company ('동방노보펌은 … 공장을
# 건설한다'), perhaps two joined ('드림켐과 … 금오M.T는') or one introduced by its trade
# ('업체인 소록스는'): each company is a partner, the words around them are not.
@pytest.mark.parametrize(
    ("paragraphs", "partners"),
    [
        (
            "동방소재는 산업단지 3만㎡ 부지에 200억원을 들여 공장을 건설한다.\n"
            "㈜누리철강은 120억원을 투입해 기존 공장을 증설키로 했다.\n"
            "금속 가공업체인 다온기계는 60억원을 투자해 생산라인을 신설한다.\n"
            "새빛정밀은 40억원을 들여 본사를 이전한다.\n"
            "군은 투자규모는 크지 않지만 일자리 효과가 크다고 설명했다.\n",
            {"동방소재", "누리철강", "다온기계", "새빛정밀"},
        ),
        (
            "동방소재는 산업단지 3만㎡ 부지에 200억원을 들여 공장을 건설한다.\n"
            "플라스틱 제조업체인 드림소재와 가공업체인 금오기계는 공장을 각각 신설한다.\n"
            "또 조명기구 업체인 소록스는 100억원을 투입해 공장을 신설한다.\n"
            "새빛정밀은 40억원을 들여 본사를 이전한다.\n",
            {"동방소재", "드림소재", "금오기계", "소록스", "새빛정밀"},
        ),
        (
            "특히 주식회사 누리테크(대표 김한결)는 산단에 200억 원을 투자해 공장을 신설한다.\n"
            "소재 전문기업인 주식회사 다온켐(대표 이서준)은 120억 원을 투자하기로 했다.\n"
            "또 새빛정밀 주식회사(대표이사 박도윤)는 60억 원을 투입해 라인을 증설한다.\n"
            "이밖에 주식회사 한빛소재(대표 최유나)는 40억 원, ㈜미르기계(대표 정하람)는 "
            "30억 원을 투자한다.\n"
            "비료를 만드는 ㈜새솔은 옥천에 생산시설을 건립한다.\n"
            "㈜동양소재(대표 최대광) 역시 산단에 75억 원을 투자하고, ㈜제이켐도 20억 원을 "
            "투자한다. 주식회사 엘케이(대표 이창엽)는 14억 원을 들여 공장을 마련한다.\n",
            {
                "누리테크",
                "다온켐",
                "새빛정밀",
                "한빛소재",
                "미르기계",
                "동양소재",
                "제이켐",
                "엘케이",
                "새솔",
            },
        ),
        (
            "빵류 제조업체인 제떼가 1만㎡ 부지에 472억원을 투자하는 것을 비롯해 반도체 케미컬 "
            "업체인 한빛테크놀로지가 400억원, ㈜누리산업이 80억원을 들여 공장을 신설한다.\n"
            "부품 업체인 유앤아이 관계자가 참석했고, 다온정밀이 30억원을 투자한다.\n",
            {"제떼", "한빛테크놀로지", "누리산업"},
        ),
        (
            "가온모빌리티·가온스틸·가온케미칼은 전기차 부품 제조로 사업을 재편하며 700억원을 "
            "투자한다.\n"
            "환경·철강 분야의 나래스틸은 200억원을 투자해 진주시에 공장을 짓는다.\n"
            "우주항공·미르정밀은 150억원을 투자해 사천시에 공장을 짓는다.\n",
            {"가온모빌리티", "가온스틸", "가온케미칼", "나래스틸", "미르정밀"},
        ),
    ],
)
def test_counted_partners_told_one_paragraph_each_are_parties(paragraphs, partners):
    lead = (
        f"가평군은 12일 군청에서 {len(partners)}개 기업과 총 500억원 규모의 투자협약을 체결했다.\n"
    )
    (parties,) = _parties(lead + paragraphs)
    assert partners <= set(parties)
    assert not {"유앤아", "다온정밀"} & set(parties)
    assert not {"투자규모", "군", "만드", "환경", "우주항공"} & set(parties)


@pytest.mark.parametrize(
    "before", ["이미", "어제", "이날", "당일", "다음 달", "내달", "7월 초에 걸쳐"]
)
def test_an_adverb_or_a_day_before_a_list_of_partners_is_no_part_of_a_name(before: str):
    text = f"{before} 진양제약, 바이메트, 코메드 등 3개 기업과 투자협약을 체결한 상태다."
    names = [p.name for p in roster(text, (0, len(text)), 3)]
    assert names == ["진양제약", "바이메트", "코메드"]


def test_the_count_a_signing_is_made_with_is_the_companies_not_the_governments_beside_them():
    assert counted("경남도와 창원, 밀양 등 2개 시군이 4개 기업과 투자협약을 체결했다.") == 4
    body = (
        "경남도와 창원, 밀양 등 2개 시군이 4개 기업과 900억원 규모의 투자협약을 체결했다.\n"
        "도는 12일 도청 회의실에서 도내 선도기업과 투자협약을 체결했다.\n"
        "우주항공 벤처기업인 ㈜누리항공은 산업단지에 생산 시설을 확충할 계획이다.\n"
        "공작기계 제조업체인 ㈜한빛기계는 이번 투자를 통해 협업을 강화한다.\n"
        "다온정밀은 밀양에 200억원을 들여 공장을 신설한다.\n"
        "새빛테크는 100억원을 투자해 본사를 이전한다.\n"
    )
    (parties,) = _parties(body)
    assert {"누리항공", "한빛기계", "다온정밀", "새빛테크"} <= set(parties)


def test_a_unit_numbered_like_a_count_counts_no_partners():
    assert counted("한빛병원과 육군 제36사단은 24일 업무협약을 체결했다.") is None
    assert counted("한빛대학교와 육군3사관학교는 협약을 맺었다.") is None
    assert counted("도는 3사와 협약을 맺었다.") == 3
    assert counted("한빛전자와 누리화학, 가온물산 등 3사간 업무협약을 체결했다.") == 3
    assert counted("누리시는 한빛복지, 누리나눔, 가온돌봄 등 3개 사회적기업과 협약했다.") == 3
    body = (
        "한빛한방병원과 강원 육군 제36사단은 24일 진료 지정병원 업무협약을 체결했다.\n"
        "이번 협약은 모든 부대(공군, 국방부 직할 등 포함)의 간부(군무원 포함) 및 용사, "
        "군인 가족의 검진 및 보건 상담 등을 지원하는 데 목적을 뒀다.\n"
    )
    assert _parties(body) == [["한빛한방병원", "육군 제36사단"]]


def test_where_the_counted_partners_are_is_no_list_of_them():
    body = (
        "전남도는 광양만권에 5개 기업이 900억원 규모로 투자하는 협약을 체결했다고 4일 밝혔다.\n"
        "이들 기업은 본사가 수도권과 충남, 영남, 호남에 소재한 기업이다.\n"
    )
    (parties,) = _parties(body)
    assert parties == ["전라남도"]


def test_a_list_placed_by_where_its_members_are_still_lists_them():
    body = (
        "한빛공단은 18일 본부에서 상생협력 협약을 체결했다고 밝혔다.\n"
        "이날 협약식에는 세종시 아름동에 소재한 한빛공단, 누리기술원, 다온방역본부, "
        "가람진흥회 등 4개 공공기관이 참여했다.\n"
    )
    (parties,) = _parties(body)
    assert parties == ["한빛공단", "누리기술원", "다온방역본부", "가람진흥회"]


@pytest.mark.parametrize(
    "after",
    [
        "누리전자는 한빛산단에 소재한 기업으로 서울, 부산, 대구에 지사를 두고 협약에 참여했다.",
        "지난달 발대식에는 한빛테크노파크·누리진흥원·다온문화재단 등이 참여했다.",
        "이날 협약식에는 한빛시의회·누리상공회의소·다온대학교 등이 함께했다.",
    ],
)
def test_where_a_partner_is_another_event_s_list_and_the_guests_add_no_partner(after: str):
    body = f"광주시는 20일 누리전자와 업무협약을 체결했다.\n{after}\n"
    assert _parties(body) == [["광주광역시", "누리전자"]]


def test_what_someone_says_about_investment_names_no_investing_partner():
    body = (
        "한빛군은 12일 군청에서 5개 기업과 총 500억원 규모의 투자협약을 체결했다.\n"
        "동방소재는 산업단지 부지에 200억원을 들여 공장을 건설한다.\n"
        "군의회 의장은 “누리개발청은 국내외 투자유치는 물론 신산업 유치의 거점이 될 것”이라고 "
        "말했다.\n"
        "군수는 “이를 통해 얻어지는 생산유발효과와 투자, 일자리는 지역의 힘이 될 것”이라고 "
        "말했다.\n"
    )
    (parties,) = _parties(body)
    assert "동방소재" in parties
    assert not {"누리개발청", "투자유치", "얻어지"} & set(parties)


def test_partners_each_told_with_what_they_make_are_named_without_it():
    body = (
        "대구시는 12일 국가산단에 5개 기업을 유치했다고 밝혔다.\n"
        "12일 대구시와 투자협약을 체결하는 (주)한결소재와 다온테크, 새빛정공(주)은 자동차부품, "
        "(주)미르교육시스템은 실습장비, (주)솔빛은 건축자재 제조업체다.\n"
    )
    (parties,) = _parties(body)
    assert set(parties) >= {"한결소재", "다온테크", "새빛정공", "미르교육시스템", "솔빛"}
    assert not [p for p in parties if " " in p], parties


def test_the_companies_signing_named_as_a_group_are_no_party():
    body = (
        "대구시는 16일 시청에서 투자협약을 체결한다고 밝혔다.\n"
        "협약식에는 권영진 대구시장을 비롯해 대구도시공사 이종덕 사장, "
        "투자협약체결 9개 기업 대표이사가 참석한다.\n"
    )
    (parties,) = _parties(body)
    assert "투자협약체결" not in parties
    assert parties[:2] == ["대구광역시", "대구도시공사"]


def test_the_partners_of_this_signing_named_later_join_it():
    body = (
        "이와 관련해 대구시는 3개사가 오는 16일 투자협약을 체결한다고 밝혔다. "
        "투자 협약식에는 권영진 대구시장을 비롯해 대구도시공사 이종덕 사장, "
        "투자협약체결 3개 기업 대표이사가 참석한다.\n"
        "대구시는 이번에 투자협약을 체결하는 한결소재㈜, ㈜다온테크, 새빛정공(주)이 "
        "대표 기업으로 성장하도록 지원을 아끼지 않을 방침이다.\n"
    )
    assert _parties(body) == [["대구광역시", "대구도시공사", "한결소재", "다온테크", "새빛정공"]]


def test_partners_counted_with_what_they_are_are_listed_by_kind_after_the_signing():
    body = (
        "한빛자동차는 14일 울산시의회에서 울산시와 12개 수소관련 공공기관 및 민간기업과 함께 "
        "'수소도시 건설을 위한 업무협약(MOU)'을 맺었다고 밝혔다.\n"
        "업무협약에는 울산시와 한빛자동차 외에 한국가스안전공사, 울산항만공사, 울산도시공사, "
        "한국수소산업협회 등 공공기관, 다온, 에이치엘, 솔빛에스디 등 수소관련 민간기업이 "
        "참여했다.\n"
    )
    assert counted("울산시와 12개 수소관련 공공기관 및 민간기업과 함께") == 12
    (parties,) = _parties(body)
    assert parties[2:] == [
        "한국가스안전공사",
        "울산항만공사",
        "울산도시공사",
        "한국수소산업협회",
        "다온",
        "에이치엘",
        "솔빛에스디",
    ]


def test_what_the_counted_partners_make_is_no_list_of_them():
    sentence = (
        "이번 5개 기업은 자동차부품 및 특장차, 금속제품, 기계장비 등을 생산하는 중견기업이며 "
        "산업단지로 입주 예정이다."
    )
    assert roster(sentence, (0, len(sentence)), 5) == []


def test_council_chairs_at_the_ceremony_are_guests_not_partners():
    sentence = (
        "이날 협약식에는 조규일 진주시장, 이재근 산청군수, 박성도 진주시의회 의장, "
        "신동복 산청군의회 부의장과 양 시ㆍ군 관계공무원이 함께했다."
    )
    names = [p.name for p in roster(sentence, (0, len(sentence)), 4)]
    assert not [n for n in names if "의회" in n], names


def test_the_bodies_that_took_part_named_after_the_ceremony_are_parties():
    body = (
        "세종시교육청은 14일 교육청 대회의실에서 교육청-시청-기업-대학이 함께하는 "
        "직업교육 혁신 업무협약식을 개최했다.\n"
        "이날 협약식에 참여한 기관은 한울정밀, 세종바이오연구원, 누리대학교, "
        "세종산학협력단 등이다.\n"
    )
    assert _parties(body) == [
        [
            "세종특별자치시교육청",
            "세종특별자치시",
            "한울정밀",
            "세종바이오연구원",
            "누리대학교",
            "세종산학협력단",
        ]
    ]


def test_a_list_closed_by_its_kind_runs_on_into_a_second_list():
    body = (
        "전남도는 11일 도청에서 수소산업 육성을 위한 업무협약을 체결했다.\n"
        "업무협약에는 전남도 외에 한빛가스공사, 남도항만공사, 수소융합협회 등 공공기관, "
        "다온, 미르텍, 새빛에너지 등 민간기업이 참여했다.\n"
    )
    assert _parties(body) == [
        ["전라남도", "한빛가스공사", "남도항만공사", "수소융합협회", "다온", "미르텍", "새빛에너지"]
    ]


def test_a_list_closed_by_its_count_does_not_swallow_the_next_one():
    body = (
        "대전시교육청은 9일 협약형 특성화고 육성 업무협약을 체결했다.\n"
        "한빛공업고등학교, 누리생활과학고등학교, 새솔상업고등학교 3교가 대전시교육청, 대전시, "
        "지역기업, 지역대학이 협약에 참여했다.\n"
    )
    names = _parties(body)[0]
    assert "새솔상업고등학교" in names
    assert not [name for name in names if "3교" in name]


def test_a_marked_list_closed_by_its_count_before_a_comma_keeps_its_last_item():
    body = (
        "충북도는 9일 도청에서 중소기업 지원 업무협약을 체결했다.\n"
        "협약에 참여한 기관은 ▲충북테크노파크 ▲충북신용보증재단 ▲충북과학기술혁신원 등 총 "
        "3개 기관이며, 충북도를 포함해 총 4개 기관이 함께했다.\n"
    )
    assert _parties(body) == [
        ["충청북도", "충북테크노파크", "충북신용보증재단", "충북과학기술혁신원"]
    ]


def test_a_province_counted_with_its_places_is_named_without_its_particle():
    body = (
        "윤상호 광주시장과 광주시교육청, 전남도와 9개 시·군, 전북도와 3개 시·군 등 22개 기관장은 "
        "11일 광주시청에서 상생협약식을 열었다.\n"
    )
    (names,) = _parties(body)
    assert {"전라남도", "전북특별자치도"} <= set(names)
    assert not [name for name in names if name.endswith("와")]


def test_a_count_of_partners_is_not_a_partner():
    body = "원주시는 11일 (주)한빛메딕, 누리제약(주) 등 관련업체 3~4곳과 투자 협약을 맺었다.\n"
    assert not [name for name in _parties(body)[0] if "곳" in name]


def test_a_list_after_더불어_does_not_take_the_adverb_into_its_first_name():
    body = (
        "가평군과 한빛FC는 체육 발전을 위해 손을 잡았다.\n"
        "두 기관과 더불어 군 시설관리공단, 체육회, 누리스포츠 등 4개 기관은 24일 군청에서 "
        "업무협약식을 가졌다.\n"
    )
    names = _parties(body)[0]
    assert "가평군시설관리공단" in names
    assert not [name for name in names if "더불어" in name]


def test_partners_listed_before_the_agreement_made_with_them_are_parties():
    body = (
        "인천시와 인천시 교육청은 27일 시청에서 교육 증진을 위한 업무협약을 체결했다.\n"
        "한빛교육대학교, 다온대학교, 미르대학교와 맺은 이번 협약은 멘토링 사업을 위해 마련됐다.\n"
    )
    article = Article(title=None, body=body, published=PUBLISHED)
    (report,) = extract_agreements(article)
    assert [p.name for p in report.parties] == [
        "인천광역시",
        "인천광역시교육청",
        "한빛교육대학교",
        "다온대학교",
        "미르대학교",
    ]


def test_a_list_written_with_dots_and_closed_by_a_count_names_its_bodies():
    sentence = (
        "혁신도시로 옮기는 공공기관은 한빛공사를 비롯해 누리품질원·다온관리공단·미르분석소·"
        "새솔발전 등 5개다."
    )
    listed = [p.name for p in roster(sentence, (0, len(sentence)), 5)]
    assert listed == ["한빛공사", "누리품질원", "다온관리공단", "미르분석소", "새솔발전"]
    fields = "두 기관은 환경·교통·관광 등 3개 분야에서 협력하기로 했다."
    assert roster(fields, (0, len(fields)), 3) == []


def test_no_more_investors_than_the_signing_counts():
    body = (
        "한빛군은 12일 군청에서 3개 기업과 총 850억 원 규모의 투자협약을 체결했다.\n"
        "동방소재는 산업단지에 500억원을 들여 공장을 건설한다.\n"
        "㈜누리철강은 200억원을 투입해 기존 공장을 증설키로 했다.\n"
        "새빛정밀은 150억원을 들여 본사를 이전한다.\n"
        "앞서 ㈜한솔기계(대표 김민수)도 지난해 같은 산단에 150억 원을 투자해 공장을 준공했다.\n"
    )
    (parties,) = _parties(body)
    assert "한솔기계" not in parties and {"동방소재", "누리철강", "새빛정밀"} <= set(parties)


def test_places_sharing_one_level_word_are_each_a_party_with_its_region():
    body = (
        "목포시는 지난 13일 관광객 유치를 위한 업무협약을 체결했다.\n"
        "이번 협약에는 목포시와 대구 중구, 경남 합천군, 경북 청송·청도·고령군, 충북 제천시 등 "
        "7개 기초자치단체가 참여했다.\n"
    )
    article = Article(title=None, body=body, published=PUBLISHED)
    [report] = extract_agreements(article)
    assert [p.name for p in report.parties] == [
        "전라남도 목포시",
        "대구광역시 중구",
        "경상남도 합천군",
        "경상북도 청송군",
        "경상북도 청도군",
        "경상북도 고령군",
        "충청북도 제천시",
    ]
    assert {r.name.split()[0] for r in report.regions} == {
        "전라남도",
        "대구광역시",
        "경상남도",
        "경상북도",
        "충청북도",
    }


def test_a_signing_of_one_day_does_not_take_the_partner_of_another_day():
    body = (
        "목포시는 지난 13일 대구 중구청에서 관광 활성화를 위한 업무협약을 체결했다.\n"
        "이번 협약에는 대구 중구, 경남 합천군, 충북 제천시 등 4개 기초자치단체가 참여했다.\n"
        "이에 앞서 목포시는 지난 12일 ㈜삼화양행과 300억원 규모의 투자유치 협약을 맺었다.\n"
    )
    assert _parties(body) == [
        ["전라남도 목포시", "대구광역시 중구", "경상남도 합천군", "충청북도 제천시"],
        ["전라남도 목포시", "삼화양행"],
    ]


def test_a_list_of_the_bodies_that_took_part_names_each_whatever_its_parentheses_hold():
    body = (
        "군산시는 지난달 31일 혁신도시 이전 공공기관과 상생협력 업무 협약을 체결했다.\n"
        "이번 협약에 참여한 공공 기관은 한빛진흥청(한빛농업과학원, 한빛식량과학원 포함), "
        "누리연금공단, 새솔인재개발원, 미르국토정보공사 등이다.\n"
    )
    assert _parties(body) == [
        [
            "전북특별자치도 군산시",
            "한빛진흥청",
            "누리연금공단",
            "새솔인재개발원",
            "미르국토정보공사",
        ]
    ]


def test_the_count_of_partners_is_not_the_count_of_those_working_alongside():
    sentence = "전라남도는 나주시 등 7개 시군과 협력해 9개 신설기업과 서면 투자협약을 체결했다."
    assert counted(sentence) == 9
    assert counted("전남도와 4개 시군이 6개 기업과 투자협약을 맺었다.") == 6


def test_heads_listed_with_their_bodies_and_one_title_name_the_bodies():
    for sentence in (
        "대학에서는 류정윤 한빛대, 김태봉 미르대, 조남근 다온대, 이세진 솔빛대학교 총장이 왔다.",
        "대학에서는 한빛대 류정윤, 미르대 김태봉, 다온대 조남근, 솔빛대학교 이세진 총장이 왔다.",
    ):
        listed = [p.name for p in roster(sentence, (0, len(sentence)), 4)]
        assert listed == ["한빛대", "미르대", "다온대", "솔빛대학교"], sentence


def test_what_the_partner_will_build_is_no_list_of_partners():
    sentence = "이 업체는 연말까지 본사와 생산공장, 기술개발센터 등을 세울 계획이다."
    assert roster(sentence, (0, len(sentence)), 3) == []


def test_the_places_the_jobs_go_to_are_no_list_of_partners():
    body = (
        "전라남도는 ㈜한빛제강 등 5개 기업과 7천170억 원 규모의 투자협약을 서면으로 했다고 "
        "밝혔다.\n이로써 순천, 나주, 보성, 장흥, 함평 등에 271명의 신규 일자리가 창출될 "
        "전망이다.\n"
    )
    assert _parties(body) == [["전라남도", "한빛제강"]]


def test_what_the_partners_make_or_build_is_no_list_of_partners():
    body = (
        "전라남도는 ㈜푸른레저개발 등 9개 기업과 투자협약을 체결했다.\n"
        "투자협약 체결기업은 체험시설 조성, 고추장 등 장유 생산, 김치냉장고 조립, 다목적 "
        "농기계 제조, 버섯 종균 배양, 펜션 건립 등 총 9개사다.\n"
        "협약 기관은 ▲인공지능 기반 군수혁신 ▲데이터 활용 등에 협력한다.\n"
    )
    assert _parties(body) == [["전라남도", "푸른레저개발"]]


def test_the_partners_of_the_signings_so_far_are_no_list_of_this_ones():
    body = (
        "포항시와 한빛신항만은 19일 포항시청에서 지역 16개 수출업체와 영일만항 이용 MOU를 "
        "체결했다.\n"
        "영일만항은 현재까지 누리제철, 한빛화학, 바다물류, 새솔해운 등과 항만이용 양해각서를 "
        "체결했다.\n"
    )
    (parties,) = _parties(body)
    assert not {"누리제철", "한빛화학", "바다물류", "새솔해운"} & set(parties)
    so_far = "영일만항은 현재까지 누리제철, 한빛화학, 바다물류 등과 양해각서를 체결했다.\n"
    assert _parties(so_far) == []
    # "Until now" that sums up no list is no history.
    new_way = "누리시는 12일 지금까지 없던 방식으로 한빛전자와 상생협약을 체결했다.\n"
    assert _parties(new_way) == [["누리시", "한빛전자"]]


def test_a_name_leading_the_rest_in_the_middle_of_a_roster_is_an_item_of_its_own():
    body = (
        "누리도는 12일 도청에서 18개 기관과 인재 양성 협약을 맺었다.\n"
        "협약에 참여한 기관은 누리도와 한결대, 다온대를 비롯해 미르전자, 새빛소재, 한빛연구원 "
        "등 18곳이다.\n"
    )
    (parties,) = _parties(body)
    assert "다온대" in parties and "미르전자" in parties
    assert not any("비롯" in name for name in parties)
    people = (
        "누리도는 12일 도청에서 한결대와 인재 양성 협약을 맺었다.\n"
        "협약식에는 한결대 부총장을 비롯해 교수, 학생 등 30여명이 참석했다.\n"
    )
    assert _parties(people) == [["누리도", "한결대"]]


def test_places_a_delegation_visited_are_no_partners():
    body = (
        "누리도지사는 프랑스 파리, 독일 함부르크·쾰른, 스페인 마드리드를 순방하면서 2개 기업과 "
        "투자유치 양해각서를 체결했다.\n"
    )
    assert not any(
        "파리" in name or "마드리드" in name for names in _parties(body) for name in names
    )


def test_a_list_closed_by_its_total_ends_at_its_last_name():
    body = (
        "누리구는 9일 구청 소강당에서 관내 4개 대학과 업무협약(MOU)을 체결했다.\n"
        "협약한 대학은 한빛과학기술대, 누리대, 미르여대, 솔빛대 총 4개 대학이다.\n"
    )
    (names,) = _parties(body)
    assert "솔빛대" in names and not [n for n in names if n.endswith("총")]


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "누리·한빛 지역 3개 국립대학(누리교대, 한빛대, 미르해양대)이 16일 누리교대에서 "
            "자원공유 협약을 체결했다.",
            ["누리교대", "한빛대", "미르해양대"],
        ),
        (
            "강원도 3개 대학(한빛대, 누리대, 미르대)이 16일 한빛대에서 자원공유 협약을 체결했다.",
            ["한빛대", "누리대", "미르대"],
        ),
        (
            "누리유통은 14일 하동 횡천의 2개 마을(평촌, 마치)과 1사1촌 자매결연 협약식을 가졌다.",
            ["누리유통", "평촌마을", "마치마을"],
        ),
        (
            "누리공단 소속 3개 어촌특화지원센터(경남, 인천, 제주)는 27일 한빛교류사업단과 업무 "
            "협약을 체결했다.",
            [
                "한빛교류사업단",
                "경남 어촌특화지원센터",
                "인천 어촌특화지원센터",
                "제주 어촌특화지원센터",
            ],
        ),
        (
            "한빛관광공사는 한빛공항공사 및 3개 항공사(누리에어, 미르항공, 솔빛에어)와 함께 "
            "업무협약을 19일 체결했다.",
            ["한빛관광공사", "한빛공항공사", "누리에어", "미르항공", "솔빛에어"],
        ),
        (
            "한빛원자력은 12일 영덕군청에서 영덕군, 3·4호기 주설비공사 시공사(가람건설·바다중공업·"
            "새솔이앤씨)와 지역상생 협력을 위한 양해각서를 체결했다.",
            ["한빛원자력", "경상북도 영덕군", "가람건설", "바다중공업", "새솔이앤씨"],
        ),
        (
            "한빛전자는 4일 협력사(누리정밀, 가람테크 등)와 동반성장 협약을 체결했다.",
            ["한빛전자", "누리정밀", "가람테크"],
        ),
        (
            "한빛전자는 4일 누리시와 협약을 체결하고, 협력사(누리정밀·가람테크)와 함께 지역 "
            "인재를 채용하기로 했다.",
            ["한빛전자", "누리시"],
        ),
        (
            "누리군 4대 농협(가람농협, 바다농협, 새솔농협, 다온농협)이 한빛농협과 상호협력을 "
            "위한 협약을 16일 맺었다.",
            ["가람농협", "바다농협", "새솔농협", "다온농협", "한빛농협"],
        ),
        (
            "누리은행이 지난 19일 한빛도 내 3곳의 전통시장(가람시장, 바다시장, 새솔시장)과 "
            "'장금이' 협약을 체결했다고 20일 밝혔다.",
            ["누리은행", "가람시장", "바다시장", "새솔시장"],
        ),
        (
            "누리은행이 지난 19일 3개의 전통시장(가람시장, 바다시장, 새솔시장)과 업무협약을 "
            "체결했다.",
            ["누리은행", "가람시장", "바다시장", "새솔시장"],
        ),
        (
            "한빛시는 12일 누리공사와 3곳의 대상지(가람동, 바다동, 새솔동)가 포함된 도시재생 "
            "업무협약을 체결했다.",
            ["한빛시", "누리공사"],
        ),
        (
            "누리시는 16일 5대 전략(소재, 부품, 장비, 관광, 물류)과 관련해 한빛공사와 협약을 "
            "맺었다.",
            ["누리시", "한빛공사"],
        ),
        (
            "누리대는 16일 세계 3대 대학(가람대, 바다대, 새솔대)과 견줄 연구소를 세우려 한빛시와 "
            "협약을 맺었다.",
            ["누리대", "한빛시"],
        ),
    ],
)
def test_counted_bodies_named_in_parentheses_are_the_parties(sentence: str, parties: list[str]):
    assert sorted(_parties(sentence + "\n")[0]) == sorted(parties)


def test_counted_bodies_that_attended_are_no_parties():
    body = (
        "누리도는 20일 시청 대강당에서 대표기업 3개사(한빛실트론, 미르이노텍, 솔빛반도체)를 "
        "비롯한 50개사가 참석한 가운데 한빛연구원과 업무협약을 체결했다.\n"
    )
    (names,) = _parties(body)
    assert not {"한빛실트론", "미르이노텍", "솔빛반도체"} & set(names)


def test_a_list_closed_by_의_and_its_count_ends_at_its_last_name():
    body = (
        "누리군이 지난 7일 군청에서 한빛식품, 미르테크, 솔빛스페이스의 3개 기업과 투자협약을 "
        "체결했다.\n"
    )
    (names,) = _parties(body)
    assert "솔빛스페이스" in names and "솔빛스페이스의" not in names


def test_lists_joined_by_dots_each_closed_by_their_count_name_every_partner():
    body = (
        "서울 마포구는 5일 구청에서 서북권 대학·기관과 창업지원 업무협약을 체결했다.\n"
        "협약에는 마포구를 비롯해 은평·서대문 3개 자치구와 누리대·한빛대·다온대 3개 대학, "
        "미르진흥원·새빛재단 2개 지원기관 등 총 8개 기관이 참여했다.\n"
    )
    assert _parties(body) == [
        [
            "서울특별시 마포구",
            "서울특별시 은평구",
            "서울특별시 서대문구",
            "누리대",
            "한빛대",
            "다온대",
            "미르진흥원",
            "새빛재단",
        ]
    ]


def test_sectors_and_a_heads_title_are_no_partners():
    body = (
        "누리공단은 서남권 자치구, 산업계, 대학 등 5개 기관과 청년창업 지원 업무협약을 "
        "체결했다고 23일 밝혔다.\n"
        "이날 협약식에는 김하늘 누리공단 부이사장을 비롯해 한빛대학교, 다온대학교, "
        "미르구청, 새빛구청, 바다진흥원 등 관계자 20여 명이 참석했다.\n"
    )
    (parties,) = _parties(body)
    assert "산업계" not in parties and "부이사장" not in parties
    assert {"한빛대학교", "다온대학교", "바다진흥원"} <= set(parties)


def test_a_time_of_day_before_a_list_is_no_part_of_its_first_name():
    body = (
        "인천시는 오늘(18일) 오전 중구청, 동구청, 서구청과 함께 자치구 출범 준비를 위한 "
        "업무협약을 체결했다.\n"
    )
    assert _parties(body) == [
        ["인천광역시", "인천광역시 중구", "인천광역시 동구", "인천광역시 서구"]
    ]


def test_heads_at_the_ceremony_name_the_partners_a_signing_only_counts():
    body = (
        "충북도와 충북대 등 도내 4개 대학이 23일 상호협력 협약을 체결했다. 이날 도청에서 "
        "열린 협약식에는 김도윤 도지사와 이하늘 충북대 총장, 김도종 한빛대 총장, 김응권 "
        "우석대 총장, 최원철 전주대 부총장 등 10여명이 참석했다.\n"
    )
    (parties,) = _parties(body)
    assert {"충청북도", "충북대", "한빛대", "우석대"} <= set(parties)
    assert not any("김도윤" in p or "도지사" in p for p in parties)


def test_a_count_that_goes_on_as_a_longer_word_counts_no_one():
    assert counted("한빛대와 누리구는 글로컬대학 30 사업 추진을 위한 업무협약을 체결했다.") is None
    assert counted("누리시는 5개 사업에 협력하기로 했다.") is None
    assert counted("누리구는 관내 10개 사업장과 협약을 체결했다.") == 10


def test_a_clause_in_a_counted_sentence_names_no_partner():
    text = (
        "누리군은 이번 협약에 따라 3개 기업이 부지에 557억 원을 들여 공장을 이전· 증설하면, "
        "201명의 인력이 이주 및 신규 고용될 것을 전망하고 있다."
    )
    assert roster(text, (0, len(text)), 3) == []


def test_where_a_head_stands_in_the_photo_is_no_part_of_the_body():
    text = (
        "▲ (왼쪽부터)박진관 누리FC 대표이사, 김한술 한빛은행 누리본부장, 김경수 도지사가 "
        "메인스폰서십 협약을 체결했다."
    )
    names = [p.name for p in roster(text, (0, len(text)), 3)]
    assert names and not any("왼쪽" in n for n in names)


def test_the_local_cooperatives_said_to_take_part_are_partners():
    body = (
        "시는 11일 공공급식지원센터에서 4개 지역농협과 '농산물 공급 협력 업무협약'을 "
        "체결했다고 밝혔다.\n"
        "협약에 참여한 지역농협은 ▲남누리농협 ▲동누리농협 ▲서누리농협 ▲한빛농협입니다.\n"
    )
    (parties,) = _parties(body)
    assert {"남누리농협", "동누리농협", "서누리농협", "한빛농협"} <= set(parties)


def test_heads_told_as_taking_part_in_the_ceremony_name_the_counted_partners():
    body = (
        "전북도는 5일 도내 4개 대학과 '대학연계 지역사회 창의학교 협약'을 체결했다. 이날 "
        "협약식에는 송하늘 도지사와 정성석 한빛대 부총장, 김도종 원광대 총장, 이호인 "
        "전주대 총장, 장영달 우석대 총장 등이 참여했다.\n"
    )
    (parties,) = _parties(body)
    assert {"한빛대", "원광대", "전주대"} <= set(parties)


def test_the_bodies_said_to_join_a_coming_signing_are_its_partners():
    body = (
        "누리고용노동지청과 누리구청은 23일 오후 3시 누리세무서에서 ‘누리 경제 활성화를 위한 "
        "유관기관 업무협약’을 체결한다.\n"
        "이날 업무협약에는 누리경찰서, 누리교육지원청, 누리소방서, 한국가스공사 누리지역본부 "
        "등 6개 유관기관이 함께 한다.\n"
    )
    (parties,) = _parties(body)
    assert {"누리경찰서", "누리소방서", "한국가스공사 누리지역본부"} <= set(parties)


def test_the_bodies_said_to_attend_the_agreement_are_listed_to_their_closing():
    body = (
        "누리경제청은 28일 누리스타트업파크에서 ‘스타트업 지속성장 지원을 위한 업무협약’을 "
        "체결했다.\n"
        "이날 업무협약에 참석한 4개 기관은 중소벤처기업진흥공단 누리지부, 누리창조경제혁신센터, "
        "한국환경산업기술원, ㈜한빛서비스 등으로 인력개발에 힘써 왔다.\n"
    )
    (parties,) = _parties(body)
    assert {"중소벤처기업진흥공단 누리지부", "한국환경산업기술원", "한빛서비스"} <= set(parties)


def test_fields_of_industry_run_together_name_no_partner():
    body = (
        "누리시는 10일 한빛주물 등 4개 기업과 투자협약을 체결했다.\n"
        "이날 투자협약을 체결한 기업체는 자동차부품, 기계ㆍ전자, 철강ㆍ화학, 목재 등으로 "
        "생산공정의 효율화가 기대된다.\n"
    )
    (parties,) = _parties(body)
    assert not {"자동차부품", "기계ㆍ전자", "기계·전자", "철강ㆍ화학", "목재"} & set(parties)


def test_bodies_joined_by_dots_are_each_a_partner():
    text = (
        "이번 협약에는 한국수소연합·누리테크노파크·누리대·한빛대, 누리에너지, 한빛화학 등이 "
        "참여했다."
    )
    assert [p.name for p in roster(text, (0, len(text)))] == [
        "한국수소연합",
        "누리테크노파크",
        "누리대",
        "한빛대",
        "누리에너지",
        "한빛화학",
    ]


def test_what_the_parties_contribute_is_no_partner():
    assert is_common_noun("행정·재원")


def test_the_field_a_partner_is_listed_under_is_no_part_of_its_name():
    """ "노동계에선 한빛노총, 금융계에선 …, 교육계에선 한빛대·누리대": the field opens the item
    and is no part of the name."""
    body = (
        "빛고을시는 17개 관련 기관들과 7일 ‘일자리 창출을 위한 업무협약(MOU)’을 체결했다.\n"
        "이날 시청에서 체결한 업무협약에는 정부, 기업, 노동계, 금융계, 대학교 등 5개 분야 "
        "17개 기관이 참여했다. 노동계에선 한빛노동조합총연맹, 금융계에선 한빛은행과 누리은행, "
        "교육계에선 한빛대·누리대·가람대·미르대가 참여했다.\n"
    )
    (parties,) = _parties(body)
    assert not any("에선" in name for name in parties)
    assert {"한빛노동조합총연맹", "한빛대", "누리대", "가람대", "미르대"} <= set(parties)


def test_a_head_in_brackets_written_apart_leaves_the_first_name_whole():
    body = (
        "누리군은 지역 내 농협 3곳과 인구늘리기 릴레이 협약을 23일 체결했다.\n"
        "이번 협약에는 NH농협은행 누리군지부 (지부장 김하늘), 한빛농협(조합장 이바다),"
        " 미르농협(조합장 박솔)이 참여했다.\n"
    )
    span = (body.index("이번"), len(body))
    assert [p.name for p in roster(body, span)] == [
        "NH농협은행 누리군지부",
        "한빛농협",
        "미르농협",
    ]


def test_marks_that_list_the_fields_a_counted_body_works_on_name_no_partner():
    body = (
        "한빛공사는 5개 공공기관이 모인 ‘금융단지 공공기관 협의체’ 출범 업무협약을 체결했다고 "
        "12일 밝혔다.\n"
        "협의체에 참여한 기관은 ▷한빛공사 ▷기술보증기금 ▷주택도시보증공사 ▷한국남부발전 등이다.\n"
        "협의체는 ▷공정채용 ▷규제개선 ▷기록물 ▷데이터 ▷혁신 등 5개 분야에서 기관별 성과를 "
        "나누기로 했다.\n"
    )
    (parties,) = _parties(body)
    assert parties == ["한빛공사", "기술보증기금", "주택도시보증공사", "한국남부발전"]
    sentence = body.splitlines()[2]
    assert roster(sentence, (0, len(sentence)), 5) == []


@pytest.mark.parametrize("joined", ["이 22개 기업과", ", 장비 업체 등 22개 기업이"])
def test_places_run_with_dots_and_counted_as_si_gun_are_the_governments_that_sign(joined: str):
    body = f"충남도와 천안·공주·보령 등 8개 시군{joined} 투자협약을 체결했다.\n"
    (parties,) = _parties(body)
    assert parties[:4] == ["충청남도", "충청남도 천안시", "충청남도 공주시", "충청남도 보령시"]


def test_the_heads_of_counted_places_at_a_ceremony_are_its_guests():
    body = (
        "창원시는 12일 시청에서 한빛중공업, 누리정밀 등 2개 기업과 투자협약을 체결했다.\n"
        "이번 협약식에는 진주·사천·밀양·양산·창녕 등 5개 시·군 단체장 등 300여 명이 참석했다.\n"
    )
    (parties,) = _parties(body)
    assert not any(p.endswith(("진주시", "사천시", "창녕군")) for p in parties)


@pytest.mark.parametrize(
    ("body", "partners"),
    [
        (
            "한빛시는 13일 시청에서 3개 공공기관과 에너지 분야 업무협약을 체결했다.\n"
            "협약에는 ▷한국전력 ▷한국남부발전 ▷한국수력원자력 등 에너지 분야 3개 공공기관이 "
            "참여했다.\n",
            ["한국전력", "한국남부발전", "한국수력원자력"],
        ),
        (
            "한빛시는 13일 시청에서 ▷누리 ▷다솜 ▷미르 등 반도체 분야 3개 기업과 투자협약을 "
            "체결했다.\n",
            ["누리", "다솜", "미르"],
        ),
        (
            "한빛시는 13일 시청에서 ▷세아제강 ▷다솜 ▷누리 ▷미르 등 4개 기업과 ▷이차전지 "
            "▷바이오 ▷식품 등 3개 분야 투자협약을 체결했다.\n",
            ["세아제강", "다솜", "누리", "미르"],
        ),
    ],
)
def test_marked_bodies_closed_by_their_field_and_count_are_partners(body, partners):
    (parties,) = _parties(body)
    assert sorted(parties) == sorted(["한빛시", *partners])


@pytest.mark.parametrize(
    "closing",
    ["등 3개 분야에서 협력한다", "등을 강화하는 데 힘을 모은다", "등에 대한 성과를 나눈다"],
)
def test_marks_closed_as_fields_aims_or_topics_after_the_bodies_name_no_partner(closing: str):
    body = (
        "한빛공사는 5개 공공기관이 모인 협의체 출범 업무협약을 체결했다고 12일 밝혔다.\n"
        "협의체에 참여한 기관은 ▷한빛공사 ▷기술보증기금 ▷주택도시보증공사 ▷한국남부발전 등이다.\n"
        f"협의체는 ▷공정채용 ▷규제개선 ▷기록물 ▷데이터 ▷혁신 {closing}.\n"
    )
    (parties,) = _parties(body)
    assert parties == ["한빛공사", "기술보증기금", "주택도시보증공사", "한국남부발전"]


@pytest.mark.parametrize(
    "counted",
    ["8개 시장·군수가 참석한 가운데", "8개 시군이 참석한 가운데", "8개 시군이 추천한"],
)
def test_places_counted_as_guests_or_recommenders_are_no_parties(counted: str):
    body = f"충남도는 13일 도청에서 천안·공주·보령 등 {counted} 22개 기업과 투자협약을 체결했다.\n"
    assert _parties(body) in ([], [["충청남도"]])


def test_district_offices_counted_as_districts_are_the_districts():
    body = (
        "누리대는 지난 23일 캠퍼스에서 서남권 창업지원 업무협약을 체결했다.\n"
        "협약에는 누리대를 필두로 한빛대·다온대·가람대 등 4개 대학과 강서구청·관악구청·구로구청 "
        "등 3개 자치구, 미르진흥원·새빛재단·바다공단 등 3개 지원기관까지 총 10개 기관이 참여했다.\n"
    )
    (parties,) = _parties(body)
    # 강서구 is Seoul's and Busan's: the text says no more.
    assert {"강서구", "서울특별시 관악구", "서울특별시 구로구"} <= set(parties)
    assert not any(p.endswith("구청구") for p in parties)
    # Offices of other kinds stay bodies.
    (parties,) = _parties(body.replace("구청·", "구보건소·").replace("구로구청", "구로구보건소"))
    assert not any(p.endswith("보건소구") for p in parties)


def test_a_dotted_roster_led_by_one_partner_names_the_counted_bodies():
    """ "이전 공공기관은 누리공사를 비롯해 A·B·C 등이다": the bodies the signing counted, told
    by who leads them and who else is among them, dotted as a comma list would be."""
    body = (
        '누리공사는 "한빛시로 이전하는 4개 공공기관과 함께 3일 협의체를 발족하고 한빛시와 '
        '업무협약을 체결했다"고 밝혔다.\n'
        "한빛 혁신도시 이전 공공기관은 누리공사를 비롯해 가람기술원·바다관리공단·새솔진흥원·"
        "다온분석원 등이다.\n"
    )
    (names,) = _parties(body)
    assert sorted(names) == sorted(
        ["누리공사", "한빛시", "가람기술원", "바다관리공단", "새솔진흥원", "다온분석원"]
    )


@pytest.mark.parametrize(
    "body",
    [
        # The guests of the ceremony, as many as the signing counts.
        "누리시는 12일 4개 기관과 청년 일자리 업무협약을 체결했다.\n이날 협약식에 참석한 "
        "내빈은 누리시의회를 비롯해 한빛상공회의소·가람경영자총협회·바다일자리재단 등이다.\n",
        # A partner's family companies.
        "누리시는 12일 한빛대와 산학협력 업무협약을 체결했다.\n한빛대의 가족회사는 "
        "가람전자를 비롯해 바다정밀·새솔테크·다온바이오 등이다.\n",
        # A signing of two that counts no one.
        "누리공사는 3일 한빛시와 지역인재 채용 확대를 위한 업무협약을 체결했다.\n한빛 "
        "혁신도시 이전 공공기관은 누리공사를 비롯해 가람기술원·바다관리공단·새솔진흥원·"
        "다온분석원 등이다.\n",
    ],
)
def test_a_dotted_roster_of_others_names_no_partner(body: str):
    (names,) = _parties(body)
    assert not {"한빛상공회의소", "바다정밀", "가람기술원"} & set(names)


@pytest.mark.parametrize(
    "listed",
    [
        "4대 프로젝트는 ▲인재 스킬업(SKILL UP) ▲기업 밸류업(VALUE UP) ▲지역사회 그로우업(GROW UP) "
        "▲대학 이노업(INNO UP)이다.",
        "협약의 주요 내용은 인재 양성, 기업 지원, 지역사회 공헌, 대학 혁신이다.",
    ],
)
def test_a_list_of_what_its_subject_names_is_no_roster(listed: str):
    """ "4대 프로젝트는 ▲A ▲B …이다": the list is of projects, as its subject says, not of
    partners, however it is counted."""
    assert counted_roster(listed, (0, len(listed))) == []
    partners = "참여 기관은 가람기술원, 바다관리공단, 새솔진흥원, 다온분석원 등 4곳이다."
    assert len(counted_roster(partners, (0, len(partners)))) == 4


def test_partners_counted_kind_by_kind_are_named_in_the_roster_that_follows():
    """ "도내 2개 대학, 2개 연구기관, 3개 기업과": the counts of each kind add up to the partners
    the roster after names, all of them."""
    lead = "누리도는 29일 한빛시, 도내 2개 대학, 2개 연구기관, 3개 기업과 수소 협약을 체결했다."
    assert counted(lead) == 7
    body = (
        lead + "\n이번 협약에는 도와 한빛시, 가람대, 바다대, 누리생산기술연구원, 한빛에너지연구원, "
        "다온물산, 새솔제철, 미르카본이 참여했다.\n"
    )
    (names,) = _parties(body)
    assert {"가람대", "바다대", "누리생산기술연구원", "다온물산", "새솔제철", "미르카본"} <= set(
        names
    )


@pytest.mark.parametrize(
    ("sentence", "count", "expected"),
    [
        # The list ends with the name the verb of taking part follows; the next clause is
        # no partner.
        (
            "이번 협약에는 가람대, 바다대, 다온물산, 미르카본이 참여했으며, "
            "서면 교환 방식으로 진행했다.",
            4,
            ["가람대", "바다대", "다온물산", "미르카본"],
        ),
        # "한빛전력 외에도 A, B, C": the first name leads the list and is one of it, never a
        # party named "한빛전력 외에도 A".
        (
            "이날 협약식에는 한빛전력 외에도 누리전기산업진흥회, 드림선, 가온일렉트릭 등 "
            "기업·기관 25곳이 참여했다.",
            25,
            ["한빛전력", "누리전기산업진흥회", "드림선", "가온일렉트릭"],
        ),
        (
            "이날 협약식에는 한빛전력 이외에도 누리전기산업진흥회, 드림선, 가온일렉트릭 등 "
            "기업·기관 25곳이 참여했다.",
            25,
            ["한빛전력", "누리전기산업진흥회", "드림선", "가온일렉트릭"],
        ),
    ],
)
def test_a_roster_holds_the_names_its_words_bound(sentence: str, count: int, expected):
    names = [p.name for p in roster(sentence, (0, len(sentence)), count)]
    assert names == expected


def test_a_guest_with_a_title_who_leads_the_attendance_is_no_party():
    """ "윤동욱 누리도 새만금해양수산국장을 비롯해 …": a department head leads the list of
    guests; his title is no body."""
    body = (
        "누리도와 새만금개발청은 8일 한빛철강과 투자협약을 체결했다.\n이날 협약식에는 윤동욱 "
        "누리도 새만금해양수산국장을 비롯해 양충모 새만금개발청장, 김우상 한국농어촌공사 "
        "새만금산업단지사업단장, ㈜한빛철강 김윤호 대표 등이 참석했다.\n"
    )
    (names,) = _parties(body)
    assert "새만금해양수산국장" not in names
    assert {"누리도", "새만금개발청", "한빛철강"} <= set(names)


def test_a_clause_with_an_object_in_a_comma_run_is_no_partner():
    """ "…에 3개 기업이 둥지를 틀고, 2월중 춘천, 양구에 기업이전을 결정한 5개 기업의 투자협약":
    the commas part clauses, and no item of them is a body, however many the count wants."""
    sentence = (
        "이에 한빛군 농공단지에 3개 기업이 둥지를 틀고, 2월중 춘천, 양구에 기업이전을 결정한 "
        "5개 기업의 투자협약(MOU) 예정 등 투자유치 성과를 높이고 있다."
    )
    assert roster(sentence, (0, len(sentence)), 3) == []


def test_bodies_counted_with_their_heads_are_the_partners_counted():
    """ "6개 시·군 단체장·부단체장, 18개 기업 대표와 투자협약을 체결했다": the 18 companies
    signed through their heads; the count is theirs."""
    sentence = (
        "김한빛 누리지사는 이날 도청에서 6개 시·군 단체장·부단체장, 18개 기업 대표와 "
        "투자협약(MOU)을 체결했다."
    )
    assert counted(sentence) == 18


def test_companies_introduced_by_their_trade_without_a_copula_are_investors():
    """ "인쇄잉크 업체 동양잉크가 175억원": the trade before the name marks it a company, with
    or without "인"."""
    sentence = (
        "천안에는 2차 전지 제조설비 업체 한빛프로가 1천억원, 산업용 세정제 업체 누리켐이 "
        "220억원, 인쇄잉크 업체 가람잉크가 175억원을 각각 들여 공장을 신설한다."
    )
    names = [p.name for p in investing_companies(sentence, (0, len(sentence)))]
    assert names == ["한빛프로", "누리켐", "가람잉크"]


def test_a_roster_begins_after_the_words_that_say_it_took_part():
    """ "이번 협약은 A, B, C와 공동 추진한 것으로 … 협약 참여 기관은 D, E, F, G 등이다": the
    bodies the agreement was promoted with stand before the list, not in it."""
    body = (
        "누리군은 17일 한빛지역 4개 기관과 로컬푸드 공급을 위한 업무협약을 체결했다고 밝혔다.\n"
        "이번 협약은 농림축산식품부, 한빛광역시, 누리도와 공동 추진한 것으로 협약 참여 기관은 "
        "한빛청사, 가람공사, 바다연구원, 새솔개발원 등이다.\n"
    )
    (names,) = _parties(body)
    assert {"한빛청사", "가람공사", "바다연구원", "새솔개발원"} <= set(names)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Counts of what is no body, or a number's thousands, are no kinds of partner.
        ("누리시는 해외 5개국, 12개 기관과 협약을 체결했다.", 12),
        ("한빛대는 2개 학과, 4개 기업과 협약을 체결했다.", 4),
        ("누리군은 지난 3개월, 5개 기업과 협약을 체결했다.", 5),
        ("누리상공회의소는 1,200개 회원사, 3개 기관과 협약을 체결했다.", 3),
        # Heads met at another event count no partner beside bodies counted plainly.
        ("누리도는 도내 30개 기업 대표와 간담회를 가진 뒤 5개 시군과 업무협약을 체결했다.", 5),
    ],
)
def test_what_a_count_of_partners_does_not_add_up(sentence: str, expected: int):
    assert counted(sentence) == expected


def test_a_quantity_after_a_trade_word_is_no_investor():
    """ "협약에 참여한 기업 대부분이 …을 투자해": "대부분" stands where a company's name would."""
    sentence = "협약에 참여한 기업 대부분이 내년까지 500억원을 투자해 공장을 짓는다."
    assert investing_companies(sentence, (0, len(sentence))) == []


def test_a_name_holding_a_noun_that_ends_in_eul_is_a_name_still():
    """ "바다마을 협동조합", "새마을 부녀회": 을 ends the noun 마을; no object, no clause."""
    sentence = "이날 협약에는 한빛농협, 바다마을 협동조합, 새마을 부녀회, 누리농협이 참여했다."
    names = [p.name for p in roster(sentence, (0, len(sentence)), 4)]
    assert names == ["한빛농협", "바다마을 협동조합", "새마을 부녀회", "누리농협"]


def test_a_dotted_run_of_counted_partners_told_investing_is_every_one_of_them():
    """ "A·B·C·D·E은 … 신규 투자": the run is as many companies as the count leaves room
    for; relocating a head office and building anew are investing too."""
    body = (
        "한빛시가 1일 8개 기업과 투자협약을 했다.\n"
        "한솔진공·다온정밀·누리매트·가람중공업·새빛철강은 산업단지에 공장을 증설한다.\n"
        "태양정기는 서한빛산업단지에 신규 투자를 한다.\n"
        "누리금속은 부산에서 한빛첨단산업단지로 본사를 옮긴다.\n"
        "가온식품은 진례면에 가정간편식 제조공장을 신축한다.\n"
    )
    (parties,) = _parties(body)
    assert parties == [
        "한빛시",
        "한솔진공",
        "다온정밀",
        "누리매트",
        "가람중공업",
        "새빛철강",
        "태양정기",
        "누리금속",
        "가온식품",
    ]


def test_a_field_dotted_to_a_name_stays_out_whatever_room_the_count_leaves():
    body = (
        "한빛시는 5일 시청에서 9개 기업과 1200억원 규모의 투자협약을 체결했다.\n"
        "한솔진공·다온정밀·누리매트는 한빛산단에 공장을 신설한다.\n"
        "우주항공·미르정밀은 50억원을 들여 공장을 증설한다.\n"
    )
    (parties,) = _parties(body)
    assert "우주항공" not in parties
    assert {"한솔진공", "다온정밀", "누리매트", "미르정밀"} <= set(parties)
