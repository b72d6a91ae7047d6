"""Words real outlets report a signing with, and those that only seem to: each a general
rule, with our own sentences."""

from __future__ import annotations

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.models import Article, PartialDate

PUBLISHED = PartialDate(2023, 7, 25)


def _reports(body: str, title: str | None = None, published: PartialDate | None = PUBLISHED):
    return extract_agreements(Article(title=title, body=body, published=published))


def test_a_signing_told_as_what_happened_is_reported_also_in_an_undated_text():
    for ending in ("체결한 것이다.", "체결한 것으로 알려졌다.", "체결한 소식을 전했다."):
        body = f"누리군과 한빛병원이 24일 군수집무실에서 업무협약을 {ending}\n"
        (report,) = _reports(body, published=None)
        assert {p.name for p in report.parties} == {"누리군", "한빛병원"}
        assert report.date == PartialDate(None, None, 24)


def test_a_signing_that_only_sets_the_scene_is_still_background():
    body = "누리군과 한빛병원이 업무협약을 체결한 기념으로 건강검진 행사를 열었다.\n"
    assert _reports(body) == []


def test_an_agreement_renewed_is_signed_anew():
    body = "강원도는 24일 도청에서 자매도시인 일본 누리현과 '우호 협정서'를 갱신했다.\n"
    (report,) = _reports(body)
    assert report.status == "signed"
    assert report.kind == "협정"
    assert {p.name for p in report.parties} == {"강원특별자치도", "누리현"}


def test_a_tie_told_as_held_is_signed_and_its_anniversary_is_not():
    body = "한빛농협과 누리농협의 자매결연이 지난 6일 한빛농협 회의실에서 열렸다.\n"
    (report,) = _reports(body)
    assert report.date == PartialDate(2023, 7, 6)
    assert {p.name for p in report.parties} == {"한빛농협", "누리농협"}
    anniversary = "한빛농협과 누리농협의 자매결연 20주년 기념식이 지난 6일 열렸다.\n"
    assert _reports(anniversary) == []


def test_partners_signed_with_before_are_not_the_coming_signing_s():
    body = (
        "누리시는 7일 서울에서 투자설명회를 연다.\n"
        "누리시는 이미 한빛제약, 다온바이오, 청솔메디칼, 가람정밀 등 4개 기업과 투자협약을 "
        "체결한 상태이며 설명회 당일에는 ㈜바른텍, 새솔약품㈜ 등 2곳과 투자협약을 맺을 예정이다.\n"
    )
    (report,) = _reports(body)
    assert report.status == "planned"
    assert [p.name for p in report.parties] == ["누리시", "바른텍", "새솔약품"]


def test_a_list_that_names_no_participants_is_not_the_participants():
    body = (
        "광주시는 지난해 가람정밀, 새솔화학, 다온식품 등 3개 기업에 창업자금을 지원했다.\n"
        "올해는 지원 대상을 10곳으로 늘렸다.\n"
        "광주시는 20일 청년 일자리 사업 참여 기업과 업무협약을 체결했다.\n"
    )
    (report,) = _reports(body)
    assert [p.name for p in report.parties] == ["광주광역시"]


def test_a_subject_set_off_by_a_comma_still_signs_after_a_prior_signing():
    body = "화순군은, 지난해 누리전자와 협약을 체결한 데 이어 20일 다온식품과도 협약을 맺었다.\n"
    (report,) = _reports(body)
    assert report.parties[0].name == "전라남도 화순군"


def test_the_participants_listed_before_the_signing_sign_it():
    body = (
        "부산시가 수소 기업들과 동맹을 결성했다.\n"
        "동맹 참여 기업은 한빛에너지, 다온테크, 가람정밀, 새솔수소 등 4개사이다.\n"
        "동맹은 3개 분과로 나눠 운영한다.\n"
        "부산시, 부산테크노파크와 참여 기업은 수소산업 육성을 위한 업무협약도 체결했다.\n"
    )
    (report,) = _reports(body)
    names = [p.name for p in report.parties]
    assert names[:2] == ["부산광역시", "부산테크노파크"]
    assert set(names[2:]) == {"한빛에너지", "다온테크", "가람정밀", "새솔수소"}


def test_partners_run_together_with_dots_and_said_to_take_part_sign():
    body = (
        "한빛발전은 17일 산업단지 재생에너지 투자를 위한 업무협약을 체결했다고 밝혔다.\n"
        "이번 협약에는 경기도·누리솔라·다온에너지·가람전력 등이 참여했습니다.\n"
    )
    (report,) = _reports(body)
    assert [p.name for p in report.parties] == [
        "한빛발전",
        "경기도",
        "누리솔라",
        "다온에너지",
        "가람전력",
    ]
    fields = "이번 협약에는 에너지·환경·교통 등 분야 전문가들이 참여했습니다.\n"
    (report,) = _reports(body.split("\n")[0] + "\n" + fields)
    assert [p.name for p in report.parties] == ["한빛발전"]


def test_a_count_of_industry_academia_and_research_bodies_is_named_by_the_roster_after_it():
    body = (
        "울산시는 총 5개 산학연관과 함께 청정수소 연합지구 조성사업 협약을 체결했다.\n"
        "참여 기관은 울산시와 누리테크노파크, 한빛수소, 다온화학, 가람에너지 등이다.\n"
    )
    (report,) = _reports(body)
    assert [p.name for p in report.parties] == [
        "울산광역시",
        "누리테크노파크",
        "한빛수소",
        "다온화학",
        "가람에너지",
    ]


def test_two_heads_signing_for_both_cities_sign_for_the_cities_the_headline_names():
    title = "빛고을시, 자매도시 가나자와시와 자매결연 20주년 기념식 개최"
    body = (
        "빛고을시가 20년째 자매결연을 이어 온 일본 가나자와시와 우호 관계를 강화한다.\n"
        "빛고을시와 가나자와시는 21일 두 도시 관계자들이 참석한 가운데 기념식을 열었다.\n"
        "이 자리에서 김 시장과 야마다 시장은 양 도시를 대표해 교류 확대를 위한 합의서에 서명했다.\n"
    )
    (report,) = _reports(body.replace("빛고을시", "전주시"), title.replace("빛고을시", "전주시"))
    assert {p.name for p in report.parties} == {"전북특별자치도 전주시", "가나자와시"}
    assert report.kind == "합의문"


