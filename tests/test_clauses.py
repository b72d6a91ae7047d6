"""Agreed-item lists are found in their many shapes, and look-alike lists are left alone."""

import pytest

from mouarchive.extract.clauses import find_clauses, stated_count
from mouarchive.extract.sentences import LONGEST_PIECE, sentence_spans


def texts(passage: str) -> list[str]:
    return [c.text for c in find_clauses(passage)]


def test_inline_triangles_after_agreement_sentence():
    passage = (
        "두 도시는 6개항에 합의했다. 구체적으로 ▲청년 창업 공동 지원 ▲수소버스 보급 협력 "
        "▲섬 관광 상품 공동 개발 등이다."
    )
    assert texts(passage) == ["청년 창업 공동 지원", "수소버스 보급 협력", "섬 관광 상품 공동 개발"]


def test_what_a_paragraph_marker_opens_to_introduce_the_items_is_no_item():
    passage = (
        "한빛공사와 누리청은 12일 중소기업 지원 업무협약을 체결했다.\n"
        "○ 협약의 주요 내용은 ▲신기술 정보 공유, ▲사업장 상호공유, ▲판로개척 지원 등이다."
    )
    assert texts(passage) == ["신기술 정보 공유", "사업장 상호공유", "판로개척 지원"]


def test_a_spaced_dot_inside_an_item_behind_markers_joins_words():
    passage = (
        "한빛도와 누리공사는 12일 사회적경제 업무협약을 체결했다. 협약을 통해 ▲판로지원사업 "
        "추진 ▲우수기업 선정 ▲한빛도 · 사회적경제기업과 합동 사회공헌활동 시행 등을 추진한다."
    )
    assert texts(passage) == [
        "판로지원사업 추진",
        "우수기업 선정",
        "한빛도 · 사회적경제기업과 합동 사회공헌활동 시행",
    ]


def test_a_treasury_agreements_duties_are_its_items():
    passage = (
        "이번 금고약정 체결에 따라, 한빛은행은 내년 1월부터 4년간 △시의 일반회계 관리·운영 "
        "△세입금의 수납 및 세출금의 지급 △유가증권의 출납 및 보관 등 금고 업무를 수행하게 된다."
    )
    assert texts(passage) == [
        "시의 일반회계 관리·운영",
        "세입금의 수납 및 세출금의 지급",
        "유가증권의 출납 및 보관",
    ]


def test_the_subject_a_paragraph_marker_opens_before_the_items_is_no_item():
    passage = (
        "두 항만공사는 10일 자매항 협약을 체결했다.\n"
        "○ 양 항은 △상호 방문 프로그램 개발 △항만 정보 교환 체계 구축 △인재 교류 시행에 대해 "
        "합의했다."
    )
    assert texts(passage) == [
        "상호 방문 프로그램 개발",
        "항만 정보 교환 체계 구축",
        "인재 교류 시행",
    ]


@pytest.mark.parametrize(
    "marker", ["△", "▷", "▶", "◆", "■", "○", "▴", "▸", "►", "◈", "▦", "▣", "◉", "◐", "▪", "▫"]
)
def test_other_inline_markers(marker):
    passage = (
        f"협약서에는 {marker}데이터 공동 활용 {marker}전문인력 양성 {marker}공동 연구 등이 담겼다."
    )
    assert texts(passage) == ["데이터 공동 활용", "전문인력 양성", "공동 연구"]


def test_commas_inside_marked_items_do_not_split_them():
    passage = (
        "두 공사는 업무협약을 맺었다. 협약 내용은 △가뭄, 폭염 등 재해 대응 협력 △저수지, 보 "
        "등 시설 안전 관리 △물 관리, 재생에너지 정보와 기술 교류 △해외 사업 공동 진출 등이다."
    )
    assert texts(passage) == [
        "가뭄, 폭염 등 재해 대응 협력",
        "저수지, 보 등 시설 안전 관리",
        "물 관리, 재생에너지 정보와 기술 교류",
        "해외 사업 공동 진출",
    ]


def test_a_marked_list_of_partners_does_not_hide_the_agreed_fields():
    passage = (
        "참석 기관은 ▲한빛대학교 ▲누리병원 ▲가온재단이며, 주요 협력 분야는 반도체 인력 양성, "
        "장비 공동 활용, 창업 지원 등이다."
    )
    assert texts(passage) == ["반도체 인력 양성", "장비 공동 활용", "창업 지원"]


def test_spans_point_at_item_text():
    passage = "협약 내용은 ▲스마트팜 실증 ▲‘농촌 일손’ 지원 ▲판로 개척 등이다."
    for clause in find_clauses(passage):
        assert passage[clause.span[0] : clause.span[1]] == clause.text
    assert texts(passage) == ["스마트팜 실증", "‘농촌 일손’ 지원", "판로 개척"]
    assert texts("협약서에는 ▲‘공동 브랜드’ ▲‘판로 확대’ 등이 담겼다.") == [
        "공동 브랜드",
        "판로 확대",
    ]


