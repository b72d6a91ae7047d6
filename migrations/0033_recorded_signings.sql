-- Signings the owner recorded by hand (`mouarchive record`) are stored as corrections with
-- action 'add' and field 'signing' (`store.corrections._RECORD`): migration 0006's CHECK
-- knows no seventh action. A mouarchive older than this migration would read such a row as
-- an empty addition of a field it does not know, and its next `reextract` would drop the
-- owner's record without a word (review 58 d, 2). This migration exists so that the archive's
-- schema says it may hold records: an older mouarchive then refuses it as "made by a newer
-- mouarchive" instead of opening it. The index finds an archive's records for `show` of a
-- missing id (`recorded_as`).

CREATE INDEX corrections_recorded ON corrections (id)
WHERE action = 'add' AND field = 'signing';
