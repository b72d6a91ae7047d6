"""Signing reports in forms real outlets write, each a general rule with our own sentences."""

from __future__ import annotations

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.models import Article, PartialDate

PUBLISHED = PartialDate(2021, 2, 26)


def _reports(body: str, title: str | None = None):
    return extract_agreements(Article(title=title, body=body, published=PUBLISHED))


def test_a_city_abroad_introduced_with_its_country_is_a_party_when_named_again_alone():
    body = (
        "누리군이 중국 강소성 관남현과 15년간 이어온 우정을 자매결연으로 높였다.\n"
        "군과 관남현은 25일 협정서에 서명한 뒤 우편으로 교환하는 방식으로 자매결연을 했다.\n"
    )
    body = body.replace("누리군", "증평군")
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"충청북도 증평군", "관남현"}
    assert report.date == PartialDate(2021, 2, 25)


def test_an_event_named_for_its_agreement_and_held_is_a_signing():
    body = (
        "충북 청주시와 증평군은 상생협력벨트를 구축하기로 했다고 18일 밝혔다.\n"
        "두 시군은 이날 콘텐츠랩 세미나실에서 ‘상생협력벨트 MOU 및 워크숍’을 열었다.\n"
    )
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"충청북도 청주시", "충청북도 증평군"}
    assert "MOU" not in {p.name for p in report.parties}


def test_a_joint_declaration_adopted_by_two_cities_is_an_agreement():
    body = "충주시와 일본 유가시는 25일 시청에서 우호교류 촉진 '공동선언문'을 채택했다.\n"
    (report,) = _reports(body)
    assert report.kind == "공동선언"
    assert {p.name for p in report.parties} == {"충청북도 충주시", "유가시"}


def test_names_run_together_by_commas_or_dot_leaders_are_each_a_party():
    body = "도와 원주시는 21일 시청에서 더마펌,누리나무,설성식품과 투자협약을 맺었다.\n"
    (report,) = _reports(body.replace("도와", "강원도와"))
    assert {"더마펌", "누리나무", "설성식품"} <= {p.name for p in report.parties}
    dotted = "군산시․전라북도․한빛대학교가 13일 협약을 체결했다.\n"
    (report,) = _reports(dotted)
    assert {p.name for p in report.parties} == {
        "전북특별자치도 군산시",
        "전북특별자치도",
        "한빛대학교",
    }


def test_a_head_named_with_the_organisation_brings_only_the_organisation():
    body = (
        "경북도와 포항시, 누리케미칼은 8일 포항시청에서 이철우 경북도지사, 이강덕 포항시장, "
        "누리케미칼 민경준 대표이사 등이 참석한 가운데 투자양해각서(MOU)를 체결했다.\n"
    )
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"경상북도", "경상북도 포항시", "누리케미칼"}


def test_a_headcount_of_staff_is_not_a_party():
    body = (
        "청주시와 한빛대학교는 17일 이승훈 청주시장과 윤여표 한빛대학교 총장, 관련 부서장 "
        "10여명이 참석한 가운데 공동협력 업무협약을 체결했다.\n"
    )
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"충청북도 청주시", "한빛대학교"}


def test_partners_listed_further_down_with_their_count_are_parties():
    body = (
        "부산시는 18일 서울에서 국토연구원, 민간기업이 참여하는 업무협약을 체결했다.\n"
        "이번 협약은 도시계획 기술개발을 위해 마련됐다.\n"
        "시는 지난 5월 실증 지자체로 선정됐다.\n"
        "이번 협약에 참여하는 민간기업은 한빛텔레콤, KT, 누리카드, KB국민은행 등 4개사다.\n"
    )
    (report,) = _reports(body)
    assert {"한빛텔레콤", "KT", "누리카드", "KB국민은행"} <= {p.name for p in report.parties}


def test_a_legal_form_after_the_subject_opens_the_next_name():
    body = "전라남도는 주식회사 세아누리 등 6개 기업과 7000억원 규모의 투자 협약을 맺었다.\n"
    (report,) = _reports(body)
    assert {"전라남도", "세아누리"} <= {p.name for p in report.parties}


def test_of_two_name_shaped_words_before_a_title_the_one_used_as_a_noun_is_the_body():
    body = (
        "현대차는 12일 울산공장에서 이동석 현대차 대표이사와 김두겸 울산시장 등이 참석한 "
        "가운데 울산시와 수소 생태계 업무협약(MOU)을 체결했다.\n"
    )
    (report,) = _reports(body)
    assert ("이동석", "현대차") in {(s.name, s.organization) for s in report.signatories}
    assert "이동석" not in {p.name for p in report.parties}


def test_a_usual_short_name_goes_by_the_full_name_the_article_writes():
    body = (
        "현대자동차가 울산시와 수소 도시 조성에 힘을 모은다.\n"
        "현대차는 12일 울산시와 수소 생태계 구축을 위한 업무협약을 체결했다.\n"
    )
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"현대자동차", "울산광역시"}
    body = (
        "KAI는 지난 21일 경남도청에서 에어쇼 확대를 위해 경상남도, 사천시와 업무협약을 체결했다.\n"
        "강구영 한국항공우주산업 대표이사와 박완수 경남도지사가 협약서에 서명했다.\n"
    )
    (report,) = _reports(body)
    assert "KAI" not in {p.name for p in report.parties}


def test_an_assembly_abroad_is_named_with_its_province():
    body = "광주시의회가 12일 베트남 응에안성 인민의회와 우호 교류협약을 체결했다.\n"
    (report,) = _reports(body)
    assert "응에안성 인민의회" in {p.name for p in report.parties}


def test_a_deputys_title_is_never_a_party():
    body = (
        "광주시의회가 베트남 응에안성 인민의회와 우호 교류협약을 체결했다.\n"
        "심철의 광주시의회 부의장이 12일 부이 딩럼 응에안성 인민위원회 부위원장과 "
        "우호 교류 협약을 체결한 뒤 기념촬영을 했다.\n"
    )
    (report,) = _reports(body)
    assert not {"부위원장", "부의장"} & {p.name for p in report.parties}


def test_last_years_signing_in_an_undated_article_is_background():
    body = (
        "광주시의회는 22일 응에안성 대표단을 만났다.\n"
        "광주시의회는 지난해 10월 베트남 응에안성 인민의회와 우호 교류 협약을 체결, "
        "교류를 이어오고 있다.\n"
    )
    assert extract_agreements(Article(title=None, body=body, published=None)) == []


def test_a_signing_in_a_persons_quoted_words_is_not_reported_but_a_bodys_statement_is():
    said = (
        "한빛군연합회와 누리군연합회가 15일 자매결연 협약을 체결했다.\n"
        "권오선 회장은 “누리군연합회와 자매결연을 맺게 되어 기쁘다”고 말했다.\n"
    )
    assert len(_reports(said)) == 1
    stated = (
        "보건소는 “서울와이즈요양병원을 비롯해 선병원 등 지역 병의원과 업무협약을 체결하고 "
        "보건사업을 효율화한다”고 31일 밝혔다.\n"
    )
    assert len(_reports(stated.replace("보건소는", "의왕시보건소는"))) == 1
    with_its_head = (
        "누리군(군수 김하늘)은 “산림경영단지의 효율적 추진을 위해 29일 누리군산림조합과 "
        "업무협약을 체결했다”고 밝혔다.\n"
    )
    assert len(_reports(with_its_head)) == 1


