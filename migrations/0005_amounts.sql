-- What an agreement invests (in won) and the jobs it promises, each with the span of the
-- article it was read from (reports) and merged per agreement (agreements).
-- Archives made before this migration get the values on the next `mouarchive reextract`.

ALTER TABLE reports ADD COLUMN investment_krw INTEGER;
ALTER TABLE reports ADD COLUMN investment_start INTEGER;
ALTER TABLE reports ADD COLUMN investment_end INTEGER;
ALTER TABLE reports ADD COLUMN jobs INTEGER;
ALTER TABLE reports ADD COLUMN jobs_start INTEGER;
ALTER TABLE reports ADD COLUMN jobs_end INTEGER;

ALTER TABLE agreements ADD COLUMN investment_krw INTEGER;
ALTER TABLE agreements ADD COLUMN jobs INTEGER;
