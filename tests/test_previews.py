"""Signings to come: a preview with a day is a planned agreement, one called off is none.
Each a general rule, with our own sentences."""

from __future__ import annotations

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.models import Article, PartialDate

PUBLISHED = PartialDate(2021, 2, 22)


def _reports(body: str, title: str | None = None):
    return extract_agreements(Article(title=title, body=body, published=PUBLISHED))


def test_a_preview_whose_partners_only_the_lines_before_name_is_planned_on_its_day():
    body = (
        "김포시는 지역 인재 양성을 위해 지역 내 3개 대학과 협조체계를 구축하는 등 상생 협력에 "
        "나섰다.\n"
        "22일 시에 따르면 시는 지역 내 한빛대학교, 다온대학교, 미르대학 등 3개 대학과 학술 "
        "교류를 도모하기로 했다.\n"
        "이에 따라 시는 오는 25일 시청에서 3개 대학과 협조체계를 구축하는 협약서를 체결한다.\n"
    )
    (report,) = _reports(body, title="김포시 “지역 대학과 상생” 관학협약 체결")
    assert (report.status, report.date) == ("planned", PartialDate(2021, 2, 25))
    assert [p.name for p in report.parties] == [
        "경기도 김포시",
        "한빛대학교",
        "다온대학교",
        "미르대학",
    ]


def test_a_ceremony_put_off_at_short_notice_is_no_signing():
    body = (
        "김포시와 한빛그룹의 문화산업 발전을 위한 업무협약식이 하루 전날 미뤄졌다.\n"
        "김포시와 한빛그룹이 지난 9일 시청에서 양해각서(MOU)에 서명하기로 한 행사가 전격 "
        "연기된 이유를 두고 여러 해석이 나온다.\n"
    )
    assert _reports(body) == []


def test_a_joint_statement_to_be_adopted_on_a_day_is_planned():
    body = (
        "서울시와 경기도, 코레일은 25일 오전 시청에서 통합요금제 시행을 위한 공동 합의문을 "
        "채택한다.\n"
    )
    (report,) = _reports(body)
    assert (report.status, report.date) == ("planned", PartialDate(2021, 2, 25))
    assert [p.name for p in report.parties] == ["서울특별시", "경기도", "코레일"]
    assert _reports("서울시는 경기도와 공동 합의문을 채택할 계획이다.\n") == []


def test_a_signing_today_in_an_undated_broadcast_is_planned_without_a_date():
    body = "경상북도와 상주시, 웅진그룹이 오늘 1조 원 규모 투자 양해각서를 체결합니다.\n"
    (report,) = extract_agreements(Article(title=None, body=body, published=None))
    assert (report.status, report.date) == ("planned", None)
    assert [p.name for p in report.parties] == ["경상북도", "경상북도 상주시", "웅진그룹"]
    for plan in (
        "경상북도는 상주시와 투자 양해각서를 체결할 계획입니다.\n",
        "완도 금일읍 어촌계는 한빛전력과 상생협약을 체결할 예정입니다.\n",
        "오늘날 누리시는 한빛대와 협약을 체결할 계획입니다.\n",
        "내일의 성장을 위해 누리시는 한빛대와 협약을 체결할 계획입니다.\n",
        "누리도지사는 내일부터 이틀 동안 도쿄에서 일본 기업 두 곳과 협약을 체결합니다.\n",
    ):
        assert extract_agreements(Article(title=None, body=plan, published=None)) == []


def test_the_day_a_source_is_cited_on_dates_no_signing_planned_during_a_trip():
    trip = (
        "22일 누리도에 따르면 유치단은 이 기간 일본 오사카와 도쿄에서 부품업체인 "
        "니폰페인트사와 부품공장 설립 양해각서를 체결할 예정이다.\n"
    )
    assert _reports(trip) == []
    dated = trip.replace("이 기간", "오는 25일")
    (report,) = _reports(dated)
    assert (report.status, report.date) == ("planned", PartialDate(2021, 2, 25))


def test_the_day_several_sources_are_cited_on_dates_no_signing_planned_for_month_end():
    plan = (
        "중국 이차전지 기업 가온켐이 새만금국가산업단지에 1조 2천억 원을 들여 공장을 짓는다.\n"
        "19일 새만금개발청과 전북도 등에 따르면 이달 말이나 다음달 초에 가온켐과 투자 협약을 "
        "맺을 계획이다.\n"
    )
    assert extract_agreements(Article(title=None, body=plan)) == []


