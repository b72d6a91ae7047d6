"""What copy glues to the edge of a party's name (a dateline tag, a lead's marks, a head's
title, the day of a list) is no part of it, and a name written in pieces is named whole."""

import pytest
from test_parties import names

from mouarchive.extract.bare_names import name_alone
from mouarchive.extract.parties import find_parties
from mouarchive.extract.roster_names import item_name
from mouarchive.extract.same_org import never_signs
from mouarchive.extract.signatories import find_signatories


def test_a_dateline_tag_glued_to_the_first_name_is_no_part_of_it():
    text = (
        "[보령]농협보령시지부(지부장 김하늘)와 한국농어촌공사 보령지사(지사장 이바다)는 "
        "지난 12일 수산물 판로 확대를 위한 협약을 맺었다."
    )
    assert names(text) == ["농협보령시지부", "한국농어촌공사 보령지사"]
    assert find_signatories(text)[0].organization == "농협보령시지부"
    bare = "[보령]보령시농업기술센터와 한국농어촌공사 보령지사는 12일 업무협약을 체결했다."
    assert names(bare) == ["보령시농업기술센터", "한국농어촌공사 보령지사"]


def test_a_credit_glued_to_a_line_mid_page_and_a_stock_code_are_no_part_of_a_name():
    """ "[누리경제=김한빛 기자]한빛재단과" printed again under a photo, "LG전자[066570]와": the
    credit's bracket ends a word, and a listed company's code is no part of its name."""
    text = "[누리경제=김한빛 기자]한빛재단 누리지회와 가람대학교병원이 업무협약을 체결했다."
    assert names(text) == ["한빛재단 누리지회", "가람대학교병원"]
    text = "한빛전력은 26일 본사에서 LG전자[066570]와 누리소재 등과 투자협약을 했다."
    assert names(text) == ["한빛전력", "LG전자", "누리소재"]


def test_a_place_abroad_ending_in_wa_keeps_it():
    """ "오키나와 관광컨벤션뷰로": 와 ends the place's name before a space, which names the body
    after it, and is the particle only after it ("오키나와와")."""
    text = "한빛시는 10일 오키나와와 교류협약을 체결했다."
    assert names(text) == ["한빛시", "오키나와"]
    text = "한빛관광협회와 오키나와 관광컨벤션뷰로가 10일 우호교류협약을 체결했다."
    assert names(text) == ["한빛관광협회", "오키나와 관광컨벤션뷰로"]
    assert names("한빛대는 10일 가나가와 현립대학과 교류협약을 체결했다.") == [
        "한빛대",
        "가나가와 현립대학",
    ]


def test_the_marks_opening_a_column_item_are_no_part_of_the_name():
    text = "○…목포시가 서울시 마포구청과 8일 자매결연 협약을 맺었다."
    assert names(text) == ["전라남도 목포시", "서울특별시 마포구"]


def test_a_prime_minister_named_by_title_is_a_person_not_a_party():
    text = (
        "누리시장은 인도 마하라슈트라주를 찾아 ‘라지브 쿠마르’ 총리와 경제협력 업무협약을 맺었다."
    )
    assert "총리" not in names(text)


def test_within_the_province_is_where_the_partners_are_not_one_of_them():
    text = "도는 12일 아산시, 도내 3개 대학, 2개 병원과 바이오산업 육성을 위한 협약을 맺었다."
    assert "도내" not in names(text)


def test_a_public_bodys_name_written_in_pieces_is_named_whole():
    assert "국립 수산 과학원" in names("한빛군은 국립 수산 과학원과 지난 5일 업무협약을 맺었다.")


def test_a_body_of_korea_and_its_partners_keeps_both_in_its_name():
    text = "한빛재단은 한ㆍ아세안 문화교류협의회(KACE)와 업무협약을 맺었다."
    assert "한·아세안 문화교류협의회" in names(text)


def test_an_aim_written_whole_with_development_is_no_partner():
    text = "목포시와 신안군은 지역발전과 관광 활성화를 위한 업무협약을 맺었다."
    assert "지역발전" not in names(text)
    assert names("한빛시는 한국남동발전과 업무협약을 체결했다.")[-1] == "한국남동발전"


