"""Words written around the parties of a signing that name no party of their own."""

from __future__ import annotations

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.bare_names import name_alone
from mouarchive.extract.pairs import pairs_in
from mouarchive.extract.rosters import roster
from mouarchive.extract.same_org import add_party, never_signs
from mouarchive.models import Article, PartialDate, Party
from mouarchive.text.pipeline import parse_articles

PUBLISHED = PartialDate(2021, 4, 22)


def _parties(body: str) -> list[list[str]]:
    article = Article(title=None, body=body, published=PUBLISHED)
    return [[p.name for p in report.parties] for report in extract_agreements(article)]


def test_a_department_head_among_the_guests_brings_no_party():
    sentence = (
        "이날 협약식에는 박중근 충주시 부시장과 김진원 한빛산업 사장, 김성민 새솔디앤씨 대표, "
        "신남호 미르종합건설 사장, 문인곤 다온산업개발 전무, 임정규 솔빛증권 부사장, "
        "이상록 신성장전략 국장 등 양측 관계자들이 참석했다."
    )
    listed = [p.name for p in roster(sentence, (0, len(sentence)), 5)]
    assert listed == ["한빛산업", "새솔디앤씨", "미르종합건설", "다온산업개발", "솔빛증권"]


def test_a_department_or_its_head_is_never_a_name():
    assert name_alone("투자유치과장") is None
    assert name_alone("이상록 신성장전략 국장") is None
    assert name_alone("한빛협회 사무국장") == "한빛협회"
    assert name_alone("누리우체국장") == "누리우체국장"


def test_what_a_body_is_said_to_be_before_its_name_is_no_part_of_it():
    assert name_alone("신재생에너지 전문기관인 한국에너지공단") == "한국에너지공단"
    assert name_alone("참여사 중 한빛에어로스페이스") == "한빛에어로스페이스"
    assert name_alone("지역 내 한빛대학교") == "한빛대학교"
    assert name_alone("관내 누리공과대학") == "누리공과대학"
    assert name_alone("총장한빛대학교") == "한빛대학교"
    assert name_alone("교육감협의회") == "교육감협의회"
    assert name_alone("원장협의회") == "원장협의회"
    assert name_alone("영국 한빛엔터테인먼트") == "한빛엔터테인먼트"
    assert name_alone("중국 누리시") == "중국 누리시"
    assert name_alone("교육용 소프트웨어 기업인 누리코딩") == "누리코딩"


def test_a_breakdown_by_trade_is_no_investing_company():
    body = (
        "전북도는 13일 도청에서 익산시, 완주군과 테리안(주), 에코텍, 코비코테크(주), "
        "씨케이메탈(주), 뷰텍모터스(주), 동인하이테크(주), ㈜우일특수정공, ㈜대한패브릭 "
        "8개사와 투자협약을 체결했다.\n"
        "업종별로는 자동차․기계부품 5개사, 금속가공 1개사, 발효홍삼 1개사, 화학섬유 1개사이며 "
        "투자 규모는 투자액 865억원, 고용은 550여명 등이다.\n"
    )
    (parties,) = _parties(body)
    assert not [p for p in parties if "업종" in p], parties
    assert len(parties) == 11


def test_a_verb_read_with_a_list_is_no_name():
    assert name_alone("맺고") is None
    assert name_alone("이끌어냈으며") is None
    assert name_alone("한빛정공") == "한빛정공"


def test_a_describing_word_before_a_list_is_no_party():
    body = (
        "누리도와 누리시는 3일 한빛산업 등 3개 기업과 투자협약을 맺었다.\n"
        "한빛산업은 새롭고 품격있는 제품 생산을 위해 새솔농공단지에 약 85억 원을 투자한다.\n"
    )
    assert not [name for names in _parties(body) for name in names if "품격있" in name]


def test_what_the_partners_agree_on_is_not_a_partner():
    body = (
        "경기도 광명시는 12일과 13일 이틀 동안 동두천시를 비롯해 도내 6개 시·군과 관광 "
        "활성화를 위한 상생 업무협약을 체결했다.\n"
        "12일에는 동두천시, 양주시, 의정부시와 협약을 맺었으며, 13일에는 하남시, 용인시, "
        "양평군과 협약을 체결하고 관광 상품 개발 및 마케팅에서 서로 협력할 것을 약속했다.\n"
    )
    names = [name for names in _parties(body) for name in names]
    assert "마케팅" not in names


def test_a_credit_in_brackets_is_no_party_and_a_named_office_is_its_government():
    body = (
        "[한빛기자연대] 동구청은 20일 동구청 2층 구청장실에서 누리수산업협동조합과 상생협약을 "
        "체결했다.\n"
        "협약식에는 울산 동구청장과 누리수협 조합장이 참석했다.\n"
    )
    assert _parties(body) == [["울산광역시 동구", "누리수산업협동조합"]]


def test_an_aim_or_a_common_noun_before_과_makes_no_party_nor_a_second_signing():
    body = (
        "LH는 20일 진주시청에서 진주시와 상생협력 협약을 체결했다.\n"
        "이번 협의체 마련과 협약 체결은 지역과 소통하는 채널을 마련했다는 점에서 의미가 크다.\n"
    )
    assert _parties(body) == [["LH", "경상남도 진주시"]]


def test_the_events_a_signing_serves_are_not_its_parties():
    body = (
        "한국관광공사는 21일 광주 컨벤션센터에서 광주광역시, 전라남도와 4대 국제행사 공동마케팅 "
        "업무협약을 체결했다.\n"
        "광주·전남에서는 빛고을체육대회(7월)를 비롯해 담양대숲박람회(9월), 나주농업엑스포(10월), "
        "문화전당 개관 등 국제적인 행사들이 열린다.\n"
    )
    assert _parties(body) == [["한국관광공사", "광주광역시", "전라남도"]]


def test_the_organising_committee_of_an_event_is_a_party():
    body = (
        "누리시는 10일 시청에서 2025누리세계박람회조직위원회와 박람회 성공 개최를 위한 "
        "업무협약을 체결했다.\n"
    )
    assert _parties(body) == [["누리시", "2025누리세계박람회조직위원회"]]


