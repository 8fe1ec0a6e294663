-- Beschikking en toewijzing (issue 5, eerste deel): product catalogue, beschikkingen with their voorzieningen (four eyes),
-- toewijzingen to aanbieders and the outbox of iWmo messages.

CREATE TABLE producten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  productcategorie text NOT NULL CHECK (productcategorie ~ '^[0-9]{2}$'),
  productcode text CHECK (productcode ~ '^[0-9A-Z]{5}$'),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  eenheid text NOT NULL CHECK (eenheid ~ '^[0-9]{2}$'),
  frequentie text NOT NULL CHECK (frequentie ~ '^[0-9]$'),
  -- Tariff per eenheid in euro; the pgb tariff may differ from the ZIN tariff.
  tarief numeric(10, 2) NOT NULL CHECK (tarief >= 0),
  pgb_tarief numeric(10, 2) CHECK (pgb_tarief >= 0),
  actief boolean NOT NULL DEFAULT true,
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  UNIQUE (gemeente_code, productcategorie, productcode)
);

-- Which aanbieder (organisatie with an AGB code) is contracted for which product.
CREATE TABLE product_contracten (
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  product_id uuid NOT NULL REFERENCES producten (id),
  aanbieder_id uuid NOT NULL REFERENCES organisaties (id),
  PRIMARY KEY (product_id, aanbieder_id)
);

CREATE SEQUENCE beschikking_nummers;
GRANT USAGE ON SEQUENCE beschikking_nummers TO open_toegang_app;

CREATE TABLE beschikkingen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  nummer bigint NOT NULL UNIQUE DEFAULT nextval('beschikking_nummers'),
  aanvraag_id uuid REFERENCES aanvragen (id),
  persoon_id uuid NOT NULL REFERENCES personen (id),
  soort text NOT NULL DEFAULT 'besluit' CHECK (soort IN ('besluit', 'wijziging', 'intrekking')),
  vorige_beschikking_id uuid REFERENCES beschikkingen (id),
  status text NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'vastgesteld')),
  toelichting text CHECK (length(toelichting) <= 10000),
  opgesteld_door uuid REFERENCES medewerkers (id),
  gecontroleerd_door uuid REFERENCES medewerkers (id),
  besluitdatum date,
  bekendgemaakt_op date,
  bezwaar_uiterlijk date,
  -- Records migrated from an earlier system (imports) are flagged.
  gemigreerd boolean NOT NULL DEFAULT false,
  bron_sleutel text,
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'vastgesteld' OR (besluitdatum IS NOT NULL AND (gemigreerd OR gecontroleerd_door IS DISTINCT FROM opgesteld_door)))
);
CREATE INDEX beschikkingen_persoon ON beschikkingen (persoon_id);
CREATE UNIQUE INDEX beschikkingen_aanvraag ON beschikkingen (aanvraag_id) WHERE aanvraag_id IS NOT NULL AND soort = 'besluit';

-- One line per aangevraagde voorziening: a toekenning or an afwijzing.
CREATE TABLE voorzieningen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  beschikking_id uuid NOT NULL REFERENCES beschikkingen (id),
  -- Order of the lines as drafted (the letter and the API keep it).
  volgnummer smallint NOT NULL DEFAULT 0,
  persoon_id uuid NOT NULL REFERENCES personen (id),
  wijk_id uuid REFERENCES wijken (id),
  besluit text NOT NULL CHECK (besluit IN ('toekenning', 'afwijzing')),
  motivering text NOT NULL CHECK (length(motivering) BETWEEN 1 AND 10000),
  product_id uuid REFERENCES producten (id),
  productcategorie text NOT NULL CHECK (productcategorie ~ '^[0-9]{2}$'),
  productcode text,
  volume integer CHECK (volume BETWEEN 0 AND 99999999),
  eenheid text,
  frequentie text,
  leveringsvorm text CHECK (leveringsvorm IN ('zin', 'pgb')),
  pgb_budget numeric(12, 2),
  aanbieder_id uuid REFERENCES organisaties (id),
  ingangsdatum date,
  einddatum date,
  herindicatiedatum date,
  -- Set when a later beschikking (wijziging/intrekking) ends this voorziening early.
  beeindigd_op date,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  CHECK (einddatum IS NULL OR ingangsdatum IS NULL OR einddatum >= ingangsdatum),
  CHECK (besluit = 'afwijzing' OR (ingangsdatum IS NOT NULL AND leveringsvorm IS NOT NULL)),
  CHECK (volume IS NULL OR eenheid IS NOT NULL)
);
CREATE INDEX voorzieningen_beschikking ON voorzieningen (beschikking_id);
CREATE INDEX voorzieningen_persoon ON voorzieningen (persoon_id, productcategorie);
CREATE INDEX voorzieningen_einddatum ON voorzieningen (gemeente_code, einddatum) WHERE besluit = 'toekenning';

CREATE SEQUENCE toewijzing_nummers;
GRANT USAGE ON SEQUENCE toewijzing_nummers TO open_toegang_app;
-- BerichtIdentificatie of outgoing messages: unique per gemeente and berichtsoort (iWmo TR056).
CREATE SEQUENCE iwmo_bericht_nummers;
GRANT USAGE ON SEQUENCE iwmo_bericht_nummers TO open_toegang_app;

CREATE TABLE toewijzingen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  voorziening_id uuid NOT NULL REFERENCES voorzieningen (id),
  aanbieder_id uuid NOT NULL REFERENCES organisaties (id),
  toewijzingnummer bigint NOT NULL DEFAULT nextval('toewijzing_nummers'),
  ingangsdatum date NOT NULL,
  einddatum date,
  reden_wijziging text,
  status text NOT NULL DEFAULT 'actief' CHECK (status IN ('actief', 'gewijzigd', 'beeindigd')),
  levering_gestart_op date,
  levering_gestopt_op date,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  UNIQUE (gemeente_code, toewijzingnummer)
);
CREATE INDEX toewijzingen_voorziening ON toewijzingen (voorziening_id);

-- Outbox of iWmo messages: stored, downloadable, sent by a job, each exactly once.
CREATE TABLE iwmo_berichten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  berichtcode text NOT NULL CHECK (berichtcode IN ('WMO301', 'WMO305', 'WMO307', 'WMO315', 'WMO317', 'WMO319')),
  richting text NOT NULL CHECK (richting IN ('uit', 'in')),
  identificatie text NOT NULL,
  aanbieder_id uuid REFERENCES organisaties (id),
  persoon_id uuid REFERENCES personen (id),
  inhoud text NOT NULL,
  status text NOT NULL CHECK (status IN ('klaar', 'verzonden', 'ontvangen', 'afgekeurd')),
  verzonden_op timestamptz,
  pogingen integer NOT NULL DEFAULT 0,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  UNIQUE (gemeente_code, berichtcode, identificatie)
);
CREATE INDEX iwmo_berichten_status ON iwmo_berichten (status, aangemaakt_op);

ALTER TABLE documenten DROP CONSTRAINT documenten_soort_check;
ALTER TABLE documenten ADD CONSTRAINT documenten_soort_check
  CHECK (soort IN ('ontvangstbevestiging', 'verslag', 'beschikking'));
ALTER TABLE documenten ADD COLUMN beschikking_id uuid REFERENCES beschikkingen (id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['producten', 'product_contracten', 'beschikkingen', 'voorzieningen', 'toewijzingen', 'iwmo_berichten'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I TO open_toegang_app USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()))',
      t || '_gemeente', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO open_toegang_app', t);
  END LOOP;
END
$$;
GRANT DELETE ON product_contracten, voorzieningen TO open_toegang_app;