@pytest.mark.parametrize("people", ["관광객", "방문객", "소비자", "외국사", "외투기업"])
def test_visitors_customers_and_foreign_firms_in_general_are_no_partner(people: str):
    text = f"강원도는 {people}이 동해안에 몰리고 있어 원주지방국토관리청과 업무협약을 맺었다."
    assert names(text) == ["강원특별자치도", "원주지방국토관리청"]


@pytest.mark.parametrize("aim", ["봉사활동", "공동번영", "사회공헌"])
def test_an_aim_of_service_or_prosperity_is_no_partner(aim: str):
    text = f"목포시와 누리공사는 {aim}과 관광 교류를 위한 업무협약을 맺었다."
    assert names(text) == ["전라남도 목포시", "누리공사"]


def test_a_committee_or_holding_is_named_by_the_words_before_it():
    cases = {
        "한빛항만공사는 본사에서 중국 누리 경제특구 관리위원회와 업무협약을 맺었다.": (
            "누리 경제특구 관리위원회"
        ),
        "부산시는 12일 벡스코에서 가람조선, 터키 아나돌루 홀딩과 업무협약을 맺었다.": (
            "아나돌루 홀딩"
        ),
        "부산시와 경남도는 (재)2030누리박람회 조직위원회와 지원 협약을 체결했다.": (
            "2030누리박람회 조직위원회"
        ),
    }
    for text, whole in cases.items():
        assert whole in names(text)


def test_a_kind_of_local_body_is_named_by_the_words_before_it():
    cases = {
        "한빛경찰서는 7일 누리은행 한빛지점, 놀뫼 새마을금고와 업무협약을 체결했다.": (
            "놀뫼 새마을금고"
        ),
        "한빛병원은 7일 누리중앙시장 상인연합회와 진료지정병원 협약을 체결했다.": (
            "누리중앙시장 상인연합회"
        ),
        "한빛진흥원은 7일 러시아 연해주 보건국과 MOU를 체결했다.": "연해주 보건국",
    }
    for text, whole in cases.items():
        assert whole in names(text)
    # Alone, it is the body the article means.
    assert names("영광군은 7일 새마을금고와 업무협약을 체결했다.") == [
        "전라남도 영광군",
        "새마을금고",
    ]


def test_a_market_whose_name_ends_as_a_deputy_mayors_title_is_no_city():
    text = "한빛병원은 7일 서울중부시장 상인연합회와 진료지정병원 협약을 체결했다."
    assert names(text) == ["한빛병원", "서울중부시장 상인연합회"]


def test_what_a_body_has_is_no_partner_of_it():
    text = "한빛공단은 이번 협약으로 한빛공단의 노하우와 서울시가 가진 창업 공간을 묶어 협력한다."
    assert "노하우" not in names(text)


def test_the_day_a_list_is_dated_by_is_no_part_of_a_name():
    text = "목포시는 지난달 28일 국내 대표 관광 관련 5개 기관 및 협회와 관광 업무협약을 맺었다."
    assert names(text) == ["전라남도 목포시"]


def test_a_head_named_with_the_body_they_lead_stands_for_that_body():
    text = "김하늘 순천대 총장이 10일 이바다 순천시여성경제인협회장과 산학협약을 체결했다."
    assert names(text) == ["순천대", "순천시여성경제인협회"]


def test_a_second_branch_written_without_its_bodys_name_takes_the_first_ones():
    text = "한빛농협, 누리농협, 농협전남지역본부 및 전북지역본부가 공동사업 업무협약을 체결했다."
    assert names(text) == ["한빛농협", "누리농협", "농협전남지역본부", "농협전북지역본부"]


def test_a_consortium_is_named_by_its_leader_and_its_role_is_no_part_of_it():
    assert names("순천시는 12일 한빛건설 컨소시엄과 실시협약을 체결했다.") == [
        "전라남도 순천시",
        "한빛건설 컨소시엄",
    ]
    assert name_alone("민간사업자인 누리건설 컨소시엄") == "누리건설 컨소시엄"