def test_what_the_agreement_strengthens_is_not_a_list_of_partners():
    body = (
        "경북도와 한빛대학교가 2일 도청에서 교류 10주년 기념행사를 열었다.\n"
        "두 기관은 문화와 농촌 개발, 경제 협력을 강화하는 양해각서를 체결했다.\n"
    )
    assert _parties(body) == [["경상북도", "한빛대학교"]]


def test_the_fields_a_signing_covers_are_not_its_parties():
    body = (
        "누리대학교는 21일 전남창조경제혁신센터와 농수식품, 바이오화학, 신재생에너지 등 전남도의 "
        "전략산업 분야에서 기술개발과 창업을 지원하는 업무협약을 체결했다.\n"
    )
    assert _parties(body) == [["누리대학교", "전남창조경제혁신센터"]]
    far = (
        "경남도는 26일 첨단방위, 첨단항공우주, 미래 모빌리티, 관광 등 핵심 전략 및 신성장 동력 "
        "산업 분야 11개 사와 6,371억 원 규모의 투자협약을 체결했다.\n"
    )
    assert _parties(far) == [["경상남도"]]
    # A list that is the subject, counted, is of bodies whatever field the agreement names.
    subject = "경남도, 한화오션, 삼성중공업 등 12개 기관이 6일 조선산업 업무협약을 했다.\n"
    assert _parties(subject) == [["경상남도", "한화오션", "삼성중공업"]]


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        (
            "누리도는 28일 제조업·지식정보문화산업 20개 기업과 774억원 규모의 투자협약을 "
            "체결했다.\n",
            ["누리도"],
        ),
        (
            "김한결 서울시장은 18일(현지시각) 오후 페루 리마 시청에서 호세 가르시아 시장을 만나 "
            "`환경ㆍ교통ㆍ관광ㆍ문화ㆍIT 분야 협력에 관한 합의서'를 체결했다.\n",
            ["서울특별시"],
        ),
        (
            "보건소는 한빛요양병원을 비롯해 누리병원, 김다온 내과 등 지역내 병의원과 업무협약을 "
            "체결했다.\n",
            ["한빛요양병원", "누리병원", "김다온 내과"],
        ),
        (
            "누리시는 12일 시청에서 누리대·산업·연구 분야 기관과 업무협약을 체결했다.\n",
            ["누리시", "누리대"],
        ),
        *(
            (
                f"누리경제진흥원은 지난 23일 청년창업 활성화를 위해 지자체{dot}{field}{dot}학계 "
                "13개 기관과 공동협력 협약을 체결했다고 27일 밝혔다.\n",
                ["누리경제진흥원"],
            )
            for field in ("산업", "경제", "연구")
            # "?": a middle dot an encoding lost.
            for dot in ("·", "?")
        ),
    ],
)
def test_fields_and_kinds_of_partners_are_not_parties(body, parties):
    (found,) = _parties(body)
    fields = {"제조업", "지식정보문화산업", "제약", "기계", "IT", "병의원", "산업", "경제", "연구"}
    assert not fields & set(found)
    assert set(parties) <= set(found)


@pytest.mark.parametrize(
    "body",
    [
        "한빛 KCC가 오는 25일 출정식과 연고 협약식을 열고 누리 시대의 첫걸음을 내딛는다.\n",
        "누리시는 12일 한빛유통과 소비촉진과 판로 확대를 위한 협약을 체결했다.\n",
    ],
)
def test_an_event_or_an_aim_before_과_is_no_party(body: str):
    assert not {"출정식", "소비촉진"} & {n for names in _parties(body) for n in names}


def test_what_a_thing_is_linked_with_is_a_topic_and_a_body_linked_with_a_partner():
    thing = (
        "한빛공항공사는 19일 누리관광공사와 국제노선과 연계한 관광 활성화 업무협약을 체결했다.\n"
    )
    assert _parties(thing) == [["한빛공항공사", "누리관광공사"]]
    body = "누리군은 20일 한빛대학교와 연계한 평생교육 프로그램 운영 업무협약을 체결했다.\n"
    assert "한빛대학교" in _parties(body)[0]


def test_local_airports_or_airlines_in_general_are_no_party():
    body = (
        "한빛공항공사는 19일 누리관광공사와 지방공항 및 지역관광 활성화를 위한 업무협약을 "
        "체결했다.\n"
    )
    assert _parties(body) == [["한빛공항공사", "누리관광공사"]]


def test_the_trades_the_counted_partners_build_for_are_not_a_list_of_them():
    sentence = (
        "이 협약에 따라 이들 기업은 산업단지에 3449억원을 투입해 제약, 기계, 보일러 생산공장을 "
        "건립하게 된다."
    )
    assert roster(sentence, (0, len(sentence)), 3) == []


def test_a_sentence_opener_is_never_kept_as_a_party_whichever_reader_found_it():
    parties = [Party("광주광역시", (0, 3))]
    add_party(parties, Party("또한", (10, 12)))
    assert [p.name for p in parties] == ["광주광역시"]


def test_a_passive_modifier_before_a_list_is_not_part_of_its_first_name():
    sentence = "부시장이 투자가 이뤄진 한빛소재(주), 누리머티리얼즈(주), 다온(주) 등을 방문했다."
    listed = [p.name for p in roster(sentence, (0, len(sentence)))]
    assert listed == ["한빛소재", "누리머티리얼즈", "다온"]


def test_the_words_after_a_heads_parenthesis_describe_the_list_not_the_last_name():
    sentence = (
        "한빛대학교는 30일 목포시(시장 김한결), 영암군(군수 이다온), 무안군(군수 박미르), "
        "신안군(군수 최누리) 서남권 4개 지자체와 상호 협력을 위한 업무협약을 체결했다."
    )
    listed = [p.name for p in roster(sentence, (0, len(sentence)), 4)]
    assert listed == ["전라남도 목포시", "전라남도 영암군", "전라남도 무안군", "전라남도 신안군"]


def test_a_count_of_provinces_is_no_party():
    body = (
        "인천시는 12일 창춘시와 우호협력관계 비망록을 체결했다.\n"
        "이에 따라 중국 동북 3성과 모두 우호도시 협약을 체결하려던 시의 구상도 이어진다.\n"
    )
    assert all("3성" not in name for parties in _parties(body) for name in parties)


