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


def _archive_of(path: Path, texts: list[tuple[str, str]]) -> store.Archive:
    """Articles in the order given, the last the most recently added."""
    db = store.open_archive(path)
    with store.transaction(db):
        for index, (title, body) in enumerate(texts):
            article = Article(title=title, body=body, published=PartialDate(2020, 1, 1))
            store.insert_article(db, article, f"sha-{index}")
    return db


def test_the_best_match_is_found_among_more_than_the_newest_thousand(tmp_path: Path) -> None:
    """Only the 1,000 most recently added matches of a short term were ranked: an older
    article that is the best hit was never shown, with 1,100 matches in all."""
    best = ("광주 소식", "광주 광주 광주 짧은 글.")
    newer = [("다른 소식", f"광주 한 번. {n}" + " 길게 이어지는 설명" * 10) for n in range(1_100)]
    db = _archive_of(tmp_path / "a.db", [best, *newer])
    result = search.search(db, "광주", scope="articles", limit=5)
    assert result.total == 1_101
    assert result.hits[0].article_id == 1


def test_a_title_match_weighs_more_than_a_body_match(tmp_path: Path) -> None:
    db = _archive_of(
        tmp_path / "a.db", [("협약 소식", "같은 길이 본문."), ("다른 소식", "협약 길이 본문.")]
    )
    assert [hit.article_id for hit in search.search(db, "협약", scope="articles").hits] == [1, 2]


def test_a_rare_term_weighs_more_than_a_frequent_one(tmp_path: Path) -> None:
    """Of two terms, the one few articles hold decides: each article holds both, one more
    often the rare term, the newer one more often the frequent one."""
    rare_twice = ("소식", "희귀 희귀 흔한 끝.")
    frequent_twice = ("소식", "희귀 흔한 흔한 끝.")
    filler = [("날씨", f"흔한 날씨 {n}.") for n in range(20)]
    db = _archive_of(tmp_path / "a.db", [rare_twice, frequent_twice, *filler])
    hits = search.search(db, "희귀 흔한", scope="articles").hits
    assert [hit.article_id for hit in hits] == [1, 2]


def test_a_query_mixing_short_and_long_terms_ranks_the_short_ones_too(tmp_path: Path) -> None:
    """`광주 OR 전라남도` scored every 광주-only article 0 ("-0.0"), after every 전라남도 one."""
    db = _archive_of(
        tmp_path / "a.db",
        [("광주 소식", "광주 광주 짧은 글."), ("다른 소식", "전라남도 한 번." + " 긴 설명" * 30)],
    )
    hits = search.search(db, "광주 OR 전라남도", scope="articles").hits
    assert [hit.article_id for hit in hits] == [1, 2]
    assert all(hit.score > 0 for hit in hits)
    db = _archive_of(
        tmp_path / "b.db",
        [("소식", "데이터센터 협약 협약 협약."), ("소식", "데이터센터 협약 나무 나무.")],
    )
    hits = search.search(db, "협약 데이터센터", scope="articles").hits
    assert [hit.article_id for hit in hits] == [1, 2]


def test_a_score_of_nothing_prints_as_zero_not_minus_zero() -> None:
    row = {
        "article_id": 1, "agreement_id": None, "path": "a.txt", "outlet": None, "title": "t",
        "date": None, "body": "광주", "subtitle": None, "captions": [], "ambiguous_regions": [],
    }  # fmt: skip
    hit = search._article_hit(row, 0.0, ["광주"])  # bm25 0: no term weighs
    assert str(hit.score) == "0.0" and search.csv_row(hit)["score"] == 0.0
    assert str(search.csv_row(hit)["score"]) == "0.0"