def test_places_joined_by_a_dash_that_name_an_event_are_no_parties():
    text = (
        "전남교육청은 19일 2024 한일 미래발전 전남-규슈 교류주간 행사에서 일본 규슈교육청과 "
        "교육교류 협약을 체결한다."
    )
    assert names(text) == ["전라남도교육청", "규슈교육청"]
    assert names("순천시-광양시 상생협약을 12일 체결했다.") == [
        "전라남도 순천시",
        "전라남도 광양시",
    ]
    assert names("거창군-부산 영도구, 읍·면·동 합동 자매결연")[0] == "경상남도 거창군"


def test_a_kind_of_body_made_of_generic_words_names_no_party():
    text = "순천시는 12일 시청에서 시민사회단체, 협력업체, 순천대와 상생협약을 맺었다."
    assert names(text) == ["전라남도 순천시", "순천대"]
    assert never_signs("농업유관기관") and never_signs("기념행사") and never_signs("기타 관련 기업")
    assert name_alone("투자가 상당하다") is None
    assert not never_signs("연안여행사") and not never_signs("중소기업진흥공단")


@pytest.mark.parametrize(
    "kind",
    [
        "바이오기업",
        "연구기업",
        "유망중소기업",
        "내륙거점도시",
        "지방도시",
        "바이어",
        "유통기업",
        "자원순환업체",
        "지원기관",
    ],
)
def test_a_kind_of_company_or_city_is_no_party(kind: str):
    text = f"빛고을시는 12일 시청에서 한빛바이오, {kind}와 상생협약을 맺었다."
    assert names(text) == ["빛고을시", "한빛바이오"]
    assert never_signs(kind)


def test_a_word_opening_a_quoted_agreement_title_is_its_subject_not_a_party():
    text = (
        "시와 누리소재㈜는 27일 시장실에서 ‘전지소재와 반도체 부품 생산공장 신설 "
        "투자양해각서’를 체결했다."
    )
    assert "전지소재" not in names(f"순천시가 누리소재㈜로부터 투자를 유치했다. {text}")
    assert names("순천시와 광양시는 12일 ‘순천시와 광양시 상생협약’을 체결했다.") == [
        "전라남도 순천시",
        "전라남도 광양시",
    ]


def test_a_clause_ending_in_but_names_no_party():
    assert name_alone("본 지정 추진이지만") is None
    assert name_alone("누리건설 컨소시엄") == "누리건설 컨소시엄"


def test_a_match_is_no_province():
    text = (
        "순천시와 누리FC는 11일 홈경기 개최 협약을 맺었다. "
        "누리FC는 스플릿 라운드 경기와 홈 경기를 순천에서 치른다."
    )
    assert "경기도" not in names(text)
    assert names("서울·경기·인천 지자체는 12일 협약을 맺었다.") == [
        "서울특별시",
        "경기도",
        "인천광역시",
    ]


def test_a_chief_named_by_title_is_a_person_not_a_party():
    text = "양 교육감은 또한 중국한어판공실 왕하늘 주임과 ‘국제교류협력 협정서’에 조인했다."
    assert "주임" not in names(text)


def test_a_company_named_after_a_well_known_body_is_a_body_with_its_branches():
    text = "누리모금회와 한국도로공사서비스 순천영업센터(센터장 김하늘)는 5일 업무협약을 했다."
    assert "한국도로공사서비스 순천영업센터" in names(text)
    assert "누리사회복지공동모금회" in names(text.replace("누리모금회", "누리사회복지공동모금회"))


def test_the_level_word_after_the_scene_of_a_ceremony_is_the_subject():
    lead = "순천시가 투자유치에 성공했다. "
    text = (
        f"{lead}시에 따르면 1일 도청 대회의실에서 열린 합동 투자 협약식에서 시는 누리철강㈜, "
        "㈜다온케미칼과 투자협약을 체결했다."
    )
    signing = find_parties(text, (len(lead), len(text)))
    assert [p.name for p in signing] == ["전라남도 순천시", "누리철강", "다온케미칼"]


