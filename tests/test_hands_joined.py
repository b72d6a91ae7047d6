"""A signing told by the handshake in the lede, on pages whose other sentences speak of the
agreement only as made, or whose headline alone names it."""

from __future__ import annotations

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
        "두 도시는 다음 달 업무협약을 체결할 예정이다.\n"
    )
    assert all(r.status == "planned" for r in _reports(body))


def test_a_handshake_on_a_page_that_names_no_agreement_reports_nothing():
    body = "한빛시와 누리시가 관광 활성화를 위해 손을 맞잡았다.\n두 도시는 축제를 함께 연다.\n"
    assert _reports(body) == []
