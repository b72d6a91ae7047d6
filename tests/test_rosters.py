"""Many-party signings: partners listed by name apart from the signing sentence's words."""

from __future__ import annotations

from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.rosters import counted, roster
from mouarchive.models import Article, PartialDate

PUBLISHED = PartialDate(2024, 3, 12)


def _parties(body: str) -> list[list[str]]:
    article = Article(title=None, body=body, published=PUBLISHED)
    return [[p.name for p in report.parties] for report in extract_agreements(article)]


def test_a_counted_signing_takes_its_partners_from_the_list_that_follows():
    body = (
        "누리도는 한결소재 등 4개 기업과 1630억원 규모의 투자 협약을 맺었다고 11일 밝혔다.\n"
        "협약한 기업은 한결소재를 비롯해 ㈜새빛푸드, 다온테크㈜, ㈜미르 호남이다.\n"
    )
    assert _parties(body) == [["누리도", "한결소재", "새빛푸드", "다온테크", "미르 호남"]]


def test_partners_named_with_their_legal_forms_in_the_signing_sentence_are_all_parties():
    body = (
        "전라남도는 12일 한빛테크(주), 에코누리, (주)다솜정공, 미래패브릭(주) 등 4개사와 "
        "투자협약식(MOU)을 개최했다.\n"
    )
    assert _parties(body) == [["전라남도", "한빛테크", "에코누리", "다솜정공", "미래패브릭"]]


def test_bodies_that_took_part_are_parties_of_the_signing():
    body = (
        "한국누리공사는 12일 본사에서 이전 공공기관과 '동반성장 상생협력 협약'을 체결했다.\n"
        "이날 협약에는 한빛발전, 주택관리공단, 누리안전공단, 중소기업진흥원 등이 참여했다.\n"
    )
    assert _parties(body) == [
        ["한국누리공사", "한빛발전", "주택관리공단", "누리안전공단", "중소기업진흥원"]
    ]


def test_a_lead_that_lists_as_many_companies_as_the_signing_counts_names_them():
    body = (
        "가온텍, 누리에이티, 세움, 한빛그린에너지 등 수도권 4개 중소기업이 전북으로 이전한다.\n"
        "4개 기업은 12일 전주시 전북테크노파크에서 전북도와 투자협약을 체결했다.\n"
    )
    (parties,) = _parties(body)
    assert set(parties) == {"전북특별자치도", "가온텍", "누리에이티", "세움", "한빛그린에너지"}


def test_cities_counted_as_시군_are_local_governments():
    body = "경남도와 창원, 밀양, 창녕 등 3개 시군이 12일 2개 기업과 500억원 투자협약을 맺었다.\n"
    (parties,) = _parties(body)
    assert {"경상남도 창원시", "경상남도 밀양시", "경상남도 창녕군"} <= set(parties)


def test_agreed_items_are_never_a_roster_and_heads_never_partners():
    items = "협약 내용은 인재 양성 지원, 데이터 플랫폼 구축, 기술 교류 협력 등이다."
    assert roster(items, (0, len(items))) == []
    marked = "구체적으로 ▲청년 교류프로그램 공동 추진 ▲미래차 생태계 구축 협력 ▲관광 활성화 등이다."
    assert roster(marked, (0, len(marked))) == []
    heads = (
        "남원시와 지리산농협, ㈜산들물류(최경식 시장, 김유민 조합장, 오재석 대표)는 협약을 맺었다."
    )
    assert [p.name for p in roster(heads, (0, len(heads)))] == [
        "전북특별자치도 남원시",
        "지리산농협",
        "산들물류",
    ]


def test_bare_names_need_a_count_but_named_bodies_do_not():
    bare = "협약에는 가온, 누리, 세움 등이 참여했다."
    assert roster(bare, (0, len(bare))) == []
    assert [p.name for p in roster(bare, (0, len(bare)), expected=3)] == ["가온", "누리", "세움"]
    assert counted("세아제강 등 6개 기업과 협약을 맺었다") == 6
    assert counted("8개사와") == 8 and counted("양 기관은 협약을 맺었다") is None
