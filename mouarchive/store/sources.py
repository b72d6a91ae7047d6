"""Sources (files as read) and the articles cut from them, with their search indexes.

Content hashes make re-adding a no-op; the raw text is kept compressed so `reextract`
never needs the original files.
"""

from __future__ import annotations

import json
import zlib
from datetime import UTC, datetime

from mouarchive.models import Article, PartialDate
from mouarchive.store.agreements import delete_reports
from mouarchive.store.connection import Archive
from mouarchive.store.indexes import (
    ArticleText,
    index_article,
    reindex_article,
    stored_text,
    unindex_article,
)
from mouarchive.store.kept_outlets import KeptOutlets
from mouarchive.store.removals import undo_removal


def source_id_by_hash(db: Archive, sha256: str) -> int | None:
    row = db.execute("SELECT id FROM sources WHERE sha256 = ?", [sha256]).fetchone()
    return row[0] if row else None


def source_id_by_url(db: Archive, url: str) -> int | None:
    """A source fetched from `url` (its bytes may have come first from a saved file, which
    records the URL as one more path), or one holding an article published at it."""
    row = db.execute(
        "SELECT source_id FROM source_paths WHERE path = ?"
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
    given: str | None = None,
) -> int:
    """A source as read: `raw_text` is what its reader made of it, `original` the bytes
    it read when they are worth reading again, `given` the metadata the user gave (JSON)."""
    cursor = db.execute(
        "INSERT INTO sources (sha256, path, encoding, warnings, raw_text, added_at, kind,"
        " original, given) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            sha256,
            path,
            encoding,
            "\n".join(warnings) or None,
            zlib.compress(raw_text.encode("utf-8"), 6),
            _now(),
            kind,
            None if original is None else zlib.compress(original, 6),
            given,
        ],
    )
    record_path(db, cursor.lastrowid, path, given)
    undo_removal(db, _now(), source_sha=sha256)
    return cursor.lastrowid


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def record_url(db: Archive, source_id: int, url: str) -> None:
    """Note that a known file's bytes were fetched from `url`: the URL is one more of its
    paths (so it is not fetched again) and the address of its articles that had none, as a
    first fetch of the page would have made it."""
    record_path(db, source_id, url)
    db.execute(
        "UPDATE articles SET url = ? WHERE url IS NULL"
        " AND id IN (SELECT article_id FROM article_sources WHERE source_id = ?)",
        [url, source_id],
    )


def path_known(db: Archive, source_id: int, path: str) -> bool:
    return (
        db.execute(
            "SELECT 1 FROM source_paths WHERE source_id = ? AND path = ?", [source_id, path]
        ).fetchone()
        is not None
    )


def record_path(db: Archive, source_id: int, path: str, given: str | None = None) -> None:
    """Note that a source's bytes were (also) found at `path`, with what the user gave for
    it (JSON); known paths are kept once."""
    db.execute(
        "INSERT OR IGNORE INTO source_paths (source_id, path, added_at, given) VALUES (?, ?, ?, ?)",
        [source_id, path, _now(), given],
    )


def give_at_path(db: Archive, source_id: int, path: str, given: str) -> None:
    """What the user gave (JSON) when a known file was added again from `path`."""
    db.execute(
        "UPDATE source_paths SET given = ? WHERE source_id = ? AND path = ?",
        [given, source_id, path],
    )


# The columns an article is stored in as read, in the order `article_values` gives them.
ARTICLE_COLUMNS = (
    "sha256",
    "title",
    "subtitle",
    "outlet",
    "reporter",
    "email",
    "url",
    "published",
    "published_precision",
    "body",
    "captions",
)


def article_values(article: Article, sha256: str) -> list:
    """The values of `ARTICLE_COLUMNS` for an article as read (a date only when it has one)."""
    published = article.published if article.published and article.published.iso else None
    return [
        sha256,
        article.title,
        article.subtitle,
        article.outlet,
        article.reporter,
        article.email,
        article.url,
        published.iso if published else None,
        published.precision if published else "unknown",
        article.body,
        json.dumps(article.captions, ensure_ascii=False),
    ]


