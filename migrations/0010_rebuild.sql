-- `reextract` rebuilds the archive from its sources: each is read again (from the bytes
-- kept in `sources.original`, else from `sources.raw_text`), cleaned, split and extracted
-- (mouarchive.rebuild), so improved readers and cleaning reach an archive already built.
--
-- `sources.given` is the metadata the user gave when the source was added (--date,
-- --outlet, --url, --title, or a manifest's columns), as JSON: a rebuilt article takes it
-- again over what its text says, as `add` did. NULL for sources added before this
-- migration, whose articles keep the metadata they have where they have it (which of it
-- the user gave cannot be told any more).
--
-- A rebuilt article whose cleaned body changed has a new content hash. The owner's
-- corrections bound to the old hash are re-bound to the new one (correction_keys), and the
-- pair is kept here so a correction exported before the rebuild still finds its article
-- when imported. `new_sha` is NULL when the rebuild no longer yields the article at all:
-- its corrections no longer apply, and `review` lists them.

ALTER TABLE sources ADD COLUMN given TEXT;

CREATE TABLE article_aliases (
    old_sha TEXT PRIMARY KEY,         -- articles.sha256 before a rebuild
    new_sha TEXT,                     -- after it; NULL when the article is gone
    made_at TEXT NOT NULL
);
