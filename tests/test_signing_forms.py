"""Ways outlets tell a signing as made that the plain "체결했다" does not cover: a ceremony by
its guests or programme, a document written out or signed by a loan word, a treasury
agreement's own name."""

from __future__ import annotations

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.models import Article, PartialDate


def test_a_ceremony_with_a_long_roster_or_its_programme_told_is_held():
    roster = ", ".join(
        f"{n} 누리{i}대 총장"
        for i, n in enumerate(
            ["김가람", "이나래", "박다솜", "최라온", "정마루", "한바다", "윤사랑", "오아름"]
        )
    )
    long_roster = (
        "이날 협약식에는 한빛시정연구원 이사장인 홍길동 한빛시장을 비롯해 "
        f"{roster} 등 관계자 10여명이 참석했다.\n"
    )
    programme = (
        "이날 협약식에는 윤하늘 계양구청장과 이솔 영월군수 등 관계자 40여 명이 참석한 가운데 "
        "두 도시의 홍보영상 시청, 자매결연협약서 서명, 기념품 교환 및 기념촬영 순으로 진행됐다.\n"
    )
    for body in (long_roster, programme):
        assert len(extract_agreements(Article(title=None, body=body))) == 1


def test_an_agreement_written_out_together_is_signed():
    body = (
        "김하늘 당선인과 이솔 당선인은 28일 인수위원회 회의실에서 누리도와 누리도교육청 간 "
        "교육협력 추진체계를 구축한다는 내용의 합의서를 작성했다.\n"
    )
    [report] = extract_agreements(Article(title=None, body=body))
    assert report.status == "signed"
    drafting = "두 기관은 내년에 합의서 작성을 검토하기로 했다.\n"
    assert extract_agreements(Article(title=None, body=drafting)) == []


def test_a_document_signed_as_the_loan_word_says_it_is_signed():
    body = "누리시는 28일 한빛대학교와 업무협약서에 사인했다.\n"
    [report] = extract_agreements(
        Article(title=None, body=body, published=PartialDate(2015, 1, 30))
    )
    assert [p.name for p in report.parties] == ["누리시", "한빛대학교"]
    assert report.status == "signed" and report.date == PartialDate(2015, 1, 28)


@pytest.mark.parametrize("noun", ["금고업무 약정", "금고 업무 약정", "구 금고업무약정"])
def test_a_treasury_business_agreement_is_an_agreement(noun: str):
    body = f"누리구는 지난 31일 소회의실에서 한빛은행과 {noun}을 체결했다.\n"
    [report] = extract_agreements(
        Article(title=None, body=body, published=PartialDate(2023, 11, 2))
    )
    assert [p.name for p in report.parties] == ["누리구", "한빛은행"]
    assert report.kind == "약정"


def test_a_treasury_agreement_made_with_a_light_verb_is_signed_at_its_ceremony():
    """ "금고 약정을 했다", without 체결: the treasury agreement is made, and the room of its
    약정식 is its place."""
    body = (
        "충북 한빛군은 29일 NH농협은행 한빛군지부와 차기 군 금고 약정을 했다고 밝혔다.\n"
        "이날 한빛군청 군수실에서 열린 약정식에는 관계자 10여명이 참석했다.\n"
    )
    [report] = extract_agreements(
        Article(title=None, body=body, published=PartialDate(2025, 12, 29))
    )
    assert report.kind == "약정" and report.status == "signed"
    assert report.date == PartialDate(2025, 12, 29)
    assert report.place == "한빛군청 군수실"


def test_a_signing_told_as_completed_is_made():
    """ "협약 체결을 완료했다": 체결을 followed by its completion is a signing made, as "체결을
    마쳤다" is; "체결을 추진했다" is still none."""
    done = "누리공사 한빛지사는 한빛시와 지난 2월 3일 위·수탁 협약 체결을 완료했다고 밝혔다.\n"
    [report] = extract_agreements(Article(title=None, body=done, published=PartialDate(2016, 3, 5)))
    assert report.date == PartialDate(2016, 2, 3) and report.status == "signed"
    pursued = "누리공사 한빛지사는 한빛시와 위·수탁 협약 체결을 추진했다고 밝혔다.\n"
    assert extract_agreements(Article(title=None, body=pursued)) == []


