-- What `timeline` and `partners` select and order by, kept beside each agreement (issue 10,
-- item 15): at 100,000 articles, recomputing them for every candidate took most of a
-- listing's time.
--
-- `agreements.first_published` is the date of the earliest article reporting the agreement,
-- the tie-break of timeline order. `refresh_agreement` sets it with the other merged facts
-- whenever the agreement's reports change; the trigger below follows an article whose date
-- is changed afterwards (`fix --article`, a second copy that brings the date it lacked).
--
-- `agreement_regions` lists every region an agreement lies in, certain or one reading of a
-- bare 광주시 the text left open: the agreement's `regions` and `ambiguous_regions` after
-- the owner's corrections, one row each, so `--region 광주` is a range read of the primary
-- key (광주광역시 and "광주광역시 …" districts). Triggers keep it in step with the two
-- columns, whichever code writes them; deleting an agreement deletes its rows (cascade).

ALTER TABLE agreements ADD COLUMN first_published TEXT;

UPDATE agreements SET first_published = (
    SELECT min(a.published) FROM reports r JOIN articles a ON a.id = r.article_id
    WHERE r.agreement_id = agreements.id
);

CREATE TRIGGER agreements_first_published AFTER UPDATE OF published ON articles
WHEN OLD.published IS NOT NEW.published
BEGIN
    UPDATE agreements SET first_published = (
        SELECT min(a.published) FROM reports r JOIN articles a ON a.id = r.article_id
        WHERE r.agreement_id = agreements.id
    )
    WHERE id IN (SELECT agreement_id FROM reports WHERE article_id = NEW.id);
END;

CREATE TABLE agreement_regions (
    region TEXT NOT NULL,             -- canonical name, as in agreements.regions
    agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    PRIMARY KEY (region, agreement_id)
) WITHOUT ROWID;
CREATE INDEX agreement_regions_agreement ON agreement_regions (agreement_id);

INSERT OR IGNORE INTO agreement_regions (region, agreement_id)
SELECT j.value, g.id FROM agreements g, json_each(g.regions) j
UNION ALL
SELECT j.value, g.id FROM agreements g, json_each(g.ambiguous_regions) j;

CREATE TRIGGER agreement_regions_insert AFTER INSERT ON agreements
BEGIN
    INSERT OR IGNORE INTO agreement_regions (region, agreement_id)
    SELECT value, NEW.id FROM json_each(NEW.regions)
    UNION ALL
    SELECT value, NEW.id FROM json_each(NEW.ambiguous_regions);
END;

CREATE TRIGGER agreement_regions_update AFTER UPDATE OF regions, ambiguous_regions ON agreements
WHEN OLD.regions IS NOT NEW.regions OR OLD.ambiguous_regions IS NOT NEW.ambiguous_regions
BEGIN
    DELETE FROM agreement_regions WHERE agreement_id = OLD.id;
    INSERT OR IGNORE INTO agreement_regions (region, agreement_id)
    SELECT value, NEW.id FROM json_each(NEW.regions)
    UNION ALL
    SELECT value, NEW.id FROM json_each(NEW.ambiguous_regions);
END;
