"""Names written in several words, and words beside a name that are no part of it."""

from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.parties import find_parties
from mouarchive.models import Article
from mouarchive.party_keys import party_key, written_for


def party_names(sentence: str) -> list[str]:
    return [p.name for p in find_parties(sentence)]


def test_a_mission_keeps_its_country_and_its_seat():
    """ "주한 베트남 대사관과": the bare "대사관" tells no one which country signed."""
    said = "빛고을대는 23일 주한 베트남 대사관과 유학생 지원 업무협약을 체결했다."
    assert party_names(said) == ["빛고을대", "주한 베트남 대사관"]
    said = "빛고을대는 23일 베트남 대사관과 유학생 지원 업무협약을 체결했다."
    assert party_names(said) == ["빛고을대", "베트남 대사관"]
    said = "한빛시는 23일 주부산 일본국 총영사관과 교류 협약을 체결했다."
    assert party_names(said) == ["한빛시", "주부산 일본국 총영사관"]
    # "주요" is no seat.
    said = "빛고을대는 23일 주요 베트남 대사관과 유학생 지원 업무협약을 체결했다."
    assert party_names(said) == ["빛고을대", "베트남 대사관"]
    # A company abroad is still named without its country.
    said = "한빛시는 23일 영국 멀린과 투자협약을 체결했다."
    assert party_names(said) == ["한빛시", "멀린"]


def test_a_verb_describing_the_partners_counted_is_no_party():
    """ "산업과 연계된 9개 기업과": the words before a count describe the companies."""
    said = "한빛도는 9일 김 가공, 철강 등 산업과 연계된 9개 기업과 투자협약을 체결했다."
    assert party_names(said) == ["한빛도"]


def test_the_words_of_an_envoys_title_and_an_aim_are_no_parties():
    """ "전권 특명 대사 등이 참석한 가운데": an envoy's title split in words; "국내 적응과":
    what the agreement is for."""
    said = (
        "빛고을대는 23일 팜 흐우 찌 주한 베트남 전권 특명 대사 등이 참석한 가운데 유학생의"
        " 국내 적응과 유학 만족도 제고를 위한 MOU를 체결한다."
    )
    assert party_names(said) == ["빛고을대"]


def test_a_mission_and_its_country_are_one_party_across_outlets():
    """One outlet writes "주한 베트남 대사관", another "주한베트남대사관" or only the country
    whose envoy signed; another country's mission stays another party."""
    embassy = party_key("주한 베트남 대사관")
    assert embassy == party_key("주한베트남대사관") == party_key("베트남 대사관")
    assert written_for(party_key("베트남"), embassy)
    assert not written_for(party_key("일본"), embassy)
    assert party_key("주부산 일본국 총영사관") != party_key("일본 대사관")
    # A country has several consulates.
    assert party_key("주부산 중국 총영사관") != party_key("주광주 중국 총영사관")


def test_a_deputy_for_several_portfolios_stands_for_no_place_of_that_name():
    """ "문화복지정무부시장": deputy for culture, welfare and politics, not for a city called
    문화복지정무시."""
    said = "한빛시는 김하늘 문화복지정무부시장이 16일 누리시와 우호도시 협정을 체결했다고 밝혔다."
    assert "문화복지정무시" not in party_names(said)


def test_a_field_written_in_latin_letters_is_no_party():
    """ "△AI 청년 인재 양성": an agreed item opening with its field, no party and no second
    signing."""
    body = (
        "한빛대는 지난 2일 '한빛대 지산학 협력기관 협약식'을 개최했다.\n"
        "다자간 업무협약(MOU) 체결식에선 △AI 청년 인재 양성 △AI·클라우드 융합인재 양성"
        " △ESG 경영 지원 등 총 7개 분야 협력 모델을 발표했다.\n"
    )
    reports = extract_agreements(Article(title=None, body=body, published=None))
    assert [[p.name for p in r.parties] for r in reports] == [["한빛대"]]