def test_line_start_items():
    passage = (
        "협약의 주요 내용은 다음과 같다.\n- 탄소중립 공동 연구\n- 재난 정보 공유\n- 인력 교류\n"
    )
    assert texts(passage) == ["탄소중립 공동 연구", "재난 정보 공유", "인력 교류"]


def test_numbered_and_circled_items():
    numbered = "합의 사항은 아래와 같다.\n1. 공동 마케팅\n2. 기술 이전\n"
    circled = "협약 내용\n① 공동 마케팅\n② 기술 이전\n"
    assert texts(numbered) == ["공동 마케팅", "기술 이전"]
    assert texts(circled) == ["공동 마케팅", "기술 이전"]


def test_comma_list_with_stated_count():
    passage = (
        "이번 협약 내용은 구체적으로 해양 쓰레기 수거, 어촌 체험 관광 활성화, 수산물 가공 및 유통, "
        "어업인 복지 증진 등 4개 사항이다."
    )
    assert texts(passage) == [
        "해양 쓰레기 수거",
        "어촌 체험 관광 활성화",
        "수산물 가공 및 유통",
        "어업인 복지 증진",
    ]


def test_comma_list_of_cooperation_fields():
    passage = "주요 협력 분야는 반도체 인력 양성, 장비 공동 활용, 창업 지원 등이다."
    assert texts(passage) == ["반도체 인력 양성", "장비 공동 활용", "창업 지원"]


def test_comma_list_stops_at_clause_boundary():
    passage = (
        "양 기관은 지역 인재를 키우고, 청년 일자리를 늘리기로 했으며, 공동 연구, 기자재 공유, "
        "인력 교류 등 3개 분야에도 힘을 모으기로 협약했다."
    )
    assert texts(passage) == ["공동 연구", "기자재 공유", "인력 교류"]


def test_designated_districts_are_not_clauses():
    passage = (
        "이 구역은 지난해 ▲모빌리티 산업지구 ▲에너지 산업지구 ▲바이오 융합지구 등 3개 지구가 "
        "지정됐다."
    )
    assert find_clauses(passage) == []


def test_meeting_agenda_and_attendees_are_not_clauses():
    agenda = "시·군별로 ▲항만 배후단지 조성 ▲농공단지 분양 ▲리조트 유치 등을 발표·공유했다."
    attendees = "이날 행사에는 김철수 의원, 박영희 교육감, 이민수 총장 등이 참석했다."
    assert find_clauses(agenda) == []
    assert find_clauses(attendees) == []


def test_photo_caption_and_headline_list_are_not_clauses():
    caption = "▲ 협약식을 마친 뒤 참석자들이 기념촬영을 하고 있다."
    headlines = "많이 본 뉴스\n- 폭염에 전력 수요 최고\n- 주말 비 소식\n- 유가 하락세\n"
    assert find_clauses(caption) == []
    assert find_clauses(headlines) == []


def test_list_of_signing_institutions_is_not_clauses():
    passage = "시와 대학, 병원, 연구소 등 4개 기관이 협약을 맺었다."
    assert find_clauses(passage) == []


def test_stated_count_variants():
    assert stated_count("양측은 8개항에 합의했다") == 8
    assert stated_count("5개 분야에서 협력한다") == 5
    assert stated_count("3개 조항을 담았다") == 3
    assert stated_count("세 개 과제를 담았다") == 3
    assert stated_count("10개 기관이 참여했다") is None


def test_stated_count_of_tasks_grouped_in_fields_is_the_tasks():
    assert stated_count("두 시는 4개 분야 12개 과제를 함께 추진하기로 했다") == 12
    assert stated_count("3대 분야에서 모두 9개 협력 과제를 정했다") == 9


def test_stated_count_written_as_the_n_great_fields():
    assert stated_count("두 기관은 앞으로 4대 분야에서 손을 잡는다") == 4
    assert stated_count("5대 핵심 과제를 함께 추진한다") == 5
    assert stated_count("20대 청년 창업을 지원한다") is None


def test_sentences_do_not_break_inside_numbers():
    text = "5.18 정신을 기렸다. 2021.1.27 협약을 맺었다."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "5.18 정신을 기렸다.",
        "2021.1.27 협약을 맺었다.",
    ]


