-- What a new report is compared with when it is saved (store.agreements._merge_candidates):
-- an agreement's merged facts as its reports say them, before the owner's corrections.
--
-- The agreement row holds the corrected facts, which is what every listing shows. Matching
-- on them let a display correction decide which reports join: an owner who set the date
-- an article got wrong, or marked a signing planned, kept the next outlet's report of the
-- very same text from joining it. A report joins by what the reports say; the owner
-- decides grouping only through merge and split.
--
-- Only agreements some correction applies to have a row here: for every other agreement,
-- the row itself holds the facts as extracted, and matching reads it. `refresh_agreement`
-- keeps this table in step; the program fills it for the agreements already corrected
-- when this migration is applied (store.connection).

CREATE TABLE agreement_matching (
    agreement_id INTEGER PRIMARY KEY REFERENCES agreements (id) ON DELETE CASCADE,
    year INTEGER,
    month INTEGER,
    day INTEGER,
    date_text TEXT,
    status TEXT NOT NULL,
    title TEXT,
    kind TEXT NOT NULL,
    parties TEXT NOT NULL DEFAULT '[]',       -- JSON array of names, as in agreements
    clauses TEXT NOT NULL DEFAULT '[]'        -- JSON array of clause texts
);
CREATE INDEX agreement_matching_date ON agreement_matching (year, month, day);
