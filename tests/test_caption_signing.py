"""A signing told in full only by a photo caption, under a body that names the agreement."""

from __future__ import annotations

from dataclasses import replace

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.signing_verbs import tells_no_signing
from mouarchive.models import Article, PartialDate
from mouarchive.text.pipeline import parse_articles

CAPTION = (
    "▲ 김솔 순천시장과 박하늘 한빛대학교 총장이 12일 시청에서 업무협약을 체결했다. (사진=순천시)"
)


def test_the_caption_tells_who_signed_and_when_and_the_body_is_the_evidence():
    body = (
        "김솔 시장은 이날 체결식을 통해 “지역 인재 양성에 힘을 모으자”고 말했다.\n"
        "박하늘 한빛대학교 총장도 “이번 협약을 계기로 순천시와 함께 뛰겠다”고 화답했다.\n"
    )
    article = Article(title=None, body=body, published=PartialDate(2024, 5, 13), captions=[CAPTION])
    (report,) = extract_agreements(article)
    assert {p.name for p in report.parties} == {"전라남도 순천시", "한빛대학교"}
    assert report.date == PartialDate(2024, 5, 12)
    start, end = report.evidence_span
    assert "이번 협약" in body[start:end]
    # A party points at where the body names it, else at the evidence sentence.
    spans = {p.name: p.span for p in report.parties}
    assert body[slice(*spans["한빛대학교"])] == "한빛대학교"
    assert spans["전라남도 순천시"] == report.evidence_span


@pytest.mark.parametrize(
    "body",
    [
        # The body says it was not signed.
        "빛고을시와 한빛대학교의 업무협약 체결이 무산됐다.\n",
        "순천시와 한빛대학교는 물류 인재 양성 업무협약을 준비해 왔다.\n"
        "그러나 예산 문제로 협약식은 무기한 연기됐다.\n",
        # The body names no agreement: the caption is of another story's photo.
        "빛고을시가 여름 축제를 열었다. 시민 3만 명이 다녀갔다.\n",
    ],
)
def test_a_caption_reports_nothing_the_body_denies_or_never_names(body: str):
    article = Article(title=None, body=body, published=PartialDate(2024, 5, 13), captions=[CAPTION])
    assert extract_agreements(article) == []


def test_the_photo_of_an_old_signing_over_new_news_reports_nothing():
    body = "순천시는 한빛대학교와 맺은 업무협약에 따라 13일 물류 인재 양성 과정을 열었다.\n"
    caption = "▲ 김솔 순천시장과 박하늘 한빛대학교 총장이 지난 3월 12일 업무협약을 체결했다."
    article = Article(title=None, body=body, published=PartialDate(2024, 5, 13), captions=[caption])
    assert extract_agreements(article) == []


def test_an_undated_signing_takes_the_day_of_the_caption_telling_it():
    article = Article(
        title=None,
        body="이날 누리군과 누리군체육회, 한빛야구협회는 이같은 내용이 담긴 협약을 체결했다.\n",
        published=PartialDate(2022, 9, 8),
        captions=[
            "누리군과 누리군체육회, 한빛야구협회는 7일 군청에서 유치 협약을 맺었다. 누리군 제공"
        ],
    )
    (report,) = extract_agreements(article)
    assert report.date == PartialDate(2022, 9, 7)
    other = replace(
        article, captions=["누리군과 미르협회는 7일 군청에서 협약을 맺었다. 누리군 제공"]
    )
    assert [r.date for r in extract_agreements(other)] == [None]


def test_signers_only_a_caption_names_sign_for_their_bodies():
    article = Article(
        title=None,
        body="완도군은 7일 군청 상황실에서 완도수협과 수산물 판로 확대 업무협약을 체결했다.\n",
        published=PartialDate(2024, 5, 7),
        captions=[
            "▲김하늘 완도군수(오른쪽)와 이바다 완도수협 조합장이 7일 군청에서 업무협약을 "
            "체결하고 있다. (사진=완도군 제공)"
        ],
    )
    (report,) = extract_agreements(article)
    assert {(s.name, s.title) for s in report.signatories} == {
        ("김하늘", "군수"),
        ("이바다", "조합장"),
    }
    # A caption of other parties names no one's signers.
    other = replace(
        article,
        captions=["▲김하늘 완도군수와 박솔 한빛농협 조합장이 업무협약을 체결하고 있다."],
    )
    assert [r.signatories for r in extract_agreements(other)] == [[]]


