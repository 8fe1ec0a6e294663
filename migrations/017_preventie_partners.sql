-- Preventie (issue 16, ADR 0023): the partner organisations (MEE, Raster, De Kern with subsidy;
-- Solis' wijkverpleging paid by the health insurer), the services each offers, their teams per wijk
-- and their own staff, who log in with an account of their own and become a partner principal
-- (ADR 0018): ot.soort = 'partner', ot.organisatie = partners.id, ot.gemeenten = the gemeenten the
-- partner works for.
--
-- A partner is not a row of one gemeente (organisaties): it works for several gemeenten of the
-- region. Its link to the organisaties row the gemeente already uses (triage's verwezen
-- organisatie, the plan's uitvoerder) is kept in organisatie_id.

CREATE TABLE partners (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE CHECK (code ~ '^[a-z][a-z0-9-]{1,29}$'),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  -- How the gemeente pays for the work: a subsidy, or not at all (the health insurer pays).
  soort text NOT NULL CHECK (soort IN ('subsidie', 'zorgverzekeraar')),
  -- The gemeente that holds the convenant/subsidy relation: audit rows of partner staff name it.
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  organisatie_id uuid REFERENCES organisaties (id),
  -- The partner's general contact, shown to toegang for the warm handover.
  telefoon text CHECK (length(telefoon) <= 30),
  email text CHECK (length(email) <= 254),
  actief boolean NOT NULL DEFAULT true,
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);

-- The gemeenten a partner works for: its staff's werkgebied (ot_werkgebied()).
CREATE TABLE partner_gemeenten (
  partner_id uuid NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  PRIMARY KEY (partner_id, gemeente_code)
);
CREATE INDEX partner_gemeenten_gemeente ON partner_gemeenten (gemeente_code);

-- The services a partner offers (procesplan §4: samenlevingsopbouw, maatschappelijk werk,
-- onafhankelijke cliëntondersteuning, wijkverpleging). A verwijzing names one of these.
CREATE TABLE partner_diensten (
  partner_id uuid NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
  dienst text NOT NULL CHECK (dienst IN (
    'clientondersteuning', 'maatschappelijk-werk', 'samenlevingsopbouw', 'wijkverpleging',
    'jongerenwerk', 'mantelzorgondersteuning', 'schuldhulpverlening')),
  PRIMARY KEY (partner_id, dienst)
);

-- A partner's team in a wijk of a gemeente (samenlevingsopbouw is organised per wijk).
CREATE TABLE partner_teams (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  partner_id uuid NOT NULL REFERENCES partners (id),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  wijk_id uuid REFERENCES wijken (id),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  telefoon text CHECK (length(telefoon) <= 30),
  email text CHECK (length(email) <= 254),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX partner_teams_partner ON partner_teams (partner_id);
CREATE INDEX partner_teams_wijk ON partner_teams (wijk_id);

-- The partner's own staff. Not medewerkers of the gemeente: they appear in no list of the
-- gemeente's staff, cannot be assigned a melding, and hold partner roles only.
CREATE TABLE partner_medewerkers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  partner_id uuid NOT NULL REFERENCES partners (id),
  team_id uuid REFERENCES partner_teams (id),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  email text CHECK (length(email) <= 254),
  telefoon text CHECK (length(telefoon) <= 30),
  functie text CHECK (length(functie) <= 100),
  rollen text[] NOT NULL CHECK (
    cardinality(rollen) > 0 AND rollen <@ ARRAY['preventiemedewerker', 'partner-coordinator']::text[]
  ),
  actief boolean NOT NULL DEFAULT true,
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX partner_medewerkers_partner ON partner_medewerkers (partner_id);

-- An account belongs to exactly one person: a medewerker of the gemeente or a partner's medewerker.
-- The application role's policy on gebruikers (via medewerkers) keeps partner accounts out of
-- the gemeente's account management; login and sessions (owner role) read both.
ALTER TABLE gebruikers
  ALTER COLUMN medewerker_id DROP NOT NULL,
  ADD COLUMN partner_medewerker_id uuid UNIQUE REFERENCES partner_medewerkers (id),
  ADD CONSTRAINT gebruikers_een_persoon CHECK (num_nonnulls(medewerker_id, partner_medewerker_id) = 1);
GRANT SELECT (partner_medewerker_id) ON gebruikers TO open_toegang_app;

-- True when the transaction is a partner's staff member and their organisation works for this
-- gemeente (both the session's werkgebied and the partner_gemeenten row). Policies that let partner
-- staff read rows of a gemeente use this: a partner context with a made-up organisation sees nothing.
CREATE FUNCTION ot_partner_werkt_in(gemeente text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT ot_soort() = 'partner' AND gemeente = ANY (ot_werkgebied())
     AND EXISTS (SELECT 1 FROM partner_gemeenten pg
                 WHERE pg.partner_id = ot_organisatie() AND pg.gemeente_code = gemeente)
$$;
GRANT EXECUTE ON FUNCTION ot_partner_werkt_in(text) TO open_toegang_app;

-- Row-level security. A medewerker sees the partners working for one of their gemeenten (to refer
-- to them); partner staff see their own organisation only, within its werkgebied.
ALTER TABLE partners ENABLE ROW LEVEL SECURITY;
CREATE POLICY partners_medewerker ON partners FOR SELECT TO open_toegang_app
  USING (EXISTS (SELECT 1 FROM partner_gemeenten pg
                 WHERE pg.partner_id = partners.id AND pg.gemeente_code = ANY (ot_gemeenten())));
CREATE POLICY partners_partner ON partners FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'partner' AND id = ot_organisatie());

ALTER TABLE partner_gemeenten ENABLE ROW LEVEL SECURITY;
CREATE POLICY partner_gemeenten_medewerker ON partner_gemeenten FOR SELECT TO open_toegang_app
  USING (gemeente_code = ANY (ot_gemeenten()));
CREATE POLICY partner_gemeenten_partner ON partner_gemeenten FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'partner' AND partner_id = ot_organisatie());

ALTER TABLE partner_diensten ENABLE ROW LEVEL SECURITY;
CREATE POLICY partner_diensten_medewerker ON partner_diensten FOR SELECT TO open_toegang_app
  USING (EXISTS (SELECT 1 FROM partner_gemeenten pg
                 WHERE pg.partner_id = partner_diensten.partner_id AND pg.gemeente_code = ANY (ot_gemeenten())));
CREATE POLICY partner_diensten_partner ON partner_diensten FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'partner' AND partner_id = ot_organisatie());

ALTER TABLE partner_teams ENABLE ROW LEVEL SECURITY;
CREATE POLICY partner_teams_medewerker ON partner_teams FOR SELECT TO open_toegang_app
  USING (gemeente_code = ANY (ot_gemeenten()));
CREATE POLICY partner_teams_partner ON partner_teams FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'partner' AND partner_id = ot_organisatie() AND gemeente_code = ANY (ot_werkgebied()));

ALTER TABLE partner_medewerkers ENABLE ROW LEVEL SECURITY;
-- Toegang sees who at the partner handles a referral (warm handover): name, function, contact.
CREATE POLICY partner_medewerkers_medewerker ON partner_medewerkers FOR SELECT TO open_toegang_app
  USING (EXISTS (SELECT 1 FROM partner_gemeenten pg
                 WHERE pg.partner_id = partner_medewerkers.partner_id AND pg.gemeente_code = ANY (ot_gemeenten())));
CREATE POLICY partner_medewerkers_partner ON partner_medewerkers FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'partner' AND partner_id = ot_organisatie());

-- Wijken (names and codes, no personal data) for partner staff in the gemeenten they work for:
-- their teams, signals and activities are per wijk.
CREATE POLICY wijken_partner ON wijken FOR SELECT TO open_toegang_app
  USING (ot_partner_werkt_in(gemeente_code));

GRANT SELECT ON partners, partner_gemeenten, partner_diensten, partner_teams, partner_medewerkers
  TO open_toegang_app;
