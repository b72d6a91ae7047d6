-- Each agreement's object as `show`, `timeline --format json|csv` and `export` print it,
-- and what its entry in the `timeline` table shows, kept beside it as JSON text (issue 10,
-- item 15): at 100,000 articles, SQLite building the 12,000 objects of `timeline --region
-- 광주 --format json` (each with its sources, their articles and first files looked up)
-- took half of the command's time, and the 6,000 entries of `timeline --region 해남` most
-- of that one's.
--
-- `agreement_listings.text` is the object and `entry` the entry, both NULL where they must
-- be built again: a table of its own, since kept in `agreements` they doubled the pages
-- every scan of that table reads. The triggers below clear them whenever something they
-- are made of changes, whichever code changes it: the agreement's facts (extraction,
-- merges, the owner's corrections, rejection), which reports it has and their parties, the
-- title, outlet or date of one of their articles, an article's files, a file's path. Each
-- write transaction builds the cleared ones before it commits (`store.listing.fill`), and
-- readers build any still missing as they read, so what is read is always the object as
-- built now.
--
-- `listing_shape` names the shape the texts were built in (a hash of the SQL that builds
-- them): a later version that prints them differently finds another shape and builds
-- every text again rather than printing stale ones.

CREATE TABLE agreement_listings (
    agreement_id INTEGER PRIMARY KEY REFERENCES agreements (id) ON DELETE CASCADE,
    text TEXT,                        -- the object as JSON; NULL: to be built
    entry TEXT                        -- what its timeline entry shows, as JSON; NULL with text
);
CREATE INDEX agreement_listings_unbuilt ON agreement_listings (agreement_id) WHERE text IS NULL;

INSERT INTO agreement_listings (agreement_id) SELECT id FROM agreements;

CREATE TABLE listing_shape (
    shape TEXT NOT NULL
);

CREATE TRIGGER listing_new_agreement AFTER INSERT ON agreements
BEGIN
    INSERT OR REPLACE INTO agreement_listings (agreement_id) VALUES (NEW.id);
END;

CREATE TRIGGER listing_agreement AFTER UPDATE OF
    date, year, month, day, date_precision, date_text, status, title, kind, place, parties,
    signatories, regions, ambiguous_regions, clauses, clauses_stated, investment_krw, jobs,
    corrected, rejected, first_published
ON agreements
BEGIN
    UPDATE agreement_listings SET text = NULL, entry = NULL
    WHERE agreement_id = NEW.id AND text IS NOT NULL;
END;

CREATE TRIGGER listing_report_insert AFTER INSERT ON reports
BEGIN
    UPDATE agreement_listings SET text = NULL, entry = NULL
    WHERE agreement_id = NEW.agreement_id AND text IS NOT NULL;
END;

CREATE TRIGGER listing_report_delete AFTER DELETE ON reports
BEGIN
    UPDATE agreement_listings SET text = NULL, entry = NULL
    WHERE agreement_id = OLD.agreement_id AND text IS NOT NULL;
END;

CREATE TRIGGER listing_report_update AFTER UPDATE OF agreement_id, article_id ON reports
BEGIN
    UPDATE agreement_listings SET text = NULL, entry = NULL
    WHERE agreement_id IN (OLD.agreement_id, NEW.agreement_id) AND text IS NOT NULL;
END;

CREATE TRIGGER listing_party_insert AFTER INSERT ON parties
BEGIN
    UPDATE agreement_listings SET text = NULL, entry = NULL
    WHERE agreement_id = (SELECT agreement_id FROM reports WHERE id = NEW.report_id)
        AND text IS NOT NULL;
END;

CREATE TRIGGER listing_article AFTER UPDATE OF title, outlet, published ON articles
WHEN OLD.title IS NOT NEW.title OR OLD.outlet IS NOT NEW.outlet
    OR OLD.published IS NOT NEW.published
BEGIN
    UPDATE agreement_listings SET text = NULL, entry = NULL
    WHERE agreement_id IN (SELECT agreement_id FROM reports WHERE article_id = NEW.id)
        AND text IS NOT NULL;
END;

CREATE TRIGGER listing_article_source_insert AFTER INSERT ON article_sources
BEGIN
    UPDATE agreement_listings SET text = NULL, entry = NULL
    WHERE agreement_id IN (SELECT agreement_id FROM reports WHERE article_id = NEW.article_id)
        AND text IS NOT NULL;
END;

CREATE TRIGGER listing_article_source_delete AFTER DELETE ON article_sources
BEGIN
    UPDATE agreement_listings SET text = NULL, entry = NULL
    WHERE agreement_id IN (SELECT agreement_id FROM reports WHERE article_id = OLD.article_id)
        AND text IS NOT NULL;
END;

CREATE TRIGGER listing_source_path AFTER UPDATE OF path ON sources
WHEN OLD.path IS NOT NEW.path
BEGIN
    UPDATE agreement_listings SET text = NULL, entry = NULL
    WHERE agreement_id IN (
        SELECT r.agreement_id FROM article_sources x JOIN reports r ON r.article_id = x.article_id
        WHERE x.source_id = NEW.id
    )
        AND text IS NOT NULL;
END;