def test_a_signing_dated_only_by_its_cited_source_takes_the_captions_day():
    article = Article(
        title=None,
        body="3일 가평군에 따르면 군은 가평경찰서와 CCTV 통합관제 업무협약을 체결했다.\n",
        published=None,
        captions=["가평군과 가평경찰서가 지난 1일 업무협약을 체결하고 있다. 가평군 제공"],
    )
    (report,) = extract_agreements(article)
    assert (report.date, report.date_text) == (PartialDate(None, None, 1), "지난 1일")
    # Without a caption telling the signing, or under an archive photo of another year's
    # signing, the day of the source stands.
    (report,) = extract_agreements(replace(article, captions=[]))
    assert report.date == PartialDate(None, None, 3)
    archive = "가평군과 가평경찰서가 2019년 5월 1일 업무협약을 체결하고 있다. 가평군 제공"
    (report,) = extract_agreements(replace(article, captions=[archive]))
    assert report.date == PartialDate(None, None, 3)


def test_an_archive_photo_of_the_signing_a_story_cancels_reports_nothing():
    text = (
        "부산시, 한빛 호텔 건립 업무협약 취소\n"
        "박형준(가운데) 부산광역시장이 23일 오후 시청에서 ㈜한빛부동산과 호텔 건립을 위한 "
        "업무협약을 체결하고 기념촬영을 하고 있다.(한빛일보 자료사진, 2021.8.23)\n"
        "부산시가 외자유치 협약을 취소한다고 밝혔다.\n"
    )
    [article] = parse_articles(text)
    assert len(article.captions) == 1
    assert extract_agreements(replace(article, published=PartialDate(2023, 5, 23))) == []


def test_a_caption_of_the_photo_after_the_signing_reports_it_under_a_body_without_its_lead():
    # A page that keeps only the paragraphs after the lead: "이 업무협약은 …" names the
    # agreement; the caption tells who signed, in the words a photo is described with.
    body = (
        "이 업무협약은 빛고을도와 수소산업 생태계 조성을 위한 협력체계를 구축하기 위해 추진됐다.\n"
        "두 기관은 액화수소 인프라를 활용한 협력을 강화한다는 계획이다.\n"
    )
    caption = (
        "김솔(왼쪽) 강원도지사와 박하늘 에너지기술평가원 원장이 ‘수소산업 생태계 조성을 위한"
        " 업무협약’을 체결한 뒤 기념촬영을 하고 있다. 에너지기술평가원 제공"
    )
    published = PartialDate(2022, 11, 23)
    article = Article(title=None, body=body, published=published, captions=[caption])
    (report,) = extract_agreements(article)
    assert {p.name for p in report.parties} == {"강원특별자치도", "에너지기술평가원"}
    assert report.status == "signed"


def test_an_undated_signing_that_goes_on_into_the_present_is_still_background():
    body = "군은 새솔현과 우호교류협약을 맺고 상호발전에 힘쓰고 있다.\n"
    assert extract_agreements(Article(title=None, body=body, published=None)) == []


