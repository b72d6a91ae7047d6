-- Each source of an agreement's printed object lists every path its article was read from
-- (`paths`, beside the first `path`; store.listing.AGREEMENT_JSON), so a path recorded for a
-- known file (a copy added from another folder) or forgotten (`remove PATH` of a copy)
-- changes the object: its stored text is cleared, as for the other facts it is made of
-- (migration 0014), and built again before the write commits.

CREATE TRIGGER listing_source_paths_insert AFTER INSERT ON source_paths
BEGIN
    UPDATE agreement_listings SET text = NULL, entry = NULL
    WHERE agreement_id IN (
        SELECT r.agreement_id FROM article_sources x JOIN reports r ON r.article_id = x.article_id
        WHERE x.source_id = NEW.source_id
    )
        AND text IS NOT NULL;
END;

CREATE TRIGGER listing_source_paths_delete AFTER DELETE ON source_paths
BEGIN
    UPDATE agreement_listings SET text = NULL, entry = NULL
    WHERE agreement_id IN (
        SELECT r.agreement_id FROM article_sources x JOIN reports r ON r.article_id = x.article_id
        WHERE x.source_id = OLD.source_id
    )
        AND text IS NOT NULL;
END;