def test_a_hyphen_inside_a_company_name_its_legal_form_closes_is_part_of_it():
    """ "에쓰-오일(주)과": one company, written with or without the hyphen; a hyphen between
    names without a legal form still joins two ("광명시-화성시")."""
    said = "한빛시는 16일 에쓰-오일(주)과 투자 양해각서(MOU)를 체결했다."
    assert party_names(said) == ["한빛시", "에쓰-오일"]
    assert party_key("에쓰-오일") == party_key("에쓰오일")
    said = "광명시-화성시는 16일 상생협약을 체결했다."
    assert party_names(said) == ["경기도 광명시", "경기도 화성시"]
    said = "한빛시는 16일 누리전자-한빛테크(주)와 업무협약을 체결했다."
    assert party_names(said) == ["한빛시", "누리전자", "한빛테크"]


def test_a_federation_called_by_its_short_name_is_one_party():
    """ "수협은 … 김하늘 수협중앙회장": 수협 is the federation the article names in full."""
    body = (
        "수협은 21일 서울 수협중앙회 본부에서 김하늘 수협중앙회장, 박누리 한빛재단 이사장 등이"
        " 참석한 가운데 '상생발전을 위한 업무협약'을 체결했다고 밝혔다.\n"
    )
    (report,) = extract_agreements(Article(title=None, body=body, published=None))
    assert [p.name for p in report.parties] == ["수협중앙회", "한빛재단"]


def test_a_cooperative_called_short_is_the_federation_the_article_names():
    """ "신협은 … 신협중앙회 본부에서": the federation; a county's own co-operative stays
    its own."""
    body = (
        "신협은 21일 대전 신협중앙회 본부에서 한빛재단과 금융 지원 업무협약을 체결했다고 밝혔다.\n"
    )
    (report,) = extract_agreements(Article(title=None, body=body, published=None))
    assert [p.name for p in report.parties] == ["신협중앙회", "한빛재단"]
    assert party_key("완도수협") != party_key("수협")


def test_a_quarter_shares_a_dotted_runs_ending_as_places_do():
    said = "한빛지방법원은 18일 관내 교육지원청인 강남·동작·중부교육지원청과 업무협약을 체결했다."
    assert party_names(said) == [
        "한빛지방법원",
        "강남교육지원청",
        "동작교육지원청",
        "중부교육지원청",
    ]


def test_the_scene_and_kinds_of_companies_are_no_parties():
    """ "참석한 가운데,", "해상풍력 전문기업과 기관 등 19곳과", "제조업체 등 3개 기업과"."""
    said = (
        "한빛대학교는 10일 누리공사 본사에서 양 기관 관계자 10여 명이 참석한 가운데, 누리공사와"
        " 상호 협력 업무 협약을 체결했다."
    )
    assert party_names(said) == ["한빛대학교", "누리공사"]
    said = (
        "한빛시는 10일 시청에서 국내외 해상풍력사업 전문기업과 기관 등 19곳과 업무협약을 체결했다."
    )
    assert party_names(said) == ["한빛시"]
    said = "한빛도와 누리군은 6일 풍력발전기 제조업체 등 3개 기업과 투자협약을 체결했다."
    assert "제조업체" not in party_names(said)


def test_a_province_closing_a_roster_item_is_no_particle():
    """ "전우헌 경상북도 경제부지사는": 도 ends the province, not "also"."""
    body = (
        "김하늘 ㈜한빛캡 대표, 박하늘 예천군수, 이솔 경상북도 경제부지사는 20일 오전 예천군청에서"
        " 투자양해각서(MOU)를 체결했다.\n"
    )
    (report,) = extract_agreements(Article(title=None, body=body, published=None))
    assert [p.name for p in report.parties] == ["한빛캡", "경상북도 예천군", "경상북도"]


def test_a_city_abroad_visited_officially_is_the_partner():
    said = (
        "김하늘 도지사를 단장으로 한 한빛대표단이 카자흐스탄 누르시를 공식 방문해 국제교류 협력"
        " 강화를 위한 양해각서(MOU)를 체결했다."
    )
    assert "누르시" in party_names(said)


def test_a_mayor_abroad_written_apart_stands_for_the_city():
    """ "하오 롱 빈 타이베이 시장": the city is 타이베이시."""
    said = (
        "대구시는 4일 타이베이 시청에서 김하늘 대구시장과 하오 롱 빈 타이베이 시장이 참석한"
        " 가운데 자매도시 협약 체결식을 가졌다."
    )
    assert "타이베이시" in party_names(said)


