-- The Awb around a Wmo decision (issue 19, ADR 0025): opschorting of the beslistermijn (4:15),
-- ingebrekestelling (4:17), bezwaar (6:9, 7:10), klachten (9:11) and afzien van onderzoek.

-- Opschorting (Awb 4:15): the clock stands still from `van` up to, not including, `tot`. The
-- aanvraag's beschikking_uiterlijk is recomputed from all of them in the same transaction.
CREATE TABLE opschortingen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  aanvraag_id uuid NOT NULL REFERENCES aanvragen (id),
  reden text NOT NULL CHECK (reden IN ('aanvulling', 'instemming-aanvrager', 'vertraging-aanvrager')),
  toelichting text CHECK (length(toelichting) <= 5000),
  van date NOT NULL,
  tot date NOT NULL,
  geregistreerd_door uuid REFERENCES medewerkers (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  CHECK (tot > van)
);
CREATE INDEX opschortingen_aanvraag ON opschortingen (aanvraag_id);

-- The legal term without opschorting, for the letter and the audit of the move.
ALTER TABLE aanvragen ADD COLUMN beschikking_uiterlijk_wettelijk date;
UPDATE aanvragen SET beschikking_uiterlijk_wettelijk = beschikking_uiterlijk;

-- Ingebrekestelling (Awb 4:17): from its receipt the case is red in the werkvoorraad.
CREATE TABLE ingebrekestellingen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  aanvraag_id uuid NOT NULL REFERENCES aanvragen (id),
  ontvangstdatum date NOT NULL,
  -- The beslistermijn's last day when it was received; vanaf = later of both + 15 days.
  beslistermijn_uiterlijk date NOT NULL,
  dwangsom_vanaf date NOT NULL,
  geregistreerd_door uuid REFERENCES medewerkers (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX ingebrekestellingen_aanvraag ON ingebrekestellingen (aanvraag_id);

-- Bezwaar against a beschikking (Awb 6:9, 7:10).
CREATE TABLE bezwaren (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  beschikking_id uuid NOT NULL REFERENCES beschikkingen (id),
  persoon_id uuid NOT NULL REFERENCES personen (id),
  ontvangstdatum date NOT NULL,
  postdatum date,
  tijdigheid text NOT NULL CHECK (tijdigheid IN ('tijdig', 'tijdig-per-post', 'te-laat')),
  adviescommissie boolean NOT NULL,
  pro_forma boolean NOT NULL DEFAULT false,
  hersteltermijn_tot date,
  verdaagd_op date,
  verdaging_reden text CHECK (length(verdaging_reden) <= 5000),
  uitstel_tot date,
  uitstel_reden text CHECK (length(uitstel_reden) <= 5000),
  beslissing_uiterlijk date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'beslist', 'ingetrokken')),
  uitkomst text CHECK (uitkomst IN ('gegrond', 'ongegrond', 'niet-ontvankelijk')),
  versie integer NOT NULL DEFAULT 1,
  geregistreerd_door uuid REFERENCES medewerkers (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bezwaren_beschikking ON bezwaren (beschikking_id);
CREATE INDEX bezwaren_open ON bezwaren (gemeente_code, status, beslissing_uiterlijk);

-- Klachten about treatment (Awb chapter 9).
CREATE TABLE klachten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  persoon_id uuid REFERENCES personen (id),
  ontvangstdatum date NOT NULL,
  klachtadviescommissie boolean NOT NULL,
  omschrijving text NOT NULL CHECK (length(omschrijving) BETWEEN 1 AND 10000),
  verdaagd_op date,
  verdaging_reden text CHECK (length(verdaging_reden) <= 5000),
  afhandeling_uiterlijk date NOT NULL,
  gehoord_op date,
  afgehandeld_op date,
  oordeel text CHECK (oordeel IN ('gegrond', 'deels-gegrond', 'ongegrond')),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'afgehandeld')),
  versie integer NOT NULL DEFAULT 1,
  geregistreerd_door uuid REFERENCES medewerkers (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX klachten_open ON klachten (gemeente_code, status, afhandeling_uiterlijk);

-- Afzien van onderzoek (Wmo 2.3.2 lid 1): a melding closes without onderzoek only when the
-- resident's choice is recorded: when, how, and by whom the resident was informed.
ALTER TABLE meldingen ADD COLUMN afzien_onderzoek_op date;
ALTER TABLE meldingen ADD COLUMN afzien_onderzoek_wijze text
  CHECK (afzien_onderzoek_wijze IN ('mondeling', 'telefonisch', 'schriftelijk', 'digitaal'));
ALTER TABLE meldingen ADD COLUMN afzien_onderzoek_geinformeerd_door text
  CHECK (length(afzien_onderzoek_geinformeerd_door) <= 200);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['opschortingen', 'ingebrekestellingen', 'bezwaren', 'klachten'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I TO open_toegang_app USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()))',
      t || '_gemeente', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO open_toegang_app', t);
  END LOOP;
END
$$;

-- Eigen bijdrage per product category (Wmo 2.1.4): the gemeente's verordening, as overrides of
-- the default in src/domain/eigen-bijdrage.ts, e.g. {"01": "geen"}. The letter follows it.
ALTER TABLE gemeenten ADD COLUMN eigen_bijdrage_regeling jsonb NOT NULL DEFAULT '{}';

-- Letters of the bezwaar: the verdaging (7:10 lid 3) and the beslissing op bezwaar (7:12).
ALTER TABLE bezwaren ADD COLUMN beslist_op date;
ALTER TABLE bezwaren ADD COLUMN motivering text CHECK (length(motivering) <= 20000);
ALTER TABLE documenten ADD COLUMN bezwaar_id uuid REFERENCES bezwaren (id);
ALTER TABLE documenten DROP CONSTRAINT documenten_soort_check;
ALTER TABLE documenten ADD CONSTRAINT documenten_soort_check
  CHECK (soort IN ('ontvangstbevestiging', 'verslag', 'beschikking', 'bezwaar-verdaging', 'beslissing-op-bezwaar'));

-- Ongeboren kind ("-9 maanden"): an expected child in a household, for the plan. Not a person (no
-- BSN, not in the BRP) until born; then `geboren_persoon_id` links the registered person.
CREATE TABLE verwachte_kinderen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  huishouden_id uuid NOT NULL REFERENCES huishoudens (id),
  verwachte_geboortedatum date NOT NULL,
  toelichting text CHECK (length(toelichting) <= 2000),
  geboren_persoon_id uuid REFERENCES personen (id),
  geregistreerd_door uuid REFERENCES medewerkers (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX verwachte_kinderen_huishouden ON verwachte_kinderen (huishouden_id);
ALTER TABLE verwachte_kinderen ENABLE ROW LEVEL SECURITY;
CREATE POLICY verwachte_kinderen_gemeente ON verwachte_kinderen TO open_toegang_app
  USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()));
GRANT SELECT, INSERT, UPDATE ON verwachte_kinderen TO open_toegang_app;

-- Spoed (Wmo 2.3.3): an aanvraag for a tijdelijke maatwerkvoorziening before the onderzoek ends.
ALTER TABLE aanvragen DROP CONSTRAINT aanvragen_grondslag_check;
ALTER TABLE aanvragen ADD CONSTRAINT aanvragen_grondslag_check
  CHECK (grondslag IN ('onderzoek-afgerond', 'termijn-verstreken', 'spoed'));
