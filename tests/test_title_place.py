"""What an article calls the agreement (its title) and where it was signed (its place)."""

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.kind_title_place import held_place, named_title, quoted_title
from mouarchive.models import Article, PartialDate


def reports(body: str) -> list:
    return extract_agreements(Article(title=None, body=body, published=PartialDate(2024, 6, 12)))


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "도는 12일 도청에서 한빛전자와 외국인 투자유치분야 업무협약을 체결했다.",
            "외국인 투자유치분야 업무협약",
        ),
        (
            "순천시는 12일 시청 상황실에서 ㈜한빛소재 등 5개 업체와 투자유치에 관한 협약을 "
            "체결했다.",
            "투자유치에 관한 협약",
        ),
        (
            "시는 12일 남도은행과 시 농업발전기금 대여 변경 협약을 체결했다.",
            "농업발전기금 대여 변경 협약",
        ),
        ("진주시는 통영시와 문화예술 상호교류 업무 협약을 했다.", "문화예술 상호교류 업무 협약"),
        (
            "두 도시는 우호를 발전시키기 위해 국제교류협력에 관한 업무협약을 체결했다.",
            "국제교류협력에 관한 업무협약",
        ),
        (
            "한빛전자 대표가 참석해 누리국가산업단지 투자양해각서를 체결했다.",
            "누리국가산업단지 투자양해각서",
        ),
    ],
)
def test_an_unquoted_name_before_the_signed_noun_is_the_title(sentence, title):
    assert named_title(sentence) == title


@pytest.mark.parametrize(
    "sentence",
    [
        "양 기관은 12일 상호 협력을 위한 업무협약을 체결했다.",
        "두 기관은 12일 시청에서 지역발전 협약을 체결했다.",
        "남도시는 한빛전자와 1000억원 규모의 투자협약을 체결했다.",
        "남도는 9개 기업 광양만권 투자 협약을 맺었다.",
        "남도시와 한빛시 간 우호협력 협약을 체결했다.",
        "시장 등이 참석한 가운데 지역발전 협약을 체결했다.",
        "대학과 연구원은 신소재 공동연구 협약과 인재 양성 지원 협약을 체결했다.",
        "남도시는 반도체, 이차전지 기술 협약을 맺었다.",
    ],
)
def test_a_description_purpose_size_or_enumeration_is_no_title(sentence):
    # A purpose ("…을 위한"), a lone word, a size, the parties, another agreement or an
    # enumeration before the noun describe the agreement; only a quoted one names it.
    assert named_title(sentence) is None


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "양측은 「스마트시티 해외수출 촉진을 위한 협약」을 체결했다.",
            "스마트시티 해외수출 촉진을 위한 협약",
        ),
        (
            "양측은 ’남도와 한빛성 간 우호교류 강화를 위한 합의서’에 서명했다.",
            "남도와 한빛성 간 우호교류 강화를 위한 합의서",
        ),
        (
            "세 기관은 ‘광역권 의료관광 클러스터 구축’협약을 맺었다.",
            "광역권 의료관광 클러스터 구축 협약",
        ),
        ("세 기관은 ‘생활권 상생발전’ 협약을 맺었다.", "생활권 상생발전 협약"),
        ("두 시군은 ‘상생협력벨트 MOU 및 워크숍’을 열었다.", "상생협력벨트 MOU"),
        (
            "구와 대학은 ‘누리구-한빛대 학·관 협력 협약식’을 가졌다.",
            "누리구-한빛대 학·관 협력 협약",
        ),
    ],
)
def test_quoted_titles_in_the_quotes_outlets_use(sentence, title):
    assert quoted_title(sentence) == title


def test_the_fullest_quoted_title_of_a_signing_wins():
    body = (
        "남원시·한빛공사 ‘지역발전 기본협약’ 체결\n"
        "남원시와 한빛공사는 12일 시청 상황실에서 ‘남원시 지역발전 기본협약’을 체결했다.\n"
    )
    (report,) = reports(body)
    assert report.title == "남원시 지역발전 기본협약"


