"""Parties and signatories come out normalised the way an archive user searches for them."""

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.foreign_places import cities_abroad
from mouarchive.extract.orgnames import normalize_org
from mouarchive.extract.parties import find_parties
from mouarchive.extract.party_regions import body_region
from mouarchive.extract.same_org import same_organisation
from mouarchive.extract.signatories import find_signatories
from mouarchive.models import Article, PartialDate


def names(text: str) -> list[str]:
    return [p.name for p in find_parties(text)]


def sig_tuples(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(s.name, s.title, s.organization) for s in find_signatories(text)]


def party_names(sentence: str, context: str = "") -> list[str]:
    text = context + sentence
    return [p.name for p in find_parties(text, (len(context), len(text)))]


def test_parties_of_a_with_b_signing():
    assert party_names("광주시와 경기도가 12일 업무협약을 체결했다.") == ["광주광역시", "경기도"]


def test_parties_of_subject_and_counterpart():
    sentence = "광주광역시는 12일 시청에서 한국수소산업협회와 업무협약을 맺었다."
    assert party_names(sentence) == ["광주광역시", "한국수소산업협회"]


def test_company_without_suffix_next_to_the_agreement_noun():
    assert party_names("부산시는 네오큐브와 MOU를 맺었다.") == ["부산광역시", "네오큐브"]


def test_dotted_and_hyphenated_parties():
    assert party_names("'순천시·목포시 관광 협정'을 체결했다.") == [
        "전라남도 순천시",
        "전라남도 목포시",
    ]
    assert party_names("안산시-남도대학교 MOU 체결") == ["경기도 안산시", "남도대학교"]


def test_listed_institutions_before_count():
    sentence = "전남도와 목포대학교, 한빛테크, 서해바이오 및 남해수산 등 5개 기관이 협약을 맺었다."
    assert party_names(sentence) == ["전라남도", "목포대학교", "한빛테크", "서해바이오", "남해수산"]


def test_places_and_patrons_are_not_parties():
    sentence = "광주시 산하 빛고을문화재단은 광주시청에서 한국관광협회와 협약을 체결했다."
    assert party_names(sentence) == ["빛고을문화재단", "한국관광협회"]


def test_signatories_organisations_are_parties():
    sentence = "김영록 전남지사와 노관규 순천시장은 13일 협약을 맺었다."
    assert party_names(sentence) == ["전라남도", "전라남도 순천시"]


def test_companies_joined_by_a_dot_before_the_agreement_are_each_a_party():
    sentence = "경주시는 10일 시청에서 한빛인더스트리‧누리이앤에스와 투자양해각서를 체결했다."
    assert party_names(sentence) == ["경상북도 경주시", "한빛인더스트리", "누리이앤에스"]
    said = "경주시는 10일 한빛인더스트리·누리이앤에스와 이 같은 내용의 투자양해각서를 체결했다."
    assert party_names(said) == ["경상북도 경주시", "한빛인더스트리", "누리이앤에스"]
    assert party_names("경주시는 10일 문화·관광과 협약을 체결했다.") == ["경상북도 경주시"]


def test_heads_listed_after_their_companies_share_the_title_written_once():
    sentence = (
        "김태호 경남지사는 28일 특구에 입주할 한빛컨소시엄 신용주, 누리특수공업 송무석, "
        "가온기업 최용혁 대표 등과 함께 투자협약을 체결했다."
    )
    assert sig_tuples(sentence)[1:] == [
        ("신용주", "대표", "한빛컨소시엄"),
        ("송무석", "대표", "누리특수공업"),
        ("최용혁", "대표", "가온기업"),
    ]
    assert party_names(sentence) == ["경상남도", "한빛컨소시엄", "누리특수공업", "가온기업"]
    guests = "이날 행사에는 참석자 홍길동, 한빛전자 김민수 대표 등이 참석했다."
    assert [s[0] for s in sig_tuples(guests)] == ["김민수"]


def test_a_count_of_heads_is_no_party():
    text = "중구를 제외한\n7개 구청장·군수와 구·군의회 의장은 협약서에 서명했다."
    assert "7개" not in names(text)


def test_the_province_written_before_a_district_office_tells_which_district():
    text = "울산 남구청은 중국 염성시와 18일 우호교류의향서를 체결했다.\n부산타임뉴스 제주타임뉴스"
    assert names(text)[0] == "울산광역시 남구"
    assert names("광주 서구청과 한빛대는 18일 협약을 체결했다.")[0] == "광주광역시 서구"


def test_a_sum_of_money_before_the_agreement_is_no_party():
    sentence = "광주시는 17일 시청에서 ㈜서광 등 14개 기업과 810억원의 투자협약을 체결했다."
    assert party_names(sentence) == ["광주광역시", "서광"]
    sentence = "경남도는 12일 한빛전자와 5,000만 달러의 투자협약을 체결했다."
    assert party_names(sentence) == ["경상남도", "한빛전자"]


def test_a_department_head_brings_no_party_and_a_deputy_of_a_portfolio_is_titled():
    sentence = "김철수 한빛테크노파크 원장과 박경수 광주시 창업지원과장은 12일 협약을 맺었다."
    assert party_names(sentence) == ["한빛테크노파크"]
    attended = "협약식에는 윤을식 고려대 의무부총장과 이병관 누리병원 이사장이 참석했다."
    assert sig_tuples(attended)[0] == ("윤을식", "부총장", "고려대")


def test_military_units_and_their_commanders_are_parties():
    assert party_names("포천시와 육군 제5군단은 6일 업무협약을 체결했다.") == [
        "경기도 포천시",
        "육군 제5군단",
    ]
    sentence = "박민호 한빛소방본부장과 최병수 육군 제8사단장은 6일 업무협약을 체결했다."
    assert party_names(sentence) == ["한빛소방본부", "육군 제8사단"]
    assert [(name, org) for name, _title, org in sig_tuples(sentence)][1] == (
        "최병수",
        "육군 제8사단",
    )
    assert party_names("해군 한빛대학교와 인재양성 업무협약을 12일 체결했다.") == ["한빛대학교"]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "한빛면행정복지센터와 육군 제1234부대 5대대가 26일 자매결연을 맺었다.",
            ["한빛면행정복지센터", "육군 제1234부대 5대대"],
        ),
        ("청양군과 해군 3전단은 17일 자매결연 협약을 맺었다.", ["충청남도 청양군", "해군 3전단"]),
        (
            "누리해양경찰서는 육군 제7777부대와 업무협약을 체결했다고 1일 밝혔다.",
            ["누리해양경찰서", "육군 제7777부대"],
        ),
    ],
)
def test_military_units_named_by_their_number_are_parties_with_their_service(
    sentence: str, names: list[str]
):
    assert party_names(sentence) == names


@pytest.mark.parametrize("office", ["누리국립공원사무소", "퀸스랜드주한국대표부"])
def test_an_office_whose_head_signs_is_a_party(office: str):
    sentence = f"한빛공사 이재율 사장과 {office} 강명효 소장은 21일 협약을 체결했다."
    assert party_names(sentence) == ["한빛공사", office]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("한빛병원은 30일 별관 회의실에서 영등포 소방서와 업무협약을 체결했다.", "영등포소방서"),
        ("한빛병원은 30일 김포 경찰서와 업무협약을 체결했다.", "김포경찰서"),
    ],
)
def test_a_place_written_without_its_level_before_its_own_body_names_that_body(
    sentence: str, body: str
):
    assert party_names(sentence) == ["한빛병원", body]


def test_a_kind_of_company_that_leads_the_count_is_no_partner():
    led = "대전시가 방위사업체를 포함한 국내 9개 기업과 투자 업무협약을 맺었다."
    assert party_names(led) == ["대전광역시"]
    named = "대전시가 누리LED를 포함한 국내 9개 기업과 투자 업무협약을 맺었다."
    assert party_names(named) == ["대전광역시", "누리LED"]


def test_a_rank_written_apart_before_a_title_is_part_of_the_title_not_of_the_body():
    attended = (
        "협약식에는 김동찬 누리식품(주) 공동 대표이사와 박미정 한빛복지재단 상임 이사장이 참석했다."
    )
    assert sig_tuples(attended) == [
        ("김동찬", "공동대표이사", "누리식품"),
        ("박미정", "상임이사장", "한빛복지재단"),
    ]


@pytest.mark.parametrize("deputy", ["부센터장", "부본부장"])
def test_a_deputy_heads_title_names_no_body(deputy: str):
    sentence = (
        "한빛대 해양인재양성센터는 누리조선과 인재양성 협약을 체결했으며, 이날 협약식에는 "
        f"박바다 {deputy} 이솔 누리조선 대표이사 등이 참석했다."
    )
    assert party_names(sentence) == ["한빛대 해양인재양성센터", "누리조선"]


def test_abbreviation_defined_in_the_article_is_expanded():
    context = "미래모빌리티혁신사업단(이하 모빌리티사업단)은 지난해 출범했다. "
    sentence = "모빌리티사업단은 한국자동차협회와 협약을 체결했다."
    assert party_names(sentence, context) == ["미래모빌리티혁신사업단", "한국자동차협회"]


def test_subject_city_word_means_the_article_s_city():
    context = "전남 여수시가 관광 활성화에 나섰다. "
    assert party_names("시는 5일 한국크루즈협회와 협약을 맺었다.", context) == [
        "전라남도 여수시",
        "한국크루즈협회",
    ]


def test_university_short_forms_and_project_units():
    assert party_names("남도공대와 서해관광대가 교류 협약을 체결했다.") == [
        "남도공대",
        "서해관광대",
    ]
    sentence = "남도대학교 산학협력단은 동해대학교 LINC 사업단과 업무협약을 맺었다."
    assert party_names(sentence) == ["남도대학교 산학협력단", "동해대학교 LINC 사업단"]
    assert party_names("청년 세대와 함께 협약을 맺었다.") == []


