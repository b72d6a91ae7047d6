"""The archive opens usefully in Datasette: its search box finds the FTS tables.

Datasette finds a table's full-text index with the query below (its `detect_fts`); the
tables must keep that shape for the search box to appear.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mouarchive import store
from mouarchive.models import Article

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
        store.insert_article(archive, Article("광주 협약", "업무협약을 맺었다."), "a")
        store.insert_article(archive, Article("대구 소식", "관계없는 기사"), "b")
    return archive


@pytest.mark.parametrize(
    ("table", "fts"), [("articles", "articles_fts"), ("clauses", "clauses_fts")]
)
def test_datasette_detects_one_fts_table_per_searchable_table(db, table: str, fts: str) -> None:
    rows = db.execute(DATASETTE_DETECT_FTS.format(table=table)).fetchall()
    assert rows == [(fts,)]


def test_datasette_style_search_finds_two_character_words(db) -> None:
    """Datasette quotes each word and matches it against the index: a bigram is one token."""
    rows = db.execute(
        "select title from articles where rowid in"
        " (select rowid from articles_fts where articles_fts match ?)",
        ['"협약"'],
    ).fetchall()
    assert rows == [("광주 협약",)]
