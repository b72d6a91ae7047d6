"""Partners told beside what the agreement concerns or the tie it sets up, bodies of their own
written as another's unit, and words beside partners that name none (aims, counts, founders,
customers, titles, legal forms)."""

from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.parties import find_parties
from mouarchive.models import Article, PartialDate


def party_names(sentence: str) -> list[str]:
    return [p.name for p in find_parties(sentence)]


def test_a_partner_before_what_the_agreement_concerns():
    """ "가천대, 한미약품과 공동연구 및 협력에 대한 양해각서": what the agreement is about, told
    with 에 before 관한 or 대한, stands between the last of a list of partners, or a body named
    as one, and the agreement noun; "기후위기와 탄소중립에 관한" joins two topics."""
    said = "누리병원은 10일 가람대, 한미약품과 공동연구 및 협력에 대한 양해각서를 체결했다."
    assert party_names(said) == ["누리병원", "가람대", "한미약품"]
    said = "누리시는 한빛SW와 상호 협력에 관한 업무협약을 체결했다."
    assert party_names(said) == ["누리시", "한빛SW"]
    for said in (
        "누리시는 교육과 연구에 관한 업무협약을 체결했다.",
        "누리시는 4일 기후위기와 탄소중립에 관한 업무협약을 한빛대와 체결했다.",
        "누리군은 4일 저출생과 인구감소에 대한 대응 협약을 한빛은행과 체결했다.",
        "순천시는 4일 광양시와 미세먼지와 기후위기에 관한 공동 대응 협약을 체결했다.",
    ):
        assert not {"교육", "기후위기", "저출생", "미세먼지"} & set(party_names(said)), said
    said = "정부는 4일 '맑은 물 나눔과 상생발전에 관한 협정'을 한빛도, 가람시와 체결했다."
    assert "나눔" not in party_names(said)


def test_a_universitys_hospital_signs_beside_the_university():
    """ "가람대 누리병원은 가람대, 한빛제약과": the hospital is written as the university's
    unit, but both signed, each a party of its own."""
    said = "가람대 누리병원은 가람대, 한빛제약과 지난 28일 공동연구 양해각서(MOU)를 체결했다."
    assert party_names(said) == ["가람대 누리병원", "가람대", "한빛제약"]
    said = "가람대 누리병원은 가람대학교, 한빛제약과 지난 28일 공동연구 양해각서를 체결했다."
    assert party_names(said) == ["가람대 누리병원", "가람대학교", "한빛제약"]
    # A branch of the university is still the university.
    said = "한빛시는 가람대 서울캠퍼스와 가람대학교와 인재 양성 협약을 맺었다."
    assert party_names(said) == ["한빛시", "가람대 서울캠퍼스"]


def test_a_signing_done_is_never_joined_to_one_only_planned():
    """A later sentence telling the lead's signing as done ("경기도가 이번 MOU로 열매를 맺게
    됐다") belongs to it, not to a partner only planned ("상하이시와 MOU를 체결할 예정이어서"),
    which names no day and so is no report."""
    body = (
        "경기도는 23일 중국 충칭시와 우호협력 양해각서(MOU)를 체결했다. 경기도는 이번 출장길에서"
        " 상하이시와 MOU를 체결할 예정이어서, 직할시를 모두 파트너로 삼게 됐다. 그러나"
        " 코로나19로 우호협력 관계를 맺는 데까지는 나아가지 못했는데, 경기도가 이번 MOU로"
        " 열매를 맺게 됐다."
    )
    reports = extract_agreements(
        Article(title=None, body=body, published=PartialDate.parse_iso("2025-09-23"))
    )
    assert [[p.name for p in r.parties] for r in reports] == [["경기도", "충칭시"]]


