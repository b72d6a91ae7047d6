-- Two full-text indexes per searchable table, each answering the terms it can answer
-- exactly (see mouarchive.search), instead of one bigram index for every term.
--
-- `<table>_fts` (trigram tokenizer, full detail) holds the folded, whitespace-free text
-- (mouarchive.text.searchform.fold). A term of 3+ characters is a phrase of its trigrams,
-- which is exact and needs fewer, rarer tokens than the bigram phrase it replaces. It keeps
-- the sqlite-utils/Datasette shape (`<table>_fts`, content="<table>"), and because the
-- tokenizer is SQLite's own, Datasette's search box finds every word of 3+ characters,
-- spaced as the user likes ("데이터센터" finds "데이터 센터").
--
-- `<table>_grams` holds the overlapping bigrams of the same text
-- (mouarchive.text.searchform.index_tokens) for terms of 1 or 2 characters, which a
-- trigram cannot contain. Such a term is one token (or a prefix), so the index needs no
-- positions: detail=none keeps it to a tenth of the text's size.
--
-- Both are filled by the program, not by triggers (the text they hold is computed in
-- Python); `store.index_missing` fills them for articles and clauses written before this
-- migration. Never run the FTS 'rebuild' command on `<table>_fts`: it would index the
-- stored text instead of its search form.

DROP TABLE articles_fts;
DROP TABLE clauses_fts;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body,
    content="articles", content_rowid="id",
    tokenize="trigram"
);

CREATE VIRTUAL TABLE clauses_fts USING fts5(
    text,
    content="clauses", content_rowid="id",
    tokenize="trigram"
);

CREATE VIRTUAL TABLE articles_grams USING fts5(
    title, body,
    content="", detail=none,
    tokenize="unicode61 remove_diacritics 0 categories 'L* M* N* P* S* C*'"
);

CREATE VIRTUAL TABLE clauses_grams USING fts5(
    text,
    content="", detail=none,
    tokenize="unicode61 remove_diacritics 0 categories 'L* M* N* P* S* C*'"
);
