-- Every path a source file was found at (issue 10, item 13).
--
-- A source is stored once per content (`sources.sha256`), under the path it was first added
-- from. The same bytes added again from another path (a file moved, copied, renamed) are not
-- stored twice, but the new path is recorded here, so `show --article` and the exports list
-- every place the article was read from. `sources.path` stays the first one.

CREATE TABLE source_paths (
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    path TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (source_id, path)
);
CREATE INDEX source_paths_path ON source_paths (path);

INSERT INTO source_paths (source_id, path, added_at) SELECT id, path, added_at FROM sources;
