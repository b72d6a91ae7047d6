-- The archive: source files as read, the articles cut from them, and the agreements
-- extracted from those articles.
--
-- Raw and cleaned text are both kept so extraction can be re-run over the whole archive
-- (`mouarchive reextract`) without the original files. Raw text is compressed: it is read
-- only for re-processing, and uncompressed it would be a third of the archive. Content hashes sit in UNIQUE
-- columns so re-adding is a no-op.

CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,      -- of the file's bytes
    path TEXT NOT NULL,               -- absolute path (or "<stdin>") when first added
    encoding TEXT NOT NULL,           -- how the bytes were decoded, e.g. "cp949"
    warnings TEXT,                    -- decoding warnings, one per line
    raw_text BLOB NOT NULL,           -- decoded text before any cleaning, UTF-8, zlib-compressed
                                      -- (Python: zlib.decompress(raw_text).decode())
    added_at TEXT NOT NULL
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,      -- of the whitespace-free body: the same article in two files
    title TEXT,
    subtitle TEXT,
    outlet TEXT,
    reporter TEXT,
    email TEXT,
    url TEXT,
    published TEXT,                   -- ISO, possibly partial ("2023-06"); NULL when unknown
    published_precision TEXT NOT NULL DEFAULT 'unknown'
        CHECK (published_precision IN ('day', 'month', 'year', 'unknown')),
    body TEXT NOT NULL                -- cleaned text; every extracted span points into it
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet ON articles (outlet);

-- Which files an article came from (several when outlets or folders repeat it).
CREATE TABLE article_sources (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,        -- the article's place within the file, from 0
    PRIMARY KEY (article_id, source_id)
);
CREATE INDEX article_sources_source ON article_sources (source_id);

-- An agreement: one signing, however many articles report it. Its columns are the merged
-- facts of its reports (see mouarchive.merge.combine), kept here so listing, filtering and
-- exporting never re-merge. The JSON arrays let Datasette facet by party and region.
CREATE TABLE agreements (
    id INTEGER PRIMARY KEY,
    date TEXT,                        -- ISO, possibly partial; NULL when the year is unknown
    year INTEGER,
    month INTEGER,
    day INTEGER,                      -- kept even without a year ("12일")
    date_precision TEXT NOT NULL CHECK (date_precision IN ('day', 'month', 'year', 'unknown')),
    date_text TEXT,
    status TEXT NOT NULL CHECK (status IN ('signed', 'planned')),
    title TEXT,
    kind TEXT NOT NULL,
    place TEXT,
    parties TEXT NOT NULL DEFAULT '[]',       -- JSON array of names
    signatories TEXT NOT NULL DEFAULT '[]',   -- JSON array of {name, title, organization}
    regions TEXT NOT NULL DEFAULT '[]',       -- JSON array of canonical region names
    ambiguous_regions TEXT NOT NULL DEFAULT '[]', -- JSON array: readings the text left open
    clauses TEXT NOT NULL DEFAULT '[]',       -- JSON array of clause texts
    clauses_stated INTEGER
);
CREATE INDEX agreements_date ON agreements (year, month, day);

-- One article's account of one signing, with the evidence for each fact.
CREATE TABLE reports (
    id INTEGER PRIMARY KEY,
    agreement_id INTEGER NOT NULL REFERENCES agreements (id),
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,        -- order within the article
    year INTEGER,
    month INTEGER,
    day INTEGER,
    date_text TEXT,
    date_start INTEGER,
    date_end INTEGER,
    status TEXT NOT NULL CHECK (status IN ('signed', 'planned')),
    title TEXT,
    kind TEXT NOT NULL,
    place TEXT,
    clauses_stated INTEGER,
    evidence_start INTEGER,
    evidence_end INTEGER,
    UNIQUE (article_id, position)
);
CREATE INDEX reports_agreement ON reports (agreement_id);

CREATE TABLE parties (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    region TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX parties_report ON parties (report_id);
CREATE INDEX parties_name ON parties (name);

CREATE TABLE signatories (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    title TEXT,
    organization TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX signatories_report ON signatories (report_id);

CREATE TABLE report_regions (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    region TEXT NOT NULL,
    ambiguous INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX report_regions_report ON report_regions (report_id);
CREATE INDEX report_regions_region ON report_regions (region);

CREATE TABLE clauses (
    id INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX clauses_report ON clauses (report_id);