def test_a_body_that_tells_the_agreement_by_its_verb_alone_takes_the_captions_signing():
    caption = (
        "21일 경기도청 상황실에서 김하늘 한빛반도체 대표, 박솔 경기도지사, 백정호 용인시장, "
        "이가온 누리건설 대표(왼쪽부터)가 '반도체 클러스터 투자 양해각서'를 체결하고 "
        "기념촬영하고 있다."
    )
    body = (
        "경기도와 용인시, 한빛반도체가 용인시 원삼면 일원에 대형 반도체 클러스터 조성에 "
        "합의했다.\n클러스터에는 50개 이상의 장비·소재 업체가 함께 입주한다.\n"
    )
    article = Article(title=None, body=body, published=PartialDate(2019, 5, 21), captions=[caption])
    (report,) = extract_agreements(article)
    assert {p.name for p in report.parties} == {"경기도", "경기도 용인시", "한빛반도체", "누리건설"}
    assert report.date == PartialDate(2019, 5, 21)
    # A body that neither names nor tells it leaves a caption of a day before the story's an
    # old photo (a caption of the story's own day tells its signing: below).
    told = replace(
        article, body=body.replace("합의했다", "나선다"), published=PartialDate(2019, 5, 28)
    )
    assert extract_agreements(told) == []


def test_a_body_planning_other_agreements_does_not_deny_the_one_its_caption_shows():
    caption = (
        "| 한빛군이 지난 27일 외국인 계절 근로자 도입 확대를 위해 베트남 닥락성과 "
        "업무협약(MOU)을 체결하고 있다./한빛군 제공"
    )
    body = (
        "한빛군은 내년에는 다양한 국가와 MOU 체결을 통해 농번기 인력난 문제를 해소할 계획이다.\n"
        "이번 협약의 주요 내용은 계절 근로자 송출과 관리 협력이다.\n"
    )
    (report,) = extract_agreements(Article(title=None, body=body, captions=[caption]))
    assert report.parties[-1].name == "닥락성"
    denied = body.replace("이번 협약의 주요 내용은", "이번 협약은 추진할 계획이며, 주요 내용은")
    assert extract_agreements(Article(title=None, body=denied, captions=[caption])) == []


def test_what_a_head_hopes_of_the_agreement_in_quotes_does_not_deny_the_captions_signing():
    caption = (
        "김솔 순천시 행정부시장 등 순천시 대표단이 지난 21일 중국 산둥성 칭다오시청에서 "
        "우호협력도시 협정을 체결하고 있다. 순천시 제공"
    )
    body = (
        "순천시가 국제교류협정을 맺은 지방정부는 우호협력도시 10개국 18개 도시로 늘었다.\n"
        '김솔 행정부시장은 "우호도시 체결을 통해 두 도시가 가까운 친구가 되기를 기대한다"고 '
        "말했다.\n"
    )
    article = Article(
        title=None, body=body, published=PartialDate(2024, 11, 22), captions=[caption]
    )
    (report,) = extract_agreements(article)
    assert "칭다오시" in {p.name for p in report.parties}
    assert report.date == PartialDate(2024, 11, 21)
    planned = body.replace("늘었다.", "늘어난다.\n순천시는 칭다오시와 협정 체결을 추진한다.")
    assert extract_agreements(replace(article, body=planned)) == []
    around = body.replace('"고 말했다', '"며 연내 협정 체결을 추진한다고 밝혔다')
    assert extract_agreements(replace(article, body=around)) == []


def test_what_a_party_pursues_before_the_agreement_is_named_does_not_deny_it():
    caption = (
        "한빛조합중앙회와 누리임업인협회는 13일 임업인의 희망을 열어나가기 위한 전략적 "
        "업무협약을 체결했다. (사진제공=한빛조합중앙회)"
    )
    body = (
        "한빛조합중앙회에 따르면 이번 업무협약은 임업인의 복지증진을 위해 추진됐다.\n"
        "상조서비스업을 추진 중인 한빛조합은 누리임업인협회와의 이번 협약으로 발판을 "
        "마련했다고 강조했다.\n"
    )
    (report,) = extract_agreements(Article(title=None, body=body, captions=[caption]))
    assert [p.name for p in report.parties] == ["한빛조합중앙회", "누리임업인협회"]


