"""Relevance order: short terms ranked, and article and clause hits taken in turn."""

from __future__ import annotations

from pathlib import Path

from views_archive import Signing, build

from mouarchive import search, store
from mouarchive.models import Article, PartialDate

# Oldest first: newest-first order is the reverse of the order bm25 gives.
SHORT_TERM = {
    "in the title, three times in the body": ("협약 소식", "협약 협약 협약 문장."),
    "once, short body": ("다른 소식", "협약 문장."),
    "once, long body": ("다른 소식", "협약 문장." + " 길게 이어지는 설명" * 40),
}
FILLER = ("날씨 소식", "맑은 하늘이 이어진다.")


def _short_term_archive(path: Path) -> store.Archive:
    db = store.open_archive(path)
    texts = [*SHORT_TERM.values(), *[FILLER] * 5]
    with store.transaction(db):
        for index, (title, body) in enumerate(texts):
            article = Article(
                title=title, body=f"{body} ({index})", published=PartialDate(2020 + index, 1, 1)
            )
            store.insert_article(db, article, f"sha-{index}")
    return db


def test_a_two_character_term_is_ranked_by_bm25_not_by_date(tmp_path: Path) -> None:
    """Every score was 0.0 for 협약, 광주, AI: the bigram index keeps no positions, and the
    "relevance" order was the newest article first."""
    db = _short_term_archive(tmp_path / "a.db")
    result = search.search(db, "협약", scope="articles")
    assert [hit.article_id for hit in result.hits] == [1, 2, 3]  # SHORT_TERM's order
    scores = [hit.score for hit in result.hits]
    assert all(score is not None and score > 0 for score in scores)
    assert scores == sorted(set(scores), reverse=True)  # distinct, best first
    assert result.total == 3


def test_a_one_character_term_and_a_term_across_a_space_are_scored_too(tmp_path: Path) -> None:
    db = _short_term_archive(tmp_path / "a.db")
    (first, *_) = search.search(db, "약", scope="articles").hits
    assert first.title == "협약 소식" and first.score > 0
    # "협 약" holds 협약 only once spaces are folded away: counted exactly, not as 0.
    with store.transaction(db):
        spaced = Article(title="소식", body="협 약 문장.", published=PartialDate(2030, 1, 1))
        store.insert_article(db, spaced, "sha-spaced")
    hits = search.search(db, "협약", scope="articles").hits
    assert [hit.score > 0 for hit in hits] == [True] * 4


def test_article_and_clause_hits_are_taken_in_turn(tmp_path: Path) -> None:
    """bm25 weighs a term against its own index (whole articles, or short clauses): every
    clause scored above every article, and `--in all` listed the clauses first."""
    signings = [
        Signing(
            [("광주광역시", "광주광역시"), (f"한빛{n}", None)],
            clauses=["데이터센터 공동 구축", "인재 양성", "기술 교류", "행정 지원"],
        )
        for n in range(3)
    ]
    db, _ = build(tmp_path / "a.db", signings)
    hits = search.search(db, "데이터센터", scope="all").hits
    kinds = [hit.kind for hit in hits]
    assert len(kinds) == 6
    assert [set(kinds[i : i + 2]) for i in (0, 2, 4)] == [{"article", "clause"}] * 3