def test_a_sentence_about_a_signing_as_its_topic_opens_none():
    body = (
        "누리시의회가 시와 외부기관이 맺은 협약을 두고 문제를 삼았다.\n"
        "시의회 동의를 받지 않아도 되는 협약체결에 대해 시의회 측이 문제를 제기했다.\n"
    )
    assert _reports(body.replace("누리시", "용인시")) == []


def test_how_a_signing_was_done_may_stand_between_the_agreement_and_its_verb():
    body = "누리도는 24일 한빛식품과 300억원 규모의 투자협약을 서면으로 했다.\n"
    (report,) = _reports(body)
    assert (report.kind, report.status) == ("투자협약", "signed")
    assert {p.name for p in report.parties} == {"누리도", "한빛식품"}
    assert _reports("누리도와 한빛식품은 협약을 기반으로 했다.\n") == []
    # Exchanged with each other: "상호", "서로".
    body = "누리구는 지난 27일 한빛시와 우호교류 협력 의향서를 상호 교환했다.\n"
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"누리구", "한빛시"}
    # To be done so on a day to come, it is planned, as it is without the adverb.
    for ahead in ("서로 교환하기로 했다", "서로 교환할 예정이다"):
        body = f"누리구는 오는 20일 한빛시와 우호교류 협력 의향서를 {ahead}.\n"
        assert [r.status for r in _reports(body)] == ["planned"]
        assert [r.status for r in _reports(body.replace("서로 ", ""))] == ["planned"]


def test_memoranda_exchanged_are_signed_and_to_be_exchanged_are_planned():
    done = "강원도와 한빛대학교는 24일 교류 확대를 약속하는 양해각서를 주고받았다.\n"
    (report,) = _reports(done)
    assert (report.status, report.date) == ("signed", PartialDate(2023, 7, 24))
    ahead = "강원도와 한빛대학교는 오는 28일 교류 확대를 약속하는 양해각서를 주고받는다.\n"
    (report,) = _reports(ahead)
    assert (report.status, report.date) == ("planned", PartialDate(2023, 7, 28))


def test_a_broadcast_signing_said_in_the_formal_present_is_planned():
    body = "대구시와 한빛의료기는 오늘 오후 4시 시청에서 생산시설 건립 업무협약을 맺습니다.\n"
    (report,) = _reports(body)
    assert report.status == "planned"
    assert {p.name for p in report.parties} == {"대구광역시", "한빛의료기"}


def test_a_treaty_to_be_sealed_in_the_plain_present_is_planned():
    """ "협정서에 조인한다", like "체결한다", tells a signing to come; "조인했다" one made."""
    ahead = "울산시와 우시시는 27일 시청 상황실에서 ‘자매도시 협정서’에 조인한다.\n"
    (report,) = _reports(ahead, published=PartialDate(2009, 10, 26))
    assert (report.status, report.date) == ("planned", PartialDate(2009, 10, 27))
    done = "울산시와 우시시는 27일 시청 상황실에서 ‘자매도시 협정서’에 조인했다.\n"
    (report,) = _reports(done, published=PartialDate(2009, 10, 28))
    assert (report.status, report.date) == ("signed", PartialDate(2009, 10, 27))


def test_a_ceremony_of_the_agreement_and_another_act_is_the_signing():
    body = (
        "울산시는 8월 29일 시의회 시민홀에서 한빛대학교와 공동 업무협약 및 선언식을 개최한다고"
        " 밝혔다.\n"
    )
    (report,) = _reports(body, published=PartialDate(2023, 8, 24))
    assert (report.status, report.date) == ("planned", PartialDate(2023, 8, 29))
    assert {p.name for p in report.parties} == {"울산광역시", "한빛대학교"}


def test_a_headline_printed_apart_reports_the_signing_its_body_only_names():
    title = "가평군-서울 누리 FC, 스포츠문화발전 업무협약 체결"
    body = (
        "가평군은 서울 누리 FC, 가평군체육회와 3자간 업무협약으로 체육 발전의 발판을 마련했다.\n"
        "김 군수는 협약이 서로가 윈-윈 하는 계기가 되길 바란다고 말했다.\n"
    )
    (report,) = _reports(body, title)
    assert {p.name for p in report.parties} >= {"경기도 가평군", "서울 누리 FC"}
    assert (report.date, report.status) == (PUBLISHED, "signed")
    assert body[slice(*report.evidence_span)].startswith("가평군은 서울 누리 FC")


def test_a_signing_set_for_a_period_has_no_day_of_its_own():
    for period in ("오는 28~31일 열리는 설명회에 맞춰", "8월 28일~31일 누리시를 방문해"):
        body = f"누리도는 {period} 한빛사와 투자협약을 체결할 예정이다.\n"
        assert _reports(body) == [], period
    (report,) = _reports("누리도는 28일 한빛사와 투자협약을 체결할 예정이다.\n")
    assert (report.status, report.date) == ("planned", PartialDate(2023, 7, 28))


def test_a_trip_made_to_sign_is_no_signing():
    body = "누리시장이 미국 한빛카운티와 자매결연을 맺기 위해 25일 출국했다.\n"
    assert _reports(body) == []


def test_a_headline_printed_apart_needs_its_signing_and_a_body_that_does_not_deny_it():
    title = "강릉시-한빛대학교, 청년창업 업무협약 체결"
    sought = "강릉시와 한빛대학교는 이르면 다음 달 청년창업 업무협약을 추진한다.\n"
    ended = "강릉시가 한빛대학교와의 청년창업 업무협약을 해지했다.\n"
    assert _reports(sought, title) == []
    assert _reports(ended, title) == []
    unsigned_title = "강릉시-한빛대학교, 청년창업 업무협약"
    assert _reports("두 기관은 청년창업 업무협약으로 협력 체계를 다졌다.\n", unsigned_title) == []