def test_a_clause_about_an_earlier_signing_does_not_unsay_the_main_clause():
    body = (
        "도는 나라현과 지난 2007년 협력의향서를 교환하고, 이듬해 문화교류협정을 체결한 뒤 "
        "교류를 진행해 왔으며, 이번 협정은 그동안의 교류를 바탕으로 26일 체결했다.\n"
    )
    (report,) = _reports(body.replace("도는", "충남도는"))
    assert report.date == PartialDate(2021, 2, 26)


def test_a_governors_name_and_title_is_no_party_and_a_signature_given_is_a_signing():
    body = (
        "안희정 충남도지사는 26일 나라현 나라호텔에서 아라이 쇼고 현지사와 "
        "우호교류협정서에 서명을 했다.\n"
    )
    (report,) = _reports("일본 나라현과 충남도가 손을 잡았다.\n" + body)
    assert {p.name for p in report.parties} == {"충청남도", "나라현"}


def test_a_list_of_what_the_signing_covers_is_no_new_signing_and_the_ceremony_dates_it():
    body = (
        "군산시가 ㈜한빛주물 등 24개 업체와 시청 상황실에서 투자유치에 관한 협약을 체결했다.\n"
        "26일 개최된 협약식에는 문동신 시장을 비롯해 24개 기업대표와 상공회의소 회장 등이 "
        "참석했다.\n"
        "투자협약 체결 주요내용은 ▲군산시와 혁신추진단에서는 인센티브 제공 ▲행정 지원 등이다.\n"
    )
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"전북특별자치도 군산시", "한빛주물"}
    assert report.date == PartialDate(2021, 2, 26)


def test_bearing_fruit_is_no_signing_and_sentences_pasted_without_spaces_still_split():
    idiom = "양 도시는 협의를 이어 왔고 자매결연이라는 좋은 결실을 맺게 됐다.\n"
    assert _reports(idiom) == []
    glued = (
        "경남 진주시가 미국 콜럼버스시와 친선결연 협약을 맺어 교류에 나선다.진주시는 조규일 "
        "시장이 26일 시청에서 협약을 체결했다고 밝혔다.진주시는 이번 협약이 좋은 결실을 "
        "맺었다고 설명했다.\n"
    )
    (report,) = _reports(glued)
    assert {"경상남도 진주시", "콜럼버스시"} <= {p.name for p in report.parties}


def test_a_subject_after_its_place_is_a_party():
    body = "서울 관악구의회(의장 왕정순)는 17일 창녕군에서 창녕군의회와 자매결연 협약을 체결했다.\n"
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"관악구의회", "창녕군의회"}


def test_aims_and_kinds_of_companies_before_와_are_not_partners():
    body = (
        "광주시와 한국토지주택공사는 17일 광주시 성장관리와 자족도시 실현을 위한 "
        "‘지역발전 기본협약’을 체결했다.\n"
        "도는 12일 도청 회의실에서 도내 주력산업 선도기업과 투자협약을 체결했다.\n"
    )
    names = {p.name for r in _reports(body.replace("광주시와", "경기 광주시와")) for p in r.parties}
    assert not {"성장관리", "선도기업"} & names


def test_the_headline_names_the_partner_a_signing_sentence_leaves_out():
    body = (
        "울산시는 12일 오후 2시 울산공장 홍보관에서 '수소생태계 구축 협력'을 위한 "
        "업무협약을 체결했다고 밝혔다.\n"
    )
    title = "울산시와 한빛자동차(주)가 수소 도시를 만들기 위해 힘을 모은다."
    (report,) = _reports(body, title=title)
    assert {p.name for p in report.parties} == {"울산광역시", "한빛자동차"}


def test_a_bound_of_a_period_does_not_date_the_signing():
    body = (
        "서울시는 지난 16일 중구, 용산구와 시설 이용 기간을 오는 31일에서 '폐쇄 시까지'로 "
        "연장하는 협약을 맺었다.\n"
    )
    (report,) = _reports(body)
    assert report.date == PartialDate(2021, 2, 16)


def test_a_list_marker_is_not_part_of_a_partys_name():
    body = "▲군산시와 한빛대학교는 13일 산학협력 협약을 체결했다.\n"
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"전북특별자치도 군산시", "한빛대학교"}


def test_a_broadcast_script_dates_by_its_bracketed_day_and_spaced_양해_각서_is_an_mou():
    body = (
        "울산시는 오늘(6\\/8) 한빛주식회사와 누리중공업, 그리고 추진위원회 관계자들이 참석한 "
        "가운데, 천 800억원 규모의 투자 양해 각서를 체결했습니다.\n"
    )
    (report,) = extract_agreements(Article(title=None, body=body, published=None))
    assert report.date == PartialDate(None, 6, 8)
    assert report.kind in ("MOU", "투자협약")


def test_a_broadcast_script_dates_by_its_bracketed_day_without_일():
    body = (
        "누리시와 한빛군은 오늘(13) 서울에서 열린 투자유치 설명회에서 미르화학과 투자협약을 "
        "체결했다고 밝혔습니다.\n"
    )
    (report,) = extract_agreements(Article(title=None, body=body, published=None))
    assert report.date == PartialDate(None, None, 13)


def test_a_press_release_dates_today_by_its_dotted_month_and_day():
    body = (
        "(사)한빛범죄피해자지원센터는 금일(10. 28.) 누리지청 대회의실에서 누리지청과 함께 "
        "범죄피해자 통합지원 협약을 체결하였다.\n"
    )
    (report,) = extract_agreements(Article(title=None, body=body, published=None))
    assert report.date == PartialDate(None, 10, 28)
    # Without its closing dot, "(2.5)" is a number, not February 5th.
    body = "한빛시는 이날(2.5) 누리대와 협약을 체결했다.\n"
    (report,) = extract_agreements(Article(title=None, body=body, published=None))
    assert report.date is None


def test_a_verb_before_the_agreements_name_is_no_party():
    body = (
        "강원도 경제부지사와 지린성 부성장은 14일 회담에서 협력에 의견을 같이하고, "
        "'강원도와 지린성 간 우호교류협력 강화를 위한 합의서'에 서명했다.\n"
    )
    (report,) = _reports(body)
    assert "같이하고" not in {p.name for p in report.parties}
    assert "강원특별자치도" in {p.name for p in report.parties}


def test_a_ceremony_to_be_held_dates_the_planned_signing_the_lead_refers_to():
    body = (
        "전남지사의 첫 결재는 3천억원 규모 투자협약 체결 건이 될 것으로 보인다.\n"
        "26일 전남도에 따르면 지사는 첫 출근일인 27일 한빛소재와의 투자협약 체결 건에 대해 "
        "첫 결재를 할 예정이다.\n"
        "투자협약식은 오는 5일 광양만권경제자유구역청에서 열린다.\n"
    )
    (report,) = _reports(body)
    assert (report.status, report.date) == ("planned", PartialDate(2021, 3, 5))
    assert {"전라남도", "한빛소재"} <= {p.name for p in report.parties}


