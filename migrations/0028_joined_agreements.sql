-- An agreement `add` joined to another, because a new article told the two as one signing:
-- its id is given no more, and `show` of it names the agreement it joined and the article
-- that joined them (review 54 a2, S2). Joins made before this migration are not known.

CREATE TABLE joined_agreements (
    agreement_id INTEGER PRIMARY KEY,
    joined INTEGER NOT NULL,
    article_id INTEGER NOT NULL
);