@pytest.mark.parametrize(
    "told",
    [
        "대구시와 광주시는 27일 공원에서 협력을 다짐하는 협약식을 한 뒤 시청에 도착했다.",
        "대구시는 27일 광주시와 서면 협약을 한 뒤 두 도시의 교류를 넓히기로 했다.",
    ],
)
def test_a_signing_told_by_a_light_verb_that_goes_on_is_made(told: str):
    """ "협약식을 한 뒤", "협약을 한 뒤": the light verb going on to what followed still tells
    the signing made ("한 후" is left out: it is also the start of "한 후보")."""
    [report] = extract_agreements(
        Article(title=None, body=told + "\n", published=PartialDate(2024, 4, 28))
    )
    assert report.date == PartialDate(2024, 4, 27) and report.status == "signed"


def test_a_candidate_or_a_protest_statement_is_no_signing():
    """ "정책협약을 한 후보를", "공동성명을 발표하고 …규탄했다": no signing, whatever words a
    signing shares with them."""
    for body in (
        "한빛노총은 27일 정책협약을 한 후보를 지지하기로 했다.\n",
        "한빛환경운동연합 등 시민단체들은 25일 공동성명을 발표하고 개발 계획을 규탄했다.\n",
    ):
        assert extract_agreements(Article(title=None, body=body)) == []


def test_a_joint_declaration_is_made_by_announcing_it():
    """ "공동선언문을 발표했다" makes the declaration; "양해각서를 발표했다" is news of an MOU,
    no signing."""
    declared = (
        "이장우 대전시장은 25일 시애틀 시청에서 브루스 해럴 시애틀 시장과 만나 "
        "공동선언문을 발표했다.\n"
    )
    [report] = extract_agreements(
        Article(title=None, body=declared, published=PartialDate(2024, 6, 27))
    )
    assert report.kind == "공동선언" and report.date == PartialDate(2024, 6, 25)
    announced = "대구시는 이날 오리온스 구단이 고양시와 양해각서를 발표했다고 밝혔다.\n"
    assert extract_agreements(Article(title=None, body=announced)) == []


def test_a_ceremony_told_as_having_been_with_its_guests_is_held():
    body = (
        "누리축구단의 충주 연고 협약식(사진)이 12일 오전 11시 연맹 사무실에서 충주시와 "
        "국군체육부대(상무) 관계자 등이 참석한 가운데 있었다.\n"
    )
    [report] = extract_agreements(
        Article(title=None, body=body, published=PartialDate(2011, 1, 13))
    )
    assert report.status == "signed" and report.date == PartialDate(2011, 1, 12)
    scheduled = "협약식은 12일 열릴 예정이었으나 취소됐다.\n"
    assert extract_agreements(Article(title=None, body=scheduled)) == []


@pytest.mark.parametrize(
    "body",
    [
        "누리FC 선수들은 한빛병원과의 업무협약을 기념해 병원을 찾은 어린이 환자들에게 유니폼에 "
        "사인을 했다.\n",
        "누리시는 한빛대학교와 협의를 거쳐 24일 협약서를 작성했고 시의회 동의를 받은 뒤 서명할 "
        "계획이다.\n",
    ],
)
def test_an_autograph_or_a_draft_is_no_signing(body: str):
    reports = extract_agreements(Article(title=None, body=body, published=PartialDate(2023, 7, 1)))
    assert all(report.status != "signed" for report in reports)


def test_a_signing_as_the_start_of_a_period_reports_none():
    body = (
        "투자양해각서 체결부터 착공까지 행정절차에 통상 2년이 걸리는 관례를 깨고 경북도와 포항시의 "
        "지원을 받은 한빛케미칼은 7일 영일만산단에서 공장 착공식을 열었다.\n"
    )
    assert (
        extract_agreements(Article(title=None, body=body, published=PartialDate(2021, 6, 8))) == []
    )


