"""Which signings an article reports, and what the archive records about each."""

from pathlib import Path

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.models import Article, PartialDate

SINGLE = (
    "목포시와 한국해양레저협회가 해양관광 활성화를 위해 손을 잡았다.\n"
    "박홍률 목포시장과 정유진 한국해양레저협회장은 12일 오후 목포시청 "
    "상황실에서 ‘해양레저 관광 활성화를 위한 업무협약’을 체결했다.\n"
    "두 기관은 5개항에 합의했다. 구체적으로 ▲요트 체험 프로그램 공동 "
    "운영 ▲해양레저 축제 공동 개최 ▲전문 강사 양성 ▲안전 교육 협력 "
    "▲관광 상품 공동 홍보 등이다.\n"
    '박 시장은 "바다를 즐기는 도시로 만들겠다"고 말했다.\n'
    "목포=김서연 기자\n"
)

CEREMONY = (
    "여수 스마트항만 지원센터가 15일 문을 열었다.\n"
    "이날 개소식에는 정기명 여수시장 등 100여명이 참석했다.\n"
    "개소식과 함께 항만 디지털 전환을 위한 협약 3건이 체결됐다.\n"
    "먼저 여수시는 항만 물류 기업 ㈜바다로지스와 200억원 규모의 "
    "투자협약을 맺었다.\n"
    "두 번째로 여수시와 여수광양항만공사, 전남테크노파크는 '스마트항만 "
    "실증 업무협약'을 체결했다. 세 기관은 ▲실증 부지 제공 ▲데이터 "
    "공동 활용 ▲기업 공동 발굴에 협력한다.\n"
    "마지막으로 여수광양항만공사는 남해대학교와 항만 인력 양성 협약을 "
    "맺었다.\n"
)

RECENT = (
    '남도콘텐츠진흥원은 "최근 진흥원 회의실에서 한국애니메이션협회와 '
    "'애니메이션 창작 생태계 조성을 위한 업무협약(MOU)'을 "
    '체결했다"고 21일 밝혔다.\n'
    "협약 세부 내용은 신인 작가 발굴, 창작 공간 지원, 해외 유통 연계 "
    "등이다.\n"
)

PLANNED = (
    "광주시와 대구시가 오는 20일 달빛동맹 강화를 위한 업무협약을 체결할 "
    "예정이다.\n"
    "두 도시는 관광, 의료, 문화 분야 교류를 넓힌다.\n"
)

NEGATIVES = {
    "공모": (
        "광주 북구가 국토교통부 도시재생 공모에 선정돼 국비 100억원을 확보했다. "
        "구는 ▲청년 창업 공간 ▲공공임대 주택 ▲주민 공동이용 시설을 짓는다. "
        "선정된 사업자와는 추후 협약을 체결할 예정이다."
    ),
    "전략회의": (
        "전남도는 지난 17일 나주에서 에너지 특구 유치 전략회의를 열었다. "
        "회의에서는 미국·일본과의 전략적 협력, 기업 육성 방안 등을 논의했다."
    ),
    "축제": (
        "제10회 광주 김치축제가 오늘 개막한다. 시는 여러 기관과 긴밀히 협력해 "
        "▲김치 담그기 체험 ▲전통 공연 ▲요리 대회 등을 마련했다."
    ),
    "협력만": (
        '강기정 시장은 기자회견에서 "인근 지자체와 맺어 온 각종 협약이 성과로 '
        '이어지도록 협력을 강화하겠다"고 말했다.'
    ),
    "배경": "두 도시는 지난 2019년 처음 우호협력 협약을 체결한 바 있다.",
    "지난 협약들": (
        "보성군은 올해 들어 투자 유치에 힘을 쏟고 있다. 2월에는 녹차가공과 20억원 투자협약을 "
        "체결했다. 지난해 하반기 다향식품(주)와 30억원 투자협약을 체결했다."
    ),
    "지난 협약": (
        "여수시는 지난해 9월 남해대학교와 업무협약을 체결한 뒤 해양 인재를 함께 길러 왔다. "
        "올해 첫 졸업생 30명이 지역 기업에 취업했다."
    ),
    "협약에 따른 사업": (
        "한빛대학교는 지난해 11월 남도시와 맺은 업무협약에 따라 올해 지역 청년 200명에게 "
        "코딩 교육을 제공한다. 교육은 다음 달 4일부터 12주 동안 진행된다."
    ),
    "의원 질의": (
        '남도시의회 김정민 의원은 11일 시정질문에서 "시가 여러 기업과 투자협약을 맺었지만 '
        '실제 공장을 지은 곳은 절반도 안 된다"고 지적했다.'
    ),
    "협약 기업들": (
        "지난해 남도시와 투자협약을 맺은 기업들이 잇따라 공장 착공에 들어갔다. "
        "한결소재는 12일 첨단산단에서 착공식을 열었다."
    ),
    "프로그램 출범": (
        "남도시는 청년 농부 육성 프로그램 '새싹농부'를 12일 시작했다. 이 프로그램은 시가 "
        "남도농협과 체결한 업무협약을 바탕으로 마련됐다."
    ),
    "1년 점검": (
        "남도시가 투자협약 1년을 맞아 점검에 나섰다. 시는 지난해 6월 투자협약을 체결한 "
        "12개 기업 가운데 8곳이 공장 가동에 들어갔다고 12일 밝혔다."
    ),
    "누적 실적": "남도시는 올해 들어 미래차 분야에서만 9개 기업과 투자협약을 맺었다.",
    "그날까지 누적": "남도시는 올해 들어 지난 14일까지 9개 기업과 투자협약을 맺었다.",
    "그날 현재 누적": "남도시는 올해 들어 지난 14일 현재 9개 기업과 투자협약을 맺었다.",
    "그날 보고한 누적": (
        "남도시는 14일 시청에서 투자유치 결산 보고회를 열고 올해 누적 21개 기업과 "
        "투자협약을 체결했다고 밝혔다."
    ),
    "한 해 실적": (
        "남도개발청은 올 한 해 동안 14개 업체와 2천억원 규모의 투자협약을 체결했다고 "
        "12일 밝혔다. 이 가운데 5개 업체가 이미 공장을 짓고 있다."
    ),
    "해외 도시 누적": (
        "남도시는 현재까지 12개국, 20개 해외도시와 자매결연을 했고, 시 자체적으로 6개 도시와 "
        "우호도시 관계를 맺었다."
    ),
    "나라 누적": "남도시는 현재까지 15개국과 교류 협약을 맺었다.",
    "달 없는 지난해": (
        "10일 시에 따르면, 지난해 26일 도와 시는 중국 한빛전자와 투자양해각서(MOU)를 체결했다. "
        "그러나 한빛전자는 지난해 8월 사업 포기를 통보했다."
    ),
    "전문가 지적": "전문가들은 두 도시가 협약을 맺었지만 후속 사업이 없다고 지적했다.",
    "협약 뒤 준비": (
        "남도시는 12일 청년 창업 사관학교 운영을 시작했다. 시는 지난 4월 한빛대학교와 업무협약을 "
        "맺고 교육 과정을 함께 준비해 왔다."
    ),
    "체결하기도": (
        "한빛대학교는 지역 기업 채용 박람회를 12일 열었다. 대학은 지난 5월 남도상공회의소와 "
        "인재 양성 협약을 체결하기도 했다."
    ),
    "체결 이후": (
        "남도시와 한결소재의 투자협약 체결 이후 1년 동안 공장 두 곳이 들어섰다. 시는 12일 "
        "성과 보고회를 열었다."
    ),
    "맺어 온 관계": "남도시는 2015년부터 한빛시와 자매결연 협약을 맺어 온 사이다.",
    "시기 미정 계획": (
        "전남도는 내년부터 도내 대학들과 업무협약을 맺어 청년 인턴십을 확대할 계획이다. "
        "협약 시기와 참여 대학은 정해지지 않았다."
    ),
    "검토하는 방안": (
        "남도구는 12일 상점가 상인들과 간담회를 열었다. 구는 필요하면 지역 은행과 업무협약을 "
        "맺는 방안도 살펴보기로 했다."
    ),
    "그해 시작": (
        "남도군의 공공 택배 서비스가 이용 10만건을 넘었다. 군은 지난 2021년 한결물류와 운영 "
        "업무협약을 맺고 그해 9월 서비스를 열었다."
    ),
    "감사에서 따진 협약": (
        "남도시의회 경제위원회는 11일 행정사무감사에서 2022년 시가 한 물류업체와 맺은 "
        "투자협약의 이행 여부를 따졌다."
    ),
}


JUNE_12 = PartialDate(2024, 6, 12)


def article(body: str, published: PartialDate | None = JUNE_12) -> Article:
    return Article(title=None, body=body, published=published)


def test_single_signing_is_fully_described():
    (report,) = extract_agreements(article(SINGLE))
    assert report.status == "signed"
    assert report.date == PartialDate(2024, 6, 12)
    assert report.date_text == "12일"
    assert SINGLE[report.date_span[0] : report.date_span[1]] == "12일"
    assert report.kind == "업무협약"
    assert report.title == "해양레저 관광 활성화를 위한 업무협약"
    assert report.place == "목포시청 상황실"
    assert [p.name for p in report.parties] == ["전라남도 목포시", "한국해양레저협회"]
    assert [(s.name, s.organization) for s in report.signatories] == [
        ("박홍률", "전라남도 목포시"),
        ("정유진", "한국해양레저협회"),
    ]
    assert [r.name for r in report.regions] == ["전라남도 목포시"]
    assert len(report.clauses) == 5 and report.clauses_stated == 5
    assert report.clauses[-1].text == "관광 상품 공동 홍보"
    evidence = SINGLE[report.evidence_span[0] : report.evidence_span[1]]
    assert "체결했다" in evidence


def test_a_broadcast_telling_a_signing_with_a_polite_ending_reports_it():
    body = (
        "남해에서 플랜트를 전문적으로 건설하는 주식회사 한빛금속은 누리에 산업단지를 조성하기로 "
        "하고 12일 경상북도와 5천억원이 넘는 투자양해각서를 체결했는데요.\n"
        "한빛금속 김하늘 회장은 주소를 누리로 옮기겠다고 밝혔어요.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["한빛금속", "경상북도"]
    assert report.date == JUNE_12


def test_day_ahead_of_publication_is_last_month():
    (report,) = extract_agreements(article(SINGLE, PartialDate(2024, 7, 3)))
    assert report.date == PartialDate(2024, 6, 12)


def test_without_publication_date_only_the_day_is_known():
    (report,) = extract_agreements(article(SINGLE, None))
    assert report.date == PartialDate(day=12)


def test_ceremony_with_three_signings():
    reports = extract_agreements(article(CEREMONY, PartialDate(2024, 3, 15)))
    assert len(reports) == 3
    assert all(r.date == PartialDate(2024, 3, 15) for r in reports)
    assert [r.kind for r in reports] == ["투자협약", "업무협약", "업무협약"]
    assert [p.name for p in reports[0].parties] == ["전라남도 여수시", "바다로지스"]
    assert {p.name for p in reports[1].parties} == {
        "전라남도 여수시",
        "여수광양항만공사",
        "전남테크노파크",
    }
    assert [c.text for c in reports[1].clauses] == [
        "실증 부지 제공",
        "데이터 공동 활용",
        "기업 공동 발굴",
    ]
    assert [p.name for p in reports[2].parties] == ["여수광양항만공사", "남해대학교"]
    assert reports[2].clauses == []


def test_recent_signing_is_not_dated_by_the_announcement():
    (report,) = extract_agreements(article(RECENT, PartialDate(2024, 5, 22)))
    # "최근" states no month: the article's date is only an upper bound (issue 10, item 8).
    assert report.date is None
    assert report.date_text == "최근"
    assert report.kind == "업무협약"
    assert report.title == "애니메이션 창작 생태계 조성을 위한 업무협약"
    assert [c.text for c in report.clauses] == [
        "신인 작가 발굴",
        "창작 공간 지원",
        "해외 유통 연계",
    ]


def test_planned_signing():
    (report,) = extract_agreements(article(PLANNED))
    assert report.status == "planned"
    assert report.date == PartialDate(2024, 6, 20)
    assert {r.name for r in report.regions} == {"광주광역시", "대구광역시"}


def test_present_tense_announcement_of_a_signing_ahead():
    body = "광주시는 15일 시청에서 한빛전자와 투자협약을 체결한다."
    (report,) = extract_agreements(article(body))
    assert (report.status, report.date) == ("planned", PartialDate(2024, 6, 15))


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_articles_without_a_signing_yield_nothing(name):
    assert extract_agreements(article(NEGATIVES[name])) == []


def test_dateline_does_not_make_a_region():
    body = "광주=연합뉴스 한국전력과 남해대학교는 5일 에너지 인재 양성 협약을 맺었다."
    (report,) = extract_agreements(article(body))
    assert report.regions == []
    assert [p.name for p in report.parties] == ["한국전력", "남해대학교"]


def test_repeated_paragraphs_report_one_signing():
    body = SINGLE + SINGLE
    assert len(extract_agreements(article(body))) == 1


SOURCE_AND_ATTENDEES = (
    "전남 보성군과 경남 하동군이 녹차 산업을 함께 키운다.\n"
    "3일 보성군에 따르면 최근 하동군과 녹차 산업 상생 협약을 하동군청에서 체결했다. "
    "협약식에는 김철우 보성군수, 하승철 하동군수, 최한수 보성군의회 의장 등 30여명이 "
    "참석했다.\n"
)

CEREMONY_HELD = (
    "12일 남원시청에서 남원시와 안산시 간 '우호 교류를 위한 자매결연 협약식'이 열린 가운데 "
    "두 시장이 기념 촬영을 하고 있다.\n"
    "이날 남원시청 대회의실에서는 최경식 남원시장과 이민근 안산시장, 시의회 의장 등 "
    "20여명이 참석한 가운데 '우호 교류를 위한 자매결연 협약식'을 개최됐다.\n"
    "협약서에는 △청소년 교류 △농특산물 직거래 △관광 상품 공동 홍보 등 주요 3가지 사항이 "
    "담겼다.\n"
)


def test_source_of_the_report_is_the_omitted_subject():
    (report,) = extract_agreements(article(SOURCE_AND_ATTENDEES, PartialDate(2024, 9, 3)))
    assert {p.name for p in report.parties} == {"전라남도 보성군", "경상남도 하동군"}
    assert {s.name for s in report.signatories} == {"김철우", "하승철"}
    assert report.date is None and report.date_text == "최근"


def test_ceremony_held_with_attendees_and_count_of_items():
    (report,) = extract_agreements(article(CEREMONY_HELD, PartialDate(2024, 3, 12)))
    assert [p.name for p in report.parties] == ["전북특별자치도 남원시", "경기도 안산시"]
    assert report.date == PartialDate(2024, 3, 12)
    assert [c.text for c in report.clauses] == [
        "청소년 교류",
        "농특산물 직거래",
        "관광 상품 공동 홍보",
    ]
    assert report.clauses_stated == 3


def _seed(seeds_dir: Path, prefix: str, published: PartialDate) -> list[Article]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in seeds_dir.glob(f"{prefix}_*.txt"))
    try:
        from mouarchive.text.pipeline import parse_articles
    except ImportError:
        return [Article(title=None, body=text, published=published)]
    return [
        a if a.published else Article(a.title, a.body, a.subtitle, published=published)
        for a in parse_articles(text)
    ]


