-- An article's subheadlines are searchable (newcomer 47, finding 8): `show` prints them
-- under the title, and a reader who finds a phrase there expects `search` to find it, but
-- the indexes held only the title, body and captions. They become a column of both article
-- indexes, between the title and the body, which FTS5 cannot add to a table in place: the
-- indexes are made anew and `store.index_missing` fills them in this migration's
-- transaction, as for 0004 (every article, since each row of the new tables has four
-- columns). Never run the FTS 'rebuild' command on `articles_fts`: it would index the
-- stored text instead of its search form.

DROP TABLE articles_fts;
DROP TABLE articles_grams;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, subtitle, body, captions,
    content="articles", content_rowid="id",
    tokenize="trigram"
);

CREATE VIRTUAL TABLE articles_grams USING fts5(
    title, subtitle, body, captions,
    content="", detail=none,
    tokenize="unicode61 remove_diacritics 0 categories 'L* M* N* P* S* C*'"
);