def test_an_investment_contract_is_an_investment_agreement_and_a_tally_of_them_is_none():
    body = (
        "김하늘 한빛경제청장과 이솔 누리도어 대표는 11일 한빛타워에서 누리도어 2공장 건립을 "
        "위한 투자계약을 체결했다.\n"
    )
    [report] = extract_agreements(Article(title=None, body=body))
    assert report.kind == "투자협약"
    assert report.date == PartialDate(None, None, 11)
    tally = "한빛경제청은 개청 이후 투자계약 62건 가운데 54건이 실제 투자로 이어졌다고 밝혔다.\n"
    assert extract_agreements(Article(title=None, body=tally)) == []


def test_an_agreement_extended_is_signed_anew():
    body = "한빛군은 9월 7일 누리시와 계절근로자 도입을 위한 업무협약(MOU)을 연장했다고 밝혔다.\n"
    [report] = extract_agreements(Article(title=None, body=body))
    assert report.status == "signed"
    assert report.date == PartialDate(None, 9, 7)


def test_a_document_signed_and_exchanged_is_signed_and_a_tie_s_document_names_the_tie():
    exchanged = "순천시는 12일 담양군과 협약서 서명 및 교환을 했다.\n"
    [report] = extract_agreements(Article(None, exchanged, published=PartialDate(2023, 7, 25)))
    assert (report.status, report.date) == ("signed", PartialDate(2023, 7, 12))
    assert [p.name for p in report.parties] == ["전라남도 순천시", "전라남도 담양군"]
    tie = "순천시는 12일 담양군과 결연서에 서명했다.\n"
    [report] = extract_agreements(Article(None, tie, published=PartialDate(2023, 7, 25)))
    assert report.kind == "자매결연"


@pytest.mark.parametrize(
    "sentence",
    [
        "특히 군은 지난 16일 식품 대기업인 누리푸드와 760억원 규모의 투자협약을 성사시켜 "
        "400여 명의 고용 효과를 거뒀다.",
        "누리군은 지난 16일 누리푸드와의 투자협약이 성사됐다고 밝혔다.",
    ],
)
def test_an_agreement_brought_off_is_signed(sentence: str):
    """ "투자협약을 성사시켜": an agreement brought off is made, on its day; an investment
    brought off ("유치를 성사시킨") is no agreement made, even beside one sought."""
    [report] = extract_agreements(
        Article(title=None, body=sentence + "\n", published=PartialDate(2023, 12, 20))
    )
    assert report.status == "signed" and report.date == PartialDate(2023, 12, 16)
    assert "누리푸드" in [p.name for p in report.parties]
    tally = "누리군은 올해 투자유치 20건을 성사시켰다.\n"
    assert extract_agreements(Article(title=None, body=tally)) == []
    # What was brought off is the investment; the agreement is only sought.
    sought = "누리군은 한빛전자 유치를 성사시킨 데 이어 내년에는 미르화학과 투자협약을 추진한다.\n"
    assert all(r.status != "signed" for r in extract_agreements(Article(title=None, body=sought)))


def test_a_ceremony_named_with_the_agreements_latin_name_is_held():
    """ "업무협약(MOU)식을 가졌다": the Latin name between the agreement and its ceremony."""
    body = "누리소방서는 4일 한빛복지관과 안전문화 정착을 위한 업무협약(MOU)식을 가졌다.\n"
    [report] = extract_agreements(Article(title=None, body=body, published=PartialDate(2017, 5, 5)))
    assert [p.name for p in report.parties] == ["누리소방서", "한빛복지관"]
    assert report.status == "signed" and report.date == PartialDate(2017, 5, 4)


@pytest.mark.parametrize(
    "sentence",
    [
        "진주시는 지난 4일 고흥군과 자매결연을 맺으며 교류의 새 장을 열었다고 밝혔다.",
        "진주시와 고흥군이 ‘상생발전을 위한 자매결연 협약식’을 4일 열고 협력을 다짐했다.",
        "진주시와 고흥군은 4일 군청에서 자매결연 협약을 갖고 협력을 다짐했다.",
        "진주시와 고흥군은 4일 군청에서 자매결연 협약을 하며 협력을 다짐했다.",
        "진주시와 고흥군은 4일 군청에서 자매결연 협약식을 가진 뒤 기념촬영을 했다.",
    ],
)
def test_a_tie_told_by_a_verb_joining_the_next_clause_is_made(sentence: str):
    [report] = extract_agreements(
        Article(title=None, body=sentence + "\n", published=PartialDate(2024, 9, 6))
    )
    assert [p.name for p in report.parties] == ["경상남도 진주시", "전라남도 고흥군"]
    assert report.kind == "자매결연"
    assert report.status == "signed" and report.date == PartialDate(2024, 9, 4)


