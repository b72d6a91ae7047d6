"""Words around a party's name in real sentences that are no part of it, and names that
read as parties only in their own shapes (a mutual-aid society, a mayor abroad)."""

from __future__ import annotations

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.bare_names import name_alone
from mouarchive.extract.orgnames import is_common_noun
from mouarchive.extract.tokens import tokenize
from mouarchive.models import Article, PartialDate


def _parties(body: str) -> list[list[str]]:
    article = Article(title=None, body=body, published=PartialDate(2021, 4, 22))
    return [[p.name for p in report.parties] for report in extract_agreements(article)]


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("오후 4시 누리건설", "누리건설"),
        ("따르면 한빛환경본부", "한빛환경본부"),
        ("오후 3시 30분", None),
        ("소시지를 생산하는 한빛비엔에프", "한빛비엔에프"),
        ("한국솔빛기술평가원과", "한국솔빛기술평가원"),
        ("누리중앙청과", "누리중앙청과"),
        ("윤하늘치과", "윤하늘치과"),
        ("지원기관으로", None),
        ("누리자동차 협력업체로", None),
        ("1건", None),
        ("26", None),
        ("고용유발 2", None),
        ("지역내총생산  전국 1위", None),
        ("특수목적법인 한빛개발", "한빛개발"),
        ("한빛주택공사  누리특별본부", "한빛주택공사 누리특별본부"),
        ("김하늘 누리진흥청 차장", "누리진흥청"),
        ("구청 5층", None),
        ("이날 오후 4시 누리건설", "누리건설"),
        ("한빛전자(주) 대외협력담당 사장", "한빛전자(주)"),
        ("한빛정밀(주)울산공장", "한빛정밀(주)울산공장"),
        ("한빛상공회의소 주관으로", "한빛상공회의소 주관으로"),
        ("한빛연구소로", "한빛연구소로"),
        ("누리전자 연구소로", "누리전자 연구소로"),
        ("한빛코리아홀딩스 최용두 공장장", "한빛코리아홀딩스"),
        ("누리신문 이동엽 전략총괄이사", "누리신문"),
        ("김용식 누리교육지원청 교육장", "누리교육지원청"),
        ("비롯 누리대학 농학원", "누리대학 농학원"),
        ("부터 서울 송파구", "서울 송파구"),
        ("시청", None),
        ("통해(사)누리시관광협의회", "(사)누리시관광협의회"),
        ("한빛전자(주) 대외협력담당", "한빛전자(주)"),
        ("누리월드방송으로", "누리월드방송"),
    ],
)
def test_an_hour_a_source_a_trade_a_particle_a_role_or_a_count_is_no_part_of_a_name(
    words: str, name: str | None
) -> None:
    assert name_alone(words) == name


def test_a_mutual_aid_society_signs_and_the_quoted_purpose_does_not():
    body = (
        "누리시는 4일 시청에서 군인공제회와 ‘한빛신공항 및 후적지 부동산 개발 및 금융지원’을 "
        "위한 업무협약을 체결했다.\n"
    )
    assert _parties(body) == [["누리시", "군인공제회"]]


def test_a_mayor_abroad_named_in_their_own_languages_shape_stands_for_the_city():
    body = (
        "대전시가 체코 브르노시와 우호협정을 체결했다.\n"
        "김하늘 대전시장은 6일(현지시각) 체코 브르노시에서 페트로 보크잘 브르노시장과 우호도시 "
        "교류협약을 맺었다.\n"
    )
    assert _parties(body) == [["대전광역시", "브르노시"]]


@pytest.mark.parametrize(
    "body",
    [
        "누리은행은 24일 관내 중앙시장과 자매결연 협약을 체결했다.\n은행은 중앙정부의 전통시장 "
        "지원책에 발맞춰 지원한다.\n",
        "누리공사는 24일 부산 자갈치시장과 상생협약을 체결했다.\n공사는 자갈치 축제도 후원한다.\n",
    ],
)
def test_a_market_is_no_mayor_abroad(body: str):
    (parties,) = _parties(body)
    assert parties[-1].endswith("시장")


