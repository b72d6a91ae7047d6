-- An ambiguous region lists every reading it may be (issue 10, item 9).
--
-- Extraction stores a bare "광주시" that its article did not pin down as its likelier reading,
-- 광주광역시, marked ambiguous. `agreements.ambiguous_regions` now holds all the readings
-- (광주광역시 and 경기도 광주시), so asking for either 광주, or for 경기도, finds the agreement
-- flagged "지역 모호", and Datasette's facet on the column counts it under both. A reading
-- that another report of the same agreement pins down settles it: nothing is left ambiguous.

UPDATE agreements
SET ambiguous_regions = CASE
    WHEN EXISTS (SELECT 1 FROM json_each(agreements.regions)
                 WHERE value IN ('광주광역시', '경기도 광주시')) THEN '[]'
    ELSE '["광주광역시", "경기도 광주시"]'
END
WHERE EXISTS (SELECT 1 FROM json_each(agreements.ambiguous_regions)
              WHERE value IN ('광주광역시', '경기도 광주시'));
