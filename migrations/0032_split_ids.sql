-- The ids a split told the owner: the agreement its leaving reports went to and the one its
-- staying reports kept ("now agreement #5", "its other sources are #2 again"). Undone, the
-- split's id opens nothing, and `show` of it says the split was undone and where its reports
-- are now (review 57 c, 4: it said they had been read again). Splits made before this
-- migration, or imported, are not known.

CREATE TABLE split_ids (
    correction_id INTEGER PRIMARY KEY REFERENCES corrections (id) ON DELETE CASCADE,
    leaving INTEGER NOT NULL,
    staying INTEGER NOT NULL
);