def test_a_preview_with_a_mistyped_quote_is_one_planned_signing_of_every_named_party():
    body = (
        "광주 남구가 나주시 및 화순군, (재)미래연구소와 상생 발전의 협력 모델을 만들기 위해 "
        "손을 맞잡는다.\n"
        "26일 남구에 따르면 오는 3월 2일 오전 11시 구청 6층 중회의실에서 "
        "‘남구-나주시-화순군-(재)미래연구소 ’생활권 상생발전 협약식‘이 열린다.\n"
        "또 (재)미래연구소는 협약 체결기관과 주요 현안사업에 대한 정책 자문을 맡는다.\n"
    )
    (report,) = _reports(body)
    assert (report.status, report.date) == ("planned", PartialDate(2021, 3, 2))
    assert {p.name for p in report.parties} == {
        "광주광역시 남구",
        "전라남도 나주시",
        "전라남도 화순군",
        "미래연구소",
    }


def test_a_city_abroad_introduced_by_what_it_is_and_a_council_that_signs_too():
    body = (
        "광주광역시는 26일 베트남 중북부 중심 도시인 응에안성과 자매결연을 했다고 밝혔다.\n"
        "두 도시는 매년 상호 방문, 관광 개발, 공무원 교류 등 3개 항목에 합의했다.\n"
        "광주시의회도 응에안성 인민회의와 우호 교류 협약을 했다.\n"
    )
    assert [sorted(p.name for p in r.parties) for r in _reports(body)] == [
        ["광주광역시", "응에안성"],
        ["광주광역시의회", "응에안성 인민회의"],
    ]


def test_a_side_actor_brought_in_too_is_not_the_subject_a_later_signing_leaves_out():
    body = (
        "순천시는 23일 우호 교류도시인 중국 닝보시를 방문해 기념행사를 열었다.\n"
        "순천시의회도 양 시의회의 교류 사업을 추진하기로 했다.\n"
        "25일에는 중국 한빛무역공사와 매실 수출 양해각서(MOU)를 교환했다.\n"
    )
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"전라남도 순천시", "한빛무역공사"}


def test_words_of_a_clause_are_never_one_name():
    from mouarchive.extract.bare_names import name_alone

    assert name_alone("이미 진양제약") == "진양제약"
    assert name_alone("국토연구원과 SK텔레콤") is None
    assert name_alone("당사자인 마포구의 동의 없") is None
    assert name_alone("남해에는 각") is None
    assert name_alone("의견을 같이하고") is None
    assert name_alone("한국의집") == "한국의집"


def test_a_history_of_signings_a_definition_and_the_agreement_retold_are_no_new_signing():
    body = (
        "충남도는 26일 도청에서 일본 한빛현과 우호교류협정을 체결했다.\n"
        "이번 협정은 해외 지방자치단체와의 첫 우호교류협정이며 일본 지역과는 세 번째 맺는 "
        "교류협정이다.\n"
        "도는 1983년 규슈 구마모토현, 2011년 나라현과 각각 협정을 맺고 교류하고 있다.\n"
        "자매도시는 문화 교류를 목적으로 하는 도시 관계로 양해각서를 체결해 강제성을 띠지 않는다.\n"
    )
    (report,) = _reports(body)
    assert report.date == PartialDate(2021, 2, 26)
    assert "충청남도" in {p.name for p in report.parties}
    assert not {"지방자치단체", "나라현", "자매도시"} & {p.name for p in report.parties}


def test_an_undated_signing_told_as_the_start_of_what_goes_on_is_background():
    body = (
        "평창군과 중국 웨이팡시는 26일 용평리조트에서 상호협력 협약을 체결했다.\n"
        "한편 군은 중국 쓰촨성 루저우시, 길림성 안도현과 우호교류협약을 맺고 국제교류를 통한 "
        "상호발전에 힘쓰고 있다.\n"
        "충주시와 유가와라정은 지난 94년 11월 자매결연 협정을 맺고 다양한 교류를 펼쳐 왔다.\n"
    )
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"강원특별자치도 평창군", "웨이팡시"}


def test_councils_joined_by_a_hyphen_in_the_headline_are_the_parties_a_sentence_leaves_out():
    body = "구의회에 따르면 최근 경남 창녕군에서 창녕군의회와의 자매결연 협약을 체결했다.\n"
    (report,) = _reports(body, title="관악구의회-창녕군의회, 자매결연 체결")
    assert {p.name for p in report.parties} >= {"관악구의회", "창녕군의회"}


def test_a_sisterhood_ceremony_held_is_a_signing_and_a_bare_council_word_no_party():
    body = (
        "서귀포시와 서대문구는 26일 오후 서귀포시 천지동과 서대문구 천연동 주민자치위원회가 "
        "천연동 주민센터에서 자매결연식을 개최했다고 밝혔다.\n"
        "이날 협의회는 교류 사업을 함께 추진하기로 했다.\n"
    )
    (report,) = _reports(body)
    assert report.date == PartialDate(2021, 2, 26)
    assert "천연동 주민자치위원회" in {p.name for p in report.parties}
    assert not {"협의회", "위원회"} & {p.name for p in report.parties}


def test_a_statement_day_dates_the_signing_the_next_sentence_tells_as_of_that_day():
    body = (
        "누리개발공사와 한빛도시공사는 누리개발공사 중회의실에서 '신규 개발사업 발굴 공동 수행 "
        "협약'을 체결했다고 26일 밝혔다.\n"
        "이날 협약은 지난해 12월 체결된 상생 협약의 후속 조치다.\n"
    )
    (report,) = _reports(body)
    assert report.date == PartialDate(2021, 2, 26)


@pytest.mark.parametrize(
    "next_sentence",
    [
        "이날 업무협약은 접경지역에서 화재가 늘어 예방 활동을 강화하고자 마련됐다.",
        "이날 회의에는 구청장과 대표이사 등 간부 30여 명이 참석했다.",
    ],
)
def test_a_statement_day_dates_a_signing_whatever_the_next_sentence_tells_of_이날(
    next_sentence: str,
):
    body = (
        "한빛소방본부와 누리군단이 접경지역 화재예방을 위한 안전컨설팅 업무협약을 "
        f"체결했다고 26일 밝혔다.\n{next_sentence}\n"
    )
    (report,) = _reports(body)
    assert report.date == PartialDate(2021, 2, 26)


def test_a_phrase_of_manner_before_a_signing_is_no_party():
    body = (
        "사전행사로는 지원사업 발대식이 26일 열려, 동서대 등 9개 지역대학과 부산시 간 협약을 "
        "맺었다.\n"
    )
    names = {p.name for r in _reports(body) for p in r.parties}
    assert "사전행사로" not in names and "부산광역시" in names


