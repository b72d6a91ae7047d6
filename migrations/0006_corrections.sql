-- The owner's corrections, kept apart from what extraction says and applied over it
-- (mouarchive.corrections). Extraction can be re-run at any time (`reextract`, an
-- upgrade, a re-added file with a new date), and row ids may then change; so a
-- correction is bound to what outlives a re-extraction: the article's content hash and,
-- for an agreement, the reports it was made on (each by its place in the article and the
-- offset of the sentence it was read from).

CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    target TEXT NOT NULL CHECK (target IN ('agreement', 'article', 'source')),
    action TEXT NOT NULL
        CHECK (action IN ('set', 'add', 'remove', 'reject', 'merge', 'split', 'delete')),
    field TEXT,                       -- 'date', 'parties', ...; NULL for reject/merge/split/delete
    old_value TEXT,                   -- JSON: what the field held when corrected
    new_value TEXT,                   -- JSON: what the owner says it is
    note TEXT,
    label TEXT NOT NULL,              -- what the target was, for the listing ("#12 광주광역시·경기도 …")
    made_at TEXT NOT NULL,            -- ISO time, UTC
    undone_at TEXT                    -- set by `corrections --undo`; the row stays on record
);

-- What a correction is bound to. An agreement correction lists the reports it was made on
-- (the first that still exists decides which agreement it applies to); a merge or split
-- lists the reports of each side. An article correction has one key without a position;
-- a removed source, the hash of the file in `source_sha`.
CREATE TABLE correction_keys (
    correction_id INTEGER NOT NULL REFERENCES corrections (id) ON DELETE CASCADE,
    side INTEGER NOT NULL DEFAULT 0,  -- merge: 0 kept, 1.. merged in; split: 0 stays, 1 leaves
    ordinal INTEGER NOT NULL,
    article_sha TEXT,                 -- articles.sha256
    position INTEGER,                 -- reports.position within that article
    evidence_start INTEGER,           -- reports.evidence_start, to find the report again
    source_sha TEXT,                  -- sources.sha256, for a removed file
    PRIMARY KEY (correction_id, side, ordinal)
);
CREATE INDEX correction_keys_article ON correction_keys (article_sha);

-- The result of applying the corrections, kept on the rows so listings and exports stream
-- without re-applying them: which fields the owner corrected, and whether an agreement was
-- rejected (hidden from timeline, partners, search, stats and export, kept on record).
ALTER TABLE agreements ADD COLUMN rejected INTEGER NOT NULL DEFAULT 0;
ALTER TABLE agreements ADD COLUMN corrected TEXT NOT NULL DEFAULT '[]';
ALTER TABLE articles ADD COLUMN corrected TEXT NOT NULL DEFAULT '[]';
CREATE INDEX agreements_rejected ON agreements (id) WHERE rejected = 1;