def test_a_signing_on_a_visit_still_to_come_without_its_day_is_no_news_yet():
    trip = (
        "대표단은 오는 6일부터 10일까지 중국 자싱시를 방문하여 우호협력 협약을 체결하고 "
        "진강시에서는 자매결연 25주년 기념행사 등 교류 활동을 진행한다.\n"
    )
    assert _reports(trip) == []
    done = trip.replace("오는 6일부터 10일까지", "지난 6일").replace("진행한다", "진행했다")
    assert len(_reports(done)) == 1


def test_a_signing_said_to_be_coming_is_planned():
    body = (
        "누리도 대표단은 시짱자치구를 방문한다. 시짱자치구는 해외 지자체와 처음으로 우호교류 "
        "협약을 체결하는 것으로 알려졌다.\n"
    )
    assert _reports(body) == []
    assert len(_reports(body.replace("체결하는 것으로", "체결한 것으로"))) == 1


def test_a_window_ahead_before_a_signing_told_as_past_leaves_it_signed():
    body = (
        "누리시는 오는 12일부터 열리는 축제를 앞두고 3일 한빛관광공사와 업무협약을 체결했으며, "
        "축제 기간 홍보에 협력한다.\n"
    )
    (report,) = _reports(body)
    assert (report.status, report.date) == ("signed", PartialDate(2021, 2, 3))


def test_a_ceremony_closed_by_a_signing_is_no_plan():
    body = "누리시와 한빛대학교는 24일 업무협약을 체결하는 것으로 협력의 첫발을 뗐다.\n"
    (report,) = _reports(body)
    assert (report.status, report.date) == ("signed", PartialDate(2021, 2, 24))


def test_a_signing_planned_at_the_occasion_just_told_takes_its_day():
    """ "도는 이번 설명회를 통해 … 협약(MOU)을 맺을 계획이다": the signing is the dated
    occasion's; a trip of several days gives none of its days to one."""
    body = (
        "경상남도는 오는 25일 서울에서 투자기업 CEO 300여 명을 초청해 투자유치 설명회를 "
        "열기로 했다.\n"
        "도는 이번 설명회를 통해 16개 업체에서 3천억원 규모의 투자를 이끌어내는 협약(MOU)을 "
        "맺을 계획이다.\n"
    )
    (report,) = _reports(body)
    assert (report.status, report.date) == ("planned", PartialDate(2021, 2, 25))
    trip = (
        "경상남도는 오는 26일부터 3박4일 일정으로 중국을 방문한다.\n"
        "김 지사는 27일 상하이에서 투자설명회를 연다.\n"
        "도는 이번 방문 기간 중 자싱시와 우호협력 협약을 체결할 예정이다.\n"
    )
    assert _reports(trip) == []
    # An occasion already past: what is planned through it has no day of its own.
    past = (
        "경상남도는 20일 도청에서 청년 일자리 국제포럼을 개최했다.\n"
        "도는 이번 포럼을 통해 한빛대학교와 업무협약을 체결할 계획이다.\n"
    )
    assert _reports(past) == []


@pytest.mark.parametrize(
    "body",
    [
        # The verb written apart is still a plan, here with no day.
        "한빛시가 올 상반기에 미국 누리주와 자매결연을 체결 한다.\n",
        # One deed among many in a history.
        "그간 누리시 정부는 한빛도와 우호교류를 체결하는 등 상호 협력 관계를 유지해 왔으나, "
        "도의회와의 만남은 이번이 처음이다.\n",
    ],
)
def test_a_plan_or_a_history_written_so_is_no_signing(body: str):
    assert _reports(body) == []


@pytest.mark.parametrize("month", ["다음 달", "다음 달(3)", "내달(3월)"])
def test_a_signing_next_month_before_what_follows_is_no_signing_yet(month: str):
    body = (
        f"태안군은 국비를 지원받게 됐다며, {month} 한빛에너지공단과 협약을 맺은 뒤 올 "
        "하반기부터 본격적인 사업에 나설 계획입니다.\n"
    )
    assert _reports(body) == []


def test_a_signing_told_in_the_present_on_a_statements_day_is_planned_on_that_day():
    """A press release of the day's ceremony: "체결한다고 22일 밝혔다" with no other day."""
    body = (
        "한빛전자와 한국남부발전은 부산 본사에서 ‘수소연료전지 실증사업 업무협약’을 "
        "체결한다고 22일 밝혔다.\n"
        "두 회사는 협약에 따라 연료전지 설비를 함께 구축한다.\n"
    )
    (report,) = _reports(body)
    assert (report.status, report.date) == ("planned", PartialDate(2021, 2, 22))
    assert [p.name for p in report.parties] == ["한빛전자", "한국남부발전"]