def test_last_marker_item_ends_where_the_list_does():
    passage = (
        "협약에 따라 양측은 ▲스마트 양식장 공동 실증 ▲수산물 가공 설비 지원 "
        "▲지역 수산물 우선 구매를 함께 추진하고, 군은 인허가 절차를 신속히 처리하기로 했다."
    )
    assert texts(passage) == [
        "스마트 양식장 공동 실증",
        "수산물 가공 설비 지원",
        "지역 수산물 우선 구매",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "협약의 골자는 어촌 체험 관광 공동 개발과 수산물 판로 확대이다.",
        "협약 내용은 어촌 체험 관광 공동 개발과 수산물 판로 확대 등이다.",
    ],
)
def test_two_items_joined_by_wa_gwa_in_a_content_phrase(sentence):
    text = "완도군과 바다수협은 업무협약을 체결했다. " + sentence
    assert [c.text for c in find_clauses(text)] == ["어촌 체험 관광 공동 개발", "수산물 판로 확대"]


def test_a_pair_outside_a_content_phrase_is_no_list():
    text = "완도군과 바다수협은 업무협약을 체결했다. 군수와 조합장이 서명했다."
    assert find_clauses(text) == []


def test_indented_diamond_lines_after_the_main_contents():
    text = (
        "두 공사는 업무협약을 체결했다.\n협약 주요 내용은 다음과 같다.\n\n"
        "  ◆ 유휴 부지 태양광 공동 개발\n  ◆ 정비 인력 교류\n\n두 기관은 협의체를 꾸린다.\n"
    )
    assert [c.text for c in find_clauses(text)] == ["유휴 부지 태양광 공동 개발", "정비 인력 교류"]


def test_a_pair_named_before_it_is_called_the_main_contents():
    text = (
        "진흥원은 한빛대학교와 인력 양성 협약을 맺었다. 원장과 총장이 서명했으며, "
        "재학생 현장실습과 공동 교육과정 개설이 주요 내용이다."
    )
    assert texts(text) == ["재학생 현장실습", "공동 교육과정 개설"]


def test_a_content_phrase_mixing_wa_gwa_and_commas_gives_every_item():
    text = (
        "화순군은 한빛제약과 협약을 체결했다. "
        "협약의 골자는 원료 공동 구매와 품질 검사 지원, 지역 인재 채용이다."
    )
    assert texts(text) == ["원료 공동 구매", "품질 검사 지원", "지역 인재 채용"]


@pytest.mark.parametrize(
    "sentence",
    [
        "이번 협약에 따라 두 기관은 신기술 공동개발, 전문가 제공, 교육 및 견학 등 기술역량 강화를 "
        "위해 서로 협력하게 된다.",
        "협약에 따라 세 기관은 갯벌 생태 조사, 철새 서식지 보호, 탐조 관광 개발 등에 협력한다.",
        "이번 협약으로 양 기관은 창업 공간 공유, 시제품 제작 지원, 투자 상담회 개최 등을 공동 "
        "추진할 계획이다.",
        "두 기관은 수산물 가공, 유통 물류, 해외 판로 등의 분야서 협력할 예정이다.",
    ],
)
def test_items_named_in_the_prose_of_a_promise_are_no_list(sentence):
    # A careful reader counts the items a sentence presents as what was agreed; a comma run
    # inside a sentence about cooperating is prose, however its words read.
    assert texts("두 기관은 MOU를 맺었다. " + sentence) == []


def test_the_same_items_written_with_markers_are_a_list():
    passage = (
        "두 기관은 MOU를 맺었다. 협약에 따라 세 기관은 ▲갯벌 생태 조사 ▲철새 서식지 보호 "
        "▲탐조 관광 개발 등에 협력한다."
    )
    assert texts(passage) == ["갯벌 생태 조사", "철새 서식지 보호", "탐조 관광 개발"]


@pytest.mark.parametrize(
    "sentence",
    [
        "이번 협약은 갯벌 생태 조사, 철새 서식지 보호, 탐조 관광 개발 등을 골자로 한다.",
        "갯벌 생태 조사, 철새 서식지 보호, 탐조 관광 개발 등이 주요 내용이다.",
        "협약서에는 갯벌 생태 조사, 철새 서식지 보호, 탐조 관광 개발 등의 내용이 담겼다.",
        "두 도시는 갯벌 생태 조사, 철새 서식지 보호, 탐조 관광 개발 등 3개 항목에 합의했다.",
        "협약 내용은 갯벌 생태 조사, 철새 서식지 보호, 탐조 관광 개발 등이다.",
    ],
)
def test_a_comma_list_the_sentence_calls_the_content_is_a_list(sentence):
    assert texts(sentence) == ["갯벌 생태 조사", "철새 서식지 보호", "탐조 관광 개발"]


def test_a_copula_without_a_content_introduction_is_no_list():
    assert texts("협약 당사자는 갯벌센터, 조류학회, 탐조협회 등이다.") == []