def test_sub_unit_joins_its_parent():
    sentence = "광주시는 한국산업단지공단 광주지역본부와 협약을 맺었다."
    assert "한국산업단지공단 광주지역본부" in party_names(sentence)


def test_normalize_org_company_forms_are_dropped():
    assert normalize_org("㈜한빛모빌리티", "") == "한빛모빌리티"
    assert normalize_org("(주)한빛모빌리티", "") == "한빛모빌리티"
    assert normalize_org("주식회사 한빛모빌리티", "") == "한빛모빌리티"
    assert normalize_org("한빛모빌리티(주)", "") == "한빛모빌리티"


def test_normalize_org_local_governments_and_aliases():
    assert normalize_org("광주광역시", "") == "광주광역시"
    assert normalize_org("경기", "") == "경기도"
    assert normalize_org("안산시", "") == "경기도 안산시"
    context = "인공지능산업융합사업단(이하 AI사업단)은 밝혔다."
    assert normalize_org("AI사업단", context) == "인공지능산업융합사업단"


def test_bare_gwangju_follows_the_article_s_evidence():
    context = "퇴촌면과 남종면 농가를 돕기 위해 방세환 광주시장이 나섰다."
    assert normalize_org("광주시", context) == "경기도 광주시"


def test_same_organisation_rules():
    assert same_organisation("빛고을공대", "빛고을공과대학교")
    assert not same_organisation("국립빛고을대", "빛고을과학대학교")
    assert same_organisation("중국공상은행", "중국공상은행 한국법인")
    assert not same_organisation("경기도", "경기도교육청")


def test_a_body_called_by_a_few_of_its_words_and_its_kind_is_that_body():
    assert same_organisation("관광공사", "경기관광공사")
    assert same_organisation("개발공사", "강원도개발공사")
    assert same_organisation("단대병원", "단국대병원")
    assert not same_organisation("서울대병원", "분당서울대병원")
    assert not same_organisation("가스공사", "한국가스기술공사")
    assert not same_organisation("목포대학교", "목포해양대학교")
    assert not same_organisation("한빛대병원", "한빛대치과병원")
    assert not same_organisation("충남대학교", "세종충남대학교")
    assert not same_organisation("한국바이오협회", "한국제약바이오협회")
    assert not same_organisation("한빛재단", "누리재단·한빛재단")
    assert same_organisation("멀린", "멀린사")


def test_the_press_short_name_of_a_well_known_body_is_that_body():
    assert same_organisation("한수원", "한국수력원자력")
    assert same_organisation("한국전력공사", "한국전력")
    assert same_organisation("한수원", "한국수력원자력㈜")
    assert same_organisation("한전", "한국전력")
    assert same_organisation("lh", "한국토지주택공사")
    assert not same_organisation("한수원", "한국수자원공사")
    assert not same_organisation("수공", "수공예협동조합")


def test_a_city_named_alone_in_a_story_of_its_football_club_is_the_club():
    football = "광주FC와 한빛랜드가 손을 잡았다. 광주는 10일 한빛랜드와 후원협약식을 가졌다.\n"
    [report] = extract_agreements(Article(None, football, published=PartialDate(2013, 6, 11)))
    assert sorted(p.name for p in report.parties) == ["광주FC", "한빛랜드"]
    assert report.regions == []
    city = "광주는 10일 한빛랜드와 관광 활성화 업무협약을 체결했다.\n"
    # A club named further on leaves the city the city.
    city += "한빛랜드는 " + "놀이시설과 썰매장을 갖춘 위락공원이다. " * 12 + "광주FC 경기도 연다.\n"
    [report] = extract_agreements(Article(None, city, published=PartialDate(2013, 6, 11)))
    assert "광주광역시" in {p.name for p in report.parties}


def test_the_latin_brand_of_a_public_body_is_that_body():
    assert same_organisation("K-water", "한국수자원공사")
    assert same_organisation("k-water", "수자원공사")
    assert same_organisation("KEPCO", "한전")
    assert same_organisation("캠코", "한국자산관리공사")
    assert not same_organisation("K-water", "한국수력원자력")
    assert not same_organisation("KOSPO", "한국서부발전")


def test_a_school_and_its_short_forms_are_one_party():
    assert same_organisation("새솔기계공업고교", "새솔기계공업고등학교")
    assert same_organisation("한빛생활과학고", "한빛생활과학고등학교")
    assert same_organisation("누리초", "누리초등학교")
    assert same_organisation("새솔기계공업고", "새솔기계공업고교")
    assert not same_organisation("한빛고", "한빛여자고등학교")
    assert not same_organisation("한빛고", "한빛중학교")


def test_counterpart_before_a_quoted_title_is_a_party():
    context = "광주 북구가 주민 안전을 챙긴다.\n"
    sentence = "북구는 12일 광주북부경찰서와 '안심 귀갓길 조성 협약'을 체결했다."
    assert party_names(sentence, context) == ["광주광역시 북구", "광주북부경찰서"]


def test_comma_listed_counterparts_are_all_parties():
    sentence = "구례군은 12일 산동농협, ㈜지리산물류와 농산물 유통 협약을 맺었다."
    assert party_names(sentence) == ["전라남도 구례군", "산동농협", "지리산물류"]


@pytest.mark.parametrize(
    "unit",
    [
        "한국폴리텍대학 순천캠퍼스",
        "한국폴리텍대학 광주캠퍼스",
        "한국전력 전북지역본부",
        "한국농어촌공사 남원지사",
    ],
)
def test_branches_with_a_campus_or_office_suffix_stay_whole(unit):
    sentence = f"남원시는 12일 {unit}와 청년 기술인력 양성 업무협약을 맺었다."
    assert party_names(sentence) == ["전북특별자치도 남원시", unit]


def test_this_company_is_the_company_of_the_lede():
    context = "(주)한결수소가 화순군 산업단지에 연료전지 공장을 짓는다.\n"
    sentence = "군은 12일 이 회사와 500억원 규모의 투자협약을 체결했다."
    assert party_names(sentence, context) == ["전라남도 화순군", "한결수소"]


def test_companies_without_a_suffix_listed_before_the_agreement_noun():
    sentence = "남원시는 12일 한솔정밀, 다온푸드와 투자협약을 맺었다."
    assert party_names(sentence) == ["전북특별자치도 남원시", "한솔정밀", "다온푸드"]
    sentence = "남원시는 12일 다온푸드와 '청년 일자리 늘리기'를 위한 업무협약을 맺었다."
    assert party_names(sentence) == ["전북특별자치도 남원시", "다온푸드"]
    sentence = "남원시는 12일 다온푸드와 '청년 일자리 늘리기 상생협약'을 맺었다."
    assert party_names(sentence) == ["전북특별자치도 남원시", "다온푸드"]


def test_market_words_are_not_foreign_heads():
    sentence = "여수시는 12일 농산물 직거래 수산시장과 업무협약을 맺었다."
    assert sig_tuples(sentence) == []
    assert "수산시" not in party_names(sentence)


def test_this_company_without_a_legal_form_is_the_lede_subject():
    context = "한결수소가 화순군 산업단지에 연료전지 공장을 짓는다.\n"
    sentence = "군은 12일 이 회사와 500억원 규모의 투자협약을 체결했다."
    assert party_names(sentence, context) == ["전라남도 화순군", "한결수소"]


def test_this_company_is_not_a_government_lede_subject():
    context = "화순군이 산업단지 분양에 속도를 낸다.\n"
    sentence = "군은 12일 이 회사와 투자협약을 체결했다."
    assert party_names(sentence, context) == ["전라남도 화순군"]


def test_second_owner_of_a_ceremony_is_a_party():
    sentence = "화순군과 한결수소의 투자협약식이 12일 군청에서 열렸다."
    assert party_names(sentence) == ["전라남도 화순군", "한결수소"]
    sentence = "한빛농협과 누리농협의 자매결연식이 지난 6일 열렸다."
    assert party_names(sentence) == ["한빛농협", "누리농협"]


def test_a_counted_list_without_deung_keeps_its_last_member():
    text = "보성군과 전남녹차연구소, 보성농협 세 기관은 13일 녹차 상생협약을 체결했다."
    assert names(text) == ["전라남도 보성군", "전남녹차연구소", "보성농협"]


def test_a_dotted_list_of_four_keeps_every_member():
    text = "전남도는 12일 한빛대학교·남도테크·바다로지스·한결은행과 업무협약을 체결했다."
    assert names(text) == ["전라남도", "한빛대학교", "남도테크", "바다로지스", "한결은행"]


def test_a_described_company_an_investment_brings_is_a_party():
    text = "군은 물류 기업 하늘길로지스를 유치한다는 계획에 따라 투자협약을 맺을 예정이다."
    assert "하늘길로지스" in names("보성군은 차 산업을 키운다. " + text)


def test_a_described_counterpart_is_named_without_its_description():
    text = "광주시교육청은 9일 교육용 소프트웨어 기업 누리코딩과 업무협약을 체결했다."
    assert names(text)[-1] == "누리코딩"


def test_a_foreign_mayor_in_given_family_order_heads_a_city_named_apart():
    context = "목포시와 미국 포틀랜드시가 항만 교류에 나선다.\n"
    sentence = "박홍률 목포시장과 마이클 존스 포틀랜드시장이 12일 우호협력 협약을 맺었다."
    text = context + sentence
    assert ("마이클 존스", "시장", "포틀랜드시") in sig_tuples(text)
    assert "포틀랜드시" in names(text)


def test_a_company_introduced_by_its_trade_is_the_counterpart():
    text = "광양시는 9일 이차전지 소재 기업 한빛소재와 500억원 규모의 투자협약을 체결했다."
    assert names(text) == ["전라남도 광양시", "한빛소재"]


