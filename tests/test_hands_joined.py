"""A signing told by the handshake in the lede, on pages whose other sentences speak of the
agreement only as made, or whose headline alone names it."""

from __future__ import annotations

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.models import Article, PartialDate

JUNE_20 = PartialDate(2024, 6, 20)


def _reports(body: str, title: str | None = None):
    return extract_agreements(Article(title=title, body=body, published=JUNE_20))


def test_a_lede_joining_hands_before_this_agreement_reports_the_signing():
    body = (
        "한빛대학교와 누리군이 14일 글로컬대학 사업 수행을 위해 손을 맞잡았다.\n"
        "이번 협약에 따라 양 기관은 지역 인재 양성에 힘을 모은다.\n"
    )
    (report,) = _reports(body)
    assert [p.name for p in report.parties] == ["한빛대학교", "누리군"]
    assert report.status == "signed" and report.date == PartialDate(2024, 6, 14)


def test_a_lede_entering_into_cooperation_before_this_agreement_reports_the_signing():
    """ "상호 협력을 맺었다": the cooperation entered into is the agreement the page then names."""
    body = (
        "한빛대학교는 14일 누리의료재단과 바이오 산업 육성을 위해 상호 협력을 맺었다.\n"
        "이번 협약은 연구 인력 양성과 연구 환경 구축을 위해 마련됐다.\n"
    )
    (report,) = _reports(body)
    assert [p.name for p in report.parties] == ["한빛대학교", "누리의료재단"]
    assert report.status == "signed" and report.date == PartialDate(2024, 6, 14)
    # Quoted, the cooperation is still the gesture; held for long, it is a history.
    quoted = body.replace("상호 협력을", "‘바이오 분야 상호 협력’을")
    assert [p.name for p in _reports(quoted)[0].parties] == ["한빛대학교", "누리의료재단"]
    history = body.replace("14일", "오랫동안")
    assert _reports(history) == []
    # A day told with it: the day's handshake, built on the long relation.
    built = body.replace("14일", "14일 그동안의 교류를 바탕으로")
    assert [p.name for p in _reports(built)[0].parties] == ["한빛대학교", "누리의료재단"]


def test_a_headline_naming_the_agreement_makes_the_handshake_a_signing():
    body = "누리도교육청은 졸업생 취업 지원을 위해 한빛산학협회와 손을 맞잡았다고 20일 밝혔다.\n"
    (report,) = _reports(body, title="직업계고 학생 취업지원 위한 업무 협약 체결")
    assert [p.name for p in report.parties] == ["누리도교육청", "한빛산학협회"]
    # The day of the statement is not the signing's.
    assert report.date is None


def test_a_handshake_beside_an_agreement_of_another_year_is_no_signing():
    body = (
        "누리해양청과 한빛항만공사가 물동량 증대를 위해 손을 잡았다.\n"
        "양 기관은 2012년 7월 업무협약 체결 이후 매년 정례 협의회를 열어 왔다.\n"
    )
    assert _reports(body) == []


def test_a_handshake_before_a_signing_still_to_come_is_no_signing_yet():
    body = (
        "한빛시와 누리시가 관광 활성화를 위해 손을 맞잡았다.\n"
        "이번 협약은 다음 달 체결할 예정이다.\n"
    )
    assert [r.status for r in _reports(body)] == []


def test_a_handshake_still_to_come_is_a_planned_signing():
    body = (
        "한빛대학교와 누리군이 14일 글로컬대학 사업을 위해 손을 잡는다.\n"
        "이번 협약에 따라 양 기관은 지역 인재 양성에 힘을 모은다.\n"
    )
    assert [(r.status, r.date) for r in _reports(body)] == [("planned", PartialDate(2024, 6, 14))]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (None, "두 지자체는 지난해 업무협약을 체결한 데 이어 이번에 공동 축제를 연다."),
        (None, "지난달 맺은 투자협약의 후속 조치다."),
        (None, "파리협약 목표에 맞춰 공동 사업을 편다."),
        (None, "한빛병원은 시의 협약병원으로 지정돼 진료를 맡는다."),
        ("순창군·남원시, 관광 협약 이행 점검", "두 지자체는 축제를 함께 연다."),
        ("나눔 협약 1주년 기념 성금 전달", "두 기관은 성금을 전달했다."),
    ],
)
def test_a_handshake_beside_another_times_or_no_agreement_is_no_signing(title, body):
    lede = "순창군과 남원시가 14일 관광 활성화를 위해 손을 맞잡았다.\n"
    assert _reports(lede + body + "\n", title) == []


def test_a_handshake_on_a_page_that_names_no_agreement_reports_nothing():
    body = "한빛시와 누리시가 관광 활성화를 위해 손을 맞잡았다.\n두 도시는 축제를 함께 연다.\n"
    assert _reports(body) == []


def test_a_lede_without_a_day_takes_the_day_the_next_sentence_gives_the_agreement():
    body = (
        "누리도가 한빛공사, 다온협의회와 일자리 창출을 위해 손을 맞잡았다.\n"
        "도는 18일 협약을 통해 사회적경제기업 판로 지원에 공동 협력하기로 했다.\n"
    )
    (report,) = _reports(body)
    assert (report.date, report.date_text) == (PartialDate(2024, 6, 18), "18일")


def test_the_day_an_agreement_is_told_done_through_is_the_one_right_before_it():
    later = (
        "누리도가 한빛공사, 다온협의회와 일자리 창출을 위해 손을 맞잡았다.\n"
        "도는 지난 3일 공모를 마친 뒤 18일 협약을 통해 판로 지원에 협력하기로 했다.\n"
    )
    (report,) = _reports(later)
    assert report.date == PartialDate(2024, 6, 18)


def test_a_lede_that_says_two_bodies_go_along_together_tells_the_signing_the_page_names():
    body = (
        "누리FC가 한빛해군교육사령부와 상호 발전을 위해 함께한다.\n"
        "이번 업무협약식은 양 기관의 유대 관계 강화를 위해 28일 오후 교육사령부에서 진행했다.\n"
    )
    [report] = extract_agreements(Article(None, body, published=PartialDate(2024, 5, 29)))
    assert {p.name for p in report.parties} == {"누리FC", "한빛해군교육사령부"}
    assert report.status == "signed"
    # A page that names no agreement of its own tells none.
    festival = (
        "누리FC가 한빛시와 지역 축제에 함께한다.\n양 기관은 지난해 업무협약을 체결한 바 있다.\n"
    )
    assert extract_agreements(Article(None, festival, published=PartialDate(2024, 5, 29))) == []