def test_a_signing_reported_then_denied_or_renewed_in_a_concession_is_none():
    denied = (
        "강릉시가 제천시와 24일 업무협약을 체결한 것으로 알려졌으나, 시는 사실이 아니라고 밝혔다.\n"
    )
    assert _reports(denied, published=None) == []
    conceded = "강릉시와 제천시는 우호협력 협정을 갱신했지만 교류는 사실상 끊겼다.\n"
    assert _reports(conceded) == []


def test_a_press_release_day_with_its_weekday_dates_the_signing():
    body = "누리시는 5. 8(목) 10:30 시청에서 한빛전자와 투자양해각서(MOU)를 체결했다.\n"
    (report,) = _reports(body, published=PartialDate(2024, 5, 9))
    assert report.date == PartialDate(2024, 5, 8)
    rate = "성장률은 5.8%에 이르렀다.\n누리시는 8일 한빛전자와 협약을 체결했다.\n"
    (report,) = _reports(rate, published=PartialDate(2024, 5, 9))
    assert report.date == PartialDate(2024, 5, 8)


def test_the_two_counties_told_as_a_group_date_their_signing():
    body = (
        "진천군과 음성군이 공유도시 조성을 위한 업무협약을 맺었다.\n"
        "양 군은 29일 군 경계의 한빛공원에서 협약식을 열고 공동사업을 약속했다.\n"
    )
    (report,) = _reports(body, published=PartialDate(2023, 7, 30))
    assert report.date == PartialDate(2023, 7, 29)
    assert {p.name for p in report.parties} == {"충청북도 진천군", "충청북도 음성군"}


def test_a_series_of_signings_summed_up_reports_none():
    series = (
        "도는 지난 2월 한빛실트론과 업무협약(MOU) 체결을 시작으로 누리프로, 새솔퓨처엠 등 "
        "여러 기업과 연이어 협약했다.\n"
    )
    assert _reports(series) == []
    yearly = "누리시는 매년 100건 이상의 업무협약을 체결하였고, 재정부담이 따르는 협약도 많았다.\n"
    assert _reports(yearly) == []


def test_a_trip_to_sign_that_tells_the_signing_too_reports_it():
    body = (
        "누리시 대표단은 자매결연을 맺기 위해 지난 15일 출국해 17일 한빛시와 "
        "자매결연 협약을 체결했다.\n"
    )
    (report,) = _reports(body)
    assert report.date == PartialDate(2023, 7, 17)


def test_what_was_prepared_before_a_signing_leaves_it_news():
    body = (
        "영암군과 한국농어촌공사는 17일 업무협약을 체결한 후 그동안 공동으로 준비해 온 "
        "농촌관광 활성화 계획을 발표했다.\n"
    )
    (report,) = _reports(body)
    assert report.date == PartialDate(2023, 7, 17)


def test_a_tie_told_as_the_start_of_what_the_parties_do_every_year_is_background():
    body = (
        "진주시 상대동과 통영시 무전동은 2018년 5월 3일 자매결연을 맺고 "
        "해마다 주민 교류 행사를 열고 있다.\n"
    )
    assert _reports(body, published=None) == []


def test_a_running_total_before_a_signing_told_first_leaves_the_main_one():
    body = (
        "누리도는 올해 관광객을 유치하기 위해 지난 5월 7개 여행사와 업무협약을 맺은데 이어 "
        "17일 도청에서 ㈜한빛여행사 등 12개 업체와도 같은 협약을 체결한다.\n"
    )
    (report,) = _reports(body, published=PartialDate(2023, 7, 15))
    assert (report.status, report.date) == ("planned", PartialDate(2023, 7, 17))


def test_a_draft_agreement_signed_jointly_is_an_agreement():
    body = (
        "한빛원자력과 누리시, 새솔대책위원회는 8일 시청에서 계속운전 관련 지역상생방안에 대한 "
        "3자합의안에 공동서명했다.\n"
    )
    (report,) = _reports(body)
    assert (report.kind, report.date) == ("합의문", PartialDate(2023, 7, 8))
    assert "새솔대책위원회" in {p.name for p in report.parties}


def test_an_agreement_or_its_ceremony_done_with_a_plain_하고_is_signed():
    for verb in ("업무협약을 하고", "업무협약식을 하고"):
        body = f"누리경찰청은 4일 강원도와 자치경찰 정착을 위한 {verb} 공동 대응하기로 했다.\n"
        (report,) = _reports(body)
        assert (report.status, report.date) == ("signed", PartialDate(2023, 7, 4))
        assert "강원특별자치도" in {p.name for p in report.parties}


def test_an_agreement_revised_is_signed_anew():
    body = "누리도와 누리경찰청은 24일 사무분담 협약을 공동으로 개정했다.\n"
    (report,) = _reports(body)
    assert (report.status, report.date) == ("signed", PartialDate(2023, 7, 24))


def test_a_signing_meant_with_고자_is_not_made():
    for verb in ("업무협약을 하고자", "협약식을 진행하고자", "협약을 체결하고자"):
        body = f"누리경찰청은 강원도와 자치경찰 정착을 위한 {verb} 한다.\n"
        assert _reports(body) == [], verb


def test_a_tie_made_with_a_plain_하고_and_kept_up_since_is_background():
    body = (
        "누리시와 징저우시는 2004년 10월 19일 자매결연을 하고 "
        "문화·예술 분야에서 다양한 교류를 이어오고 있다.\n"
    )
    assert _reports(body, published=None) == []


def test_a_signing_told_as_one_of_two_cases_is_no_signing():
    body = (
        "개정안은 누리시장이 외국 지방자치단체와 우호협력 협정을 체결하거나 취소할 경우에도 "
        "시의회의 의결을 받도록 했다.\n"
    )
    assert _reports(body) == []


def test_a_memorandum_to_be_exchanged_on_the_way_to_a_later_tie_is_planned():
    body = (
        "누리도는 25일 한빛현과 우호협력도시 체결을 목표로 교류 확대를 약속하는 "
        "양해각서를 주고받는다.\n"
    )
    (report,) = _reports(body)
    assert (report.status, report.date) == ("planned", PartialDate(2023, 7, 25))
    goal_only = "누리도는 25일 한빛현과 우호협력도시 체결을 목표로 교류를 확대하기로 했다.\n"
    assert _reports(goal_only) == []


