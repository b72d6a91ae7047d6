"""Relative Korean dates resolve against the article's date the way a reader would."""

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.dates import (
    anniversary_year,
    find_date_expressions,
    is_announcement,
    resolve_date,
)
from mouarchive.extract.signing_dates import dates_in
from mouarchive.models import Article, PartialDate

REF = PartialDate(2023, 6, 12)


@pytest.mark.parametrize(
    ("expr", "expected", "future"),
    [
        ("12일", PartialDate(2023, 6, 12), False),
        ("12일(월)", PartialDate(2023, 6, 12), False),
        ("지난 3일", PartialDate(2023, 6, 3), False),
        ("28일", PartialDate(2023, 5, 28), False),
        ("지난달 28일", PartialDate(2023, 5, 28), False),
        ("지난해 9월", PartialDate(2022, 9), False),
        ("전날", PartialDate(2023, 6, 11), False),
        ("어제", PartialDate(2023, 6, 11), False),
        ("오늘", PartialDate(2023, 6, 12), False),
        ("이날", PartialDate(2023, 6, 12), False),
        ("오는 13일", PartialDate(2023, 6, 13), True),
        ("오는 2일", PartialDate(2023, 7, 2), True),
        ("다음 달 5일", PartialDate(2023, 7, 5), True),
        ("2019년 10월 23일", PartialDate(2019, 10, 23), False),
        ("10월 23일", PartialDate(2023, 10, 23), True),
        ("2021.1.27", PartialDate(2021, 1, 27), False),
        ("2021-01-27", PartialDate(2021, 1, 27), False),
        ("2023. 5. 10.", PartialDate(2023, 5, 10), False),
        ("최근", PartialDate(2023, 6), False),
        ("4월", PartialDate(2023, 4), False),
        ("지난해 하반기", PartialDate(2022), False),
        ("지난해 26일", PartialDate(2022), False),
        ("작년 3일", PartialDate(2022), False),
        ("다음 달", PartialDate(2023, 7), True),
    ],
)
def test_resolves_against_article_date(expr, expected, future):
    assert resolve_date(expr, REF) == (expected, future)


def test_day_ahead_of_reference_is_last_month():
    assert resolve_date("28일", PartialDate(2021, 3, 3))[0] == PartialDate(2021, 2, 28)


def test_month_far_ahead_of_reference_is_last_year():
    assert resolve_date("12월", PartialDate(2024, 2, 3)) == (PartialDate(2023, 12), False)
    assert resolve_date("12월 28일", PartialDate(2024, 1, 5)) == (PartialDate(2023, 12, 28), False)


def test_month_arithmetic_crosses_year_boundary():
    assert resolve_date("지난달 15일", PartialDate(2024, 1, 5))[0] == PartialDate(2023, 12, 15)
    assert resolve_date("전날", PartialDate(2024, 1, 1))[0] == PartialDate(2023, 12, 31)


def test_impossible_day_gives_no_date():
    assert resolve_date("지난달 31일", PartialDate(2023, 5, 10)) == (None, False)
    assert resolve_date("2월 30일", PartialDate(2023, 5, 10)) == (None, False)
    assert resolve_date("0일", None) == (None, False)


def test_without_reference_keeps_only_what_is_written():
    assert resolve_date("12일", None) == (PartialDate(day=12), False)
    assert resolve_date("10월 23일", None) == (PartialDate(None, 10, 23), False)
    assert resolve_date("전날", None) == (None, False)
    assert resolve_date("최근", None) == (None, False)
    assert resolve_date("오는 13일", None) == (PartialDate(day=13), True)


def test_finds_expressions_with_spans():
    text = "양측은 12일 오후 시청에서 협약을 맺었고, 지난 3일에는 27일(수) 2021.1.27 최근"
    found = find_date_expressions(text)
    assert [e for e, _ in found] == ["12일", "지난 3일", "27일(수)", "2021.1.27", "최근"]
    for expr, (start, end) in found:
        assert text[start:end] == expr


