-- Onderzoek (keukentafelgesprek), zelfredzaamheid, one plan per household, verslag, aanvraag.

-- The melding's life continues after triage: the onderzoek is concluded (ladder outcome known),
-- and a melding that needs a maatwerkvoorziening gets an aanvraag.
ALTER TABLE meldingen DROP CONSTRAINT meldingen_status_check;
ALTER TABLE meldingen ADD CONSTRAINT meldingen_status_check
  CHECK (status IN ('nieuw', 'onderzoek', 'verwezen-preventie', 'aanvraag', 'afgesloten'));

-- One onderzoek per melding, structured along the CRvB step plan (ECLI:NL:CRVB:2018:819).
-- The step answers are JSON validated by the API schema (modules/onderzoek/schemas.ts), so each
-- step can be saved as a draft; closing checks that every step is answered.
CREATE TABLE onderzoeken (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  melding_id uuid NOT NULL UNIQUE REFERENCES meldingen (id),
  huishouden_id uuid NOT NULL REFERENCES huishoudens (id),
  status text NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'afgerond')),
  stappen jsonb NOT NULL DEFAULT '{}'::jsonb,
  persoonlijk_plan jsonb,
  conclusie jsonb,
  afgerond_op timestamptz,
  afgerond_door uuid REFERENCES medewerkers (id),
  verslag_verstuurd_op date,
  verslag_wijze text CHECK (verslag_wijze IN ('post', 'email', 'uitgereikt', 'digitaal')),
  reactie_inwoner text CHECK (length(reactie_inwoner) <= 10000),
  reactie_ontvangen_op date,
  reactie_akkoord boolean,
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE gesprekken (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  onderzoek_id uuid NOT NULL REFERENCES onderzoeken (id),
  datum date NOT NULL,
  locatie text NOT NULL CHECK (locatie IN ('thuis', 'wijklocatie', 'telefonisch', 'video', 'anders')),
  deelnemers text[] NOT NULL DEFAULT ARRAY[]::text[],
  toelichting text CHECK (length(toelichting) <= 2000),
  aangemaakt_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX gesprekken_onderzoek ON gesprekken (onderzoek_id, datum);

-- Leefgebieden a gemeente scores on; no rows means the 13 default ZRM domains.
CREATE TABLE leefgebieden_config (
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  code text NOT NULL CHECK (code ~ '^[a-z0-9-]{2,40}$'),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 100),
  volgorde integer NOT NULL,
  PRIMARY KEY (gemeente_code, code)
);

-- Zelfredzaamheid scores per person and leefgebied (1 acuut probleem … 5 volledig zelfredzaam), with history.
CREATE TABLE zrm_scores (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  persoon_id uuid NOT NULL REFERENCES personen (id),
  onderzoek_id uuid REFERENCES onderzoeken (id),
  leefgebied text NOT NULL,
  score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
  toelichting text CHECK (length(toelichting) <= 2000),
  gescoord_op date NOT NULL,
  gescoord_door uuid REFERENCES medewerkers (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX zrm_scores_persoon ON zrm_scores (persoon_id, leefgebied, gescoord_op);

-- One plan per household: goals per leefgebied with SMART fields, actions by resident, network,
-- partner or loket; evaluation dates and outcomes.
CREATE TABLE plannen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  huishouden_id uuid NOT NULL UNIQUE REFERENCES huishoudens (id),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE plan_doelen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  plan_id uuid NOT NULL REFERENCES plannen (id),
  persoon_id uuid REFERENCES personen (id),
  leefgebied text NOT NULL,
  wat text NOT NULL CHECK (length(wat) BETWEEN 1 AND 2000),
  wanneer date NOT NULL,
  meetbaar text NOT NULL CHECK (length(meetbaar) BETWEEN 1 AND 2000),
  evaluatiedatum date,
  uitkomst text CHECK (uitkomst IN ('behaald', 'deels', 'niet')),
  uitkomst_toelichting text CHECK (length(uitkomst_toelichting) <= 2000),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_doelen_plan ON plan_doelen (plan_id);

CREATE TABLE plan_acties (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  doel_id uuid NOT NULL REFERENCES plan_doelen (id),
  uitvoerder text NOT NULL CHECK (uitvoerder IN ('inwoner', 'netwerk', 'partner', 'loket')),
  loket text CHECK (loket IN ('wmo', 'jeugd-gezinscoach', 'werk-participatie', 'inkomen', 'schuldhulpverlening', 'beschermd-wonen')),
  organisatie_id uuid REFERENCES organisaties (id),
  omschrijving text NOT NULL CHECK (length(omschrijving) BETWEEN 1 AND 2000),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'gestart', 'afgerond')),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  CHECK (uitvoerder <> 'loket' OR loket IS NOT NULL),
  CHECK (uitvoerder <> 'partner' OR organisatie_id IS NOT NULL)
);
CREATE INDEX plan_acties_doel ON plan_acties (doel_id);

-- The formal aanvraag (Wmo 2.3.2 lid 9: only after the onderzoek, unless 6 weeks passed);
-- the beschikking module builds on it.
CREATE TABLE aanvragen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  melding_id uuid NOT NULL REFERENCES meldingen (id),
  persoon_id uuid NOT NULL REFERENCES personen (id),
  aanvraagdatum date NOT NULL,
  beschikking_uiterlijk date NOT NULL,
  grondslag text NOT NULL CHECK (grondslag IN ('onderzoek-afgerond', 'termijn-verstreken')),
  omschrijving text CHECK (length(omschrijving) <= 5000),
  status text NOT NULL DEFAULT 'ingediend' CHECK (status IN ('ingediend', 'besloten', 'ingetrokken')),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX aanvragen_melding ON aanvragen (melding_id);

ALTER TABLE documenten DROP CONSTRAINT documenten_soort_check;
ALTER TABLE documenten ADD CONSTRAINT documenten_soort_check CHECK (soort IN ('ontvangstbevestiging', 'verslag'));

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['onderzoeken', 'gesprekken', 'leefgebieden_config', 'zrm_scores', 'plannen', 'plan_doelen',
                           'plan_acties', 'aanvragen'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I TO open_toegang_app USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()))',
      t || '_gemeente', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO open_toegang_app', t);
  END LOOP;
END
$$;
GRANT DELETE ON gesprekken, leefgebieden_config, plan_acties TO open_toegang_app;