def test_the_two_cities_of_a_headline_are_the_parties_of_a_sentence_naming_them_양_도시():
    body = (
        "횡성군이 자매결연도시와의 20년 우정을 기념하는 행사를 26일 열었다.\n"
        "이어 열린 환영 리셉션에서는 양 도시의 교류 확대에 뜻을 모은 우호교류 촉진 "
        "‘공동선언문’을 채택했다.\n"
    )
    reports = _reports(body, title="횡성군-중국 린하이시 자매결연 20주년 기념행사 개최")
    assert [sorted(p.name for p in r.parties) for r in reports] == [
        ["강원특별자치도 횡성군", "린하이시"]
    ]


def test_the_two_cities_of_the_lede_serve_when_the_headline_names_none():
    body = (
        "강원 횡성군은 자매결연 도시인 중국 저장성 린하이시와의 20년 우정을 기념하는 행사를 "
        "열었다고 26일 밝혔다.\n"
        "환영 리셉션에서는 양 도시의 교류 확대를 위한 우호교류 촉진 '공동선언문'을 채택했다.\n"
    )
    reports = _reports(body, title="우호교류 촉진 '공동선언문' 채택")
    assert [sorted(p.name for p in r.parties) for r in reports] == [
        ["강원특별자치도 횡성군", "린하이시"]
    ]


def test_a_place_body_named_again_alone_is_the_one_named_in_full():
    body = (
        "충남교육청과 보령시는 26일 마을교육 업무협약을 체결했다.\n"
        "한편, 교육청은 1기 업무협약이 끝나는 서산시와 27일 업무협약을 체결했다.\n"
    )
    names = [sorted(p.name for p in r.parties) for r in _reports(body)]
    assert ["충청남도 서산시", "충청남도교육청"] in names
    assert not any("교육청" in n for n in names)


def test_a_letter_of_intent_exchanged_on_the_way_to_a_relation_is_a_signing():
    body = (
        "길림성 도문시와 한국 보령시가 지난 3월 31일 우호협력도시 체결을 위한 의향서를 교환했다.\n"
    )
    (report,) = _reports(body)
    assert report.kind == "의향서"
    assert {p.name for p in report.parties} == {"도문시", "충청남도 보령시"}
    signed = "사천시와 중국 래양시가 31일 화상회의를 통해 우호협력관계 수립 의향서에 서명했다.\n"
    (report,) = _reports(signed)
    assert report.kind == "의향서" and report.date == PartialDate(2021, 1, 31)


def test_a_joint_statement_adopted_and_a_protocol_signed_are_agreements():
    body = "5일 충남도는 중국 연변조선족자치주와 교류협력 강화를 위한 공동성명을 채택했다.\n"
    (report,) = _reports(body)
    assert report.kind == "공동선언"
    protocol = (
        "서귀포시는 18일 상해시 숭명구와 '2025년 ~ 2026년 교류협력 강화' 협의서를 체결했다.\n"
    )
    (report,) = _reports(protocol)
    assert report.kind == "합의문"
    assert report.date == PartialDate(2021, 2, 18)


def test_the_relation_named_nearest_the_verb_is_the_kind():
    body = "평택시는 중국 일조시와 우호교류 협약을 체결했다.\n"
    (report,) = _reports(body)
    assert report.kind == "우호협력"
    raised = "평택시는 10일 중국 일조시와 우호 교류보다 한 단계 격상한 자매도시 협약도 했다.\n"
    (report,) = _reports(raised)
    assert report.kind == "자매결연"


def test_a_quoted_event_of_a_relation_is_no_agreement_title():
    body = (
        "서귀포시는 18일 『2024 중국 국제우호도시 대회』에 참석해 상해시 숭명구와 "
        "교류협력 협의서를 체결했다.\n"
    )
    (report,) = _reports(body)
    assert report.title is None  # the quoted event names no agreement
    assert report.kind == "합의문"


def test_a_sister_signing_of_one_city_is_with_the_city_abroad_the_story_is_about():
    body = (
        "정읍시는 8∼11일 우호 교류도시인 중국 항저우시를 방문해 교류 20주년 기념행사를 열었다.\n"
        "정읍시는 조형물을 제작해 항저우시에 증정했으며 한 단계 격상한 자매도시 협약도 했다.\n"
        "정읍시는 1997년 6월 항저우시와 우호교류도시 체결 이후 행정 분야 등에서 교류를 하고 있다.\n"
    )
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"전북특별자치도 정읍시", "항저우시"}
    assert report.date is None or report.date.year != 1997
    township = (
        "경남 산청군과 미국 리버사이드 타운십이 손을 맞잡았다.\n"
        "군 대표단은 미국 뉴저지주 리버사이드 타운십을 방문해 1일 양 도시 간 자매결연협정 "
        "조인식을 가졌다.\n"
    )
    (report,) = _reports(township)
    assert {p.name for p in report.parties} == {"경상남도 산청군", "리버사이드 타운십"}


@pytest.mark.parametrize(
    ("body", "abroad"),
    [
        ("누리군은 25일 미국 오크데일 타운십과 우호협력 협약을 체결했다.\n", "오크데일 타운십"),
        ("누리군은 25일 몽골 바양홍고르 아이막과 우호협력 협약을 체결했다.\n", "바양홍고르 아이막"),
        (
            "누리군이 몽골 바양홍고르 아이막(주지사 바트에르덴)과 25일 협약을 맺었다.\n",
            "바양홍고르 아이막",
        ),
    ],
)
def test_a_place_abroad_written_apart_from_its_ending_is_one_party(body: str, abroad: str):
    (report,) = _reports(body)
    names = {p.name for p in report.parties}
    assert abroad in names
    assert not names & {"타운십", "아이막"}


@pytest.mark.parametrize(
    "body",
    [
        "누리군은 25일 미국 주요 카운티와 교류 협약을 체결했다.\n",
        "누리군은 25일 몽골 중부 아이막과 교류 협약을 체결했다.\n",
    ],
)
def test_a_word_qualifying_an_ending_abroad_names_no_place(body: str):
    (report,) = _reports(body)
    assert not {p.name for p in report.parties} & {"주요 카운티", "중부 아이막"}


def test_a_friendship_tie_signed_without_another_agreement_noun_is_a_signing():
    (report,) = _reports("누리군은 25일 미국 오크데일시와 우호협력 체결식을 가졌다.\n")
    assert report.kind == "우호협력"
    assert "오크데일시" in {p.name for p in report.parties}


@pytest.mark.parametrize(
    "body",
    [
        "누리군은 25일 미국 오크데일시와 우호협력을 강화하기로 했다.\n",
        "누리군과 미국 오크데일시는 25일 화상회의를 열고 우호협력 체결 방안을 논의했다.\n",
        "누리군과 미국 오크데일시는 25일 자매결연 체결 여부를 검토했다.\n",
    ],
)
def test_friendship_talk_without_a_signing_is_no_agreement(body: str):
    assert _reports(body) == []


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("한빛은행은 25일 누리군과 지역 우호협력 기금 조성 협약을 체결했다.\n", "업무협약"),
        ("누리군과 중국 오성시는 25일 우호협력관계 비망록을 체결했다.\n", "MOU"),
    ],
)
def test_friendship_words_inside_another_agreement_leave_its_kind(body: str, kind: str):
    (report,) = _reports(body)
    assert report.kind == kind