def test_the_partner_reaches_the_agreement_across_what_it_promises_or_holds():
    for link in ("교류 확대를 약속하는", "상생 방안을 담은"):
        body = f"누리도는 24일 한빛현과 {link} 양해각서를 교환했다.\n"
        (report,) = _reports(body)
        assert {p.name for p in report.parties} == {"누리도", "한빛현"}, link


def test_a_lede_that_names_no_party_dates_the_signing_a_later_sentence_names():
    body = (
        "양 기관은 지난 13일 한빛대학교 메디파크에서 진료 협력을 위한 업무협약을 체결했다고 "
        "밝혔다.\n"
        "협약식에는 윤하늘 한빛대 의무부총장과 이솔 누리병원 이사장이 참석했다.\n"
    )
    (report,) = _reports(body)
    assert report.date == PartialDate(2023, 7, 13)
    assert {p.name for p in report.parties} == {"한빛대학교", "누리병원"}


def test_a_ceremony_of_a_cooperation_signed_is_an_agreement():
    body = "누리시는 17일 시청에서 한빛대학교와 관학협력 체결식을 가졌다.\n"
    (report,) = _reports(body)
    assert (report.kind, report.date) == ("업무협약", PartialDate(2023, 7, 17))
    assert {p.name for p in report.parties} == {"누리시", "한빛대학교"}


def test_the_signing_just_told_dated_as_held_takes_that_day():
    body = (
        "누리구는 한빛정보공사, 솔빛소프트와 업무협약을 체결했다고 11일 밝혔다.\n"
        "지난 8일 구청장실에서 진행된 이번 협약은 빅데이터를 연계하는 내용이다.\n"
    )
    (report,) = _reports(body)
    assert report.date == PartialDate(2023, 7, 8)
    assert _reports(body.splitlines()[1] + "\n") == []


def test_a_signing_ahead_without_its_day_is_a_plan_not_news():
    for body in (
        "누리시는 내달 한빛평가원과 연구개발사업 협약을 체결할 예정이다.\n",
        "누리시는 8일 한빛평가원과 이달 중 연구개발사업 협약을 체결하고 플랜트 건립을 본격 "
        "추진할 예정이라고 밝혔다.\n",
    ):
        assert _reports(body) == [], body
    done = "누리시는 한빛평가원과 이달 중 연구개발사업 협약을 체결했다.\n"
    assert [r.status for r in _reports(done)] == ["signed"]
    dated = "누리시는 오는 28일 한빛평가원과 연구개발사업 협약을 체결할 예정이다.\n"
    assert [(r.status, r.date) for r in _reports(dated)] == [("planned", PartialDate(2023, 7, 28))]


def test_the_same_signing_told_again_the_same_day_with_one_more_party_is_one():
    body = (
        "송하늘 전주시장, 이솔 도 행정부지사와 문형석 한빛산업 대표, 서윤종 미르케이블 대표는 "
        "13일 '전주 이전에 따른 투자 협약'을 체결했다.\n"
        "|\n"
        "전주시 송하늘 시장과 이솔 전북도 행정부지사, 문형석 (주)한빛산업 대표이사, 서윤종 "
        "(주)미르케이블 대표이사 등은 13일 오전 11시 시청에서 '전주 이전에 따른 투자 협약'을 "
        "체결했다.\n"
    )
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {
        "전북특별자치도 전주시",
        "전북특별자치도",
        "한빛산업",
        "미르케이블",
    }
    other_day = body.replace("13일 오전", "14일 오전")
    assert len(_reports(other_day)) == 2


def test_a_ceremony_told_before_its_time_and_place_is_held_or_to_come():
    ahead = (
        "누리시는 한빛시와 '우정의 뱃길' 협약식을 27일 오전 시청 12층 국제회의실에서 "
        "개최한다고 밝혔다.\n"
    )
    (report,) = _reports(ahead)
    assert (report.status, report.date) == ("planned", PartialDate(2023, 7, 27))
    assert {p.name for p in report.parties} == {"누리시", "한빛시"}
    held = ahead.replace("개최한다고", "가졌다고").replace("27일", "24일")
    (report,) = _reports(held)
    assert (report.status, report.date) == ("signed", PartialDate(2023, 7, 24))
    before = "누리시는 24일 한빛시와 협약식을 앞두고 열린 간담회에 참석했다.\n"
    assert _reports(before) == []
    meeting = (
        "누리시는 지난 17일 시청 회의실에서 한빛시와 ‘미술도시 선언 및 상생협약식’을 위한 "
        "협치회의를 열었다고 19일 밝혔다.\n"
    )
    assert _reports(meeting) == []


def test_an_agreement_named_beside_another_is_no_partner():
    body = (
        "31일 김하늘 의원은 누리대학교와 '동부 의료발전을 위한 업무협약'과 "
        "'치의학연구원 유치를 위한 업무협약'을 맺었다고 밝혔다.\n"
    )
    assert all("업무협약" not in p.name for r in _reports(body) for p in r.parties)


def test_a_ceremony_to_be_done_with_a_plain_한다_is_planned():
    body = "누리군은 28일 군민체육관에서 한빛산업과 자매결연 협약식을 한다고 밝혔다.\n"
    (report,) = _reports(body)
    assert (report.status, report.date) == ("planned", PartialDate(2023, 7, 28))
    assert {p.name for p in report.parties} == {"누리군", "한빛산업"}


def test_an_agreement_told_by_who_took_part_in_it_is_signed():
    body = (
        "대전시는 21일 출범식과 함께 진행된 방위산업 육성을 위한 상호협력 업무협약에는 "
        "대전시를 비롯해 한빛대학교, 미르연구원 등 총 3개 기관이 참여했다.\n"
    )
    (report,) = _reports(body)
    assert report.date == PartialDate(2023, 7, 21)
    assert {p.name for p in report.parties} == {"대전광역시", "한빛대학교", "미르연구원"}


