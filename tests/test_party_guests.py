"""Who stood by at a signing without signing: the residents a ceremony gathered."""

from __future__ import annotations

from mouarchive.extract.agreements import extract_agreements
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