def test_two_cities_abroad_leave_a_one_city_sister_signing_as_it_is():
    body = (
        "정읍시 대표단은 중국 항저우시와 일본 벳부시를 차례로 방문했다.\n"
        "정읍시는 10일 자매도시 협약을 했다.\n"
    )
    (report,) = _reports(body)
    names = {p.name for p in report.parties}
    assert "전북특별자치도 정읍시" in names
    assert not names & {"항저우시", "벳부시"}


def test_a_source_that_is_the_only_name_is_the_subject_and_the_headline_names_the_partner():
    body = (
        "광주 서구(구청장 한빛)가 조선이공대학교(총장 누리)와 함께 지역 발전에 나선다.\n"
        "12일 서구에 따르면 조선이공대학교에서 ‘지역상생발전’ 업무협약을 체결했다.\n"
    )
    title = "광주 서구, 조선이공대학교와 ‘지역상생발전’ 업무협약 체결"
    (report,) = _reports(body, title=title)
    assert {p.name for p in report.parties} == {"광주광역시 서구", "조선이공대학교"}
    assert report.date == PartialDate(2021, 2, 12)


def test_a_verb_ending_in_myeon_is_no_township():
    body = (
        "광주 서구가 향우회와 협력한다.\n"
        "16일 서구에 따르면 서구는 17일 구청 상황실에서 광주향우회와 업무 협약을 체결한다.\n"
    )
    (report,) = _reports(body)
    names = {p.name for p in report.parties}
    assert "따르면 서구" not in names and "광주광역시 서구" in names


def test_a_standing_relation_is_no_signing():
    body = (
        "28일 경남도에 따르면 도를 포함한 14개 시·군은 일본 25개 지역과 자매도시 관계를 "
        "맺고 있다.\n"
        "창원시도 내달 일본 오가키시에서 진행할 예정이던 교류공연을 연기했다.\n"
    )
    assert _reports(body) == []


def test_what_an_agreement_is_about_is_no_partner():
    body = (
        "강원도와 강릉시는 8일 시청에서 ㈜누리팜, ㈜한빛바이오와 공장신설과 관련한 "
        "투자협약을 체결했다.\n"
    )
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {
        "강원특별자치도",
        "강원특별자치도 강릉시",
        "누리팜",
        "한빛바이오",
    }


def test_a_verb_or_a_sum_after_a_broken_line_is_no_listed_partner():
    body = (
        "경남도는 이날 누리HCD㈜과 한빛태양전자㈜ 등 15개 기업과 투자유치 협약을 체결했습니다, "
        "2조 2,337억 원 규모로 2,055명의 신규 일자리도 창출될 예정입니다.\n"
    )
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"경상남도", "누리HCD", "한빛태양전자"}


def test_a_source_named_by_its_level_is_the_government_the_article_is_about():
    body = (
        "충북 보은군(군수 한빛)과 대전 누리대의료원(의료원장 정누리)이 손을 잡기로 했다.\n"
        "28일 군에 따르면 군은 지난 26일 의료원 기념홀에서 관계자 16명이 참석한 가운데 "
        "상호 협력발전을 위한 업무협약을 했다.\n"
    )
    title = "충북 보은군(군수 한빛)과 대전 누리대의료원(의료원장 정누리)이 손을 잡기로 했다."
    (report,) = _reports(body, title=title)
    assert {p.name for p in report.parties} == {"충청북도 보은군", "누리대의료원"}
    assert report.date == PartialDate(2021, 2, 26)


def test_a_signing_held_up_is_no_signing():
    body = "9일 도에 따르면 코로나19 영향으로 유럽기업들과 협약체결이 늦어지고 있다.\n"
    assert _reports(body) == []


def test_a_roster_sentence_after_a_signing_to_come_leaves_it_to_come():
    body = (
        "부산시는 28일 오후 2시 시청에서 누리연구원, 민간기업 3곳과 '빅데이터 얼라이언스 "
        "업무협약'을 체결한다고 밝혔다.\n"
        "협약체결 기관은 부산시, 누리연구원과 한빛텔레콤, 가람카드, 솔빛은행 등이다.\n"
    )
    (report,) = _reports(body)
    assert report.status == "planned"
    assert report.date == PartialDate(2021, 2, 28)


def test_a_mayor_named_with_a_bracket_after_the_title_stands_for_the_city():
    body = "양기대 광명시장(우측)이 12일 오세창 동두천시장(좌측)과 업무협약을 체결했다.\n"
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"경기도 광명시", "경기도 동두천시"}


def test_a_bare_agreement_told_as_one_of_investing_is_an_investment_agreement():
    body = "전남도가 광양만권에 9개 기업이 1630억원 투자하는 협약을 체결했다고 4일 밝혔다.\n"
    (report,) = _reports(body)
    assert report.kind == "투자협약"
    plain = "전남도가 4일 누리대학교와 인재 양성을 위한 협약을 체결했다.\n"
    (report,) = _reports(plain)
    assert report.kind == "업무협약"


def test_a_provinces_own_body_goes_by_the_provinces_full_name():
    body = "충남교육청과 서울시의회, 부산상공회의소는 26일 청소년 교류 업무협약을 체결했다.\n"
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {
        "충청남도교육청",
        "서울특별시의회",
        "부산상공회의소",
    }


def test_governments_joined_by_a_dot_before_a_count_are_each_a_party():
    body = (
        "14일 강원도·원주시, 3개 기업과 공장이전 MOU 체결 최문순 강원도지사와 원창묵 원주시장이 "
        "14일 원주시청에서 ㈜누리써지컬(대표 한빛), ㈜가람원(대표 석누리), "
        "㈜솔빛설제(대표 이한솔)와 투자양해각서(MOU)를 체결하고 있다.\n"
    )
    (report,) = _reports(body)
    names = {p.name for p in report.parties}
    assert "강원도·원주시" not in names
    assert {"강원특별자치도", "강원특별자치도 원주시"} <= names


def test_a_person_and_title_is_no_party_and_a_country_is_no_part_of_a_name():
    from mouarchive.extract.orgnames import normalize_org
    from mouarchive.extract.same_org import add_party
    from mouarchive.models import Party

    parties: list[Party] = []
    for name in (
        "누리산업",
        "이상록 신성장전략국장",
        "최종영 LH공사 대구경북본부장",
        "제천 누리시장",
        "제천 부시장",
        "제천 경제국장",
    ):
        add_party(parties, Party(name, (0, 1)))
    # A town written bare before a market's name ("제천 누리시장") looks like a person's name
    # before a mayor's title, but names the market; its officials are no party.
    assert [p.name for p in parties] == ["누리산업", "제천 누리시장"]
    assert normalize_org("한국 부산광역시 영도구", "") == "부산광역시 영도구"
    assert normalize_org("중국 상해시 황포구", "") == "황포구"
    assert normalize_org("중국공상은행 한국법인", "") == "중국공상은행 한국법인"