def test_a_partner_reaches_the_tie_it_sets_up():
    """ "한빛중앙시장과 자매결연을 체결했다": a tie (결연) is the agreement a partner of no
    organisational ending reaches, as a 협약 is; never a word before "결연히" (resolutely),
    people tied one to one, or a 결연 programme."""
    said = "누리은행이 전통시장인 한빛중앙시장과 자매결연을 체결했다."
    assert party_names(said) == ["누리은행", "한빛중앙시장"]
    said = "누리공사는 26일 한빛마을과 1사1촌 결연을 맺었다."
    assert party_names(said) == ["누리공사", "한빛마을"]
    for said, word in (
        ("진주시는 4일 코로나19와 결연히 맞서기 위해 누리병원과 협약을 체결했다.", "코로나19"),
        (
            "진주시는 4일 누리은행과 협약을 체결하고 관내 한부모가정과 1대1 결연을 맺기로 했다.",
            "한부모가정",
        ),
        (
            "진주시는 4일 하노이시와 협약을 맺고 하노이 대학생과 결연 프로그램을 운영하기로 했다.",
            "대학생",
        ),
    ):
        assert word not in party_names(said), said


def test_the_word_after_a_count_of_bodies_is_what_they_are():
    """ "A, B 등 서울 강북지역 4개 문화재단이": the word after a count of bodies names what the
    bodies counted are, no party of its own."""
    said = "30일 가람문화재단, 누리문화재단 등 서울 강북지역 2개 문화재단이 업무협약을 체결했다."
    assert party_names(said) == ["가람문화재단", "누리문화재단"]
    said = "누리군은 25일 제11기동사단, 제3기갑여단 등 지역 내 2개 군부대와 업무협약을 체결한다."
    assert "군부대" not in party_names(said)


def test_a_signing_ceremony_alone_tells_the_signing():
    """ "공식 후원 조인식을 가졌다": a 조인식 is the ceremony of signing, whatever was signed,
    and tells the signing as a 협약식 does; a player's 입단, a contract's or a trade's is none,
    and one still to come without its day tells none."""
    body = "한빛축구협회와 누리은행은 10일 오전 축구회관에서 공식 후원 조인식을 가졌다."
    reports = extract_agreements(
        Article(title=None, body=body, published=PartialDate.parse_iso("2017-03-10"))
    )
    assert [([p.name for p in r.parties], r.date.iso if r.date else None) for r in reports] == [
        (["한빛축구협회", "누리은행"], "2017-03-10")
    ]
    for body in (
        "프로축구 누리FC는 4일 구단 사무실에서 김한빛 선수와 입단 조인식을 가졌다.",
        "한빛시는 4일 누리건설과 한빛센터 공사 도급 계약 조인식을 가졌다.",
        "누리FC와 한빛FC는 4일 선수 트레이드 조인식을 가졌다.",
    ):
        assert extract_agreements(Article(title=None, body=body, published=None)) == [], body
    body = "한빛축구협회와 누리은행의 후원 조인식은 다음 달 열릴 예정이다."
    assert (
        extract_agreements(
            Article(title=None, body=body, published=PartialDate.parse_iso("2017-03-10"))
        )
        == []
    )


def test_aims_before_a_purpose_are_no_partners():
    """ "체육진흥사업과 지역사회 발전을 위한", "현안 해결과 연구 역량 강화를 위한",
    "스포츠발전과 상호 협력을 위한": what the agreement is for, never a partner."""
    said = (
        "누리도체육회와 한빛체육부대는 20일 체육진흥사업과 지역사회 발전을 위한 상호협력에 관한"
        " MOU를 체결했다."
    )
    assert party_names(said) == ["누리도체육회", "한빛체육부대"]
    said = (
        "누리시연구원은 12일 한빛대학교와 지역사회 현안 해결과 연구 역량 강화를 위한 업무협약을"
        " 체결했다."
    )
    assert party_names(said) == ["누리시연구원", "한빛대학교"]
    said = "누리군과 한빛체육대학교는 22일 군청에서 스포츠발전과 상호 협력을 위한 협약식을 맺었다."
    assert party_names(said) == ["누리군", "한빛체육대학교"]
    # A company named …사업 or …진흥 stays a partner before a purpose.
    said = "한빛시는 4일 대원사업과 지역 일자리 창출을 위한 투자협약을 체결했다."
    assert party_names(said) == ["한빛시", "대원사업"]
    said = "한빛시는 4일 누리진흥과 지역 경제 활성화를 위한 협약을 체결했다."
    assert party_names(said) == ["한빛시", "누리진흥"]