def test_durations_and_decimals_are_not_dates():
    assert find_date_expressions("3일간 열린 5.18 행사, 오늘날 10일째, 일정 2일차") == []
    assert find_date_expressions("선정일로부터 10일 이내 공고하고 7일 만에 협의를 마쳤다") == []
    assert [e for e, _ in find_date_expressions("강서구가 8일 이상기후에 대응해")] == ["8일"]
    assert [e for e, _ in find_date_expressions("안양시는 지난 8일 동안구청에서")] == ["지난 8일"]


def test_announcement_date_is_recognised():
    text = "협약을 체결했다고 21일 밝혔다"
    ((expr, span),) = find_date_expressions(text)
    assert expr == "21일" and is_announcement(text, span)
    text2 = "21일 협약을 체결했다"
    assert not is_announcement(text2, find_date_expressions(text2)[0][1])


def test_a_bare_day_just_ahead_of_the_article_is_this_months():
    ref = PartialDate(2019, 10, 17)
    assert resolve_date("18일", ref) == (PartialDate(2019, 10, 18), True)
    assert resolve_date("19일", ref)[0] == PartialDate(2019, 10, 19)
    assert resolve_date("21일", ref)[0] == PartialDate(2019, 9, 21)
    assert resolve_date("지난 18일", ref)[0] == PartialDate(2019, 9, 18)


def test_a_signing_told_in_the_past_a_day_after_the_articles_date_was_signed():
    body = "부산시는 3일 오전 시청에서 한국토지주택공사와 스마트시티 협약을 체결했다.\n"
    (report,) = extract_agreements(Article(None, body, published=PartialDate(2016, 11, 2)))
    assert (report.date, report.status) == (PartialDate(2016, 11, 3), "signed")
    ahead = "부산시는 3일 오전 시청에서 한국토지주택공사와 스마트시티 협약을 체결한다.\n"
    (report,) = extract_agreements(Article(None, ahead, published=PartialDate(2016, 11, 2)))
    assert (report.date, report.status) == (PartialDate(2016, 11, 3), "planned")


def test_a_two_digit_year_before_its_month_is_the_year_an_older_article_means():
    reference = PartialDate(2005, 6, 13)
    found = {
        e: resolve_date(e, reference)[0]
        for e, _ in find_date_expressions(
            "지난 95년 8월 1일 착공, ’05년 3월 준공, 오는 10년 3월 완공"
        )
    }
    assert found == {
        "95년 8월 1일": PartialDate(1995, 8, 1),
        "’05년 3월": PartialDate(2005, 3),
        "10년 3월": PartialDate(2010, 3),
    }


def test_이날_after_a_recent_signing_has_no_day_and_a_date_long_past_is_no_story_day():
    body = (
        "누리시는 최근 한빛전자와 투자양해각서를 체결했다.\n"
        "한빛전자는 지난 95년 8월 1일 준공된 공장을 넓힌다.\n"
        "이날 양해각서 체결은 누리시와 향토기업인 한빛전자가 함께 일군 성과다.\n"
    )
    article = Article(title=None, body=body, published=PartialDate(2005, 6, 13))
    (report,) = extract_agreements(article)
    assert (report.status, report.date) == ("signed", None)


def test_이날_follows_the_story_on_to_a_later_day_but_never_back():
    body = (
        "한빛시 대표단은 지난 16일 누리군을 찾았다.\n"
        "이들은 18일 다양한 공식 일정을 함께했다.\n"
        "이날 양 도시는 우호교류 촉진 공동선언문을 채택했다.\n"
    )
    article = Article(title=None, body=body, published=PartialDate(2025, 6, 19))
    dates = {expr: found for _span, expr, found, _n in dates_in(body, article.published)}
    assert dates["이날"] == PartialDate(2025, 6, 18)
    background = "누리시는 27일 협약을 맺었다. 1월 1일 출범한 공사는 이날 업무를 시작했다."
    dates = {e: f for _s, e, f, _n in dates_in(background, PartialDate(2021, 1, 28))}
    assert dates["이날"] == PartialDate(2021, 1, 27)


