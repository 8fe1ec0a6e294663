-- Intake and triage: personen, huishoudens, meldingen, documenten, the postcode→wijk table and the
-- calendar of gelijkgestelde dagen for the Algemene termijnenwet.

-- Days the government designates by decree as equal to an algemeen erkende feestdag (Atw art. 3
-- lid 3). National, not per gemeente; maintained by functioneel beheer. Seeded with the decrees of
-- src/server/domain/termijnen/kalender.ts (DEFAULT_GELIJKGESTELDE_DAGEN) — verify against the
-- Staatscourant and add later decrees.
CREATE TABLE gelijkgestelde_dagen (
  datum date PRIMARY KEY,
  omschrijving text NOT NULL CHECK (length(omschrijving) BETWEEN 1 AND 300),
  aangemaakt_op timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT, INSERT, DELETE ON gelijkgestelde_dagen TO open_toegang_app;
INSERT INTO gelijkgestelde_dagen (datum, omschrijving) VALUES
  ('2023-04-28', 'Vrijdag na Koningsdag (Besluit gelijkstelling 2023–2025)'),
  ('2023-05-19', 'Vrijdag na Hemelvaartsdag (Besluit gelijkstelling 2023–2025)'),
  ('2024-05-10', 'Vrijdag na Hemelvaartsdag (Besluit gelijkstelling 2023–2025)'),
  ('2024-12-27', 'Vrijdag na Tweede Kerstdag (Besluit gelijkstelling 2023–2025)'),
  ('2025-05-30', 'Vrijdag na Hemelvaartsdag (Besluit gelijkstelling 2023–2025)'),
  ('2026-01-02', 'Vrijdag na Nieuwjaarsdag (Besluit gelijkstelling 2026–2028)'),
  ('2026-05-15', 'Vrijdag na Hemelvaartsdag (Besluit gelijkstelling 2026–2028)'),
  ('2027-05-07', 'Vrijdag na Hemelvaartsdag (Besluit gelijkstelling 2026–2028)'),
  ('2028-04-28', 'Vrijdag na Koningsdag (Besluit gelijkstelling 2026–2028)'),
  ('2028-05-26', 'Vrijdag na Hemelvaartsdag (Besluit gelijkstelling 2026–2028)');

-- Postcode ranges per wijk (inclusive, 6-character postcodes without space).
CREATE TABLE postcodegebieden (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  postcode_van text NOT NULL CHECK (postcode_van ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  postcode_tot text NOT NULL CHECK (postcode_tot ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  wijk_id uuid NOT NULL REFERENCES wijken (id),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  CHECK (postcode_van <= postcode_tot)
);
CREATE INDEX postcodegebieden_zoek ON postcodegebieden (gemeente_code, postcode_van);

CREATE TABLE personen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  bsn text CHECK (bsn ~ '^[0-9]{9}$'),
  voornamen text CHECK (length(voornamen) <= 200),
  tussenvoegsel text CHECK (length(tussenvoegsel) <= 20),
  achternaam text NOT NULL CHECK (length(achternaam) BETWEEN 1 AND 200),
  geboortedatum date NOT NULL,
  geslacht text NOT NULL DEFAULT 'onbekend' CHECK (geslacht IN ('man', 'vrouw', 'anders', 'onbekend')),
  straat text CHECK (length(straat) <= 200),
  huisnummer integer CHECK (huisnummer BETWEEN 1 AND 99999),
  huisnummertoevoeging text CHECK (length(huisnummertoevoeging) <= 10),
  postcode text CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  woonplaats text CHECK (length(woonplaats) <= 100),
  wijk_id uuid REFERENCES wijken (id),
  telefoon text CHECK (length(telefoon) <= 30),
  email text CHECK (length(email) <= 254),
  taal text CHECK (length(taal) <= 50),
  communicatiebehoeften text CHECK (length(communicatiebehoeften) <= 1000),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX personen_bsn ON personen (gemeente_code, bsn) WHERE bsn IS NOT NULL;
CREATE INDEX personen_naam ON personen (gemeente_code, lower(achternaam) text_pattern_ops, geboortedatum);
CREATE INDEX personen_adres ON personen (gemeente_code, postcode, huisnummer);

CREATE TABLE huishoudens (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  -- The household's one contactpersoon (regisseur): 1 huishouden, 1 plan, 1 contactpersoon.
  contactpersoon_id uuid REFERENCES medewerkers (id),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);

-- Membership with history: a person is in one household at a time (tot IS NULL).
CREATE TABLE huishouden_leden (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  huishouden_id uuid NOT NULL REFERENCES huishoudens (id),
  persoon_id uuid NOT NULL REFERENCES personen (id),
  relatie text NOT NULL CHECK (relatie IN ('referentiepersoon', 'partner', 'kind', 'ouder', 'overig')),
  van date NOT NULL DEFAULT current_date,
  tot date,
  CHECK (tot IS NULL OR tot >= van)
);
CREATE UNIQUE INDEX huishouden_leden_actueel ON huishouden_leden (persoon_id) WHERE tot IS NULL;
CREATE INDEX huishouden_leden_huishouden ON huishouden_leden (huishouden_id);

CREATE TABLE contactpersoon_historie (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  huishouden_id uuid NOT NULL REFERENCES huishoudens (id),
  medewerker_id uuid NOT NULL REFERENCES medewerkers (id),
  van timestamptz NOT NULL DEFAULT now(),
  tot timestamptz,
  toegewezen_door uuid REFERENCES medewerkers (id),
  reden text CHECK (length(reden) <= 500)
);
CREATE INDEX contactpersoon_historie_huishouden ON contactpersoon_historie (huishouden_id, van);

CREATE SEQUENCE melding_nummers;
GRANT USAGE ON SEQUENCE melding_nummers TO open_toegang_app;

CREATE TABLE meldingen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  nummer bigint NOT NULL UNIQUE DEFAULT nextval('melding_nummers'),
  -- melding: a request for support (starts the legal clock); informatievraag: only information,
  -- no request; signaal: someone else is worried, the resident has not asked (no clock).
  soort text NOT NULL CHECK (soort IN ('melding', 'informatievraag', 'signaal')),
  persoon_id uuid NOT NULL REFERENCES personen (id),
  huishouden_id uuid NOT NULL REFERENCES huishoudens (id),
  wijk_id uuid REFERENCES wijken (id),
  ontvangstdatum date NOT NULL,
  kanaal text NOT NULL CHECK (kanaal IN ('telefoon', 'balie', 'wijklocatie', 'email-brief', 'online', 'signaal')),
  melder_type text NOT NULL CHECK (melder_type IN ('inwoner', 'familielid', 'professional', 'anders')),
  melder_naam text CHECK (length(melder_naam) <= 200),
  melder_organisatie text CHECK (length(melder_organisatie) <= 200),
  melder_telefoon text CHECK (length(melder_telefoon) <= 30),
  hulpvraag text NOT NULL CHECK (length(hulpvraag) BETWEEN 1 AND 5000),
  leefgebieden text[] NOT NULL DEFAULT ARRAY[]::text[],
  spoed boolean NOT NULL DEFAULT false,
  spoed_toelichting text CHECK (length(spoed_toelichting) <= 2000),
  clientondersteuning_aangeboden boolean NOT NULL DEFAULT false,
  clientondersteuning_geaccepteerd boolean,
  persoonlijk_plan_ontvangen_op date,
  status text NOT NULL CHECK (status IN ('nieuw', 'onderzoek', 'verwezen-preventie', 'afgesloten')),
  triage_uitkomst text CHECK (triage_uitkomst IN ('informatie-advies', 'doorverwijzing', 'preventie', 'onderzoek')),
  triage_toelichting text CHECK (length(triage_toelichting) <= 5000),
  verwijzing text CHECK (length(verwijzing) <= 500),
  verwezen_organisatie_id uuid REFERENCES organisaties (id),
  toestemming_verwijzing boolean,
  -- The step of the ladder at which the melding was resolved (DESIGN.md: ladder of solutions).
  ladder_uitkomst text CHECK (ladder_uitkomst IN ('advies-doorverwijzing', 'collectief-preventie', 'maatwerk')),
  behandelaar_id uuid REFERENCES medewerkers (id),
  team_id uuid REFERENCES teams (id),
  onderzoek_uiterlijk date,
  persoonlijk_plan_uiterlijk date,
  geregistreerd_door uuid REFERENCES medewerkers (id),
  getrieerd_op timestamptz,
  afgesloten_op timestamptz,
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  CHECK (soort <> 'melding' OR onderzoek_uiterlijk IS NOT NULL)
);
CREATE INDEX meldingen_persoon ON meldingen (persoon_id);
CREATE INDEX meldingen_huishouden ON meldingen (huishouden_id);
-- The worklist: open meldingen by deadline, per behandelaar and per team.
-- The worklist: open meldingen by deadline (a signaal has none: it sorts last), keyset-paginated.
CREATE INDEX meldingen_werkvoorraad_behandelaar
  ON meldingen (behandelaar_id, (coalesce(onderzoek_uiterlijk, DATE '9999-12-31')), id)
  WHERE status IN ('nieuw', 'onderzoek');
CREATE INDEX meldingen_werkvoorraad_gemeente
  ON meldingen (gemeente_code, (coalesce(onderzoek_uiterlijk, DATE '9999-12-31')), id)
  WHERE status IN ('nieuw', 'onderzoek');

CREATE TABLE documenten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  melding_id uuid REFERENCES meldingen (id),
  huishouden_id uuid REFERENCES huishoudens (id),
  soort text NOT NULL CHECK (soort IN ('ontvangstbevestiging')),
  bestandsnaam text NOT NULL,
  mime_type text NOT NULL,
  inhoud bytea NOT NULL,
  sha256 text NOT NULL,
  aangemaakt_door uuid REFERENCES medewerkers (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documenten_melding ON documenten (melding_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['postcodegebieden', 'personen', 'huishoudens', 'huishouden_leden', 'contactpersoon_historie',
                           'meldingen', 'documenten'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I TO open_toegang_app USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()))',
      t || '_gemeente', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO open_toegang_app', t);
  END LOOP;
END
$$;
GRANT DELETE ON postcodegebieden TO open_toegang_app;
