-- A correction `review` listed for the owner to check (an edit of its file left it on a
-- signing with other parties or another kind) that the owner checked and kept where it
-- applies (`corrections --keep N`): when, so `review` lists it no more until an edit moves
-- it again, which clears this. NULL for every other correction.

ALTER TABLE corrections ADD COLUMN checked_at TEXT;