def test_a_companys_trade_written_before_its_one_word_name_is_no_part_of_it():
    assert name_alone("자동차 부품 제조업체 누리정밀") == "누리정밀"
    assert name_alone("LED 조명기기업체 한빛라이텍") == "한빛라이텍"
    assert name_alone("주식회사 태평") == "주식회사 태평"
    assert name_alone("한국중소기업 연합회") == "한국중소기업 연합회"


def test_a_head_called_again_by_surname_and_title_stands_for_the_body_named_before():
    text = (
        "유럽 순방길에 올랐던 김하늘 충북도지사가 25일 귀국했다.\n"
        "김 지사는 현지시간 21일 독일 뮌헨에서 자동차부품 기업인 누리사와 투자유치 MOU를 "
        "체결했다."
    )
    signing = text.index("김 지사는")
    assert [p.name for p in find_parties(text, (signing, len(text)))] == ["충청북도", "누리사"]


def test_a_quote_glued_to_the_word_before_it_opens_a_title_not_a_name():
    text = (
        "순천시의회(의장 김하늘)와 순천대학교(총장 이바다)는 6. 27.(목) 순천시의회 "
        "접견실에서「지역발전과 시민복리 증진을 위한 상호협력 업무협약」을 체결했다."
    )
    assert sorted(names(text)) == ["순천대학교", "순천시의회"]


def test_a_known_bodys_branch_for_an_area_is_named_with_the_body():
    text = "충주시는 12일 코레일 수도권 동부본부와 철도관광 업무협약을 체결했다."
    assert names(text) == ["충청북도 충주시", "코레일 수도권 동부본부"]


def test_a_task_force_is_named_by_the_words_before_it():
    text = "순천환경공단은 12일 순천시 하천살리기 추진단과 업무협약을 체결했다."
    assert names(text) == ["순천환경공단", "순천시 하천살리기 추진단"]


def test_a_day_told_a_clock_or_a_count_of_parties_is_no_part_of_a_name():
    assert name_alone("어제  누리개발청") == "누리개발청"
    assert name_alone("오후 1시 30분") is None
    text = "한빛공사는 12일 누리마을회, 누리어촌계 등과 5자 협약을 체결했다."
    assert "5자" not in names(text)


def test_a_single_quote_glued_to_a_word_opens_a_title():
    text = "누리청은 12일 종합상황실에서‘누리청-한빛도 상생협력 업무협약’을 충북도와 체결했다."
    assert not any("상황실" in name for name in names(text))
    text = "순천시의 전 행정동과‘합동 자매결연 협정식’을 체결했다."
    assert "행정동" not in names(text)


def test_an_acting_head_is_a_person_and_the_body_before_them_the_party():
    text = (
        "순천대학교(총장 김하늘)와 누리교육대학교 이바다 총장직무대리는 12일 "
        "교육협력 협약을 체결했다."
    )
    assert names(text) == ["순천대학교", "누리교육대학교"]


def test_a_data_centre_is_a_facility_not_a_party():
    text = "순천시와 누리텔레콤은 12일 AI 데이터센터, 한빛건설과 데이터센터 구축 협약을 체결했다."
    assert not any("데이터센터" in name for name in names(text))


def test_a_federation_of_cooperatives_is_a_body_its_head_stands_for():
    assert names("순천시는 12일 김하늘 수협중앙회장과 수산식품 수출 협약을 체결했다.") == [
        "수협중앙회",
        "전라남도 순천시",
    ]


def test_names_joined_by_dashes_with_heads_in_parentheses_are_each_a_party():
    text = (
        "충북도-충북신용보증재단(이사장 김하늘)-NH농협은행 충북본부(충북본부장 이바다, "
        "총괄본부장 박누리)는 21일 도청에서 소상공인 특별출연 업무협약을 체결했다."
    )
    assert set(names(text)) == {"충청북도", "충북신용보증재단", "NH농협은행 충북본부"}
    assert find_signatories(text)[0].organization == "충북신용보증재단"
    # A dash inside one name is no joiner: K-water keeps it.
    latin = "누리시(시장 김하늘)와 K-water(사장 이바다)는 10일 업무협약을 체결했다."
    assert [(s.name, s.organization) for s in find_signatories(latin)] == [
        ("김하늘", "누리시"),
        ("이바다", "K-water"),
    ]


