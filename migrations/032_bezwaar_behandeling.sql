-- Bezwaar, the rest of its handling (issue 19, ADR 0025): herroeping linked to the new beschikking
-- (Awb 7:11), beroep (Awb 8:1) and the bewaarplicht that follows from both.

-- Gegrond: the herziening that herroept the besluit (a wijziging or intrekking, ADR 0014).
ALTER TABLE bezwaren ADD COLUMN herroeping_beschikking_id uuid REFERENCES beschikkingen (id);
-- Beroep against the beslissing op bezwaar: filed (as the rechtbank tells us) and finished.
ALTER TABLE bezwaren ADD COLUMN beroep_ingesteld_op date;
ALTER TABLE bezwaren ADD COLUMN beroep_afgerond_op date;
ALTER TABLE bezwaren ADD CONSTRAINT bezwaren_beroep_volgorde
  CHECK (beroep_afgerond_op IS NULL OR (beroep_ingesteld_op IS NOT NULL AND beroep_afgerond_op >= beroep_ingesteld_op));
-- After the beslissing: the last day of the beroepstermijn (Awb 6:7, with the Atw). Until then, and
-- while a beroep runs, nothing of the case file is destroyed.
ALTER TABLE bezwaren ADD COLUMN bewaarplicht_tot date;

-- One row per bezwaar with a bewaarplicht: open, decided (until the beroepstermijn ends), or in
-- beroep. `tot` is null while it runs without an end date. Destruction (Archiefwet) on day D skips
-- every case file with a row where `tot IS NULL OR tot >= D` (D from the application's clock).
CREATE VIEW bezwaar_bewaarplichten WITH (security_invoker = true) AS
  SELECT z.id AS bezwaar_id, z.gemeente_code, z.beschikking_id, z.persoon_id,
         CASE WHEN z.status = 'open' OR (z.beroep_ingesteld_op IS NOT NULL AND z.beroep_afgerond_op IS NULL)
              THEN NULL ELSE z.bewaarplicht_tot END AS tot,
         CASE WHEN z.status = 'open' THEN 'bezwaar'
              WHEN z.beroep_ingesteld_op IS NOT NULL AND z.beroep_afgerond_op IS NULL THEN 'beroep'
              ELSE 'beroepstermijn' END AS grond
  FROM bezwaren z
  WHERE z.status = 'open'
     OR (z.beroep_ingesteld_op IS NOT NULL AND z.beroep_afgerond_op IS NULL)
     OR z.bewaarplicht_tot IS NOT NULL;
GRANT SELECT ON bezwaar_bewaarplichten TO open_toegang_app;

CREATE INDEX bezwaren_persoon ON bezwaren (persoon_id);