def insert_article(db: Archive, article: Article, sha256: str) -> tuple[int, bool]:
    """Store an article once; return its id and whether it is new.

    An article already stored from another file keeps its metadata, but fields it lacked
    are filled from this copy (one outlet's file may carry the date the other lacks, a saved
    web page the captions its text copy lacks).
    """
    row = db.execute("SELECT id FROM articles WHERE sha256 = ?", [sha256]).fetchone()
    if row:
        article_id = row[0]
        held = stored_text(db, article_id)
        title, subtitle = _heads(held, article)
        # Outlet to published_precision, as `article_values` gives them.
        meta = article_values(article, sha256)[3:9]
        published = meta[4]
        captions = held.captions or tuple(article.captions)
        db.execute(
            "UPDATE articles SET title = ?, subtitle = ?,"
            " outlet = coalesce(outlet, ?), reporter = coalesce(reporter, ?),"
            " email = coalesce(email, ?), url = coalesce(url, ?),"
            " published_precision = CASE WHEN published IS NULL AND ? IS NOT NULL"
            "   THEN ? ELSE published_precision END,"
            " published = coalesce(published, ?), captions = ?"
            " WHERE id = ?",
            [
                title,
                subtitle,
                *meta,
                published,
                json.dumps(captions, ensure_ascii=False),
                article_id,
            ],
        )
        reindex_article(
            db,
            article_id,
            held,
            held._replace(title=title, subtitle=subtitle, captions=captions),
        )
        return article_id, False
    # Above every id ever given (migration 0024): a removed article's id names no other.
    cursor = db.execute(
        f"INSERT INTO articles (id, {', '.join(ARTICLE_COLUMNS)})"
        " VALUES ((SELECT top + 1 FROM issued_ids WHERE kind = 'article'),"
        f" {', '.join('?' * len(ARTICLE_COLUMNS))})",
        article_values(article, sha256),
    )
    index_article(db, cursor.lastrowid, ArticleText.of(article))
    return cursor.lastrowid, True


def _heads(held: ArticleText, copy: Article) -> tuple[str | None, str | None]:
    """The title and subheadlines the held article keeps once `copy` of it comes in: each
    the held one, else the copy's. A copy pasted without line breaks, where nothing parts
    the heads, may have run the headline and subheadline together, or lost the headline's
    first words to the menu before it: a held title that is the copy's title and
    subheadlines joined, or the end of either, gives way to the copy's, which tells them
    apart."""
    if held.title is not None and copy.title:
        kept = " ".join(held.title.split())
        title = " ".join(copy.title.split())
        if kept != title and _ends_with(title, kept):
            return copy.title, held.subtitle or copy.subtitle
        if held.subtitle is None and copy.subtitle:
            joined = " ".join(f"{copy.title}\n{copy.subtitle}".split())
            if _ends_with(joined, kept) and not _ends_with(title, kept):
                return copy.title, copy.subtitle
    return held.title or copy.title, held.subtitle or copy.subtitle


def _ends_with(text: str, end: str) -> bool:
    """Whether `text` is `end`, or ends with it after a space: whole words only."""
    return text == end or text.endswith(" " + end)


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


def article_sha(db: Archive, article_id: int) -> str | None:
    row = db.execute("SELECT sha256 FROM articles WHERE id = ?", [article_id]).fetchone()
    return row[0] if row else None


def articles_hashed(db: Archive, shas: list[str]) -> list[tuple[int, str, str | None, str | None]]:
    """(id, hash, outlet, reporter) of the articles hashed any of `shas`, oldest first."""
    return db.execute(
        "SELECT id, sha256, outlet, reporter FROM articles"
        " WHERE sha256 IN (SELECT value FROM json_each(?)) ORDER BY id",
        [json.dumps(shas)],
    ).fetchall()


def outlets(db: Archive) -> list[str]:
    """Every outlet an article is held under (and perhaps one held no more: `kept_outlets`)."""
    if db.kept_outlets is None:
        db.kept_outlets = KeptOutlets(db)
    return sorted(db.kept_outlets.held(db))


def article_id_by_sha(db: Archive, sha256: str) -> int | None:
    row = db.execute("SELECT id FROM articles WHERE sha256 = ?", [sha256]).fetchone()
    return row[0] if row else None