def test_이날_after_the_leads_day_told_again_is_that_day() -> None:
    """ "한빛은 오는 25일 출정식을 연다. 다음 달 9일 개막전 … 한빛은 오는 25일 출정식을
    진행한다. 이날 협약식을 …": the lead's day told again just before 이날, though the story
    went on to a later day."""
    body = (
        "한빛 구단이 오는 25일 출정식과 연고 협약식을 연다. 구단은 다음 달 9일 개막전을 치른다.\n"
        "구단은 오는 25일 체육관에서 출정식을 진행한다. 구단은 이날 행사에서 누리시와 "
        "연고협약식을 진행할 예정이다.\n"
    )
    dates = [(e, f) for _s, e, f, _n in dates_in(body, PartialDate(2023, 9, 21))]
    assert dates[-1] == ("이날", PartialDate(2023, 9, 25))


def test_이날_in_a_text_cut_before_its_lead_has_no_day() -> None:
    body = (
        "도청 접견실에서 열린 이날 협약식은 김솔 지사와 박하늘 한빛대 총장이 참석한 가운데 "
        "열렸다.\n두 기관은 지역 인재 양성에 힘을 모은다.\n"
    )
    dates = {e: f for _s, e, f, _n in dates_in(body, PartialDate(2016, 2, 24))}
    assert dates["이날"] is None
    # A broadcast's "오늘" is the day it aired.
    aired = dates_in("오늘 협약식이 열렸습니다.", PartialDate(2016, 2, 24))
    assert {e: f for _s, e, f, _n in aired}["오늘"] == PartialDate(2016, 2, 24)


def test_이날_after_a_day_without_month_is_that_day() -> None:
    body = (
        "강릉시 방문단은 지난 7일 일본 지치부시를 방문했다.\n"
        "강릉시와 지치부시는 이날 자매결연 관계 강화 협정을 체결하고, 기념비를 제막했다.\n"
        "올해는 지난 2월 강릉에서 열린 올림픽에 지치부 시장이 방문했다.\n"
    )
    [report] = extract_agreements(Article(title=None, body=body))
    assert report.date == PartialDate(None, None, 7)
    assert report.date_text == "지난 7일"
    assert body[report.date_span[0] : report.date_span[1]] == "지난 7일"


def test_이날_after_a_statement_is_its_day_until_the_story_names_its_own() -> None:
    told = (
        "한빛항공과 누리관광공사가 관광 활성화를 위해 협력하기로 했다고 12일 밝혔다.\n"
        "한빛항공과 누리관광공사는 이날 누리웰컴센터에서 업무제휴협약을 체결했다.\n"
    )
    [report] = extract_agreements(Article(title=None, body=told))
    assert report.date == PartialDate(None, None, 12)
    visit = (
        "누리시는 대표단이 자매도시를 방문했다고 12일 밝혔다.\n"
        "대표단은 지난 7일 한빛시를 찾았다.\n"
        "이날 두 도시는 우호교류 협정을 체결했다.\n"
    )
    for published in (None, PartialDate(2021, 2, 13)):
        dates = {e: f for _s, e, f, _n in dates_in(visit, published)}
        assert dates["이날"] is not None and dates["이날"].day == 7
    # A day that dates what a word after it describes is background, however near.
    founded = (
        "누리시는 한빛재단과 협약을 체결했다고 12일 밝혔다. 지난 1월 5일 출범한 한빛재단은 "
        "이날 협약에 서명했다.\n"
    )
    dates = {e: f for _s, e, f, _n in dates_in(founded, PartialDate(2024, 1, 12))}
    assert dates["이날"] == PartialDate(2024, 1, 12)


def test_a_press_release_date_with_a_shortened_year_is_read_whole() -> None:
    sentence = "'14. 11. 20.(목) 14:30 누리경찰서 회의실에서 한빛약사회와 업무협약을 체결하였다."
    ((expr, _span),) = find_date_expressions(sentence)
    assert resolve_date(expr, None)[0] == PartialDate(2014, 11, 20)
    # Without the apostrophe, "14." is no year.
    assert find_date_expressions("14. 11. 20.(목) 협약")[0][0] == "11. 20.(목)"


