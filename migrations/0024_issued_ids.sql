-- The highest agreement and article ids ever given, so that an id names one thing for the
-- archive's life: an id whose agreement or article was removed (`remove`, a re-extraction
-- that no longer finds a signing) is never given to another, where a user's note, a saved
-- `show 12` or an exported row may still mean the old one. Kept by triggers, whoever
-- inserts; `store.agreements.new_agreement` and `store.sources` give ids above them.

CREATE TABLE issued_ids (
    kind TEXT PRIMARY KEY CHECK (kind IN ('agreement', 'article')),
    top INTEGER NOT NULL
);

-- An archive made before this migration may have given ids it no longer holds: the owner's
-- corrections still name them ("#3 나래시·푸른에너지", "article 48: …", a merge's ids).
INSERT INTO issued_ids (kind, top)
VALUES
    ('agreement', max(
        (SELECT coalesce(max(id), 0) FROM agreements),
        (SELECT coalesce(max(CAST(substr(label, 2) AS INTEGER)), 0) FROM corrections
            WHERE label LIKE '#%'),
        (SELECT coalesce(max(CAST(j.value AS INTEGER)), 0) FROM corrections c, json_each(
            CASE WHEN json_valid(c.old_value) AND json_type(c.old_value) = 'array'
            THEN c.old_value ELSE '[]' END) j WHERE c.action = 'merge'))),
    ('article', max(
        (SELECT coalesce(max(id), 0) FROM articles),
        (SELECT coalesce(max(CAST(substr(label, 9) AS INTEGER)), 0) FROM corrections
            WHERE label LIKE 'article %')));

CREATE TRIGGER agreement_id_issued AFTER INSERT ON agreements
BEGIN
    UPDATE issued_ids SET top = max(top, NEW.id) WHERE kind = 'agreement';
END;

CREATE TRIGGER article_id_issued AFTER INSERT ON articles
BEGIN
    UPDATE issued_ids SET top = max(top, NEW.id) WHERE kind = 'article';
END;