def test_kinds_of_bodies_and_heads_of_bodies_are_no_parties():
    body = (
        "전남도는 10일 여수시, 누리케미칼, 한빛수소 등 여수산단 주요 기업과 발전공기업 등 "
        "13개 기관이 참석한 가운데 수소산업 육성 업무협약을 체결했다.\n"
        "민간기업은 수소 생산과 저장 인프라 구축을 맡을 예정이다.\n"
    )
    (report,) = _reports(body)
    names = {p.name for p in report.parties}
    assert {"전라남도", "누리케미칼", "한빛수소"} <= names
    assert not names & {"발전공기업", "민간기업"}
    heads = (
        "울산시로 이전하는 10개 공공기관은 30일 '울산 혁신도시 이전 공공기관장 협의체'를 "
        "발족하고 울산시와 상생협력 협약을 체결했다.\n"
    )
    assert all("공공기관장" not in {p.name for p in r.parties} for r in _reports(heads))


def test_a_day_still_to_come_makes_a_signing_planned_in_an_undated_article():
    body = (
        "원주시와 횡성군은 오는 5일 횡성군청에서 '공동협력 협의체' 협약식에 서명하고 "
        "협력관계를 이어 가기로 했다.\n"
    )
    (report,) = extract_agreements(Article(title=None, body=body, published=None))
    assert report.status == "planned"
    assert (report.date.year, report.date.day) == (None, 5)


def test_a_ceremony_that_was_done_is_a_signing():
    body = "원강수 원주시장과 김명기 횡성군수는 5일 오후 3시 횡성군청에서 상생발전 협약식을 했다.\n"
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"강원특별자치도 원주시", "강원특별자치도 횡성군"}
    assert report.date == PartialDate(2021, 2, 5)


def test_partners_only_counted_are_the_list_that_closes_with_as_many():
    body = (
        "경기경제자유구역청이 17일 평택시, 부품 제조기업 3개 사와 산업시설용지 투자협약을 "
        "체결했다.\n"
        "협약에 따라 누리머티리얼, 한빛솔루션, 가람와이에스 등 3개 기업은 방열시스템, "
        "차량 액세서리, 전장부품 생산시설을 구축한다.\n"
    )
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {
        "경기경제자유구역청",
        "경기도 평택시",
        "누리머티리얼",
        "한빛솔루션",
        "가람와이에스",
    }


@pytest.mark.parametrize(
    ("partner", "party"),
    [
        ("베트남 화방군과의", "화방군"),
        ("베트남 꽝닌 성과", "꽝닌 성"),
        ("일본 돗토리 현과", "돗토리 현"),
    ],
)
def test_a_county_or_a_spaced_province_abroad_is_a_party(partner, party):
    body = f"영양군은 지난 7일 {partner} 교류 확대를 위한 국제 자매결연을 체결했다고 8일 밝혔다.\n"
    (report,) = _reports(body)
    assert [p.name for p in report.parties] == ["경상북도 영양군", party]


def test_a_ceremony_never_held_is_no_signing():
    body = (
        "미국 알라바마주 캘훈군은 교류가 중단됐으며, 미국 버클리시의 경우 시의회 승인으로 "
        "자매결연으로 승격됐지만, 자매결연 체결식은 미진행된 상태다.\n"
    )
    assert _reports(body) == []


def test_the_partner_named_only_by_its_head_at_the_ceremony_is_a_party():
    body = (
        "충남 보령시(시장 김동일)는 27일 한빛철도공사 본사에서 철도관광 활성화를 위한 업무협약을 "
        "체결했다고 밝혔다.\n"
        "이날 협약식에는 김동일 보령시장, 정정래 한빛철도공사 부사장 등 30여 명이 참석했다.\n"
    )
    (report,) = _reports(body)
    assert [p.name for p in report.parties] == ["충청남도 보령시", "한빛철도공사"]


def test_a_mayor_abroad_after_their_name_stands_for_the_city_named_apart():
    body = (
        "김하늘 인천시장은 지난 4일 창춘시를 방문해 류밍하 창춘시장과 함께 우호 도시 협약을 "
        "체결했다.\n"
    )
    (report,) = _reports(body)
    assert [p.name for p in report.parties] == ["인천광역시", "창춘시"]


def test_a_signing_told_after_an_earlier_one_takes_its_own_day():
    body = (
        "한빛시는 2018년 4월 누리시와 우호교류협정을 맺은 뒤 1년여 만인 지난 6일 "
        "누리시에서 자매결연 협정을 체결했다.\n"
    )
    (report,) = _reports(body)
    assert report.date == PartialDate(2021, 2, 6)
    (report,) = _reports(body.replace("맺은 뒤", "체결한 뒤"))
    assert report.date == PartialDate(2021, 2, 6)
    # A ceremony after the signing is no later signing.
    (report,) = _reports("순천시와 여수시는 12일 업무협약을 체결한 뒤 13일 현판식을 가졌다.\n")
    assert report.date == PartialDate(2021, 2, 12)


def test_an_agreement_then_its_day_then_held_is_a_signing_that_day():
    body = "남도는 누리군, 누리군수협과 ‘누리 해상풍력단지 조성사업 상생협약’을 9일 가졌다.\n"
    (report,) = _reports(body)
    assert report.date == PartialDate(2021, 2, 9)
    assert report.title == "누리 해상풍력단지 조성사업 상생협약"
    # An event held for the agreement is no signing of it.
    assert _reports("남도는 누리군과 상생협약을 위한 실무회의를 9일 열었다.\n") == []


def test_an_event_of_the_agreement_held_on_a_day_dates_it():
    body = (
        "누리구가 충남 서천군과 자매결연식을 갖고 교류를 넓히기로 했다고 23일 밝혔다.\n"
        "두 지자체는 22일 서천군청 대회의실에서 주민 등 100여명이 참석한 가운데 결연행사를 "
        "갖고 다양한 분야에서 교류하기로 했다.\n"
    )
    (report,) = _reports(body.replace("누리구", "관악구"))
    assert report.date == PartialDate(2021, 2, 22)


def test_a_ceremony_that_was_to_be_held_is_no_signing():
    body = (
        "26일로 예정된 영동군과 신안군의 자매결연이 잠정 연기됐다.\n"
        "군은 당초 군민의 날(2월 26일) 행사에 신안군수를 초청, 자매결연 행사를 열 계획이었다.\n"
    )
    assert _reports(body) == []


def test_a_verb_before_a_vietnamese_name_is_no_part_of_it():
    body = (
        "누리시가 베트남 호치민시와 우호도시 협약을 체결했다.\n"
        "김하늘 시장은 16일 예방한 웬 탄 퐁(Nguyen Thanh Phong) 호치민시 인민위원회 "
        "위원장(시장)과 양 도시간 우호협력 양해각서를 체결했다.\n"
    )
    (report,) = _reports(body.replace("누리시", "인천시"))
    assert report.date == PartialDate(2021, 2, 16)
    assert ("웬 탄 퐁", "위원장") in {(s.name, s.title) for s in report.signatories}


def test_the_last_party_run_together_with_between_is_a_party():
    body = "한빛공단 동해본부와 누리어촌계간 1사1촌 자매결연을 맺는 협약을 12일 체결했다.\n"
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"한빛공단 동해본부", "누리어촌계"}


