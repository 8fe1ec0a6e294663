-- Open Toegang platform schema: organisation model, accounts and sessions, audit trail, domain events.
--
-- Two database roles: the schema owner (the connecting user, runs migrations and system work) and
-- open_toegang_app (NOLOGIN) that every user transaction switches to with SET LOCAL ROLE. Row-level
-- security applies to open_toegang_app; its gemeenten come from the per-transaction setting
-- ot.gemeenten. A query that forgets its gemeente filter still sees only the user's gemeenten.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'open_toegang_app') THEN
    CREATE ROLE open_toegang_app NOLOGIN;
  END IF;
  IF NOT pg_has_role(current_user, 'open_toegang_app', 'MEMBER') THEN
    EXECUTE format('GRANT open_toegang_app TO %I', current_user);
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO open_toegang_app;

-- The gemeenten of the current transaction (empty when unset: then nothing is visible).
CREATE FUNCTION ot_gemeenten() RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_to_array(nullif(current_setting('ot.gemeenten', true), ''), ','), ARRAY[]::text[])
$$;

CREATE FUNCTION ot_gebruiker() RETURNS uuid
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT nullif(current_setting('ot.gebruiker', true), '')::uuid
$$;

GRANT EXECUTE ON FUNCTION ot_gemeenten(), ot_gebruiker() TO open_toegang_app;

-- Organisation ------------------------------------------------------------------------------------

CREATE TABLE gemeenten (
  code text PRIMARY KEY CHECK (code ~ '^[0-9]{4}$'),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 100),
  postadres text,
  postcode text,
  plaats text,
  telefoon text,
  website text,
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE gemeenten ENABLE ROW LEVEL SECURITY;
CREATE POLICY gemeenten_lezen ON gemeenten FOR SELECT TO open_toegang_app USING (true);
CREATE POLICY gemeenten_wijzigen ON gemeenten FOR UPDATE TO open_toegang_app
  USING (code = ANY (ot_gemeenten())) WITH CHECK (code = ANY (ot_gemeenten()));
GRANT SELECT, UPDATE ON gemeenten TO open_toegang_app;

CREATE TABLE wijken (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  code text NOT NULL CHECK (code ~ '^[A-Z0-9]{1,4}$'),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 100),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  UNIQUE (gemeente_code, code)
);

CREATE TABLE organisaties (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  soort text NOT NULL CHECK (soort IN ('gemeente', 'partner', 'aanbieder', 'overig')),
  agb_code text CHECK (agb_code ~ '^[0-9]{8}$'),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  UNIQUE (gemeente_code, naam)
);

CREATE TABLE locaties (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  soort text NOT NULL CHECK (soort IN ('wijklocatie', 'stadhuis', 'overig')),
  adres text,
  postcode text,
  plaats text,
  wijk_id uuid REFERENCES wijken (id),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  UNIQUE (gemeente_code, naam)
);

CREATE TABLE teams (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  organisatie_id uuid NOT NULL REFERENCES organisaties (id),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  soort text NOT NULL CHECK (soort IN ('toegang', 'backoffice', 'kcc', 'regionaal', 'preventie', 'staf')),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  UNIQUE (gemeente_code, naam)
);
CREATE INDEX teams_organisatie ON teams (organisatie_id);

-- The gemeenten a team works for. A local team has one (its own); the regional team for
-- beschermd wonen en opvang has the five gemeenten of the region. Its members see those gemeenten.
CREATE TABLE team_gemeenten (
  team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  PRIMARY KEY (team_id, gemeente_code)
);

CREATE TABLE medewerkers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  organisatie_id uuid NOT NULL REFERENCES organisaties (id),
  team_id uuid REFERENCES teams (id),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  email text CHECK (length(email) <= 254),
  functie text CHECK (length(functie) <= 100),
  fte numeric(4, 2) NOT NULL DEFAULT 0 CHECK (fte >= 0 AND fte <= 1.5),
  rollen text[] NOT NULL DEFAULT ARRAY[]::text[] CHECK (
    rollen <@ ARRAY['kcc', 'toegangsmedewerker', 'backoffice', 'teamleider', 'beleid', 'beheer', 'auditor', 'partner']::text[]
  ),
  actief boolean NOT NULL DEFAULT true,
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX medewerkers_gemeente ON medewerkers (gemeente_code);
CREATE INDEX medewerkers_team ON medewerkers (team_id);

-- Tenant policies: a row is visible and writable only for the gemeenten of the transaction.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['wijken', 'organisaties', 'locaties', 'teams', 'team_gemeenten', 'medewerkers'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I TO open_toegang_app USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()))',
      t || '_gemeente', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO open_toegang_app', t);
  END LOOP;
END
$$;
GRANT DELETE ON team_gemeenten TO open_toegang_app;

-- Accounts and sessions ---------------------------------------------------------------------------
-- Login happens before there is a user, so these tables are read by the owner role (system
-- transactions). The application role may manage accounts of medewerkers it can see.