def test_that_day_after_a_source_cited_with_its_day_is_that_day():
    body = (
        "7월1일부터 두 도시를 오가는 버스 요금이 하나로 묶인다.\n"
        "8일 누리시에 따르면 누리시장과 한빛도지사는 이날 오전 시청에서 공동 합의문을 채택했다.\n"
    )
    found = {e: f for _s, e, f, _n in dates_in(body, PartialDate(2007, 6, 8))}
    assert found["이날"] == PartialDate(2007, 6, 8)


def test_a_place_named_geumil_is_no_today():
    assert find_date_expressions("완도 금일해상풍력 추진, 금일읍 평일도 남쪽 해상") == []
    assert [e for e, _s in find_date_expressions("금일 오전 협약을 체결했다")] == ["금일"]


def test_the_day_before_is_told_from_the_day_the_story_is_on():
    body = (
        "두 금고는 15일부터 구청 공무원을 대상으로 계좌 만들기 캠페인을 진행하고 있다.\n"
        "구는 전날 신협, 새마을금고 등 10개 기관과 경제활성화 협약을 맺었다.\n"
    )
    found = {e: f for _s, e, f, _n in dates_in(body, PartialDate(2018, 11, 16))}
    assert found["전날"] == PartialDate(2018, 11, 14)
    # A day to come or a deadline is no day the story is on: the day before the article's.
    for opening in ("오는 20일부터", "20일까지"):
        told = body.replace("15일부터", opening)
        found = {e: f for _s, e, f, _n in dates_in(told, PartialDate(2018, 11, 16))}
        assert found["전날"] == PartialDate(2018, 11, 15)


def test_the_day_before_in_an_undated_lead_is_the_day_before_its_statement():
    body = "누리공사는 전날 아트센터에서 한빛시와 협약을 체결했다고 10일 밝혔다.\n"
    found = {e: f for _s, e, f, _n in dates_in(body, None)}
    assert found["전날"] == PartialDate(None, None, 9)
    # A statement in the next sentence, or on the 1st, places nothing.
    for other in (
        "누리공사는 전날 한빛시와 협약을 체결했다. 공사는 이를 10일 밝혔다.\n",
        "누리공사는 전날 한빛시와 협약을 체결했다고 1일 밝혔다.\n",
    ):
        assert {e: f for _s, e, f, _n in dates_in(other, None)}["전날"] is None


def test_an_anniversary_dates_the_story_by_the_tie_it_counts_from():
    body = "자매결연 50주년을 맞아 … 두 지역은 1974년 9월 3일 자매결연을 맺었다."
    assert anniversary_year(body, [1974], 2026) == 2024
    # A tie that would turn fifty in years to come dates no story.
    assert anniversary_year(body, [2024], 2026) is None
    assert anniversary_year("1974년 자매결연을 맺었다.", [1974], 2026) is None


def test_the_tie_an_undated_anniversary_story_recalls_is_no_signing_it_reports():
    body = (
        "김진태 강원특별자치도지사는 9월 23일 캐나다 캘거리청사에서 다니엘 스미스 알버타 "
        "주수상을 만나 환담하고, 강원-알버타 자매결연 50주년 기념 업무협약을 체결했다.\n"
        "강원도와 알버타는 1974년 9월 3일 자매결연을 맺었으며, 양측은 그동안 농업과 체육 "
        "분야에서 협력해왔다.\n"
    )
    reports = extract_agreements(Article(title=None, body=body))
    assert [r.date for r in reports] == [PartialDate(None, 9, 23)]


def test_a_ceremony_as_subject_is_dated_by_the_day_right_after_it_however_long_the_rest():
    body = (
        "경북 울진군과 한빛원자력이 '8개 대안사업 합의서' 서명식을 개최했다.\n"
        "서명식은 21일 오전 10시20분 울진군청 대회의실에서 국무총리, 산업통상자원부 장관, "
        "경상북도 행정부지사, 지역구 국회의원 입회 하에 진행됐다.\n"
    )
    [report] = extract_agreements(Article(None, body, published=PartialDate(2014, 11, 21)))
    assert report.date == PartialDate(2014, 11, 21)