def test_a_count_of_places_or_a_word_of_the_day_is_no_side_of_a_pair():
    sentence = (
        "전라남도는 오늘 여수와 영광, 신안 등 도내 5개 시,군과 한빛 건설이 참석한 가운데 해상 "
        "풍력발전단지 조성을 위한 투자 협약식을 가졌습니다."
    )
    assert pairs_in(sentence, (0, len(sentence))) == []


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        (
            "강릉시는 12일 강원대학교·가톨릭관동대학교와 관광·문화 인재 양성 업무협약을 "
            "체결했다.\n",
            ["강원특별자치도 강릉시", "강원대학교", "가톨릭관동대학교"],
        ),
        (
            "충주시는 12일 충주시 보건소 회의실에서 충주의료원과 건강 증진 업무협약을 체결했다.\n",
            ["충청북도 충주시", "충주의료원"],
        ),
        (
            "노관규 순천시장은 12일 오전 시청에서 미국 어바인 시장과 만나 자매결연 협약을 "
            "체결했다.\n",
            ["전라남도 순천시"],
        ),
        (
            "순천시는 12일 시청에서 순천대학교와 지역 인재 양성 업무협약을 체결했다.\n"
            "순천대학교와 맺은 이번 협약은 지난해 전남대학교, 목포대학교, 광주대학교와 잇따라 "
            "체결한 협약의 연장선이다.\n",
            ["전라남도 순천시", "순천대학교"],
        ),
        (
            "홍천군은 12일 한국수자원공사, 군 보건소, 의료원, 강원대학교 등 4개 기관과 물 복지 "
            "업무협약을 체결했다.\n",
            [
                "강원특별자치도 홍천군",
                "한국수자원공사",
                "홍천군보건소",
                "홍천군의료원",
                "강원대학교",
            ],
        ),
    ],
)
def test_a_venue_a_fields_list_a_past_partner_or_a_bare_body_adds_no_stray_party(body, parties):
    assert _parties(body) == [parties]


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        (
            "청주시는 12일 충북대학교와 청년창업·일자리매칭·주거지원 등 4개 사업 협력 "
            "업무협약을 체결했다.\n",
            ["충청북도 청주시", "충북대학교"],
        ),
        (
            "순천시는 12일 시청에서 광주대학교와 지역 인재 양성 업무협약을 체결했다.\n"
            "전남대학교, 목포대학교, 순천대학교에 이어 광주대학교와 맺은 이번 협약은 네 "
            "번째다.\n",
            ["전라남도 순천시", "광주대학교"],
        ),
        (
            "홍천군은 12일 군청에서 도 보건환경연구원, 한국수자원공사, 보건소, 의료원 등 4개 "
            "기관과 물 복지 업무협약을 체결했다.\n",
            ["강원특별자치도 홍천군", "도 보건환경연구원", "한국수자원공사", "보건소", "의료원"],
        ),
    ],
)
def test_tasks_earlier_partners_or_a_province_before_county_bodies_add_no_stray(body, parties):
    (found,) = _parties(body)
    assert sorted(found) == sorted(parties)


def test_a_day_written_before_a_comma_is_no_party():
    body = (
        "경상남도 남해군과 부산광역시 사하구가 지난 28일, 상호발전과 우호 증진을 위한 자매결연 "
        "협약을 체결했다.\n"
    )
    assert _parties(body) == [["경상남도 남해군", "부산광역시 사하구"]]


def test_what_an_investment_briefing_was_about_is_no_list_of_partners():
    sentence = (
        "인천시는 이날 원도심 13개 산업단지, 도화지구(옛 대학 부지 일대), 항만배후지 등에 대한 "
        "투자설명을 했고 3000억원 규모의 투자 양해각서(MOU)도 체결했다."
    )
    assert roster(sentence, (0, len(sentence)), 13) == []


def test_places_that_own_a_group_of_governments_are_not_its_members():
    body = (
        "목포시는 지난 13일 대구 중구청에서 대구·경남·경북·충북의 기초자치단체와 관광 활성화를 "
        "위한 업무협약을 체결했다.\n"
    )
    assert _parties(body) == [["전라남도 목포시"]]


def test_a_verb_before_a_count_of_partners_is_no_partner():
    body = "전라남도는 목포시와 협력해 7개 기업과 476억 원 규모의 투자협약을 했다고 21일 밝혔다.\n"
    assert _parties(body) == [["전라남도", "전라남도 목포시"]]


def test_a_conditional_verb_before_a_list_of_places_is_not_its_first_name():
    sentence = "투자가 마무리되면 목포, 나주, 광양, 장흥, 영암이 공장 부지를 함께 지원한다."
    listed = [p.name for p in roster(sentence, (0, len(sentence)), 5)]
    assert "마무리되면 목포" not in listed
    assert listed[0] == "전라남도 목포시"
    # Where the jobs land is no list of partners at all.
    jobs = "투자가 마무리되면 목포, 나주, 광양, 장흥, 영암에 138명의 신규 일자리가 생긴다."
    assert roster(jobs, (0, len(jobs)), 5) == []


@pytest.mark.parametrize(
    "site", ["우천제2농공단지", "한빛일반산업단지", "누리국가산단", "나주혁신도시"]
)
def test_a_site_partners_build_on_never_signs(site):
    parties: list[Party] = []
    add_party(parties, Party(site, (0, len(site))))
    add_party(parties, Party("한국산업단지공단", (0, 8)))
    assert [p.name for p in parties] == ["한국산업단지공단"]


def test_the_name_leading_the_counted_partners_is_one_of_them():
    body = (
        "광주시는 11일 시청에서 LED조명 전문업체인 누리에비뉴를 비롯한 14개 기업과 "
        "투자 MOU를 체결했다.\n"
    )
    assert _parties(body) == [["광주광역시", "누리에비뉴"]]


def test_a_name_leading_a_dotted_run_with_a_bare_lead_word_is_one_of_them():
    body = (
        "전남도는 19일 도청에서 전남신용보증재단을 비롯, 누리은행·솔빛뱅크·미르은행 등 "
        "3개 금융회사와 특별출연 업무협약을 했다.\n"
    )
    assert _parties(body) == [["전라남도", "전남신용보증재단", "누리은행", "솔빛뱅크", "미르은행"]]


