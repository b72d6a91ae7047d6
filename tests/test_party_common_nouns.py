"""Words that stand where a partner would and name none: a kind of body, not one body."""

from __future__ import annotations

import pytest

from mouarchive.extract.parties import find_parties


def names(text: str) -> list[str]:
    return [p.name for p in find_parties(text)]


@pytest.mark.parametrize(
    ("sentence", "signed"),
    [
        ("한빛군은 17일 5개 우량기업과 투자협약을 체결했다.", ["한빛군"]),
        ("한빛초등학교가 남도 지역 초등학교와 자매결연을 맺었다.", ["한빛초등학교"]),
        ("한빛도는 누리경찰청, 지역의료원과 업무협약을 체결했다.", ["한빛도", "누리경찰청"]),
        # Kinds of company told by where they come from or what they do.
        ("누리항만공사는 외국업체와 잇따라 투자양해각서를 체결했다.", ["누리항만공사"]),
        (
            "전남도와 해남군은 최근 에너지 전문업체 등과 함께 협약을 체결했다.",
            ["전라남도", "전라남도 해남군"],
        ),
        (
            "한빛시는 18일 누리대학교, 가람특성화고와 업무협약을 체결했다.",
            ["한빛시", "누리대학교", "가람특성화고"],
        ),
        # Those present: the press and a hotel's manager are no parties.
        (
            "한빛재단은 황용구 호텔 사장, 김정철 누리건설 부사장, 취재진 등이 참석한 가운데 "
            "누리건설과 공사 협약식을 열었다.",
            ["누리건설", "한빛재단"],
        ),
    ],
)
def test_a_kind_of_body_is_no_partner(sentence: str, signed: list[str]) -> None:
    assert names(sentence) == signed


def test_people_who_attended_are_no_partner() -> None:
    """ "유관기관 단체 인사와 경제인 … 참석한 가운데": 인사 are people of the bodies, no body."""
    from mouarchive.extract.agreements import extract_agreements
    from mouarchive.models import Article

    body = (
        "한빛시는 미국 워싱턴주 누리카운티와 자매결연 체결식을 가졌다고 22일 밝혔다.\n"
        "이날 체결식은 양 지역의 유관기관 단체 인사와 경제인, 해외 사절단 등 30여명이 참석한 "
        "가운데 협정서 낭독 순으로 진행됐다.\n"
    )
    (report,) = extract_agreements(Article(title=None, body=body))
    assert [p.name for p in report.parties] == ["한빛시", "누리카운티"]


def test_places_made_an_area_sign_nothing() -> None:
    """ "4개 대구·경북 지역 국립대학교와": the places make an area of the universities, which
    sign by their names; neither the places nor "국립대학교" are parties."""
    sentence = (
        "한빛대학교와 누리대학교 등 2개 대구·경북 지역 국립대학교와 가람정보원이 업무협약을 "
        "체결했다."
    )
    assert names(sentence) == ["한빛대학교", "누리대학교", "가람정보원"]
    # An area of bodies however it is told: with 의, or before a word that qualifies them.
    assert names("한빛공사는 12일 대구·경북 지역의 대학들과 업무협약을 체결했다.") == ["한빛공사"]
    assert names("한빛공사는 12일 대구·경북 지역 우수 중소기업과 업무협약을 체결했다.") == [
        "한빛공사"
    ]
    # The places' own agreement, named for their area, is theirs.
    assert names("광주·전남 지역 상생발전 협약이 20일 광주시청에서 체결됐다.") == [
        "광주광역시",
        "전라남도",
    ]


def test_places_in_the_topic_after_the_partner_sign_nothing() -> None:
    """The partner's 와 closes the list of who signs: places run together in the words after
    it, before a noun that goes on to the agreement, say what it is about."""
    topic = (
        "한빛은행은 12일 누리유통공사와 신사옥 입점 은행 선정 및 광주·전남혁신도시 이전 "
        "협력사업 업무협약을 체결했다."
    )
    assert names(topic) == ["한빛은행", "누리유통공사"]
    assert names("한빛은행은 12일 누리공사와 대구·경북 혁신도시 이전 협약을 체결했다.") == [
        "한빛은행",
        "누리공사",
    ]
    # Places run together with a particle of their own, or counted, are partners.
    assert names("한빛공사는 20일 누리재단과 부산·울산 두 도시와 업무협약을 체결했다.") == [
        "한빛공사",
        "누리재단",
        "부산광역시",
        "울산광역시",
    ]
    assert names("한빛은행은 12일 누리공사, 대구·경북과 업무협약을 체결했다.") == [
        "한빛은행",
        "누리공사",
        "대구광역시",
        "경상북도",
    ]