def test_the_subject_of_a_clause_describing_an_investor_is_no_investor():
    body = (
        "누리군은 12일 군청에서 3개 기업과 총 500억원 규모의 투자협약을 체결했다.\n"
        "또 자동차 부품 업체인 다온기계가 생산한 부품을 납품받는 누리모터스는 300억원을 투자해 "
        "공장을 증설한다.\n"
    )
    (parties,) = _parties(body)
    assert "누리모터스" in parties
    assert "다온기계" not in parties and "납품받" not in parties


def test_a_province_named_among_the_signers_signs_though_its_county_hosts():
    body = (
        "음성군은 24일 ㈜한빛소재와 투자협약을 체결했다.\n"
        "이번 협약은 충청북도와 음성군, ㈜한빛소재가 함께 맺었다.\n"
    )
    (parties,) = _parties(body)
    assert "충청북도" in parties


def test_the_parties_an_article_states_outright_are_all_parties():
    body = (
        "누리시는 한빛리조트 조성을 위한 업무협약을 오는 13일 체결한다고 4일 밝혔다.\n"
        "업무협약 당사자는 누리시와 다온개발, 한빛건설이며, 이날 협약식에는 세 기관 대표가 "
        "참석할 예정이다.\n"
    )
    (parties,) = _parties(body)
    assert {"다온개발", "한빛건설"} <= set(parties)
    levels = "누리도는 군과 협약을 체결했다.\n협약 당사자는 도·시·군이다.\n"
    assert all(len(name) > 1 for names in _parties(levels) for name in names)


def test_a_head_who_joined_each_agreement_brings_their_government():
    """ "각 MOU에는 … 천안시장도 참여했다": the city joined every agreement told just before;
    a former mayor ("전 천안시장") speaks for no city, and a mayor at one agreement or its
    ceremony ("이번 협약에는 …", "협약식에는 … 참석했다") is a guest."""
    body = (
        "충남도는 3일 파리에서 누리케미칼, 한빛가스코리아와 투자양해각서(MOU)를 잇따라 "
        "체결했다.\n"
        "각 MOU에는 윤가람 천안시장 권한대행(부시장)도 참여했다.\n"
    )
    assert _parties(body) == [
        ["충청남도", "누리케미칼", "충청남도 천안시"],
        ["충청남도", "한빛가스코리아", "충청남도 천안시"],
    ]
    former = body.replace("각 MOU에는 윤가람", "각 MOU에는 윤가람 전")
    assert all("충청남도 천안시" not in parties for parties in _parties(former))
    for guest in (
        "이번 협약에는 윤가람 천안시장도 참석했다.",
        "협약식에는 윤가람 천안시장도 참석했다.",
    ):
        body = f"충남도는 3일 도청에서 누리케미칼과 투자협약을 체결했다.\n{guest}\n"
        assert _parties(body) == [["충청남도", "누리케미칼"]]


def test_a_sentence_of_what_the_parties_do_lists_no_parties():
    body = (
        "누리부는 17일 접경지역의 상생발전을 위해 한빛도와 업무협약을 체결했다고 밝혔다.\n"
        "협약의 당사자는 원활한 추진과 접경지역의 발전을 위해 상호 협력하고, 누리부는 "
        "접경지역의 군과 관련된 지역별 현안 해결을 위해 협력한다고 되어 있다.\n"
    )
    (parties,) = _parties(body)
    assert parties == ["누리부", "한빛도"]
    # A name may hold a verb that describes.
    named = (
        "한빛시는 3일 시청에서 복지 업무협약을 체결했다.\n"
        "협약의 당사자는 한빛시와 누리복지재단, 함께하는 사랑밭이다.\n"
    )
    (parties,) = _parties(named)
    assert {"누리복지재단", "함께하는 사랑밭"} <= set(parties)


