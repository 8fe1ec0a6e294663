-- BRP (Haal Centraal BRP Personen 2.x, ADR 0028): where a person's data came from, our own
-- protocol of every question put to the BRP, and the differences the nightly check found.

-- bron: 'brp' when name, birth date and address were taken over from a BRP answer at registration,
-- 'handmatig' when typed (also when the BRP could not be reached: "niet uit BRP").
ALTER TABLE personen ADD COLUMN bron text NOT NULL DEFAULT 'handmatig' CHECK (bron IN ('brp', 'handmatig'));

-- Protocollering on our side (Wet BRP art. 3.22 asks the BRP to log what it provides; this is the
-- afnemer's counterpart): who asked, for which purpose, which BSN or search, which fields. The
-- audit row of the same request points here (object_type 'brp-bevraging'). No BRP answer is kept.
CREATE TABLE brp_bevragingen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  tijdstip timestamptz NOT NULL DEFAULT now(),
  -- NULL: the nightly job (verschil met BRP) asked, not a person.
  gebruiker_id uuid REFERENCES gebruikers (id),
  soort text NOT NULL CHECK (soort IN ('RaadpleegMetBurgerservicenummer', 'ZoekMetPostcodeEnHuisnummer')),
  bsns text[] NOT NULL DEFAULT '{}',
  zoekvraag jsonb,
  velden text[] NOT NULL,
  doel text NOT NULL CHECK (length(doel) BETWEEN 1 AND 100),
  verwerking text NOT NULL CHECK (length(verwerking) BETWEEN 1 AND 200),
  resultaat text NOT NULL CHECK (resultaat IN ('gevonden', 'niet-gevonden', 'fout')),
  aantal integer NOT NULL DEFAULT 0,
  http_status integer
);
CREATE INDEX brp_bevragingen_tijdstip ON brp_bevragingen (gemeente_code, tijdstip);

-- A difference between our person and the BRP on an open case: a signal for the household's
-- contactpersoon. Never an automatic overwrite; the medewerker decides and closes the signal.
CREATE TABLE brp_signalen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  persoon_id uuid NOT NULL REFERENCES personen (id),
  huishouden_id uuid REFERENCES huishoudens (id),
  contactpersoon_id uuid REFERENCES medewerkers (id),
  soort text NOT NULL CHECK (soort IN ('verhuisd', 'adres-gewijzigd', 'overleden', 'niet-in-brp')),
  -- What differs, field by field: { veld: { bij_ons, in_brp } }. Personal data, under RLS.
  verschil jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'afgehandeld')),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  afgehandeld_op timestamptz,
  afgehandeld_door uuid REFERENCES medewerkers (id),
  toelichting text CHECK (length(toelichting) <= 1000)
);
-- One open signal per person and kind: the nightly job does not pile up the same difference.
CREATE UNIQUE INDEX brp_signalen_open ON brp_signalen (persoon_id, soort) WHERE status = 'open';
CREATE INDEX brp_signalen_contactpersoon ON brp_signalen (gemeente_code, contactpersoon_id) WHERE status = 'open';

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['brp_bevragingen', 'brp_signalen'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I TO open_toegang_app USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()))',
      t || '_gemeente', t);
  END LOOP;
END $$;
-- The protocol is append-only for the application.
GRANT SELECT, INSERT ON brp_bevragingen TO open_toegang_app;
GRANT SELECT, INSERT, UPDATE ON brp_signalen TO open_toegang_app;
