-- Privacyverzoeken (issue 18, item 4): data-subject requests under AVG art. 15-22, registered by the
-- privacy officer with the one-month term of art. 12 lid 3 and its verlenging by two months. The
-- terms are computed in src/domain/privacy/avg-termijnen.ts and stored, so the worklist sorts on them.
-- A decision is a besluit (UAVG art. 34); its letter (with bezwaarclausule) is stored as content and
-- rendered to PDF after commit (ADR 0020).
CREATE TABLE privacyverzoeken (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  persoon_id uuid NOT NULL REFERENCES personen (id),
  soort text NOT NULL CHECK (soort IN ('inzage', 'rectificatie', 'beperking', 'bezwaar', 'wissen')),
  ontvangstdatum date NOT NULL,
  toelichting text CHECK (length(toelichting) <= 2000),
  afhandeling_uiterlijk date NOT NULL,
  verlenging_melden_uiterlijk date NOT NULL,
  -- Verlenging (art. 12 lid 3): the new term, the reason told to the aanvrager and when.
  verlengd_uiterlijk date,
  verlenging_reden text CHECK (length(verlenging_reden) BETWEEN 1 AND 2000),
  verlengd_op date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'afgehandeld')),
  besluit text CHECK (besluit IN ('toegewezen', 'gedeeltelijk-toegewezen', 'afgewezen')),
  motivering text CHECK (length(motivering) BETWEEN 1 AND 4000),
  afgehandeld_op date,
  afgehandeld_door uuid REFERENCES medewerkers (id),
  besluit_brief jsonb,
  geregistreerd_door uuid REFERENCES medewerkers (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  versie integer NOT NULL DEFAULT 1,
  CHECK ((verlengd_uiterlijk IS NULL) = (verlenging_reden IS NULL)),
  CHECK ((status = 'afgehandeld') = (besluit IS NOT NULL AND afgehandeld_op IS NOT NULL))
);
CREATE INDEX privacyverzoeken_werklijst ON privacyverzoeken (gemeente_code, status, afhandeling_uiterlijk);
CREATE INDEX privacyverzoeken_persoon ON privacyverzoeken (persoon_id);

ALTER TABLE privacyverzoeken ENABLE ROW LEVEL SECURITY;
CREATE POLICY privacyverzoeken_gemeente ON privacyverzoeken TO open_toegang_app
  USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()));
GRANT SELECT, INSERT, UPDATE ON privacyverzoeken TO open_toegang_app;