def test_commas_inside_a_comma_item_fragment_are_no_list():
    # The run of commas sits inside one benefit; the sentence lists no agreed items.
    passage = (
        "주요 협약사항은 조합원에게 건강검진, 예방접종, 치과 진료비 등에서 할인 혜택을 "
        "제공한다는 내용이다."
    )
    assert texts(passage) == []
    fields = "선언문에는 행정, 문화, 교육 등 다양한 분야에서 협력한다는 내용이 담겼다."
    assert texts(fields) == []


def test_items_each_in_quotes_are_a_list_whatever_follows():
    passage = (
        "두 도시는 '청소년 교류 확대', '공동 관광 상품 개발', '경제 사절단 상호 파견' 등 "
        "우호 관계를 다지는 활동을 협약에 담았다."
    )
    assert texts(passage) == ["청소년 교류 확대", "공동 관광 상품 개발", "경제 사절단 상호 파견"]


def test_commas_inside_brackets_do_not_split_an_item():
    passage = (
        "협약 내용은 생활 습관 교육(금연, 절주, 운동), 만성질환자 상호 연계, "
        "건강 행사 공동 홍보 등이다."
    )
    assert texts(passage) == [
        "생활 습관 교육(금연, 절주, 운동)",
        "만성질환자 상호 연계",
        "건강 행사 공동 홍보",
    ]


def test_a_list_of_companies_is_not_a_list_of_items():
    passage = (
        "협약을 맺은 기업은 산단별로 △남해산단에 ㈜한빛소재, ㈜바다식품 △북항산단에 "
        "(주)동해정밀 등이다."
    )
    assert texts(passage) == []


def test_a_yearly_schedule_is_not_a_list_of_items():
    passage = (
        "협약에 따른 연간 투자 계획은 △2026년 300억 투자(1단계) △2027년 500억 투자(2단계)로 "
        "공장을 짓는 것이다."
    )
    assert texts(passage) == []


def test_a_ceremonys_programme_is_not_a_list_of_items():
    passage = (
        "이번 협약으로 양측은 ▲청소년 체육 환경 개선 ▲체육 인재 육성 협력망 구축 ▲기타 상호 "
        "교류를 추진할 계획이다.\n"
        "업무 협약식은 상견례 및 티타임 ▶개회 및 참석자 소개 ▶양 기관장 인사말씀 ▶업무협약(MOU) "
        "체결 서명 ▶기념사진 촬영 순으로 이루어졌다."
    )
    assert texts(passage) == [
        "청소년 체육 환경 개선",
        "체육 인재 육성 협력망 구축",
        "기타 상호 교류",
    ]


def test_agreed_items_that_hold_a_word_of_a_programme_are_still_items():
    barns = "협약에 따라 양 기관은 ▲축사 악취 저감 ▲가축분뇨 자원화 등에 협력하기로 했다."
    assert texts(barns) == ["축사 악취 저감", "가축분뇨 자원화"]
    greetings = "협약에 따라 ▲시민 인사말 캠페인 ▲친절 교육 ▲안내 표지 정비 등을 추진한다."
    assert texts(greetings) == ["시민 인사말 캠페인", "친절 교육", "안내 표지 정비"]


def test_what_closes_a_marker_list_is_not_part_of_its_items():
    wide = "이번 협약에서는 △청년 농부 교육 △공동 판매장 운영 등 다양한 지원방안이 논의된다."
    assert texts(wide) == ["청년 농부 교육", "공동 판매장 운영"]
    saying = (
        "협약 주요 내용은 △시는 행정 지원을 제공 △기업은 투자 계획을 성실히 이행한다는 내용이다."
    )
    assert texts(saying) == ["시는 행정 지원을 제공", "기업은 투자 계획을 성실히 이행"]
    counted = (
        "협약에는 ▲문화·체육 ▲복지·교육 등 2개 분야와 ▲정책 간담회 정례화 ▲읍면 자매결연 "
        "추진 등 4개 사업을 바탕으로 한 교류 확대가 담겼다."
    )
    assert texts(counted) == ["문화·체육", "복지·교육", "정책 간담회 정례화", "읍면 자매결연 추진"]


def test_a_budget_list_closed_by_a_purpose_is_no_clause_list():
    text = "시는 올해 청년 창업, 시장 활성화, 관광 개발 등 지역경제 살리기를 위해 예산을 늘렸다."
    assert texts(text) == []


def test_lines_announced_by_a_count_are_agreed_items():
    passage = (
        "협약은 3개 항목으로 이뤄졌다.\n① 폐교 부지 공동 활용\n② 귀농 청년 주거 지원\n"
        "③ 마을 버스 노선 조정\n"
    )
    assert texts(passage) == ["폐교 부지 공동 활용", "귀농 청년 주거 지원", "마을 버스 노선 조정"]