def test_a_ties_anniversary_tells_no_signing_and_a_council_named_before_it_denies_nothing():
    assert tells_no_signing("한빛학교가 도시의 자매결연 7주년을 기념해 주최한 독주회를 찾았다.")
    assert not tells_no_signing("대외교류협의회의 도움으로 두 도시는 자매결연을 맺었다.")
    assert tells_no_signing("두 도시는 자매결연 체결을 협의했다.")
    assert not tells_no_signing("두 도시는 자매결연 30주년을 맞아 경제협력 업무협약을 체결했다.")
    assert not tells_no_signing("두 도시는 자매결연을 맺고 교류협의회를 구성했다.")


def test_a_body_telling_what_the_two_sides_pledged_names_the_captions_signing():
    """A page that is a caption and one sentence: "양측은 … 협력해 나가기로 했다" is what the
    signing the caption tells bound them to, so the caption's signing is the report."""
    body = "양측은 지역 인재 양성과 취업 연계에 긴밀히 협력해 나가기로 했다.\n"
    article = Article(title=None, body=body, published=PartialDate(2024, 5, 13), captions=[CAPTION])
    (report,) = extract_agreements(article)
    assert {p.name for p in report.parties} == {"전라남도 순천시", "한빛대학교"}
    assert report.date == PartialDate(2024, 5, 12)
    # Told with another form of its verb, another day's event is as much another story.
    opened = "김솔 순천시장과 박하늘 총장은 13일 회의실에서 간담회를 열고 협력을 논의했다.\n" + body
    article = Article(
        title=None, body=opened, published=PartialDate(2024, 5, 14), captions=[CAPTION]
    )
    assert extract_agreements(article) == []
    # A rate per day or a day to come is no event of another day.
    for pledge in (
        "양측은 1일 평균 방문객 1만명 달성을 위해 긴밀히 협력해 나가기로 했다.\n",
        "양측은 오는 20일 개최 예정인 취업박람회에 공동 참여하기로 했다.\n",
    ):
        article = Article(
            title=None, body=pledge, published=PartialDate(2024, 5, 13), captions=[CAPTION]
        )
        assert len(extract_agreements(article)) == 1
    # A meeting on the signing's day tells the same story; one on another day another.
    same_day = "김솔 순천시장과 박하늘 총장은 12일 시청에서 만났다.\n" + body
    article = Article(
        title=None, body=same_day, published=PartialDate(2024, 5, 13), captions=[CAPTION]
    )
    assert len(extract_agreements(article)) == 1
    meeting = "김솔 순천시장은 13일 한빛대학교를 찾아 간담회를 가졌다.\n" + body
    article = Article(
        title=None, body=meeting, published=PartialDate(2024, 5, 14), captions=[CAPTION]
    )
    assert extract_agreements(article) == []


def test_talks_that_led_up_to_the_signing_deny_nothing():
    """ "실무협의를 진행해 왔다", "협의를 거쳐": talks held before the signing the caption tells;
    talks still going on deny it."""
    assert not tells_no_signing(
        "두 시는 지난 1월 업무 협약을 체결한 것을 계기로 우호관계를 위한 실무협의를 진행해 왔다."
    )
    assert not tells_no_signing("두 기관은 석 달간의 협의를 거쳐 협약서에 서명했다.")
    assert not tells_no_signing(
        "두 도시는 자매결연 협약을 위한 실무협의를 거쳐 이날 협약서에 서명했다."
    )
    assert tells_no_signing("두 시는 자매결연을 위한 실무협의를 진행하고 있다.")
    assert tells_no_signing("두 도시는 지난해부터 자매결연을 논의해 왔다.")
    assert tells_no_signing(
        "두 시는 자매결연을 위한 실무협의를 진행해 왔으며 내년 초 결연을 목표로 하고 있다."
    )
    body = (
        "두 시는 지난 1월 업무 협약을 체결한 것을 계기로 우호관계를 위한 실무협의를 진행해 왔다.\n"
        "자매결연 협약서 서명과 기념패를 교환하고 상호협력 의지를 다졌다.\n"
    )
    caption = "지난 12일 순천시가 한빛시와 자매결연을 맺었다. 순천시 제공"
    article = Article(title=None, body=body, published=PartialDate(2024, 5, 13), captions=[caption])
    (report,) = extract_agreements(article)
    assert report.kind == "자매결연" and report.date == PartialDate(2024, 5, 12)