@pytest.mark.parametrize(
    "held",
    [
        "이번 MOU는 6일 올림픽회관 14층 대회의실에서 진행됐다.",
        "이번 MOU는 3월 6일(수) 오전 9시 30분 올림픽회관 14층 대회의실에서 진행되었다.",
    ],
)
def test_the_agreement_as_subject_is_dated_by_the_day_it_was_held(held: str):
    body = f"한빛대학교가 누리체육공단과 대학스포츠 발전을 위한 업무협약을 체결했다. {held}\n"
    [report] = extract_agreements(Article(None, body, published=PartialDate(2024, 3, 8)))
    assert report.date == PartialDate(2024, 3, 6)


def test_a_bare_day_the_sentence_tells_as_still_to_come_is_the_next_of_that_day():
    body = (
        "평택시는 23일 오후 2시 서울 엘타워에서 '2025 투자유치설명회'를 개최한다고 15일 "
        "밝혔다.\n이날 설명회에서는 한빛무역협회와 투자유치 업무협약을 체결한다.\n"
    )
    [report] = extract_agreements(Article(None, body, published=PartialDate(2025, 10, 15)))
    assert (report.status, report.date) == ("planned", PartialDate(2025, 10, 23))
    topic = body.replace("평택시는 23일 오후 2시 서울 엘타워에서", "23일 평택시청은")
    [report] = extract_agreements(Article(None, topic, published=PartialDate(2025, 10, 15)))
    assert report.date == PartialDate(2025, 10, 23)
    done = "평택시는 13일 한빛무역협회와 투자유치 업무협약을 체결했다고 15일 밝혔다.\n"
    [report] = extract_agreements(Article(None, done, published=PartialDate(2025, 10, 15)))
    assert report.date == PartialDate(2025, 10, 13)


def test_an_event_still_to_come_told_by_a_verb_of_its_own_word_dates_the_signing_that_day():
    body = (
        "한빛시와 누리도는 24일 누리대 천마홀에서 ‘한빛 합동 채용설명회’를 연다.\n"
        "이날 한빛공사와 누리기술 등 8개 기관은 지역 14개 대학과 업무협약을 맺는다.\n"
    )
    [report] = extract_agreements(Article(None, body, published=PartialDate(2014, 6, 18)))
    assert (report.status, report.date) == ("planned", PartialDate(2014, 6, 24))
    done = "한빛시는 28일 누리대와 업무협약을 체결해 청년 창업 공간이 만들어진다고 밝혔다.\n"
    [report] = extract_agreements(Article(None, done, published=PartialDate(2024, 5, 13)))
    assert (report.status, report.date) == ("signed", PartialDate(2024, 4, 28))


def test_a_body_cited_as_the_source_is_the_subject_whose_signing_the_day_dates():
    body = (
        "한빛복지진흥원과 지역 6개 기관이 사회공헌 협약을 체결하고 복지 서비스 강화에 나섰다. "
        "15일 한빛복지진흥원 등에 따르면 전날 대구 남구청에서 사회공헌 업무협약을 체결하고 "
        "찾아가는 복지서비스를 운영하기로 했다.\n"
    )
    [report] = extract_agreements(Article(None, body, published=PartialDate(2024, 12, 15)))
    assert report.date == PartialDate(2024, 12, 14)
    cited = "15일 업계에 따르면 전날 사회공헌 업무협약을 체결했다.\n"
    assert extract_agreements(Article(None, cited, published=PartialDate(2024, 12, 15))) == []


def test_a_body_cited_beside_the_sentences_own_subject_is_only_its_source():
    body = "15일 한국무역협회에 따르면 한빛전자는 전날 누리시와 수출 지원 업무협약을 체결했다.\n"
    [report] = extract_agreements(Article(None, body, published=PartialDate(2024, 12, 15)))
    assert "한국무역협회" not in {p.name for p in report.parties}


def test_a_day_that_dates_what_the_agreement_is_for_dates_no_signing():
    body = (
        "한빛대학교가 누리체육공단과 업무협약을 체결했다. 이번 협약은 지난 1일 개소한 센터에서 "
        "진행되는 교육을 위한 것이다.\n"
    )
    [report] = extract_agreements(Article(None, body, published=PartialDate(2024, 3, 8)))
    assert report.date is None