def test_words_run_together_at_the_head_of_a_quoted_title_are_its_topic():
    text = "한국남부발전과 한국수자원공사는 8일 '물-에너지 연계 업무협약(MOU)'을 체결했다."
    assert names(text) == ["한국남부발전", "한국수자원공사"]
    cities = "광주시와 대구시는 8일 '광주-대구 달빛동맹 상생협약'을 체결했다."
    assert names(cities) == ["광주광역시", "대구광역시"]


def test_every_member_of_an_opening_list_of_organisations_is_a_party():
    text = "영암군과 한빛조선, 목포해양대학교가 조선업 인력난 해소를 위해 힘을 모은다."
    assert names(text) == ["전라남도 영암군", "한빛조선", "목포해양대학교"]


@pytest.mark.parametrize(
    "sentence",
    [
        "여수시와 캐나다 핼리팩스시는 16일 시청에서 우호협력 협약을 맺었다.",
        "정기명 여수시장은 16일 캐나다 노바스코샤주 핼리팩스시를 방문해 우호협력 협약을 맺었다.",
    ],
)
def test_a_city_abroad_named_after_its_country_is_a_party(sentence):
    assert names(sentence) == ["전라남도 여수시", "핼리팩스시"]


@pytest.mark.parametrize(
    ("sentence", "city"),
    [
        (
            "대표단은 누리스탄 시청을 찾아 아브드카드로브 에밀벡(65) 시장과 협의서를 체결했다.",
            "누리스탄시",
        ),
        (
            "박 시장은 오전 상하이 시청을 방문해 궁정(龚正) 시장과 면담하고 공동선언문에 서명했다.",
            "상하이시",
        ),
        (
            "대표단은 바르셀로나시청을 방문해 자우마 콜보니 바르셀로나 시장과 선언문에 서명했다.",
            "바르셀로나시",
        ),
        (
            "대표단이 몽골 울란바토르를 방문해 흐 냠바타르 울란바토르 시장과 우호협약을 체결했다.",
            "울란바토르시",
        ),
        (
            "군수는 사인샨드시를 방문해 촐롱수흐바타르 툽신투르 시장, 시의회 의장과 협약을 맺었다.",
            "사인샨드시",
        ),
    ],
)
def test_the_mayor_of_a_city_a_delegation_visits_stands_for_the_city(sentence: str, city: str):
    found = names(sentence)
    assert city in found and not [n for n in found if "방문해" in n or "찾아" in n]


def test_a_city_named_with_its_mayor_is_that_city_not_the_one_the_event_is_in():
    sentence = (
        "제주시는 25일 산둥성 지난시에서 열린 포럼에 참가해 웨이하이시 시장과 협약을 체결했다."
    )
    assert "지난시" not in names(sentence)


def test_a_country_alone_is_no_party():
    assert names("여수시는 16일 미국 기업과 수출 협약을 맺었다.") == ["전라남도 여수시"]


def test_a_second_mention_without_the_national_prefix_is_the_same_body():
    assert same_organisation("한국수자원공사", "수자원공사")
    assert not same_organisation("경기도교육청", "교육청")


def test_a_common_noun_after_a_trade_word_is_no_counterpart():
    text = "나주시는 12일 중소 기업 지원과 일자리 창출을 위해 한빛은행과 협약을 체결했다."
    assert names(text) == ["전라남도 나주시", "한빛은행"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "남도은행 데이터전략국과 빛고을외국어대학교 경영대학은 3일 본관에서 통계 교육 "
            "협력에 관한 업무협약(MOU)을 체결했다.",
            ["남도은행 데이터전략국", "빛고을외국어대학교 경영대학"],
        ),
        (
            "새솔대학교 취업지원실은 ㈜누리소프트와 취업 연계를 위한 업무협약을 체결했다고 "
            "2일 밝혔다.",
            ["새솔대학교 취업지원실", "누리소프트"],
        ),
        (
            "한빛대학교 진로취업처가 지난 29일 남도경제진흥원과 업무협약을 체결했다.",
            ["한빛대학교 진로취업처", "남도경제진흥원"],
        ),
        (
            "서해환경공단 기술지원팀은 12일 남도테크와 악취 저감 협약을 맺었다.",
            ["서해환경공단 기술지원팀", "남도테크"],
        ),
        (
            "남도정밀은 새솔대학교 공과대학, 서해환경공단 기술지원팀과 인력 양성 협약을 맺었다.",
            ["남도정밀", "새솔대학교 공과대학", "서해환경공단 기술지원팀"],
        ),
        (
            "새솔대학교의 산학협력처는 12일 남도테크와 협약을 맺었다.",
            ["새솔대학교 산학협력처", "남도테크"],
        ),
    ],
)
def test_a_unit_written_after_its_organisation_is_one_party(sentence, expected):
    assert names(sentence) == expected


def test_a_city_department_is_one_party_that_keeps_the_city_region():
    (department, company) = find_parties("광주시 투자유치과는 12일 한빛전자와 협약을 맺었다.")
    assert (department.name, department.region) == ("광주광역시 투자유치과", "광주광역시")
    assert company.name == "한빛전자"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An agency of a city is a body of its own, not a department of the city.
        ("광주시의 인공지능산업융합사업단은 한빛전자와 협약을 맺었다.", "인공지능산업융합사업단"),
        ("광주시 인공지능센터는 한빛전자와 협약을 맺었다.", "인공지능센터"),
        # People of an organisation are no unit of it.
        ("새솔대학교 공무원과 한빛전자는 협약을 맺었다.", None),
        ("광주시 서구는 한빛전자와 협약을 맺었다.", "광주광역시 서구"),
    ],
)
def test_words_after_an_organisation_that_are_no_unit_of_it(sentence, expected):
    found = names(sentence)
    assert found[-1] == "한빛전자"
    assert found[:-1] == ([expected] if expected else [])


def test_a_unit_is_the_same_organisation_as_its_parent_but_not_as_its_sibling():
    assert same_organisation("남도은행", "남도은행 데이터전략국")
    assert same_organisation("광주광역시", "광주광역시 투자유치과")
    assert not same_organisation("남도은행 데이터전략국", "남도은행 조사국")
    assert not same_organisation("광주광역시", "광주광역시 서구")
    assert not same_organisation("광주광역시", "광주광역시 인공지능센터")


@pytest.mark.parametrize(
    ("text", "party", "signatory"),
    [
        (
            "서해환경공단 대전지역본부 정연우 기술지원팀장이 협약서에 서명했다.",
            "서해환경공단 대전지역본부 기술지원팀",
            ("정연우", "팀장", "서해환경공단 대전지역본부 기술지원팀"),
        ),
        (
            "남도대학교 서울캠퍼스 최하늘 경영대학장이 협약서에 서명했다.",
            "남도대학교 서울캠퍼스 경영대학",
            ("최하늘", "학장", "남도대학교 서울캠퍼스 경영대학"),
        ),
        (
            "김철수 전남도 일자리경제본부장이 협약서에 서명했다.",
            "전라남도 일자리경제본부",
            ("김철수", "본부장", "전라남도 일자리경제본부"),
        ),
    ],
)
def test_a_unit_of_a_branch_or_a_province_is_named_in_full(text, party, signatory):
    assert names(text) == [party]
    assert sig_tuples(text) == [signatory]


def test_an_organisation_and_its_unit_make_one_member_of_an_opening_list():
    text = "한빛대학교 산학협력단과 남도테크는 11일 업무협약을 체결했다."
    assert names(text) == ["한빛대학교 산학협력단", "남도테크"]
    text = "광주시 일자리경제실 투자유치과와 한빛전자는 11일 업무협약을 체결했다."
    (department, company) = find_parties(text)
    assert (department.name, department.region) == (
        "광주광역시 일자리경제실 투자유치과",
        "광주광역시",
    )
    assert company.name == "한빛전자"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("한빛대학교는 11일 남도은행 본점과 업무협약을 체결했다.", ["한빛대학교", "남도은행"]),
        (
            "남도병원 간호부와 한빛대학교 간호학과는 11일 업무협약을 체결했다.",
            ["남도병원 간호부", "한빛대학교 간호학과"],
        ),
        (
            "서울시 기후환경본부는 11일 한빛에너지와 업무협약을 체결했다.",
            ["서울특별시 기후환경본부", "한빛에너지"],
        ),
        (
            "누리농협은 11일 남도은행 새솔지점(지점장 김하늘)과의 자매결연을 맺었다.",
            ["남도은행 새솔지점", "누리농협"],
        ),
    ],
)
def test_head_offices_departments_and_a_city_s_headquarters(sentence, expected):
    assert names(sentence) == expected


def test_a_firm_whose_name_ends_in_beobin_is_no_branch_of_the_date_before_it():
    text = "남도대학교는 9일 한빛회계법인과 업무협약을 체결했다."
    assert names(text) == ["남도대학교", "한빛회계법인"]


def test_units_of_universities_named_by_their_short_form():
    text = "남도대 LINC사업단과 한빛대 산학인재원이 산학협력 업무협약을 체결했다."
    assert names(text) == ["남도대 LINC사업단", "한빛대 산학인재원"]
    assert sig_tuples("박민수 남도대 경영대학장과 김영호 한빛회계법인 대표가 참석했다.") == [
        ("박민수", "학장", "남도대 경영대학"),
        ("김영호", "대표", "한빛회계법인"),
    ]


def test_a_city_s_centre_is_its_own_body_however_the_city_is_written():
    for city in ("광주시", "광주광역시"):
        text = f"{city} 인공지능센터는 한빛전자와 업무협약을 체결했다."
        assert names(text) == ["인공지능센터", "한빛전자"]


def test_units_of_a_dotted_pair_of_organisations():
    text = "남도은행 데이터전략국·빛고을외국어대학교 경영대학은 업무협약을 체결했다."
    assert names(text) == ["남도은행 데이터전략국", "빛고을외국어대학교 경영대학"]