def article_meta(db: Archive, article_id: int) -> dict | None:
    """The metadata the owner may correct, as stored: date (ISO), outlet, title, url."""
    row = db.execute(
        "SELECT published, outlet, title, url FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    return None if row is None else dict(zip(("date", "outlet", "title", "url"), row, strict=True))


def set_article_meta(db: Archive, article_id: int, values: dict, corrected: list[str]) -> None:
    """Write corrected metadata (keys as `article_meta`'s) and the list of corrected fields.

    A new title is re-indexed so `search` finds the article by it.
    """
    held = stored_text(db, article_id)
    date = PartialDate.parse_iso(values["date"])
    db.execute(
        "UPDATE articles SET published = ?, published_precision = ?, outlet = ?, title = ?,"
        " url = ?, corrected = ? WHERE id = ?",
        [
            values["date"],
            date.precision if date else "unknown",
            values["outlet"],
            values["title"],
            values["url"],
            json.dumps(corrected),
            article_id,
        ],
    )
    reindex_article(db, article_id, held, held._replace(title=values["title"]))


def _newest_at_path(db: Archive, path: str) -> tuple[int, str, str | None] | None:
    """(id, hash, metadata given for this path) of the source read from it, the newest if
    several were: the one look-up both the file's identity and what was given for it come
    from."""
    return db.execute(
        "SELECT s.id, s.sha256, p.given FROM source_paths p JOIN sources s ON s.id = p.source_id"
        " WHERE p.path = ? ORDER BY s.id DESC LIMIT 1",
        [path],
    ).fetchone()


def source_by_path(db: Archive, path: str) -> tuple[int, str] | None:
    """(id, hash) of the source read from this path, the newest if several were."""
    found = _newest_at_path(db, path)
    return (found[0], found[1]) if found else None


def given_for(db: Archive, source_id: int, path: str) -> str | None:
    """The metadata (JSON) the user gave for one path of a source, if any."""
    row = db.execute(
        "SELECT given FROM source_paths WHERE source_id = ? AND path = ?", [source_id, path]
    ).fetchone()
    return row[0] if row else None


def given_at_path(db: Archive, path: str) -> str | None:
    """The metadata (JSON) the user gave for the file last added from this path, if any."""
    found = _newest_at_path(db, path)
    return found[2] if found else None


def articles_at_path(db: Archive, path: str) -> list[int]:
    """The articles of every source read from `path` ("<stdin>" names many), by id."""
    return [
        row[0]
        for row in db.execute(
            "SELECT DISTINCT x.article_id FROM source_paths p"
            " JOIN article_sources x ON x.source_id = p.source_id"
            " WHERE p.path = ? ORDER BY x.article_id",
            [path],
        )
    ]


def source_id_and_path(db: Archive, sha256: str) -> tuple[int, str] | None:
    row = db.execute("SELECT id, path FROM sources WHERE sha256 = ?", [sha256]).fetchone()
    return (row[0], row[1]) if row else None


def source_paths(db: Archive, source_id: int) -> list[str]:
    """Every path (or URL) the file of this content was added from, oldest first."""
    return [
        row[0]
        for row in db.execute(
            "SELECT path FROM source_paths WHERE source_id = ? ORDER BY added_at, path",
            [source_id],
        )
    ]


def forget_path(db: Archive, source_id: int, path: str) -> None:
    """Forget one path of a file other paths still hold: the file's content, articles and
    agreements stay, and the file is shown by a path it still has."""
    db.execute("DELETE FROM source_paths WHERE source_id = ? AND path = ?", [source_id, path])
    db.execute(
        "UPDATE sources SET path = (SELECT path FROM source_paths WHERE source_id = ?"
        " ORDER BY added_at, path LIMIT 1) WHERE id = ? AND path = ?",
        [source_id, source_id, path],
    )


def source_articles(db: Archive, source_id: int) -> list[int]:
    """The articles cut from a source file, in the order they stand in it."""
    return [
        row[0]
        for row in db.execute(
            "SELECT article_id FROM article_sources WHERE source_id = ? ORDER BY position",
            [source_id],
        )
    ]


def article_path(db: Archive, article_id: int) -> str | None:
    """A path (or URL) of a file the article was read from, the first added; None when the
    article is gone."""
    row = db.execute(
        "SELECT p.path FROM article_sources x JOIN source_paths p ON p.source_id = x.source_id"
        " WHERE x.article_id = ? ORDER BY p.added_at, p.path LIMIT 1",
        [article_id],
    ).fetchone()
    return row[0] if row else None


def article_sources_of(db: Archive, article_id: int) -> list[int]:
    return [
        row[0]
        for row in db.execute(
            "SELECT source_id FROM article_sources WHERE article_id = ?", [article_id]
        )
    ]


def delete_article(db: Archive, article_id: int) -> set[int]:
    """Delete an article, its reports and its index entries; then every source left without
    an article. Returns the agreements that lost a report, for the caller to refresh."""
    report_ids = [
        row[0] for row in db.execute("SELECT id FROM reports WHERE article_id = ?", [article_id])
    ]
    agreements = delete_reports(db, report_ids)
    sources = article_sources_of(db, article_id)
    unindex_article(db, article_id, stored_text(db, article_id))
    db.execute("DELETE FROM articles WHERE id = ?", [article_id])
    db.execute(
        "DELETE FROM sources WHERE id IN (SELECT value FROM json_each(?)) AND NOT EXISTS"
        " (SELECT 1 FROM article_sources x WHERE x.source_id = sources.id)",
        [json.dumps(sources)],
    )
    return agreements


def delete_source(db: Archive, source_id: int) -> tuple[list[int], set[int]]:
    """Delete a source file and the articles no other source holds.

    Returns the deleted articles and the agreements that lost a report.
    """
    only_here = [
        article_id
        for article_id in source_articles(db, source_id)
        if article_sources_of(db, article_id) == [source_id]
    ]
    agreements: set[int] = set()
    for article_id in only_here:
        agreements |= delete_article(db, article_id)
    db.execute("DELETE FROM sources WHERE id = ?", [source_id])
    return only_here, agreements
