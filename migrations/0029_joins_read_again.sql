-- An agreement can join another when its article is read again too, not only as `add`
-- saves a new one: a date given to the article (`fix --article`, `add --date` of its file)
-- makes its signing the other's (newcomer 55, 9). `show` says which it was, and the joined
-- id comes back when the article, read again, tells its signing apart once more.

ALTER TABLE joined_agreements ADD COLUMN read_again INTEGER NOT NULL DEFAULT 0;