def _reports(seeds_dir: Path, prefix: str, published: PartialDate):
    return [r for a in _seed(seeds_dir, prefix, published) for r in extract_agreements(a)]


@pytest.mark.parametrize("prefix", ["000", "001"])
def test_seed_gwangju_gyeonggi_2023(seeds_dir, prefix):
    (report,) = _reports(seeds_dir, prefix, PartialDate(2023, 6, 12))
    assert report.date == PartialDate(2023, 6, 12)
    assert {p.name for p in report.parties} == {"광주광역시", "경기도"}
    assert {s.name for s in report.signatories} == {"강기정", "김동연"}
    assert len(report.clauses) == 8


def test_seed_gwangju_gyeonggi_2019(seeds_dir):
    (report,) = _reports(seeds_dir, "002", PartialDate(2019, 10, 23))
    assert report.date == PartialDate(2019, 10, 23)
    assert {p.name for p in report.parties} == {"광주광역시", "경기도"}
    assert {s.name for s in report.signatories} == {"이재명", "이용섭"}
    assert len(report.clauses) == 4
    assert report.clauses[-1].text == "인공지능 포럼 등 행사개최"


def test_seed_two_mous_on_a_page(seeds_dir):
    reports = _reports(seeds_dir, "003", PartialDate(2023, 5, 22))
    assert len(reports) == 2
    optics, ai = reports
    assert {p.name for p in optics.parties} == {"인공지능산업융합사업단", "한국광산업진흥회"}
    assert optics.date is None or optics.date.precision == "month"
    assert optics.clauses[0].text == "신규 사업 기획"
    assert optics.clauses[-1].text == "AI 재난안전 통합시스템 연계 구축"
    assert len(optics.clauses) == 5
    assert {p.name for p in ai.parties} == {"인공지능산업융합사업단", "한국인공지능협회"}
    assert ai.date == PartialDate(2023, 5, 10)
    assert [r.name for r in optics.regions] == [r.name for r in ai.regions] == ["광주광역시"]


def test_seed_opening_ceremony(seeds_dir):
    reports = _reports(seeds_dir, "004", PartialDate(2021, 1, 27))
    assert len(reports) == 3
    assert all(r.date == PartialDate(2021, 1, 27) for r in reports)
    assert all("지구" not in c.text for r in reports for c in r.clauses)


