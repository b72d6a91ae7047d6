"""Sources (files as read) and the articles cut from them, with their search indexes.

Content hashes make re-adding a no-op; the raw text is kept compressed so `reextract`
never needs the original files.
"""

from __future__ import annotations

import json
import zlib
from datetime import UTC, datetime

from mouarchive.models import Article, PartialDate
from mouarchive.store.connection import Archive
from mouarchive.store.indexes import index_article, reindex_article


def source_id_by_hash(db: Archive, sha256: str) -> int | None:
    row = db.execute("SELECT id FROM sources WHERE sha256 = ?", [sha256]).fetchone()
    return row[0] if row else None


def source_id_by_url(db: Archive, url: str) -> int | None:
    """A source fetched from `url`, or one holding an article published at it."""
    row = db.execute(
        "SELECT id FROM sources WHERE path = ?"
        " UNION ALL SELECT x.source_id FROM articles a"
        " JOIN article_sources x ON x.article_id = a.id WHERE a.url = ?"
        " LIMIT 1",
        [url, url],
    ).fetchone()
    return row[0] if row else None


def insert_source(
    db: Archive,
    *,
    sha256: str,
    path: str,
    encoding: str,
    warnings: list[str],
    raw_text: str,
    kind: str = "text",
    original: bytes | None = None,
) -> int:
    """A source as read: `raw_text` is what its reader made of it, `original` the bytes
    a reader other than the text one read (kept so it can read them again)."""
    cursor = db.execute(
        "INSERT INTO sources (sha256, path, encoding, warnings, raw_text, added_at, kind, original)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            sha256,
            path,
            encoding,
            "\n".join(warnings) or None,
            zlib.compress(raw_text.encode("utf-8"), 6),
            datetime.now(UTC).isoformat(timespec="seconds"),
            kind,
            None if original is None else zlib.compress(original, 6),
        ],
    )
    return cursor.lastrowid


def insert_article(db: Archive, article: Article, sha256: str) -> tuple[int, bool]:
    """Store an article once; return its id and whether it is new.

    An article already stored from another file keeps its metadata, but fields it lacked
    are filled from this copy (one outlet's file may carry the date the other lacks, a saved
    web page the captions its text copy lacks).
    """
    published = article.published
    row = db.execute(
        "SELECT id, title, body, captions FROM articles WHERE sha256 = ?", [sha256]
    ).fetchone()
    if row:
        stored_captions = json.loads(row[3])
        captions = stored_captions or article.captions
        db.execute(
            "UPDATE articles SET"
            " title = coalesce(title, ?), subtitle = coalesce(subtitle, ?),"
            " outlet = coalesce(outlet, ?), reporter = coalesce(reporter, ?),"
            " email = coalesce(email, ?), url = coalesce(url, ?),"
            " published_precision = CASE WHEN published IS NULL AND ? IS NOT NULL"
            "   THEN ? ELSE published_precision END,"
            " published = coalesce(published, ?), captions = ?"
            " WHERE id = ?",
            [
                article.title,
                article.subtitle,
                article.outlet,
                article.reporter,
                article.email,
                article.url,
                published.iso if published else None,
                published.precision if published else "unknown",
                published.iso if published else None,
                json.dumps(captions, ensure_ascii=False),
                row[0],
            ],
        )
        title = row[1] or article.title
        if title != row[1] or captions != stored_captions:
            reindex_article(
                db,
                row[0],
                old_title=row[1],
                title=title,
                body=row[2],
                old_captions=stored_captions,
                captions=captions,
            )
        return row[0], False
    cursor = db.execute(
        "INSERT INTO articles (sha256, title, subtitle, outlet, reporter, email, url,"
        " published, published_precision, body, captions)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            sha256,
            article.title,
            article.subtitle,
            article.outlet,
            article.reporter,
            article.email,
            article.url,
            published.iso if published and published.iso else None,
            published.precision if published and published.iso else "unknown",
            article.body,
            json.dumps(article.captions, ensure_ascii=False),
        ],
    )
    index_article(db, cursor.lastrowid, article)
    return cursor.lastrowid, True


def source_article_count(db: Archive, source_id: int) -> int:
    return db.execute(
        "SELECT count(*) FROM article_sources WHERE source_id = ?", [source_id]
    ).fetchone()[0]


def link_article_source(db: Archive, article_id: int, source_id: int, position: int) -> None:
    db.execute(
        "INSERT OR IGNORE INTO article_sources (article_id, source_id, position) VALUES (?, ?, ?)",
        [article_id, source_id, position],
    )


def load_article(db: Archive, article_id: int) -> Article | None:
    row = db.execute(
        "SELECT title, body, subtitle, outlet, reporter, email, published, url, captions"
        " FROM articles WHERE id = ?",
        [article_id],
    ).fetchone()
    if row is None:
        return None
    title, body, subtitle, outlet, reporter, email, published, url, captions = row
    return Article(
        title=title,
        body=body,
        subtitle=subtitle,
        outlet=outlet,
        reporter=reporter,
        email=email,
        published=PartialDate.parse_iso(published),
        url=url,
        captions=json.loads(captions),
    )


def article_ids(db: Archive) -> list[int]:
    return [row[0] for row in db.execute("SELECT id FROM articles ORDER BY id")]
