"""Who stood by at a signing without signing: the residents a ceremony gathered."""

from __future__ import annotations

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.signing import signing_candidates
from mouarchive.models import Article, PartialDate


def test_the_local_residents_at_the_ceremony_are_no_party():
    body = (
        "누리연금공단이 지역 사회적경제 활성화에 나섰다.\n"
        "공단은 11일 한빛혁신도시 청솔로컬마켓에서 한빛정보공사, 완주군, 완주사회적경제네트워크 "
        "및 지역주민 등이 참석한 가운데 지역주민과 이전공공기관, 지자체가 협력해 사회적협동조합 "
        "설립 지원을 위한 업무협약을 체결했다고 밝혔다.\n"
    )
    article = Article(title=None, body=body, published=PartialDate(2025, 11, 12))
    (report,) = extract_agreements(article)
    names = [p.name for p in report.parties]
    assert "지역주민" not in names
    assert "완주사회적경제네트워크" in names


def test_the_governor_at_a_county_signing_hosts_it_without_signing():
    body = (
        "충북 음성군은 24일 충청북도청 소회의실에서 ㈜한빛소재 등 3개사와 투자협약을 체결했다.\n\n"
        "이날 협약식에는 김태수 충청북도지사, 이민호 군수, ㈜한빛소재 박정훈 대표이사, "
        "누리산업㈜ 최영수 대표이사, ㈜다온푸드 정민철 대표이사 등이 참석했다.\n"
    )
    (report,) = extract_agreements(
        Article(title=None, body=body, published=PartialDate(2015, 1, 30))
    )
    names = [p.name for p in report.parties]
    assert "충청북도 음성군" in names and "한빛소재" in names
    assert "충청북도" not in names


def test_the_ceremonys_guests_told_after_a_connective_are_no_signing_of_their_own():
    """ "또한, 협약 체결식에는 … 참석했다": the ceremony just told, whose guests did not sign."""
    said = (
        "또한, 협약 체결식에는 김하늘 국회의원, 이솔 인천시의회 의장, 박누리 인천시의회"
        " 산업경제위원장 등도 함께 참석했다."
    )
    [candidate] = signing_candidates(said, [(0, len(said))], [], None)
    assert candidate.attended


def test_a_governments_head_present_by_title_alone_stands_for_the_government():
    body = (
        "당진시는 23일 충남도청에서 당진시장과 충남도지사, ㈜한빛선 김바다 대표이사 등 기업 "
        "관계자가 참석한 가운데 952억 원 규모의 투자협약을 체결했다.\n"
    )
    [report] = extract_agreements(Article(None, body, published=PartialDate(2020, 5, 25)))
    assert {"충청남도", "충청남도 당진시"} <= {p.name for p in report.parties}


def test_heads_present_at_a_signing_others_made_are_guests():
    for body in (
        "한빛전자와 누리소재는 23일 당진시장과 충남도지사 등 내빈이 참석한 가운데 투자협약을 "
        "체결했다.\n",
        "한빛전자와 누리소재는 23일 투자협약을 체결했다. 협약식은 당진시장과 충남도지사, 양사 "
        "대표 등이 참석한 가운데 열렸다.\n",
        "한빛전자와 누리소재는 23일 투자협약을 체결했고, 당진시장과 충남도지사도 참석했다.\n",
    ):
        reports = extract_agreements(Article(None, body, published=PartialDate(2020, 5, 25)))
        assert [sorted(p.name for p in r.parties) for r in reports] == [["누리소재", "한빛전자"]]


def test_a_deputy_head_named_after_the_place_signs_for_the_government():
    for body, government in (
        ("인천시 신동근 정무부시장은 6일 한빛전자와 업무협약을 체결했다.\n", "인천광역시"),
        ("경남도 김명주 경제부지사는 6일 한빛전자와 업무협약을 체결했다.\n", "경상남도"),
    ):
        [report] = extract_agreements(Article(None, body, published=PartialDate(2020, 5, 25)))
        assert [p.name for p in report.parties] == [government, "한빛전자"]


def test_a_council_chair_made_the_signings_subject_signs_for_the_council():
    body = (
        "김한빛 충남도의회 의장(오른쪽)과 박누리 한빛대학교 총장이 24일 한빛대학교 캠퍼스에서 정책"
        " 협약을 체결한 뒤 기념촬영을 하고 있다.\n"
    )
    (report,) = extract_agreements(
        Article(title=None, body=body, published=PartialDate(2024, 6, 25))
    )
    assert {p.name for p in report.parties} == {"충청남도의회", "한빛대학교"}
    assert {s.name for s in report.signatories} == {"김한빛", "박누리"}
    pair = "김한빛 충남도의회 의장과 박누리 경기도의회 의장은 4일 상생협력 업무협약을 체결했다.\n"
    (report,) = extract_agreements(
        Article(title=None, body=pair, published=PartialDate(2024, 6, 25))
    )
    assert {p.name for p in report.parties} == {"충청남도의회", "경기도의회"}


@pytest.mark.parametrize(
    "body",
    [
        "공주시는 24일 시청에서 한빛대학교와 업무협약을 체결했다. 협약식에는 이누리 공주시장과"
        " 김한빛 공주시의회 의장, 박누리 한빛대학교 총장이 참석했다.\n",
        "김한빛 공주시의회 의장이 지켜보는 가운데 공주시와 한빛대학교가 24일 업무협약을"
        " 체결했다.\n",
        "이누리 공주시장과 김한빛 공주시의회 의장이 지켜보는 가운데 한빛대학교와 한빛전자가 24일"
        " 업무협약을 체결했다.\n",
        "김한빛 공주시의회 의장은 24일 공주시와 한빛전자 간 투자협약 체결식에서 축사를 통해"
        " 환영의 뜻을 전했다.\n",
    ],
)
def test_a_council_chair_at_the_ceremony_stays_a_guest(body):
    for report in extract_agreements(
        Article(title=None, body=body, published=PartialDate(2024, 6, 25))
    ):
        assert not any(p.name.endswith("공주시의회") for p in report.parties)