def test_a_company_head_attending_the_signing_brings_the_company_in():
    sentence = (
        "광주시는 17일 강기정 광주시장과 곤지암로지스 한도윤 대표 등이 참석한 가운데 "
        "물류 상생협약을 체결했다."
    )
    assert party_names(sentence) == ["광주광역시", "곤지암로지스"]
    assert ("한도윤", "대표", "곤지암로지스") in sig_tuples(sentence)


def test_the_size_of_the_deal_between_partner_and_agreement():
    sentence = "군은 오는 28일 군청에서 금빛정밀과 320억원 규모의 투자협약을 체결할 예정이다."
    assert "금빛정밀" in party_names(sentence, "영암군이 기업 유치에 성공했다.\n")


def test_a_stated_purpose_between_partner_and_agreement():
    context = "영암군이 기업 유치에 성공했다.\n"
    sentence = "군은 28일 금빛정밀과 신규 공장 건립을 위한 320억원 규모의 투자협약을 체결했다."
    assert party_names(sentence, context) == ["전라남도 영암군", "금빛정밀"]
    sentence = "영암군은 28일 금빛재단과 '수질 개선과 생태 복원을 위한 업무협약'을 체결했다."
    assert party_names(sentence, context) == ["전라남도 영암군", "금빛재단"]


def test_words_linked_inside_a_quoted_aim_are_no_partners():
    """ "‘산업·계절인력과 대학간 교류’를 골자로": the quoted words are what the agreement is
    about; a partner's own name in quotes ("'금빛전자'와") is still a partner."""
    sentence = (
        "경남도는 베트남 동나이성과 ‘산업·계절인력과 대학간 교류’를 골자로 하는 협정을 체결했다."
    )
    assert party_names(sentence) == ["경상남도", "동나이성"]
    sentence = "영암군은 28일 '금빛전자'와 투자협약을 체결했다."
    assert party_names(sentence, "영암군이 기업 유치에 성공했다.\n") == [
        "전라남도 영암군",
        "금빛전자",
    ]


def test_a_partner_inside_a_quoted_press_release_sentence_is_a_partner():
    """ "\"… 금빛진흥회와 '…'을 위한 업무협약(MOU)'을 체결했다\"고": the quotation holding the
    partner ends at its own closing mark and names the agreement, so it quotes no aim (a
    doubled ' inside it closes nothing further out)."""
    sentence = (
        "한빛사업단은 \"최근 한빛사업단 회의실에서 금빛진흥회와 '국가 데이터 거점 조성'을 "
        "위한 업무협약(MOU)'을 체결했다\"고 21일 밝혔다."
    )
    assert party_names(sentence) == ["한빛사업단", "금빛진흥회"]


def test_a_purpose_told_with_wihae_between_partner_and_agreement():
    """ "X과 … 발굴을 위해 업무협약을": 위해 links a purpose as 위한 does, so X is the partner;
    an aim named as a whole word before it ("납품과 유통을 위해") is none."""
    sentence = "BPA는 7일 하이퐁항만과 북부 베트남 협력사업 발굴을 위해 업무협약을 체결했다."
    assert party_names(sentence) == ["BPA", "하이퐁항만"]
    sentence = "한빛군과 한빛농협이 군납 농산물 납품과 유통을 위해 업무협약을 맺었다."
    assert party_names(sentence) == ["한빛군", "한빛농협"]


def test_a_foreign_word_and_a_latin_acronym_are_one_company_name():
    """ "베트남 국영기업 베카멕스 IDC와": the acronym alone is a fragment; a Korean word before
    an acronym ("국영기업", "베트남") is no part of the name."""
    sentence = "한빛항만공사는 12일 베트남 국영기업 베카멕스 IDC와 업무협약(MOU)을 체결했다."
    assert party_names(sentence) == ["한빛항만공사", "베카멕스 IDC"]
    sentence = "한빛항만공사는 12일 베트남 국영기업 IDC와 업무협약(MOU)을 체결했다."
    assert party_names(sentence) == ["한빛항만공사", "IDC"]
    sentence = "한빛시는 12일 스마트 KT와 업무협약(MOU)을 체결했다."
    assert party_names(sentence) == ["한빛시", "KT"]


def test_a_company_abroad_after_its_group_name_keeps_it():
    """ "브라이트가스 마린, 브라이트가스솔루션즈코리아와": the sister company's name shows the word
    written apart before "마린" is the group's, part of the name; alone, it is not known."""
    sentence = (
        "충남도는 25일 파리에서 브라이트가스 마린, 브라이트가스솔루션즈코리아와 "
        "투자양해각서(MOU)를 잇따라 체결했다."
    )
    assert party_names(sentence) == ["충청남도", "브라이트가스 마린", "브라이트가스솔루션즈코리아"]
    sentence = "충남도는 25일 파리에서 브라이트가스 마린과 투자양해각서(MOU)를 체결했다."
    assert party_names(sentence) == ["충청남도", "마린"]
    # A trade's association is no sister company.
    sentence = "누리시는 3일 스마트팜 누리팜, 스마트팜협회와 업무협약을 체결했다."
    assert party_names(sentence) == ["누리시", "누리팜", "스마트팜협회"]


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("프로축구 누리유나이티드가 12일 한빛대와 업무협약을 체결했다.", "누리유나이티드"),
        ("프로축구 대전 유나이티드가 12일 한빛대와 업무협약을 체결했다.", "대전 유나이티드"),
        (
            "프로축구 K리그 클래식 누리유나이티드가 12일 한빛대와 업무협약을 체결했다.",
            "누리유나이티드",
        ),
        ("프로축구 K리그1 누리FC가 12일 한빛대와 업무협약을 체결했다.", "누리FC"),
        ("프로축구 명문 누리FC가 12일 한빛대와 업무협약을 체결했다.", "누리FC"),
        ("한빛대는 12일 프로야구 대전 이글스와 업무협약을 체결했다.", "대전 이글스"),
        ("한빛대와 프로농구 누리썬더스는 12일 업무협약을 체결했다.", "누리썬더스"),
    ],
)
def test_a_club_named_after_its_league_is_a_party(sentence: str, club: str):
    """ "프로축구 누리유나이티드가": the name after a league is a club's, its home city written
    apart before it part of the name; the league's division ("클래식", "K리그1") or a word
    praising it ("명문") is not."""
    assert set(party_names(sentence)) == {club, "한빛대"}


@pytest.mark.parametrize(
    "sentence",
    [
        "프로야구 관중이 늘면서 누리시는 12일 한빛대와 업무협약을 체결했다.",
        "누리시는 12일 프로농구 전용 체육관이 있는 한빛대와 업무협약을 체결했다.",
    ],
)
def test_the_words_of_a_sports_page_after_a_league_are_no_club(sentence: str):
    assert not {"관중", "전용 체육관", "체육관"} & set(party_names(sentence))


def test_brands_run_together_by_dots_share_the_last_ones_kind():
    """ "누리·한빛·미르은행과": each brand before the last is its own bank, as each place of
    "광주·전남교육청" is its own office; ages ("20·30대") are no brands."""
    sentence = "누리보증기금은 누리·한빛·미르은행과 금융지원 업무협약을 체결했다."
    assert party_names(sentence) == ["누리보증기금", "누리은행", "한빛은행", "미르은행"]
    sentence = "누리시는 20·30대 청년을 위해 한빛재단과 업무협약을 체결했다."
    assert party_names(sentence) == ["누리시", "한빛재단"]
    sentence = "누리시·누리경제청·학교법인 연세대·연세대가 29일 2단계 협약 체결"
    assert "연세대대" not in party_names(sentence)
    sentence = "누리시는 3일 주식·채권·파생증권 거래 교육을 위해 한빛투자와 업무협약을 체결했다."
    assert "주식증권" not in party_names(sentence)


def test_a_name_glossed_in_latin_has_as_many_words_as_its_gloss():
    """ "인베스트 누리아(Invest Nuria)와": two Latin words, two Korean words of one name; a
    place before a name fused from two ("워싱턴주 그랜트카운티(Grant County)") stays apart."""
    sentence = "누리시는 16일 인베스트 누리아(Invest Nuria)와 투자유치 업무협약을 체결했다."
    assert party_names(sentence) == ["누리시", "인베스트 누리아"]
    sentence = "누리시는 미국 워싱턴주 그랜트카운티(Grant County)와 자매결연을 맺었다."
    assert "워싱턴주 그랜트카운티" not in party_names(sentence)
    sentence = "누리시는 3일 자회사 누리에너지(Nuri Energy)와 업무협약을 체결했다."
    assert party_names(sentence) == ["누리시", "누리에너지"]


def test_places_in_parentheses_before_a_body_each_have_one():
    """ "대전시 원도심(동구·중구) 보건소와": each place's own 보건소 signs, not the city that
    places them; a body every place has one of, as an article naming it in full would."""
    sentence = "한빛병원은 대전시 원도심(동구·중구) 보건소와 의료지원 업무협약을 체결했다."
    assert party_names(sentence) == ["한빛병원", "동구보건소", "중구보건소"]
    # One office serving several places: the parenthesis only says which.
    sentence = "한빛병원은 대전 동부(동구·대덕구) 교육지원청과 업무협약을 체결했다."
    assert not {"동구교육지원청", "대덕구교육지원청"} & set(party_names(sentence))


def test_a_city_abroad_run_together_with_between_is_a_party():
    """ "인천시와 호치민시간 우호도시 협약": 간 ("between") run together with a city abroad
    the article names after its country; "근무시간" is no city, whatever "근무시에" says."""
    context = "베트남 호치민시는 남부의 도시다. 근무시에 쉰다.\n"
    sentence = "인천시와 호치민시간 우호도시 협약을 16일 체결했다."
    assert party_names(sentence, context) == ["인천광역시", "호치민시"]
    sentence = "인천시와 근무시간 단축 협약을 16일 체결했다."
    assert party_names(sentence, context) == ["인천광역시"]


