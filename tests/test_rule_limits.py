"""Where this round's rules stop: sentences a reviewer wrote to break each rule, with what a
careful reader takes from them. Each rule that once fired here now keeps to its own form."""

from __future__ import annotations

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.rosters import roster
from mouarchive.models import Article, PartialDate

PUBLISHED = PartialDate(2024, 5, 20)


def _parties(body: str, published: PartialDate | None = PUBLISHED) -> list[list[str]]:
    article = Article(title=None, body=body, published=published)
    return [[p.name for p in report.parties] for report in extract_agreements(article)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # The government whose office hosts a signing signs only a release naming no partner.
        (
            "한빛산업은 20일 경기도청 대회의실에서 3개 협력사와 상생협약을 체결했다.",
            [["한빛산업"]],
        ),
        (
            "이날 한빛산업은 청주시청에서 누리건설과 업무협약을 체결했다.",
            [["한빛산업", "누리건설"]],
        ),
        # A group subject takes the source of the sentence before only for a missing side.
        (
            "포항시에 따르면 한빛전자와 누리건설은 베트남에 합작 공장을 짓는다. "
            "양측은 20일 서울 본사에서 업무협약을 체결했다.",
            [["한빛전자", "누리건설"]],
        ),
        # The story's lede names the pair of a group subject only when both are places.
        (
            "누리건설과 한빛전자는 20일 구미에 공장을 짓기로 했다. 공장은 2026년 완공된다. "
            "도 관계자는 일자리가 늘 것이라고 말했다. 한편 지역 대학도 힘을 보탠다. "
            "두 대학은 21일 인력 양성 협약을 체결했다.",
            [],
        ),
        # What leads the people present is no party.
        (
            "순천시는 20일 시의회를 비롯한 관계자들이 참석한 가운데 한빛전자와 "
            "투자협약을 체결했다.",
            [["전라남도 순천시", "한빛전자"]],
        ),
        # A kind of body as the subject needs its copula to introduce a name.
        (
            "순천시는 20일 공공기관 다수가 참여한 가운데 한빛전자와 업무협약을 체결했다.",
            [["전라남도 순천시", "한빛전자"]],
        ),
        # A current term of office is news.
        (
            "김솔 순천시장은 재임 중 처음으로 20일 일본 누리시와 자매결연 협약을 체결했다.",
            [["전라남도 순천시", "누리시"]],
        ),
        # "성과" after a country is results, not a province.
        (
            "한빛전자는 20일 베트남 수출 성과 공유를 위해 하노이시와 업무협약을 체결했다.",
            [["한빛전자", "하노이시"]],
        ),
        # A signing carried out but then held up is none.
        (
            "순천시는 20일 한빛전자와 투자협약 체결을 진행했으나 막판 이견으로 서명이 미뤄졌다.",
            [],
        ),
        # After an opening word, an event or a group told before is no subject.
        (
            "이날 서명식은 청주시와 한빛산업 간 업무협약 체결로 진행됐다.",
            [["충청북도 청주시", "한빛산업"]],
        ),
        ("이날 구단은 누리테크와 업무협약을 체결했다.", [["누리테크"]]),
        # An opening adverb with its particle, and a pair of subjects after an adverb.
        ("이번에 누리테크는 20일 청주시와 업무협약을 체결했다.", [["누리테크", "충청북도 청주시"]]),
        ("이날 청주시와 한빛산업은 업무협약을 체결했다.", [["충청북도 청주시", "한빛산업"]]),
        # A source after a day is no subject.
        (
            "27일 영동군에 따르면 군은 전날 한빛의료원과 업무협약을 체결했다.",
            [["한빛의료원", "충청북도 영동군"]],
        ),
        # The day of another event is no renewal's day.
        (
            "오는 25일 개막하는 박람회를 앞두고 청주시와 한빛산업은 지난해 3월 체결한 협약을 "
            "갱신 체결했다.",
            [],
        ),
        # A parenthesis of names joined by 및 belongs to the name before it.
        (
            "농촌진흥청(국립농업과학원 및 국립식량과학원 포함), 한빛대학교, 누리테크 등 3개 "
            "기관은 20일 업무협약을 체결했다.",
            [["농촌진흥청", "한빛대학교", "누리테크"]],
        ),
        # A village is a party only by its name.
        ("한빛전자는 20일 이웃마을과 자매결연을 맺었다.", [["한빛전자"]]),
        # Places written apart only where they sign, not where partners invest.
        (
            "충북도는 21일 음성·옥천·괴산군에 투자할 3개 기업과 총 513억원의 투자 협약을 체결했다.",
            [["충청북도"]],
        ),
    ],
)
def test_a_rule_keeps_to_its_own_form(body: str, expected: list[list[str]]) -> None:
    assert _parties(body + "\n") == expected


def test_places_sharing_a_level_word_where_they_sign():
    body = "경상북도는 20일 경북 청송·청도·고령군과 관광 협약을 체결했다.\n"
    assert _parties(body) == [["경상북도", "경상북도 청송군", "경상북도 청도군", "경상북도 고령군"]]


