-- History of a person's details (issue 15): every correction through PATCH /personen/{id} keeps the
-- values it replaced, which fields changed, who and when. Insert-only for the application, like
-- rapportage_wijzigingen: history is never rewritten. The audit trail says that someone changed the
-- person; this says what it was before, for the caseworker and for an AVG inzage (art. 15).
CREATE TABLE persoon_wijzigingen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  persoon_id uuid NOT NULL REFERENCES personen (id),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_door uuid REFERENCES medewerkers (id),
  -- The API names of the changed fields (voornamen, adres, bsn, …).
  velden text[] NOT NULL CHECK (cardinality(velden) > 0),
  -- The values before the change, per field as the API shows them.
  vorige jsonb NOT NULL,
  -- A rectificatie (AVG art. 16) names its request.
  privacyverzoek_id uuid
);
CREATE INDEX persoon_wijzigingen_persoon ON persoon_wijzigingen (persoon_id, gewijzigd_op);

ALTER TABLE persoon_wijzigingen ENABLE ROW LEVEL SECURITY;
CREATE POLICY persoon_wijzigingen_gemeente ON persoon_wijzigingen TO open_toegang_app
  USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()));
GRANT SELECT, INSERT ON persoon_wijzigingen TO open_toegang_app;