def test_an_exchange_is_an_organisation():
    """ "전력거래소", "한국거래소": 거래소 closes a body's name, so it is a partner in a list."""
    sentence = "한빛전력은 21일 한빛KPS(주), 한빛KDN(주), 전력거래소와 나주시와 협약을 체결했다."
    assert party_names(sentence) == [
        "한빛전력",
        "한빛KPS",
        "한빛KDN",
        "전력거래소",
        "전라남도 나주시",
    ]


@pytest.mark.parametrize("trade", ["투자사", "개발사", "건설사", "여행사"])
def test_a_company_introduced_by_a_trade_ending_in_sa_is_a_party(trade: str):
    """ "개발사인 한빛풍력이": a trade written with 사 introduces the company that signs."""
    sentence = f"에너지 {trade}인 한빛풍력발전이 전라남도와 업무협약을 체결했다."
    assert party_names(sentence) == ["한빛풍력발전", "전라남도"]
    # A company whose own name ends in the trade still leads a list.
    leading = f"누리시는 한빛{trade}를 비롯한 14개 기업과 투자협약을 체결했다."
    assert f"한빛{trade}" in party_names(leading)


def test_a_list_closed_by_a_count_of_a_kind_of_company_names_its_parties():
    """ "정코스 등 6개 바이오기업과": a word of what the companies do may stand before 기업 in
    the count that closes the list; the name before 등 is a partner."""
    sentence = "충청북도는 한빛코스 등 6개 바이오기업과 1080억원 규모의 투자협약을 맺었다."
    assert party_names(sentence) == ["충청북도", "한빛코스"]


def test_the_heads_of_departments_present_are_no_party():
    """ "구충곤 군수를 비롯해 실과소장, 조선대학교 강동완 총장": 실과소장 are the county's
    department heads, people of a party already named."""
    body = (
        "전남 화순군은 16일 군청에서 조선대학교와 업무협약을 체결했다고 밝혔다.\n\n"
        "화순군에 따르면 이날 구충곤 군수를 비롯해 실과소장, 조선대학교 강동완 총장과 대학 "
        "관계자가 함께한 가운데 상호협력 MOU를 체결했다.\n"
    )
    (report,) = extract_agreements(Article(None, body, published=PartialDate(2017, 3, 17)))
    assert [p.name for p in report.parties] == ["전라남도 화순군", "조선대학교"]


def test_a_contracted_name_is_the_same_organisation():
    assert same_organisation("남해산단관리공단", "남해산업단지관리공단")
    assert same_organisation("한빛경총", "한빛경영자총협회")
    assert same_organisation("여수상의", "여수상공회의소")
    assert not same_organisation("한빛가스공사", "한빛가스기술공사")
    assert not same_organisation("남도전력", "남도전력기술")


def test_an_aim_joined_by_gwa_before_a_purpose_is_no_party():
    sentence = "대학은 12일 해외 현장실습과 취업 연계를 위한 업무협약을 체결했다."
    assert "현장실습" not in names(sentence)
    sentence = (
        "한빛시교육청과 남도기록관이 9일 학생들의 진로직업체험과 자유학기제 지원을 위한 "
        "업무협약을 체결했다."
    )
    assert names(sentence) == ["한빛시교육청", "남도기록관"]
    sentence = (
        "한빛사와 누리군청은 18일 불교문화의 확산과 지역사회 간 상생협력을 위한 업무협약을 "
        "체결했다."
    )
    assert names(sentence) == ["한빛사", "누리군청"]
    sentence = "한빛대학교는 12일 남도정밀과 장비 공동 활용을 위한 업무협약을 체결했다."
    assert names(sentence) == ["한빛대학교", "남도정밀"]


def test_a_bare_action_noun_after_the_partner_is_an_aim():
    sentence = "청솔군은 5일 남도수산협회와 어항 시설 정비와 폐어구 수거를 위한 업무협약을 맺었다."
    assert names(sentence) == ["청솔군", "남도수산협회"]
    sentence = "청솔군은 5일 남도수산협회와 공동 어장 관리와 안전 교육을 위한 업무협약을 맺었다."
    assert names(sentence) == ["청솔군", "남도수산협회"]
    sentence = "청솔군은 5일 한빛정비와 차량 점검을 위한 업무협약을 맺었다."
    assert names(sentence) == ["청솔군", "한빛정비"]


def test_carrying_out_or_keeping_steady_before_a_purpose_is_an_aim():
    sentence = (
        "남도청은 9일 한빛개발청, 청솔전력공사와 함께 태양광 발전사업의 원활한 추진과 조기 연계를 "
        "위한 업무협약을 체결했다."
    )
    assert names(sentence) == ["남도청", "한빛개발청", "청솔전력공사"]
    assert names("한빛시는 12일 누리추진과 업무협약을 체결했다.") == ["한빛시", "누리추진"]
    sentence = "한빛경제청과 남도대학교병원이 의료서비스 안정과 상생발전을 위한 업무협약을 맺었다."
    assert names(sentence) == ["한빛경제청", "남도대학교병원"]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Orion Fluidics Inc.와", "Orion Fluidics"),
        ("Blue Harbor Co., Ltd.와", "Blue Harbor"),
        ("Kestrel Ltd와", "Kestrel"),
    ],
)
def test_a_latin_company_name_is_one_party_without_its_legal_form(written, name):
    sentence = f"남도시는 12일 시청에서 {written} 200억원 규모 투자협약을 체결했다."
    assert name in names(sentence)


def test_heads_before_a_headcount_at_the_ceremony_bring_their_governments():
    sentence = (
        "영암군은 12일 마포구청 대회의실에서 우승희 영암군수와 오세영 마포구청장 등 30여명이 "
        "참석한 가운데 자매결연 협약을 체결했다."
    )
    assert "서울특별시 마포구" in names(sentence)
    guests = "영암군은 12일 마포구청에서 협약을 체결했다. 오세영 마포구청장 등 30여명이 참석했다."
    assert "서울특별시 마포구" not in names(guests)


def test_the_last_head_before_a_ceremonys_headcount_signs_for_a_body_not_a_unit():
    sentence = (
        "업무협약식에는 이주호 한빛TP 원장, 박경수 누리시 창업벤처과장, 정진동 누리AC협의회장 "
        "등 관계자 30여 명이 함께했다."
    )
    assert names(sentence) == ["한빛TP", "누리AC협의회"]
    for unit in ("광양시 기업유치추진단장", "광양시기업유치추진단장"):
        sentence = f"협약식에는 이주호 한빛TP 원장, 정진동 {unit} 등 관계자 10여 명이 참석했다."
        assert names(sentence) == ["한빛TP"]


def test_an_academy_of_sciences_is_an_organisation():
    sentence = "남도시와 서해해양과학원, 한결테크㈜이 12일 수소 실증 협약을 체결했다."
    assert names(sentence) == ["남도시", "서해해양과학원", "한결테크"]


def test_a_foreign_mayor_with_the_city_written_apart():
    text = (
        "목포시는 현지시간 5일 포틀랜드 시청에서 브라이언 콜린스 포틀랜드 시장과 "
        "우호협력 협약서에 서명했다."
    )
    assert ("브라이언 콜린스", "시장", "포틀랜드시") in sig_tuples(text)
    assert "포틀랜드시" in names(text)


def test_a_developer_company_before_a_purpose_is_still_a_party():
    sentence = "남도시는 12일 한빛개발과 신도시 조성을 위한 업무협약을 체결했다."
    assert "한빛개발" in names(sentence)


def test_a_club_is_named_with_the_word_before_its_kind():
    text = "수성구는 한빛솔라스 배구단과 업무협약을 체결했다."
    assert [p.name for p in find_parties(text)] == ["대구광역시 수성구", "한빛솔라스 배구단"]


def test_a_foreign_city_head_after_another_signer_signs_for_that_city():
    text = "김철우 보성군수와 쩐티마이 다낭시 인민위원회 위원장이 우호교류 협정서에 서명했다."
    assert ("쩐티마이", "다낭시") in [(s.name, s.organization) for s in find_signatories(text)]
    assert "다낭시" in [p.name for p in find_parties(text)]


def test_a_company_named_in_latin_letters_keeps_all_its_words():
    text = "부산시는 독일 물류기업 Blue Harbor Logistics와 투자협약을 맺었다."
    assert names(text) == ["부산광역시", "Blue Harbor Logistics"]


def test_an_acronym_defined_in_parentheses_is_the_same_party():
    text = (
        "남해안항만공사(SCPA)는 12일 여수시와 업무협약을 체결했다. "
        "정태오 SCPA 사장과 정기명 여수시장이 협약서에 서명했다."
    )
    assert names(text) == ["남해안항만공사", "전라남도 여수시"]
    assert ("정태오", "사장", "남해안항만공사") in sig_tuples(text)


def test_a_university_hospital_under_its_short_name_is_one_organisation():
    assert same_organisation("한빛대학교병원", "한빛대병원")
    assert not same_organisation("한빛대학교병원", "한솔대병원")


def test_a_date_stamp_before_the_lede_is_no_party():
    text = "[2025-04-02] 통영시와 한려수산은 1일 업무협약을 체결했다."
    assert names(text) == ["경상남도 통영시", "한려수산"]


def test_a_city_chapter_after_its_association_is_one_party():
    text = "북구는 9일 대한조경협회 대구시회와 녹지 관리 업무협약을 체결했다."
    assert names(text) == ["대구광역시 북구", "대한조경협회 대구시회"]


def test_a_technopark_written_tp_is_the_same_organisation():
    assert same_organisation("충북TP", "충북테크노파크")
    assert not same_organisation("충북TP", "충남테크노파크")