def test_a_phrase_of_three_words_that_ends_as_no_body_does_is_no_party():
    # A foreign head's names run into the company's: no name of any one body.
    body = "충청남도는 28일 도청에서 마크 반 산데 한빛코아 회장과 투자협약을 체결했다.\n"
    (parties,) = _parties(body)
    assert "충청남도" in parties and "반 산데 한빛코아" not in parties


@pytest.mark.parametrize("name", ["자동차 관련 부품 제조업체", "의료기기 관련 기업"])
def test_bodies_of_a_field_as_a_kind_are_no_party(name: str):
    assert is_common_noun(name)
    assert not is_common_noun("한국관련기업협회")


def test_a_city_named_as_the_one_tied_with_is_a_party_abroad():
    body = "누리시는 지난 9일 러시아 교류도시인 파르티잔스크시와 자매결연을 체결했다.\n"
    assert _parties(body) == [["누리시", "파르티잔스크시"]]
    praised = (
        "누리시는 9일 알마티시와 우호협력 협약을 맺었다.\n"
        '시장은 "관광도시인 우리시가 교류에 나설 것"이라고 말했다.\n'
    )
    assert "우리시" not in _parties(praised)[0]


@pytest.mark.parametrize("word", ["전문병원", "협의체", "예하부대", "농구", "배구", "문화예술"])
def test_kinds_of_body_sports_and_fields_are_no_party(word: str):
    assert is_common_noun(word)
    assert not is_common_noun("한빛전문병원")


def test_a_latin_name_closed_by_a_companys_mark_is_the_company() -> None:
    for mark in ("社", "사"):
        body = f"한빛경제자유구역청이 29일 태양광 업체인 Long Energy{mark}와 투자 MOU를 체결했다.\n"
        [report] = extract_agreements(Article(None, body, published=PartialDate(2012, 5, 30)))
        assert [p.name for p in report.parties] == ["한빛경제자유구역청", "Long Energy"]
    # One letter and 사 are the name an article gives a company it does not name.
    body = "충남도는 29일 오사카에서 A사와 투자 MOU를 체결했다.\n"
    [report] = extract_agreements(Article(None, body, published=PartialDate(2012, 5, 30)))
    assert [p.name for p in report.parties] == ["충청남도", "A사"]


def test_a_county_head_abroad_after_the_province_stands_for_the_county_named_apart() -> None:
    body = (
        "연천군은 베트남 동탑성과 우호교류 양해각서를 체결했다고 13일 밝혔다.\n"
        "또, 부군수는 동탑성 담농군수와 '연천군-담농군 외국인 계절근로사업 양해각서'를 "
        "체결했다.\n"
    )
    reports = extract_agreements(Article(None, body, published=PartialDate(2023, 6, 13)))
    assert sorted(p.name for p in reports[-1].parties) == ["경기도 연천군", "담농군"]
    # Not named apart, a county head's title is no party.
    alone = "연천군은 13일 동탑성 담농군수와 계절근로 양해각서를 체결했다.\n"
    [report] = extract_agreements(Article(None, alone, published=PartialDate(2023, 6, 13)))
    assert "담농군수" not in {p.name for p in report.parties}


def test_a_school_abroad_written_apart_from_its_kind_after_its_country_is_one_party() -> None:
    body = "충북대는 25일 일본 야마구치 대학(山口大学)과 국제교류 업무협약을 체결했다.\n"
    [report] = extract_agreements(Article(None, body, published=PartialDate(2019, 6, 25)))
    assert [p.name for p in report.parties] == ["충북대", "야마구치 대학"]
    # Without its name in its own script, a word before the kind qualifies schools abroad.
    for word in ("명문", "자매", "주요"):
        body = f"광운대는 9일 일본 {word} 대학과 교류 업무협약을 체결했다.\n"
        reports = extract_agreements(Article(None, body, published=PartialDate(2019, 4, 10)))
        assert all(f"{word} 대학" not in {p.name for p in r.parties} for r in reports)


