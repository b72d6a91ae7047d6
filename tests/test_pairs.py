"""Several bilateral signings listed as pairs in one sentence."""

from __future__ import annotations

from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.pairs import pairs_in
from mouarchive.models import Article, PartialDate


def test_pairs_joined_by_와_and_commas_are_each_one_agreement():
    body = (
        "광주광역시는 베트남 응에안성과 27일 자매결연 협약을 체결했다.\n"
        "이날 협약식에서는 광주시 외에 광주광역시 의회와 응에안성 의회, 광주에 있는 "
        "유통기업인 누리마트와 응에안성 투자무역센터, 사단법인 한빛나눔과 빈 의과대학간 "
        "협력 양해각서도 체결됐다.\n"
    )
    reports = extract_agreements(Article(None, body, published=PartialDate(2022, 10, 27)))
    parties = [{p.name for p in r.parties} for r in reports]
    assert {"광주광역시", "응에안성"} == parties[0]
    assert {"누리마트", "응에안성 투자무역센터"} in parties
    assert {"한빛나눔", "빈 의과대학"} in parties
    assert all(r.date == PartialDate(2022, 10, 27) for r in reports)


def test_pairs_joined_by_a_dash_at_the_same_ceremony_are_each_one_agreement():
    body = (
        "경남 밀양시가 20일 경남도청 도정회의실에서 경남도, 누리식품㈜와 투자협약을 체결했다.\n"
        "이날 협약식은 ㈜한빛소재-하동군, GSR㈜-함안군의 투자협약도 함께 진행됐다.\n"
    )
    reports = extract_agreements(Article(None, body, published=PartialDate(2023, 9, 20)))
    assert [[p.name for p in r.parties] for r in reports] == [
        ["경상남도 밀양시", "경상남도", "누리식품"],
        ["한빛소재", "경상남도 하동군"],
        ["GSR", "경상남도 함안군"],
    ]
    assert {r.place for r in reports} == {"경남도청 도정회의실"}
    route = "두 도시는 안동-예천, 영주-봉화 구간의 도로를 함께 관리하는 협약을 맺었다."
    assert pairs_in(route, (0, len(route))) == []


def test_prose_joined_by_와_is_no_pair():
    prose = "양 기관은 인적·물적 자원과 경험을 공유함으로써 시민편익, 지역발전과 상생에 힘쓴다."
    assert pairs_in(prose, (0, len(prose))) == []


def test_lists_joined_by_와_and_closed_by_a_count_are_no_pairs():
    """ "A시와 B시, C군은 … D와 E, F 등 3개 기업과": two lists, each joined by 와 once, which
    read as "A와 B", "D와 E" would look like pairs."""
    sentence = (
        "한빛시와 누리시, 가람군은 13일 미르홀딩스와 금빛화학, 다온 등 3개 기업과 "
        "1조 2천억 원 규모의 투자협약을 체결했다."
    )
    assert pairs_in(sentence, (0, len(sentence))) == []
    # A counted list later in the sentence, after pairs each told with its particle, is
    # another list: the pairs stand.
    sentence = (
        "이날 협약식에서는 한빛시와 누리대학교, 가람군과 미르병원이 각각 업무협약을 체결했으며, "
        "해솔재단 등 5개 기관이 함께 참석했다."
    )
    assert [(a.name, b.name) for a, b in pairs_in(sentence, (0, len(sentence)))] == [
        ("한빛시", "누리대학교"),
        ("가람군", "미르병원"),
    ]


def test_pairs_told_as_a_topic_and_its_partner_are_each_one_agreement():
    body = (
        "도시농협과 농촌농협 50쌍이 23일 서울 농협중앙회에서 상생협약을 맺었다.\n"
        "한빛농협은 누리농협과, 새솔농협은 대전 다온농협과 협약을 맺는 등 총 50쌍의 농협이 "
        "협약을 맺었다.\n"
    )
    found = extract_agreements(Article(title=None, body=body, published=PartialDate(2023, 11, 24)))
    assert [[p.name for p in r.parties] for r in found] == [
        ["한빛농협", "누리농협"],
        ["새솔농협", "대전 다온농협"],
    ]