def test_a_memorandum_of_agreement_is_an_agreement_signed():
    """합의각서 (MOA), the paper a joint development is signed on, as 합의서 is."""
    for paper in ("공동개발 합의 각서를", "공동개발 합의각서(MOA)를"):
        body = (
            f"한빛발전은 24일 고흥군청에서 고흥군, 가람레미콘과 태양광 단지 조성을 위한 {paper} "
            "체결했다고 밝혔다.\n"
        )
        (report,) = _reports(body)
        assert report.kind == "합의문"
        assert {p.name for p in report.parties} >= {"한빛발전", "전라남도 고흥군"}
        assert report.date == PartialDate(2023, 7, 24)


def test_a_signing_expected_to_come_about_is_no_signing_yet():
    body = "한빛호 수변공원 조성을 위한 합의각서(MOA) 체결은 다음 달 초 성사될 것으로 보인다.\n"
    assert _reports(body) == []


def test_a_signing_told_as_a_step_of_the_meeting_is_a_signing():
    """ "… 경과 보고, 공동사업 설명, 협약서 서명 순으로 진행됐다": the order of the day names the
    signing as one of its steps."""
    body = (
        "이날 행사는 김하늘 경주시장, 이바다 포항시장 등 40여명이 참석한 가운데 경과 보고, "
        "공동사업 설명, 협약서 서명 순으로 진행됐다.\n"
    )
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"경상북도 경주시", "경상북도 포항시"}


def test_a_cooperation_약정_is_an_agreement_signed():
    body = "대전시와 특허청은 24일 시청 중회의실에서 '업무협력약정'을 체결했다.\n"
    (report,) = _reports(body)
    assert report.kind == "업무협약"
    assert {p.name for p in report.parties} == {"대전광역시", "특허청"}
    assert report.date == PartialDate(2023, 7, 24)


def test_a_ceremony_held_is_told_by_who_attended_it_에_or_에는():
    for particle in ("에", "에는"):
        body = (
            f"26일 시청에서 열린 협약식{particle} 김하늘 누리시장, 이바다 한빛예총 회장, 양 기관 "
            "관계자 등 20여명이 참석했다.\n"
        )
        (report,) = _reports(body, title="누리시-한빛예총, 문화예술 교류 협력 '맞손'")
        assert report.date == PartialDate(2023, 7, 26)


def test_a_civic_council_named_민회의_is_a_body_that_signs():
    body = "한빛혁신회의와 누리도민회의는 24일 도의회 세미나실에서 정책협약식을 가졌다.\n"
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"한빛혁신회의", "누리도민회의"}


def test_an_agreement_named_in_backticks_and_exchanged_is_signed():
    body = "누리개발청은 24일 호텔에서 한빛풍력주식회사와 `해상풍력 합의각서(MOA)`를 교환했다.\n"
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"누리개발청", "한빛풍력주식회사"}


def test_a_loan_or_a_gift_약정_is_no_agreement_signed():
    for body in (
        "한빛은행은 24일 누리전자와 50억원 대출 약정을 체결했다.\n",
        "한빛재단은 24일 누리전자와 발전기금 기부 약정서를 체결했다.\n",
    ):
        assert _reports(body) == []


def test_a_memorandum_signed_as_a_step_towards_a_later_agreement_is_news():
    body = (
        "충북 제천시가 20일 중국 영안시와 정식 우호도시 협정 체결을 위한 우호협력 비망록을 "
        "체결했다.\n"
    )
    (report,) = _reports(body)
    assert [p.name for p in report.parties] == ["충청북도 제천시", "영안시"]
    assert (report.status, report.date) == ("signed", PartialDate(2023, 7, 20))


def test_cooperation_signed_as_an_object_is_a_signing():
    body = "대구시와 중국 옌다그룹은 2일 의료산업 분야 상호 발전을 위한 업무협력을 체결하였다.\n"
    (report,) = _reports(body)
    assert [p.name for p in report.parties] == ["대구광역시", "옌다그룹"]
    assert report.kind == "업무협약"
    school = "누리대와 한빛전자는 2일 인재 양성을 위한 산학협력을 체결했다.\n"
    (report,) = _reports(school)
    assert [p.name for p in report.parties] == ["누리대", "한빛전자"]


def test_a_partnership_signed_as_an_mou_in_brackets_is_a_signing():
    body = "한빛항만공사는 지난 24일 누리물산과 전략적 파트너십(MOU)을 체결했다고 25일 밝혔다.\n"
    (report,) = _reports(body)
    assert report.kind == "MOU"
    assert report.date == PartialDate(2023, 7, 24)
    # The MOU that only glosses an agreement noun is that agreement's.
    (glossed,) = _reports("한빛항만공사는 24일 누리물산과 업무협약(MOU)을 체결했다.\n")
    assert glossed.kind == "업무협약"
    # A bracketed MOU that is no object signed brings no signing.
    assert _reports("한빛항만공사는 24일 누리물산과 파트너십(MOU 포함) 논의를 이어갔다.\n") == []


def test_an_event_named_for_an_agreements_anniversary_is_no_signing():
    body = "강원도와 춘천시는 12일 도청에서 '상생발전 협약 10주년 기념식'을 열었다.\n"
    assert _reports(body) == []
    (held,) = _reports("강원도와 춘천시는 12일 도청에서 '상생발전 협약식'을 열었다.\n")
    assert held.date == PartialDate(2023, 7, 12)


def test_a_second_signing_at_the_same_occasion_takes_its_day():
    body = (
        "전북도는 24일 도청 접견실에서 한빛전자와 투자협약을 체결했다. 도는 이어 같은 자리에서 "
        "전북대학교와 인재 양성 협약을 맺었다.\n"
    )
    first, second = _reports(body)
    assert first.date == second.date == PartialDate(2023, 7, 24)
    assert first.place == second.place == "도청 접견실"
    # With no day told before it, "같은 자리" dates nothing.
    (alone,) = _reports("전북도와 전북대학교는 같은 자리에서 인재 양성 협약을 맺었다.\n")
    assert alone.date is None