def test_heads_and_governments_of_places_abroad():
    text = (
        "김영록 지사와 스즈키 다로 나가사키현 지사, 레반탄 하이퐁시 인민위원장, "
        "마크 리 오클랜드시장이 협정서에 서명했다."
    )
    found = {(name, org) for name, _title, org in sig_tuples(text)}
    assert {
        ("스즈키 다로", "나가사키현"),
        ("레반탄", "하이퐁시"),
        ("마크 리", "오클랜드시"),
    } <= found
    assert names("충청남도는 허베이성 정부와 교류 협정을 체결했다.") == [
        "충청남도",
        "허베이성 정부",
    ]
    assert same_organisation("하이퐁시", "하이퐁시 인민위원회")


def test_middle_dot_item_lines_are_no_reason_to_fail():
    """A whole page with '· item' lines (a dot that joins nothing) is read, not crashed on."""
    text = (
        "해남군과 한빛해운·바다물류는 항만 협력 협약을 맺었다.\n"
        "· 크루즈 관광 공동 홍보\n· 선박 급수·급전 설비 지원\n"
    )
    names = [party.name for party in find_parties(text)]
    assert "전라남도 해남군" in names


def test_a_place_body_is_one_party_whether_its_place_is_short_or_full():
    assert same_organisation("대구시교육청", "대구광역시교육청")
    assert same_organisation("전남교육청", "전라남도교육청")
    assert not same_organisation("대구시교육청", "부산광역시교육청")
    assert not same_organisation("광주시교육청", "광주광역시교육청")


def test_a_company_of_two_words_opened_by_its_legal_form_is_named_whole():
    sentence = "제주도는 4일 도청에서 신설 투자 기업 (주)미스터 밀크와 투자 협약을 체결했다."
    assert party_names(sentence) == ["제주특별자치도", "미스터 밀크"]


def test_a_federation_is_named_with_the_association_and_reach_before_it():
    sentence = "광주 북구는 17일 구청에서 전국 호남향우회 총연합회와 업무 협약을 체결한다."
    assert party_names(sentence) == ["광주광역시 북구", "전국 호남향우회 총연합회"]
    sentence = "누리군은 12일 군청에서 새마을부녀회 중앙회와 업무 협약을 체결했다."
    assert "새마을부녀회 중앙회" in party_names(sentence)


def test_a_list_closed_by_between_names_every_party():
    sentence = "충북도와 청주시, 한빛에너지솔루션, 영동군, 다온식품 간 투자협약을 체결했다."
    assert party_names(sentence) == [
        "충청북도",
        "충청북도 청주시",
        "한빛에너지솔루션",
        "충청북도 영동군",
        "다온식품",
    ]
    assert party_names("대전시와 한빛전자 간의 협약을 체결했다.") == ["대전광역시", "한빛전자"]


def test_who_held_the_event_a_signing_took_place_at_did_not_sign():
    sentence = (
        "한빛우호협회, 누리도시연합회, 운남성인민정부가 공동으로 주최한 2024 국제우호도시대회에서 "
        "대경시는 한국 충주시와 국제우호도시를 체결했다."
    )
    names = party_names(sentence)
    assert "충청북도 충주시" in names
    assert not {"한빛우호협회", "누리도시연합회", "운남성인민정부"} & set(names)


def test_a_signer_named_before_the_host_of_the_event_still_signed():
    sentence = "대구시는 12일 한빛무역협회가 주최한 박람회에서 다온과 협약을 체결했다."
    assert party_names(sentence) == ["대구광역시", "다온"]


def test_a_korean_chinese_outlets_both_sides_are_no_party():
    assert party_names("량측은 9월 23일 우호도시 협약을 체결했다.") == []


def test_a_plant_or_a_committee_is_named_with_its_organisation():
    sentence = "포스코 광양제철소가 3일 코엑스에서 열린 박람회에서 전라남도와 투자 협약을 체결했다."
    assert party_names(sentence) == ["포스코 광양제철소", "전라남도"]
    sentence = (
        "제주특별자치도의회 교육위원회(위원장 오승식)와 충청남도의회 교육위원회(위원장 이상근)는 "
        "9일 업무협약을 체결했다."
    )
    assert party_names(sentence) == ["제주특별자치도의회 교육위원회", "충청남도의회 교육위원회"]


def test_an_aim_made_of_agreement_words_is_no_partner():
    sentence = "진주시는 18일 상생발전과 실질적 협력관계를 위한 업무협약을 산청군과 체결했다."
    assert party_names(sentence) == ["경상남도 진주시", "경상남도 산청군"]
    sentence = "광주시는 한빛남동발전과 탄소중립 실현을 위한 협약을 맺었다."
    assert party_names(sentence) == ["광주광역시", "한빛남동발전"]


def test_the_time_of_day_before_a_title_is_no_party():
    sentence = "울산시는 29일 오후 4시 30분 시장 접견실에서 한빛수소협회와 업무협약을 체결했다."
    assert party_names(sentence) == ["울산광역시", "한빛수소협회"]


def test_a_foreign_head_of_two_names_leaves_the_place_alone_as_the_party():
    sentence = (
        "이철우 경북도지사는 29일 일본 히로시마현청을 방문, 유자키 히데히코 히로시마현 지사와 "
        "우호 교류 의향서를 체결했다."
    )
    assert party_names(sentence) == ["경상북도", "히로시마현"]


def test_a_body_abroad_is_named_with_its_city():
    sentence = "구미시의회가 20일 중국 창사시 인민대표대회 상무위원회와 우호교류협약을 체결했다."
    assert party_names(sentence) == ["구미시의회", "창사시 인민대표대회 상무위원회"]
    sentence = "워싱턴한인무역협회와 중국 연길시 무역추진위원회가 자매결연을 맺었다."
    assert party_names(sentence) == ["워싱턴한인무역협회", "연길시 무역추진위원회"]


def test_kinds_of_cooperatives_are_no_party():
    sentence = "상생협약에 참여한 도시농협은 협약을 체결한 농촌농협에 드론 1대씩을 지원했다."
    assert party_names(sentence) == []


def test_a_trade_between_two_places_names_no_party():
    sentence = (
        "협약에 따라 한빛은행의 한국법인과 광주시, 광주테크노파크는 비즈니스매칭 플랫폼을 "
        "소개하는 등 광주시와 중국 간 무역 투자의 중심이 된다."
    )
    assert "중국" not in party_names(sentence)


def test_a_body_named_after_a_bare_level_is_the_home_governments():
    context = "양평군과 한빛FC가 체육 발전을 위해 손을 잡았다.\n"
    sentence = "양평군은 군 시설관리공단과 함께 24일 한빛FC와 업무협약을 체결했다."
    assert party_names(sentence, context) == ["경기도 양평군", "양평군시설관리공단", "한빛FC"]


def test_the_city_office_in_a_list_of_partners_is_the_city():
    context = "이장호 세종시장과 교육감이 참석했다.\n"
    sentence = "세종시교육청은 교육청-시청-대학이 함께하는 업무협약을 체결했다."
    assert "세종특별자치시" in party_names(sentence, context)
    assert "시청" not in party_names(sentence, context)


def test_an_agreed_item_after_a_list_marker_is_not_a_party():
    sentence = (
        "두 기관은 이번 협약으로 △인력 교류 △부속병원 및 수련과정 운영을 위한 의료 인프라 "
        "활용 등에 협력한다."
    )
    context = "한빛대학교는 누리병원과 업무협약을 체결했다고 10일 밝혔다.\n"
    assert "부속병원" not in party_names(sentence, context)


def test_a_chinese_provinces_governor_is_not_a_party():
    sentence = "양승조 지사는 21일 지린성 창춘에서 징쥔하이 성장과 자매결연 협정을 체결했다."
    assert "성장" not in party_names(sentence, "충남도는 중국 지린성과 자매결연을 맺었다.\n")


def test_a_delegation_stands_for_the_city_it_comes_from():
    sentence = "충북 제천시는 30일 시청을 방문한 중국 옥림시 방문단과 자매도시 협약을 체결했다."
    assert party_names(sentence) == ["충청북도 제천시", "옥림시"]


def test_a_councils_delegation_stands_for_the_council_and_a_council_abroad_gives_no_region():
    body = (
        "누리도의회 대표단은 지난 12~15일 베트남을 방문했다.\n"
        "12일 대표단은 베트남 하남성 인민의회와 친선 업무협약(MOU)을 체결했다.\n"
    )
    (report,) = extract_agreements(Article(title=None, body=body))
    assert [p.name for p in report.parties] == ["하남성 인민의회", "누리도의회"]
    assert body_region("하남성 인민의회", body) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "안동시와 예천군이 교육부가 주관하는 시범지역 지정을 공동 추진하기 위해, 22일 "
        "안동시청에서 회의를 개최하고 업무협약을 체결했다.",
        "안동시와 예천군이 교육부가 주관하는 시범지역 지정을 위해 22일 업무협약을 체결했다.",
    ],
)
def test_who_runs_the_programme_is_no_party_and_the_subject_before_it_signs(sentence):
    assert [p.name for p in find_parties(sentence)] == ["경상북도 안동시", "경상북도 예천군"]


@pytest.mark.parametrize(
    ("short", "full", "same"),
    [
        ("해운대", "부산광역시 해운대구", True),
        ("봉화", "경상북도 봉화군", True),
        ("해운", "부산광역시 해운대구", False),
    ],
)
def test_a_place_written_alone_is_its_government(short, full, same):
    assert same_organisation(short, full) is same