def test_a_word_describing_the_next_one_does_not_cut_the_partners_off():
    said = "한빛시는 8일 동신모텍, 누리정밀과 함께 양질의 일자리 창출을 위한 투자협약을 체결했다."
    assert party_names(said) == ["한빛시", "동신모텍", "누리정밀"]
    said = "한빛시는 8일 동신모텍과 최고의 관광도시 조성을 위한 업무협약을 체결했다."
    assert party_names(said) == ["한빛시", "동신모텍"]


def test_two_aims_joined_inside_the_purpose_do_not_cut_the_partner_off():
    """ "기술교류와 협력 강화를 위한": the 와 joins what the agreement is for, not a partner."""
    said = "한빛전력은 동해화능과 지난 27일 기술교류와 협력 강화를 위한 양해각서를 교환했다."
    assert party_names(said) == ["한빛전력", "동해화능"]
    # Two aims with no partner before them name no one.
    said = "한빛시는 현장실습과 취업 연계를 위한 협약을 맺었다."
    assert party_names(said) == ["한빛시"]


def test_what_the_next_noun_includes_does_not_cut_the_partner_off():
    """ "한국을 포함한 아시아 지역": the object is part of what the supply covers."""
    said = (
        "한빛제약은 베트남 제약사 누리팜과 한국을 포함한 아시아 지역 의약품 공급을 위한"
        " 업무 협약(MOU)을 맺었다."
    )
    assert party_names(said) == ["한빛제약", "누리팜"]


def test_a_purpose_told_as_what_the_parties_agreed_to_do_does_not_cut_the_partner_off():
    """ "X와 R&D센터를 … 설립하기로 하는 협약": objects, sites and verbs of the purpose
    stand between a partner the article makes a subject and the agreement."""
    said = (
        "한빛도는 또한 반도체 장비업체인 누리반테스트와 신제품을 연구하는 R&D센터를 한빛"
        " 제3산업단지에 설립하기로 하는 협약을 체결했다. 누리반테스트는 내년에 착공한다."
    )
    assert party_names(said) == ["한빛도", "누리반테스트"]
    # An aim before them names no one.
    said = (
        "기계연구원은 17일 연구원에서 기술개발과 산업화 협력을 지원하기 위한 업무협약을 체결했다."
    )
    assert party_names(said) == ["기계연구원"]


def test_an_institution_named_by_its_place_takes_the_place():
    """ "중앙병원", "의대" tell no one which; the place written apart before them does."""
    said = "누리대병원은 24일 중국 하북 청하현 중앙병원과 MOU를 체결했다."
    assert party_names(said) == ["누리대병원", "청하현 중앙병원"]
    said = "누리대병원은 3일 베트남 호치민 의대와 2년간의 양해각서(MOU)를 체결했다."
    assert party_names(said) == ["누리대병원", "호치민 의대"]
    said = "누리대병원은 24일 영광군 중앙병원과 MOU를 체결했다."
    assert party_names(said) == ["누리대병원", "영광군 중앙병원"]
    # A word before it that places nothing is no part of it.
    said = "누리대병원은 이날 중앙병원과 MOU를 체결했다."
    assert party_names(said) == ["누리대병원", "중앙병원"]


def test_a_head_of_an_institution_named_by_its_place_brings_it_in_whole():
    """ "청하현 중앙병원 허사파 행정부원장 외 4명이 참석한 가운데": the visitors' body."""
    body = (
        "누리대병원은 24일 대회의실에서 중국 하북 청하현 중앙병원 허사파 행정부원장 외 4명의"
        " 병원 관계자가 참석한 가운데 의료 교류를 위한 MOU를 체결했다."
    )
    (agreement,) = extract_agreements(Article(title=None, body=body))
    assert sorted(p.name for p in agreement.parties) == ["누리대병원", "청하현 중앙병원"]
    assert [s.name for s in agreement.signatories] == ["허사파"]


def test_a_numbered_quarter_written_apart_is_one_party():
    """ "양천구 신월 2동(동장 …)과": the quarter's number is part of its name, not a party."""
    said = "누리면(면장 김솔)은 17일 서울시 양천구 신월 2동(동장 이솔)과 자매결연을 체결했다."
    assert party_names(said)[1] == "서울특별시 양천구 신월2동"


