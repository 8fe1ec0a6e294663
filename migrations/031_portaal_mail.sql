-- Issue 17, item 5: the e-mail "u heeft een nieuw bericht in Mijn …" — never the content.
-- The resident chooses it (portaal_voorkeuren); what is to be sent waits in an outbox
-- (portaal_mail_uit) that a job delivers with retries. The outbox holds no address and no text:
-- the address is read from personen at the moment of sending, so a change in between counts and
-- no copy of it lingers here.

CREATE TABLE portaal_voorkeuren (
  persoon_id uuid PRIMARY KEY REFERENCES personen (id),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  mail_bij_nieuws boolean NOT NULL DEFAULT false,
  -- Letters made before the resident turned the e-mail on are not announced afterwards.
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE portaal_mail_uit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  persoon_id uuid NOT NULL REFERENCES personen (id),
  melding_id uuid REFERENCES meldingen (id),
  aanleiding text NOT NULL CHECK (aanleiding IN ('bericht', 'document')),
  -- One e-mail per letter at most (the job finds new letters by scanning).
  document_id uuid UNIQUE REFERENCES documenten (id),
  status text NOT NULL DEFAULT 'klaar' CHECK (status IN ('klaar', 'verstuurd', 'mislukt', 'vervallen')),
  pogingen integer NOT NULL DEFAULT 0,
  volgende_poging_op timestamptz NOT NULL DEFAULT now(),
  verstuurd_op timestamptz,
  -- The SMTP error code/class only, never an address or text.
  fout text,
  aangemaakt_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX portaal_mail_uit_klaar ON portaal_mail_uit (volgende_poging_op) WHERE status = 'klaar';
CREATE INDEX portaal_mail_uit_persoon ON portaal_mail_uit (persoon_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['portaal_voorkeuren', 'portaal_mail_uit'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I TO open_toegang_app USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()))',
      t || '_gemeente', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO open_toegang_app', t);
  END LOOP;
END $$;

-- The resident reads and sets only their own choice.
CREATE POLICY portaal_voorkeuren_inwoner ON portaal_voorkeuren TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND persoon_id = ANY ((SELECT ot_inwoner_personen())::uuid[]))
  WITH CHECK (ot_soort() = 'inwoner' AND persoon_id = ANY ((SELECT ot_inwoner_personen())::uuid[])
    AND gemeente_code = ANY (ot_werkgebied()));