@pytest.mark.parametrize(
    "body",
    [
        "진주시는 4일 홀몸노인 20명과 결연을 맺고 생필품을 전달했다.\n",
        "한빛기업은 4일 누리아동센터 아동 30명과 결연식을 갖고 후원금을 전달했다.\n",
    ],
)
def test_a_bare_결연_with_people_is_a_sponsorship_not_a_signing(body: str):
    assert extract_agreements(Article(title=None, body=body)) == []


@pytest.mark.parametrize(
    "body",
    [
        "진주시와 고흥군은 4일 결연한 의지로 업무협약을 체결했다.\n",
        "진주시는 4일 한빛복지관과 협약을 맺고 결연을 맺은 아동 20명을 지원하기로 했다.\n",
    ],
)
def test_a_bare_결연_in_the_sentence_leaves_the_kind_an_업무협약(body: str):
    [report] = extract_agreements(Article(title=None, body=body, published=PartialDate(2024, 9, 6)))
    assert report.kind == "업무협약"


def test_an_agreement_held_from_before_is_no_signing():
    body = "진주시는 이미 고흥군과 자매결연 협약을 갖고 있는 유일한 도시다.\n"
    assert extract_agreements(Article(title=None, body=body)) == []


def test_a_tie_told_as_how_a_relation_began_is_its_history():
    body = (
        "양 지자체의 인연은 2001년 5월 3일 진주시와 고흥군이 교류 활성화를 위해 자매결연을 "
        "맺으며 시작됐다.\n"
    )
    assert extract_agreements(Article(title=None, body=body)) == []


@pytest.mark.parametrize("held", ["참석해 진행됐다", "참석하여 진행되었다"])
def test_a_ceremony_told_by_its_guests_who_attended_it_is_held(held: str):
    body = (
        "누리바이오 본사에서 진행된 협약식은 김하늘 한빛병원장과 이솔 누리바이오 대표 등 주요 "
        f"관계자가 {held}.\n"
    )
    [report] = extract_agreements(Article(title=None, body=body))
    assert report.status == "signed"


@pytest.mark.parametrize(
    "body",
    [
        "진주시는 4일 한빛전자와 협약을 갖고 있다고 밝혔다.\n",
        "진주시는 한빛전자와 협약을 갖고 있던 기관이다.\n",
        "진주시와 고흥군은 아직 협약 체결을 맺은 적이 없다.\n",
        "진주시는 고흥군과 협약 체결을 갖고 싶다고 밝혔다.\n",
        "진주시는 고흥군과 자매결연을 맺으며 쌓아온 신뢰를 바탕으로 이번 축제에 참가했다.\n",
        "진주시는 앞으로 고흥군과 자매결연을 맺으며 교류를 넓혀갈 계획이다.\n",
    ],
)
def test_an_agreement_held_wished_or_built_on_is_no_signing_of_the_day(body: str):
    reports = extract_agreements(Article(title=None, body=body, published=PartialDate(2024, 9, 6)))
    assert [r for r in reports if r.status == "signed"] == []


@pytest.mark.parametrize(
    "body",
    [
        "진주시와 고흥군은 4일 협약을 체결하고 사업이 시작됐다고 밝혔다.\n",
        "진주시와 고흥군은 4일 자매결연을 맺으며 새로운 교류의 장이 시작됐다.\n",
        "진주시는 4일 고흥군과 우호도시 협정체결을 맺었다.\n",
        "진주시는 4일 고흥군과 업무협약 체결을 맺고 협력을 다짐했다.\n",
    ],
)
def test_a_signing_that_starts_something_or_is_told_twice_over_is_made(body: str):
    [report] = extract_agreements(Article(title=None, body=body, published=PartialDate(2024, 9, 6)))
    assert (report.status, report.date) == ("signed", PartialDate(2024, 9, 4))
