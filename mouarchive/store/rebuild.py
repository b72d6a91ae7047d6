"""What `reextract` reads and rewrites (migration 0010): the sources to read again, the
links between sources and articles made anew, articles replaced in place, and the aliases
of content hashes a rebuild changed.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from datetime import UTC, datetime

from mouarchive.models import Article
from mouarchive.store.connection import Archive
from mouarchive.store.indexes import ArticleText, reindex_article, stored_text
from mouarchive.store.sources import ARTICLE_COLUMNS, article_values, load_article


@dataclass
class StoredSource:
    """A source as kept: the bytes to read again and what its first reading knew."""

    id: int
    sha256: str
    path: str
    kind: str
    encoding: str  # how its reader decoded it (a page's charset), or the document kind
    data: bytes  # the original bytes when kept, else the text its reader made, as UTF-8
    raw_text: str
    reread: bool  # whether `data` is the original (the reader runs again from scratch)
    given: str | None  # the metadata the user gave (JSON), None when not known


def source_ids(db: Archive) -> list[int]:
    return [row[0] for row in db.execute("SELECT id FROM sources ORDER BY id")]


def load_source(db: Archive, source_id: int) -> StoredSource:
    sha, path, kind, encoding, raw, original, given = db.execute(
        "SELECT sha256, path, kind, encoding, raw_text, original, given FROM sources WHERE id = ?",
        [source_id],
    ).fetchone()
    text = zlib.decompress(raw).decode("utf-8")
    data = zlib.decompress(original) if original is not None else text.encode("utf-8")
    reread = original is not None
    return StoredSource(source_id, sha, path, kind, encoding, data, text, reread, given)


def update_source_text(
    db: Archive, source_id: int, *, text: str, encoding: str, warnings: list[str]
) -> None:
    """The text a source's reader makes now, read again from its original bytes."""
    db.execute(
        "UPDATE sources SET raw_text = ?, encoding = ?, warnings = ? WHERE id = ?",
        [zlib.compress(text.encode("utf-8"), 6), encoding, "\n".join(warnings) or None, source_id],
    )


def source_links(db: Archive) -> dict[int, list[tuple[int, int]]]:
    """Source id → its articles as (position, article id), in the order they stand in it."""
    links: dict[int, list[tuple[int, int]]] = {}
    for source_id, position, article_id in db.execute(
        "SELECT source_id, position, article_id FROM article_sources ORDER BY source_id, position"
    ):
        links.setdefault(source_id, []).append((position, article_id))
    return links


def clear_links(db: Archive) -> None:
    db.execute("DELETE FROM article_sources")


def article_shas(db: Archive) -> dict[int, str]:
    return dict(db.execute("SELECT id, sha256 FROM articles"))


def load_articles(db: Archive, article_ids: list[int]) -> dict[int, Article]:
    found = {}
    for article_id in article_ids:
        article = load_article(db, article_id)
        if article is not None:
            found[article_id] = article
    return found


def replace_article(db: Archive, article_id: int, sha256: str, article: Article) -> None:
    """An article as its source reads now, in place: its id stays, its text, hash and
    metadata are the new ones, its search entries follow. Its corrected metadata is
    applied again afterwards (`rebuild`), so the row starts uncorrected.

    A URL the row holds and the new reading lacks is kept: it was recorded when the page was
    fetched, and its source's reading never had it.

    Most articles read the same after an upgrade: their row is left as it is, so the
    rebuild neither re-indexes them nor fills the write-ahead log with their pages.
    """
    values = [*article_values(article, sha256), "[]"]
    columns = ", ".join((*ARTICLE_COLUMNS, "corrected"))
    stored = db.execute(f"SELECT {columns} FROM articles WHERE id = ?", [article_id]).fetchone()
    url = ARTICLE_COLUMNS.index("url")
    # An address the page was fetched from after its saved file came first (`record_url`):
    # the file's reading has none, and the URL stays the article's, known and not fetched.
    values[url] = values[url] or stored[url]
    if list(stored) == values:
        return
    held = stored_text(db, article_id)
    assignments = ", ".join(f"{name.strip()} = ?" for name in columns.split(","))
    db.execute(f"UPDATE articles SET {assignments} WHERE id = ?", [*values, article_id])
    reindex_article(db, article_id, held, ArticleText.of(article))


def alias(db: Archive, old_sha: str, new_sha: str | None) -> None:
    """Note that the article hashed `old_sha` is now hashed `new_sha` (None: gone). A hash
    that is an article's again is no alias any more, so a chain of them never loops."""
    db.execute("DELETE FROM article_aliases WHERE old_sha = ?", [new_sha])
    db.execute(
        "INSERT OR REPLACE INTO article_aliases (old_sha, new_sha, made_at) VALUES (?, ?, ?)",
        [old_sha, new_sha, datetime.now(UTC).isoformat(timespec="seconds")],
    )


def current_sha(db: Archive, sha256: str) -> str | None:
    """The hash an article hashed `sha256` has now, through the rebuilds since: itself
    when no rebuild changed it, None when a rebuild no longer yields it."""
    seen = set()
    while sha256 not in seen:
        seen.add(sha256)
        row = db.execute(
            "SELECT new_sha FROM article_aliases WHERE old_sha = ?", [sha256]
        ).fetchone()
        if row is None:
            return sha256
        if row[0] is None:
            return None
        sha256 = row[0]
    return sha256


def gone(db: Archive, sha256: str) -> bool:
    """Whether a rebuild found the article hashed `sha256` no more."""
    return current_sha(db, sha256) is None