def test_one_more_agreement_told_after_the_first_takes_its_day():
    body = (
        "강원도는 30일 도청에서 4개 바이오 기업과 투자협약을 체결했다.\n"
        "또 춘천시, 홍천군과 바이오 특화단지 공동 추진을 위한 업무협약도 체결했다.\n"
    )
    first, second = _reports(body)
    assert first.date == second.date == PartialDate(2023, 6, 30)
    assert {p.name for p in second.parties} >= {"강원특별자치도 춘천시", "강원특별자치도 홍천군"}


def test_one_more_agreement_told_as_earlier_takes_no_day_of_the_occasion():
    body = (
        "누리시는 16일 시청에서 한빛전자와 투자협약을 체결했다.\n"
        "또 누리시는 앞서 솔빛대학교와 인재양성 업무협약도 체결했다.\n"
    )
    first, second = _reports(body)
    assert (first.date, first.place) == (PartialDate(2023, 7, 16), "시청")
    assert (second.date, second.place) == (None, None)


def test_a_ties_start_told_with_what_has_followed_since_is_its_history():
    for body in (
        "한편, 합천군과 미토요시는 1996년 7월 자매결연을 맺고 마라톤 교류, 공무원 교환근무 "
        "등 다방면에서 지금까지 90여회의 교류를 이어왔다.\n",
        "동대문구와 지난 2002년 5월 우호도시협정을 체결했으며 양측 상호 방문 등 다양한 "
        "교류를 추진하고 있다.\n",
        "남구는 누리시와 2005년 11월 우호협약을 체결한 후 청소년 및 체육교류 등 우의를 "
        "다져오고 있다.\n",
        "남구는 누리시와 2005년 11월 우호협약을 체결한 이후 교류를 이어 오고 있다.\n",
    ):
        assert _reports(body, published=None) == []
    news = "합천군과 미토요시는 지난 29일 자매결연을 맺고 앞으로 교류를 이어가기로 했다.\n"
    assert len(_reports(news)) == 1
    # A month of an earlier year that dates something else, the signing dated by its day.
    for body in (
        "2023년 5월 문을 연 누리창업센터는 11일 한빛대학교와 업무협약을 체결하고, 그동안 "
        "쌓은 노하우를 나눈다.\n",
        "누리시는 2024년 1월 출범한 누리문화재단과 11일 업무협약을 체결했으며, 재단은 다양한 "
        "사업을 펼치고 있다.\n",
    ):
        (report,) = _reports(body)
        assert report.date == PartialDate(2023, 7, 11)


def test_a_ceremony_held_with_its_heads_present_is_a_signing():
    body = (
        "11일 오전 11시 한빛대학 본부 2층 세미나실에서 개최된 협약식에는 홍덕수 한빛대학 총장, "
        "장순천 누리재단 이사장을 비롯한 20여 명의 관계자가 참석한 가운데 개최됐다.\n"
        "이번 협약은 두 기관 간의 상호 협력을 통해 유기적인 관계를 형성하기 위한 것이다.\n"
    )
    article = Article(title=None, body=body, published=PartialDate(2019, 6, 11))
    [report] = extract_agreements(article)
    assert [p.name for p in report.parties] == ["한빛대학", "누리재단"]
    assert report.date == PartialDate(2019, 6, 11)


def test_a_ceremony_held_too_is_a_signing():
    body = "강릉시와 동해시는 이날 10개 협력 과제에 대한 협약식도 가졌다.\n"
    [report] = extract_agreements(Article(title=None, body=body))
    assert [p.name for p in report.parties] == ["강원특별자치도 강릉시", "강원특별자치도 동해시"]


@pytest.mark.parametrize("done", ["체결을 했다", "체결을 하였다", "체결을 하고 협력을 약속했다"])
def test_a_signing_told_as_its_noun_with_a_light_verb_is_made(done: str):
    body = f"포항시는 한빛대학교와 지난 9일 업무협약 {done}.\n"
    [report] = extract_agreements(Article(title=None, body=body))
    assert [p.name for p in report.parties] == ["경상북도 포항시", "한빛대학교"]
    sought = "포항시는 한빛대학교와 업무협약 체결을 하고자 한다.\n"
    assert extract_agreements(Article(title=None, body=sought)) == []


def test_the_anniversary_of_a_tie_dated_in_parentheses_is_no_signing():
    body = (
        "창원시는 지난 11일부터 중국 마안산시를 방문하여 국제 자매도시 체결(1994.10) 30주년 "
        "기념식에 참석하여 우의를 다졌다.\n"
    )
    assert extract_agreements(Article(title=None, body=body)) == []


def test_what_came_before_the_signing_dates_no_signing():
    """ "협약 체결에 앞서 … 지난 2월 13일 TF를 구성": the day is that of what came before; a
    day told before the verb ("4일 '…협약' 체결에 앞서 실사를 벌여") is the signing's."""
    from mouarchive.extract.agreements import extract_agreements
    from mouarchive.models import Article, PartialDate

    body = (
        "이날 협약식에는 김하늘 누리농협 회장과 박솔 한빛도지사 등 10여 명이 참석했다.\n"
        "이번 협약은 한빛도와 누리농협이 행사 성공을 위해 힘을 모으기로 한 것이다.\n"
        "협약 체결에 앞서 누리농협은 지난 2월 13일 대책기구를 구성해 도와 소통해왔다.\n"
    )
    reports = extract_agreements(Article(title=None, body=body, published=PartialDate(2025, 2, 25)))
    assert all(report.date is None for report in reports)
    dated = (
        "한빛복싱협회와 누리관광협의회는 4일 '복싱대회 유치에 따른 업무 협약' 체결에 앞서 "
        "개최장소를 실사했다.\n"
    )
    (report,) = extract_agreements(
        Article(title=None, body=dated, published=PartialDate(2024, 7, 5))
    )
    assert report.date == PartialDate(2024, 7, 4)