def test_a_head_leading_the_guests_is_no_party():
    body = (
        "이대목동병원은 10일 제주대병원과 협력병원 협약식을 개최했다.\n"
        "이번 협약식은 김솔 이대목동병원장, 박하늘 제주대병원장을 비롯해 양 기관 관계자들이 "
        "참석한 가운데 진행됐다.\n"
    )
    assert _parties(body) == [["이대목동병원", "제주대병원"]]


def test_ties_made_during_a_past_term_of_office_are_no_news():
    body = "그는 재임 중 중국 산둥성을 비롯해 장쑤성, 광둥성, 톈진시와 우호도시를 맺었다.\n"
    assert _parties(body) == []


def test_a_village_that_ties_with_a_body_is_a_party():
    body = (
        "나주혁신도시 이전기관인 한빛KDN(전남지사장 김솔)이 21일 세지면 송제리 누리마을과 "
        "자매결연을 맺었다.\n"
    )
    assert _parties(body) == [["한빛KDN", "누리마을"]]


def test_a_body_introduced_by_what_it_is_signs_as_the_subject():
    body = "공기업인 한빛KDN이 21일 나주시와 지역 상생 업무협약을 맺었다.\n"
    assert _parties(body) == [["한빛KDN", "전라남도 나주시"]]


def test_a_signing_carried_out_is_a_signing():
    body = (
        "서울 마포구(구청장 김솔)가 7일 지역내 한빛대학교와 관·학 상호협력 협약 체결을 실시했다.\n"
    )
    assert _parties(body) == [["서울특별시 마포구", "한빛대학교"]]


def test_a_connective_before_a_counted_group_is_no_party():
    body = (
        "남해군과 하동군은 21일 상생발전 협약을 체결했다.\n"
        "이에 따라 3개 시·군은 공동 연계사업을 추진하기로 했다.\n"
    )
    assert all("따라" not in parties for parties in _parties(body))


@pytest.mark.parametrize(
    "body",
    [
        "시흥시는 20일 한빛산업기술대학교와 협약을 체결했다. "
        "이 안건과 관련해 시는 지원을 약속했다.\n",
        "공주시는 20일 누리프랜드와 본사, 공장 이전을 위한 투자협약을 체결했다.\n",
        "충북도는 20일 도청에서 관계자들이 참석한 가운데 누리파워텍, 한빛일렉트론, 새솔정공 등 "
        "3개 기업과 투자협약을 체결했다.\n",
    ],
)
def test_words_around_the_partners_are_not_partners(body):
    [parties] = _parties(body)
    assert not {"안건", "본사", "공장", "투자"} & set(parties)
    assert not any(name.startswith("가운데") for name in parties)


def test_a_delegation_fused_to_its_place_is_that_place():
    body = (
        "김솔 도지사를 단장으로 한 경남대표단이 20일 우즈베키스탄 타슈켄트주를 방문해 "
        "우호교류 협정을 체결했다.\n"
    )
    assert _parties(body) == [["경상남도", "타슈켄트주"]]


def test_a_legal_form_missing_its_bracket_is_still_no_part_of_the_name():
    body = "한빛대학은 25일 주)누리캐스트, 주)가람정공 주)미르텍, 주)새솔케미칼과 협약을 맺었다.\n"
    (parties,) = _parties(body)
    assert {"누리캐스트", "가람정공", "미르텍", "새솔케미칼"} <= set(parties)
    assert not any(")" in name or " " in name for name in parties)


@pytest.mark.parametrize("mark", ["<주>", "〈주〉"])
def test_a_legal_form_in_angle_brackets_is_no_part_of_the_name(mark: str):
    body = f"누리시는 28일 {mark}한빛에너지, 가람소재{mark}와 투자협약을 체결했다.\n"
    assert _parties(body) == [["누리시", "한빛에너지", "가람소재"]]


def test_the_local_government_a_body_visits_to_sign_is_its_partner():
    body = (
        "한빛가스공사는 지난 4일 충청북도 충주시를 방문해 수소충전 인프라 구축 사업 추진을 "
        "위한 업무협약서를 체결했다.\n"
    )
    assert _parties(body) == [["한빛가스공사", "충청북도 충주시"]]
    # A city whose name the article never pins down ("광주") is not read from a visit, nor
    # a city visited by one who signs with a partner named there.
    body = "한빛가스공사는 지난 4일 광주시를 방문해 업무협약서를 체결했다.\n"
    assert _parties(body) == [["한빛가스공사"]]
    body = "한빛가스공사 사장은 11일 충주시를 방문해 누리자동차와 업무협약을 체결했다.\n"
    assert "충청북도 충주시" not in _parties(body)[0]


def test_a_head_fused_with_their_title_after_the_company_stands_for_it():
    body = (
        "누리시는 30일 본사에서 박영진 한빛방송 대표이사, (주)누리팜 김하늘회장과 협약을 맺었다.\n"
    )
    (parties,) = _parties(body)
    assert "누리팜" in parties
    assert not any("김하늘" in name for name in parties)


@pytest.mark.parametrize(
    ("body", "party"),
    [
        (
            "전라북도교육청과 전북도는 25일 도청에서 협약식을 열었다. 참석자들은 "
            "도·도교육청·대학이 함께하는 추진단 구성에 합의하고 협약서에 서명했다.\n",
            "전북특별자치도교육청",
        ),
        (
            "울산시는 25일 시청에서 시교육청, 한빛대학교와 업무협약을 체결했다.\n",
            "울산광역시교육청",
        ),
    ],
)
def test_a_level_word_fused_to_an_own_body_is_the_home_governments_body(body: str, party: str):
    (parties,) = _parties(body)
    assert party in parties
    assert not {"도교육청", "시교육청"} & set(parties)


@pytest.mark.parametrize(
    "piece",
    [
        "자금",
        "판매",
        "공감대",
        "사업설명회",
        "숙박 그리고 음식",
        "함평 등",
        "이로써 순천",
        "이중우)",
        "일학습병행제 학위연계형 협약식",
        "산학협력",
        "대외협력",
        "국립대학 발전",
        "정책 개발",
        "자연적인 물 순환",
        "지방국토관리청 신설",
        "원주시 40%",
        "11쌍",
        "전력그룹사",
        "대통령님",
        "88고속도로 조기확장",
        "광주~대구간 내륙철도 건설",
        "생산시설",
        "이전 공공기관",
        "혁신지원기관",
        "회담",
        "게다",
        "일자리 창출",
        "인공지능",
    ],
)
def test_a_piece_of_the_sentence_never_signs_whichever_reader_found_it(piece: str):
    parties: list[Party] = []
    add_party(parties, Party(piece, (0, len(piece))))
    assert parties == []
    add_party(parties, Party("해원", (0, 2)))
    assert [p.name for p in parties] == ["해원"]


