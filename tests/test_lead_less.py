"""A page kept from after its lead: "이번 협약은 …" still reports the signing it refers to."""

from __future__ import annotations

import pytest

from mouarchive.extract.agreements import extract_agreements
from mouarchive.extract.signing_verbs import tells_no_signing
from mouarchive.models import Article, PartialDate


def _reports(body: str):
    return extract_agreements(Article(title=None, body=body, published=PartialDate(2025, 3, 25)))


def test_the_agreement_referred_to_is_reported_with_the_parties_it_names():
    body = (
        "이번 협약은 부안군 김하늘 군수와 한빛대 박서준 산학부총장 등 양 기관 관계자들이 모여"
        " 지역 사회와 대학이 상생 발전할 수 있는 기반을 구축하기 위해 마련됐다.\n"
        "협약에 따라 두 기관은 지역 산업 발전과 인재 양성에 협력하기로 했다.\n"
    )
    (report,) = _reports(body)
    names = {p.name for p in report.parties}
    assert "한빛대" in names and "전북특별자치도 부안군" in names
    assert (report.status, report.date) == ("signed", None)
    assert body[slice(*report.evidence_span)].startswith("이번 협약은")


@pytest.mark.parametrize(
    "body",
    [
        # Places the agreement is about, named without their level, are no parties.
        "이번 협약은 빛고을 광주와 달구벌 대구간의 교류사업을 민간으로 넓히고자 추진됐다.\n"
        "이를 통해 양 은행은 다양한 분야에서 협력해 나간다는 계획이다.\n",
        # The page says the agreement is still to come.
        "이번 협약은 부안군 김하늘 군수와 한빛대 박서준 총장이 모여 상생하기 위해 마련됐다.\n"
        "양 기관은 다음 달 업무협약을 체결할 예정이다.\n",
        # What the agreement will do, not that it was made.
        "이번 협약은 부안군과 한빛대학교가 인재 양성에 힘을 모으는 계기가 될 전망이다.\n",
    ],
)
def test_nothing_is_reported_where_the_reference_names_no_signers_or_no_signing(body: str):
    assert _reports(body) == []


def _titled(body: str, title: str | None):
    return extract_agreements(Article(title=title, body=body, published=PartialDate(2016, 5, 4)))


def test_the_agreement_the_page_says_bodies_took_part_in_is_reported_with_them():
    body = (
        "이번 협약에는 한빛보증재단과 누리신용보증기금, 한국서부발전,"
        " 한울자산관리공사가 참여했다.\n"
        "네 기관은 2년마다 돌아가며 협의체를 주관하기로 했다.\n"
    )
    (report,) = _titled(body, None)
    assert {p.name for p in report.parties} >= {"한빛보증재단", "한국서부발전", "한울자산관리공사"}


def test_a_page_opening_on_the_signers_of_the_day_reports_them_despite_a_later_plan():
    body = (
        "이날 투자협약을 체결한 기업은 대한정밀(주), (주)새솔푸드, 늘봄영농조합법인 등"
        " 3개 기업으로, 90억원 규모이며 60명의 고용창출이 기대된다.\n"
        "이날 투자협약에 따라 대한정밀(주)은 40억원을 투자해 선박부품을 만들 계획이다.\n"
        "군은 이날 투자협약식에 이어 기업대표들과 간담회를 갖고 지원을 약속했다.\n"
        "한편 군은 앞으로 농공단지에 투자를 계획하고 있는 한결씨푸드코리아 등 5개 기업"
        " 306억 규모의 기업유치를 준비중에 있으며, 이르면 6월 중 분양공고와 함께"
        " 투자협약을 체결할 계획이다.\n"
    )
    (report,) = _titled(body, None)
    assert {p.name for p in report.parties} == {"대한정밀", "새솔푸드", "늘봄영농조합법인"}
    assert report.status == "signed"


