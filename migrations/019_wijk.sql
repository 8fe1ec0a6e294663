-- Preventie in de wijk (issue 16, items 3–7): the sociale kaart, signalen about a wijk, collective
-- activiteiten with anonymous participant counts, and per partner per year the opdracht (subsidy,
-- fte), its agreed prestatie-indicatoren and the quarterly reports (PDCA). None of these tables
-- holds personal data: a signal is about a street or a school, an activity counts people.
--
-- A partner is a `partners` row (migration 017); a partner's session carries its id as
-- ot_organisatie() (ADR 0018). Partners read within the gemeenten they work for
-- (ot_partner_werkt_in) and write only rows of their own organisation. Partner staff read the
-- wijken through migration 017's policy.

-- Sociale kaart ------------------------------------------------------------------------------------
CREATE TABLE sociale_kaart (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  -- The partner that maintains the entry (its own entries); NULL: maintained by functioneel beheer.
  partner_id uuid REFERENCES partners (id),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  aanbieder text NOT NULL CHECK (length(aanbieder) BETWEEN 1 AND 200),
  -- voorliggend: goes before a maatwerkvoorziening (Wmo 2015 art. 2.3.5 lid 3); algemeen: open to all.
  soort text NOT NULL CHECK (soort IN ('voorliggend', 'algemeen')),
  omschrijving text NOT NULL CHECK (length(omschrijving) BETWEEN 1 AND 2000),
  voor_wie text NOT NULL CHECK (length(voor_wie) BETWEEN 1 AND 500),
  waar text CHECK (length(waar) <= 300),
  bereikbaarheid text NOT NULL CHECK (length(bereikbaarheid) BETWEEN 1 AND 500),
  telefoon text CHECK (length(telefoon) <= 30),
  website text CHECK (length(website) <= 300),
  kosteloos boolean NOT NULL,
  kosten text CHECK (length(kosten) <= 300),
  -- Wijk codes; empty: the whole gemeente.
  wijken text[] NOT NULL DEFAULT ARRAY[]::text[],
  leefgebieden text[] NOT NULL DEFAULT ARRAY[]::text[],
  trefwoorden text NOT NULL DEFAULT '' CHECK (length(trefwoorden) <= 500),
  actief boolean NOT NULL DEFAULT true,
  -- Full-text search with the Dutch stemmer: built into PostgreSQL and PGlite alike (pg_trgm and
  -- unaccent are not available in PGlite; ADR 0024).
  zoektekst tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch', naam || ' ' || aanbieder), 'A')
    || setweight(to_tsvector('dutch', trefwoorden), 'B')
    || setweight(to_tsvector('dutch', omschrijving || ' ' || voor_wie), 'C')
  ) STORED,
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sociale_kaart_zoektekst ON sociale_kaart USING gin (zoektekst);
CREATE INDEX sociale_kaart_gemeente ON sociale_kaart (gemeente_code, naam);

-- Signalen about a wijk --------------------------------------------------------------------------
CREATE TABLE wijksignalen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  wijk_id uuid NOT NULL REFERENCES wijken (id),
  thema text NOT NULL CHECK (length(thema) BETWEEN 1 AND 60),
  titel text NOT NULL CHECK (length(titel) BETWEEN 1 AND 200),
  omschrijving text NOT NULL CHECK (length(omschrijving) BETWEEN 1 AND 4000),
  -- Who raised it: a partner or toegang (the gemeente). The name is kept with the signal: a partner
  -- cannot read the other partners' rows, yet the board shows who raised each signal.
  bron text NOT NULL CHECK (bron IN ('partner', 'toegang')),
  bron_partner_id uuid REFERENCES partners (id),
  bron_naam text NOT NULL CHECK (length(bron_naam) BETWEEN 1 AND 200),
  geregistreerd_door uuid NOT NULL,
  datum date NOT NULL,
  status text NOT NULL DEFAULT 'nieuw' CHECK (status IN ('nieuw', 'in-behandeling', 'opgepakt', 'afgesloten')),
  opvolging text CHECK (length(opvolging) <= 4000),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  CHECK ((bron = 'partner') = (bron_partner_id IS NOT NULL))
);
CREATE INDEX wijksignalen_wijk ON wijksignalen (gemeente_code, wijk_id, datum DESC);
CREATE INDEX wijksignalen_bron ON wijksignalen (bron_partner_id, datum);