def test_a_dot_left_from_a_run_is_no_part_of_a_name():
    text = (
        "전라남도(도지사 김솔), 신안군(군수 박하늘)ㆍ한빛어업인연합회(회장 이바다)는 "
        "9일 도청에서 상생협약을 체결했다."
    )
    found = names(text)
    assert "한빛어업인연합회" in found
    assert not any(name[0] in "·ㆍ・" for name in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "광주·전남·전북교육청은 25일 진로교육 업무협약을 체결했다.",
            ["광주광역시교육청", "전라남도교육청", "전북특별자치도교육청"],
        ),
        (
            "한빛대학교는 25일 유성·세종·공주경찰서와 업무협약을 체결했다.",
            ["한빛대학교", "유성경찰서", "세종경찰서", "공주경찰서"],
        ),
        # Governments written whole are parties of their own.
        (
            "전남도·신안군·전남개발공사는 25일 협약을 체결했다.",
            ["전라남도", "전라남도 신안군", "전남개발공사"],
        ),
    ],
)
def test_places_run_together_share_the_body_named_after_the_last(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("거창군-부산 영도구, 읍·면·동 합동 자매결연", ["경상남도 거창군", "부산광역시 영도구"]),
        ("순창군-광주 남구 자매결연 협약 체결식", ["전북특별자치도 순창군", "광주광역시 남구"]),
        ("광주-전남 상생협약 체결", ["광주광역시", "전라남도"]),
        ("광주-전남 나주 혁신도시 상생협약 체결", ["광주광역시", "전라남도"]),
    ],
)
def test_a_dash_run_ending_on_a_place_before_its_district_names_the_district(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "영월군과 한빛대병원간에 자매결연 협약식이 열렸다.",
        "영월군과 한빛대병원 간에 자매결연 협약식이 열렸다.",
    ],
)
def test_between_written_with_its_particle_closes_the_list_of_parties(text):
    assert names(text) == ["강원특별자치도 영월군", "한빛대병원"]


@pytest.mark.parametrize(
    "text",
    [
        "영월군과 일본 누리첨단소재(주) 간에 투자협약이 체결됐다.",
        "영월군과 한국 누리첨단소재 간에 투자협약이 체결됐다.",
    ],
)
def test_between_after_a_country_and_a_name_closes_the_list(text):
    assert names(text) == ["강원특별자치도 영월군", "누리첨단소재"]


def test_a_place_abroad_written_apart_from_its_ending_is_a_party():
    assert names("울산시와 미국 오렌지 카운티가 16일 자매도시 협약을 맺었다.") == [
        "울산광역시",
        "오렌지 카운티",
    ]
    assert cities_abroad("도는 중국 닝샤회족자치구 시엔후이 주석과 자매결연 협정을 맺었다.") == [
        "닝샤회족자치구"
    ]
    assert names("충주시는 12일 한빛전자와 협약을 체결했다. 중국 정부 주도로 추진됐다.") == [
        "충청북도 충주시",
        "한빛전자",
    ]


def test_a_sum_is_no_party():
    assert names("전라남도가 오늘 10개 기업과 5조천억원대의 투자협약을 했다고 발표했다.") == [
        "전라남도"
    ]


@pytest.mark.parametrize(
    "sides", ["원청과 하청", "주민과 행정기관", "주민과 대형마트", "주민과 택시운송사업자"]
)
def test_between_after_common_nouns_closes_no_list(sides: str):
    assert names(f"충주시는 12일 {sides} 간에 상생을 위해 한빛전자와 협약을 체결했다.") == [
        "충청북도 충주시",
        "한빛전자",
    ]


def test_a_provinces_office_of_education_is_not_one_of_its_local_offices():
    assert not same_organisation("충청남도교육청", "충청남도보령교육지원청")
    assert same_organisation("성서산단관리공단", "성서산업단지관리공단")


@pytest.mark.parametrize("joiner", [", ", "·"])
def test_a_list_ending_in_a_name_of_latin_words_keeps_every_partner(joiner: str):
    """ "A, B, SK E&S와", "A·B·SK E&S와": the last name runs over two Latin words, and the
    list before it still names partners."""
    sentence = f"한빛시는 이날 한빛연수원{joiner}금빛에너지{joiner}SK E&S와 협약을 체결했다."
    assert party_names(sentence) == ["한빛시", "한빛연수원", "금빛에너지", "SK E&S"]


@pytest.mark.parametrize(
    ("sentence", "abroad"),
    [
        ("송파구가 일본 도쿄도 분쿄구와 우호 협력을 위한 자매결연을 체결했다.", "분쿄구"),
        ("제주특별자치도와 일본 홋카이도는 12일 제주도청에서 우호도시협정을 맺었다.", "홋카이도"),
        ("군포시는 미국 워싱턴주 그랜트카운티와 자매결연을 체결했다.", "그랜트카운티"),
    ],
)
def test_a_prefecture_or_county_abroad_after_its_country_is_a_partner(sentence, abroad):
    """ "일본 홋카이도", "일본 도쿄도 분쿄구", "미국 워싱턴주 그랜트카운티": places abroad whose
    endings no other place abroad has, read after their country."""
    assert party_names(sentence)[-1] == abroad


def test_a_list_opening_after_the_source_it_cites_names_the_partners():
    """ "10일 시에 따르면 제천시와 한빛관광개발은 …": the citation comes first, and the list
    that follows it opens the sentence's subject."""
    sentence = (
        "10일 시에 따르면 제천시와 한빛관광개발은 최근 시청에서 업무협약을 체결하고 관광산업 "
        "활성화에 협력하기로 했다."
    )
    assert party_names(sentence) == ["충청북도 제천시", "한빛관광개발"]


def test_a_body_known_by_its_initials_before_its_heads_name_is_a_party():
    """ "허태정 대전시장과 KAIST 이광형 총장은": the initials name the body the head signs for."""
    sentence = "허태정 대전시장과 KAIST 이광형 총장은 17일 업무협력 협약(MOU)을 체결했다."
    assert party_names(sentence) == ["대전광역시", "KAIST"]
    # Initials of a role or a team are no body.
    sentence = "한빛전자 CTO 김민수 부사장과 누리대학교 박하늘 총장은 12일 업무협약을 체결했다."
    assert "CTO" not in party_names(sentence)


def test_the_size_of_the_deal_between_partner_and_agreement_is_not_counted_against_it():
    """ "X과 역대 최대 규모인 9조원대 석유화학복합시설 투자양해각서": after the size, the words
    up to the agreement are counted afresh."""
    sentence = (
        "울산시가 16일 한빛오일과 역대 최대 규모인 9조원대 석유화학복합시설 투자양해각서를 "
        "체결했다."
    )
    assert party_names(sentence) == ["울산광역시", "한빛오일"]
    sentence = (
        "누리도는 한빛제약과 1500억원 규모의 음성 제2공장 신설 원료의약품 생산시설 투자협약을 "
        "체결했다."
    )
    assert party_names(sentence)[-1] == "한빛제약"


def test_a_short_name_defined_after_the_heads_name_stands_for_the_body():
    """ "한빛첨단의료재단(이사장 김하늘.이하 한빛재단)", "(센터장 박솔, 이하: 혁신센터)": the
    short name the article defines after naming the head is the body's."""
    from mouarchive.extract.orgnames import article_aliases

    text = (
        "누리대학교는 25일 한빛첨단의료재단(이사장 김하늘.이하 한빛재단)에서 한빛재단과 "
        "협약을 맺었다. 한빛혁신센터(센터장 박솔, 이하: 혁신센터)도 함께했다."
    )
    assert article_aliases(text) == {"한빛재단": "한빛첨단의료재단", "혁신센터": "한빛혁신센터"}


def test_a_short_name_two_ministries_went_by_is_the_one_the_article_writes():
    body = (
        "농림축산식품부가 누리군 등 5개 군과 농촌협약을 체결했다. 농식품부는 15일 정부세종청사에서 "
        "누리군과 협약을 체결했다고 밝혔다.\n"
    )
    report = extract_agreements(Article(title=None, body=body))[-1]
    assert report.parties[0].name == "농림축산식품부"
    both = "농림수산식품부와 농림축산식품부의 기록을 보면 농식품부는 누리군과 협약을 맺었다."
    from mouarchive.extract.orgnames import article_aliases

    assert "농식품부" not in article_aliases(both)


def test_a_governor_abroad_as_the_partner_stands_for_the_place():
    """ "… 온라인을 통해 리드완 카밀 서자바주지사와 의향서를 체결했다": a governor's title fused
    to a place abroad, as the partner, is the place's signing; a Korean governor is read by
    the gazetteer as before."""
    sentence = (
        "충남도 양승조 지사는 3일 도청 대회의실에서 온라인을 통해 리드완 카밀 서자바주지사와 "
        "국제교류협력의향서(LOI)를 체결했다."
    )
    assert party_names(sentence) == ["충청남도", "서자바주"]


def test_a_peoples_congress_abroad_is_named_with_its_province():
    """ "안후이성 인민대표와": the congress of the province before it, never a bare "인민대표"."""
    sentence = "한빛도의회는 27일 안후이성 인민대표와 우호교류협정을 체결했다고 밝혔다."
    assert party_names(sentence) == ["한빛도의회", "안후이성 인민대표"]


def test_well_known_bodies_without_an_organisations_ending_sign_together():
    """한국동서발전 and 한국수력원자력 end as no body's name does (발전 is also an aim); the
    press knows them, so two of them together are still who signs."""
    body = "한국동서발전과 한국수력원자력은 12일 수소 발전 업무협약을 체결했다.\n"
    [report] = extract_agreements(Article(None, body, published=PartialDate(2023, 2, 13)))
    assert [p.name for p in report.parties] == ["한국동서발전", "한국수력원자력"]