def test_a_quote_glued_to_the_partners_particle_leaves_the_partner_its_particle():
    body = (
        "김한빛 경기도지사는 27일 연해주 청사에서 이반 페트로프 연해주지사와'경기도-연해주 "
        "우호협력 MOU'를 체결했다. 이어 '우호협력 선도마을'은 내년에 정한다.\n"
    )
    (report,) = extract_agreements(
        Article(title=None, body=body, published=PartialDate(2024, 5, 28))
    )
    assert [p.name for p in report.parties] == ["경기도", "연해주"]


def test_a_head_abroad_by_bare_title_signs_for_the_place_the_signing_was_held_in():
    body = (
        "이도윤 충북지사는 12일 산시성 인민대회당에서 왕하오밍(王浩明) 성장과 우호교류 "
        "협정을 체결했다.\n"
    )
    assert _parties(body) == [["충청북도", "산시성"]]
    three_words = (
        "이도윤 충북지사는 12일 산시성 시안에서 후앙 밍 리 성장과 우호교류 협정을 체결했다.\n"
    )
    assert _parties(three_words) == [["충청북도", "산시성"]]


def test_a_head_abroad_at_the_ceremony_as_a_guest_brings_no_place():
    for title in ("인민위원장", "시장"):
        body = (
            f"충북도는 6일 베트남 다낭시 청사에서 레 반 남 {title}과 한빛전자 대표가 참석한 가운데"
            " 한빛전자와 투자협약을 체결했다.\n"
        )
        assert _parties(body) == [["충청북도", "한빛전자"]]


def test_a_peoples_committee_chair_signs_for_the_city_or_province_the_signing_was_held_in():
    for place in ("다낭시", "꽝남성"):
        body = (
            f"충북도는 29일 베트남 출장 중 이도윤 지사가 {place} 청사에서 응우옌 반 남"
            " 인민위원장과 우호협력협정(MOU)을 체결했다고 밝혔다.\n"
        )
        assert _parties(body) == [["충청북도", place]]


@pytest.mark.parametrize(
    "body",
    [
        # 성장 "growth", 시장 "market" after a common noun, a province named before.
        "충북도는 12일 중국 허난성 정저우에서 열린 투자설명회에서 도내 중소기업의 수출 성장과 "
        "판로 확대를 위해 현지 유통기업 3곳과 업무협약을 체결했다.\n",
        "광주시는 12일 중국 산시성 시안시에서 지역 경제 성장과 일자리 창출을 위한 업무협약을 "
        "한빛공사와 체결했다.\n",
        # A partner named before the head: the head is the partner's.
        "이도윤 충북지사는 12일 산시성에서 한빛공사와 왕하오밍(王浩明) 성장과 함께 "
        "협약을 체결했다.\n",
        # A Korean city before the title is no place abroad.
        "이도윤 충북지사는 12일 청주시 오송읍에서 마이클 존 스미스 시장과 투자협약을 체결했다.\n",
    ],
)
def test_a_bare_title_after_no_name_abroad_brings_no_place(body):
    named = {name for parties in _parties(body) for name in parties}
    assert not named & {"허난성", "산시성", "시안시", "충청북도 청주시"}


def test_a_quote_closed_before_a_particle_stays_shut():
    text = "광주시는 12일 '시민과 함께하는'이라는 구호 아래 한빛공사와 '안전 도시' 협약을 체결했다."
    assert "이라" not in {token.stem for token in tokenize(text, 0, len(text))}


