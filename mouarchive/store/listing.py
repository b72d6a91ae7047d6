"""Each agreement's printed object and its timeline entry kept as JSON text beside it
(migration 0014), so a long listing reads one text per agreement instead of SQLite building
thousands of objects from five tables.

The texts are only ever copies of what `AGREEMENT_JSON` and `ENTRY_JSON` build now:
triggers clear them when anything they are made of changes, `fill` builds the cleared ones
before each write commits, and `_AGREEMENT_TEXT` and `_ENTRY_TEXT` build any a reader still
finds missing. A version of the program that builds them differently finds another shape
recorded and builds them all anew.
"""

from __future__ import annotations

import zlib

from mouarchive.store.ambiguity import ambiguous_party
from mouarchive.store.connection import Archive

_FIRST_PATH = (
    "(SELECT path FROM sources WHERE id ="
    " (SELECT min(source_id) FROM article_sources WHERE article_id = a.id))"
)
_EVERY_PATH = (
    "(SELECT json_group_array(path) FROM (SELECT p.path FROM article_sources x"
    "   JOIN source_paths p ON p.source_id = x.source_id WHERE x.article_id = a.id"
    "   ORDER BY x.source_id, p.added_at, p.rowid))"
)
"""Every path (or URL) an article was read from, as `export --what articles` lists them:
a copy in another folder, or the same article saved in another encoding or as a page."""
AGREEMENT_JSON = (
    "json_object('id', g.id, 'date', g.date, 'date_precision', g.date_precision,"
    " 'date_text', g.date_text, 'status', g.status, 'title', g.title, 'kind', g.kind,"
    " 'place', g.place, 'parties', json(g.parties), 'signatories', json(g.signatories),"
    " 'regions', json(g.regions), 'ambiguous_regions', json(g.ambiguous_regions),"
    " 'clauses', json(g.clauses), 'clauses_stated', g.clauses_stated,"
    " 'investment_krw', g.investment_krw, 'jobs', g.jobs,"
    " 'sources', (SELECT json_group_array(json_object('article_id', s.id, 'path', s.path,"
    "   'paths', json(s.paths), 'outlet', s.outlet, 'title', s.title, 'published', s.published))"
    f"   FROM (SELECT a.id, {_FIRST_PATH} AS path, {_EVERY_PATH} AS paths, a.outlet, a.title,"
    "     a.published"
    "     FROM reports r JOIN articles a ON a.id = r.article_id WHERE r.agreement_id = g.id"
    "     GROUP BY a.id ORDER BY a.published IS NULL, a.published, a.id) s),"
    " 'corrected', json(g.corrected),"
    " 'rejected', json(CASE WHEN g.rejected THEN 'true' ELSE 'false' END),"
    " 'ambiguous_parties', (SELECT json_group_array(j.value) FROM json_each(g.parties) j"
    f"   WHERE {ambiguous_party('j.value')}),"
    " 'month', g.month, 'day', g.day)"
)
"""The agreement object scripts depend on (issue #3's shape: the columns in order, then the
sources, one per reporting article, oldest first, with the file it was first read from
and every path it was read from), with the parties read from a bare 광주시 the text left open,
with which fields the owner corrected and whether it was rejected, and the month and day
known of a date without its year ("12일": day 12), which `date` cannot hold. Built by SQLite as JSON
text, so a long listing is written without being taken apart and put together again in
Python; `show` and `export` read the same text."""

FIRST_REPORT = (
    "(SELECT json_array(a.title, (SELECT count(DISTINCT o.agreement_id) FROM reports o"
    "   WHERE o.article_id = a.id))"
    " FROM reports r JOIN articles a ON a.id = r.article_id WHERE r.agreement_id = g.id"
    " ORDER BY a.published IS NULL, a.published, a.id LIMIT 1)"
)
"""The headline of agreement g's first report, and how many agreements that article reports:
what `shown_titles.lent_headline` needs to tell whether the headline is g's own."""

# What a timeline entry shows, as one JSON object (one decode a row, not one a column): the
# summary's facts, title and marks, how many clauses, the outlet of each reporting article
# in the order `show` lists its sources (oldest first), and the first one's headline
# (`FIRST_REPORT`).
ENTRY_JSON = (
    "json_object('id', g.id, 'year', g.year, 'month', g.month, 'day', g.day,"
    " 'status', g.status, 'kind', g.kind, 'parties', json(g.parties),"
    " 'regions', json(g.regions), 'ambiguous_regions', json(g.ambiguous_regions),"
    " 'party_regions', (SELECT json_group_array(json_array(p.name, p.region)) FROM parties p"
    "   JOIN reports r ON r.id = p.report_id WHERE r.agreement_id = g.id),"
    " 'first_published', g.first_published, 'title', g.title, 'date_text', g.date_text,"
    " 'rejected', g.rejected, 'corrected', g.corrected != '[]',"
    " 'clauses', json_array_length(g.clauses),"
    " 'outlets', (SELECT json_group_array(outlet) FROM (SELECT a.outlet FROM reports r"
    "   JOIN articles a ON a.id = r.article_id WHERE r.agreement_id = g.id"
    "   GROUP BY a.id ORDER BY a.published IS NULL, a.published, a.id)),"
    f" 'headline', json({FIRST_REPORT}))"
)

SHAPE = format(zlib.crc32((AGREEMENT_JSON + ENTRY_JSON).encode("utf-8")), "08x")
"""The shape the stored texts were built in: another `AGREEMENT_JSON` or `ENTRY_JSON`,
another shape."""

_AGREEMENT_TEXT = (
    f"coalesce((SELECT text FROM agreement_listings WHERE agreement_id = g.id), {AGREEMENT_JSON})"
)
"""An agreement's object as JSON text: the stored copy, or built now where there is none.
Only for an archive whose copies are of this shape (`current`)."""
_ENTRY_TEXT = (
    f"coalesce((SELECT entry FROM agreement_listings WHERE agreement_id = g.id), {ENTRY_JSON})"
)
"""The same for a timeline entry."""


def has_listing(db: Archive) -> bool:
    """Whether the archive keeps the texts: one upgraded by migration 0014."""
    return (
        db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'listing_shape'"
        ).fetchone()
        is not None
    )


def current(db: Archive) -> bool:
    """Whether the stored texts are of this version's shape, so they may be read."""
    if not has_listing(db):
        return False
    row = db.execute("SELECT shape FROM listing_shape").fetchone()
    return row is not None and row[0] == SHAPE


def object_sql(db: Archive) -> str:
    """The SQL expression of an agreement's object (`g` its row) for this archive."""
    return _AGREEMENT_TEXT if current(db) else AGREEMENT_JSON


def entry_sql(db: Archive) -> str:
    """The SQL expression of an agreement's timeline entry (`g` its row) for this archive."""
    return _ENTRY_TEXT if current(db) else ENTRY_JSON


def fill(db: Archive) -> None:
    """Build the texts a write cleared (all of them when their shape is not this version's),
    inside the write's transaction, just before it commits."""
    if not has_listing(db):
        return
    if not current(db):
        db.execute("UPDATE agreement_listings SET text = NULL, entry = NULL WHERE text IS NOT NULL")
        db.execute("DELETE FROM listing_shape")
        db.execute("INSERT INTO listing_shape (shape) VALUES (?)", [SHAPE])
    db.execute(
        f"UPDATE agreement_listings SET (text, entry) = (SELECT {AGREEMENT_JSON}, {ENTRY_JSON}"
        " FROM agreements g WHERE g.id = agreement_listings.agreement_id) WHERE text IS NULL"
    )