def test_a_bare_level_opening_a_list_of_signers_is_the_home_government():
    body = (
        "경기도 성남에서 의료기기를 만드는 한빛메디칼이 원주로 옮긴다.\n"
        "도와 원주시는 14일 시청에서 한빛메디칼과 이전기업 투자협약식을 가졌다.\n"
    )
    [report] = extract_agreements(Article(None, body, published=PartialDate(2014, 8, 14)))
    # 도 is the province of the city it signs with, not the first one the article names.
    assert sorted(p.name for p in report.parties) == [
        "강원특별자치도",
        "강원특별자치도 원주시",
        "한빛메디칼",
    ]
    listed = (
        "울산시는 23일 수소산업의 날 행사를 열었다. 이날 시, 한국동서발전, 한국수력원자력 등 "
        "3개 기관이 참여하는 연료전지 업무협약도 체결했다.\n"
    )
    [report] = extract_agreements(Article(None, listed, published=PartialDate(2023, 2, 23)))
    assert [p.name for p in report.parties] == ["울산광역시", "한국동서발전", "한국수력원자력"]


def test_a_body_visited_to_sign_is_the_partner_and_one_visited_to_talk_is_not():
    signed = (
        "한빛대 김바다 총장은 지난 5일 일본 주오대학을 방문해 나가이 총장을 만나 국제교류를 위한 "
        "공식 협정을 체결했다.\n"
    )
    [report] = extract_agreements(Article(None, signed, published=PartialDate(2012, 3, 8)))
    assert [p.name for p in report.parties] == ["한빛대", "주오대학"]
    talked = "박 시장은 제노바항만청을 방문해 항만 협력을 논의했다.\n"
    assert [p.name for p in find_parties(talked)] == []
    # Nor one visited before another clause, or to check an agreement signed before.
    for other in (
        "한빛대 총장은 5일 주일한국대사관을 방문해 대사를 예방한 뒤 교류 협정을 체결했다.\n",
        "충주시는 12일 한빛공사를 방문해 지난해 체결한 협약의 이행 상황을 점검했다.\n",
    ):
        assert [p.name for p in find_parties(other)][1:] == []
    # A body visited to sign is named as a partner named with 와 is.
    marked = "한빛시장은 12일 ㈜누리전자를 방문해 투자협약을 체결했다.\n"
    assert "누리전자" in {p.name for p in find_parties(marked)}
    # A city abroad visited at its office is the city.
    office = "박 시장은 21일 바르셀로나시청을 방문해 자매도시 공동선언문에 서명했다.\n"
    assert "바르셀로나시" in {p.name for p in find_parties(office)}


def test_a_place_abroad_visited_to_sign_is_the_partner_without_its_country():
    body = (
        "한빛시가 우즈베키스탄의 성장을 선도하는 도시인 누라타주와 우호협력을 시작했다.\n"
        "김하늘 부시장은 16일(현지시간) 누라타주를 직접 방문해 우호도시 협정을 맺었다.\n"
    )
    [report] = extract_agreements(Article(None, body, published=PartialDate(2022, 12, 18)))
    assert "누라타주" in {p.name for p in report.parties}
    # A kind of city visited is no place abroad, nor is a place at home shaped like one.
    toured = "한빛시장은 12일 송도국제도시를 방문해 투자협약을 체결했다.\n"
    assert "송도국제도시" not in {p.name for p in find_parties(toured)}
    home = "서산시장은 16일 해미읍성을 방문해 관광 활성화 업무협약을 체결했다.\n"
    assert "해미읍성" not in {p.name for p in find_parties(home)}


def test_a_signing_given_as_an_example_of_what_may_be_done_is_no_signing():
    body = (
        "인천시가 우즈베키스탄의 성장을 선도하는 도시인 누라타주와 우호협력 관계를 시작했다.\n"
        "김하늘 부시장은 16일(현지시간) 누라타주를 직접 방문해 우호도시 협정을 맺었다.\n"
        "누라타주지사는 지난 10월 주우즈베키스탄 한국대사와 면담을 통해 인천과 누라타주 간"
        " 우호결연 체결과 같은 교류·협력 확대 방안을 적극 검토해 달라고 먼저 요청했고,"
        " 이를 바탕으로 이번 협약이 추진됐다.\n"
    )
    [report] = extract_agreements(Article(None, body, published=None))
    assert report.date == PartialDate(None, None, 16)
    # The signing's own day said alike is no example.
    same_day = (
        "한빛군과 누리전자는 10일 투자협약을 체결했으며, 협약 체결과 같은 날 누리전자는"
        " 공장 기공식도 가졌다.\n"
    )
    [report] = extract_agreements(Article(None, same_day, published=PartialDate(2024, 5, 11)))
    assert report.date == PartialDate(2024, 5, 10)


def test_the_patron_a_clause_names_before_the_subject_is_no_party_but_its_place():
    body = (
        "군산시가 출자한 군산시민발전은 6일 한빛사회적경제지원센터, 누리그린에너지협동조합과 "
        "태양광 발전 사업 추진을 위한 업무협약을 맺었다.\n"
    )
    [report] = extract_agreements(Article(None, body, published=PartialDate(2026, 2, 6)))
    assert [p.name for p in report.parties] == [
        "군산시민발전",
        "한빛사회적경제지원센터",
        "누리그린에너지협동조합",
    ]
    assert [r.name for r in report.regions] == ["전북특별자치도 군산시"]


@pytest.mark.parametrize("company", ["㈜누리정밀", "(주)누리정밀", "누리정밀(주)"])
def test_a_head_s_company_marked_by_its_legal_form_is_a_party(company: str):
    sentence = (
        f"한빛항만공사 김하늘 사장과 {company} 박바다 사장은 24일 오전 11시 대회의실에서"
        " 배후단지 투자사업을 위한 양해각서를 체결했다.\n"
    )
    assert "누리정밀" in {p.name for p in find_parties(sentence)}


def test_a_company_introduced_by_its_trade_keeps_its_legal_form_apart_from_the_trade():
    sentence = (
        "광주광역시와 인공지능 전문 업체인 주식회사 누리기술이"
        " 생태계 조성을 위한 협약을 맺었습니다.\n"
    )
    assert {p.name for p in find_parties(sentence)} == {"광주광역시", "누리기술"}
    # A company whose own name ends in 인 keeps its legal form.
    named = "부산항만공사는 10일 누리라인 주식회사와 친환경 선박 도입을 위한 업무협약을 체결했다.\n"
    assert {p.name for p in find_parties(named)} == {"부산항만공사", "누리라인"}


def test_a_head_s_company_opened_by_its_legal_form_written_apart_is_a_party():
    sentence = (
        "누리군은 지난 13일 김하늘 군수와 어업회사법인 바다소금 최승우 대표를 비롯한 관계자"
        " 20여명이 참석한 가운데 업무협약을 체결했다고 14일 밝혔다.\n"
    )
    assert "바다소금" in {p.name for p in find_parties(sentence)}


@pytest.mark.parametrize(
    ("sentence", "council"),
    [
        ("누리시의회는 6일 카자흐스탄 알마티 시의회와 우호교류협약을 체결했다.", "알마티 시의회"),
        ("누리도의회는 19일 미국 워싱턴주의회와 우호 협력을 체결했다.", "워싱턴주의회"),
    ],
)
def test_a_council_abroad_is_a_party_written_apart_or_fused_to_its_place(sentence, council):
    assert council in party_names(sentence)


def test_a_council_abroad_named_again_without_its_country_is_the_same_party():
    body = (
        "누리시의회는 6일 카자흐스탄 알마티 시의회를 공식 방문했다.\n"
        "이날 누리시의회는 알마티 시의회와 우호교류협약을 체결했다.\n"
    )
    (report,) = extract_agreements(Article(title=None, body=body))
    assert "알마티 시의회" in [p.name for p in report.parties]


def test_a_council_at_home_after_a_bare_word_is_no_council_abroad():
    assert "태화 시의회" not in party_names("태화 시의회와 누리시의회는 6일 협약을 체결했다.")


def test_a_korean_council_after_a_country_word_keeps_its_place_and_common_words_name_none():
    assert "부산광역시의회" in party_names("누리시의회는 19일 미국 부산시의회와 협약을 체결했다.")
    assert "자매도시 시의회" not in party_names(
        "누리시의회는 19일 미국 자매도시 시의회와 협약을 체결했다."
    )
    assert "현지 시의회" not in party_names(
        "누리시의회는 19일 베트남 현지 시의회와 협약을 체결했다."
    )


def test_a_council_fused_to_a_place_abroad_is_a_party():
    sentence = "동구의회는 17일 몽골 울란바타르시 성긴하이르항구의회와 우호협력 체결식을 가졌다."
    assert "성긴하이르항구의회" in party_names(sentence)


@pytest.mark.parametrize(
    "body",
    [
        "누리시는 석유화학기업인 한빛소재와 27일 시청에서 투자 양해각서를 체결했다.\n",
        "누리시는 한빛소재와 27일 오후 시청 대회의실에서 투자 양해각서를 체결했다.\n",
        "누리시는 27일 한빛소재와 누리에 있는 회사 공장에서 투자 양해각서를 체결했다.\n",
    ],
)
def test_a_partner_reaches_the_agreement_across_where_it_was_signed(body: str) -> None:
    article = Article(title=None, body=body, published=PartialDate(2023, 7, 28))
    (report,) = extract_agreements(article)
    assert "한빛소재" in [p.name for p in report.parties]


@pytest.mark.parametrize(
    "body",
    [
        "누리시는 스마트팜 선도농가와 27일 농업기술센터에서 업무협약을 체결했다.\n",
        "누리시는 지역 건설업계와 27일 시청 회의실에서 상생협력 협약을 체결했다.\n",
        "누리시는 도내 관광업계와 27일 시청에서 업무협약을 체결했다.\n",
    ],
)
def test_a_kind_of_body_before_the_venue_is_still_no_partner(body: str) -> None:
    article = Article(title=None, body=body, published=PartialDate(2023, 7, 28))
    (report,) = extract_agreements(article)
    assert [p.name for p in report.parties] == ["누리시"]