def test_the_bodies_attending_that_sign_are_those_the_sentence_before_gathered():
    body = (
        "누리대가 바이오 산업 활성화를 위해 지역 기관과 추진위원회를 구성하고 활동에 나선다.\n"
        "누리대는 14일 학교 회의실에서 한빛대와 미르연구원, 바다테크노파크 등과 바이오 산업의 "
        "상생발전을 위한 공유·협업 추진위원회를 개최했다.\n"
        "참석 기관들은 이날 관련 사업 협력 확대 차원에서 다자간 업무협약도 체결했다.\n"
    )
    (parties,) = _parties(body)
    assert parties[:3] == ["누리대", "한빛대", "미르연구원"]
    (parties,) = _parties(body.replace("참석 기관들은", "참여기관은"))
    assert parties[:3] == ["누리대", "한빛대", "미르연구원"]
    # Counting no one, the group is only the gathering's before it, never a later sentence's.
    later = (
        "누리대는 14일 학교 회의실에서 바이오 산업 추진위원회 첫 회의를 열었다.\n"
        "참석 기관들은 이날 다자간 업무협약도 체결했다.\n"
        "한편 누리대는 지난해 한빛대, 미르연구원과 바이오 인력양성 협약을 맺은 바 있다.\n"
    )
    assert not {"한빛대", "미르연구원"} & {p for names in _parties(later) for p in names}


def test_heads_of_counted_bodies_are_no_signers_of_their_own():
    """ "3개 은행 지역본부장이 참석한 가운데": the heads of the banks just named; "은행" is no
    person, and the ceremony is the same signing, not a second one with a "지역본부"."""
    body = (
        "누리도가 가람·솔빛·미르은행과 소상공인 특례보증 확대를 위한 업무협약을 체결했다.\n"
        "누리도는 14일 도청 회의실에서 도지사와 3개 은행 지역본부장이 참석한 가운데 "
        "협약식을 열었다고 밝혔다.\n"
    )
    parties = _parties(body)
    assert all("지역본부" not in names for names in parties)
    assert ["누리도", "가람은행", "솔빛은행", "미르은행"] in parties


@pytest.mark.parametrize(
    ("written", "name"),
    [("누리커피 코리아와", "누리커피 코리아"), ("한빛발전 컨소시엄과", "한빛발전 컨소시엄")],
)
def test_a_companys_arm_in_korea_or_its_consortium_written_apart_is_one_party(
    written: str, name: str
):
    body = f"진주시는 4일 발전사업을 맡을 {written} 업무협약을 체결했다.\n"
    assert _parties(body) == [["경상남도 진주시", name]]


@pytest.mark.parametrize("fused", ["누리코리아와", "한빛컨소시엄과"])
def test_a_name_ending_in_korea_or_consortium_is_its_own(fused: str):
    body = f"진주시는 지역 상생을 위해 {fused} 4일 업무협약을 체결했다.\n"
    assert _parties(body) == [["경상남도 진주시", fused[:-1]]]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("누리대 의대와", ["누리대 의대"]),
        ("누리대 의대, 한빛대 약대와", ["누리대 의대", "한빛대 약대"]),
    ],
)
def test_a_universitys_college_written_apart_is_one_party_with_it(written: str, names: list[str]):
    body = f"한빛제약은 4일 {written} 연구개발 협력을 위한 양해각서를 체결했다.\n"
    assert _parties(body) == [["한빛제약", *names]]


def test_a_ministry_after_its_country_is_that_countrys_not_koreas():
    body = "국방부는 21일 하노이에서 베트남 국방부와 군사교류 양해각서를 체결했다.\n"
    assert _parties(body) == [["국방부", "베트남 국방부"]]
    body = "진주시는 21일 시청에서 라오스 노동사회복지부와 계절근로자 업무협약을 체결했다.\n"
    assert _parties(body) == [["경상남도 진주시", "라오스 노동사회복지부"]]


def test_an_education_office_is_named_by_its_head_the_교육장():
    body = (
        "진주시는 24일 시청에서 조규일 진주시장과 이솔 진주교육지원청 교육장이 참석한 가운데 "
        "미래교육지구 협약식을 가졌다.\n"
    )
    assert _parties(body) == [["경상남도 진주시", "진주교육지원청"]]
    room = "진주시는 24일 시청 교육장에서 한빛전자와 업무협약을 체결했다.\n"
    assert _parties(room) == [["경상남도 진주시", "한빛전자"]]