def test_signers_named_without_the_day_need_a_headline_that_names_the_agreement():
    body = (
        "투자협약을 체결한 ㈜한결물류, ㈜바다로지텍, 푸른물류센터㈜ 등 3개사는 200억원을 투자해"
        " 배후단지에 물류거점을 구축할 것으로 예상된다.\n"
        "이들 기업의 투자는 물동량 목표 달성에 청신호가 될 것으로 기대된다.\n"
    )
    (report,) = _titled(body, "배후단지 입주 3개사 200억 투자협약")
    assert {p.name for p in report.parties} >= {"한결물류", "바다로지텍", "푸른물류센터"}
    assert _titled(body, "배후단지 물동량 청신호") == []
    # Signers named as those who took part in it, under such a headline, too.
    took_part = (
        "협약에 참여한 ㈜한결물류, ㈜바다로지텍, 푸른물류센터㈜ 3개사는 200억원을 투자해"
        " 물류거점을 구축한다.\n"
    )
    (report,) = _titled(took_part, "배후단지 입주 3개사 200억 투자협약")
    assert {p.name for p in report.parties} >= {"한결물류", "바다로지텍"}
    # A headline that tells what became of an agreement tells no signing.
    stalled = "투자협약을 체결한 한빛전자, 누리화학, 미르식품 등 3개사는 아직 착공하지 못했다.\n"
    assert _titled(stalled, "투자협약 기업 절반 착공 못해") == []


def test_a_page_whose_only_signing_is_a_plan_without_a_day_reports_nothing():
    body = "한빛시와 누리전자는 다음달 중 투자협약을 체결할 예정이라고 10일 밝혔다.\n"
    assert _titled(body, "한빛시-누리전자, 내달 투자협약") == []
    # Nor where the headline stands as the body's first line.
    assert _titled("한빛시-누리전자, 내달 투자협약\n" + body, None) == []


def test_what_the_parties_do_by_the_agreement_reports_it_and_a_preview_does_not():
    body = (
        "이 협약으로 마포구 평생학습관과 한빛대학교 평생교육원은 고급교양과정을 지역주민에게"
        " 제공한다.\n"
        "두 기관은 강의를 주민에게 그대로 개방하고 강사를 함께 발굴한다.\n"
    )
    (report,) = _titled(body, None)
    assert {p.name for p in report.parties} >= {"한빛대학교 평생교육원"}
    preview = body + "두 기관은 다음 달 협약을 체결할 예정이다.\n"
    assert _titled(preview, None) == []


@pytest.mark.parametrize("particle", ["가", "의"])
def test_the_partner_joined_to_the_one_party_found_is_the_other_signer(particle: str):
    body = (
        f"이번 협약은 한국남부발전과 한빛가스{particle} 각자의 사업경험을 바탕으로 지역경제"
        " 활성화에 기여하고자 마련됐다.\n"
        "특히 양사는 수소 분야에서 협력을 넓힌다.\n"
    )
    (report,) = _reports(body)
    assert [p.name for p in report.parties] == ["한국남부발전", "한빛가스"]


def test_a_common_noun_joined_to_the_party_is_no_partner():
    body = (
        "이번 협약은 한국남부발전과 지역사회가 함께 성장하는 기반을 다지고자 마련됐다.\n"
        "특히 양사는 수소 분야에서 협력을 넓힌다.\n"
    )
    assert _reports(body) == []


def test_what_the_parties_pursue_for_the_agreements_sake_denies_no_signing():
    body = (
        "이번 협약은 대전시와 한국수자원공사의 상호 협력체계를 강화하기 위해 마련됐다.\n"
        "양 기관은 협약의 실행력 확보를 위해 실무협의체를 구성하여 협력과제를 본격 추진하고,"
        " 신규 협력과제도 발굴할 계획이다.\n"
    )
    (report,) = _reports(body)
    assert {p.name for p in report.parties} == {"대전광역시", "한국수자원공사"}
    assert tells_no_signing("두 기관은 업무협약 체결을 추진하고 있다.")


def test_a_page_opening_on_who_attended_the_days_event_reports_their_bodies_signing():
    """The lead lost, the page opens on the ceremony's guests and speaks of "이번 협약" after."""
    body = (
        "이날 행사에는 한빛대학교병원 김하늘 부원장, 이솔 운영지원국장, 황보람 순창군수 등 "
        "주요 보직자 10여 명이 참석한 가운데 진행됐다.\n"
        "김하늘 부원장은 \u201c이번 협약을 계기로 순창군민들에게 진료 기회가 넓어질 것\u201d이라고 "
        "말했다.\n"
    )
    [report] = extract_agreements(Article(title=None, body=body))
    assert [p.name for p in report.parties] == ["한빛대학교병원", "전북특별자치도 순창군"]
    without = body.replace("이번 협약을 계기로 ", "")
    assert extract_agreements(Article(title=None, body=without)) == []
