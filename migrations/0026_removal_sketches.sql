-- An article the owner removed one by one stays out when a file brings it again. Its hash
-- finds it when the text comes back unchanged; when the text comes back edited or read
-- differently (`reextract` by a newer reader), this sketch of it does (mouarchive/
-- resemblance.py): its 5-grams' smallest hashes, a JSON list, from which no text can be read,
-- with its outlet, since another outlet's copy of the same body is another article.

CREATE TABLE removal_sketches (
    correction_id INTEGER PRIMARY KEY REFERENCES corrections (id) ON DELETE CASCADE,
    sketch TEXT NOT NULL,
    outlet TEXT
);