-- Activiteiten (collective, preventive) with anonymous counts ------------------------------------
CREATE TABLE activiteiten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  partner_id uuid NOT NULL REFERENCES partners (id),
  wijk_id uuid NOT NULL REFERENCES wijken (id),
  soort text NOT NULL CHECK (soort IN ('samenlevingsopbouw', 'groep', 'spreekuur', 'voorlichting', 'overig')),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  -- The period the counts are about (a month, a quarter, one meeting).
  periode_van date NOT NULL,
  periode_tot date NOT NULL,
  bijeenkomsten integer NOT NULL CHECK (bijeenkomsten BETWEEN 0 AND 10000),
  -- Anonymous counts: never names, never a list of persons.
  deelnemers integer NOT NULL CHECK (deelnemers BETWEEN 0 AND 100000),
  nieuwe_deelnemers integer NOT NULL DEFAULT 0 CHECK (nieuwe_deelnemers BETWEEN 0 AND 100000),
  toelichting text CHECK (length(toelichting) <= 2000),
  geregistreerd_door uuid NOT NULL,
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  CHECK (periode_tot >= periode_van),
  CHECK (nieuwe_deelnemers <= deelnemers)
);
CREATE INDEX activiteiten_wijk ON activiteiten (gemeente_code, wijk_id, periode_van);
CREATE INDEX activiteiten_partner ON activiteiten (partner_id, periode_van);

-- Opdrachten, indicatoren and quarterly reports (PDCA) -------------------------------------------
CREATE TABLE opdrachten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  partner_id uuid NOT NULL REFERENCES partners (id),
  jaar integer NOT NULL CHECK (jaar BETWEEN 2015 AND 2100),
  subsidie_cent bigint NOT NULL CHECK (subsidie_cent >= 0),
  fte numeric(6, 2) NOT NULL CHECK (fte > 0),
  -- Fte that move from the partner to the gemeente; the subsidy is lowered naar rato (003, §4).
  fte_naar_gemeente numeric(6, 2) NOT NULL DEFAULT 0 CHECK (fte_naar_gemeente >= 0 AND fte_naar_gemeente <= fte),
  diensten text[] NOT NULL DEFAULT ARRAY[]::text[],
  omschrijving text CHECK (length(omschrijving) <= 2000),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  UNIQUE (partner_id, jaar)
);

CREATE TABLE opdracht_indicatoren (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  opdracht_id uuid NOT NULL REFERENCES opdrachten (id) ON DELETE CASCADE,
  -- One of the computed indicators (src/domain/preventie/indicatoren.ts).
  code text NOT NULL CHECK (code IN ('verwijzingen-ontvangen', 'verwijzingen-binnen-termijn', 'aandeel-opgelost',
    'activiteiten', 'bereik', 'wijken-bereikt', 'wijksignalen')),
  streefwaarde numeric(12, 2) NOT NULL CHECK (streefwaarde >= 0),
  -- For verwijzingen-binnen-termijn: the agreed number of days.
  termijn_dagen integer CHECK (termijn_dagen BETWEEN 1 AND 365),
  toelichting text CHECK (length(toelichting) <= 1000),
  UNIQUE (opdracht_id, code)
);

CREATE TABLE kwartaalrapportages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  opdracht_id uuid NOT NULL REFERENCES opdrachten (id) ON DELETE CASCADE,
  partner_id uuid NOT NULL REFERENCES partners (id),
  kwartaal integer NOT NULL CHECK (kwartaal BETWEEN 1 AND 4),
  -- Check: the partner's own explanation of the measured figures.
  toelichting text CHECK (length(toelichting) <= 4000),
  toegelicht_door uuid,
  toegelicht_op timestamptz,
  -- Act: what the gemeente and partner agree to adjust.
  bijsturing text CHECK (length(bijsturing) <= 4000),
  bijgestuurd_door uuid,
  bijgestuurd_op timestamptz,
  versie integer NOT NULL DEFAULT 1,
  UNIQUE (opdracht_id, kwartaal)
);

