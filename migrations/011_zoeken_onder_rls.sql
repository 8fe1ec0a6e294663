-- Searching under row-level security (issue 9, found with EXPLAIN ANALYZE at national size).
--
-- A policy's condition is evaluated before any user condition that is not leakproof, and such a
-- condition cannot become an index condition. lower() is not leakproof, so the surname search
-- `lower(achternaam) LIKE 'jans%'` could not use personen_naam: every search read all persons of
-- the gemeente (55,000 rows, ~50 ms, 200 ms under load). A stored lower-case copy lets the search
-- use the leakproof text_pattern operators (~>=~ and ~<~) on the index; LIKE stays as the exact check.
ALTER TABLE personen ADD COLUMN achternaam_zoek text GENERATED ALWAYS AS (lower(achternaam)) STORED;
DROP INDEX personen_naam;
CREATE INDEX personen_naam ON personen (gemeente_code, achternaam_zoek text_pattern_ops, geboortedatum);
