-- iWmo verzoeken (issue 5): WMO315 verzoek om toewijzing and WMO317 verzoek om wijziging from aanbieders as a
-- backoffice worklist, answered with a WMO319 (afgewezen / in onderzoek) or a WMO301 whose toewijzing carries the
-- ReferentieAanbieder of the verzoek (TR379). Also: delivery of outgoing messages with retry and backoff.

-- One row per ReferentieAanbieder: a WMO315 with several AangevraagdProducten gives one verzoek per product (each
-- is answered on its own, one WMO319 per referentie); a WMO317 gives one.
CREATE TABLE iwmo_verzoeken (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  -- The incoming message the verzoek came in.
  bericht_id uuid NOT NULL REFERENCES iwmo_berichten (id),
  berichtcode text NOT NULL CHECK (berichtcode IN ('WMO315', 'WMO317')),
  aanbieder_id uuid NOT NULL REFERENCES organisaties (id),
  persoon_id uuid NOT NULL REFERENCES personen (id),
  referentie_aanbieder text NOT NULL CHECK (length(referentie_aanbieder) BETWEEN 1 AND 36),
  dagtekening date NOT NULL,
  -- WJ758, only for a WMO317.
  reden_verzoek text CHECK (reden_verzoek IN ('1', '2')),
  -- What the aanbieder asks for, as read from the message (no names, no BSN).
  producten jsonb NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-onderzoek', 'toegewezen', 'afgewezen')),
  -- WJ759, with an afwijzing.
  reden_afwijzing text CHECK (reden_afwijzing ~ '^[1-9]$'),
  -- Internal note of the backoffice (not sent to the aanbieder: the WMO319 has no text field).
  toelichting text CHECK (length(toelichting) <= 2000),
  behandeld_door uuid REFERENCES medewerkers (id),
  behandeld_op timestamptz,
  -- The last answer (WMO319 or WMO301) in the outbox.
  antwoord_bericht_id uuid REFERENCES iwmo_berichten (id),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  -- TR347: a ReferentieAanbieder is unique for the aanbieder.
  UNIQUE (gemeente_code, aanbieder_id, referentie_aanbieder),
  CHECK (status <> 'afgewezen' OR reden_afwijzing IS NOT NULL)
);
CREATE INDEX iwmo_verzoeken_werklijst ON iwmo_verzoeken (status, aangemaakt_op, id);
CREATE INDEX iwmo_verzoeken_client ON iwmo_verzoeken (persoon_id, aanbieder_id);

-- The verzoek an outgoing answer (WMO319, WMO301) belongs to; the incoming message is iwmo_verzoeken.bericht_id.
ALTER TABLE iwmo_berichten ADD COLUMN verzoek_id uuid REFERENCES iwmo_verzoeken (id);
CREATE INDEX iwmo_berichten_verzoek ON iwmo_berichten (verzoek_id) WHERE verzoek_id IS NOT NULL;

-- A toewijzing that honours a verzoek carries its ReferentieAanbieder in every WMO301 it is in.
ALTER TABLE toewijzingen ADD COLUMN referentie_aanbieder text CHECK (length(referentie_aanbieder) BETWEEN 1 AND 36);
ALTER TABLE toewijzingen ADD COLUMN verzoek_id uuid REFERENCES iwmo_verzoeken (id);

-- Delivery: after a failed attempt the next one waits (backoff); the last error is kept for the backoffice.
ALTER TABLE iwmo_berichten ADD COLUMN volgende_poging_op timestamptz;
ALTER TABLE iwmo_berichten ADD COLUMN laatste_fout text CHECK (length(laatste_fout) <= 500);

ALTER TABLE iwmo_verzoeken ENABLE ROW LEVEL SECURITY;
CREATE POLICY iwmo_verzoeken_gemeente ON iwmo_verzoeken TO open_toegang_app
  USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()));
GRANT SELECT, INSERT, UPDATE ON iwmo_verzoeken TO open_toegang_app;
