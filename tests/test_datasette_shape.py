"""The archive opens usefully in Datasette: its search box finds the FTS tables.

Datasette finds a table's full-text index with the query below (its `detect_fts`); the
tables must keep that shape for the search box to appear.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mouarchive import store
from mouarchive.models import AgreementReport, Article, Clause

DATASETTE_DETECT_FTS = """
    select name from sqlite_master
        where rootpage = 0
        and (
            sql like '%VIRTUAL TABLE%USING FTS%content="{table}"%'
            or sql like '%VIRTUAL TABLE%USING FTS%content=[{table}]%'
            or (
                tbl_name = "{table}"
                and sql like '%VIRTUAL TABLE%USING FTS%'
            )
        )
"""


@pytest.fixture
def db(tmp_path: Path):
    archive = store.open_archive(tmp_path / "archive.db")
    with store.transaction(archive):
        store.insert_article(
            archive, Article("광주 협약", "AI 데이터센터를 함께 짓는 업무협약을 맺었다."), "a"
        )
        store.insert_article(archive, Article("대구 소식", "관계없는 기사"), "b")
    return archive


@pytest.mark.parametrize(
    ("table", "fts"), [("articles", "articles_fts"), ("clauses", "clauses_fts")]
)
def test_datasette_detects_one_fts_table_per_searchable_table(db, table: str, fts: str) -> None:
    rows = db.execute(DATASETTE_DETECT_FTS.format(table=table)).fetchall()
    assert rows == [(fts,)]


def _datasette_escape_fts(query: str) -> str:
    """What Datasette's search box sends (its `escape_fts`): each word quoted."""
    if query.count('"') % 2:
        query += '"'
    bits = [b for b in re.split(r'\s+|(".*?")', query) if b and b != '""']
    return " ".join(b if b.startswith('"') else f'"{b}"' for b in bits)


def _datasette_search(db, table: str, column: str, query: str) -> list[str]:
    return [
        row[0]
        for row in db.execute(
            f"select {column} from {table} where rowid in"
            f" (select rowid from {table}_fts where {table}_fts match ?) order by rowid",
            [_datasette_escape_fts(query)],
        )
    ]


@pytest.mark.parametrize(
    "query", ["데이터센터", "AI데이터센터", "ai 데이터센터", "데이터 센터", "업무협약 데이터센터"]
)
def test_datasette_search_box_finds_words_of_three_or_more_characters(db, query: str) -> None:
    """Spacing and case are the user's choice there too: the index holds the search form."""
    assert _datasette_search(db, "articles", "title", query) == ["광주 협약"]


def test_datasette_search_box_finds_clauses(db) -> None:
    with store.transaction(db):
        article_id, _ = store.insert_article(
            db, Article("협약 기사", "전라남도와 협약을 맺었다. ▲청년 창업 지원 ▲관광 교류"), "c"
        )
        store.save_reports(
            db,
            article_id,
            [
                AgreementReport(
                    title=None,
                    kind="업무협약",
                    status="signed",
                    clauses=[Clause("청년 창업 지원", (0, 8)), Clause("관광 교류", (9, 14))],
                )
            ],
        )
    assert _datasette_search(db, "clauses", "text", "청년창업") == ["청년 창업 지원"]
