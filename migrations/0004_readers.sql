-- Inputs other than text files (saved web pages, URLs, PDF/DOCX/HWPX press releases), and
-- photo captions kept apart from the article body (see mouarchive.readers).
--
-- `sources.kind` says which reader read a source; `sources.original` keeps the bytes it
-- read (zlib-compressed) when they are not plain text, so the reader can be run again
-- without the file or the web page, which may have changed or gone. `raw_text` stays the
-- text the reader handed to the pipeline. URL sources carry the URL as their `path`,
-- looked up when the same URL is added again.
--
-- `articles.captions` is a JSON array of the photo captions printed with the article
-- (models.Article.captions). They are searchable as a third column of the article's two
-- indexes, which FTS5 cannot add to a table in place: the indexes are made anew and
-- `store.index_missing` fills them in this migration's transaction, as for 0003.
-- Never run the FTS 'rebuild' command on `articles_fts`: it would index the stored text
-- instead of its search form.

ALTER TABLE sources ADD COLUMN kind TEXT NOT NULL DEFAULT 'text';
ALTER TABLE sources ADD COLUMN original BLOB;
CREATE INDEX sources_path ON sources (path);

ALTER TABLE articles ADD COLUMN captions TEXT NOT NULL DEFAULT '[]';
CREATE INDEX articles_url ON articles (url);

DROP TABLE articles_fts;
DROP TABLE articles_grams;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, captions,
    content="articles", content_rowid="id",
    tokenize="trigram"
);

CREATE VIRTUAL TABLE articles_grams USING fts5(
    title, body, captions,
    content="", detail=none,
    tokenize="unicode61 remove_diacritics 0 categories 'L* M* N* P* S* C*'"
);