def test_ordinal_lines_after_the_agreement_are_items():
    passage = (
        "협약에 따라 양측은 두 가지 일을 맡는다.\n"
        "첫째, 학교는 방학마다 코딩 캠프를 연다.\n"
        "둘째, 재단은 캠프 수료생에게 장학금을 준다.\n"
    )
    assert texts(passage) == [
        "학교는 방학마다 코딩 캠프를 연다",
        "재단은 캠프 수료생에게 장학금을 준다",
    ]


def test_ordinal_lines_without_an_agreement_intro_are_not_items():
    passage = "행사는 이렇게 진행됐다.\n첫째, 개회사가 있었다.\n둘째, 공연이 이어졌다.\n"
    assert texts(passage) == []


def test_pair_after_the_agreement_as_topic():
    passage = "수산고와 맺은 협약은 양식 실습장 공동 운영과 졸업생 어촌 정착 지원이 골자다."
    assert texts(passage) == ["양식 실습장 공동 운영", "졸업생 어촌 정착 지원"]


def test_pair_of_aims_promised_in_the_agreement():
    passage = (
        "이어진 상인회와의 협약에서는 전통시장 주차장 확충과 야간 장터 공동 운영에 "
        "힘을 모으기로 했다."
    )
    assert texts(passage) == ["전통시장 주차장 확충", "야간 장터 공동 운영"]


def test_a_partner_before_the_promise_is_no_item():
    assert texts("협약에 따라 군은 한솔농산과 공동 연구를 추진하기로 했다.") == []


def test_a_comma_list_after_the_signing_clause_starts_at_its_first_item():
    passage = (
        "남도시와 한빛전자는 12일 협약을 맺고 반도체 인력 양성, 공동 연구소 설립, "
        "지역 인재 우선 채용 등 3개 분야에 협력하기로 했다."
    )
    assert texts(passage) == ["반도체 인력 양성", "공동 연구소 설립", "지역 인재 우선 채용"]


def test_circled_numbers_inline_and_star_lines_are_markers():
    inline = "협약서에는 ①폐교 활용 캠핑장 조성 ②마을 해설사 양성 ③특산물 꾸러미 판매 등이 담겼다."
    assert texts(inline) == ["폐교 활용 캠핑장 조성", "마을 해설사 양성", "특산물 꾸러미 판매"]
    starred = "주요 협약 내용은 아래와 같다.\n* 폐교 활용 캠핑장 조성\n* 마을 해설사 양성\n"
    assert texts(starred) == ["폐교 활용 캠핑장 조성", "마을 해설사 양성"]


def test_table_content_column_holds_the_items():
    passage = (
        "두 대학이 합의한 협력 내용은 아래와 같다.\n\n"
        "| 분야 | 협력 내용 |\n|---|---|\n"
        "| 교육 | 공동 학위과정 개설 |\n| 연구 | 해양 쓰레기 저감 기술 공동 연구 |\n"
    )
    assert texts(passage) == ["공동 학위과정 개설", "해양 쓰레기 저감 기술 공동 연구"]


def test_a_table_not_about_the_agreement_gives_no_items():
    passage = "행사 일정은 다음과 같다.\n시간 | 내용\n10시 | 개회식\n11시 | 기조 강연\n"
    assert texts(passage) == []


def test_who_takes_an_item_on_is_not_part_of_it():
    passage = "협약 내용은 △(군) 축제 행정 지원 △(조합) 지역 농산물 판매 부스 운영을 골자로 한다."
    assert texts(passage) == ["축제 행정 지원", "지역 농산물 판매 부스 운영"]
    for clause in find_clauses(passage):
        assert passage[clause.span[0] : clause.span[1]] == clause.text


def test_numbered_items_written_inline():
    passage = "협약 내용은 1) 귀농 교육 공동 운영 2) 빈집 정보 공유 3) 정착 자금 연계 등이다."
    assert texts(passage) == ["귀농 교육 공동 운영", "빈집 정보 공유", "정착 자금 연계"]


def test_inline_numbers_that_do_not_count_up_open_no_list():
    passage = "협약 내용은 귀농 교육 3) 운영과 빈집 7) 정보 공유로 정리됐다."
    assert texts(passage) == []


def test_the_copula_after_the_last_item_is_cut_not_the_item():
    passage = "주요 협력 분야는 ①어촌 체험 관광 개발 ②수산물 공동 판로 개척이다."
    assert texts(passage) == ["어촌 체험 관광 개발", "수산물 공동 판로 개척"]


def test_a_partners_line_of_business_is_not_what_was_agreed():
    assert texts("이 기업의 주력 분야는 수소 밸브, 배관 센서, 충전기 부품 등이다.") == []
    assert texts("이 회사는 ▲수소 밸브 ▲배관 센서 ▲충전기 부품 등 주력 제품 분야를 가졌다.") == []


