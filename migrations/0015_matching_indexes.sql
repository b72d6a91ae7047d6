-- Indexes that answer `add`'s merge-candidate lookups (store/matching.py) on their own,
-- without reading the table rows (issue 10, item 14). Every report saved asks which
-- agreements share a party with it: a dated report checks each agreement whose year is
-- unknown (its reports, and their parties' names), an undated one starts from the parties'
-- names. Those lookups read a report's agreement and article, a party's report and name;
-- with each index holding the column asked for next, a check is a seek in one index
-- instead of a seek and a table row. Each index keeps its name and its leading column, so
-- every other query uses it as before.

DROP INDEX reports_agreement;
CREATE INDEX reports_agreement ON reports (agreement_id, article_id);

DROP INDEX parties_report;
CREATE INDEX parties_report ON parties (report_id, name);

DROP INDEX parties_name;
CREATE INDEX parties_name ON parties (name, report_id);
