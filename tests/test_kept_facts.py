"""The writing process keeps the merge candidates' facts between reports, and forgets each
one whenever it is written, undone, or changed by another process."""

from pathlib import Path

import pytest

from mouarchive import store
from mouarchive.models import AgreementReport, Article, Party
from mouarchive.store import kept_facts
from mouarchive.store.matching import merge_candidates


def _report(*parties: str, title: str | None = None) -> AgreementReport:
    return AgreementReport(
        title=title,
        kind="업무협약",
        status="signed",
        date=None,
        parties=[Party(name, (0, 1)) for name in parties],
    )


def _article(db: store.Archive, number: int) -> int:
    article = Article(title=f"기사 {number}", body=f"본문 {number}")
    article_id, _ = store.insert_article(db, article, f"sha{number}")
    return article_id


def _candidates(db: store.Archive, report: AgreementReport) -> dict:
    return {agreement_id: facts for agreement_id, facts, *_ in merge_candidates(db, report, 0)}


def test_a_candidate_read_again_is_the_kept_one_until_it_is_written(tmp_path: Path) -> None:
    db = store.open_archive(tmp_path / "a.db")
    batch = store.Batch(db, 60)
    with batch.write() as db:
        (agreement_id,) = store.save_reports(db, _article(db, 1), [_report("가시", "나시")])
        first = _candidates(db, _report("가시", "다시"))[agreement_id]
        assert _candidates(db, _report("가시", "라시"))[agreement_id] is first
        db.execute("UPDATE agreements SET title = '새 제목' WHERE id = ?", [agreement_id])
        assert agreement_id not in db.kept_facts.facts
        assert _candidates(db, _report("가시", "다시"))[agreement_id].title == "새 제목"
    batch.commit()


def test_corrected_facts_written_apart_are_forgotten_too(tmp_path: Path) -> None:
    db = store.open_archive(tmp_path / "a.db")
    batch = store.Batch(db, 60)
    with batch.write() as db:
        (agreement_id,) = store.save_reports(db, _article(db, 1), [_report("가시", "나시")])
        _candidates(db, _report("가시", "다시"))
        db.execute(
            "INSERT INTO agreement_matching (agreement_id, status, kind, parties)"
            " VALUES (?, 'signed', '업무협약', '[\"가시\", \"바시\"]')",
            [agreement_id],
        )
        assert agreement_id not in db.kept_facts.facts
        found = _candidates(db, _report("가시", "다시"))[agreement_id]
        assert [p.name for p in found.parties] == ["가시", "바시"]
    batch.commit()


def test_an_undone_write_forgets_what_was_read_during_it(tmp_path: Path) -> None:
    db = store.open_archive(tmp_path / "a.db")
    batch = store.Batch(db, 60)
    with batch.write() as db:
        (agreement_id,) = store.save_reports(db, _article(db, 1), [_report("가시", "나시")])
    try:
        with batch.write() as db:
            db.execute("UPDATE agreements SET title = '잠시' WHERE id = ?", [agreement_id])
            _candidates(db, _report("가시", "다시"))
            raise RuntimeError
    except RuntimeError:
        pass
    assert db.kept_facts.facts == {}
    with batch.write() as db:
        assert _candidates(db, _report("가시", "다시"))[agreement_id].title is None
    batch.commit()


def test_another_process_writing_between_batches_is_noticed(tmp_path: Path) -> None:
    db = store.open_archive(tmp_path / "a.db")
    batch = store.Batch(db, 60)
    with batch.write() as db:
        (agreement_id,) = store.save_reports(db, _article(db, 1), [_report("가시", "나시")])
        _candidates(db, _report("가시", "다시"))
    batch.commit()
    other = store.open_archive(tmp_path / "a.db")
    with store.transaction(other):
        other.execute("UPDATE agreements SET title = '남이 고침' WHERE id = ?", [agreement_id])
    other.conn.close()
    with batch.write() as db:
        assert _candidates(db, _report("가시", "다시"))[agreement_id].title == "남이 고침"
    batch.commit()


def test_own_commits_keep_what_was_read(tmp_path: Path) -> None:
    db = store.open_archive(tmp_path / "a.db")
    batch = store.Batch(db, 60)
    with batch.write() as db:
        (agreement_id,) = store.save_reports(db, _article(db, 1), [_report("가시", "나시")])
        first = _candidates(db, _report("가시", "다시"))[agreement_id]
    batch.commit()
    with batch.write() as db:
        assert _candidates(db, _report("가시", "다시"))[agreement_id] is first
    batch.commit()


def test_the_triggers_live_only_in_the_writing_connection(tmp_path: Path) -> None:
    db = store.open_archive(tmp_path / "a.db")
    store.Batch(db, 60)
    assert db.execute("SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger'").fetchone()[
        0
    ]
    other = store.open_archive(tmp_path / "a.db")
    stored = other.execute("SELECT name FROM sqlite_master WHERE name LIKE 'kept_facts%'")
    assert stored.fetchall() == []


def test_the_least_recently_read_is_forgotten_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kept_facts, "LIMIT", 2)
    db = store.open_archive(tmp_path / "a.db")
    batch = store.Batch(db, 60)
    with batch.write() as db:
        ids = [
            store.save_reports(db, _article(db, n), [_report("가시", name)])[0]
            for n, name in enumerate(("나시", "다시", "라시"), 1)
        ]
        db.kept_facts.forget_all()
        _candidates(db, _report("가시", "마시"))
        assert list(db.kept_facts.facts) == ids[1:]
        db.kept_facts.get(ids[1])
        db.kept_facts.keep(ids[0], db.kept_facts.facts[ids[2]])
        assert list(db.kept_facts.facts) == [ids[1], ids[0]]
    batch.commit()
