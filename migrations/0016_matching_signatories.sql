-- Who signed, as an agreement's reports say it, among the facts a new report is compared with
-- (store.matching): two outlets naming the same parties and the same person signing for one
-- of them report one signing even when only one gives its day, and a party one outlet writes
-- in Latin letters and another in Hangul is one party when one person signs for it. The
-- program fills it for the agreements already corrected when this migration is applied
-- (store.schema).

ALTER TABLE agreement_matching ADD COLUMN signatories TEXT NOT NULL DEFAULT '[]';