def test_a_jisa_after_its_body_is_the_bodys_branch_not_a_governor():
    text = (
        "광주 광산구(구청장 김하늘)와 한국주택금융공사 광주지사(지사장 이바다)가 16일 "
        "광산구청에서 사회공헌 업무협약을 체결했다."
    )
    assert names(text) == ["광주광역시 광산구", "한국주택금융공사 광주지사"]
    assert names("이바다 경기지사와 김하늘 서울시장은 16일 업무협약을 체결했다.") == [
        "경기도",
        "서울특별시",
    ]


def test_a_head_in_parentheses_written_apart_leaves_the_particle_to_the_body():
    text = (
        "한빛기계진흥회(회장 김하늘)는 누리혁신클러스터추진단 (단장 이바다)과 9일 "
        "업무협력협약을 체결했다."
    )
    assert names(text) == ["한빛기계진흥회", "누리혁신클러스터추진단"]
    # So does a list's comma after it.
    listed = (
        "누리군은 12일 NH농협은행 누리군지부 (지부장 김바다), 누리농협(조합장 이하늘)과 "
        "협약을 체결했다."
    )
    assert "NH농협은행 누리군지부" in names(listed)


def test_a_football_club_is_named_by_its_fc_fused_or_apart():
    assert names("프로축구 광주FC가 광주은행과 메인 스폰서 협약을 체결했다.") == [
        "광주FC",
        "광주은행",
    ]
    assert names("가평군은 이랜드 FC, 가평군체육회와 업무협약을 체결했다.") == [
        "경기도 가평군",
        "이랜드 FC",
        "가평군체육회",
    ]


def test_a_township_named_with_its_county_written_short_signs_for_itself():
    text = "완주 고산면과 서울시 강서구 화곡4동이 지난 14일 자매결연을 맺었다."
    assert names(text) == ["전북특별자치도 완주군 고산면", "서울특별시 강서구 화곡4동"]


def test_a_korean_head_whose_name_ends_like_a_province_abroad_signs_for_their_body():
    text = "김하늘 순천시장과 한국새농민회 이기성 회장은 27일 업무협약을 체결했다."
    assert names(text) == ["전라남도 순천시", "한국새농민회"]
    assert ("이기성", "한국새농민회") in {(s.name, s.organization) for s in find_signatories(text)}


def test_a_well_known_bodys_branch_named_for_a_province_is_no_governor():
    assert names("천안시와 코레일 충남지사가 9일 업무협약을 체결했다.") == [
        "충청남도 천안시",
        "코레일 충남지사",
    ]


def test_a_list_marker_before_the_subject_leaves_it_the_subject():
    text = "▲ 한빛연구회(NST)는 28일 세종에서 고려대 세종캠퍼스와 업무협약(MOU)을 맺었다."
    assert names(text) == ["한빛연구회", "고려대 세종캠퍼스"]


def test_names_closed_by_deung_gwa_before_the_agreement_are_partners():
    text = "세종시는 15일 시청에서 원창포장공업, 대상이엔지 등과 투자협약을 맺었다."
    assert names(text) == ["세종특별자치시", "원창포장공업", "대상이엔지"]
    topics = (
        "한빛박물관과 누리박물관은 22일 자료의 조사연구, 교류, 교육 등과 관련한 제반 사업 "
        "수행을 위한 업무협약을 체결했다."
    )
    assert names(topics) == ["한빛박물관", "누리박물관"]


def test_the_government_alone_is_no_party_but_a_place_abroads_government_is():
    text = "정부와 경기도가 미국에서 투자유치에 나서 누리모터스와 투자협약을 맺었다."
    assert names(text) == ["경기도", "누리모터스"]
    abroad = "하이난성 정부와 제주특별자치도가 하이커우에서 우호협력 양해각서를 체결했다."
    assert names(abroad) == ["하이난성 정부", "제주특별자치도"]