def test_an_anniversarys_archive_photo_gives_no_year():
    article = Article(
        title=None,
        body="순천시와 일본 누리시는 자매결연 10주년을 맞아 24일 순천시청에서 경제협력 협약을 "
        "체결했다.\n",
        captions=["2014.5.24 순천시와 누리시의 자매결연 협약식 모습 /순천시 제공"],
    )
    [report] = extract_agreements(article)
    assert report.date == PartialDate(None, None, 24)


def test_a_deadline_is_no_day_for_이날():
    body = (
        "순천시는 신청서를 오는 30일까지 접수한다고 밝혔다. "
        "시는 이날 한빛전자와 투자협약을 체결했다.\n"
    )
    [report] = extract_agreements(Article(title=None, body=body))
    assert report.date is None


def test_names_a_kind_of_body_holds_in_parentheses_are_the_list():
    sentence = (
        "참여 공공기관은 한국전력공사, 한국농어촌공사, 지역 공기업(한빛공사, 누리공단) 등이다."
    )
    listed = [p.name for p in roster(sentence, (0, len(sentence)))]
    assert listed == ["한국전력공사", "한국농어촌공사", "한빛공사", "누리공단"]


def test_a_roster_of_companies_with_heads_in_parentheses_keeps_its_names():
    body = (
        "서천군(군수 김솔)은 지난 6일 2개 기업과 2개 마을의 ‘1사1촌 자매결연’을 체결했다.\n"
        "이번 자매결연 대상은 한빛특화단지 내 누리식품(대표 박하늘)과 서면 한빛마을(이장 김바다), "
        "새솔수산(대표 이솔)과 서면 누리마을(이장 최별)이 참여했다.\n"
    )
    [parties] = _parties(body, PartialDate(2019, 12, 9))
    assert {"서면 한빛마을", "새솔수산"} <= set(parties)


def test_an_undated_signing_told_with_a_background_one_is_background_too():
    body = (
        "충남도는 누리성 관계자와 만나 가까운 시일내에 우호교류협정 체결키로 합의했다고 밝혔다.\n"
        "도는 지난해 11월에 광둥성과 교류협력 양해각서를 체결한 데 이어, 올 1월에는 "
        "헤이룽장성 정부와 교류협력을 위한 양해각서를 체결했다.\n"
    )
    assert _parties(body, PartialDate(2010, 7, 15)) == []


def test_a_time_word_or_a_verb_noun_in_a_list_is_no_party():
    body = (
        "전남도, 올해 279개 기업과 2조 9천억 투자협약\n"
        "전라남도는 14일 도청에서 투자유치 한마당 행사를 개최, 만전식품㈜ 등 12개 기업과 "
        "투자협약을 체결했다.\n"
    )
    assert _parties(body, PartialDate(2016, 12, 15)) == [["전라남도", "만전식품"]]


def _reports(body: str, published: PartialDate | None = PUBLISHED) -> list:
    return extract_agreements(Article(title=None, body=body, published=published))


def test_places_before_their_bodies_are_no_heads_of_them():
    sentence = "경기도는 10일 이천 농협, 여주 농협, 안성 농협 등 3개 기관과 업무협약을 체결했다."
    listed = [p.name for p in roster(sentence, (0, len(sentence)), 3)]
    assert "농협" not in listed and len(listed) == 3


def test_the_same_day_of_another_month_is_another_signing():
    body = (
        "한빛시는 15일 한빛대학교와 청년 일자리 업무협약을 체결했다.\n"
        "한빛시는 지난 4월 15일 한빛대학교, 누리병원과 의료 인력 양성 협약을 체결했다.\n"
    )
    assert len(_reports(body)) == 2


@pytest.mark.parametrize(
    "body",
    [
        "한빛시와 한빛대학교는 협약식을 취소하는 대신 10일 시청에서 실무 간담회만 가졌다.\n",
        "한빛시와 한빛대학교는 당초 예정된 협약식을 미루고 10일 시청에서 실무회의도 열었다.\n",
    ],
)
def test_a_ceremony_called_off_or_put_off_is_not_held(body: str) -> None:
    assert _reports(body) == []


def test_a_window_of_time_already_past_makes_no_plan():
    body = (
        "한빛시는 올해 상반기 중 한빛대학교와 업무협약을 체결해 청년 인턴 프로그램을 운영 중이다.\n"
    )
    assert [r.status for r in _reports(body, PartialDate(2024, 10, 10))] == ["signed"]
    said = "한빛시는 이달 중 한빛대학교와 협약을 체결하고 사업을 추진할 예정이라고 말했다.\n"
    assert _reports(said) == []


def test_a_body_named_after_a_convention_is_a_partner_and_an_aim_in_a_quote_is_not():
    convention = "한빛시는 10일 유엔기후변화협약사무국과 탄소중립 양해각서를 체결했다.\n"
    assert _parties(convention) == [["한빛시", "유엔기후변화협약사무국"]]
    aim = "한빛시는 10일 한빛대학교와 현장실습과 '취업 연계를 위한 업무협약'을 체결했다.\n"
    assert _parties(aim) == [["한빛시", "한빛대학교"]]