def test_another_agreement_also_signed_at_the_ceremony_is_a_signing_of_its_own():
    body = (
        "인천시는 16일 베트남 호치민시와 우호협력 양해각서를 체결했다.\n"
        "이날 협약식에서는 인천관광공사와 호치민시 관광진흥센터간의 관광교류 활성화를 위한 "
        "관광협력 양해각서도 함께 체결됐다.\n"
    )
    reports = _reports(body)
    assert [sorted(p.name for p in r.parties) for r in reports] == [
        ["인천광역시", "호치민시"],
        ["인천관광공사", "호치민시 관광진흥센터"],
    ]
    assert {r.date for r in reports} == {PartialDate(2021, 2, 16)}


def test_heads_pledging_at_the_ceremony_tell_the_signing():
    body = (
        "이날 김하늘 청도군수와 박서진 한빛대총장은 협약식에서 상호협력을 다짐했다.\n"
        "두 기관은 의료취약계층을 위한 무료 진료봉사를 매월 1회씩 실시하기로 했다.\n"
    )
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"경상북도 청도군", "한빛대"}
    # What someone said at a ceremony's rehearsal is no signing.
    assert _reports("두 기관은 협약식에서 발표할 내용을 다듬었다.\n") == []


def test_a_signing_on_the_way_to_a_plan_with_no_day_is_planned_not_news():
    visit = (
        "속초시는 8월 31일부터 9월 3일까지 훈춘시를 방문하면서 교류 활성화를 위해 업무협약을 "
        "체결하고 교류회 추진 등 다양한 교류 업무를 추진할 예정이다.\n"
    )
    assert _reports(visit) == []
    # A day of its own, or a word that it is done, keeps it a signing.
    dated = "속초시는 12일 한빛전자와 업무협약을 체결하고 행정 지원을 할 예정이다.\n"
    assert [r.status for r in _reports(dated)] == ["signed"]
    recent = "속초시는 최근 한빛전자와 업무협약을 체결하고 행정 지원을 할 예정이다.\n"
    assert [r.status for r in _reports(recent)] == ["signed"]
    image = "속초시는 도시 이미지 홍보를 위해 업무협약을 체결하고 교류 업무를 추진할 예정이다.\n"
    assert _reports(image) == []


def test_a_signing_in_a_sentence_told_as_what_once_was_is_background():
    once = (
        "울산 남구와 중국 옌청시는 지난 2016년 1월 울산 롯데호텔에서 우호교류의향서를 "
        "체결하며 각 분야별 교류와 협력을 해나가기로 한 바 있다.\n"
    )
    assert extract_agreements(Article(title=None, body=once)) == []
    news = "울산 남구와 중국 옌청시는 12일 우호교류의향서를 체결하며 협력을 해나가기로 했다.\n"
    assert len(_reports(news)) == 1


def test_a_signing_on_a_day_whose_parties_only_the_headline_names_takes_them():
    body = "25일 시청 회의실에서 물류 인재 양성을 위한 업무협약을 체결했다.\n"
    body += "두 기관은 현장실습과 채용에 협력한다.\n"
    headline = "순천시와 한빛대학교, 물류 인재 양성 업무협약 체결"
    (report,) = _reports(body, title=headline)
    assert [p.name for p in report.parties] == ["전라남도 순천시", "한빛대학교"]
    assert report.date == PartialDate(2021, 2, 25)
    # A headline saying it was put off, or none at all, gives no signing.
    assert _reports(body, title="순천시·한빛대학교 업무협약식 돌연 연기") == []
    assert _reports(body) == []


def test_a_headline_apart_with_a_photo_credit_after_it_reports_its_signing():
    """ "… 연장 협약 체결<제공=순천시> |": a photo's headline with its credit printed after it."""
    body = "미래교육지구사업은 2019년부터 6년째 운영되고 있다.\n"
    body += "두 기관은 이번 협약으로 마을 교육 협력을 이어간다.\n"
    for credit in ("<제공=순천시> |", "(순천시 제공)"):
        headline = f"순천시-순천교육지원청, 미래교육지구 기간 연장 협약 체결{credit}"
        (report,) = _reports(body, title=headline)
        assert [p.name for p in report.parties] == ["전라남도 순천시", "순천교육지원청"]


def test_a_signing_to_come_dated_by_the_next_sentence_is_planned_on_that_day():
    body = (
        "서울시는 베이징시와 관광분야 교류협력을 강화하는 양해각서를 체결한다.\n"
        "양해각서 체결은 3월 3일에 진행되며 양 시장이 서명한다.\n"
    )
    (report,) = _reports(body)
    assert (report.status, report.date) == ("planned", PartialDate(2021, 3, 3))
    # With no day for it anywhere, a signing to come is not yet news.
    assert _reports(body.replace("3월 3일에 ", "")) == []


def test_the_level_word_as_subject_after_an_opening_adverb_is_the_home_government():
    body = (
        "부산시는 오늘 나가사키현을 찾았다.\n"
        "이어서 시는 오는 3월 17일 후쿠오카시청에서 후쿠오카시 부장을 만나 합의서에 서명한다.\n"
    )
    (report,) = _reports(body)
    assert [p.name for p in report.parties][:1] == ["부산광역시"]
    assert (report.status, report.date) == ("planned", PartialDate(2021, 3, 17))


def test_a_ceremony_to_come_that_a_head_will_attend_is_a_planned_signing():
    body = (
        "김하늘 대구시장은 3월 5일 오전 11시 대구시청 상황실에서 개최되는 대구시-대구경찰청 "
        "스마트 교통 업무협약식에 참석한다.\n"
    )
    (report,) = _reports(body)
    assert (report.status, report.date) == ("planned", PartialDate(2021, 3, 5))
    assert [p.name for p in report.parties] == ["대구광역시", "대구광역시경찰청"]


def test_a_proposal_told_in_the_past_does_not_make_a_planned_signing_done():
    body = (
        "순천시교육청은 7월 19일 시청 대회의실에서 일본 하코네교육위원회와 교육교류 협약을 "
        "체결한다.\n"
        "이에 앞서 하코네교육위원회는 교류 제안서를 보내와 학교 간 자매결연을 하고 교사 "
        "교류 등 교육협력을 제안했다.\n"
    )
    (report,) = extract_agreements(
        Article(title=None, body=body, published=PartialDate(2024, 7, 19))
    )
    assert report.status == "planned"
    assert report.date == PartialDate(2024, 7, 19)


def test_a_mayors_delegation_signs_for_its_city():
    body = (
        "중국 청해성 누리시의 시장단이 26일 증평을 방문, 두 도시간 우호교류의향서에 서명하고, "
        "향후 우호도시로의 발전을 위해 상호협력 해나가기로 합의했다.\n"
    )
    (report,) = _reports(body)
    assert "누리시" in {p.name for p in report.parties}
    assert report.date == PartialDate(2021, 2, 26)