def test_a_day_told_inside_the_ceremonys_phrase_dates_it_over_the_storys_이날():
    body = (
        "누리군은 한빛식품·다온산업과 농공단지 입주를 위한 투자협약을 체결했다고 16일 밝혔다.\n"
        "이날 협약식은 15일 군수실에서 진행됐으며, 김누리 군수와 두 회사 대표가 참석했다.\n"
    )
    [report] = extract_agreements(Article(None, body, published=PartialDate(2020, 9, 16)))
    assert (report.date, report.date_text) == (PartialDate(2020, 9, 15), "15일")


def test_an_old_agreement_told_after_the_lead_neither_dates_nor_drops_the_signing():
    body = (
        "한빛시는 다온공사와 관광 업무협약을 체결했다고 밝혔다.\n"
        "두 기관은 지난 2021년 3월 5일 협약을 맺은 뒤 교류해 왔다.\n"
    )
    [report] = extract_agreements(Article(None, body, published=PartialDate(2024, 6, 20)))
    assert report.date is None


@pytest.mark.parametrize("text", ["이달영 한빛정보대학 총장", "이달곤 장관과 함께"])
def test_a_person_whose_name_opens_with_this_month_names_no_date(text: str):
    assert find_date_expressions(text) == []


@pytest.mark.parametrize(
    "text", ["이달 중", "이달부터", "이달초", "이달에는", "이달말까지", "이달엔", "이달께"]
)
def test_this_month_with_its_particles_is_still_a_date(text: str):
    assert [expr for expr, _span in find_date_expressions(text)] == ["이달"]


@pytest.mark.parametrize("text", ["‘08.5.13(화) 서명", "’08. 5. 13.(화) 서명", "'08.5.13 서명"])
def test_a_year_shortened_behind_either_apostrophe_is_read(text: str):
    ((expr, _span),) = find_date_expressions(text)
    assert resolve_date(expr, None)[0] == PartialDate(2008, 5, 13)


def test_a_signing_told_without_its_day_takes_the_day_a_later_sentence_names_it_again_on():
    body = (
        "무주군이 한빛태권도조직위원회와 태권도 사업 동참을 위한 업무협약을 맺었다.\n"
        "두 기관은 대회 시설 이용과 편의 제공을 약속했다.\n"
        "1일 진행된 협약식을 계기로 무주군은 태권도계와 네트워크를 넓힐 계획이다.\n"
    )
    (report,) = extract_agreements(Article(None, body, published=PartialDate(2020, 12, 2)))
    assert report.date == PartialDate(2020, 12, 1)
    older = body.replace("1일 진행된 협약식을", "지난 2018년 3월 5일 체결한 협약을")
    (report,) = extract_agreements(Article(None, older, published=PartialDate(2020, 12, 2)))
    assert report.date is None


def test_a_day_on_a_page_dated_to_its_month_is_that_months_unless_told_past_or_ahead():
    month = PartialDate(2021, 12, None)
    assert resolve_date("29일", month)[0] == PartialDate(2021, 12, 29)
    assert resolve_date("오는 5일", month)[0] == PartialDate(None, None, 5)
    assert resolve_date("지난 29일", month)[0] == PartialDate(None, None, 29)
    assert resolve_date("29일", None)[0] == PartialDate(None, None, 29)


def test_the_same_day_is_the_day_of_the_signing_just_told():
    """ "또 … 같은 날 대전시와 별도의 협약을 체결했다": the day the story just named, not the
    article's date (a newcomer's finding 8: "이날" worked, "같은 날" gave no date)."""
    body = (
        "누리시는 13일 한빛대학교와 의료 협력 협약을 체결했다.\n"
        "또 가람대학교와 가람대학교병원도 같은 날 누리시와 별도의 의료 협력 협약을 체결했다.\n"
    )
    reports = extract_agreements(Article(title=None, body=body, published=PartialDate(2024, 9, 14)))
    assert [r.date for r in reports] == [PartialDate(2024, 9, 13)] * 2
