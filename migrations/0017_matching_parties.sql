-- Each party a report names, with the agreement the report belongs to, the article it came
-- from, and whether that agreement's year is unknown: what `add`'s merge-candidate lookup
-- (store/matching.py) asks of every report it saves (issue 10, item 14).
--
-- Every agreement whose year is unknown may be the signing a dated report describes, when
-- they share a party; and a report whose year is unknown may join any agreement that shares
-- one. Answered from `parties` and `reports`, both lookups grew with the archive: a dated
-- report checked every undated agreement through its reports and their parties, an undated
-- one read the report of every party row with one of its names. Here one index seek per name
-- answers "which undated agreements name this party", and one range per name "which
-- agreements name it", each entry holding the agreement and article it needs.
--
-- "Undated" is the year the lookup compares with: the agreement_matching row's for an
-- agreement some correction applies to (its facts as the reports give them, migration 0009),
-- else the agreement row's own. Triggers keep the table in step with parties, reports,
-- agreements and agreement_matching; nothing else writes it.

CREATE TABLE matching_parties (
    party_id INTEGER PRIMARY KEY,       -- parties.id
    name TEXT NOT NULL,
    undated INTEGER NOT NULL,           -- 1 where the year compared with is unknown
    agreement_id INTEGER NOT NULL,
    article_id INTEGER NOT NULL
);

INSERT INTO matching_parties (party_id, name, undated, agreement_id, article_id)
SELECT p.id, p.name,
       coalesce((SELECT m.year IS NULL FROM agreement_matching m
                 WHERE m.agreement_id = r.agreement_id), a.year IS NULL),
       r.agreement_id, r.article_id
FROM parties p
JOIN reports r ON r.id = p.report_id
JOIN agreements a ON a.id = r.agreement_id;

CREATE INDEX matching_parties_name ON matching_parties (name, undated, agreement_id, article_id);

CREATE TRIGGER matching_parties_insert AFTER INSERT ON parties BEGIN
    INSERT INTO matching_parties (party_id, name, undated, agreement_id, article_id)
    SELECT NEW.id, NEW.name,
           coalesce((SELECT m.year IS NULL FROM agreement_matching m
                     WHERE m.agreement_id = r.agreement_id), a.year IS NULL),
           r.agreement_id, r.article_id
    FROM reports r JOIN agreements a ON a.id = r.agreement_id
    WHERE r.id = NEW.report_id;
END;

CREATE TRIGGER matching_parties_delete AFTER DELETE ON parties BEGIN
    DELETE FROM matching_parties WHERE party_id = OLD.id;
END;

CREATE TRIGGER matching_parties_party AFTER UPDATE OF name, report_id ON parties BEGIN
    DELETE FROM matching_parties WHERE party_id = OLD.id;
    INSERT INTO matching_parties (party_id, name, undated, agreement_id, article_id)
    SELECT NEW.id, NEW.name,
           coalesce((SELECT m.year IS NULL FROM agreement_matching m
                     WHERE m.agreement_id = r.agreement_id), a.year IS NULL),
           r.agreement_id, r.article_id
    FROM reports r JOIN agreements a ON a.id = r.agreement_id
    WHERE r.id = NEW.report_id;
END;

-- A report moved to another agreement (the owner's merge or split) takes its parties along.
CREATE TRIGGER matching_parties_report AFTER UPDATE OF agreement_id, article_id ON reports BEGIN
    UPDATE matching_parties
    SET agreement_id = NEW.agreement_id,
        article_id = NEW.article_id,
        undated = coalesce(
            (SELECT m.year IS NULL FROM agreement_matching m
             WHERE m.agreement_id = NEW.agreement_id),
            (SELECT a.year IS NULL FROM agreements a WHERE a.id = NEW.agreement_id),
            1)
    WHERE party_id IN (SELECT id FROM parties WHERE report_id = NEW.id);
END;

-- An agreement's year learnt or lost, where no correction keeps its matching facts apart.
CREATE TRIGGER matching_parties_year AFTER UPDATE OF year ON agreements
WHEN (OLD.year IS NULL) != (NEW.year IS NULL)
 AND NOT EXISTS (SELECT 1 FROM agreement_matching m WHERE m.agreement_id = NEW.id)
BEGIN
    UPDATE matching_parties SET undated = NEW.year IS NULL
    WHERE party_id IN (SELECT p.id FROM reports r JOIN parties p ON p.report_id = r.id
                       WHERE r.agreement_id = NEW.id);
END;

-- A corrected agreement is compared on its agreement_matching row's year while it has one,
-- on its own row's once the row goes.
CREATE TRIGGER matching_parties_matching_insert AFTER INSERT ON agreement_matching BEGIN
    UPDATE matching_parties SET undated = NEW.year IS NULL
    WHERE party_id IN (SELECT p.id FROM reports r JOIN parties p ON p.report_id = r.id
                       WHERE r.agreement_id = NEW.agreement_id);
END;

CREATE TRIGGER matching_parties_matching_year AFTER UPDATE OF year ON agreement_matching BEGIN
    UPDATE matching_parties SET undated = NEW.year IS NULL
    WHERE party_id IN (SELECT p.id FROM reports r JOIN parties p ON p.report_id = r.id
                       WHERE r.agreement_id = NEW.agreement_id);
END;

CREATE TRIGGER matching_parties_matching_delete AFTER DELETE ON agreement_matching BEGIN
    UPDATE matching_parties
    SET undated = coalesce(
        (SELECT a.year IS NULL FROM agreements a WHERE a.id = OLD.agreement_id), 1)
    WHERE party_id IN (SELECT p.id FROM reports r JOIN parties p ON p.report_id = r.id
                       WHERE r.agreement_id = OLD.agreement_id);
END;