@pytest.mark.parametrize("partner", ["한빛KDN과", "한빛전력공사와"])
def test_a_body_named_as_one_that_the_subject_acts_with_is_a_party(partner: str):
    body = (
        f"전남 나주시는 지난 12일 {partner} 함께 정부의 혁신성장 정책에 부응하고 지역상생과 "
        "균형발전을 위해 ‘신재생에너지 융합 스마트팜 업무협약’을 체결했다고 13일 밝혔다.\n"
    )
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"전라남도 나주시", partner[:-1]}


def test_an_event_the_subject_acts_with_is_no_party():
    body = "누리시는 24일 출범과 함께 정책협의회를 열고 도의회와 업무협약을 체결했다.\n"
    (report,) = _reports(body)
    assert "출범" not in {p.name for p in report.parties}


def test_a_company_that_invests_a_sum_in_a_site_is_the_partner_the_agreement_reaches():
    body = (
        "누리도와 한빛시는 22일 미르모비스와 한빛 제2산업단지에 2300억원을 투자하는 "
        "투자양해각서(MOU)를 체결했다.\n"
    )
    (report,) = _reports(body)
    assert "미르모비스" in {p.name for p in report.parties}


def test_what_is_built_beside_a_facility_is_no_partner():
    body = (
        "한빛바이오와 누리시는 28일 시청에서 송도 지구에 생산 플랜트와 연구시설을 건립하는 "
        "내용의 투자협약을 체결했다.\n"
    )
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"한빛바이오", "누리시"}


@pytest.mark.parametrize(
    ("body", "kind", "day"),
    [
        (
            "한빛해양경찰서(서장 김바다)와 한빛소방서(서장 이하늘)는 지난 15일 소방서 회의실에서"
            " 긴급구조 협력 체제를 구축하기 위한 업무협력식을 가졌다.\n",
            "업무협약",
            15,
        ),
        (
            "한국누리관리원은 지난 19일 강원도 횡성군 강림면 누리2리 마을회관에서 임직원과"
            " 마을주민 등 100여명이 참석한 가운데 누리2리 마을과 1사1촌 결연식을 가졌다.\n",
            "자매결연",
            19,
        ),
    ],
    ids=["업무협력식", "1사1촌 결연식"],
)
def test_a_ceremony_of_working_together_or_of_one_company_one_village_is_a_signing(
    body: str, kind: str, day: int
):
    (report,) = _reports(body)
    assert (report.kind, report.status) == (kind, "signed")
    assert report.date is not None and report.date.day == day


def test_a_lead_dating_only_its_statement_takes_the_day_the_next_sentence_signed_on():
    body = (
        "누리사회공헌재단은 한빛신협발전기금과 사회공헌 업무협약을 체결하고 1억 원의 기부금을"
        " 후원받았다고 26일 밝혔다.\n"
        "전날 체결된 협약에서 양 기관은 청년 조합원의 복리 증진을 위해 협력하기로 했다.\n"
    )
    (report,) = _reports(body)
    assert report.date == PartialDate(2021, 2, 25)
    assert report.date_text == "전날"
    # A day written out in the next sentence may be another agreement's.
    earlier = (
        "한빛시는 누리전자와 2단계 투자협약을 체결했다고 26일 밝혔다.\n"
        "지난 3월 5일 체결한 1단계 협약에 이은 후속 협약이다.\n"
    )
    (report,) = _reports(earlier)
    assert report.date is None


def test_an_earlier_year_describing_the_partner_does_not_date_the_signing():
    body = (
        "누리시보건소는 지난해 모집한 건강특화학교 3개교(한빛, 누리, 미르)와 건강특화학교"
        " 만들기 사업 추진을 위한 업무협약을 체결했다고 21일 밝혔다.\n"
    )
    (report,) = _reports(body)
    assert {"누리시보건소", "한빛", "누리", "미르"} <= {p.name for p in report.parties}
    # An earlier year that dates the occasion of the signing still makes it background.
    for occasion in (
        "누리시보건소는 지난해 10월 개최된 박람회에서 한빛병원과 업무협약을 체결했다.\n",
        "누리시보건소는 지난해 개최한 세계유산축전 기간 미르시와 업무협약을 체결했다.\n",
    ):
        assert _reports(occasion) == []


def test_a_signing_of_an_earlier_month_told_in_passing_is_no_report():
    body = (
        "누리군은 24일 도청 회의실에서 한빛모터(유), ㈜가온식품과 투자협약을 체결했다.\n"
        "한편 군은 지난 3월에도 미르에어(주)와 285억 원 투자와 140여 명의 고용 창출"
        " 투자협약을 체결하는 등 기업들의 투자가 이어지고 있다.\n"
    )
    (report,) = extract_agreements(Article(title=None, body=body, published=None))
    assert "미르에어" not in {p.name for p in report.parties}
    assert report.date == PartialDate(None, None, 24)


def test_a_ceremony_held_with_another_event_names_its_bodies_as_the_agreement_s_own():
    body = (
        "누리시는 14일 송정동 한빛라운지에서 ‘명문향토기업 민관협력 우대 협약식’과 임직원"
        " 네트워킹 행사를 열고 기업 지원 체계를 공식화했다.\n"
        "이날 행사에는 명문향토기업 임직원 40여 명과 협약기관인 파도서프·미르커피를 비롯해"
        " 관계자 50여 명이 참석했다.\n"
    )
    (report,) = _reports(body)
    assert {p.name for p in report.parties} >= {"파도서프", "미르커피"}
    assert report.status == "signed"
    # Those present are no jobs the agreement brings.
    assert report.jobs is None


def test_a_ceremony_held_with_another_ceremony_and_its_marked_bodies_are_the_signing():
    body = (
        "누리군은 28일 군청에서 신규 투자 희망기업 협약식 및 투자 완료 기업 보조금 전달식을"
        " 가졌다.\n"
        "이날 행사에는 협약기관인 ▲㈜한빛정밀 ▲㈜미르테크를 비롯해 관계자 30여 명이 참석했다.\n"
    )
    (report,) = _reports(body)
    assert report.date is not None and report.date.day == 28
    assert [p.name for p in report.parties][-2:] == ["한빛정밀", "미르테크"]


def test_a_ceremony_to_be_held_with_another_event_is_planned():
    body = (
        "누리시와 한빛복지협의회는 14일 오후 2시 시청에서 사회공헌 공동 협약식과 시상식을 연다.\n"
    )
    (report,) = _reports(body)
    assert report.status == "planned" and report.date is not None and report.date.day == 14


def test_the_years_bounding_a_term_are_one_period_not_a_history_of_signings():
    """ "2015년부터 2018년까지 4년간 후원 계약을 연장하는 조인식": two years bound the term the
    signing sets, which the day before them dates; "1983년 …, 2011년 …과 각각" stays a
    history."""
    body = (
        "누리축구협회는 10일 협회 회관에서 한빛은행과 2015년부터 2018년까지 4년간 후원 계약을 "
        "연장하는 조인식을 가졌다.\n"
    )
    (report,) = _reports(body)
    assert report.date == PartialDate(2021, 2, 10)
    assert [p.name for p in report.parties] == ["누리축구협회", "한빛은행"]