def test_a_body_whose_name_runs_an_aim_word_on_still_signs():
    parties: list[Party] = []
    for name in ("한국남동발전", "누리개발", "한빛순환"):
        add_party(parties, Party(name, (0, len(name))))
    assert [p.name for p in parties] == ["한국남동발전", "누리개발", "한빛순환"]


def test_places_before_a_group_of_bodies_own_it_and_the_members_named_before_sign():
    body = (
        "광주·전남 지역 5개 국립대학(한빛교대, 누리대, 다온대, 미르대, 새빛대)이 상생협력을 "
        "위해 손을 맞잡았다.\n"
        "16일 오전 누리대에서 5개 대학 총장들이 모두 자리한 가운데 ‘광주·전남 국립대학 간 혁신 "
        "및 자원공유 협약’을 체결했다.\n"
        "5개 대학은 이날 협약을 통해 △국립대학 혁신 발전모델 구축 △학술 및 행정정보 교류 확대 "
        "등에 합의했다.\n"
    )
    assert _parties(body) == [["한빛교대", "누리대", "다온대", "미르대", "새빛대"]]


@pytest.mark.parametrize("noun", ["대전지역", "경북 지역", "지역 대학", "국립대학", "동부권"])
def test_an_area_or_a_kind_of_body_never_signs(noun: str):
    parties: list[Party] = []
    add_party(parties, Party(noun, (0, len(noun))))
    assert parties == []
    for name in ("한빛지역개발", "삼성증권"):
        add_party(parties, Party(name, (0, len(name))))
    assert [p.name for p in parties] == ["한빛지역개발", "삼성증권"]


def test_what_an_agreement_provides_is_no_party():
    body = (
        "한국누리공사는 24일 한빛항만공사와 업무협약을 체결했다.\n"
        "두 기관은 물류 경쟁력 제고와 판매 확대, 자금 지원에 협력하기로 했다.\n"
    )
    (parties,) = _parties(body)
    assert set(parties) == {"한국누리공사", "한빛항만공사"}


@pytest.mark.parametrize(
    ("written", "party"),
    [
        ("새솔산단 선도기업협의회와", "새솔산단 선도기업협의회"),
        ("대한누리정보산업 협동조합연합회와", "대한누리정보산업 협동조합연합회"),
        ("인천 액셀러레이터(AC)협의회와", "인천 액셀러레이터협의회"),
    ],
)
def test_an_association_keeps_the_word_of_its_members_or_its_place_written_apart(
    written: str, party: str
):
    (parties,) = _parties(f"한빛수협은 25일 {written} 업무협약을 체결했다.\n")
    assert party in parties


def test_a_describing_word_before_an_association_is_no_part_of_its_name_in_a_list():
    (parties,) = _parties("한빛수협은 25일 소속 협의회, 누리대학교와 업무협약을 체결했다.\n")
    assert not any(name.startswith("소속") for name in parties)


def test_an_association_named_with_its_government_keeps_it():
    """ "천안시 축구협회와", "천안 축구협회와": the city whose members associate, whole or bare,
    is a word of the name, as the labels of real articles write it ("밀양시 관광협의회",
    "사천시 건축사협회"); a comma between them makes two partners."""
    (parties,) = _parties("한빛수협은 25일 천안시 축구협회와 업무협약을 체결했다.\n")
    assert parties == ["한빛수협", "천안시 축구협회"]
    (parties,) = _parties("한빛수협은 25일 천안 축구협회와 업무협약을 체결했다.\n")
    assert parties == ["한빛수협", "천안 축구협회"]
    (parties,) = _parties("한빛수협은 25일 천안시, 축구협회와 업무협약을 체결했다.\n")
    assert "천안시 축구협회" not in parties
    # A 새마을회, 상공회, 번영회 or 체육회 of members is named with its place as well, a
    # district with its city (many cities have a 중구).
    (parties,) = _parties("영광군 새마을회는 19일 서울 중구 새마을회와 자매결연을 맺었다.\n")
    assert parties == ["영광군 새마을회", "서울 중구 새마을회"]
    (parties,) = _parties("관악구 상공회는 19일 한빛대와 업무협약을 체결했다.\n")
    assert parties == ["관악구 상공회", "한빛대"]


def test_a_township_signs_for_itself_named_with_its_city_or_county():
    body = "산청군 단성면과 사하구 괴정동이 9일 단성면사무소에서 자매결연 협약식을 가졌다.\n"
    article = Article(title=None, body=body, published=PUBLISHED)
    (report,) = extract_agreements(article)
    assert [p.name for p in report.parties] == [
        "경상남도 산청군 단성면",
        "부산광역시 사하구 괴정동",
    ]
    assert [r.name for r in report.regions] == ["경상남도 산청군", "부산광역시 사하구"]


def test_a_common_word_shaped_like_a_township_is_none():
    body = "산청군 공동과 사하구 측면이 9일 면사무소에서 자매결연 협약식을 가졌다.\n"
    assert not any("공동" in p or "측면" in p for ps in _parties(body) for p in ps)


@pytest.mark.parametrize("before", ["관내", "민간단체", "올해 상반기", "각각"])
def test_a_word_describing_an_association_is_no_part_of_its_name(before: str):
    (parties,) = _parties(f"누리시는 25일 {before} 한빛관광협회와 업무협약을 체결했다.\n")
    assert "한빛관광협회" in parties


def test_a_neighbourhood_named_like_a_common_word_is_still_one_after_its_city():
    body = "제주시 연동과 서귀포시 대정읍은 17일 자매결연을 맺었다.\n"
    (parties,) = _parties(body)
    assert parties == ["제주특별자치도 제주시 연동", "제주특별자치도 서귀포시 대정읍"]
    body = "양산시 새마을운동과 누리시는 17일 업무협약을 체결했다.\n"
    assert not any("새마을운동" in p and "양산시" in p for ps in _parties(body) for p in ps)


