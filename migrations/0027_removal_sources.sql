-- The files an article removed one by one was cut from (by their hash), so that adding one
-- of them again unchanged, which reads nothing, can still say the removal keeps that article
-- out (review 54 a2, S1). Removals made before this migration name no file.

CREATE TABLE removal_sources (
    correction_id INTEGER NOT NULL REFERENCES corrections (id) ON DELETE CASCADE,
    source_sha TEXT NOT NULL,
    PRIMARY KEY (correction_id, source_sha)
);
CREATE INDEX removal_sources_source ON removal_sources (source_sha);