def test_the_agreed_business_of_an_agreement_is_still_listed():
    passage = "협약의 주요 사업 내용은 수소 밸브 공동 개발, 배관 센서 실증, 부품 국산화 등이다."
    assert texts(passage) == ["수소 밸브 공동 개발", "배관 센서 실증", "부품 국산화"]


def test_an_inline_list_broken_over_two_lines_keeps_its_last_items():
    passage = (
        "협약에 따라 두 기관은 ▲청년 농부 창업 교육 ▲공동 판매장 운영 ▲농기계 임대\n"
        "▲귀농 상담 창구 설치 등에 힘을 모으기로 했다.\n"
    )
    assert texts(passage) == [
        "청년 농부 창업 교육",
        "공동 판매장 운영",
        "농기계 임대",
        "귀농 상담 창구 설치",
    ]


def test_a_finished_inline_list_does_not_swallow_the_next_marked_line():
    passage = (
        "협약에 따라 두 기관은 ▲청년 농부 창업 교육 ▲공동 판매장 운영에 협력한다.\n"
        "▲관련기사 농촌 인구 감소 대책 발표\n"
    )
    assert texts(passage) == ["청년 농부 창업 교육", "공동 판매장 운영"]


@pytest.mark.parametrize("noun", ["양해각서", "MOU", "협정"])
def test_items_under_a_memorandum_or_accord(noun):
    passage = (
        f"양측은 {noun}에 따라 다음 사업을 함께 벌인다.\n"
        "· 폐배터리 회수 거점 운영\n· 재활용 기술 공동 실증\n· 전문 인력 교류\n"
    )
    assert texts(passage) == ["폐배터리 회수 거점 운영", "재활용 기술 공동 실증", "전문 인력 교류"]


@pytest.mark.parametrize(
    "intro",
    ["협약의 주요 내용은 다음과 같다.", "[협약 주요 내용]", "주요 협약 내용:", "■ 협약 내용"],
)
def test_items_one_a_line_without_markers_under_an_announcing_line(intro):
    passage = (
        f"두 기관은 업무협약을 체결했다.\n{intro}\n갯벌 생태 공동 조사\n철새 서식지 보호\n"
        "탐조 관광 상품 개발\n시장은 기대가 크다고 말했다.\n"
    )
    assert texts(passage) == ["갯벌 생태 공동 조사", "철새 서식지 보호", "탐조 관광 상품 개발"]


def test_prose_paragraphs_under_an_announcing_line_are_no_list():
    passage = (
        "협약의 주요 내용은 다음과 같다.\n두 기관은 갯벌 생태를 함께 조사하기로 했다.\n"
        "또 철새 서식지를 보호하고 탐조 관광 상품을 만든다.\n"
    )
    assert texts(passage) == []


def test_short_lines_under_a_finished_sentence_are_no_list():
    passage = "두 기관은 업무협약을 체결했다.\n많이 본 뉴스\n폭염 특보 확대\n주말 비 소식\n"
    assert texts(passage) == []


def test_hangul_dot_lines_and_inline_numbers_with_dots():
    dots = "협약 내용은 아래와 같다.\nㆍ갯벌 생태 공동 조사\nㆍ철새 서식지 보호\n"
    assert texts(dots) == ["갯벌 생태 공동 조사", "철새 서식지 보호"]
    inline = "협약에는 1. 갯벌 생태 공동 조사 2. 철새 서식지 보호 등이 담겼다."
    assert texts(inline) == ["갯벌 생태 공동 조사", "철새 서식지 보호"]
    dated = "협약은 2024. 1. 2. 체결돼 2. 조사와 3. 보호를 담았다."
    assert texts(dated) == []


def test_item_lines_run_into_one_sentence_keep_their_items():
    # A page's "· item" lines joined into the sentence around them by text cleaning.
    passage = (
        "이번 협약에 따라 두 기관은 · 갯벌 생태 공동 조사 · 철새 서식지 보호 · 탐조 관광 "
        "상품 개발 을 함께 추진하기로 했다."
    )
    assert texts(passage) == ["갯벌 생태 공동 조사", "철새 서식지 보호", "탐조 관광 상품 개발"]
    glued = "협약 내용은 문화·체육 교류와 관광·축제 홍보 등이다."
    assert texts(glued) == ["문화·체육 교류", "관광·축제 홍보"]