def test_a_district_office_is_the_district_it_serves():
    parties: list[Party] = []
    add_party(parties, Party("인천광역시 중구", (0, 2), "인천광역시 중구"))
    add_party(parties, Party("중구청", (3, 6)))
    add_party(parties, Party("남동구청", (7, 11)))
    assert [p.name for p in parties] == ["인천광역시 중구", "남동구청"]


def test_a_latin_word_read_off_the_start_of_a_longer_name_is_that_party():
    parties: list[Party] = []
    add_party(parties, Party("SK E&S", (0, 6)))
    add_party(parties, Party("SK", (0, 2)))
    add_party(parties, Party("SKT", (8, 11)))
    assert [p.name for p in parties] == ["SK E&S", "SKT"]


def test_initials_that_open_a_name_in_hangul_are_one_signing_s_party():
    body = (
        "10일 창원시와 NC는 퓨처스팀 연고지를 창원시로 이전하는 내용을 담은 업무협약을 맺었다.\n"
        "10일 창원시와 NC다이노스가 퓨처스팀 창원 이전 등을 담은 상호발전 협약을 맺었다.\n"
    )
    reports = extract_agreements(Article(title=None, body=body, published=PartialDate(2024, 5, 10)))
    assert len(reports) == 1


def test_the_head_of_a_district_abroad_stands_for_the_district():
    body = (
        "광주 남구는 지난 8일 중국 광저우시 리완구 청사에서 천밍 리완구장과 교류 협약을 맺었다.\n"
    )
    (parties,) = _parties(body)
    assert "리완구" in parties
    assert "리완구장" not in parties


def test_a_dotted_run_of_partners_is_its_pieces_not_one_more_party():
    body = (
        "누리시산업진흥원은 지난 20일 누리미디어센터에서 새솔대학교를 비롯해 한빛대· 미르대·"
        "다온예술대·솔빛외국어대, 누리일자리재단 6개 기관과 창업 생태계 구축을 위한 "
        "업무협약을 체결했다.\n"
    )
    (parties,) = _parties(body)
    assert {"한빛대", "미르대", "다온예술대", "솔빛외국어대", "새솔대학교"} <= set(parties)
    assert not [name for name in parties if "·" in name]
    one = [Party("한빛대", (0, 3)), Party("미르대", (4, 7))]
    add_party(one, Party("한빛대·미르대", (0, 7)))
    assert [p.name for p in one] == ["한빛대", "미르대"]
    run_first = [Party("한빛대·미르대", (0, 7)), Party("한빛대", (0, 3))]
    add_party(run_first, Party("미르대", (4, 7)))
    assert [p.name for p in run_first] == ["한빛대", "미르대"]


def test_an_award_given_at_the_ceremony_is_no_party():
    body = (
        "누리시와 진황도시는 7일 우호협력도시 협정서에 서명했다.\n"
        "체결식에서는 감사패 수여와 양 도시간 행정교류인 '공무원파견협의서' 서명도 이뤄졌다.\n"
    )
    assert all("수여" not in parties for parties in _parties(body))


def test_kinds_of_partners_named_by_a_common_noun_are_no_party():
    for body in (
        "누리군은 16일 생산자, 유통기관과 3자 협약을 체결했다.\n",
        "누리군은 16일 여행사와 관광 활성화 협약을 맺었다.\n",
    ):
        assert _parties(body) == [["누리군"]], body


def test_a_deputy_for_a_portfolio_is_no_deputy_for_a_place():
    body = (
        "울산시와 한빛발전은 15일 시청에서 공동 협약을 체결했다.\n"
        "이날 협약식에는 울산광역시 서정욱 행정부시장, 한빛발전 김인완 기획본부장, "
        "미르도시공사 고호근 본부장 등이 참석했다.\n"
    )
    (parties,) = _parties(body)
    assert "행정시" not in parties
    assert not [name for name in parties if "김인완" in name or "고호근" in name]


def test_a_partner_reaches_the_agreement_across_a_sum_in_a_foreign_currency():
    body = (
        "누리도는 24일 영국 최대 유통업체인 한빛마트와 1억2100만 달러 규모의 양해각서를 체결했다.\n"
    )
    assert _parties(body) == [["누리도", "한빛마트"]]


def test_a_body_written_as_latin_initials_after_its_place_is_a_party():
    body = "30일 송도에서 ‘누리TP·인천경제청 바이오 산단 토지공급 협약’이 체결됐다.\n"
    assert _parties(body) == [["누리TP", "인천경제청"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "전남도와 신안군은 20일 도청에서 어업인 권익 증진, 해상풍력과 수산업 공존을 위한 "
        "상생협약을 체결했다.\n",
        "누리소방서와 한빛부대는 22일 효율적 통합방위작전 수행을 위한 업무협약을 체결했다.\n",
        "누리비엔날레는 12일 한빛미술협회와 지역미술 진흥과 문화예술 활성화를 위한 협약을 "
        "체결했다.\n",
    ],
)
def test_a_field_or_an_aim_before_the_agreement_is_no_party(sentence: str):
    (parties,) = _parties(sentence)
    assert not {"해상풍력", "수산업", "수행", "진흥"} & set(parties)
    assert len(parties) == 2


def test_a_long_name_ending_in_an_activity_word_is_a_body():
    parties: list[Party] = []
    add_party(parties, Party("국립수산물품질관리원통영지원", (0, 14)))
    assert [p.name for p in parties] == ["국립수산물품질관리원통영지원"]


@pytest.mark.parametrize("mark", ["▲", "▴", "◈"])
def test_a_list_mark_is_no_part_of_a_partners_name(mark: str):
    (parties,) = _parties(f"누리시는 12일 {mark}대성정밀과 투자협약을 체결했다.\n")
    assert parties == ["누리시", "대성정밀"]


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        (
            "대전시립박물관은 제주특별자치도 민속자연사박물관(관장 정세호)과 업무협약을 맺었다.\n",
            "제주특별자치도 민속자연사박물관",
        ),
        (
            "서울시는 12일 손해보험 사회공헌협의회와 업무협약을 체결했다.\n",
            "손해보험 사회공헌협의회",
        ),
    ],
)
def test_a_body_keeps_its_province_or_its_members_written_apart_before_it(sentence, party):
    (parties,) = _parties(sentence)
    assert party in parties