@pytest.mark.parametrize(
    "after",
    [
        "이는 2017년 장쑤성 옌청시와의 업무협정 체결 이후 7년 만에 이루어진 교류협정이다.",
        "중국 도시와 협정을 맺은 것은 지난 2017년 장쑤성 옌청시와 업무협정 이후 7년 만이다.",
    ],
)
def test_the_partner_of_an_earlier_signing_a_new_one_is_measured_from_is_no_party(after: str):
    text = f"순천시는 지난 21일 중국 산둥성 칭다오시와 우호협력도시 협정을 체결했다. {after}"
    assert names(text) == ["전라남도 순천시", "칭다오시"]


def test_each_partner_of_a_list_introduced_by_its_trade_is_a_party():
    text = (
        "부산시는 27일 시청에서 자동차부품 제조업체인 ‘누리’, 선박 장비 기업인 ‘한빛시스’와 "
        "투자양해각서를 체결했다."
    )
    assert names(text) == ["부산광역시", "누리", "한빛시스"]


def test_fields_joined_by_a_dot_before_an_aim_are_no_party():
    text = "김해시는 12일 한빛바이오와 의생명·의료기기 협력을 위한 업무협약(MOU)을 체결했다."
    assert names(text) == ["경상남도 김해시", "한빛바이오"]


@pytest.mark.parametrize(
    "text",
    [
        (
            "2024년 11월 칭다오시와 순천시가 2017년 옌청시와의 협정 이후 7년 만에 우호협력도시 "
            "협정을 맺었다."
        ),
        "순천시는 2024년 칭다오시, 웨이하이시와 협정을 체결했으며, 이후 3년 만에 교류를 넓혔다.",
    ],
)
def test_a_year_before_the_signing_itself_is_no_earlier_signing(text: str):
    assert "칭다오시" in names(text)


@pytest.mark.parametrize("country", ["중국", "베트남", "몽골"])
def test_a_countrys_government_abroad_is_a_party(country: str):
    text = f"한빛시는 24일 {country} 정부와 교육교류 양해각서를 체결했다."
    assert names(text) == ["한빛시", f"{country} 정부"]


def test_a_clause_told_as_said_before_a_list_is_no_party():
    text = "누리군은 43억 원을 지원받게 됐다며, 한빛공단, 누리재단과 협약을 맺었다."
    assert names(text) == ["누리군", "한빛공단", "누리재단"]


def test_a_commanders_title_names_no_body():
    text = (
        "한빛대학교와 육군 제37보병사단은 30일 37사단 회의실에서 김솔 한빛대 총장과 이바다 "
        "사단장이 참석한 가운데 학군 업무협약을 체결했다."
    )
    assert names(text) == ["한빛대학교", "육군 제37보병사단"]


def test_counts_of_cases_in_a_list_are_no_parties():
    assert [item_name(item) for item in ("고립(112건)", "추락(27건)", "누리소방서(서장 김솔)")] == [
        None,
        None,
        "누리소방서",
    ]


def test_a_verb_describing_the_partner_is_no_party():
    assert names("울산을 대표하는 한빛대학교와 누리과학기술원이 연구협력 협약을 체결했다.") == [
        "한빛대학교",
        "누리과학기술원",
    ]


def test_an_organising_committee_named_alone_and_unexplained_is_no_party():
    assert names("진주시는 12일 시청에서 조직위원회와 업무협약을 체결했다.") == ["경상남도 진주시"]


def test_a_clause_about_a_body_in_a_list_is_no_party():
    items = ("로컬푸드 모델방식인데", "충남도는 지역농산물 생산·유통", "(주)비온디는 건축자재")
    assert [item_name(item) for item in items] == [None, None, "비온디"]


def test_the_stages_of_product_work_a_list_names_are_no_parties():
    items = ("예비시험", "인증시험", "현장실증", "시설 확충", "유지보수", "한빛시험연구원")
    assert [item_name(item) for item in items] == [None, None, None, None, None, "한빛시험연구원"]