@pytest.mark.parametrize(
    ("body", "signed"),
    [
        # An event held with the signing, a pending issue it settles, a photo a caption shows,
        # and "이와함께" written as one word: none signs.
        (
            "한빛군은 12일 1천 번째 기업으로 유치한 ㈜누리기계(대표 김용채) 직원과 공무원 등 "
            "50여명이 참석한 가운데 이날 군청에서 환영행사와 투자 협약식을 열었다.\n",
            [["누리기계", "한빛군"]],
        ),
        (
            "한빛시의회와 누리시의회가 지역 현안과 갈등 해결을 위한 상생발전 협약서를 체결했다.\n",
            [["한빛시의회", "누리시의회"]],
        ),
        (
            "12일 한빛시가 중국 누리시와 교류를 확대한다고 밝혔다. 사진은 자매결연 체결식.\n",
            [["한빛시", "누리시"]],
        ),
        (
            "한빛시는 12일 누리발전과 수소 협약을 체결했다.\n"
            "이와함께 시, 가람협회, 다온학회 등 3개 기관이 참여하는 업무협약도 체결했다.\n",
            [["한빛시", "누리발전"], ["가람협회", "다온학회"]],
        ),
    ],
)
def test_words_around_a_signing_are_no_partners(body: str, signed: list[list[str]]) -> None:
    from mouarchive.extract.agreements import extract_agreements
    from mouarchive.models import Article, PartialDate

    found = extract_agreements(Article(title=None, body=body, published=PartialDate(2024, 3, 12)))
    assert [[p.name for p in r.parties] for r in found] == signed


def test_kinds_of_school_and_of_company_counted_beside_the_partners_sign_nothing() -> None:
    """ "관내 대학교, 특성화고, 일자리창출 우수기업 등 32개 기관과": kinds of body the signing
    counts, whose names the article gives later if at all; the company such a kind describes
    is named after it."""
    from mouarchive.extract.agreements import extract_agreements
    from mouarchive.models import Article, PartialDate

    def signed(body: str) -> list[list[str]]:
        article = Article(title=None, body=body, published=PartialDate(2024, 3, 27))
        return [[p.name for p in r.parties] for r in extract_agreements(article)]

    body = (
        "누리구는 26일 관내 대학교, 특성화고, 일자리창출 우수기업 등 32개 기관과 업무협약을 "
        "체결했다.\n"
    )
    assert signed(body) == [["누리구"]]
    body = "누리구는 26일 한빛대학교, 가람특성화고와 업무협약을 체결했다.\n"
    assert signed(body) == [["누리구", "한빛대학교", "가람특성화고"]]
    body = "누리구는 26일 에너지 전문업체 한빛에너지와 업무협약을 체결했다.\n"
    assert signed(body) == [["누리구", "한빛에너지"]]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("일자리창출 우수기업", True),
        ("에너지 전문업체", True),
        ("국내 신재생에너지", True),
        ("관광마케팅 협회", False),
        ("지역혁신 협의회", False),
    ],
)
def test_a_kind_qualified_by_an_aim_or_field_is_common_but_a_body_s_kind_is_a_name(
    name: str, kind: bool
) -> None:
    from mouarchive.extract.orgnames import is_common_noun

    assert is_common_noun(name) is kind


def test_a_partner_reaches_the_agreement_across_a_long_stated_purpose() -> None:
    """However long the purpose between the partner and its link ("… 등을 위한"), the words
    after the link are counted afresh; a programme before 과 is what the agreement is for."""
    sentence = (
        "한빛대학교는 통일부와 통일교육 활성화 및 북한이탈주민 적응교육 지원 등을 위한 "
        "업무협약을 맺었다고 25일 밝혔다."
    )
    assert names(sentence) == ["한빛대학교", "통일부"]
    aims = (
        "누리부와 한빛부는 13일 문화사업과 도시재생 뉴딜사업 상호 연계 등을 위한 업무협약을 맺었다."
    )
    assert "문화사업" not in names(aims)


def test_a_partner_reaches_the_agreement_across_what_it_concerns() -> None:
    """ "X와 신규 투자와 관련한 …": the second 와 joins what the agreement concerns, not a
    partner; the partner before it still signs."""
    sentence = (
        "누리도와 한빛시는 28일 한빛시청에서 다온테크놀로지, 가람쓰리디와 과학산업단지내 신규 "
        "투자와 관련한 상호 협력을 위해 투자협약을 체결한다."
    )
    assert names(sentence)[-2:] == ["다온테크놀로지", "가람쓰리디"]


def test_a_name_joined_to_the_partner_by_및_is_a_partner_too() -> None:
    sentence = "누리위원회는 26일 군청에서 SH스포츠에이전시 및 ㈜자이크로와 업무협약을 체결했다."
    assert names(sentence) == ["누리위원회", "SH스포츠에이전시", "자이크로"]
    # A verb before a list is no name, and fields joined by 및 sign nothing.
    opened = "경기도는 10일 투자설명회를 열고, 네스캡 및 메탈피트코리아와 양해각서를 교환했다."
    assert "열고" not in names(opened)
    topics = "충주시는 12일 디지털전환 및 스마트시티와 관련한 업무협약을 체결했다."
    assert names(topics) == ["충청북도 충주시"]


def test_the_count_of_sides_an_agreement_joins_is_no_party():
    sentence = "창원시는 19일 한빛대학교, 누리공사와 삼자 간 협약을 맺었다.\n"
    assert [p.name for p in find_parties(sentence)] == ["경상남도 창원시", "한빛대학교", "누리공사"]
