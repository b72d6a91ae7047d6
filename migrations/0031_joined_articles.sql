-- The articles an agreement held when a new article joined it to another (`add`: the new
-- report told both as one signing). A split that parts one of them off again gives the
-- agreement its id back where that id is free, as it does for an id a merge took in or a
-- join by an article read again (0029); it gave a new id (stop 56's closing note). Joins
-- made before this migration are not known.

CREATE TABLE joined_articles (
    agreement_id INTEGER NOT NULL,
    article_sha TEXT NOT NULL,
    PRIMARY KEY (agreement_id, article_sha)
);
