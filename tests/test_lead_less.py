"""A page kept from after its lead: "이번 협약은 …" still reports the signing it refers to."""

from __future__ import annotations

import pytest

from mouarchive.extract.agreements import extract_agreements
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
