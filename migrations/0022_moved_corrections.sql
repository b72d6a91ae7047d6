-- A correction whose signing an edit of its file changed (other parties, another kind) while
-- it still applies, by the signing's place in the article: what that signing was, so that
-- `review` lists it to be checked rather than let it move without a word (newcomer 49,
-- finding 20). NULL for every other correction.

ALTER TABLE corrections ADD COLUMN moved_from TEXT;
