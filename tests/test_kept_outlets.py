"""The outlets a copy naming none is looked up under are read once by the writing process,
not once an article (review 55c, C4), and stay right: an outlet written since, by this
connection or another process, is among them, also after a write was rolled back."""

from pathlib import Path

from mouarchive import ingest, store
from mouarchive.inputs import SourceMeta, expand
from mouarchive.models import Article


def _article(db: store.Archive, number: int, outlet: str | None) -> None:
    article = Article(title=f"기사 {number}", body=f"본문 {number}", outlet=outlet)
    store.insert_article(db, article, f"sha{number}")


def test_a_page_of_many_articles_naming_no_outlet_reads_the_outlets_once(tmp_path: Path) -> None:
    """Each read walked every article held: a page of many articles took time growing with
    the square of its size."""
    lead = "한울군은 {n}일 누리대학과 청년 창업 지원을 위한 업무협약을 체결했다고 밝혔다."
    page = "".join(
        f"<h1>한울군·누리대학 창업 협약 {n}</h1><p>{lead.format(n=n % 28 + 1)}</p>"
        f"<p>대학은 창업 강좌 {n}개를 연다.</p>"
        f"<p>문가온 기자 · 입력 2024.05.{n % 28 + 1:02} 11:00</p>"
        for n in range(30)
    )
    (tmp_path / "page.html").write_text(f"<html><body>{page}</body></html>", encoding="utf-8")
    db = store.open_archive(tmp_path / "a.db")
    reads: list[str] = []
    db.conn.set_trace_callback(lambda sql: reads.append(sql) if "DISTINCT outlet" in sql else None)
    summary = ingest.add_inputs(db, expand([str(tmp_path / "page.html")], SourceMeta()))
    assert summary.articles_added == 30
    assert len(reads) == 1


def test_outlets_written_since_they_were_read_are_held(tmp_path: Path) -> None:
    db = store.open_archive(tmp_path / "a.db")
    _article(db, 1, "한빛일보")
    assert store.outlets(db) == ["한빛일보"]
    _article(db, 2, "누리경제")
    db.execute("UPDATE articles SET outlet = '바다신문' WHERE sha256 = 'sha1'")
    assert set(store.outlets(db)) >= {"누리경제", "바다신문"}
    other = store.open_archive(tmp_path / "a.db")
    _article(other, 3, "솔내방송")
    assert "솔내방송" in store.outlets(db)


def test_outlets_read_inside_a_write_rolled_back_stay_watched(tmp_path: Path) -> None:
    db = store.open_archive(tmp_path / "a.db")
    db.execute("BEGIN")
    assert store.outlets(db) == []
    db.execute("ROLLBACK")
    _article(db, 1, "한빛일보")
    assert store.outlets(db) == ["한빛일보"]
    _article(db, 2, "누리경제")
    assert sorted(store.outlets(db)) == ["누리경제", "한빛일보"]
