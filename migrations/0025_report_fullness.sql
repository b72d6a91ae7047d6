-- How much a report tells (the signing done, a date to the day, a title, a place, a sum,
-- jobs, its listed items and parties), so that an agreement told by more reports than
-- `store.refresh.READ_REPORTS` is combined from those that tell most, not from whichever came
-- first: forty undated copies of a signing must not hide the one copy that dates it and lists
-- its items.
-- `store.report_rows.fullness` is the same sum, kept when a report is saved.

ALTER TABLE reports ADD COLUMN fullness INTEGER NOT NULL DEFAULT 0;

UPDATE reports SET fullness =
    (status = 'signed') * 16
    + (year IS NOT NULL) * 8 + (month IS NOT NULL) * 4 + (day IS NOT NULL) * 2
    + (title IS NOT NULL) + (place IS NOT NULL) + (investment_krw IS NOT NULL)
    + (jobs IS NOT NULL)
    + min(8, (SELECT count(*) FROM clauses c WHERE c.report_id = reports.id))
    + min(8, (SELECT count(*) FROM parties p WHERE p.report_id = reports.id));

CREATE INDEX reports_read_order ON reports (agreement_id, fullness DESC, article_id, position);