def test_a_place_written_short_or_a_places_own_body_keeps_its_own_name():
    (parties,) = _parties("영동군은 12일 대전 건양대학교의료원과 업무협약을 체결했다.\n")
    assert "대전광역시 건양대학교의료원" not in parties
    (parties,) = _parties("순천시의회는 12일 서울특별시 강서구의회와 자매결연 협약을 체결했다.\n")
    assert "서울특별시 강서구의회" not in parties


@pytest.mark.parametrize("sum_", ["2억7000만불", "1400만불"])
def test_a_sum_in_dollars_written_any_way_is_no_party(sum_: str):
    sentence = f"12일 유치단은 3M, Air Products 2개사와 {sum_}의 투자협약을 체결했다.\n"
    assert not any(sum_ in name for names in _parties(sentence) for name in names)


@pytest.mark.parametrize("thing", ["전망대", "판매대", "관람대"])
def test_a_thing_ending_in_대_is_no_university_written_short(thing: str):
    body = f"누리항만공사는 한빛항과 협력합의서를 체결한 뒤 누리항 {thing}와 홍보관을 둘러봤다.\n"
    assert _parties(body) == [["누리항만공사", "한빛항"]]


def test_the_first_deputy_mayor_of_a_city_stands_for_the_city_and_제1_is_no_place():
    body = (
        "경상남도가 22일 도정회의실에서 한빛물류센터와 누리로지스틱스가 물류센터를 설립하는 "
        "투자협약을 체결했다. 이날 협약식은 박완수 도지사, 장금용 창원시 제1부시장, 노승현 "
        "한빛물류센터 대표이사가 참석한 가운데 진행됐다.\n"
    )
    (names,) = _parties(body)
    assert "경상남도 창원시" in names and not [n for n in names if n.startswith("제1")]


def test_a_minister_named_with_the_ministry_fused_stands_for_the_ministry():
    body = (
        "최문수 미래창조과학부장관과 김영철 대전시장, 이정민 한빛연구원장은 이날 정부 "
        "과천청사에서 업무협약을 맺었다.\n"
    )
    (names,) = _parties(body)
    assert sorted(names) == sorted(["미래창조과학부", "대전광역시", "한빛연구원"])


def test_a_sum_of_money_is_never_a_party_whichever_reader_found_it():
    parties: list[Party] = []
    for name in ("1400만불", "200만불 규모", "3억 원", "한빛테크"):
        add_party(parties, Party(name=name, span=(0, 0)))
    assert [p.name for p in parties] == ["한빛테크"]


def test_names_joined_by_hyphens_are_each_a_party_also_before_latin_initials():
    body = (
        "누리도-누리신용보증재단-NH농협은행은 24일 도청에서 소상공인 금융지원 업무협약을 "
        "체결했다.\n"
    )
    (names,) = _parties(body)
    assert {"누리신용보증재단", "NH농협은행"} <= set(names)
    assert not [n for n in names if "-" in n]


@pytest.mark.parametrize(
    "visit", ["방문", "실리콘밸리 견학", "한빛대학교 방문", "공장 시찰", "인민위원회", "성정부"]
)
def test_a_visit_or_a_body_abroad_without_its_place_is_never_a_party(visit: str):
    parties: list[Party] = []
    add_party(parties, Party(name=visit, span=(0, 0)))
    assert parties == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A Chinese region's chairman (주석) stands for the region.
        (
            "이철우 경북도지사와 장위 닝샤회족자치구 주석이 20일 자매결연 협정서에 서명했다.",
            ["경상북도", "닝샤회족자치구"],
        ),
        # A Vietnamese province's party secretary (당서기) is a person, not a party.
        (
            "경남도는 2일 베트남 누리성 응웬 반 안 당서기와 친선결연 협정을 체결했다.",
            ["경상남도", "누리성"],
        ),
        # "게다가" opens the sentence; "함께" stands before a list, in no name.
        ("게다가 강릉시는 태영건설과 새 업무협약을 맺었다.", ["강원특별자치도 강릉시", "태영건설"]),
        (
            "횡성군은 함께 오네산업, 케이프라이드와 투자협약을 체결했다.",
            ["강원특별자치도 횡성군", "오네산업", "케이프라이드"],
        ),
    ],
)
def test_words_around_the_names_are_no_part_of_them(sentence: str, expected: list[str]):
    (parties,) = _parties(sentence + "\n")
    assert parties == expected


def test_a_footnote_mark_is_no_part_of_the_names_it_lists():
    body = (
        "새솔시는 정부새솔청사, 한국미르공사 등 새솔 소재 4개 공공기관* 급식에 48개 품목의 "
        "지역농산물을 공급하는 업무협약을 17일 체결했다고 밝혔다.\n"
        "* 정부새솔청사, 한국솔빛연구원, 새솔인재개발원, 한국미르공사\n"
        "이번 협약에는 새솔시, 정부새솔청사 등 새솔지역 4개 공공기관이 참여했다."
    )
    assert _parties(body) == [
        ["새솔시", "한국미르공사", "정부새솔청사", "한국솔빛연구원", "새솔인재개발원"]
    ]


@pytest.mark.parametrize(
    "name", ["그룹", "8기", "민선 8기", "설치", "운영위원회", "출범식 후 한국관광공사", "종교기관"]
)
def test_a_group_word_a_term_of_office_a_plain_noun_or_a_clause_never_signs(name: str) -> None:
    assert never_signs(name)


@pytest.mark.parametrize("order", [("우리은행장", "우리은행"), ("우리은행", "우리은행장")])
def test_a_head_fused_with_the_body_already_a_party_is_that_body(order: tuple[str, str]):
    parties: list[Party] = []
    for name in order:
        add_party(parties, Party(name, (0, len(name))))
    assert [p.name for p in parties] == ["우리은행"]


def test_a_word_pointing_back_neither_signs_nor_cuts_the_partner_off():
    body = "한빛공사와 누리관리공단은 13일 다온물산과 이같은 내용을 담은 양해각서를 체결했다.\n"
    [report] = extract_agreements(Article(None, body, published=PartialDate(2024, 3, 14)))
    assert [p.name for p in report.parties] == ["한빛공사", "누리관리공단", "다온물산"]
    told = "이같은 입장 차이로 포항시와 한빛중공업은 13일 협약을 체결했다.\n"
    [report] = extract_agreements(Article(None, told, published=PartialDate(2024, 3, 14)))
    assert "이같" not in {p.name for p in report.parties}


