-- Full-text search over articles and clauses (see mouarchive.search).
--
-- Korean words carry particles ("업무협약을") and outlets space compounds as they like
-- ("AI 데이터센터"), so word tokens cannot find "협약" or "AI데이터센터". Each table indexes
-- the overlapping character bigrams of the folded, whitespace-free text
-- (mouarchive.text.searchform.index_tokens), which the program computes and inserts. The
-- tokenizer keeps every non-space character in a token, so each bigram is one token.
--
-- The tables keep the sqlite-utils/Datasette shape (`<table>_fts`, content="<table>") so
-- Datasette offers its search box; there, a 2-character word finds exactly the articles
-- containing it. Never run the FTS 'rebuild' command on these tables: it would index the
-- stored words instead of the bigrams.

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body,
    content="articles", content_rowid="id",
    tokenize="unicode61 remove_diacritics 0 categories 'L* M* N* P* S* C*'"
);

CREATE VIRTUAL TABLE clauses_fts USING fts5(
    text,
    content="clauses", content_rowid="id",
    tokenize="unicode61 remove_diacritics 0 categories 'L* M* N* P* S* C*'"
);
