-- Regionale toegang beschermd wonen en maatschappelijke opvang (issue 20, ADR 0038).
--
-- The mandaatregister: which gemeente's college mandates which team for which decisions on beschermd
-- wonen and opvang (WMO020 categories 15–18), from when to when, under which decree. A decision on
-- such a provision is valid only within a mandate in force on its decision date (Awb 10:2) and
-- states on whose behalf it is taken (Awb 10:10).
CREATE TABLE mandaten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The mandaatgever: the college of burgemeester en wethouders of this gemeente.
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  -- The gemandateerde: the team that takes the decisions on the gemeente's behalf.
  team_id uuid NOT NULL REFERENCES teams (id),
  besluiten text[] NOT NULL CHECK (
    cardinality(besluiten) > 0
    AND besluiten <@ ARRAY['intake', 'onderzoek', 'beschikking', 'intrekking']::text[]
  ),
  productcategorieen text[] NOT NULL DEFAULT ARRAY['15', '16', '17', '18']::text[] CHECK (
    cardinality(productcategorieen) > 0
    AND productcategorieen <@ ARRAY['15', '16', '17', '18']::text[]
  ),
  geldig_van date NOT NULL,
  geldig_tot date CHECK (geldig_tot IS NULL OR geldig_tot >= geldig_van),
  -- The decree as the letter cites it, e.g. "het Mandaatbesluit regionale toegang BW/MO Raalte 2023".
  besluit_referentie text NOT NULL CHECK (length(besluit_referentie) BETWEEN 1 AND 300),
  -- Who signs under the mandate, e.g. "het hoofd van Team Publiekscontacten".
  ondertekening text NOT NULL CHECK (length(ondertekening) BETWEEN 1 AND 200),
  vastgelegd_door uuid REFERENCES medewerkers (id),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mandaten_gemeente ON mandaten (gemeente_code, geldig_van);

-- Staff placement (issue 20 item 5): the employer of a medewerker (e.g. a care provider that
-- seconds them) and the team whose work they do are recorded apart, with periods, so secondment →
-- employment → placement in another team (reference 001, 2021–2023) can be represented and reported
-- as fte per employer. `gemeente_code` is the gemeente of the team whose work it is.
CREATE TABLE dienstverbanden (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  medewerker_id uuid NOT NULL REFERENCES medewerkers (id),
  werkgever_id uuid NOT NULL REFERENCES organisaties (id),
  vorm text NOT NULL CHECK (vorm IN ('dienstverband', 'detachering', 'inhuur')),
  team_id uuid NOT NULL REFERENCES teams (id),
  van date NOT NULL,
  tot date CHECK (tot IS NULL OR tot >= van),
  fte numeric(4, 2) NOT NULL CHECK (fte > 0 AND fte <= 1.5),
  vastgelegd_door uuid REFERENCES medewerkers (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dienstverbanden_medewerker ON dienstverbanden (medewerker_id, van);
CREATE INDEX dienstverbanden_team ON dienstverbanden (team_id, van);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['mandaten', 'dienstverbanden'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I TO open_toegang_app USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()))',
      t || '_gemeente', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO open_toegang_app', t);
  END LOOP;
END
$$;