def test_agency_of_a_city_gives_the_city_region():
    body = (
        "경기도 화성시 출연기관인 화성산업진흥원은 지난 10일 진흥원 대회의실에서 "
        "한국드론협회와 드론 산업 육성 업무협약을 체결했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["화성산업진흥원", "한국드론협회"]
    assert [r.name for r in report.regions] == ["경기도 화성시"]


def test_bare_level_word_before_agency_means_the_article_government():
    body = (
        "전남도가 청년 일자리 확대에 나선다. 도 산하 전남청년재단은 11일 "
        "남도물산과 청년 고용 업무협약을 맺었다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [r.name for r in report.regions] == ["전라남도"]


def test_place_name_inside_a_company_name_gives_no_region():
    body = "광주글로벌모터스는 11일 한빛정밀과 스마트공장 보급 업무협약을 체결했다.\n"
    (report,) = extract_agreements(article(body))
    assert {p.name for p in report.parties} == {"광주글로벌모터스", "한빛정밀"}
    assert report.regions == []
    # A body the area runs for itself is that area's ("울산테크노파크": 울산광역시).
    body = "울산테크노파크는 11일 한빛정밀과 스마트공장 보급 업무협약을 체결했다.\n"
    (report,) = extract_agreements(article(body))
    assert [r.name for r in report.regions] == ["울산광역시"]


def test_signing_reported_beside_background_signings_is_still_found():
    body = (
        "남도시는 12일 시청에서 한결소재와 300억원 규모 투자협약을 체결했다.\n"
        "한결소재는 지난해 남도시와 투자협약을 맺은 기업들과 부품을 함께 조달한다.\n"
        "협약을 체결한 두 기관은 공장 착공 시기도 앞당기기로 했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert report.date == PartialDate(2024, 6, 12)
    assert [p.name for p in report.parties] == ["남도시", "한결소재"]


def test_generic_plural_nouns_are_never_parties():
    body = "시민단체들과 남해대학교는 12일 환경 교육 업무협약을 체결했다.\n"
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["남해대학교"]


def test_treaty_ceremony_with_both_heads_signing():
    body = (
        "전남 강진군과 경북 청송군은 12일 청송군청에서 자매결연 협정식을 가졌다.\n"
        "이날 협정식에는 강진원 강진군수와 윤경희 청송군수가 참석해 협정서에 서명했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert report.kind == "자매결연"
    assert [p.name for p in report.parties] == ["전라남도 강진군", "경상북도 청송군"]
    assert [s.name for s in report.signatories] == ["강진원", "윤경희"]


def test_heads_listed_in_one_parenthesis_sign_for_their_parties():
    body = (
        "남원시와 지리산농협, ㈜산들물류(최경식 시장, 김유민 조합장, 오재석 대표)는 12일 "
        "농산물 유통 협약을 맺었다.\n"
        "이날 협약식에는 어촌계 대표 등 20여명이 참석했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["전북특별자치도 남원시", "지리산농협", "산들물류"]
    assert [(s.name, s.organization) for s in report.signatories] == [
        ("최경식", "전북특별자치도 남원시"),
        ("김유민", "지리산농협"),
        ("오재석", "산들물류"),
    ]


def test_place_leaves_out_the_date_word_before_it():
    body = "구례군은 전날 군청 3층 소회의실에서 지리산농협과 업무협약을 맺었다고 13일 밝혔다.\n"
    (report,) = extract_agreements(article(body, PartialDate(2024, 6, 13)))
    assert report.place == "군청 3층 소회의실"
    assert report.date == PartialDate(2024, 6, 12)


def test_kind_comes_from_the_quoted_title_own_noun():
    body = "여주시와 이천시, 양평군은 12일 '남한강 유역 상생협약'을 위한 업무협약서에 서명했다.\n"
    (report,) = extract_agreements(article(body))
    assert report.title == "남한강 유역 상생협약"
    assert report.kind == "상생협약"


def test_earlier_signing_in_the_same_sentence_is_not_the_news():
    body = (
        "남도시는 지난 3월 한빛대학교와 업무협약을 체결한 데 이어 12일 한빛전문대학과도 "
        "청년 취업 업무협약을 맺었다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["남도시", "한빛전문대학"]
    assert report.date == PartialDate(2024, 6, 12)


@pytest.mark.parametrize(
    "body",
    [
        "남도시는 지난해 한빛대학교와 업무협약을 체결했다. 올해는 12일 취업 박람회를 함께 열었다.",
        "남도시는 2019년부터 한빛시와 교류협약을 맺어 오고 있다. 12일 청소년 교류 행사를 열었다.",
        "두 기관은 2021년 업무협약을 맺었다. 12일에는 공동 연구 성과 발표회를 열었다.",
        "한빛식품은 12일 남도시 신공장 착공식을 열었다. 도는 지난 연말 한빛식품과 "
        "투자협약을 체결했다.",
    ],
)
def test_signing_in_an_earlier_year_is_background(body):
    assert extract_agreements(article(body)) == []


def test_last_years_end_is_still_news_in_january():
    """ "지난 연말 … 체결했다고 3일 밝혔다" in January: last month's signing, news."""
    january = "한빛군은 지난 연말 누리식품과 300억원 규모의 투자협약을 체결했다고 3일 밝혔다.\n"
    assert len(extract_agreements(article(january, published=PartialDate(2025, 1, 3)))) == 1


def test_agency_named_before_its_tie_to_the_city():
    body = (
        "빛고을농업기술재단은 12일 지리산농협과 청년 농업인 육성 업무협약을 맺었다.\n"
        "남원시 관계자는 '청년 농업인이 늘어날 것'이라고 말했다.\n"
        "빛고을농업기술재단은 시 출연기관으로 농업 기술 보급을 맡고 있다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [r.name for r in report.regions] == ["전북특별자치도 남원시"]


def test_ceremony_reported_as_held_is_a_signing():
    body = (
        "화순군과 한결수소가 맺은 투자협약식이 12일 군청 대회의실에서 열렸다.\n"
        "이날 협약식에는 구복규 화순군수와 김하늘 한결수소 대표가 참석해 서명했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert report.kind == "투자협약"
    assert report.date == PartialDate(2024, 6, 12)
    assert [p.name for p in report.parties] == ["전라남도 화순군", "한결수소"]


def test_signing_dated_days_before_is_news_even_as_a_modifier():
    body = (
        "화순군은 지난 10일 한결수소와 체결한 업무협약에 따라 수소 연구소를 유치한다고 "
        "12일 밝혔다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert report.date == PartialDate(2024, 6, 10)
    assert [p.name for p in report.parties] == ["전라남도 화순군", "한결수소"]


@pytest.mark.parametrize(
    "verb",
    [
        "상생 협약을 했다고",
        "업무협약을 진행했다고",
        "MOU를 교환했다고",
        "업무협약을 가졌다고",
        "업무협약식을 가졌다고",
        "업무협약식을 열었다고",
    ],
)
def test_wire_and_ceremony_verbs_report_a_signing(verb):
    body = f"남원시는 11일 시청에서 한울식품과 농산물 가공 {verb} 12일 밝혔다.\n"
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["전북특별자치도 남원시", "한울식품"]
    assert report.date == PartialDate(2024, 6, 11)


def test_joining_hands_over_an_agreement_reports_a_signing():
    body = "구례군과 지리산농협이 11일 '햇밤 판로 확대 업무협약'으로 손을 잡았다.\n"
    (report,) = extract_agreements(article(body))
    assert {p.name for p in report.parties} == {"전라남도 구례군", "지리산농협"}


def test_the_signing_held_the_day_before_the_announcement_dates_it():
    body = (
        "국립목포대학교는 조선 기자재 기업 바다테크와 용접 인력 양성 협약을 했다고 12일 "
        "밝혔다.\n협약은 전날 목포대 본부에서 송하철 목포대 총장과 윤민호 바다테크 대표가 "
        "참석한 가운데 진행됐다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert report.date == PartialDate(2024, 6, 11)
    assert [p.name for p in report.parties] == ["국립목포대학교", "바다테크"]
    assert {s.name for s in report.signatories} == {"송하철", "윤민호"}


def test_a_count_of_partners_is_background_and_never_a_party():
    body = (
        "나주시는 11일 시청에서 한빛에너지와 자립마을 조성 협약을 체결했다고 12일 밝혔다.\n"
        "한편 한빛에너지는 지난 3월 지역 기업 12곳과 상생 협약을 맺었다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["전라남도 나주시", "한빛에너지"]


def test_a_signing_with_partners_only_counted_reports_nothing():
    body = "광주테크노파크는 지역 기업 30개사와 가족회사 협약을 맺었다고 12일 밝혔다.\n"
    assert extract_agreements(article(body)) == []


def test_partners_only_counted_with_the_investment_s_size_and_jobs_report_a_ceremony():
    body = (
        "누리경제자유구역청은 국내 8개 업체와 투자금액 535억원, 고용 창출 220여 명 규모의 "
        "투자협약을 체결했다고 12일 밝혔다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["누리경제자유구역청"]
    assert report.investment_krw == 53_500_000_000
    # A sum beside other terms of a programme sizes no ceremony.
    body = (
        "한빛시는 총사업비 20억원, 사업기간 2년의 청년일자리 사업을 위해 관내 7개 기업과 "
        "협약을 맺었다.\n"
    )
    assert extract_agreements(article(body)) == []


def test_a_ceremony_s_day_says_when_recently_was():
    lede = "누리구가 최근 한빛병원과 의료봉사 협약을 체결했다고 14일 밝혔다.\n"
    body = lede + "지난 11일 구청장실에서 열린 협약식에는 김정식 구청장 등이 참석했다.\n"
    (report,) = extract_agreements(article(body, PartialDate(2024, 6, 14)))
    assert (report.date, report.date_text) == (PartialDate(2024, 6, 11), "지난 11일")
    # Its own ceremony, named with its partner or told as what followed it.
    for after in (
        "지난 11일 한빛병원과의 협약식에는 김 구청장 등이 참석했다.\n",
        "지난 11일 열린 협약식 이후 양 기관은 협력을 시작했다.\n",
    ):
        (report,) = extract_agreements(article(lede + after, PartialDate(2024, 6, 14)))
        assert report.date == PartialDate(2024, 6, 11)
    # Not the day of another ceremony, of one long before, or of one still to come.
    for after in (
        "지난 5월 20일 가람병원과의 협약식에 이은 두 번째 협약이다.\n",
        "2019년 3월 5일 첫 협약식 이후 5년 만이다.\n",
        "오는 20일 열리는 협약식에는 김 구청장 등이 참석한다.\n",
    ):
        (report,) = extract_agreements(article(lede + after, PartialDate(2024, 6, 14)))
        assert (report.status, report.date, report.date_text) == ("signed", None, "최근")


def test_an_institute_head_signs_for_the_institute_and_the_ceo_for_the_company():
    body = (
        "한국에너지기술연구원과 한빛에너지는 11일 수소 기술 업무협약을 체결했다.\n"
        "협약서에는 김종남 연구원장과 김도현 대표가 서명했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert {(s.name, s.organization) for s in report.signatories} == {
        ("김종남", "한국에너지기술연구원"),
        ("김도현", "한빛에너지"),
    }


def test_a_group_subject_takes_the_parties_the_lede_names():
    body = (
        "전남도와 전남농협, 한빛인력이 농촌 일손 부족 해결에 힘을 모은다.\n"
        "세 기관은 11일 도청에서 농촌 인력 지원 협약을 체결했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["전라남도", "전남농협", "한빛인력"]
    assert report.date == PartialDate(2024, 6, 11)


def test_a_group_subject_takes_the_parties_named_just_after():
    body = (
        "두 기관은 11일 도청에서 농촌 인력 지원 협약을 체결했다. "
        "전남도와 한빛인력은 인력 수급에 협력한다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["전라남도", "한빛인력"]


def test_these_agencies_as_subject_take_the_parties_the_lede_names():
    body = (
        "곡성군이 곡성교육지원청, 한빛장학재단과 함께 지역 인재 키우기에 나선다.\n"
        "이들 기관은 10일 군청에서 인재 육성 업무협약을 맺었다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["전라남도 곡성군", "곡성교육지원청", "한빛장학재단"]
    assert report.date == PartialDate(2024, 6, 10)


def test_a_group_subject_takes_the_parties_only_the_headline_names():
    body = (
        "양 기관은 지난 10일 군청에서 청년 창업 지원을 위한 업무협약을 맺었다.\n"
        "이날 협약식에는 김철우 군수와 박서진 조합장이 참석해 협약서에 서명했다.\n"
    )
    found = Article(title="보성군-녹차골농협, 청년 창업 '맞손'", body=body, published=JUNE_12)
    (report,) = extract_agreements(found)
    assert [p.name for p in report.parties] == ["전라남도 보성군", "녹차골농협"]
    assert {(s.name, s.organization) for s in report.signatories} == {
        ("김철우", "전라남도 보성군"),
        ("박서진", "녹차골농협"),
    }


def test_a_headline_may_join_a_company_known_by_a_bare_name():
    body = "이들 기관은 11일 군청에서 농산물 유통 업무협약을 체결했다.\n"
    headline = "[포토] 곡성군-섬진물산-남도물류, 유통 협약"
    found = Article(title=headline, body=body, published=JUNE_12)
    (report,) = extract_agreements(found)
    assert [p.name for p in report.parties] == ["전라남도 곡성군", "섬진물산", "남도물류"]


def test_a_headline_joining_only_common_words_gives_no_parties():
    body = "양 기관은 11일 군청에서 청년 창업 업무협약을 체결했다.\n"
    found = Article(title="청년-기업, 창업 지원 '맞손'", body=body, published=JUNE_12)
    assert extract_agreements(found) == []


def test_a_headline_without_joined_names_gives_a_group_subject_no_parties():
    body = "양 기관은 지난 10일 군청에서 청년 창업 지원을 위한 업무협약을 맺었다.\n"
    found = Article(title="청년 창업 지원 협약 체결", body=body, published=JUNE_12)
    assert extract_agreements(found) == []


@pytest.mark.parametrize(
    "body",
    [
        "순창군과 고추장마을협동조합은 11일 업무협약을 통해 판로 협력 체계를 구축했다.\n",
        "순창군과 고추장마을협동조합은 11일 장류 수출 업무협약으로 손을 맞잡았다.\n",
    ],
)
def test_setting_up_cooperation_or_joining_hands_by_agreement_is_a_signing(body: str):
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["전북특별자치도 순창군", "고추장마을협동조합"]
    assert report.date == PartialDate(2024, 6, 11)


def test_a_cooperation_set_up_by_an_agreement_years_ago_is_background():
    body = "순창군은 2021년 고추장마을협동조합과 업무협약을 통해 협력 체계를 구축했다.\n"
    assert extract_agreements(article(body)) == []


def test_a_council_rejecting_the_consent_bill_for_a_signing_reports_none():
    body = (
        "해남군의회는 11일 본회의에서 '관광단지 조성 협약 체결 동의안'을 부결했다.\n"
        "의원들은 군의 재정 부담이 크다고 지적했다.\n"
    )
    assert extract_agreements(article(body)) == []


def test_a_chairman_by_bare_title_signs_for_the_cooperative():
    body = (
        "여주시는 11일 여주쌀생산자협동조합과 쌀 판로 확대 업무협약을 맺었다. "
        "이충우 시장과 한도윤 이사장이 참석했다.\n"
    )
    (report,) = extract_agreements(article(body))
    signed = {(s.name, s.organization) for s in report.signatories}
    assert ("한도윤", "여주쌀생산자협동조합") in signed


def test_a_ceremony_held_with_a_long_list_of_heads_reports_the_signing():
    body = (
        "화순군이 보성군, 장흥군과 3자 우호도시 협약을 체결했다.\n"
        "지난 10일 군청에서 열린 협약식은 구복규 화순군수, 김철우 보성군수, 김성 장흥군수를 "
        "비롯해 군의원, 주민대표 등 50여명이 참석한 가운데 진행됐다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert report.date == PartialDate(2024, 6, 10)
    assert {s.name for s in report.signatories} == {"구복규", "김철우", "김성"}


def test_a_wire_style_verb_modifying_a_noun_is_background():
    body = "나주시는 지난해 협약을 했던 한빛에너지에 태양광 부지를 빌려준다고 12일 밝혔다.\n"
    assert extract_agreements(article(body)) == []


def test_heads_of_parties_present_at_the_ceremony_sign_but_other_guests_do_not():
    body = (
        "나주시는 11일 한빛에너지와 에너지 자립마을 협약을 체결했다.\n"
        "이날 행사에는 윤병태 나주시장과 김도현 한빛에너지 대표, 이재태 나주시의회 의장 등 "
        "50여명이 참석했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert {s.name for s in report.signatories} == {"윤병태", "김도현"}


def test_a_signing_sentence_naming_a_mutual_growth_agreement_gives_that_kind():
    body = "나주시와 한빛에너지는 11일 상생협약의 하나로 에너지 업무협약(MOU)을 체결했다.\n"
    (report,) = extract_agreements(article(body))
    assert report.kind == "상생협약"


def test_a_quoted_title_noun_wins_over_a_generic_mou_after_it():
    body = "나주시와 한빛에너지는 11일 '에너지 자립마을 상생협약' 업무협약(MOU)을 체결했다.\n"
    (report,) = extract_agreements(article(body))
    assert report.kind == "상생협약"


def test_heads_named_after_their_bodies_short_names_sign_for_them():
    body = (
        "한국남부발전과 한국수자원공사는 11일 수상태양광 업무협약을 체결했다.\n"
        "남부발전 이승우 사장과 수자원공사 윤석대 사장이 협약서에 서명했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert {(s.name, s.organization) for s in report.signatories} == {
        ("이승우", "한국남부발전"),
        ("윤석대", "한국수자원공사"),
    }


def test_an_approximate_count_of_partners_is_no_party():
    body = (
        "나주시는 11일 한빛에너지와 자립마을 협약을 체결했다.\n"
        "한빛에너지는 앞서 지역 업체 30여곳과 상생 협약을 맺었다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["전라남도 나주시", "한빛에너지"]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("광주시와 한빛모빌리티는 11일 MOU를 교환하고 공장 건립에 힘을 모으기로 했다.\n", "signed"),
        ("광주시와 한빛모빌리티는 오는 20일 MOU를 교환할 예정이다.\n", "planned"),
        ("광주시는 오는 20일 한빛모빌리티와 투자협약을 한다고 밝혔다.\n", "planned"),
    ],
)
def test_exchanging_an_mou_and_a_wire_style_future(sentence, status):
    (report,) = extract_agreements(article(sentence))
    assert report.status == status
    assert [p.name for p in report.parties] == ["광주광역시", "한빛모빌리티"]


def test_a_generic_short_name_is_no_party_and_the_lede_subject_stands_in():
    body = (
        "광주과학기술원이 한빛모빌리티와 손을 잡았다.\n"
        "연구원은 11일 한빛모빌리티와 자율주행 협약을 체결했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert {p.name for p in report.parties} == {"광주과학기술원", "한빛모빌리티"}


def test_units_of_a_bank_and_a_university_sign_with_their_heads():
    body = (
        "남도은행 데이터전략국과 빛고을외국어대학교 경영대학은 11일 남도은행 본관에서 통계 "
        "교육 협력에 관한 업무협약(MOU)을 체결했다.\n"
        "이날 협약식에는 남도은행 김도윤 데이터전략국장과 빛고을외국어대학교 이서진 "
        "경영대학장이 참석했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == [
        "남도은행 데이터전략국",
        "빛고을외국어대학교 경영대학",
    ]
    assert {(s.name, s.organization) for s in report.signatories} == {
        ("김도윤", "남도은행 데이터전략국"),
        ("이서진", "빛고을외국어대학교 경영대학"),
    }


def test_a_unit_head_named_without_the_organisation_signs_for_the_unit_party():
    body = (
        "한빛대학교 진로취업처는 11일 ㈜누리소프트와 취업 연계 업무협약을 체결했다.\n"
        "이날 협약식에는 박하람 진로취업처장과 정우진 누리소프트 대표가 참석했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["한빛대학교 진로취업처", "누리소프트"]
    assert {(s.name, s.organization) for s in report.signatories} == {
        ("박하람", "한빛대학교 진로취업처"),
        ("정우진", "누리소프트"),
    }


def test_a_city_department_signing_counts_for_the_city_region():
    body = "광주시 투자유치과는 11일 한빛전자와 투자 유치 업무협약을 체결했다.\n"
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["광주광역시 투자유치과", "한빛전자"]
    assert [r.name for r in report.regions] == ["광주광역시"]


def test_an_agency_named_with_its_city_in_the_genitive_takes_the_region_its_tie_gives():
    body = (
        "광주시 산하 인공지능산업융합사업단이 지역 기업 지원에 나선다.\n"
        "광주시의 인공지능산업융합사업단은 11일 한빛전자와 업무협약을 체결했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["인공지능산업융합사업단", "한빛전자"]
    assert [r.name for r in report.regions] == ["광주광역시"]


def test_a_city_department_head_beside_the_mayor_is_an_attendee():
    body = (
        "나주시는 11일 한빛에너지와 에너지 자립마을 협약을 체결했다.\n"
        "이날 협약식에는 윤병태 나주시장과 김도현 한빛에너지 대표, 박영호 나주시 "
        "기획조정실장 등이 참석했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert {s.name for s in report.signatories} == {"윤병태", "김도현"}


def test_a_city_department_head_signing_alone_signs_for_the_city():
    body = (
        "나주시는 11일 한빛에너지와 에너지 자립마을 협약을 체결했다.\n"
        "이날 김도현 한빛에너지 대표와 박영호 나주시 기획조정실장이 협약서에 서명했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["전라남도 나주시", "한빛에너지"]
    assert ("박영호", "전라남도 나주시") in {(s.name, s.organization) for s in report.signatories}


def test_a_unit_head_under_the_banks_short_name_signs_for_the_unit_party():
    body = (
        "남도은행 경기본부는 11일 경기도청에서 경기도와 통계 협력 업무협약(MOU)을 체결했다.\n"
        "이날 협약식에는 배재수 남은 경기본부장과 김동연 경기도지사가 참석했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert {(s.name, s.organization) for s in report.signatories} == {
        ("배재수", "남도은행 경기본부"),
        ("김동연", "경기도"),
    }


def test_a_company_named_earlier_is_the_partner_of_a_planned_investment():
    body = (
        "에이스항공정비가 무안에 정비 공장을 세운다.\n"
        "에이스항공정비는 국내 항공기 정비 전문 기업으로, 지난해부터 부지를 물색해 왔다.\n"
        "무안군은 에이스항공정비와 부지와 인센티브에 관한 협의를 마무리하고 오는 25일 "
        "투자협약을 체결할 계획이라고 11일 밝혔다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["전라남도 무안군", "에이스항공정비"]
    assert (report.status, report.date) == ("planned", PartialDate(2024, 6, 25))


def test_sister_cities_both_sign_for_their_governments():
    body = (
        "담양군과 서울 마포구가 자매결연 협약을 체결했다.\n"
        "담양군은 지난 10일 마포구청에서 자매결연 협약식을 열었다고 12일 밝혔다. "
        "이날 이병노 담양군수와 박강수 마포구청장이 협약서에 서명했다.\n"
        "두 지역은 농산물 직거래와 문화 교류에서 협력한다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["전라남도 담양군", "서울특별시 마포구"]
    assert {(s.name, s.organization) for s in report.signatories} == {
        ("이병노", "전라남도 담양군"),
        ("박강수", "서울특별시 마포구"),
    }
    assert report.date == PartialDate(2024, 6, 10)


def test_the_next_story_on_a_page_lends_no_party_to_a_signing():
    body = (
        "보성녹차영농조합법인은 11일 녹차 가공시설 공동 운영을 위한 업무협약을 체결했다고 "
        "밝혔다.\n"
        "조합은 시설 운영비 일부를 부담한다.\n"
        "김민수 기자\n"
        "장흥군, 한우 유통 협약\n"
        "장흥군은 12일 군청에서 정남진한우협회와 한우 유통 업무협약을 체결했다.\n"
        "협약에 따라 ▲한우 공동 브랜드 개발 ▲직거래 장터 운영 등에 협력한다.\n"
    )
    first, second = extract_agreements(article(body))
    assert [p.name for p in first.parties] == ["보성녹차영농조합법인"]
    assert first.clauses == []
    assert [p.name for p in second.parties] == ["전라남도 장흥군", "정남진한우협회"]


def test_a_legal_form_written_apart_stays_with_its_name():
    body = (
        "보성군은 11일 군청에서 녹차 수출 업무협약을 체결했다.\n"
        "이날 김철우 보성군수와 보성녹차 영농조합법인 임수진 대표가 협약서에 서명했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name.replace(" ", "") for p in report.parties] == [
        "전라남도보성군",
        "보성녹차영농조합법인",
    ]
    assert ("임수진", "보성녹차 영농조합법인") in {
        (s.name, s.organization) for s in report.signatories
    }


def test_sister_cities_linked_without_the_word_agreement_are_a_signing():
    body = (
        "전남 담양군과 서울 마포구는 10일 마포구청에서 자매결연을 맺었다.\n"
        "이병노 담양군수와 박강수 마포구청장이 결연서에 서명했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["전라남도 담양군", "서울특별시 마포구"]
    assert (report.kind, report.date) == ("자매결연", PartialDate(2024, 6, 10))
    assert {s.name for s in report.signatories} == {"이병노", "박강수"}


def test_a_sister_city_named_as_background_is_no_signing():
    body = "담양군은 2019년 자매결연을 맺은 마포구와 10일 농산물 장터를 열었다.\n"
    assert extract_agreements(article(body)) == []


def test_the_partner_of_the_talks_that_end_in_an_agreement():
    body = (
        "무안군이 항공정비 산업 육성에 속도를 낸다.\n"
        "항공기 정비 전문기업 에이스항공정비는 무안공항 인근에 정비 공장을 세울 계획이다.\n"
        "무안군은 에이스항공정비와 부지 매입과 세제 혜택 등에 관한 협의를 마무리하고 오는 20일 "
        "투자협약을 체결한다고 11일 밝혔다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["전라남도 무안군", "에이스항공정비"]
    assert report.status == "planned"


def test_a_signing_with_a_named_partner_before_a_plan_is_still_reported():
    body = (
        "여수시는 10일 스마트항만 지원센터 개소식을 열었다.\n"
        "이 자리에서 시는 한빛로지스와 업무협약을 체결하고 항만 물류 기업 유치에 힘을 모을 "
        "계획이다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert (report.status, report.date) == ("signed", PartialDate(2024, 6, 10))
    assert "한빛로지스" in [p.name for p in report.parties]


def test_a_line_opening_with_an_ordinal_is_no_headline_of_another_story():
    body = (
        "목포시는 올해 청년 일자리 정책의 방향을 이렇게 정했다.\n"
        "첫째, 지역 대학과 함께 청년 인재 키우기\n"
        "이를 위해 11일 한빛대학교와 지역 인재 양성 업무협약을 체결했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["한빛대학교", "전라남도 목포시"]


def test_contracted_names_in_the_signers_sentence_add_no_party():
    text = (
        "남해군은 지난 10일 남해산업단지관리공단, 한빛경영자총협회와 청년 일자리 상생협약을 "
        "맺었다고 12일 밝혔다.\n"
        "협약서에는 장충남 남해군수, 남해산단관리공단 박서진 이사장, 한빛경총 오민호 회장이 "
        "서명했다.\n"
    )
    (report,) = extract_agreements(article(text))
    assert [p.name for p in report.parties] == [
        "경상남도 남해군",
        "남해산업단지관리공단",
        "한빛경영자총협회",
    ]
    assert [s.organization for s in report.signatories] == [p.name for p in report.parties]


EACH = (
    "영암군이 남도농업기술원, 남도관광협회와 각각 업무협약을 체결했다.\n"
    "영암군은 12일 군청 소회의실에서 두 기관과 차례로 협약식을 열었다.\n"
    "남도농업기술원과 맺은 협약은 스마트 온실 실증 재배와 청년 농업인 기술 교육이 골자다. "
    "이 자리에는 한정우 영암군수와 오세진 남도농업기술원장이 참석해 서명했다.\n"
    "이어 열린 남도관광협회와의 협약에서는 농촌 체험 관광 상품 개발과 군내 숙박 시설 공동 "
    "홍보에 힘을 모으기로 했다. 한 군수와 배윤희 남도관광협회 회장이 협약서에 서명했다.\n"
)


def test_a_host_signing_with_each_partner_makes_one_agreement_per_partner():
    first, second = extract_agreements(article(EACH))
    assert [p.name for p in first.parties] == ["전라남도 영암군", "남도농업기술원"]
    assert [p.name for p in second.parties] == ["전라남도 영암군", "남도관광협회"]
    assert [s.name for s in first.signatories] == ["한정우", "오세진"]
    assert [s.name for s in second.signatories] == ["한정우", "배윤희"]
    assert [c.text for c in first.clauses] == ["스마트 온실 실증 재배", "청년 농업인 기술 교육"]
    assert [c.text for c in second.clauses] == [
        "농촌 체험 관광 상품 개발",
        "군내 숙박 시설 공동 홍보",
    ]
    assert first.date == second.date == PartialDate(2024, 6, 12)


def test_each_partner_of_one_sentence_signs_alone_with_the_host():
    body = (
        "충북 음성군은 24일 군청에서 국립소방병원, 극동대학교, 강동대학교와 각각 지역 인재 채용을"
        " 위한 업무협약을 했다고 밝혔다.\n"
    )
    reports = extract_agreements(article(body))
    assert [[p.name for p in r.parties] for r in reports] == [
        ["충청북도 음성군", "국립소방병원"],
        ["충청북도 음성군", "극동대학교"],
        ["충청북도 음성군", "강동대학교"],
    ]


def test_partners_each_visited_to_sign_sign_alone_with_the_host():
    body = (
        "김포소방서는 지난 9일 관내 응급의료기관인 한빛병원과 누리병원을 각각 방문해 "
        "중증응급환자 이송체계 강화를 위한 업무협약(MOU)을 체결했다.\n"
    )
    reports = extract_agreements(article(body))
    assert [[p.name for p in r.parties] for r in reports] == [
        ["김포소방서", "한빛병원"],
        ["김포소방서", "누리병원"],
    ]


def test_partners_named_together_without_each_stay_one_agreement():
    text = EACH.replace("와 각각 업무협약", "와 업무협약", 1)
    assert len(extract_agreements(article(text))) == 1


def test_a_head_named_with_only_the_kind_of_body_signs_for_that_party():
    text = (
        "남도시는 12일 시청에서 남도한지공예협동조합과 '한지 골목 조성 업무협약'을 체결했다. "
        "협약식에는 김영록 남도시장과 협동조합 서미란 이사장이 참석했다.\n"
    )
    (report,) = extract_agreements(article(text))
    assert ("서미란", "남도한지공예협동조합") in [
        (s.name, s.organization) for s in report.signatories
    ]


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("자매결연 협약을 체결했다", "자매결연"),
        ("자매결연 협약식을 가졌다", "자매결연"),
        ("'자매결연 협정'을 체결했다", "자매결연"),
        ("자매결연 협정을 맺은 지 10년을 맞아 교육교류 협정을 체결했다", "협정"),
        ("자매결연 협정에 따라 청소년 교류 협정을 체결했다", "협정"),
        ("자매결연 협정서에 서명했다", "자매결연"),
        ("자매결연 MOU를 체결했다", "MOU"),
        ("우호교류 협정을 체결했다", "협정"),
        ("자매결연을 위한 업무협약을 체결했다", "업무협약"),
    ],
)
def test_a_sister_city_agreement_is_named_as_such_unless_another_kind_is_stated(phrase, kind):
    text = f"남도시는 12일 시청에서 강원 영월군과 {phrase}.\n"
    (report,) = extract_agreements(article(text))
    assert report.kind == kind


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_a_page_that_only_has_the_headline_still_reports_the_signing(dash: str):
    body = f"[포토] 해남군{dash}남도농협, 고구마 수출 확대 업무협약\n"
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["전라남도 해남군", "남도농협"]
    assert (report.kind, report.status, report.date) == ("업무협약", "signed", JUNE_12)


def test_the_month_of_what_a_signing_comes_ahead_of_is_not_its_date():
    body = (
        "누리소방본부는 오는 7월 한빛군 편입을 앞두고 한빛소방서와 공동대응 업무협약을 체결했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert report.status == "signed" and report.date is None


@pytest.mark.parametrize(
    "term",
    [
        "협약기간이 2018년 1월 31일자로 만료됨에 따라",
        "2018년 1월 31일자로 3년간의 협약 기간이 만료됨에 따라",
        "기존 협약이 2018년 1월 31일부로 끝나 ",
        "계약기간(2018년 1월 31일까지)이 끝나 ",
    ],
)
@pytest.mark.parametrize("published", [JUNE_12, None])
def test_the_day_a_term_ends_is_not_the_signing_date(term: str, published: PartialDate | None):
    """ "…31일자로 만료됨에 따라 … 협약을 체결했다": the day bounds the old term."""
    body = f"한빛시는 누리FC와의 {term} 연고 협약을 다시 체결했다.\n"
    (report,) = extract_agreements(article(body, published))
    assert report.status == "signed" and report.date is None


@pytest.mark.parametrize("mark", ["자로", "부로"])
def test_a_day_written_as_of_is_the_signing_s_own_when_no_term_turns_on_it(mark: str):
    body = f"한빛시는 지난 5일{mark} 누리기업과 투자협약을 체결했다고 12일 밝혔다.\n"
    (report,) = extract_agreements(article(body))
    assert report.date == PartialDate(2024, 6, 5)


@pytest.mark.parametrize(
    "headline",
    ["해남군-남도농협, 고구마 수출 확대 협약 추진", "해남군-남도농협, 업무협약 1년 성과 점검"],
)
def test_a_headline_of_a_plan_or_of_results_reports_no_signing(headline):
    assert extract_agreements(article(headline + "\n")) == []


def test_a_ceremony_sentence_without_parties_dates_the_signing():
    body = (
        "남도시는 한빛재단과 청소년 진로 지원 업무협약을 체결했다고 12일 밝혔다.\n"
        "협약식은 전날 시청 소회의실에서 열렸다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert report.date == PartialDate(2024, 6, 11)
    assert report.date_text == "전날"


def test_a_head_named_with_the_kind_of_a_farm_union_adds_no_party():
    text = (
        "남도식품연구원은 12일 해남고구마영농조합법인과 가공식품 공동 개발을 위한 업무협약을 "
        "체결했다. 연구원 송지혜 원장과 영농조합 문대석 대표가 협약서에 서명했다.\n"
    )
    (report,) = extract_agreements(article(text))
    assert [p.name for p in report.parties] == ["남도식품연구원", "해남고구마영농조합법인"]
    assert [(s.name, s.organization) for s in report.signatories] == [
        ("송지혜", "남도식품연구원"),
        ("문대석", "해남고구마영농조합법인"),
    ]


def test_counted_cities_and_counties_as_subject_take_the_lede_parties_and_date():
    body = (
        "전남 영암군과 강진군, 해남군 등 3개 시·군이 관광 현안에 함께 대응하기로 했다.\n"
        "3개 시·군은 10일 강진군청에서 '남도 서남권 상생협약'을 맺었다.\n"
        "협약식에는 우승희 영암군수, 강진원 강진군수, 명현관 해남군수가 참석해 서명했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert report.date == PartialDate(2024, 6, 10)
    assert report.kind == "상생협약"
    assert len(report.parties) == 3


def test_a_described_company_in_the_lede_is_the_party_its_head_signs_for():
    body = (
        "전기차 배터리 팩을 만드는 ㈜한결에너지솔루션이 광주 빛그린산단에 공장을 짓는다.\n"
        "강기정 광주시장과 오태윤 대표는 12일 광주시청에서 500억원 규모의 투자협약서에 서명했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["광주광역시", "한결에너지솔루션"]
    assert ("오태윤", "한결에너지솔루션") in [(s.name, s.organization) for s in report.signatories]


def test_a_caption_with_a_university_short_name_is_the_same_signing():
    body = (
        "김영식(오른쪽) 남구청장과 최민호 한빛대 부총장이 12일 업무협약을 맺었다.\n"
        "광주 남구는 12일 한빛대학교와 평생교육 활성화를 위한 업무협약을 체결했다고 밝혔다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["광주광역시 남구", "한빛대학교"]
    assert ("최민호", "한빛대학교") in [(s.name, s.organization) for s in report.signatories]


def test_a_present_head_of_an_unnamed_company_signs_for_the_company_party():
    body = (
        "청주시와 ㈜한울배터리는 11일 시청 회의실에서 500억원 규모의 투자협약을 맺었다.\n"
        "이 자리에는 이범석 시장과 고태민 대표가 함께했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [(s.name, s.organization) for s in report.signatories] == [
        ("이범석", "충청북도 청주시"),
        ("고태민", "한울배터리"),
    ]


def test_the_acronym_of_a_city_agency_carries_the_city_region():
    body = (
        "대전시 산하 대전정보문화산업진흥원(DICIA)이 게임 기업을 유치했다.\n"
        "DICIA는 11일 ㈜별빛게임즈와 업무협약을 체결했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [r.name for r in report.regions] == ["대전광역시"]


def test_a_bare_branch_head_signs_for_the_one_branch_party():
    body = (
        "한국가스공사 대구경북본부는 12일 달서구와 안전 점검 업무협약을 맺었다.\n"
        "이날 협약식에는 윤희찬 본부장과 이태훈 달서구청장이 참석했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert ("윤희찬", "한국가스공사 대구경북본부") in [
        (s.name, s.organization) for s in report.signatories
    ]


@pytest.mark.parametrize(
    "body",
    [
        "여주시는 11일 ㈜한강바이오와 투자협약을 체결할 예정이었으나 회사 사정으로 연기됐다.\n",
        "인천시와 누리스마트시티는 애초 4일 오전 시청에서 토지매매 기본협약서 체결식을 열려고 "
        "했지만 최종 합의에 실패하며 체결식을 무기한 연기했다.\n",
        "부산시는 2021년 8월 23일 한빛부동산과 체결한 업무협약을 취소한다고 밝혔다.\n",
        "거제시와 ㈜한빛조선은 12일 열 예정이던 투자협약 체결식을 잠정 연기했다.\n",
        "거제시는 12일로 예정됐던 ㈜한빛조선과의 투자협약 체결식을 전격 취소했다.\n",
    ],
)
def test_a_signing_called_off_is_not_reported(body):
    assert extract_agreements(article(body)) == []


@pytest.mark.parametrize(
    "body",
    [
        "목포시와 신안군은 코로나19 확산으로 두 차례 연기했던 자매결연 협약을 12일 체결했다.\n",
        "나주시는 12일 ㈜한빛에너지와 투자협약을 체결하고, 기업이 투자를 이행하지 않으면 "
        "인센티브를 취소한다는 내용을 담았다.\n",
    ],
)
def test_a_signing_once_put_off_or_with_terms_of_cancelling_is_still_reported(body):
    (report,) = extract_agreements(article(body))
    assert report.status == "signed" and len(report.parties) == 2


def test_a_photo_headline_joining_a_bare_company_reports_both_parties():
    body = "[포토] 김해시-㈜가야정밀, 스마트공장 투자협약\n"
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["경상남도 김해시", "가야정밀"]
    assert report.date == JUNE_12


def test_a_host_only_signing_takes_its_partners_from_the_heads_at_the_ceremony():
    body = (
        "통영시는 14일 시청 회의실에서 섬마을 돌봄 업무협약을 체결했다.\n"
        "통영농업협동조합은 홀몸 어르신 안부 확인을 맡는다.\n"
        "협약식에는 천영기 통영시장, 박정호 통영농업협동조합장, 윤미래 한빛재단 이사장과 "
        "김도훈 도의원 등 20여명이 참석했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["경상남도 통영시", "통영농업협동조합", "한빛재단"]
    assert [s.name for s in report.signatories] == ["천영기", "박정호", "윤미래"]


def test_heads_bracketed_in_the_lead_signed_for_their_bodies():
    body = (
        "한울대학교(총장 오세린)와 푸른내과병원(병원장 배주원)이 지역 돌봄 인력을 함께 키운다.\n"
        "한울대는 11일 본관 회의실에서 푸른내과병원과 돌봄 인력 양성 업무협약을 맺었다.\n"
        "두 기관은 실습 기관 지정과 졸업생 채용 추천에 힘을 모은다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [(s.name, s.title) for s in report.signatories] == [
        ("오세린", "총장"),
        ("배주원", "병원장"),
    ]


def test_a_party_called_by_its_short_name_goes_by_the_full_one():
    body = (
        "한울대학교와 푸른내과병원이 돌봄 인력을 함께 키운다.\n"
        "한울대는 11일 본관 회의실에서 푸른내과병원과 돌봄 인력 양성 업무협약을 맺었다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["한울대학교", "푸른내과병원"]
    body = (
        "경상남도교육청과 남해군이 농촌 학교 살리기에 나선다.\n"
        "박종훈 경남교육감과 장충남 남해군수는 11일 군청에서 작은학교 지원 업무협약을 맺었다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert report.parties[0].name == "경상남도교육청"
    assert report.signatories[0].organization == "경상남도교육청"


def test_two_signings_told_in_one_sentence_on_the_same_day():
    body = (
        "충남 서천군은 10일 군청 회의실에서 서천김협동조합과 지역 특산물 판로 확대를 위한 "
        "업무협약을 체결한 데 이어, ㈜바다솔식품과 60억원 규모의 투자협약을 맺었다고 11일 "
        "밝혔다.\n"
        "이어 열린 투자협약식에서 김기웅 서천군수와 조하늘 바다솔식품 대표가 협약서에 서명했다.\n"
    )
    reports = extract_agreements(article(body))
    assert [(r.kind, [p.name for p in r.parties]) for r in reports] == [
        ("업무협약", ["충청남도 서천군", "서천김협동조합"]),
        ("투자협약", ["충청남도 서천군", "바다솔식품"]),
    ]
    assert [r.date.iso for r in reports] == ["2024-06-10", "2024-06-10"]


def test_a_signing_dated_after_an_earlier_one_is_the_only_news():
    body = (
        "서천군은 지난해 서천김협동조합과 업무협약을 체결한 데 이어, 10일 ㈜바다솔식품과 "
        "투자협약을 맺었다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["충청남도 서천군", "바다솔식품"]


def test_partners_only_counted_are_named_by_the_attendance_line():
    body = (
        "전남도와 강진군은 12일 군청 상황실에서 식품 가공업체 2곳과 120억원 규모의 "
        "투자협약을 맺었다.\n"
        "협약식에는 김영록 전남지사와 강진원 강진군수, 한소율 다온푸드 대표, "
        "문태오 남해바이오팜 대표가 참석했다.\n"
        "두 업체는 농공단지에 가공 공장을 짓고 40명을 채용한다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == [
        "전라남도",
        "전라남도 강진군",
        "다온푸드",
        "남해바이오팜",
    ]
    assert [s.name for s in report.signatories] == ["김영록", "강진원", "한소율", "문태오"]


def test_ceremony_sentence_after_the_lead_dates_the_signing():
    body = (
        "나주시는 나주배원예농협과 배 수출 확대를 위한 업무협약을 맺었다고 12일 밝혔다.\n"
        "전날 시청 회의실에서 열린 협약식에는 윤병태 나주시장과 조합장 등 20여명이 참석했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert report.date == PartialDate(2024, 6, 11)
    assert report.date_text == "전날"


def test_the_sentence_listing_what_a_signing_holds_is_not_another_signing():
    # "협약 체결의 주요 내용은 ▲A시와 B도가 …": the items name parties, but the sentence tells
    # what the signing already reported holds.
    text = (
        "순천시․전라남도․순천상공회의소가 해룡산단에 입주가 확정된 ㈜한빛소재 등 5개 "
        "협력업체와 투자유치에 관한 협약을 체결했다. 18일 순천시청 4층 상황실에서 개최된 "
        "이번 협약식에는 김철수 시장을 비롯해 5개 협력업체 대표 등이 참석했다. 투자협약 "
        "체결의 주요 내용은 ▲순천시와 전라남도가 기업 이전에 따른 인센티브 제공 ▲기업체에서는 "
        "계획한 투자의 성실한 이행 등을 담고 있다.\n"
    )
    (report,) = extract_agreements(article(text))
    assert [c.text for c in report.clauses] == [
        "순천시와 전라남도가 기업 이전에 따른 인센티브 제공",
        "기업체에서는 계획한 투자의 성실한 이행",
    ]


@pytest.mark.parametrize(
    ("later", "status"),
    [
        # Naming who signs, without a tense, leaves the lead's future as it is.
        (
            "투자협약 체결사는 한결소재(주), ㈜다온테크, 새빛정공(주)이며 협약식에는 "
            "권영진 대구시장을 비롯해 대구도시공사 이종덕 사장이 참석한다.\n",
            "planned",
        ),
        # Telling the signing as done makes it done.
        ("대구시는 이날 한결소재(주), ㈜다온테크와 투자협약을 체결했다.\n", "signed"),
    ],
)
def test_only_a_later_sentence_in_the_past_unsays_a_signing_announced_ahead(later, status):
    lead = "대구시는 16일 시청 상황실에서 투자협약을 체결한다고 밝혔다.\n"
    report = extract_agreements(Article(title=None, body=lead + later, published=None))[0]
    assert report.status == status
    assert report.date == PartialDate(None, None, 16)


def test_a_ceremony_named_in_quotes_and_still_to_be_held_is_planned():
    body = (
        "부산시와 일본 후쿠오카시는 27일 오전 부산시청에서 "
        "'부산~후쿠오카 우정의 뱃길 협약식'을 갖는다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert report.status == "planned"
    assert [p.name for p in report.parties] == ["부산광역시", "후쿠오카시"]


def test_counted_signings_on_other_days_are_signings_of_their_own():
    body = (
        "충북도는 21일 음성·옥천·괴산군에 투자할 3개 기업과 총 513억원의 투자 협약을 체결했다.\n"
        "앞서 충북도는 지난달 24일 국내·외 10개 기업과 총 2천437억원 규모의 투자협약을 체결했다.\n"
        "또 지난 20일에는 500억원을 들여 호텔을 지을 누리호텔㈜과 투자 협약을 했다.\n"
    )
    article = Article(title=None, body=body, published=PartialDate(2014, 8, 21))
    reports = extract_agreements(article)
    assert [r.date for r in reports] == [
        PartialDate(2014, 8, 21),
        PartialDate(2014, 7, 24),
        PartialDate(2014, 8, 20),
    ]
    hotel = next(r for r in reports if r.date == PartialDate(2014, 8, 20))
    assert {p.name for p in hotel.parties} == {"충청북도", "누리호텔"}
    assert all("외" not in {p.name for p in r.parties} for r in reports)


@pytest.mark.parametrize(
    "sentence",
    [
        # A standing relation, the news being a signing still sought.
        "5개 도시와 국제 자매결연을 맺고 있는 송파구가 6번째 자매결연을 추진한다.\n",
        # A history: signed years ago, visited every year since.
        "백구면과 중앙동 양 주민자치위원회는 2015년7월 자매결연을 맺은 후 "
        "매년 상호 방문하고 있다.\n",
        # A series of signings summed up.
        "인천시는 올해 일본 기업과도 잇단 신규 투자 협약을 맺었다.\n",
        # A year summed up.
        "강원 원주시는 지난 한 해 동안 총 11개 기업이 2888억원 규모의 투자협약을 체결했다고 "
        "5일 밝혔다.\n",
        # Signings noted in brackets beside names.
        "공주시가 시의회에 제출한 자료에 의하면, 자매결연은 일본 구마모토현 "
        "나고미마치(1979.9.15체결), 일본 시가현 모리야마시(1991.8.5), 미국 버클리시 등이다.\n",
        # Earlier signings, undated.
        "경기도시공사는 앞서 이천, 광주, 부천, 오산시와 지역발전협약을 맺었다.\n",
        # A signing only supposed.
        "제주도는 상하이시와 우호교류도시 협약을 체결하면 청소년 포럼을 열기로 했다.\n",
        # A tie told as the start of what the parties have done since.
        "2013년 7월 23일 누리시와 파트너시티 협정을 체결, 그후 사진전 참가 등 교류를 이어 왔다.\n",
        # A signing told as the step before other news.
        "구미시는 지난 1월 한빛연구원과 협약을 맺은 데 이어, 20여 개 기업이 입주를 결정했다.\n",
        # The same, the day of the news written before the signing's month.
        "구미시는 21일 지난 1월 한빛연구원과 협약을 맺은 데 이어, 20여 개 기업이 입주를 "
        "결정했다고 밝혔다.\n",
    ],
)
def test_a_signing_told_as_background_is_no_report(sentence):
    assert extract_agreements(article(sentence)) == []
    assert extract_agreements(article(sentence, None)) == []


def test_a_signing_that_names_no_one_takes_the_pair_its_lede_names():
    body = (
        "한빛테크노파크가 누리창업협의회와 지역 창업 생태계 확산을 위해 손을 맞잡았다.\n"
        "8일 한빛테크노파크에 따르면 이날 미추홀타워에서 '창업 활성화를 위한 업무협약'을 했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert {p.name for p in report.parties} == {"한빛테크노파크", "누리창업협의회"}
    assert report.date == PartialDate(2024, 6, 8)


def test_a_signing_on_a_day_of_a_year_summed_up_is_news():
    body = (
        "남도는 14일 도청에서 투자유치 한마당을 열어 올해의 투자유치 실적을 총결산하고, "
        "한결식품㈜ 등 9개 기업과 투자협약을 체결했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert report.date == PartialDate(2024, 6, 14)
    assert "한결식품" in {p.name for p in report.parties}


def test_a_signing_dated_to_the_day_before_what_followed_it_is_news():
    body = (
        "봉화군과 뜨선시는 10일 군청 회의실에서 자매결연 협약을 맺은데 이어 "
        "오후에는 유적지를 찾았다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert report.date == PartialDate(2024, 6, 10)


def test_a_subject_of_two_before_the_signing_sentence_gives_both_parties():
    body = (
        "강원 원주시와 횡성군은 공동 협력 및 교류 확대를 위한 협의체를 발족한다.\n"
        "원강수 원주시장과 김명기 군수는 오는 15일 횡성군청에서 '원주-횡성 공동협력 협의체' "
        "협약식에 서명하고, 실질적인 협력관계를 유지해 나가기로 했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["강원특별자치도 원주시", "강원특별자치도 횡성군"]
    assert (report.status, report.date) == ("planned", PartialDate(2024, 6, 15))


def test_the_cited_source_and_then_the_government_host_complete_later_signings():
    body = (
        "수도권 3개 기업이 제주로 본사를 이전하거나 투자를 하기로 했다.\n"
        "4일 제주도에 따르면 지난달 2일 도청에서 게임 업체인 한빛게임즈와 "
        "본사 이전을 위한 MOU를 체결했다.\n"
        "오는 13일에는 도청에서 치과용 기기 제조 기업인 다온덴탈과 제주 투자 MOU를 체결한다.\n"
    )
    reports = extract_agreements(article(body, PartialDate(2017, 9, 4)))
    assert [sorted(p.name for p in r.parties) for r in reports] == [
        ["제주특별자치도", "한빛게임즈"],
        ["다온덴탈", "제주특별자치도"],
    ]
    assert [r.status for r in reports] == ["signed", "planned"]


def test_the_day_before_a_statements_day_dates_the_signing_in_an_undated_article():
    body = (
        "충북 영동군과 한빛대학교의료원이 군민의 건강 증진을 위해 손을 잡았다.\n"
        "27일 영동군에 따르면 양 기관은 전날 의료원 대강당에서 상호 협력을 위한 "
        "업무협약을 맺었다.\n"
    )
    (report,) = extract_agreements(article(body, None))
    assert report.date == PartialDate(None, None, 26)


def test_a_ceremony_told_by_who_attended_it_is_a_signing_of_their_bodies():
    body = (
        "전북도청 접견실에서 열린 이날 협약식은 송기문 도지사와 이한결 한빛대 총장, 김도윤 누리대 "
        "총장, 박서진 새솔대 총장, 최은우 다온대 부총장, 정하람 가온대 산학협력단장 및 지도교수 "
        "5명 등 총 10여명이 참석한 가운데 열렸다.\n"
        "협약을 통해 도와 대학은 지역인재 발굴을 위해 상호 협력하게 된다.\n"
    )
    (found,) = extract_agreements(article(body, PartialDate(2016, 2, 23)))
    names = [p.name for p in found.parties]
    assert names[:5] == ["전북특별자치도", "한빛대", "누리대", "새솔대", "다온대"]
    # The text is cut before the lead that named the day "이날" stands for.
    assert found.date is None


def test_a_ceremony_held_and_attended_is_a_signing_of_its_heads_bodies():
    body = (
        "12월26일(목) 올림픽파크텔에서 개최된 협약식에는 하문결 한빛체육진흥공단 이사장과 "
        "최문순 화천군수 및 관계자가 참석했다.\n"
        "이날 협약은 2015년, 2020년에 이어 3번째 연고지 협약이다.\n"
    )
    (found,) = extract_agreements(article(body, PartialDate(2024, 12, 27)))
    assert [p.name for p in found.parties] == ["한빛체육진흥공단", "강원특별자치도 화천군"]
    assert found.date == PartialDate(2024, 12, 26)


def test_the_guests_at_the_ceremony_of_a_signing_just_told_did_not_sign():
    body = (
        "군산시가 (주)한빛주물 등 3개 업체와 시청 상황실에서 투자유치 협약을 체결했다.\n"
        "26일 개최된 협약식에는 문동신 시장과 한빛주물 이상덕 대표이사, 새솔정밀 김하늘 대표, "
        "누리테크 박서진 대표, 박양일 상공회의소 회장 등이 참석했다.\n"
    )
    (found,) = extract_agreements(article(body, PartialDate(2008, 6, 27)))
    assert "상공회의소" not in [p.name for p in found.parties]


def test_those_who_attended_and_agreed_on_what_to_do_together_signed():
    body = (
        "협약식에는 김선기 평택시장과 홍석철 한빛은행 경기남지역본부장 등이 참석해, 나눔문화 "
        "확산을 위한 기부와 자원봉사 등에 공동으로 노력하기로 했다.\n"
    )
    (found,) = extract_agreements(article(body, PartialDate(2013, 4, 25)))
    assert [p.name for p in found.parties] == ["경기도 평택시", "한빛은행 경기남지역본부"]


def test_both_bodies_told_only_by_their_heads_bare_titles_are_the_home_city_and_its_교육청():
    body = (
        "이날 협약식 모습. 사진=양 기관 제공.\n"
        "양 기관은 5월 9일 오후 세종시 세종실에서 미래인재 육성을 위한 업무협약을 맺었다. "
        "이 자리에는 최은결 시장과 박다온 교육감을 비롯한 주요 공직자 10여 명이 참석했다.\n"
    )
    (found,) = extract_agreements(article(body, PartialDate(2024, 5, 10)))
    assert [p.name for p in found.parties] == ["세종특별자치시", "세종특별자치시교육청"]


def test_a_deputy_fused_with_a_city_abroad_signs_for_that_city():
    body = (
        "12일 한결수 인천시장은 시청에서 천하이 선양시장을 대신해 방문한 황카이 선양부시장과 "
        "자매결연 협정서를 교환했다.\n"
        "한 시장은 “인천시와 선양시가 포괄적 협력의 기반을 다졌다”고 말했다.\n"
    )
    (found,) = extract_agreements(article(body, PartialDate(2014, 6, 12)))
    assert [p.name for p in found.parties] == ["인천광역시", "선양시"]
    assert found.date == PartialDate(2014, 6, 12)


def test_a_deputy_whose_title_follows_the_level_word_signs_for_that_government():
    """ "경산시부시장": the city's name with its level, then 부시장; never "경산시시"."""
    body = (
        "경산시는 22일 서울시청에서 서울시와 상생협력을 위한 협약을 체결했다.\n"
        "이날 협약식에는 김솔 경산시부시장, 한결수 서울시장이 참석한 가운데 협약을 체결했다.\n"
    )
    for found in extract_agreements(article(body, PartialDate(2018, 3, 23))):
        assert "경산시시" not in [p.name for p in found.parties]
        assert "경상북도 경산시" in [p.name for p in found.parties]


def test_a_broadcasts_체결합니다_without_a_day_is_a_signing_still_to_come_and_no_agreement():
    body = (
        "[KBS 대구]경상북도가 일본 시마네현과 다시 우호 교류 협약을 체결합니다.\n"
        "경북도는 민간 교류가 이어진 만큼 공식 교류로 관광객 유치에 나서겠다고 설명했습니다.\n"
    )
    assert extract_agreements(article(body, None)) == []


def test_a_signing_told_again_with_the_branch_that_signed_is_one_signing():
    body = (
        "한국지역난방공사와 새솔에너지가 탄소중립 실현을 위한 상생 업무협약을 체결했다.\n"
        "지역난방공사 김해지사와 새솔에너지는 이날 새솔에너지 본사에서 협약을 맺고 "
        "신재생에너지 확대에 협력하기로 했다.\n"
    )
    found = extract_agreements(article(body, PartialDate(2022, 3, 4)))
    assert len(found) == 1


@pytest.mark.parametrize("group", ["두 지역은", "양 도시는", "양측은"])
def test_a_signing_told_by_the_group_the_lede_brought_together_takes_its_parties_and_day(group):
    body = (
        "경주시와 일본 나라시가 2일 경주시청에서 교류 20주년 기념식을 열었다.\n"
        f"{group} 문화와 관광 교류를 넓히는 협정서를 체결했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["경상북도 경주시", "나라시"]
    assert report.date == PartialDate(2024, 6, 2)


def test_the_ceremony_told_by_its_guests_after_the_lede_is_that_signing_with_its_items():
    body = (
        "한빛대학교는 14일 대학본부 대회의실에서 ㈜누리조선과 산학협력 업무협약을 체결했다고"
        " 밝혔다.\n"
        "협약식은 한빛대학교 김하늘 총장과 ㈜누리조선 박서준 사장, 이도윤 기술연구소장 등이"
        " 참석한 가운데 진행됐다.\n"
        "이를 위해 산-학은 ▲현장실습 및 인턴십 시행 ▲교육 과정 공동 개발 ▲연구장비 공동활용 등에"
        " 협력하기로 했다.\n"
    )
    (report,) = extract_agreements(article(body, PartialDate(2021, 9, 15)))
    assert {"한빛대학교", "누리조선"} <= {p.name for p in report.parties}
    assert len(report.clauses) == 3


def test_the_ceremony_named_by_its_agreement_and_attended_adds_no_second_signing():
    body = (
        "한빛은 16일 인천시청에서 인천시, 인천경제자유구역청과 한빛 메디컬 콤플렉스 추진을 위한"
        " 양해각서(MOU)를 체결했다고 밝혔다.\n"
        "이날 MOU 체결식에는 김하늘 한빛그룹 회장, 박서준 누리대학교병원 의료원장, 송영길"
        " 인천시장 등이 참석했다.\n"
    )
    (report,) = extract_agreements(article(body, PartialDate(2013, 10, 16)))
    assert "누리대학교병원" not in {p.name for p in report.parties}


def test_the_pair_whose_agreement_the_lede_plans_is_the_group_that_signs_it_days_later():
    body = (
        "한빛대학교는 누리공단 관리위원회와 산학협력 협정을 맺기로 했다고 25일 밝혔다.\n"
        "누리공단 입주기업을 위한 산학협력은 이번이 처음이다.\n"
        "양측은 오는 28일 한빛대에서 입주기업 대표가 참석한 가운데 협정 체결식을 가질 예정이다.\n"
    )
    (report,) = extract_agreements(article(body, PartialDate(2005, 11, 25)))
    assert [p.name for p in report.parties] == ["한빛대학교", "누리공단 관리위원회"]
    assert (report.status, report.date) == ("planned", PartialDate(2005, 11, 28))


@pytest.mark.parametrize(
    "sentence",
    [
        "제천시 방문단은 13일 은시주를 찾아 내년 박람회 때 정식 자매결연을 체결하자는 제천시장의 "
        "친서를 전달했다.",
    ],
)
def test_a_signing_proposed_is_not_made(sentence):
    assert extract_agreements(article(sentence + "\n")) == []


def test_a_ceremony_held_told_with_its_day_and_place_before_the_verb_is_a_signing():
    body = (
        "제천시와 대만 화련현과의 자매결연식이 현지시간 9일, 대만 화련현 정부청사 대회의실에서 "
        "열렸다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["충청북도 제천시", "화련현"]
    assert report.date == PartialDate(2024, 6, 9)


def test_in_an_undated_article_이날_is_the_bare_day_of_the_story_not_the_history():
    body = (
        "시와 징저우시는 2004년 10월 19일 자매결연을 하고 다양한 교류를 이어오고 있다.\n"
        "강릉시 대표단은 자매결연 20주년을 기념하고자 25일 징저우시를 방문했다.\n"
        "이날 행사에서 강릉시와 징저우시는 두 도시의 번영을 위한 양해각서를 체결했다.\n"
    )
    (report,) = extract_agreements(article(body, published=None))
    assert report.date == PartialDate(None, None, 25)


def test_a_day_abroad_in_local_time_is_not_moved_a_month_ahead():
    body = (
        "윤상호 서울시장은 11일(현지시각) 오후 멕시코 과달라하라 시청에서 엔리케 시장과 만나 "
        "관광 분야 협력에 관한 합의서를 체결한다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert report.status == "planned"
    assert report.date == PartialDate(2024, 6, 11)


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        ("한빛시는 10일 시청에서 ㈜누리마케팅과 판로 확대 업무협약을 체결했다.", ["누리마케팅"]),
        ("한빛시는 10일 시청에서 한빛여행사와 관광 활성화 업무협약을 체결했다.", ["한빛여행사"]),
        ("한빛시는 10일 시청에서 한빛전자와 투자협약을 체결하자 상인들이 환영했다.", ["한빛전자"]),
        (
            "전남도는 10일 한빛(주), 누리(주), 다온(주) 등 3개 기업과 지역 산업 발전을 위한 "
            "투자협약을 체결했다.",
            ["한빛", "누리", "다온"],
        ),
        (
            "전남도는 10일 한빛(주), 누리(주), 다온(주) 등 에너지 분야 기업과 투자협약을 체결했다.",
            ["한빛", "누리", "다온"],
        ),
        (
            "전남도는 10일 한빛소재(주), 누리머티리얼즈(주), 다온(주)을 유치하는 투자협약을 "
            "체결했다.",
            ["한빛소재", "누리머티리얼즈", "다온"],
        ),
    ],
)
def test_the_rules_against_fragments_keep_partners_that_only_look_like_them(body, parties):
    (report,) = extract_agreements(article(body + "\n"))
    assert [p.name for p in report.parties][1:] == parties


def test_a_ceremony_that_was_due_but_not_held_is_no_signing():
    body = (
        "한빛시와 누리군의 업무협약식이 예정돼 있었지만 당일 행사장에서는 주민 설명회만 열렸다.\n"
    )
    assert extract_agreements(article(body)) == []


@pytest.mark.parametrize(
    "guests", ["기업 대표 등이", "박한결 누리시장을 비롯한 김하늘 누리도지사와 기업 대표 등이"]
)
def test_that_day_of_an_undated_statement_dates_the_ceremony_to_its_day(guests):
    body = (
        "누리시는 국내 7개 기업과 1800억 원 규모의 투자협약을 맺었다고 15일 밝혔다.\n"
        "시에 따르면 이번에 투자협약을 체결한 기업들은 소재와 부품 등 7개 기업이다.\n"
        f"협약식은 이날 오전 도청 대회의실에서 {guests} 참석한 가운데 열렸다.\n"
    )
    (report,) = extract_agreements(article(body, published=None))
    assert report.date == PartialDate(None, None, 15)
    assert report.date_text == "15일"


def test_a_signing_told_without_a_day_happens_on_the_day_the_story_is_told_of():
    body = (
        "21일, 지린성 성장은 충청남도 도지사를 접견했다.\n"
        "두 사람은 각기 쌍방을 대표하여 충청남도와 지린성 간 자매결연협정을 체결했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert report.date == PartialDate(2024, 5, 21)
    assert report.status == "signed"


@pytest.mark.parametrize(
    "body",
    [
        "충남도는 지난달 2일 유럽 기업들과 투자 상담회를 열었다.\n"
        "충남도는 조만간 코트라와 온라인 투자협약을 체결할 계획이다.\n",
        "가람군은 지난 3일 군청 앞에서 폭염 대비 그늘막 설치 현황을 점검했다.\n"
        "가람군은 가람우체국과 복지등기 우편서비스 업무협약을 체결해 운영 중이다.\n",
        "한빛시는 지난 8일 시청에서 투자유치 전략 보고회를 개최했다.\n"
        "한편 시는 한국산업단지공단과 산단 활성화 업무협약을 체결했다.\n",
        "마루시 관계자는 11일 “물 관리가 중요하다”고 말했다.\n"
        "마루시는 한국수자원공사와 물 관리 업무협약을 체결했다.\n",
        "김제시는 11일 지평선산단에서 ㈜새빛식품 공장 준공식을 가졌다.\n"
        "새빛식품은 김제시와 300억원 규모의 투자협약을 체결한 뒤 공장을 지었다.\n",
        "진천군은 10일 군청에서 하반기 군정 운영계획을 발표했다.\n"
        "군은 한빛제당과 지역 농산물 구매 업무협약을 체결했다.\n",
        "삼척시는 11일 도계읍에서 폐광지역 주민 간담회를 열었다.\n"
        "시는 올해 한빛에너지와 투자협약을 체결했다.\n",
    ],
)
def test_a_signing_apart_from_the_story_takes_no_day_from_it(body):
    assert all(report.date is None for report in extract_agreements(article(body)))


def test_the_last_name_before_a_group_that_sums_up_the_parties_is_a_party():
    body = (
        "한빛병원과 누리병원 양 기관은 지난 10일 한빛병원에서 진료 협력을 위한 업무협약을 "
        "체결했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["한빛병원", "누리병원"]


def test_an_agreement_still_to_be_had_is_a_planned_signing():
    body = "대전시와 행복청은 오는 14일 오전 시청에서 상생발전 협약을 갖는다.\n"
    (report,) = extract_agreements(article(body))
    assert (report.status, report.date) == ("planned", PartialDate(2024, 6, 14))
    assert [p.name for p in report.parties] == ["대전광역시", "행복청"]


@pytest.mark.parametrize(
    "bodies",
    ["군 시설관리공단, 체육회 등 4개 기관은", "군 시설관리공단, 체육회, 문화재단 등 5개 기관은"],
)
def test_bare_own_bodies_listed_after_the_level_word_are_the_home_governments(bodies):
    body = (
        f"가평군과 한빛FC 두 기관과 더불어 {bodies} 24일 오후 군청 소회의실에서 "
        "'스포츠 문화발전 업무협약식'을 가졌다.\n"
    )
    (report,) = extract_agreements(article(body))
    names = [p.name for p in report.parties]
    assert {"가평군시설관리공단", "가평군체육회"} <= set(names) and "체육회" not in names


@pytest.mark.parametrize(
    ("hall", "city"),
    [
        ("페루 리마시 시청에서 호세 가르시아 시장을", "리마시"),
        ("멕시코시티 시청에서 호르헤 마르티네스 시장과", "멕시코시티"),
    ],
)
def test_the_city_abroad_whose_hall_hosts_the_signing_and_whose_mayor_signs_is_a_party(hall, city):
    body = (
        f"김한결 서울시장은 18일(현지시각) 오후 {hall} 만나 환경·교통 분야 협력에 관한 "
        "합의서를 체결했다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == ["서울특별시", city]


def test_sister_ties_with_several_cities_abroad_at_once_are_one_agreement_each():
    body = (
        "부산시는 10일 루안다 주(앙골라), 몸바사 주(케냐), 딜리시(동티모르) 등 해외 3개 도시와 "
        "자매·우호협력도시 협정을 맺었다.\n"
    )
    reports = extract_agreements(article(body))
    assert [[p.name for p in r.parties] for r in reports] == [
        ["부산광역시", "루안다 주"],
        ["부산광역시", "몸바사 주"],
        ["부산광역시", "딜리시"],
    ]
    assert {r.date for r in reports} == {PartialDate(2024, 6, 10)}


def test_a_subheadline_that_tells_the_signing_reports_it_when_the_body_does_not():
    article = Article(
        title="광산구 신창동-장성군 남면, 상생 업무협약",
        subtitle=(
            "광주 광산구 신창동은 최근 동 행정복지센터 소회의실에서 장성군 남면과 지역 상생을 "
            "위한 업무협약을 체결했다고 6일 밝혔다."
        ),
        body=(
            "이번 협약은 인접 지역인 두 곳이 함께 성장하는 협력관계를 구축하고자 추진됐다.\n"
            "협약을 통해 각 기관은 △고향사랑기부제 상호 교차 기부 △우수농산물 직거래 등에 "
            "나선다.\n"
        ),
        published=PartialDate(2025, 4, 6),
    )
    [report] = extract_agreements(article)
    assert [p.name for p in report.parties] == ["광주광역시 광산구 신창동", "전라남도 장성군 남면"]


def test_a_day_without_year_takes_the_month_of_a_photo_stamped_that_day():
    article = Article(
        title=None,
        body="가평군은 24일 군청에서 한빛FC와 스포츠 문화 발전 업무협약을 체결했다.\n",
        captions=["(왼쪽부터) 김솔 한빛FC 대표, 가평군수. 2021.3.24 /가평군 제공"],
    )
    [report] = extract_agreements(article)
    assert report.date == PartialDate(2021, 3, 24)


def test_a_photo_stamped_another_day_leaves_the_day_alone():
    article = Article(
        title=None,
        body="가평군은 24일 군청에서 한빛FC와 스포츠 문화 발전 업무협약을 체결했다.\n",
        captions=["가평군청 전경. 2021.3.20 /가평군 제공"],
    )
    [report] = extract_agreements(article)
    assert report.date == PartialDate(None, None, 24)


def test_the_two_bodies_a_caption_names_by_their_heads_are_the_two_that_signed():
    body = (
        "양 기관은 이날 업무 협약을 맺고, 한빛시체육회 임직원과 가족들에게 진료서비스를 "
        "제공키로 했다.\n누리한방병원이 기부한 체육발전기금 2000만 원은 생활체육에 쓰인다.\n"
    )
    caption = "협약을 맺은 양 기관. 왼쪽부터 김진균 한빛시체육회 회장, 염선규 누리한방병원 원장."
    [report] = extract_agreements(Article(title=None, body=body, captions=[caption]))
    assert [p.name for p in report.parties] == ["한빛시체육회", "누리한방병원"]
    three = "왼쪽부터 김진균 한빛시체육회 회장, 염선규 누리한방병원 원장, 박하늘 가온재단 이사장."
    assert extract_agreements(Article(title=None, body=body, captions=[three])) == []


def _party_lists(body: str, published: PartialDate) -> list[list[str]]:
    article = Article(title=None, body=body, published=published)
    return [[p.name for p in report.parties] for report in extract_agreements(article)]


def test_a_province_abroad_written_apart_from_its_ending_is_one_party():
    body = "경북도와 베트남 타이응우옌 성은 2일 경북도청에서 교류 확대 양해각서를 체결했다.\n"
    assert _party_lists(body, PartialDate(2015, 12, 3)) == [["경상북도", "타이응우옌성"]]


def test_the_pair_named_by_the_lede_signs_what_the_two_sign_paragraphs_later():
    body = (
        "경북도와 베트남 타이응우옌성이 자매결연 10년을 맞아 2일 경북도청에서 기념행사를 열었다.\n"
        "타이응우옌성은 경북도가 새마을운동 세계화를 처음 시작한 곳이다. 경북도는 2005년 2월 "
        "이곳과 자매결연을 했다.\n"
        "이를 계기로 경북도는 새마을 시범마을을 조성하는 등 활발한 교류를 펼쳤다.\n"
        "두 지역은 자매결연 10년을 맞아 문화와 농촌 개발, 경제 협력을 강화하는 양해각서를 "
        "체결했다.\n"
    )
    article = Article(title=None, body=body, published=PartialDate(2015, 12, 3))
    [report] = extract_agreements(article)
    assert [p.name for p in report.parties] == ["경상북도", "타이응우옌성"]
    assert report.kind == "MOU"
    assert report.date == PartialDate(2015, 12, 2)


def test_signings_told_as_a_habit_are_none():
    body = (
        "부산시가 해마다 수십 건의 투자 업무협약을 맺고 있지만, 약속이 지켜지지 않는 경우가 "
        "많은 것으로 드러났다.\n"
    )
    assert _party_lists(body, PartialDate(2025, 4, 3)) == []


def test_a_companys_release_signed_with_the_government_whose_office_hosted_it():
    body = "누리약품은 지난 23일 충청북도 도청회의실서 공장 이전을 위한 투자 협약을 체결했다.\n"
    assert _party_lists(body, PartialDate(2008, 10, 28)) == [["누리약품", "충청북도"]]


def test_a_level_word_after_an_opening_adverb_is_the_articles_government():
    body = (
        "21일 포항시에 따르면 한빛철강㈜이 525억원을 투자해 공장을 짓기로 했다.\n"
        "이에 앞서 시는 지난 8일 누리앤씨㈜와 공장 건설 MOU를 체결했다.\n"
    )
    parties = _party_lists(body, PartialDate(2007, 3, 21))
    assert ["경상북도 포항시", "누리앤씨"] in parties
    assert not any("한빛철강" in found and "누리앤씨" in found for found in parties)


def test_the_source_of_the_sentence_before_is_one_of_the_two_sides():
    body = (
        "21일 포항시에 따르면 한빛철강㈜이 525억원을 투자해 공장을 짓기로 했다.\n"
        "양측은 이를 위해 최근 포항시청에서 투자양해각서를 체결했다.\n"
    )
    assert _party_lists(body, PartialDate(2007, 3, 21)) == [["경상북도 포항시", "한빛철강"]]


def test_a_renewal_is_dated_by_its_own_day_not_by_the_agreement_it_renews():
    body = (
        "3일 강원특별자치도에 따르면 오는 4일 일본 돗토리현 지사가 방문해 지난 1994년 11월 "
        "체결한 양 지역의 우호교류 협정서를 갱신 체결한다.\n"
    )
    [report] = extract_agreements(Article(title=None, body=body, published=PartialDate(2023, 7, 3)))
    assert (report.date, report.status) == (PartialDate(2023, 7, 4), "planned")


def test_an_excerpt_that_opens_with_the_ceremony_attended_reports_the_signing():
    body = (
        "업무협약식에는 이주호 한빛테크노파크 원장, 박경수 한빛시 창업벤처과장, 정진우 "
        "누리벤처협회 회장 등 관계자 30여 명이 함께했다.\n"
        "이번 협약을 통해 두 기관은 유망 스타트업 발굴과 육성에 협력할 계획이다."
    )
    (report,) = extract_agreements(article(body))
    assert report.status == "signed"
    assert report.date is None
    assert "한빛테크노파크" in [p.name for p in report.parties]
    assert not any(p.name.endswith("창업벤처과") for p in report.parties)
    # A ceremony still to come, with no day named, is no report of a signing.
    assert extract_agreements(article(body.replace("함께했다", "함께할 예정이다"))) == []


def test_a_lede_of_joined_hands_names_every_partner_of_the_signing_after_it():
    body = (
        "수소 경제를 위해 경상남도와 창원시, 한빛가스공사와 경남테크노파크가 손을 잡았습니다.\n"
        "경상남도가 4일 도청에서 한빛가스공사와 업무협약을 체결했습니다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert [p.name for p in report.parties] == [
        "경상남도",
        "한빛가스공사",
        "경상남도 창원시",
        "경남테크노파크",
    ]
    other = body.replace("경상남도와 창원시, 한빛가스공사와 경남테크노파크가", "두 도시가")
    (alone,) = extract_agreements(article(other))
    assert [p.name for p in alone.parties] == ["경상남도", "한빛가스공사"]


def test_the_first_of_a_series_told_by_its_year_does_not_date_a_renewal():
    body = (
        "남도시와 일본 한빛현이 우호협력도시 협약을 갱신했다. 양 도시는 지난 11월 30일 오후 "
        "비대면으로 갱신협약을 체결했다.\n"
        "남도시와 한빛현은 지난 2014년 3월 25일 우호협력도시 합의를 처음 체결했다.\n"
    )
    reports = extract_agreements(article(body, published=None))
    (report,) = reports
    assert report.date != PartialDate(2014, 3, 25)


def test_a_year_of_signings_counted_is_no_signing_even_without_a_publication_date():
    body = (
        "교육정책이 자리 잡은 2013년에는 한빛소프트 본사와 교육정보화 협력을 비롯해 40개 기관과 "
        "협약을 체결했으며, 지난해에는 진로체험을 위해 지역 법원들과 협력하기로 하는 등 21개 "
        "기관 및 단체와 협약이 이루어졌다."
    )
    assert extract_agreements(article(body, published=None)) == []


def test_the_start_of_a_relation_of_years_is_no_signing_even_without_a_publication_date():
    body = (
        "시는 지난 1986년 10월 11일 일본 한빛시와 자매도시결연을 체결하여 30년동안 "
        "우호협력관계를 다져왔으며, 직원 상호파견과 관광전 개최를 이어 왔다."
    )
    assert extract_agreements(article(body, published=None)) == []


def test_runs_of_thousands_of_digits_are_read_once_and_name_no_sum():
    # Two runs and the words around them stay within one piece of a sentence (LONGEST_PIECE).
    digits = "1" * 2000
    body = (
        f"한빛시는 12일 {digits}개 기업과 {digits}억원 규모의 투자협약을 체결했다. "
        f"일자리 {digits}명을 창출한다."
    )
    (report,) = extract_agreements(article(body))
    assert (report.investment_krw, report.jobs) == (None, None)
    sized = extract_agreements(
        article("한빛시는 12일 누리전자와 1조2천억원 규모의 투자협약을 체결했다.")
    )
    assert sized[0].investment_krw == 1_200_000_000_000


def test_a_city_treasury_contract_is_an_agreement():
    body = "누리시는 21일 시청에서 한빛은행, 남도은행과 시금고 약정을 체결했다.\n"
    (report,) = extract_agreements(
        Article(title=None, body=body, published=PartialDate(2019, 10, 22))
    )
    assert report.kind == "약정"
    assert [p.name for p in report.parties] == ["누리시", "한빛은행", "남도은행"]


def test_partners_counted_before_a_comma_and_a_named_partner_still_sign():
    body = "한빛시는 24일 누리전자, 한빛소재 등 2개 기업, 누리대학교와 투자협약을 체결했다.\n"
    (report,) = extract_agreements(
        Article(title=None, body=body, published=PartialDate(2024, 5, 25))
    )
    assert [p.name for p in report.parties] == ["한빛시", "누리전자", "한빛소재", "누리대학교"]


def test_who_attended_the_ceremony_just_told_signed_it_and_opens_no_other():
    """ "이 자리에는 A 지사, B 시장, C 군수가 참석해 협약을 맺었다": the ceremony the story
    just told, with its parties and heads, never a second, undated signing that a later
    report of another day could be merged with."""
    body = (
        "충남 공주시와 부여군은 7일 충남도청에서 상생협력사업 추진 3차 협약식을 가졌다.\n"
        "이 자리에는 김영철 충남도지사, 이정민 공주시장, 박성호 부여군수가 참석해 협약을 맺었다.\n"
    )
    (report,) = extract_agreements(article(body))
    assert report.date == PartialDate(2024, 6, 7)
    assert [s.name for s in report.signatories] == ["김영철", "이정민", "박성호"]


@pytest.mark.parametrize(
    ("body", "parties"),
    [
        (
            "누리무역공사(사장 김한빛)는 9일(현지시간) 두바이 미래재단(이하 미래재단) 본사에서 "
            "중동 진출 확대와 디지털 협력 강화를 위한 업무협약(MOU)을 체결했다고 10일 밝혔다.",
            ["누리무역공사", "미래재단"],
        ),
        (
            "한빛은행은 9일 누리대학교 본관 회의실에서 업무협약을 체결했다.",
            ["한빛은행", "누리대학교"],
        ),
        ("한빛은행은 9일 서울 본사에서 업무협약을 체결했다.", ["한빛은행"]),
        ("한빛은행은 9일 한빛은행 본점에서 업무협약을 체결했다.", ["한빛은행"]),
        ("한빛시는 9일 누리대학교 캠퍼스에서 지역 기업 20곳과 업무협약을 체결했다.", ["한빛시"]),
        ("한빛대는 9일 한빛대 의과대학 캠퍼스에서 업무협약을 체결했다.", ["한빛대"]),
        ("보령시는 27일 한빛레일 본사에서 업무협약을 체결했다.", ["충청남도 보령시", "한빛레일"]),
        ("한빛수력은 6일 서울 삼성동 본사에서 양해각서(MOU)를 체결했다.", ["한빛수력"]),
    ],
)
def test_a_signing_naming_no_partner_at_another_bodys_premises_is_made_with_it(
    body: str, parties: list[str]
):
    """ "A는 9일 두바이 미래재단 본사에서 업무협약을 체결했다": the body whose premises hosted
    a signing that names no partner signed it; the subject's own premises name no one else."""
    reports = extract_agreements(article(body + "\n", PartialDate(2025, 9, 10)))
    assert [[p.name for p in r.parties] for r in reports] == [parties]


def test_a_signing_told_apart_at_the_occasion_just_told_is_its_own():
    """ "이 자리에는 … 참석해 공주시와 별도의 투자협약을 맺었다": 별도의 tells another signing,
    never the one the sentence before told (review 58a #17)."""
    body = (
        "공주시는 7일 시청에서 한빛대와 업무협약을 체결했다.\n"
        "이 자리에는 가람기업 대표도 참석해 공주시와 별도의 투자협약을 맺었다.\n"
    )
    reports = extract_agreements(article(body))
    assert [r.kind for r in reports] == ["업무협약", "투자협약"]