def test_a_day_told_between_a_topic_and_its_partner_is_no_part_of_the_partner():
    body = "한빛군은 27일 누리식품과, 새솔군은 다온산업과 각각 투자협약을 체결했다.\n"
    found = extract_agreements(Article(title=None, body=body, published=PartialDate(2021, 5, 28)))
    assert [[p.name for p in r.parties] for r in found] == [
        ["한빛군", "누리식품"],
        ["새솔군", "다온산업"],
    ]


def test_a_pair_partner_in_a_province_is_not_cut_at_its_도():
    sentence = (
        "체결식에서는 중국 산서성 운성시와 한국 경기도 의왕시, 흑룡강성 대경시와 한국 충청북도 "
        "충주시가 정식 자매결연 협약을 맺었다."
    )
    pairs = pairs_in(sentence, (0, len(sentence)))
    assert [right.name for _left, right in pairs] == ["한국 경기도 의왕시", "한국 충청북도 충주시"]


def test_a_pair_side_written_with_its_country_is_the_local_government_and_its_region():
    body = (
        "체결식에서는 중국 산서성 운성시와 한국 경기도 의왕시, 흑룡강성 대경시와 한국 충청북도 "
        "충주시가 19일 정식 자매결연 협약을 맺었다.\n"
    )
    article = Article(title=None, body=body, published=PartialDate(2024, 11, 22))
    assert [[r.name for r in report.regions] for report in extract_agreements(article)] == [
        ["경기도 의왕시"],
        ["충청북도 충주시"],
    ]


def test_pairs_set_out_behind_markers_and_joined_by_a_dash_are_each_one_agreement():
    for dash in (" – ", "-"):
        body = (
            "교류단은 26일 오후 하이난 영빈관에서 3개 기관·단체 교류 협력 MOU를 체결했다. "
            f"이날 협약에 나선 기관은 ▲ 한빛발전연구원{dash}하이난성 사회과학원 ▲ 한빛관광공사"
            f"{dash}하이난성 여유발전위원회 ▲ 누리도서관{dash}하이난성 도서관 등이다.\n"
        )
        reports = extract_agreements(Article(None, body, published=PartialDate(2015, 11, 27)))
        assert [sorted(p.name for p in r.parties) for r in reports] == [
            ["하이난성 사회과학원", "한빛발전연구원"],
            ["하이난성 여유발전위원회", "한빛관광공사"],
            ["누리도서관", "하이난성 도서관"],
        ]
        assert all(r.date == PartialDate(2015, 11, 26) for r in reports)


def test_a_school_named_with_등_in_a_marked_pair_keeps_its_whole_name():
    body = (
        "교류단은 26일 영빈관에서 2개 학교 교류 협력 MOU를 체결했다. 협약식에는 두 교육장이 "
        "참석했다. 이날 협약에 나선 학교는 ▲ 한빛고등학교 – 누리고등학교 ▲ 미르초등학교 – "
        "솔빛초등학교 등이다.\n"
    )
    reports = extract_agreements(Article(None, body, published=PartialDate(2015, 11, 27)))
    assert sorted(sorted(p.name for p in r.parties) for r in reports) == [
        ["누리고등학교", "한빛고등학교"],
        ["미르초등학교", "솔빛초등학교"],
    ]


def test_what_the_partners_will_do_after_the_signing_is_no_second_pair():
    """ "A는 B와 양해각서를 체결, 향후 상품개발과 투자금융, …": the work to come, told after
    the signing, pairs no bodies."""
    body = (
        "누리은행은 지난 9일 한빛캐피탈과 업무제휴 양해각서를 체결, 향후 상품개발과 투자금융, "
        "해외 송금 등 은행업무 전반에 걸쳐 협력하기로 했다.\n"
    )
    assert pairs_in(body, (0, len(body))) == []
    [report] = extract_agreements(
        Article(title=None, body=body, published=PartialDate(2005, 3, 23))
    )
    assert [p.name for p in report.parties][:2] == ["누리은행", "한빛캐피탈"]