def test_what_this_agreement_brings_does_not_deny_the_signing_its_caption_dates():
    text = (
        "광양시, 중국 한빛시와 자매결연\n\n"
        "김솔 광양시 부시장이 20일 중국 한빛시 영빈관에서 자매도시 결연 협정을 "
        "체결하고, 박하늘 한빛시장과 기념촬영을 하고 있다.(광양시 제공. 재판매 및 DB 금지)\n\n"
        "광양시는 중국 한빛시와 자매도시 협정을 체결하며 여덟 번째 자매도시를 확보했다고 22일 "
        "밝혔다.\n"
        "시는 이번 협정을 통해 △경제·산업 협력 △문화관광 교류 등 다양한 분야에서 협력사업을 "
        "추진한다.\n"
    )
    (article,) = parse_articles(text)
    assert article.captions == [
        "김솔 광양시 부시장이 20일 중국 한빛시 영빈관에서 자매도시 결연 협정을 "
        "체결하고, 박하늘 한빛시장과 기념촬영을 하고 있다."
    ]
    (report,) = extract_agreements(article)
    assert report.date == PartialDate(day=20)
    assert not tells_no_signing("시는 이번 협정을 통해 다양한 분야에서 협력사업을 추진한다.")
    assert tells_no_signing("시는 한빛시와 자매도시 협정 체결을 추진한다.")


@pytest.mark.parametrize("means", ["을 통해", "에 따라", "으로"])
def test_what_is_sought_through_the_agreement_denies_nothing_but_what_is_ended_does(means: str):
    assert not tells_no_signing(f"두 기관은 이번 협약{means} 공동 연구를 추진한다.")
    assert tells_no_signing(f"시는 이번 협약{means} 추진하던 사업을 중단하고 협약을 해지했다.")
    assert tells_no_signing("시는 한빛전자와의 투자협약의 해지를 추진한다.")


def test_the_photo_of_a_signing_over_its_cancellation_reports_nothing():
    text = (
        "누리전자, 한빛시 투자 철회\n\n"
        "김솔 한빛시장과 박하늘 누리전자 대표가 투자협약을 체결하고 기념촬영을 하고 있다."
        " (한빛시 제공) 재판매 및 DB 금지\n\n"
        "누리전자가 한빛시 산업단지 공장 건립 계획을 철회했다.\n"
        "시는 이번 투자협약에 따라 추진하던 산업단지 조성 사업을 중단하고 협약을 해지하기로 "
        "했다.\n"
    )
    (article,) = parse_articles(text)
    assert extract_agreements(replace(article, published=PartialDate(2024, 5, 22))) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "한빛시와 누리전자는 투자협약의 세부 내용을 협의하고 있다.",
        "한빛시와 누리전자는 공장 이전 논의가 투자협약으로 이어지도록 협의를 이어가고 있다.",
        "한빛시와 누리대학교는 인재 양성 사업을 업무협약으로 구체화하는 방안을 검토하고 있다.",
    ],
)
def test_talks_about_an_agreement_to_come_still_deny_its_signing(sentence: str):
    assert tells_no_signing(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "두 기관은 이번 MOU로 공동 연구를 추진한다.",
        "두 기관은 이번 양해각서를 통해 공동 연구를 추진한다.",
        "두 기관은 이번 협약을 통해 학업 중단 위기 청소년의 학교 복귀를 함께 지원한다.",
        "시는 이번 협약에 따라 산업단지 부지의 개발제한구역 해제를 정부에 건의한다.",
        "양 기관은 협약의 실행력 확보를 위해 협력과제를 추진하고 있다.",
    ],
)
def test_what_this_agreement_brings_or_stops_denies_no_signing(sentence: str):
    assert not tells_no_signing(sentence)