@pytest.mark.parametrize("manner", ["비대면으로", "온라인으로", "서면으로"])
def test_how_a_signing_was_made_between_the_partner_and_the_agreement(manner: str):
    body = f"한빛진흥원은 지난 10일 누리기념관과 {manner} 업무협약을 체결했다.\n"
    assert _parties(body) == [["한빛진흥원", "누리기념관"]]


def test_a_list_counted_by_a_trades_latin_initials_names_each_body_not_the_kind():
    body = "누리TV와 한빛방송, 가람TV 3개 PP(채널사용사업자)가 23일 합동 업무협약을 체결했다.\n"
    assert _parties(body) == [["누리TV", "한빛방송", "가람TV"]]


def test_a_document_signed_beside_an_agreement_is_no_party():
    body = "진주시는 4일 하노이시와 문화교류 시행 계획서와 도시건설 협력 양해각서를 체결했다.\n"
    assert _parties(body) == [["경상남도 진주시", "하노이시"]]


def test_a_unit_after_a_bare_number_closes_no_counted_list():
    body = (
        "진주시는 한빛에너지와 태양광, 수소연료전지 30 MW 규모 발전소 건립을 위한 투자협약을 "
        "체결했다.\n"
    )
    assert _parties(body) == [["경상남도 진주시", "한빛에너지"]]


def test_a_kind_of_company_is_no_party():
    body = "경남도는 4일 해외에서 돌아온 유턴기업, 지역 중견기업과 투자협약을 체결했다.\n"
    assert _parties(body) == [["경상남도"]]
    assert not is_common_noun("한빛중견기업")


def test_a_ports_name_ending_in_만_keeps_it():
    body = "포항시는 한빛신항만, 누리로지스틱스 등과 중고차 수출 업무협약을 체결했다.\n"
    assert _parties(body) == [["경상북도 포항시", "한빛신항만", "누리로지스틱스"]]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("논산시 부적면 충곡2리와", "충청남도 논산시 부적면 충곡2리"),
        ("보은읍 용암리와", "보은읍 용암리"),
    ],
)
def test_a_village_named_after_its_township_is_a_party(written: str, name: str):
    body = f"병무청은 11일 {written} 1사1촌 자매결연을 체결했다.\n"
    assert _parties(body) == [["병무청", name]]


def test_a_site_in_a_village_is_no_party():
    body = (
        "포천시와 한빛판지는 2일 신북면 만세교리, 영중면 거사리 일원에 산업단지를 "
        "조성하기로 협약을 체결했다.\n"
    )
    assert _parties(body) == [["경기도 포천시", "한빛판지"]]


def test_a_clause_before_korea_is_no_holders_name():
    body = "진주시는 4일 한국관광공사와 '다시 찾는 코리아' 캠페인 업무협약을 체결했다.\n"
    assert not any(name.startswith("찾는") for names in _parties(body) for name in names)


@pytest.mark.parametrize("word", ["거래처", "북부", "본부", "해외사업부"])
def test_a_country_before_a_trading_partner_or_an_office_makes_no_ministry(word: str):
    body = f"한빛전자는 21일 베트남 {word}와 협약을 체결했다.\n"
    assert all(not name.startswith("베트남") for names in _parties(body) for name in names)


def test_two_bodies_of_one_kind_side_by_side_are_two_partners():
    body = "누리미디어가 4일 한빛투자협회 가람기업협회와 각각 업무협약을 체결했다.\n"
    assert _parties(body) == [["누리미디어", "한빛투자협회"], ["누리미디어", "가람기업협회"]]
    branch = "진주시는 4일 한국여성경제인협회 경남지회와 업무협약을 체결했다.\n"
    assert _parties(branch) == [["경상남도 진주시", "한국여성경제인협회 경남지회"]]


def test_a_kind_of_university_is_no_party():
    body = "한빛대는 4일 다낭대, 하노이대 등 3개 사립대와 교류협정을 맺었다.\n"
    assert all("사립대" not in names for names in _parties(body))
