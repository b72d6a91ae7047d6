-- Where each report of a removed article stood (one by one or with its file): the agreement
-- it was in, found again by its article's hash and the report's place in it. The article let
-- back in and read again (`add` of its file, `reextract`) brings its signing back under the
-- id the owner saw, where that id is free, and `show` of an id that went with it says so
-- (newcomer 55, 4 and 8: it came back under a new id, and `show` of the old one guessed).
-- Removals made before this migration keep no places.

CREATE TABLE removal_reports (
    correction_id INTEGER NOT NULL REFERENCES corrections (id) ON DELETE CASCADE,
    article_sha TEXT NOT NULL,
    position INTEGER NOT NULL,
    evidence_start INTEGER,
    agreement_id INTEGER NOT NULL,
    parties TEXT NOT NULL,
    PRIMARY KEY (correction_id, article_sha, position)
);
CREATE INDEX removal_reports_agreement ON removal_reports (agreement_id);