def test_an_apartment_complex_named_is_a_party_and_its_body_by_a_common_noun_is_no_other():
    """ "누리황궁아파트" is the complex a 면 ties with; "아파트 자치회장" heads that one."""
    said = "22일 한빛면과 누리황궁아파트는 22일 자매결연식을 가졌다."
    assert party_names(said) == ["한빛면", "누리황궁아파트"]
    said = (
        "22일 한빛면과 누리황궁아파트는 김솔 면장과 이솔 아파트 자치회장 등 20여명이 참석한"
        " 가운데 자매 결연식을 가졌다."
    )
    assert party_names(said) == ["한빛면", "누리황궁아파트"]
    # The common noun alone names no one.
    said = "한빛시는 22일 아파트와 협약을 맺었다."
    assert party_names(said) == ["한빛시"]


def test_an_example_or_a_head_before_a_stated_purpose_is_no_partner():
    """ "도로·수도·하천과 같은 기반시설": examples of what is built; "칼리파 대통령과
    정상회담을 갖고 … 구축하기로 하는 … 공동성명": the head met, written as a subject
    elsewhere, is no body."""
    said = (
        "두 기관은 생활 불편해소를 위한 도로·교통·수도·하천과 같은 기반시설 확충 및 정비 등을"
        " 추진하기로 협약했다."
    )
    assert "하천" not in party_names(said)
    said = (
        "앞서 노 대통령은 13일 세이크 칼리파 대통령과 정상회담을 갖고 동반자 관계를"
        " 구축하기로 하는 내용의 공동성명을 채택했다."
    )
    assert "대통령" not in party_names(said)


def test_what_a_council_of_cities_works_towards_is_no_party():
    """ "수도권 내륙선 구축반영과 조기착공 등을 위한": a plan's inclusion and an early start."""
    said = (
        "김솔 한빛시장과 이솔 누리시장 등은 9일 회의실에서 수도권 내륙선 구축반영과 조기착공"
        " 등을 위한 협의체 업무협약을 체결했다."
    )
    assert "구축반영" not in party_names(said)


def test_levels_of_government_joined_by_a_dot_inside_a_name_are_no_list():
    """ "시·군의회의장협의회": one council, not 시 and a 군의회의장협의회."""
    said = "경기도의회는 9일 경기도 시·군의회의장협의회와 업무협약을 체결했다."
    assert party_names(said) == ["경기도의회", "경기도 시·군의회의장협의회"]
    said = "누리부는 9일 시·도지사협의회와 업무협약을 체결했다."
    assert party_names(said) == ["누리부", "시·도지사협의회"]
    # Two governments dotted stay two.
    said = "광주시·전남도는 한빛전자와 협약을 맺었다."
    assert party_names(said) == ["광주광역시", "전라남도", "한빛전자"]


def test_a_redevelopment_union_keeps_its_district_and_a_short_form_with_its_kind_is_the_body():
    """ "양평제13구역 도시환경정비사업조합", and "SH공사" defined beside the full name."""
    body = (
        "한빛주택도시공사(SH공사)와 누리제13구역 도시환경정비사업조합이 공공재개발 공동사업시행"
        " 약정을 체결했다고 29일 밝혔다.\n"
        "29일 김솔 SH공사 도시재생본부장과 이솔 누리제13구역 조합장이 약정서를 들어 보이고 있다.\n"
    )
    (agreement,) = extract_agreements(Article(title=None, body=body))
    assert [p.name for p in agreement.parties] == [
        "한빛주택도시공사",
        "누리제13구역 도시환경정비사업조합",
    ]


def test_a_body_visited_is_the_partner_also_when_the_signing_clause_goes_on():
    """ "…시의회를 방문, … 의향서를 체결하고 의견을 나눴다": the visit's own signing."""
    said = (
        "한빛도의회는 몽골 누리바타르시의회를 방문, 상호교류를 통한 협력을 강화하기 위해"
        " 교류협력 의향서를 체결하고 폭 넓은 의견을 나눴다."
    )
    assert party_names(said) == ["한빛도의회", "누리바타르시의회"]


def test_a_head_abroad_met_as_an_object_stands_for_the_city():
    """ "구동요 닝보시장을 만나는 자리에서 … 자매도시 협약도 체결했다"."""
    body = (
        "김솔 순천시장은 구동요 누리보시장을 만나는 자리에서 교류협력 강화를 위해 자매도시"
        " 협약도 체결했다.\n순천시 대표단은 누리보시를 방문했다.\n"
    )
    (agreement,) = extract_agreements(Article(title=None, body=body))
    assert [p.name for p in agreement.parties] == ["전라남도 순천시", "누리보시"]


