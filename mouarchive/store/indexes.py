"""The full-text indexes of articles and clauses, filled by the program (migration 0003).

Both `sources` and `agreements` write into them and `search` reads them, so their names
and columns live here, apart from either.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from mouarchive.models import Article
from mouarchive.store.connection import Archive, transaction

INDEXES = {
    "article": {"words": "articles_fts", "grams": "articles_grams"},
    "clause": {"words": "clauses_fts", "grams": "clauses_grams"},
}
"""Each searchable kind's two indexes (migration 0003): "words" answers terms of 3+
characters (trigrams), "grams" terms of 1 or 2 (bigrams)."""
_INDEX_COLUMNS = {"article": "title, subtitle, body, captions", "clause": "text"}


class ArticleText(NamedTuple):
    """The columns of an article's index entry (migration 0020), as stored: an entry is
    removed only by repeating them exactly, so every writer passes them through this."""

    title: str | None
    subtitle: str | None
    body: str
    captions: tuple[str, ...]

    @classmethod
    def of(cls, article: Article) -> ArticleText:
        return cls(article.title, article.subtitle, article.body, tuple(article.captions))


def stored_text(db: Archive, article_id: int) -> ArticleText:
    """An article's indexed columns as its row holds them now."""
    title, subtitle, body, captions = db.execute(
        "SELECT title, subtitle, body, captions FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    return ArticleText(title, subtitle, body, tuple(json.loads(captions)))


def _folded_columns(texts: Sequence[str | Sequence[str] | None]) -> list[str]:
    """The search form of each indexed column of a row.

    A column holding several texts (an article's subheadlines, its captions) folds each on
    its own and joins them with a line break, which folding removes from every text and
    query: so a term never runs from one caption into the next, as it never runs from the
    title into the body.
    """
    from mouarchive.text.searchform import fold

    forms = []
    for text in texts:
        if isinstance(text, str) or text is None:
            forms.append(fold(text or ""))
        else:
            forms.append("\n".join(fold(part) for part in text))
    return forms


def _index(
    db: Archive,
    kind: str,
    rows: Iterable[tuple],
    *,
    delete: bool = False,
    indexes: tuple[str, ...] = ("words", "grams"),
) -> None:
    """Add (or, repeating what was indexed, remove) rows of one kind in its indexes.

    The indexes are filled by the program: they hold the search form of the text ("words")
    and that form's bigrams ("grams"). An external-content or contentless FTS5 table
    removes an entry only when told the exact values it was indexed with. While a `Batch`
    is open the writes are held, in order, to its commit (see `connection._write_deferred`).
    """
    words: list[tuple] = []
    grams: list[tuple] = []
    for rowid, *texts in rows:
        folded = _folded_columns(texts)
        words.append((rowid, *folded))
        if "grams" in indexes:
            grams.append((rowid, *(_grams(form) for form in folded)))
    columns = _INDEX_COLUMNS[kind]
    marks = ", ".join("?" * (columns.count(",") + 1))
    for index in indexes:
        table = INDEXES[kind][index]
        if delete:
            sql = f"INSERT INTO {table} ({table}, rowid, {columns}) VALUES ('delete', ?, {marks})"
        else:
            sql = f"INSERT INTO {table} (rowid, {columns}) VALUES (?, {marks})"
        index_rows = words if index == "words" else grams
        if db.deferred is not None:
            db.deferred.append((sql, index_rows))
        else:
            db.conn.executemany(sql, index_rows)


def _grams(form: str) -> str:
    """Bigram tokens of a folded column; captions' line breaks end a run, as a text's end does."""
    from mouarchive.text.searchform import index_tokens

    return " ".join(filter(None, (index_tokens(part) for part in form.split("\n"))))


def _article_row(
    article_id: int, text: ArticleText
) -> tuple[int, str | None, tuple[str, ...], str, tuple[str, ...]]:
    """An article's index row: each subheadline line is folded on its own, as each caption
    is, so a term never runs from one subheadline into the next."""
    subtitles = tuple(text.subtitle.splitlines()) if text.subtitle else ()
    return (article_id, text.title, subtitles, text.body, text.captions)


def index_article(db: Archive, article_id: int, text: ArticleText) -> None:
    """Index a new article's title, subheadlines, body and captions for `search`."""
    _index(db, "article", [_article_row(article_id, text)])


def reindex_article(db: Archive, article_id: int, old: ArticleText, new: ArticleText) -> None:
    """Re-index an article whose indexed text changed (a second copy supplied a title,
    subheadline or captions, the owner corrected its title); nothing when it did not."""
    if old != new:
        unindex_article(db, article_id, old)
        index_article(db, article_id, new)


def unindex_article(db: Archive, article_id: int, text: ArticleText) -> None:
    """Remove a deleted article from the indexes (they need the text it was indexed with)."""
    _index(db, "article", [_article_row(article_id, text)], delete=True)


def unindex_clauses(db: Archive, rows: list[tuple[int, str]]) -> None:
    """Remove clauses, given as (id, text), from the indexes before they are deleted."""
    _index(db, "clause", rows, delete=True)


def index_report_clauses(db: Archive, report_id: int) -> None:
    rows = db.execute("SELECT id, text FROM clauses WHERE report_id = ?", [report_id]).fetchall()
    _index(db, "clause", rows)


def index_clauses(db: Archive, rows: list[tuple[int, str]]) -> None:
    """Index new clauses, given as (id, text): the items the owner added."""
    _index(db, "clause", rows)


def clear_clause_index(db: Archive) -> None:
    for table in INDEXES["clause"].values():
        db.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")


_INDEXED = (("article", "articles"), ("clause", "clauses"))


_CHUNK = 500


def index_missing(db: Archive) -> None:
    """Index rows an index lacks: an archive made before it existed, once.

    Rows are indexed as they are written, so the newest row of each table and of its
    indexes agree unless an older archive predates an index; comparing them costs
    microseconds, so `search` checks on every run.
    """
    stale = " OR ".join(
        f"(SELECT max(id) FROM {source}) IS NOT (SELECT max(id) FROM {table}_docsize)"
        for kind, source in _INDEXED
        for table in INDEXES[kind].values()
    )
    if not db.execute(f"SELECT {stale}").fetchone()[0]:
        return
    with transaction(db):
        for kind, source in _INDEXED:
            for index, table in INDEXES[kind].items():
                last = 0
                # A chunk at a time: an upgrade that makes an index anew reads every
                # article, and all of them at once took ten times an archive's memory.
                while rows := db.execute(
                    f"SELECT id, {_INDEX_COLUMNS[kind]} FROM {source}"
                    f" WHERE id > ? AND id NOT IN (SELECT id FROM {table}_docsize)"
                    " ORDER BY id LIMIT ?",
                    [last, _CHUNK],
                ).fetchall():
                    last = rows[-1][0]
                    if kind == "article":
                        rows = [
                            _article_row(
                                i, ArticleText(title, subtitle, body, json.loads(captions))
                            )
                            for i, title, subtitle, body, captions in rows
                        ]
                    _index(db, kind, rows, indexes=(index,))