def test_a_ceremony_named_in_corner_brackets_is_held_as_in_quotes():
    """ "「… 업무협약식」을 개최했다": corner brackets close a ceremony's name as quote marks do."""
    from mouarchive.extract.agreements import extract_agreements
    from mouarchive.models import Article, PartialDate

    body = (
        "한빛소방본부는 29일 응급환자의 신속한 진료를 위한 「한빛형 응급의료체계 구축 "
        "업무협약식」을 개최했다.\n"
        "이번 협약에는 한빛소방본부, 누리병원, 가람병원 등 총 3개 기관이 참여했다.\n"
    )
    (report,) = extract_agreements(
        Article(title=None, body=body, published=PartialDate(2025, 9, 30))
    )
    assert [p.name for p in report.parties] == ["한빛소방본부", "누리병원", "가람병원"]
    assert report.date == PartialDate(2025, 9, 29)


@pytest.mark.parametrize(
    "sentence",
    [
        "순천시와 서산시는 3일 시청에서 자매결연을 하게 됐다고 밝혔다.",
        "18일 회의실에서는 한빛대학교와 누리대학교, 가람대학교가 업무협약을 개최했다.",
    ],
)
def test_light_verbs_of_a_signing_done(sentence: str):
    """ "자매결연을 하게 됐다", "업무협약을 개최했다": a signing told with a light verb."""
    from mouarchive.extract.agreements import extract_agreements
    from mouarchive.models import Article, PartialDate

    (report,) = extract_agreements(
        Article(title=None, body=sentence + "\n", published=PartialDate(2024, 5, 20))
    )
    assert report.status == "signed" and len(report.parties) >= 2


def test_bearing_fruit_is_no_signing_verb_and_denies_no_signing_beside_it():
    body = "누리구는 지난 29일 중국 한빛시와 우호교류의 결실을 맺는 자매결연을 체결했다.\n"
    (report,) = _reports(body)
    assert report.kind == "자매결연"
    assert _reports("두 도시의 오랜 교류가 마침내 결실을 맺었다.\n") == []


def test_an_agreement_as_the_subject_of_its_own_making_is_signed_or_planned():
    done = (
        "누리시는 24일 시청에서 수소산업의 날 행사를 열었다. 이날 행사에서는 누리시, 한빛화학, "
        "다온에너지 등 3개 기관이 참여하는 ‘수소출하센터 구축’ 업무협약이 이뤄졌다.\n"
    )
    (report,) = _reports(done)
    assert (report.status, report.date) == ("signed", PartialDate(2023, 7, 24))
    assert {p.name for p in report.parties} == {"누리시", "한빛화학", "다온에너지"}
    ahead = (
        "오는 28일 시청에서 열리는 수소산업의 날 행사에서는 누리시, 한빛화학, 다온에너지 등 "
        "3개 기관이 참여하는 ‘수소출하센터 구축’ 업무협약이 이뤄진다.\n"
    )
    (report,) = _reports(ahead)
    assert (report.status, report.date) == ("planned", PartialDate(2023, 7, 28))
    # What was not made is no signing.
    assert _reports("누리시와 한빛화학의 사업시행협약이 이루어지지 않았다.\n") == []


def test_an_agreement_counted_in_a_series_signs_nothing_and_denies_nothing():
    counted = (
        "이번 협약은 한빛대학교, 누리대학교 산학협력단과의 ‘상호 협력 강화 업무협약’ 체결에 "
        "이은 네 번째 업무협약이다.\n"
    )
    assert _reports(counted) == []
    # Under a caption that tells the signing, the count denies it nothing.
    body = f"이번 ‘상호 협력 강화 업무협약’ 체결을 통해 두 기관은 도시재생에 협력한다.\n{counted}"
    caption = (
        "다온보건대학교 산학협력단과 한빛구 도시재생현장지원센터는 지난 21일 상호 협력 강화를 "
        "위한 업무협약을 체결했다. [사진=한빛구]"
    )
    article = Article(title=None, body=body, published=PUBLISHED, captions=[caption])
    (report,) = extract_agreements(article)
    assert report.date == PartialDate(2023, 7, 21)
    assert report.parties[0].name == "다온보건대학교 산학협력단"
    assert len(report.parties) == 2


def test_a_tie_told_as_the_start_of_what_has_gone_on_since_is_background():
    award = (
        "누리군이 지난 15일 지방살리기 자매결연 우수사례 공모에서 한빛건설과의 지역상생 자매결연 "
        "협약 내용을 근거로 우수사례에 최종 선정됐다.\n"
        "누리군과 한빛건설은 지역경제 활성화를 위해 지난 11월 자매결연 협약을 체결했으며, "
        "일사일촌 프로그램 개발에 관해 지속 논의해 왔다.\n"
    )
    assert _reports(award, published=PartialDate(2025, 12, 16)) == []
    # Dated to its day, it is the day's signing, whatever has gone on before.
    fresh = "한빛시는 12일 누리공사와 관광 협약을 체결했으며, 양 기관은 그동안 교류해 왔다.\n"
    (report,) = _reports(fresh, published=PartialDate(2024, 12, 13))
    assert report.date == PartialDate(2024, 12, 12)


def test_a_name_opening_with_the_letters_of_조인_is_no_signing_verb():
    body = (
        "조인호 누리군수가 지난달 17일 방문해 우호교류의향서를 교환했던 베트남 한빛성 다온시의 "
        "대표단이 누리군을 찾아 26일 누리군과 우호교류 협정을 체결한다고 25일 밝혔다.\n"
    )
    for head in ("조인호", "조인서"):
        (report,) = _reports(body.replace("조인호", head))
        assert (report.status, report.date) == ("planned", PartialDate(2023, 7, 26))


@pytest.mark.parametrize(
    "sentence",
    [
        "누리군과 한빛재단은 26일 군청에서 우호교류 협정을 조인했다.",
        "누리군과 한빛재단은 26일 군청에서 우호교류 협정서에 조인, 교류를 시작했다.",
        "누리군과 한빛재단은 26일 군청에서 우호교류 협정 조인 후 기념촬영을 했다.",
    ],
)
def test_조인_alone_or_as_a_verb_still_signs(sentence):
    assert [r.date for r in _reports(sentence + "\n")] == [PartialDate(2023, 7, 26)]