@pytest.mark.parametrize(("adverb", "stem"), [("더욱이", "더욱"), ("나아가", "나아")])
def test_an_adverb_opening_the_sentence_is_no_party(adverb, stem):
    sentence = f"{adverb} 시는 의회 동의 없이 12일 한빛대학교 산학협력단과 업무협약을 체결했다."
    assert stem not in {name for parties in _parties(sentence) for name in parties}


def test_a_broadcast_script_recalling_this_year_signings_adds_no_party():
    script = (
        "부산 북구, 교육청과 교육지구 협약\n\n"
        "부산시교육청과 북구청이 오늘 교육지구 운영 업무협약을 맺었습니다.\n"
        "이번 협약에 따라 시교육청과 북구청은 각각 2억원씩 투자해\n"
        "맞춤형 프로그램을 운영하게 됩니다.\n\n"
        "부산에서는 서구와 동구가 지난해부터 교육지구를 운영해 왔고,\n"
        "올들어서는 지난 7월 사하구에 이어 이번에 북구도 관련 협약을 체결해\n"
        "4개 구 모두가 내년부터 교육지구를 함께 운영하게 됩니다.(홍길동 기자)\n"
    )
    found = [
        [p.name for p in report.parties]
        for article in parse_articles(script)
        for report in extract_agreements(article)
    ]
    assert found == [["부산광역시교육청", "부산광역시 북구"]]


def test_a_verb_or_a_phrase_of_common_words_after_the_signing_is_no_party():
    body = (
        "남도시는 18일 시청 소회의실에서 국내 9개 유망 기업과 500억원 규모 투자협약을"
        " 체결했다.이로써 남도시는 올 한해 20개사와 1,000억원 규모 투자 실적을 거두었고,"
        " 이번 협약으로는 기업의 이전, 신설 투자와 함께 98명을 신규 고용할 계획이다.이날"
        " 협약사 중 ㈜한빛정밀, 누리정공㈜ 2개 기업은 자동차부품 제조사로 생산시설 증설을"
        " 계획하고 있다.\n"
    )
    for names in _parties(body):
        assert "거두었고" not in names
        assert "신설 투자" not in names


def test_a_quantity_bought_after_the_signing_is_no_party():
    body = (
        "누리군(군수 홍길동)과 누리농협(조합장 김누리), 입주기업 ㈜한빛푸드(대표 이한빛)는"
        " 지역농산물 이용 확대를 위한 업무협약을 체결하고 올해 마늘과 생강, 양파 327t(약 7억"
        " 원)을 수매했다.\n"
    )
    assert all("양파 327t" not in names for names in _parties(body))


def test_private_associations_as_a_kind_are_no_party():
    body = (
        "한빛관광공사(사장 김한빛)는 5일 웰컴센터에서 도내 관광 분야의 공공기관 및"
        " 민간협회와의 상생협력체계를 마련하기 위해 업무협약을 체결했다.\n"
    )
    assert _parties(body) == [["한빛관광공사"]]


def test_a_prefecture_head_written_after_the_prefecture_names_it_as_the_party():
    body = (
        "김한빛 한빛중앙회장은 지난달 30일 이용희 옌볜조선족자치주 주장과 상호 업무협력을 위한"
        " 업무협정을 체결했다.\n"
    )
    (report,) = extract_agreements(Article(title=None, body=body, published=PUBLISHED))
    assert "옌볜조선족자치주" in [p.name for p in report.parties]
    assert "주장" not in [p.name for p in report.parties]
    assert "이용희" in [s.name for s in report.signatories]


def test_the_head_of_a_body_named_for_a_yard_is_read_as_the_body():
    body = (
        "김누리 군수는 7일 한빛공판장에서 누리농협과 공동으로 박한빛 한빛농협공판장장과"
        " 업무협약을 체결했다.\n"
    )
    (names,) = _parties(body)
    assert "한빛농협공판장" in names
    assert "한빛농협공판장장" not in names


def test_the_word_for_signing_before_a_place_in_brackets_is_no_party():
    """ "‘…업무협약 체결(대구)’과 ‘…협약 체결(서울)’": old signings quoted by title and place
    (a lead with no headline above it, the page's first line)."""
    text = (
        "이번 협약은 2011년 ‘빛고을 체전 성공개최를 위한 업무협약 체결(대구)’과 ‘2014년 관광협약"
        " 체결(서울)’을 통해 형성된 양 시의 우호협력 관계를 한 단계 더 발전시켜 구체적인"
        " 사업분야에서 협력하기 위한 것이다.\n\n이에 따라 대구시와 서울시는 청년, 관광 등 5대"
        " 분야 15개 과제를 선정하고 협력을 추진하기 위해 MOA를 체결키로 했다.\n"
    )
    (article,) = parse_articles(text)
    reports = extract_agreements(article)
    assert all("체결" not in [p.name for p in report.parties] for report in reports)


def test_a_schedule_s_fields_flattened_into_a_list_are_no_parties():
    """A government plan pasted flat: "○ 일 시 : 6. 7. 13:30~14:20 ○ 장 소 : 평창군청"."""
    line = (
        "우호교류 협약식 개최계획 ○ 일 시 : 2017. 6. 7.(수) 13:30~14:20(50') ○ 장 소 : 평창군청"
        " ○ 참 석 자 : 서울시장, 평창군수, 양 시·군 관계자 등"
    )
    assert roster(line, (0, len(line))) == []


def test_a_kind_of_maker_before_a_count_of_companies_is_no_party():
    body = (
        "누리개발청과 가온도는 24일 본청에서 친환경 생활용품 제조기업 등 5개 기업과"
        " 투자협약을 맺었다."
    )
    (parties,) = _parties(body)
    assert "제조기업" not in parties


def test_a_council_s_leaders_named_as_a_group_are_no_party_of_their_own():
    body = "오 시장은 본회의 종료 후 김솔 서울시의회 의장 등 의장단과 만나 업무협약서에 서명했다."
    for parties in _parties(body):
        assert "의장단" not in parties