-- Triage "doorverwijzing naar …" picks an entry of the sociale kaart; `verwijzing` keeps its name as
-- it was at the time (the entry may change or end later).
ALTER TABLE meldingen ADD COLUMN sociale_kaart_id uuid REFERENCES sociale_kaart (id);

-- The wijkprofiel counts a wijk's meldingen per month and ladder step: one index range per wijk and year
-- instead of a scan of all meldingen of the gemeente.
CREATE INDEX meldingen_wijk_ontvangst ON meldingen (gemeente_code, wijk_id, ontvangstdatum) INCLUDE (ladder_uitkomst);

-- Row-level security -------------------------------------------------------------------------------
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['sociale_kaart', 'wijksignalen', 'activiteiten', 'opdrachten', 'opdracht_indicatoren',
    'kwartaalrapportages'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I TO open_toegang_app USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()))',
      t || '_gemeente', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO open_toegang_app', t);
  END LOOP;
END
$$;
GRANT DELETE ON opdracht_indicatoren TO open_toegang_app;

-- Partners: read the sociale kaart and the signal board of the gemeenten they work for; write their own.
CREATE POLICY sociale_kaart_partner_lezen ON sociale_kaart FOR SELECT TO open_toegang_app
  USING (ot_partner_werkt_in(gemeente_code));
CREATE POLICY sociale_kaart_partner_nieuw ON sociale_kaart FOR INSERT TO open_toegang_app
  WITH CHECK (ot_partner_werkt_in(gemeente_code) AND partner_id = ot_organisatie());
CREATE POLICY sociale_kaart_partner_wijzigen ON sociale_kaart FOR UPDATE TO open_toegang_app
  USING (ot_partner_werkt_in(gemeente_code) AND partner_id = ot_organisatie())
  WITH CHECK (ot_partner_werkt_in(gemeente_code) AND partner_id = ot_organisatie());

CREATE POLICY wijksignalen_partner_lezen ON wijksignalen FOR SELECT TO open_toegang_app
  USING (ot_partner_werkt_in(gemeente_code));
CREATE POLICY wijksignalen_partner_nieuw ON wijksignalen FOR INSERT TO open_toegang_app
  WITH CHECK (ot_partner_werkt_in(gemeente_code) AND bron = 'partner' AND bron_partner_id = ot_organisatie());
-- Both sides follow up a signal on the shared board (status, opvolging).
CREATE POLICY wijksignalen_partner_opvolgen ON wijksignalen FOR UPDATE TO open_toegang_app
  USING (ot_partner_werkt_in(gemeente_code))
  WITH CHECK (ot_partner_werkt_in(gemeente_code));

-- Activities, opdrachten and reports: a partner sees only its own organisation's.
CREATE POLICY activiteiten_partner ON activiteiten TO open_toegang_app
  USING (ot_partner_werkt_in(gemeente_code) AND partner_id = ot_organisatie())
  WITH CHECK (ot_partner_werkt_in(gemeente_code) AND partner_id = ot_organisatie());
CREATE POLICY opdrachten_partner_lezen ON opdrachten FOR SELECT TO open_toegang_app
  USING (ot_partner_werkt_in(gemeente_code) AND partner_id = ot_organisatie());
CREATE POLICY opdracht_indicatoren_partner_lezen ON opdracht_indicatoren FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'partner' AND EXISTS (SELECT 1 FROM opdrachten o WHERE o.id = opdracht_id));
CREATE POLICY kwartaalrapportages_partner ON kwartaalrapportages TO open_toegang_app
  USING (ot_partner_werkt_in(gemeente_code) AND partner_id = ot_organisatie())
  WITH CHECK (ot_partner_werkt_in(gemeente_code) AND partner_id = ot_organisatie());