CREATE TABLE gebruikers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  medewerker_id uuid NOT NULL UNIQUE REFERENCES medewerkers (id),
  gebruikersnaam text NOT NULL CHECK (gebruikersnaam ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
  -- argon2id (PHC string). NULL for accounts that log in only through OpenID Connect.
  wachtwoord_hash text,
  oidc_subject text,
  actief boolean NOT NULL DEFAULT true,
  laatst_ingelogd_op timestamptz,
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX gebruikers_gebruikersnaam ON gebruikers (gebruikersnaam);
CREATE UNIQUE INDEX gebruikers_oidc_subject ON gebruikers (oidc_subject) WHERE oidc_subject IS NOT NULL;
ALTER TABLE gebruikers ENABLE ROW LEVEL SECURITY;
CREATE POLICY gebruikers_via_medewerker ON gebruikers TO open_toegang_app
  USING (EXISTS (SELECT 1 FROM medewerkers m WHERE m.id = medewerker_id))
  WITH CHECK (EXISTS (SELECT 1 FROM medewerkers m WHERE m.id = medewerker_id));
GRANT SELECT (id, medewerker_id, gebruikersnaam, oidc_subject, actief, laatst_ingelogd_op, versie, aangemaakt_op, gewijzigd_op),
  INSERT, UPDATE ON gebruikers TO open_toegang_app;

CREATE TABLE sessies (
  -- SHA-256 of the token in the cookie: a copy of this table does not give working sessions.
  id text PRIMARY KEY,
  gebruiker_id uuid NOT NULL REFERENCES gebruikers (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  laatst_gebruikt_op timestamptz NOT NULL DEFAULT now(),
  verloopt_op timestamptz NOT NULL,
  herkomst_ip text,
  methode text NOT NULL DEFAULT 'wachtwoord' CHECK (methode IN ('wachtwoord', 'oidc'))
);
CREATE INDEX sessies_gebruiker ON sessies (gebruiker_id);
CREATE INDEX sessies_verloopt ON sessies (verloopt_op);

CREATE TABLE inlogpogingen (
  id bigserial PRIMARY KEY,
  gebruikersnaam text NOT NULL,
  herkomst_ip text NOT NULL,
  tijdstip timestamptz NOT NULL DEFAULT now(),
  gelukt boolean NOT NULL
);
CREATE INDEX inlogpogingen_naam ON inlogpogingen (gebruikersnaam, tijdstip);
CREATE INDEX inlogpogingen_ip ON inlogpogingen (herkomst_ip, tijdstip);

-- Audit trail (BIO 8.15, NEN 7513) -----------------------------------------------------------------
-- Append-only: the application role may INSERT and SELECT, never UPDATE or DELETE. Rows are
-- written in the same transaction as the use case. A sealer (owner role, one at a time) appends
-- each row to audit_keten with hash = sha256(previous hash | row), so that a changed or deleted
-- row breaks the chain; `audit verify` recomputes it.

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  tijdstip timestamptz NOT NULL DEFAULT clock_timestamp(),
  gemeente_code text,
  gebruiker_id uuid,
  gebruikersnaam text,
  rol text,
  organisatie_id uuid,
  actie text NOT NULL CHECK (actie IN ('create', 'read', 'update', 'delete', 'search', 'export', 'print', 'login', 'logout')),
  object_type text NOT NULL,
  object_id text,
  resultaat text NOT NULL CHECK (resultaat IN ('toegestaan', 'geweigerd', 'mislukt')),
  doel text NOT NULL,
  herkomst_ip text,
  sessie text,
  verzoek_id text,
  toelichting text
);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);
CREATE INDEX audit_log_gebruiker ON audit_log (gebruiker_id, tijdstip);
CREATE INDEX audit_log_gemeente_tijdstip ON audit_log (gemeente_code, tijdstip);

ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_log_schrijven ON audit_log FOR INSERT TO open_toegang_app WITH CHECK (true);
CREATE POLICY audit_log_lezen ON audit_log FOR SELECT TO open_toegang_app
  USING (gemeente_code = ANY (ot_gemeenten()));
GRANT SELECT, INSERT ON audit_log TO open_toegang_app;
GRANT USAGE ON SEQUENCE audit_log_id_seq TO open_toegang_app;

CREATE TABLE audit_keten (
  volgnummer bigint PRIMARY KEY,
  audit_id bigint NOT NULL UNIQUE,
  vorige_hash text NOT NULL,
  hash text NOT NULL,
  verzegeld_op timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT ON audit_keten TO open_toegang_app;

-- Domain events: every case step writes one in the same transaction; timelines and KPIs read them.
CREATE TABLE domein_events (
  id bigserial PRIMARY KEY,
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  type text NOT NULL,
  object_type text NOT NULL,
  object_id uuid NOT NULL,
  tijdstip timestamptz NOT NULL DEFAULT clock_timestamp(),
  gebruiker_id uuid,
  data jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX domein_events_object ON domein_events (object_type, object_id, id);
CREATE INDEX domein_events_type ON domein_events (gemeente_code, type, tijdstip);
ALTER TABLE domein_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY domein_events_gemeente ON domein_events TO open_toegang_app
  USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()));
GRANT SELECT, INSERT ON domein_events TO open_toegang_app;
GRANT USAGE ON SEQUENCE domein_events_id_seq TO open_toegang_app;