@pytest.mark.parametrize("told", ["체결할 예정이라고", "체결하기로 했다고"])
def test_a_plan_told_on_a_statements_day_is_no_signing_of_that_day(told: str):
    body = f"한빛전자와 한국남부발전은 ‘수소연료전지 실증사업 업무협약’을 {told} 22일 밝혔다.\n"
    assert _reports(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "한빛전자와 한국남부발전은 연내 실증사업 업무협약을 체결한다고 22일 밝혔다.\n",
        "한빛전자는 다음 주 한국남부발전과 실증사업 업무협약을 체결한다고 22일 밝혔다.\n",
        "한빛전자와 한국남부발전의 실증사업 업무협약이 다음 주 체결된다고 22일 밝혔다.\n",
        "한빛전자는 이르면 이번 주 한국남부발전과 업무협약을 체결한다고 22일 밝혔다.\n",
        "한빛전자는 올해 안에 한국남부발전과 업무협약을 체결한다고 22일 밝혔다.\n",
        "한빛전자와 한국남부발전은 실증사업 업무협약을 체결한다고 22일 밝혔다.\n"
        "협약식은 다음 주 부산 본사에서 열린다.\n",
        "한빛전자와 한국남부발전은 업무협약을 체결하기로 최종 합의를 이뤘다고 22일 밝혔다.\n",
        "한빛전자와 한국남부발전은 업무협약을 체결할 것으로 보인다고 22일 밝혔다.\n",
    ],
)
def test_a_signing_timed_otherwise_or_worded_as_a_plan_takes_no_statements_day(body: str):
    assert _reports(body) == []


def test_what_follows_from_the_signing_timed_ahead_leaves_it_the_statements_day():
    body = (
        "한빛구가 누리산업과 신공장 설립을 위한 투자협약을 체결한다고 22일 밝혔다.\n"
        "누리산업은 약 40억원을 투자해 공장을 신설할 예정이다.\n"
        "신공장은 오는 10월 착공해 내년 1월 준공을 목표로 하고 있다.\n"
    )
    (report,) = _reports(body)
    assert (report.status, report.date) == ("planned", PartialDate(2021, 2, 22))


@pytest.mark.parametrize(
    "body",
    [
        "한빛전자와 한국남부발전의 실증사업 업무협약이 체결된다고 22일 밝혔다.\n",
        "한빛전자는 한국남부발전과 향후 5년간 협력하는 업무협약을 체결한다고 22일 밝혔다.\n",
        "한빛전자는 내년 착공하는 신공장 건립을 위해 한국남부발전과 투자협약을 체결한다고 22일 "
        "밝혔다.\n",
        "한빛전자는 한국남부발전과 투자협약을 체결한다고 22일 밝혔다.\n"
        "한빛전자는 협약 체결에 따라 내년 상반기 공장을 착공한다.\n",
        "한빛전자는 한국남부발전과 업무협약을 체결한다고 22일 밝혔다.\n"
        "협약 기간은 체결일로부터 3년이며 향후 연장할 수 있다.\n",
    ],
)
def test_a_time_ahead_of_something_else_leaves_the_signing_the_statements_day(body: str):
    (report,) = _reports(body)
    assert (report.status, report.date) == ("planned", PartialDate(2021, 2, 22))


def test_a_signing_days_after_its_undated_statement_is_still_to_come():
    body = (
        "누리부와 한빛시, 다온공사는 물 관리 시범사업 추진을 위해 9일 업무협약을 체결하고 "
        "상호협력에 나선다고 8일 밝혔다.\n"
    )
    (report,) = extract_agreements(Article(title=None, body=body, published=None))
    assert (report.status, report.date) == ("planned", PartialDate(None, None, 9))
    # Told as done, or on a day before the statement's, it was signed.
    for done in (
        "한빛시는 다온공사와 9일 업무협약을 체결했다고 8일 밝혔다.\n",
        "한빛시는 다온공사와 지난 7일 업무협약을 체결하고 협력에 나선다고 8일 밝혔다.\n",
        "한빛시는 다온공사와 지난 9일 업무협약을 체결하고 협력에 나선다고 8일 밝혔다.\n",
        "한빛시는 다온공사와 지난달 9일 업무협약을 체결하고 협력에 나선다고 8일 밝혔다.\n",
    ):
        (report,) = extract_agreements(Article(title=None, body=done, published=None))
        assert report.status == "signed"
