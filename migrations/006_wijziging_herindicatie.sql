-- Wijziging of a beschikking (Wmo 2015 art. 2.3.10: herziening, as a new beschikking that references the
-- old one) and the light herindicatie (a new period for an unchanged situation, without a full onderzoek).
ALTER TABLE beschikkingen DROP CONSTRAINT beschikkingen_soort_check;
ALTER TABLE beschikkingen ADD CONSTRAINT beschikkingen_soort_check
  CHECK (soort IN ('besluit', 'wijziging', 'intrekking', 'herindicatie'));

-- Wat bij een lichte herindicatie is vastgesteld: contact with the resident (when, how), the answers to
-- "is anything changed?" per aspect, and the voorziening that is continued. Kept as evidence, read by
-- the letter and by monitoring (a herindicatie without an onderzoek must be recognisable as such).
ALTER TABLE beschikkingen ADD COLUMN herindicatie jsonb;

-- A wijziging ends the old voorzieningen on `ingetrokken_per` (the day before the new ones start) and
-- tells the aanbieder why (WMO002); a herindicatie continues one voorziening of the old beschikking.
ALTER TABLE beschikkingen ADD CONSTRAINT beschikkingen_wijziging_check
  CHECK (soort <> 'wijziging' OR (vorige_beschikking_id IS NOT NULL AND ingetrokken_per IS NOT NULL AND reden_wijziging IS NOT NULL));
ALTER TABLE beschikkingen ADD CONSTRAINT beschikkingen_herindicatie_check
  CHECK (soort <> 'herindicatie' OR (vorige_beschikking_id IS NOT NULL AND herindicatie IS NOT NULL));


-- A wijziging may answer a new aanvraag of the resident (e.g. more hours); one beschikking per aanvraag.
DROP INDEX beschikkingen_aanvraag;
CREATE UNIQUE INDEX beschikkingen_aanvraag ON beschikkingen (aanvraag_id) WHERE aanvraag_id IS NOT NULL;

-- The voorziening a herindicatie continues (so it is planned once, and the worklist can show it as done).
ALTER TABLE voorzieningen ADD COLUMN vervolg_op uuid REFERENCES voorzieningen (id);
-- Unique: one herindicatie (concept or fixed) continues a voorziening; a second draft is refused.
CREATE UNIQUE INDEX voorzieningen_vervolg_op ON voorzieningen (vervolg_op) WHERE vervolg_op IS NOT NULL;

-- The backoffice's list of aanvragen to decide on, by deadline.
CREATE INDEX aanvragen_status_uiterlijk ON aanvragen (gemeente_code, status, beschikking_uiterlijk);

-- A concept (never fixed, never sent) may be discarded by the backoffice; fixed beschikkingen stay forever.
GRANT DELETE ON beschikkingen TO open_toegang_app;
