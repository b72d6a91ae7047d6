-- How many partners a report's signing sentence counts ("국적 저비용항공사(LCC) 9개사와",
-- "9개 항공사(에어부산, 진에어, …)와"), kept with each report, each agreement (the largest of
-- its reports') and, for a corrected agreement, among the facts a new report is compared with
-- (store.matching). A report that knows only the day of the month ("19일") may join an
-- agreement dated in full, and a report counting nine partners is not the signing of two
-- bodies another year (merge.same_signing). Reports saved before this migration have none
-- until `reextract` reads their articles again.

ALTER TABLE reports ADD COLUMN partners_counted INTEGER;
ALTER TABLE agreements ADD COLUMN partners_counted INTEGER;
ALTER TABLE agreement_matching ADD COLUMN partners_counted INTEGER;