def test_a_report_names_its_agreement_without_quotes():
    body = "순천시는 12일 시청 상황실에서 한빛소재와 투자유치에 관한 협약을 체결했다.\n"
    (report,) = reports(body)
    assert report.title == "투자유치에 관한 협약"


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "누리시는 4일 한빛대와 기후위기와 탄소중립에 관한 협약을 체결했다.",
            "기후위기와 탄소중립에 관한 협약",
        ),
        (
            "누리군은 4일 한빛농협과 녹차와 관광 활성화에 대한 업무협약을 체결했다.",
            "녹차와 관광 활성화에 대한 업무협약",
        ),
        (
            "포항시는 누리항만, 한빛해운 등과 중고자동차 수출 업무 협약을 체결했다.",
            "중고자동차 수출 업무 협약",
        ),
        ("누리군은 4일 서울시 강남구청과 자매결연 업무협약을 체결했다.", None),
    ],
)
def test_the_first_of_two_topics_is_part_of_the_name_a_partner_is_not(body: str, title: str | None):
    """ "기후위기와 탄소중립에 관한 협약": a word with 와 that is none of the partners is the
    first topic of the name (a newcomer's finding 7); a partner, or the 등 closing a list of
    them, is not."""
    (report,) = reports(body + "\n")
    assert report.title == title


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "남원시장은 24일 남도교육청 외솔회의실서 교육감과 우호교류협약을 체결했다.\n",
            "남도교육청 외솔회의실",
        ),
        (
            "남원시는 23일 청소년농생명센터(전북 김제)에서 한빛공사와 상생협약을 체결했다.\n",
            "청소년농생명센터(전북 김제)",
        ),
        ("남원시는 3일 오전 컨벤션홀(202)에서 한빛공사와 협약을 체결했다.\n", "컨벤션홀(202)"),
        ("남도는 오늘(투데이 어제) 도청에서 한빛전자와 투자협약을 맺었다.\n", "도청"),
        (
            "한빛병원과 남원시는 13일 병원 11층 대회의 실에서 공동발전 협약을 체결했다.\n",
            "병원 11층 대회의 실",
        ),
        (
            "남원시의회는 17일 순창 한빛 힐마루 컨트리클럽에서 순창군의회와 자매결연 협약을 "
            "체결했다.\n",
            "순창 한빛 힐마루 컨트리클럽",
        ),
    ],
)
def test_venues_as_outlets_write_them(body, place):
    (report,) = reports(body)
    assert report.place == place


def test_a_form_is_not_a_venue():
    (report,) = reports("남원시는 12일 참가 신청서 접수를 마친 한빛공사와 협약을 체결했다.\n")
    assert report.place is None


def test_a_word_ending_as_a_venue_does_and_the_words_that_place_one_are_no_venue():
    level = "남원시는 12일 민간 차원에서 한빛공사와 상생 협약을 체결했다.\n"
    assert reports(level)[0].place is None
    located = "남원시는 12일 혁신도시에 위치한 한빛공사 신사옥에서 누리재단과 협약을 체결했다.\n"
    assert reports(located)[0].place == "한빛공사 신사옥"


def test_a_compound_ending_as_no_venue_and_a_name_ending_like_a_verb_are_read_right():
    assert reports("남원시는 12일 민간차원에서 한빛공사와 상생 협약을 체결했다.\n")[0].place is None
    built = "남원시는 12일 혁신도시에 들어선 한빛공사 신사옥에서 누리재단과 협약을 체결했다.\n"
    assert reports(built)[0].place == "한빛공사 신사옥"
    yard = "울산시는 12일 현대미포조선 울산 본사에서 누리재단과 협약을 체결했다.\n"
    assert reports(yard)[0].place == "현대미포조선 울산 본사"


def test_a_ceremony_told_as_held_gives_its_venue():
    body = (
        "남원시와 순창군의 자매결연 협정 체결식이 두 단체장이 참석한 가운데 9일 남원시청에서 "
        "개최됐다.\n"
    )
    (report,) = reports(body)
    assert report.place == "남원시청"


def test_the_ceremony_sentence_after_the_signing_gives_its_venue():
    body = (
        "남원시는 한빛정밀 등 11개 협력업체와 투자유치에 관한 협약을 체결했다. 13일 시청 4층 "
        "상황실에서 개최된 이번 협약식에는 시장과 기업 대표 등이 참석했다.\n"
    )
    (report,) = reports(body)
    assert report.place == "시청 4층 상황실"


def test_the_event_before_a_signing_told_as_part_of_it_gives_its_venue():
    body = (
        "남원 청년 일자리 박람회가 12일 남원시청 대강당에서 개최됐다. 이날 남원시와 한빛전자는 "
        "청년 채용 협약을 체결했다.\n"
    )
    (report,) = reports(body)
    assert report.place == "남원시청 대강당"


def test_an_event_before_a_signing_on_another_day_gives_no_venue():
    body = (
        "남원 청년 일자리 박람회가 12일 남원시청 대강당에서 개최됐다. 남원시와 한빛전자는 "
        "15일 청년 채용 협약을 체결했다.\n"
    )
    (report,) = reports(body)
    assert report.place is None


def test_the_title_of_an_earlier_signing_told_beside_it_is_not_its_own():
    body = (
        "남원시와 순창군의 자매결연 협정 체결식이 두 단체장이 참석한 가운데 9일 남원시청에서 "
        "개최됐다.\n남원시는 지난해 9월 순창군과 ‘섬진강 생태관광 교류를 위한 업무 협약’을 "
        "체결하여 함께 생태 자원을 보존하고 교류 방안을 논의한 바 있다.\n"
        "이날 체결식에서 남원시는 순창군과의 협정을 통해 관광 교류를 확대해 나가기로 했다.\n"
    )
    (report,) = reports(body)
    assert report.date == PartialDate(2024, 6, 9)
    assert report.title is None


def test_a_day_or_a_clock_time_before_the_venue_is_no_part_of_it():
    assert held_place("누리시는 5. 8(목) 10:30 시청 국제통상협력실에서 협약식을 개최했다.") == (
        "시청 국제통상협력실"
    )
    assert held_place("협약식은 제2공장 3층 회의실에서 열렸다.") == "제2공장 3층 회의실"
    assert held_place("누리시는 27일 월요일 시청에서 협약식을 개최했다.") == "시청"