def test_a_caption_in_a_table_cell_of_the_ceremony_held_tells_the_signing():
    """A caption copied out of a page's table keeps the cell's bar ("… 있다. |"), and says the
    ceremony was held by who stands in its photo, not by a verb of signing."""
    text = (
        "![]() |\n"
        "↑↑ 11일 성북구청 4층 기획상황실에서 열린 협약식에서 김민수 성북구청장(앞 줄 왼쪽 두"
        " 번째)과 박솔 성북경찰서장(앞 줄 오른쪽 두 번째), 장바다 성북소방서장(앞 줄 왼쪽 첫"
        " 번째) 등 기관 관계자들이 기념촬영을 하고 있다. |\n"
        "위기 상황 발생시 즉시 대응 공조를 위한 3개 기관 간의 업무협약은 구민의 생명과 재산을"
        " 보호하기 위해 마련됐다.\n"
        "이번 협약으로 성북구청과 성북경찰서, 성북소방서는 비상연락체계를 공유한다.\n"
    )
    (article,) = parse_articles(text)
    assert len(article.captions) == 1 and article.captions[0].startswith("11일")
    (report,) = extract_agreements(replace(article, published=PartialDate(2022, 1, 12)))
    assert {p.name for p in report.parties} == {"서울특별시 성북구", "성북경찰서", "성북소방서"}
    assert report.date == PartialDate(2022, 1, 11)


def test_a_caption_of_the_ceremony_done_tells_the_signing_and_names_an_office_once():
    """ "… 열린 ‘… 시교육청-강화군청 업무협약식’을 마치고 기념촬영을 하고 있다": the ceremony
    is over, its heads stand for their bodies, and the title's "시교육청" is the 교육청 the
    교육감 heads, not a second party."""
    body = (
        "김민수 인천시교육감과 박지훈 강화군수를 비롯한 관계자들이 12일 인천시교육청"
        " 교육감실에서 열린 ‘교육발전특구 운영을 위한 시교육청-강화군청 업무협약식’을 마치고"
        " 기념촬영을 하고 있다."
    )
    (report,) = extract_agreements(
        Article(title=None, body=body, published=PartialDate(2025, 3, 12))
    )
    assert [p.name for p in report.parties] == ["인천광역시교육청", "인천광역시 강화군"]
    assert report.date == PartialDate(2025, 3, 12)


def test_a_caption_of_an_investment_ceremony_held_tells_the_signing():
    body = (
        "12일 시청에서 열린 투자협약식에서 김민수 성남시장(왼쪽)과 박지훈 누리전자 대표가"
        " 기념촬영을 하고 있다."
    )
    (report,) = extract_agreements(
        Article(title=None, body=body, published=PartialDate(2024, 1, 13))
    )
    assert [p.name for p in report.parties] == ["경기도 성남시", "누리전자"]


def test_a_caption_dated_the_day_of_the_story_tells_its_signing_over_a_body_of_the_investment():
    """ "▲김솔 누리시장과 박하늘 ㈜한빛에너젠 대표가 1일 … 투자협약을 체결했다" over a body that
    tells only what the company will build: the story's signing, since the caption dates it to
    the day the story is published and the body names the company; a caption of another day is
    an old photo."""
    body = (
        "수소전문기업 한빛에너젠이 누리국가산업단지에 총 220억 원을 투입해 내년 10월까지 "
        "수소생산공장을 건립한다.\n"
        "새 공장은 시간당 2400N㎥의 수소를 생산한다.\n"
    )
    caption = (
        "▲(오른쪽 네번째)김솔 울산시장과 박하늘 ㈜한빛에너젠 대표가 1일 시청 접견실에서 "
        "수소생산공장 건립 투자협약을 체결했다 ⓒ 울산시 제공"
    )
    article = Article(title=None, body=body, published=PartialDate(2025, 9, 1), captions=[caption])
    (report,) = extract_agreements(article)
    assert [p.name for p in report.parties] == ["울산광역시", "한빛에너젠"]
    assert report.date == PartialDate(2025, 9, 1)
    assert "한빛에너젠이" in body[slice(*report.evidence_span)]
    later = replace(article, published=PartialDate(2025, 9, 4))
    assert extract_agreements(later) == []