def test_a_list_counted_in_bodies_or_named_bodies_is_a_roster():
    counted = "협약 기업은 ▲한빛전자 ▲바다식품 ▲남도정밀 등 3곳이다."
    assert texts(counted) == []
    bodies = "협약에는 ▲한빛대학교 ▲남도테크노파크 ▲바다과학연구원 등이 참여한다."
    assert texts(bodies) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "주요 협약 내용으로는 갯벌 생태 조사, 철새 서식지 보호, 탐조 관광 개발 등이 있다.",
        "협약서에는 갯벌 생태 조사, 철새 서식지 보호, 탐조 관광 개발 등이 포함됐다.",
        "이번 협약은 갯벌 생태 조사, 철새 서식지 보호, 탐조 관광 개발 등으로 구성됐다.",
    ],
)
def test_a_comma_list_said_to_be_in_the_agreement_is_a_list(sentence):
    assert texts(sentence) == ["갯벌 생태 조사", "철새 서식지 보호", "탐조 관광 개발"]


def test_a_comma_list_said_to_exist_without_a_content_introduction_is_no_list():
    assert (
        texts("남도에는 갯벌 생태 조사, 철새 보호, 탐조 관광 등이 있다고 협약식에서 말했다.") == []
    )


def test_two_parties_lists_in_one_sentence_keep_clean_items():
    passage = (
        "협약에 따라 시는 ▲부지 제공 ▲인허가 지원을, 기업은 ▲공장 건립 ▲지역 인재 채용을 맡는다."
    )
    assert texts(passage) == ["부지 제공", "인허가 지원", "공장 건립", "지역 인재 채용"]


def test_numbers_in_brackets_and_items_in_brackets():
    numbered = "협약 내용은 (1) 부지 제공 (2) 인허가 지원 (3) 지역 인재 채용 등이다."
    assert texts(numbered) == ["부지 제공", "인허가 지원", "지역 인재 채용"]
    lines = "협약 내용은 다음과 같다.\n(1) 부지 제공\n(2) 인허가 지원\n"
    assert texts(lines) == ["부지 제공", "인허가 지원"]
    bracketed = "협약에는 [부지 제공], [인허가 지원], [지역 인재 채용] 등이 담겼다."
    assert texts(bracketed) == ["부지 제공", "인허가 지원", "지역 인재 채용"]


def test_a_marker_list_goes_on_in_the_next_sentence_opened_by_also():
    passage = (
        "협약에 따른 세부 사업은 ▲갯벌 생태 조사 ▲철새 서식지 보호 등이다.\n"
        "또, ▲탐조 관광 개발 ▲해양 쓰레기 수거 등도 함께 추진한다.\n"
    )
    assert texts(passage) == [
        "갯벌 생태 조사",
        "철새 서식지 보호",
        "탐조 관광 개발",
        "해양 쓰레기 수거",
    ]


def test_a_marker_line_after_a_list_without_an_opener_is_not_part_of_it():
    passage = (
        "협약에 따른 세부 사업은 ▲갯벌 생태 조사 ▲철새 서식지 보호 등이다.\n"
        "▲관련기사 남도 수소 협약 ▲남도 인재 협약\n"
    )
    assert texts(passage) == ["갯벌 생태 조사", "철새 서식지 보호"]


def test_a_list_goes_on_after_a_blank_line_and_a_subject_doing_more():
    passage = (
        "양 기관은 업무협약을 통해 △지역 맞춤형 재생에너지 보급 모델 개발 △주민수용성 제고 "
        "△재생에너지 보급 확대를 위한 규제 개선에 대해 협력할 예정이다.\n"
        "\n"
        "또 센터가 수행하는 △신재생에너지 산업육성 사업 홍보 강화 △기업의 ESG 경영 활동 지원 "
        "등 ‘탄소중립’ 실현을 위해 상호 노력할 방침이다.\n"
    )
    assert texts(passage) == [
        "지역 맞춤형 재생에너지 보급 모델 개발",
        "주민수용성 제고",
        "재생에너지 보급 확대를 위한 규제 개선",
        "신재생에너지 산업육성 사업 홍보 강화",
        "기업의 ESG 경영 활동 지원",
    ]


def test_quoted_items_after_a_clause_of_their_own_are_the_list():
    text = (
        "누리구는 이번 협약을 통해 한빛대와 상호 합의하였으며, ‘교육, 문화, 복지 전 분야에 걸친 "
        "교류활동 증진’, ‘지역사회 수요에 맞는 협력사업 개발 및 확대’, ‘공동협의체 구성·운영’ 등 "
        "다각적인 협력 사업을 추진하기로 했다."
    )
    assert [c.text for c in find_clauses(text)] == [
        "교육, 문화, 복지 전 분야에 걸친 교류활동 증진",
        "지역사회 수요에 맞는 협력사업 개발 및 확대",
        "공동협의체 구성·운영",
    ]


def test_the_first_quoted_item_is_cut_from_the_words_leading_to_it():
    text = (
        "두 도시는 '긴밀한 우호 관계 확립', '공동 관심 분야의 교류 활동', '지식정보 교환' 등 "
        "우호 관계 확립을 위한 활동을 해나가기로 협약했다."
    )
    assert [c.text for c in find_clauses(text)] == [
        "긴밀한 우호 관계 확립",
        "공동 관심 분야의 교류 활동",
        "지식정보 교환",
    ]