def test_an_undertaking_signed_is_an_agreement():
    """ "사회적기업 6곳과 '… 일자리 창출사업 약정 체결식'을 진행했다", "농협은행과 금고 업무
    취급에 대한 약정을 체결했다": a 약정 signed is an agreement as a 협약 is; money given or
    pledged, or a 약정 inside another word ("예약정보"), is none."""
    body = "누리구는 20일 구청장실에서 한빛은행과 금고 업무 취급에 대한 약정을 체결했다."
    reports = extract_agreements(
        Article(title=None, body=body, published=PartialDate.parse_iso("2019-11-21"))
    )
    assert [([p.name for p in r.parties], r.date.iso if r.date else None) for r in reports] == [
        (["누리구", "한빛은행"], "2019-11-20")
    ]
    # An investment undertaking is an investment agreement, written apart or glued.
    for body in (
        "누리시는 10일 한빛전자와 300억원 규모의 투자 약정을 체결했다.",
        "누리시는 10일 한빛전자와 투자약정을 체결했다.",
    ):
        reports = extract_agreements(
            Article(title=None, body=body, published=PartialDate.parse_iso("2019-11-21"))
        )
        assert [(r.kind, [p.name for p in r.parties]) for r in reports] == [
            ("투자협약", ["누리시", "한빛전자"])
        ], body
    for body in (
        "누리건설은 4일 한빛대학교와 발전기금 1억원 약정식을 가졌다.",
        "누리건설은 4일 한빛대학교와 장학금 약정을 체결했다.",
        "누리기업은 4일 한빛복지재단과 매년 1천만원 후원 약정을 맺었다.",
        "누리여행사는 4일 한빛호텔과 실시간 예약정보 연동 계약을 체결했다.",
        "누리시는 4일 한빛통신과 2년 약정 요금제 할인 계약을 맺었다.",
    ):
        assert extract_agreements(Article(title=None, body=body, published=None)) == [], body


def test_the_title_of_a_units_head_in_a_list_of_guests_is_no_party():
    """ "화학연 원장, 연구본부장 및 한양대 총장, 부총장 등 관계자 11명이 참석한 가운데": the
    head of a unit listed by title alone is a person, never a body."""
    body = (
        "한빛대(총장 김가람, 이하 한빛대)와 누리연구원(원장 박누리, 이하 누리연)이 지난 14일"
        " 한빛대에서 누리연 원장, 연구본부장 및 한빛대 총장, 부총장 등 관계자 11명이 참석한"
        " 가운데 업무협정(MOU)을 체결했다."
    )
    (report,) = extract_agreements(Article(title=None, body=body, published=None))
    assert [p.name for p in report.parties] == ["한빛대", "누리연구원"]


def test_a_founder_named_before_the_body_it_set_up_did_not_sign():
    """ "누리도·한빛대학교 공동 출연 법인 가람융합연구원은", "누리도 산하 누리경제진흥원과": the
    founder or parent told before a body is no party; a list of partners stays one."""
    said = "9일 경기도·서울대학교 공동 출연 법인 가람융합연구원은 한빛연구원과 업무협약을 체결했다."
    assert party_names(said) == ["가람융합연구원", "한빛연구원"]
    said = "한빛시는 9일 경기도 산하 경기도경제과학진흥원과 업무협약을 체결했다."
    assert party_names(said) == ["한빛시", "경기도경제과학진흥원"]
    said = "한빛시는 9일 경기도, 서울대학교와 업무협약을 체결했다."
    assert party_names(said) == ["한빛시", "경기도", "서울대학교"]
    said = "한빛시는 9일 누리대학교, 가람대학교 산하 가람연구소와 협약을 체결했다."
    assert party_names(said) == ["한빛시", "누리대학교", "가람연구소"]
    said = "경상남도와 창원시가 공동 출연한 가람로봇재단은 19일 누리로보틱스와 업무협약을 체결했다."
    assert party_names(said) == ["가람로봇재단", "누리로보틱스"]
    # A partner with 과 before a 출연 agreement founds nothing.
    said = "누리은행은 21일 한빛신용보증재단과 '특별 출연 업무협약'을 했다."
    assert party_names(said) == ["누리은행", "한빛신용보증재단"]