def test_a_count_of_companies_is_no_party():
    """ "시공사 3사와": three companies counted, named elsewhere."""
    said = (
        "한빛원자력이 지난 12일 울진군 및 신한울 3·4호기 시공사 3사와 지역상생 업무협약을 체결했다."
    )
    assert "3사" not in party_names(said)


def test_a_long_gloss_in_latin_letters_does_not_hide_the_name():
    """ "투자진흥청(Kuwait Direct Investment Promotion Authority)과": the gloss is an aside."""
    said = (
        "한빛경제청은 1일 쿠웨이트 투자진흥청(Kuwait Direct Investment Promotion Authority)과"
        " 상호협력 양해각서를 체결했다."
    )
    assert party_names(said) == ["한빛경제청", "쿠웨이트 투자진흥청"]


def test_a_year_or_an_acronym_in_the_agreements_name_does_not_cut_the_partner_off():
    """ "타이어뱅크와 2015 KBO 리그 타이틀 스폰서 후원 조인식을 열었다"."""
    said = (
        "한빛야구위원회는 3일 야구회관에서 누리뱅크와 2015 KBO 리그 타이틀 스폰서 후원"
        " 조인식을 열었다."
    )
    assert party_names(said) == ["한빛야구위원회", "누리뱅크"]


def test_countries_listed_as_what_an_agreement_covers_are_no_partners():
    """ "그린메드와 한국과 베트남 등 아시아 지역 … 공급을 위한 협약": the places covered."""
    said = "다온바이오는 누리메드와 한국과 베트남 등 아시아 지역 의약품 공급을 위한 협약을 맺었다."
    assert party_names(said) == ["다온바이오", "누리메드"]


def test_a_place_abroad_visited_by_its_executive_is_the_partner():
    """ "닌빈성 인민위원회를 방문, … 의향서를 체결하고": the province."""
    said = (
        "한빛도는 15일 베트남 닌빈성 인민위원회를 방문, 교류협력 의향서를 체결하고 의견을 나눴다."
    )
    assert party_names(said) == ["한빛도", "닌빈성"]


def test_a_visit_or_a_prevention_is_no_partner():
    """ "이라크 대통령 방한과 함께 … 양해각서가 체결됐다": a visit; "협약의 방지와": an aim."""
    said = "이라크 대통령 방한과 함께 양국간 건설협력 양해각서가 체결됐다."
    assert "방한" not in party_names(said)


def test_a_partner_named_before_together_or_the_same_stays_one():
    """ "누리전자와 같이": together; "누리대학교와 같은 지역 대학들과": one of them."""
    said = "한빛시는 5일 누리전자와 같이 지역 인재 양성을 위한 업무협약을 체결했다."
    assert party_names(said) == ["한빛시", "누리전자"]
    said = "한빛시는 5일 누리대학교와 같은 지역 대학들과 인재 양성 협약을 체결했다."
    assert party_names(said) == ["한빛시", "누리대학교"]


def test_a_company_named_with_digits_owns_the_signing_it_pairs_with():
    """ "한빛시와 3M의 업무협약식": a name, no term or sum."""
    body = "한빛시와 3M의 업무협약식이 5일 시청에서 열렸다.\n"
    (agreement,) = extract_agreements(Article(title=None, body=body))
    assert "3M" in [p.name for p in agreement.parties]


def test_a_body_a_head_stands_for_is_a_party_unless_the_article_named_it_in_full():
    """ "지역사회 보장협의체 위원장": a body of its own, no apartment named before."""
    body = (
        "한빛시는 5일 시청에서 인재 양성 협약을 체결했다. 이날 협약식에는 이영희 한빛시장과"
        " 김철수 지역사회 보장협의체 위원장이 참석해 협약서에 서명했다.\n"
    )
    (agreement,) = extract_agreements(Article(title=None, body=body))
    assert "지역사회 보장협의체" in [p.name for p in agreement.parties]


def test_a_particle_agreeing_with_the_bracket_before_it_still_ends_the_name():
    """ "신용협동조합중앙회(이하 신협)과": 과 agrees with 신협, the name ends in 회."""
    said = "누리카드는 지난달 말 한빛협동조합중앙회(이하 한협)과 업무협약을 체결했다."
    assert party_names(said) == ["누리카드", "한빛협동조합중앙회"]
