"""A subheadline `show` prints is searchable and exported (newcomer 47, finding 8).

A reader who finds a phrase under the title in `show` expects `search` to find it: a
subheadline is often the only place a count or a plan is written ("강좌 20개 운영… 수강료
무료", "다음달 수도권 설명회").
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_runner import run_cli

from mouarchive import search, store
from mouarchive.models import Article
from mouarchive.store import indexes, schema

RELEASE = (
    "제목 송정군, 군민 평생학습 대학 개강\n"
    "부제 강좌 24개 운영… 수강료 전액 무료\n"
    "부제 다음달 읍면 순회 설명회\n"
    "\n"
    "송정군은 3일 군민회관에서 평생학습 대학 개강식을 열었다고 밝혔다. 올해는 인문학과 "
    "디지털 교실 등을 연다.\n"
    "\n"
    "박수진 기자 sujin@songjeong.kr\n"
)


@pytest.fixture
def archive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "release.txt"
    path.write_text(RELEASE, encoding="utf-8")
    monkeypatch.setenv("MOUARCHIVE_DB", str(tmp_path / "a.db"))
    assert run_cli("add", "-q", str(path)).code == 0
    return tmp_path / "a.db"


def test_show_prints_the_subheadlines_without_their_label(archive: Path) -> None:
    shown = run_cli("show", "a1").out.splitlines()
    assert shown[0] == "article a1: 송정군, 군민 평생학습 대학 개강"
    assert shown[1:3] == ["강좌 24개 운영… 수강료 전액 무료", "다음달 읍면 순회 설명회"]


@pytest.mark.parametrize("query", ["수강료", "수강료 전액", "다음달", "순회 설명회", "24개"])
def test_a_word_only_a_subheadline_holds_finds_the_article(archive: Path, query: str) -> None:
    assert query.split()[0] not in RELEASE.split("\n\n", 1)[1]
    found = run_cli("search", query, "--in", "articles", "--format", "json")
    (hit,) = json.loads(found.out)
    assert hit["article_id"] == 1
    assert query.replace(" ", "") in hit["snippet"].replace(" ", "")


def test_a_term_never_runs_from_one_subheadline_into_the_next(archive: Path) -> None:
    # "…무료" then "다음달…": joined they would read "무료다음달".
    found = run_cli("search", "무료다음", "--in", "articles")
    assert found.out.startswith("0 hits for 무료다음")


def test_export_carries_the_subheadlines(archive: Path) -> None:
    (row,) = json.loads(run_cli("export", "--what", "articles", "--format", "json").out)
    assert row["subtitle"] == "강좌 24개 운영… 수강료 전액 무료\n다음달 읍면 순회 설명회"
    table = run_cli("export", "--what", "articles", "--format", "csv").out
    (line,) = csv.DictReader(io.StringIO(table))
    assert line["subtitle"] == row["subtitle"]
    assert list(line)[-1] == "subtitle"


def test_an_archive_made_before_subheadlines_were_indexed_finds_them_after_upgrade(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Migration 0020 makes the article indexes anew with a subheadline column: what was
    stored before is found by its subheadline, title, body and captions alike."""
    path = tmp_path / "a.db"
    older = [f for f in schema._migration_files() if f.stem < "0020"]
    with monkeypatch.context() as patch:
        patch.setattr(schema, "_migration_files", lambda: older)
        patch.setattr(indexes, "index_missing", lambda db: None)
        old = store.open_archive(path)
        old.execute(
            "INSERT INTO articles (sha256, title, subtitle, body, captions)"
            " VALUES ('x', '옛 기사', '응모 예정…나주서 전략회의', ?, ?)",
            ["전라남도가 공모 준비에 나섰다.", '["김영록 지사가 인사말을 하고 있다."]'],
        )
        old.conn.close()
    db = store.open_archive(path)
    with store.transaction(db):
        store.insert_article(db, Article("새 기사", "목포시가 설명회를 열었다."), "y")

    def titles(query: str) -> list[str]:
        return [hit.title for hit in search.search(db, query, scope="articles").hits]

    assert titles("나주서") == ["옛 기사"]
    assert titles("나주") == ["옛 기사"]
    assert titles("김영록") == ["옛 기사"]
    assert titles("공모 준비") == ["옛 기사"]
    assert set(titles("설명회")) == {"새 기사"}
    assert indexes.stored_text(db, 1).subtitle == "응모 예정…나주서 전략회의"


def _older_archive(path: Path, monkeypatch: pytest.MonkeyPatch, subtitles: list[str]) -> None:
    """An archive as a version before 0020 left it, holding one article a subheadline."""
    older = [f for f in schema._migration_files() if f.stem < "0020"]
    with monkeypatch.context() as patch:
        patch.setattr(schema, "_migration_files", lambda: older)
        patch.setattr(indexes, "index_missing", lambda db: None)
        old = store.open_archive(path)
        for number, subtitle in enumerate(subtitles):
            old.execute(
                "INSERT INTO articles (sha256, title, subtitle, body, captions)"
                " VALUES (?, ?, ?, '전라남도가 공모 준비에 나섰다.', '[]')",
                [f"sha{number}", f"옛 기사 {number}", subtitle],
            )
        old.conn.close()


def test_the_upgrade_says_so_once_and_asks_for_a_reextract_of_labelled_subheadlines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _older_archive(
        tmp_path / "a.db", monkeypatch, ["부제 강좌 20개 운영… 수강료 무료", "응모 예정"]
    )
    monkeypatch.setenv("MOUARCHIVE_DB", str(tmp_path / "a.db"))
    said = run_cli("search", "수강료").err.splitlines()
    assert said[0] == "upgrading the archive to this version of mouarchive (2 articles)…"
    assert said[1] == (
        "note: run `mouarchive reextract` once, so the subheadlines of 1 articles lose the"
        ' "부제" label an older version kept (search would find it)'
    )
    assert run_cli("search", "수강료").err == ""


def test_the_upgrade_indexes_every_article_a_chunk_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.db"
    _older_archive(path, monkeypatch, [f"응모 예정 {n}호" for n in range(1, 8)])
    monkeypatch.setattr(indexes, "_CHUNK", 3)
    db = store.open_archive(path)
    hits = search.search(db, "7호", scope="articles").hits
    assert [hit.title for hit in hits] == ["옛 기사 6"]
    assert len(search.search(db, "응모 예정", scope="articles").hits) == 7


def test_an_archive_another_process_made_meanwhile_is_not_said_to_be_upgraded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two `add`s on a new archive: the second, which found it unmade before it got the lock,
    finds it made once it holds the lock, and says nothing of an upgrade (newcomer 53, 15)."""
    path = tmp_path / "a.db"
    db = store.open_archive(path)
    said: list[str] = []
    db.on_upgrade = said.append
    monkeypatch.setattr(schema, "check", lambda *args, **kwargs: True)
    schema.migrate(db, path)
    assert said == []