def test_what_the_parties_did_before_is_no_list_of_what_they_agreed():
    text = (
        "두 지역은 그동안 ▲청소년 국제포럼 ▲대학생 어학연수 등 교류를 추진해 왔으며, 양 지사는 "
        "이번 협정으로 앞으로도 ▲교육 ▲인재육성 ▲관광 등 다방면의 협력을 약속했다."
    )
    assert [c.text for c in find_clauses(text)][:2] == ["교육", "인재육성"]
    assert len(find_clauses(text)) == 3


def test_a_comma_inside_an_inline_item_keeps_the_list_whole():
    text = (
        "협약 분야는 ●판로 지원 등 성장기반 구축, ●창업 지원 등 역량 강화, "
        "●기술개발 지원 등 기술혁신이다."
    )
    assert [c.text for c in find_clauses(text)] == [
        "판로 지원 등 성장기반 구축",
        "창업 지원 등 역량 강화",
        "기술개발 지원 등 기술혁신",
    ]


def test_a_marked_list_the_parties_pledge_is_what_they_agreed():
    passage = (
        "두 군은 공동지역 발전을 위해 △영재고등학교 설립 공동협력 △공유사업 확대 및 공동운영 "
        "△공유평생학습관 운영 공동협력 등을 다짐했다."
    )
    assert texts(passage) == [
        "영재고등학교 설립 공동협력",
        "공유사업 확대 및 공동운영",
        "공유평생학습관 운영 공동협력",
    ]


def test_a_dot_inside_a_parenthesis_ends_no_sentence():
    text = "순천상공회의소(SCCI. 회장 김하늘)는 26일 누리사와 협약을 체결했다. 두 기관은 협력한다."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "순천상공회의소(SCCI. 회장 김하늘)는 26일 누리사와 협약을 체결했다.",
        "두 기관은 협력한다.",
    ]
    endless = "(가. 나) " * 5000
    assert len(sentence_spans(endless)) > 50


def test_an_endless_sentence_is_read_in_pieces_cut_at_spaces():
    """One line of millions of letters without a stop took fifty times its size in memory
    read as one sentence; it is read in pieces, each ending where a word does."""
    endless = "가나와 다라는 이서연 시장과 협약을 체결하고 " * 500
    spans = sentence_spans(endless)
    assert len(spans) > 1
    assert all(b - a <= LONGEST_PIECE for a, b in spans)
    assert " ".join(endless[a:b] for a, b in spans) == endless.strip()
    assert all(endless[a:b].endswith("하고") for a, b in spans[:-1])
    no_spaces = "가나다라마바사협약체결" * 500
    assert "".join(no_spaces[a:b] for a, b in sentence_spans(no_spaces)) == no_spaces
    sentence = "광주시와 한빛대학교는 " + "가나 " * 600 + "협약을 체결했다."
    assert [sentence[a:b] for a, b in sentence_spans(sentence)] == [sentence]


def test_a_marked_list_of_what_the_two_parties_will_do_is_what_they_agreed():
    passage = (
        "한빛대학교와 새솔군은 19일 상호협력 협약을 체결했다.\n이날 새솔군 주민들이 캠퍼스에서 "
        "사과를 팔았다.\n두 기관은 앞으로 △농촌 봉사활동 "
        "확대 △새솔군 농산물 직거래장터 운영 △정보 공유 등의 활동을 강화할 계획이다."
    )
    assert texts(passage) == ["농촌 봉사활동 확대", "새솔군 농산물 직거래장터 운영", "정보 공유"]
    # One party's own plans are not the pair's agreement, nor what the two did before.
    alone = "군은 앞으로 △농촌 봉사활동 확대 △직거래장터 운영 등의 활동을 강화할 계획이다."
    assert texts(alone) == []
    before = "두 기관은 지난해 △농촌 봉사활동 확대 △직거래장터 운영 등을 함께 추진한 바 있다."
    assert texts(before) == []


def test_a_ties_ceremony_with_what_the_schools_will_do_lists_the_items():
    text = (
        "누리초는 최근 한빛초, 다온초와 결연식을 갖고 △학생작품 교환 △편지 주고받기 "
        "△가정 초청하기 등을 추진키로 했다."
    )
    items = ["학생작품 교환", "편지 주고받기", "가정 초청하기"]
    assert [c.text for c in find_clauses(text)] == items


def test_a_resolute_will_lists_no_agreed_items():
    text = "시는 결연한 의지로 △일자리 창출 △관광 활성화 △인구 유입 등을 추진한다."
    assert find_clauses(text) == []