@pytest.mark.parametrize("verb", ["자매결연했다", "자매결연하였다"])
def test_a_tie_told_by_결연했다_without_an_object_is_signed(verb):
    (report,) = _reports(
        f"양구군과 육군 한빛지원단은 3일 군청 군수실에서 우호 협력을 위해 {verb}.\n"
    )
    assert report.status == "signed" and report.date == PartialDate(2023, 7, 3)
    assert [p.name for p in report.parties] == ["강원특별자치도 양구군", "한빛지원단"]


def test_a_bracket_typed_twice_and_closed_once_does_not_hide_the_signing():
    body = (
        "LH((한국토지주택공사, 제주지역본부장 김한결)는 25일 누리대 총장실에서 누리대(총장 "
        "이서진)와 『지역인재 양성을 위한 산학협력』 협약을 체결했다.\n"
    )
    (report,) = _reports(body)
    assert "누리대" in {p.name for p in report.parties}
    assert (report.status, report.date) == ("signed", PartialDate(2023, 7, 25))


def test_a_note_in_closed_brackets_still_signs_nothing():
    body = "자매결연 도시는 일본 누리현 한빛마치(1979.9.15체결), 미국 누리시 등이다.\n"
    assert _reports(body) == []


@pytest.mark.parametrize("verb", ["가진다", "갖는다"])
@pytest.mark.parametrize("agreement", ["업무협약’을", "업무협약식’을"])
def test_an_agreement_still_to_be_had_in_either_present_form_is_planned(agreement, verb):
    body = (
        f"누리구는 오는 28일 구청에서 한빛기공과 ‘장애인 일자리 창출을 위한 {agreement} {verb}.\n"
    )
    (report,) = _reports(body)
    assert (report.status, report.date) == ("planned", PartialDate(2023, 7, 28))
    assert {p.name for p in report.parties} == {"누리구", "한빛기공"}


def test_a_partners_long_tie_told_as_its_modifier_denies_no_signing_after_it():
    body = (
        "남도시는 지난 6일 시청 대회의실에서 2013년부터 우호관계를 맺어 온 중국 누리시와"
        " 자매결연 협약을 체결했다고 7일 밝혔다.\n"
    )
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"남도시", "누리시"}
    assert report.date == PartialDate(2023, 7, 6)
    assert report.kind == "자매결연"


def test_a_long_tie_told_without_a_signing_after_it_is_still_background():
    assert (
        _reports("남도시는 2013년부터 중국 누리시와 우호관계를 맺어 온 도시들과 교류했다.\n") == []
    )


def test_a_company_referred_back_to_signed_in_a_month_of_an_earlier_year_as_background():
    """ "이 회사는 지난해 12월 … 서명했다" under news of its land purchase (February)."""
    body = (
        "누리케미칼은 18일 한빛산업단지 부지 매매 계약을 체결했다고 밝혔다.\n"
        "이 회사는 지난해 12월 한빛도·누리시와 음극재 생산공장 건립을 위한 투자양해각서에"
        " 서명했다.\n"
    )
    assert _reports(body, published=PartialDate(2020, 2, 18)) == []
    # The same told by the parties themselves is their signing.
    body = "한빛군과 ㈜누리팜은 지난해 12월 투자협정 MOU를 체결했다.\n"
    (report,) = _reports(body, published=PartialDate(2020, 2, 18))
    assert report.date == PartialDate(2019, 12)


def test_a_tie_of_an_earlier_year_told_with_what_followed_since_is_background():
    """ "2003년 우호교류 협력도시 협약을 체결해 … 교류를 추진해 왔다": a history, no news."""
    body = (
        "누리시장 일행이 한빛시를 방문했다.\n"
        "누리시는 한빛시와 2003년 우호교류 협력도시 협약을 체결해 양 도시간 문화교류 등"
        " 지속적인 교류를 추진해 왔다.\n"
    )
    assert _reports(body, published=None) == []
    # The year of the article, with its day, is the news.
    body = "누리시는 2023년 7월 24일 한빛시와 우호교류 협약을 체결해 교류를 추진하기로 했다.\n"
    assert len(_reports(body)) == 1


def test_a_ceremony_told_as_one_more_event_still_to_come_is_planned():
    """ "… 협약(MOU) 체결식도 가질 계획이다": planned as "체결식을 가질 계획이다" is; with no
    day of its own it is only a preview."""
    body = "누리시는 오는 5일 양 도시 간 박물관 교류 협약(MOU) 체결식도 가질 계획이다.\n"
    (report,) = _reports(body)
    assert report.status == "planned"
    body = "누리시는 이번 방문을 통해 양 도시 간 박물관 교류 협약(MOU) 체결식도 가질 계획이다.\n"
    assert _reports(body) == []


def test_a_signing_told_right_after_another_and_going_on_from_it_takes_its_day():
    """ "이날 … 국민은행과 … 체결했다. 신한은행과는 … 맺었다": one occasion, one day."""
    body = (
        "한빛보증기금이 협약보증을 시행한다고 24일 밝혔다.\n"
        "이날 한빛보증은 국민은행과 업무협약을 체결했다. 신한은행과는 수출기업 금융지원"
        " 업무협약을 맺었다.\n"
    )
    reports = _reports(body)
    assert [r.date for r in reports] == [PartialDate(2023, 7, 24), PartialDate(2023, 7, 24)]
    # A sentence that does not go on from it keeps no day it does not tell.
    body = (
        "한빛보증은 24일 국민은행과 업무협약을 체결했다.\n"
        "한빛보증은 신한은행과 수출기업 금융지원 업무협약을 맺었다.\n"
    )
    assert [r.date for r in _reports(body)][1:] in ([], [None])


@pytest.mark.parametrize(
    "sentence",
    [
        "한빛시는 5일 2030년 탄소중립 달성을 위해 누리전자와 업무협약을 체결해 태양광 보급에 힘을"
        " 모으고 있다.",
        "한빛시는 5일 누리전자와 2027년까지 공장을 짓는 투자협약을 체결해 지역경제 활성화가"
        " 기대되고 있다.",
    ],
)
def test_a_target_year_in_a_dated_signing_tells_no_history(sentence: str):
    (report,) = _reports(sentence + "\n", published=PartialDate(2025, 3, 1))
    assert report.date == PartialDate(2025, 2, 5)
