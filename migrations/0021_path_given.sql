-- What the user gave (--date, --outlet, --url, --title, a manifest row) for each path a file
-- was added from, not only for the first: a file whose bytes were pasted on standard input
-- first and then added from its path, with values, keeps those values for that path when it
-- is edited and added again (newcomer 49, finding 5). Archives made before hold the values
-- given with each file's first path.

ALTER TABLE source_paths ADD COLUMN given TEXT;

UPDATE source_paths SET given = (
    SELECT s.given FROM sources s WHERE s.id = source_paths.source_id
)
WHERE path = (SELECT s.path FROM sources s WHERE s.id = source_paths.source_id);
