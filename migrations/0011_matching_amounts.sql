-- The sum an agreement invests, as its reports say it, among the facts a new report is
-- compared with (store.matching): two outlets reporting the same parties investing the same
-- sum report one signing, even when neither gives its day. The program fills it for the
-- agreements already corrected when this migration is applied (store.connection).

ALTER TABLE agreement_matching ADD COLUMN investment_krw INTEGER;
