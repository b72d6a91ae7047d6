"""When one article reports several signings, each signing's facts are quoted from its own
sentence: `show` never gives one signing's sentence as the evidence of another."""

from __future__ import annotations

from mouarchive.evidence import sentence_at
from mouarchive.extract.agreements import extract_agreements
from mouarchive.models import Article, PartialDate

BODY = (
    "대구시는 27일 시청 대회의실에서 열린 투자유치 설명회에서 기업 두 곳과 협약을 맺었다.\n"
    "먼저 한빛은행 한국법인과 외국인 투자유치 업무협약을 체결했다. 이번 협약은 대구시와 "
    "한빛은행, 대구테크노파크 3자가 해외 기업을 함께 유치하기 위해 추진됐다.\n"
    "두 번째로 일본의 ㈜산토리메디컬과 의료분야 투자협약을 체결했다. 산토리메디컬은 의료 "
    "AI 분야에 200억 원을 투자할 계획이다.\n"
    '홍민준 대구시장은 "대구가 투자하기 좋은 도시가 되도록 돕겠다"고 말했다.'
)


def _reports():
    article = Article("대구시, 투자유치 협약 2건", BODY, published=PartialDate(2024, 1, 28))
    return extract_agreements(article)


def test_each_signings_host_is_quoted_from_that_signings_sentence() -> None:
    reports = _reports()
    medical = next(r for r in reports if any("산토리메디컬" in p.name for p in r.parties))
    own = sentence_at(BODY, medical.evidence_span)
    assert own.startswith("두 번째로 일본의 ㈜산토리메디컬과")
    host = next(p for p in medical.parties if p.name == "대구광역시")
    assert sentence_at(BODY, host.span) == own
    others = {sentence_at(BODY, r.evidence_span) for r in reports if r is not medical}
    for party in medical.parties:
        assert sentence_at(BODY, party.span) not in others, party


def test_a_fact_about_its_own_signing_outside_the_signing_sentence_stays() -> None:
    """'이번 협약은 대구시와 …' speaks of the first signing: its parties may be quoted there."""
    bank = next(r for r in _reports() if any("한빛은행" in p.name for p in r.parties))
    quoted = {sentence_at(BODY, p.span) for p in bank.parties}
    assert any(s.startswith("이번 협약은 대구시와") for s in quoted)


def test_in_the_seed_page_of_three_signings_each_quotes_its_own(seeds_dir) -> None:
    """The real article of three signings at one ceremony (seeds/004): the second signing's
    광주시 was quoted from the first signing's paragraph."""
    from mouarchive.text.pipeline import parse_articles

    text = (seeds_dir / "004_53f9fbadc8d72d0c.txt").read_text(encoding="utf-8")
    (article,) = parse_articles(text)
    reports = extract_agreements(article)
    assert len(reports) >= 3
    for report in reports:
        own = sentence_at(article.body, report.evidence_span)
        others = {sentence_at(article.body, r.evidence_span) for r in reports} - {own}
        for party in report.parties:
            assert sentence_at(article.body, party.span) not in others, (party.name, own)
    medical = next(r for r in reports if any("Shangri" in p.name for p in r.parties))
    gwangju = next(p for p in medical.parties if p.name == "광주광역시")
    assert sentence_at(article.body, gwangju.span).startswith("두 번째로")
