-- The highest agreement and article ids ever given, so that an id names one thing for the
-- archive's life: an id whose agreement or article was removed (`remove`, a re-extraction
-- that no longer finds a signing) is never given to another, where a user's note, a saved
-- `show 12` or an exported row may still mean the old one. Kept by triggers, whoever
-- inserts; `store.agreements.new_agreement` and `store.sources` give ids above them.

CREATE TABLE issued_ids (
    kind TEXT PRIMARY KEY CHECK (kind IN ('agreement', 'article')),
    top INTEGER NOT NULL
);

INSERT INTO issued_ids (kind, top)
VALUES
    ('agreement', (SELECT coalesce(max(id), 0) FROM agreements)),
    ('article', (SELECT coalesce(max(id), 0) FROM articles));

CREATE TRIGGER agreement_id_issued AFTER INSERT ON agreements
BEGIN
    UPDATE issued_ids SET top = max(top, NEW.id) WHERE kind = 'agreement';
END;

CREATE TRIGGER article_id_issued AFTER INSERT ON articles
BEGIN
    UPDATE issued_ids SET top = max(top, NEW.id) WHERE kind = 'article';
END;
