-- An agreement's items as the owner corrected them are what `search --in clauses` finds and
-- `export --what clauses` lists (issue 12): both read `clauses` and its indexes, so the
-- owner's additions and removals are kept there, not only in `agreements.clauses`.
--
-- A row is either an item as one article reported it (`report_id`, with the offsets of its
-- text in the article) or an item the owner added (`report_id` NULL, no offsets: no article
-- says it), one row for each of the agreement's added items, `position` its place in the
-- agreement's list. `removed` marks an article's item the owner removed from its
-- agreement: kept on record and in the indexes, left out of search, export and stats like
-- a rejected agreement's items unless `--include-rejected`.
--
-- `agreement_id` is the agreement the item is shown under: an added item belongs to no
-- report, and search and export select and order items by agreement. For an article's
-- item it is its report's agreement; the trigger below keeps it so when a merge or split
-- moves the report, whichever code moves it. `refresh_agreement` writes the owner's rows and
-- the `removed` marks with the rest of the agreement's facts (mouarchive.store.items).
--
-- The rows keep their ids, so `clauses_fts` and `clauses_grams` (keyed by id) stay valid.

CREATE TABLE clauses_new (
    id INTEGER PRIMARY KEY,
    report_id INTEGER REFERENCES reports (id) ON DELETE CASCADE,
    agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER,
    end INTEGER,
    removed INTEGER NOT NULL DEFAULT 0,
    CHECK ((report_id IS NULL) = (start IS NULL) AND (report_id IS NULL) = (end IS NULL))
);

INSERT INTO clauses_new (id, report_id, agreement_id, position, text, start, end)
SELECT c.id, c.report_id, r.agreement_id, c.position, c.text, c.start, c.end
FROM clauses c JOIN reports r ON r.id = c.report_id;

DROP TABLE clauses;
ALTER TABLE clauses_new RENAME TO clauses;

CREATE INDEX clauses_report ON clauses (report_id);
CREATE INDEX clauses_agreement ON clauses (agreement_id);
CREATE INDEX clauses_removed ON clauses (id) WHERE removed = 1;

CREATE TRIGGER clauses_follow_report AFTER UPDATE OF agreement_id ON reports
WHEN OLD.agreement_id IS NOT NEW.agreement_id
BEGIN
    UPDATE clauses SET agreement_id = NEW.agreement_id WHERE report_id = NEW.id;
END;
