-- Intrekking of a beschikking (Wmo 2015 art. 2.3.10) as a new beschikking that references the old
-- one: from which date, and the iWmo RedenWijziging (WMO002) sent to the aanbieder.
ALTER TABLE beschikkingen ADD COLUMN ingetrokken_per date;
ALTER TABLE beschikkingen ADD COLUMN reden_wijziging text CHECK (reden_wijziging ~ '^[0-9]{2}$');
ALTER TABLE beschikkingen ADD CONSTRAINT beschikkingen_intrekking_check
  CHECK (soort <> 'intrekking' OR (vorige_beschikking_id IS NOT NULL AND ingetrokken_per IS NOT NULL AND reden_wijziging IS NOT NULL));