def test_customers_and_bare_legal_forms_are_no_partners():
    """ "생산 제품은 가람자동차, 누리전자, 한빛전기 등에 납품한다": the customers of a company
    counted among the partners; "최다솜 농업회사법인 다솜 대표": a legal form read apart."""
    body = (
        "전라남도와 영광군은 11일 군청에서 4개 기업과 총 244억 원을 투자하는 협약을 맺었다.\n"
        "㈜누리팜은 50억 원을 투자해 내년까지 포장용 박스 제조공장을 건립한다. 생산 제품은"
        " 가람자동차, 누리전자, 한빛전기 등에 납품한다.\n"
    )
    (report,) = extract_agreements(
        Article(title=None, body=body, published=PartialDate.parse_iso("2018-10-12"))
    )
    assert not {"가람자동차", "누리전자", "한빛전기"} & {p.name for p in report.parties}
    body = (
        "협약식에는 김가람 (유)가람NRE 대표, 최다솜 농업회사법인 다솜 대표, 김영록 전라남도지사가"
        " 참석했다. 전라남도는 이날 4개 기업과 투자협약을 맺었다.\n"
    )
    (report,) = extract_agreements(
        Article(title=None, body=body, published=PartialDate.parse_iso("2018-10-12"))
    )
    assert "농업회사법인" not in [p.name for p in report.parties]


def test_places_sharing_a_body_written_apart_are_each_its_body():
    """ "부산과 울산, 경남 테크노파크들이", "부산·울산·경남 테크노파크가": each place's own
    테크노파크 signs, not the places."""
    for said in (
        "부산과 울산, 경남 테크노파크들이 누리보증기금과 업무협약을 체결했다.",
        "부산, 울산, 경남 테크노파크가 누리보증기금과 업무협약을 체결했다.",
        "부산·울산·경남 테크노파크가 누리보증기금과 업무협약을 체결했다.",
        "부산·울산·경남 3개 테크노파크가 누리보증기금과 업무협약을 체결했다.",
    ):
        reports = extract_agreements(Article(title=None, body=said, published=None))
        assert [[p.name for p in r.parties] for r in reports] == [
            ["부산테크노파크", "울산테크노파크", "경남테크노파크", "누리보증기금"]
        ], said


def test_a_name_abroad_written_with_hyphens_is_one_name():
    """ "스테글리츠-첼렌도르프구와": the pieces of a name abroad joined by hyphens are one name;
    a Korean place before a hyphen is a party of its own."""
    said = "한빛구는 4일 독일 베를린 스테글리츠-첼렌도르프구와 자매결연 협정을 맺었다."
    assert party_names(said) == ["한빛구", "스테글리츠-첼렌도르프구"]
    said = "한빛시는 4일 프랑스 오베르-쉬르-우아즈시와 자매결연 협정을 체결했다."
    assert party_names(said) == ["한빛시", "오베르-쉬르-우아즈시"]
    said = "한빛도는 15일 베트남 바리아-붕따우성 인민위원회와 우호협력 협정을 체결했다."
    assert party_names(said) == ["한빛도", "바리아-붕따우성 인민위원회"]
    said = "한빛도는 16일 태국 방콕-무안국제공항 전세기 업무협약을 맺었다."
    assert not any(name.startswith("방콕") for name in party_names(said))
    said = "영광군-한빛원자력본부 업무협약 체결했다."
    assert party_names(said) == ["전라남도 영광군", "한빛원자력본부"]


def test_a_metropolitan_city_ending_as_a_district_shares_a_body_too():
    """ "대구와 경북 테크노파크가": 대구 ends as a 구 does but is a bare place, whose own
    테크노파크 signs (a newcomer's finding 5)."""
    said = "대구와 경북 테크노파크가 누리보증기금과 업무협약을 체결했다."
    assert party_names(said) == ["대구테크노파크", "경북테크노파크", "누리보증기금"]
