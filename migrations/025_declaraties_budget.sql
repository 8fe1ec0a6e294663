-- Declaraties (iWmo WMO323 in, WMO325 out) and budgets per gemeente, year and product category
-- (issue 21, ADR 0029). Amounts of declaraties are kept in eurocent as the standard sends them
-- (LDT_Bedrag); budgets in euro (numeric) as beleid enters them.

ALTER TABLE iwmo_berichten DROP CONSTRAINT iwmo_berichten_berichtcode_check;
ALTER TABLE iwmo_berichten ADD CONSTRAINT iwmo_berichten_berichtcode_check
  CHECK (berichtcode IN ('WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO319', 'WMO323', 'WMO325'));

-- One received WMO323. aanbieder_id is NULL when the sender is no aanbieder of the gemeente (then the
-- whole declaratie is rejected and only this record and the WMO325 remain).
CREATE TABLE declaraties (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  aanbieder_id uuid REFERENCES organisaties (id),
  afzender_agb text NOT NULL CHECK (afzender_agb ~ '^[0-9]{8}$'),
  declaratienummer text NOT NULL CHECK (length(declaratienummer) BETWEEN 1 AND 12),
  periode_begin date NOT NULL,
  periode_eind date NOT NULL,
  totaal_ingediend bigint NOT NULL,
  totaal_toegekend bigint NOT NULL DEFAULT 0,
  status text NOT NULL CHECK (status IN ('goedgekeurd', 'deels-afgewezen', 'afgewezen')),
  retourcodes text[] NOT NULL DEFAULT '{}',
  bericht_id uuid NOT NULL REFERENCES iwmo_berichten (id),
  antwoord_bericht_id uuid REFERENCES iwmo_berichten (id),
  ontvangen_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX declaraties_gemeente ON declaraties (gemeente_code, ontvangen_op DESC);
-- TR333: a declaratienummer is unique per aanbieder (only for accepted declaraties: a rejected one may be sent again).
CREATE UNIQUE INDEX declaraties_nummer ON declaraties (gemeente_code, afzender_agb, declaratienummer)
  WHERE status <> 'afgewezen';

-- One prestatie of a declaratie, approved or rejected with its retourcodes (WJ001).
CREATE TABLE declaratie_regels (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  declaratie_id uuid NOT NULL REFERENCES declaraties (id) ON DELETE CASCADE,
  -- Position of the prestatie in the message (the WMO325 and the worklist keep this order).
  volgnummer integer NOT NULL,
  toewijzing_id uuid REFERENCES toewijzingen (id),
  bsn text NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
  productreferentie text NOT NULL CHECK (length(productreferentie) BETWEEN 1 AND 20),
  -- A credit names the debet it cancels (VorigReferentieNummer, CD060).
  vorig_referentie text,
  toewijzingnummer bigint NOT NULL,
  productcategorie text NOT NULL,
  productcode text NOT NULL,
  begindatum date NOT NULL,
  einddatum date NOT NULL,
  volume bigint NOT NULL,
  eenheid text NOT NULL,
  tarief bigint,
  bedrag bigint NOT NULL,
  debet_credit text NOT NULL CHECK (debet_credit IN ('D', 'C')),
  status text NOT NULL CHECK (status IN ('goedgekeurd', 'afgewezen')),
  retourcodes text[] NOT NULL DEFAULT '{}',
  -- Set by the backoffice on the worklist: what was done about a rejected line.
  afgehandeld_op timestamptz,
  afhandeling text CHECK (length(afhandeling) BETWEEN 1 AND 2000)
);
CREATE INDEX declaratie_regels_declaratie ON declaratie_regels (declaratie_id);
CREATE INDEX declaratie_regels_toewijzing ON declaratie_regels (toewijzing_id, begindatum) WHERE status = 'goedgekeurd';
CREATE INDEX declaratie_regels_afgewezen ON declaratie_regels (gemeente_code) WHERE status = 'afgewezen';
-- TR314 / 8021: looking up earlier approved lines by productreferentie.
CREATE INDEX declaratie_regels_referentie ON declaratie_regels (toewijzing_id, productreferentie)
  WHERE status = 'goedgekeurd';

-- The budget beleid/control enter per year and product category (WMO020), in euro.
CREATE TABLE budgetten (
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  jaar integer NOT NULL CHECK (jaar BETWEEN 2015 AND 2100),
  productcategorie text NOT NULL CHECK (productcategorie ~ '^[0-9]{2}$'),
  bedrag numeric(14, 2) NOT NULL CHECK (bedrag >= 0),
  gewijzigd_door uuid REFERENCES medewerkers (id),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (gemeente_code, jaar, productcategorie)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['declaraties', 'declaratie_regels', 'budgetten'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I TO open_toegang_app USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()))',
      t || '_gemeente', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO open_toegang_app', t);
  END LOOP;
END
$$;

-- BerichtIdentificatie of the WMO325 answers (1–12 characters, unique per sender: TR056).
CREATE SEQUENCE wmo325_nummers;
GRANT USAGE ON SEQUENCE wmo325_nummers TO open_toegang_app;
