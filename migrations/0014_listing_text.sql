-- Each agreement's object as `show`, `timeline --format json|csv` and `export` print it,
-- kept beside it as JSON text (issue 10, item 15): at 100,000 articles, SQLite building the
-- 12,000 objects of `timeline --region 광주 --format json` (each with its sources, their
-- articles and first files looked up) took half of the command's time.
--
-- `agreements.listing` is that text, or NULL where it must be built again. The triggers below
-- set it to NULL whenever something it is made of changes, whichever code changes it: the
-- agreement's facts (extraction, merges, the owner's corrections, rejection), which reports
-- it has, the title, outlet or date of one of their articles, an article's files and a
-- file's path. Each write transaction builds the missing ones before it commits
-- (`store.listing.fill`), and readers build any still missing as they read, so a listing
-- read is always the object as built now.
--
-- `listing_shape` names the object's shape the texts were built in (a hash of the SQL that
-- builds it): a later version that prints the object differently finds another shape and
-- rebuilds every text rather than printing stale ones.

ALTER TABLE agreements ADD COLUMN listing TEXT;

CREATE INDEX agreements_unlisted ON agreements (id) WHERE listing IS NULL;

CREATE TABLE listing_shape (
    shape TEXT NOT NULL
);

CREATE TRIGGER listing_agreement AFTER UPDATE OF
    date, date_precision, date_text, status, title, kind, place, parties, signatories,
    regions, ambiguous_regions, clauses, clauses_stated, investment_krw, jobs, corrected,
    rejected
ON agreements
WHEN NEW.listing IS NOT NULL
BEGIN
    UPDATE agreements SET listing = NULL WHERE id = NEW.id;
END;

CREATE TRIGGER listing_report_insert AFTER INSERT ON reports
BEGIN
    UPDATE agreements SET listing = NULL WHERE id = NEW.agreement_id AND listing IS NOT NULL;
END;

CREATE TRIGGER listing_report_delete AFTER DELETE ON reports
BEGIN
    UPDATE agreements SET listing = NULL WHERE id = OLD.agreement_id AND listing IS NOT NULL;
END;

CREATE TRIGGER listing_report_update AFTER UPDATE OF agreement_id, article_id ON reports
BEGIN
    UPDATE agreements SET listing = NULL
    WHERE id IN (OLD.agreement_id, NEW.agreement_id) AND listing IS NOT NULL;
END;

CREATE TRIGGER listing_article AFTER UPDATE OF title, outlet, published ON articles
WHEN OLD.title IS NOT NEW.title OR OLD.outlet IS NOT NEW.outlet
    OR OLD.published IS NOT NEW.published
BEGIN
    UPDATE agreements SET listing = NULL
    WHERE id IN (SELECT agreement_id FROM reports WHERE article_id = NEW.id)
        AND listing IS NOT NULL;
END;

CREATE TRIGGER listing_article_source_insert AFTER INSERT ON article_sources
BEGIN
    UPDATE agreements SET listing = NULL
    WHERE id IN (SELECT agreement_id FROM reports WHERE article_id = NEW.article_id)
        AND listing IS NOT NULL;
END;

CREATE TRIGGER listing_article_source_delete AFTER DELETE ON article_sources
BEGIN
    UPDATE agreements SET listing = NULL
    WHERE id IN (SELECT agreement_id FROM reports WHERE article_id = OLD.article_id)
        AND listing IS NOT NULL;
END;

CREATE TRIGGER listing_source_path AFTER UPDATE OF path ON sources
WHEN OLD.path IS NOT NEW.path
BEGIN
    UPDATE agreements SET listing = NULL
    WHERE id IN (
        SELECT r.agreement_id FROM article_sources x JOIN reports r ON r.article_id = x.article_id
        WHERE x.source_id = NEW.id
    )
        AND listing IS NOT NULL;
END;
