-- Separation of duties, activation codes and two-factor login (issue 14, ADR 0021).

-- Accounts: a one-time activation code instead of a password chosen by the beheerder, and a TOTP
-- secret (encrypted with a key outside the database). The application role cannot read the code
-- hash or the secret: only the login and activation use cases (owner role) do.
ALTER TABLE gebruikers
  ADD COLUMN activatiecode_hash text,
  ADD COLUMN activatie_verloopt_op timestamptz,
  ADD COLUMN totp_geheim text,
  ADD COLUMN totp_actief boolean NOT NULL DEFAULT false,
  -- The time step of the last accepted code: a code is accepted once, even within its window.
  ADD COLUMN totp_laatste_stap bigint;
GRANT SELECT (activatie_verloopt_op, totp_actief) ON gebruikers TO open_toegang_app;

-- Every change of a medewerker's roles, and every grant that waits for a second beheerder.
-- rollen_voor/rollen_na hold role names only (no personal data); the auditor lists these.
CREATE TABLE rolwijzigingen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  medewerker_id uuid NOT NULL REFERENCES medewerkers (id),
  rollen_voor text[] NOT NULL,
  rollen_na text[] NOT NULL,
  status text NOT NULL CHECK (status IN ('doorgevoerd', 'wacht-op-goedkeuring', 'goedgekeurd', 'afgewezen')),
  -- NULL: a system action (demo data, the command line on the server).
  aangevraagd_door uuid REFERENCES gebruikers (id),
  aangevraagd_op timestamptz NOT NULL DEFAULT now(),
  beoordeeld_door uuid REFERENCES gebruikers (id),
  beoordeeld_op timestamptz,
  versie integer NOT NULL DEFAULT 1,
  -- Four eyes: the one who approves is not the one who asked.
  CHECK (beoordeeld_door IS NULL OR aangevraagd_door IS NULL OR beoordeeld_door <> aangevraagd_door)
);
CREATE INDEX rolwijzigingen_gemeente ON rolwijzigingen (gemeente_code, aangevraagd_op DESC);
CREATE INDEX rolwijzigingen_medewerker ON rolwijzigingen (medewerker_id, aangevraagd_op DESC);
CREATE INDEX rolwijzigingen_open ON rolwijzigingen (gemeente_code) WHERE status = 'wacht-op-goedkeuring';
ALTER TABLE rolwijzigingen ENABLE ROW LEVEL SECURITY;
CREATE POLICY rolwijzigingen_gemeente ON rolwijzigingen TO open_toegang_app
  USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()));
GRANT SELECT, INSERT, UPDATE ON rolwijzigingen TO open_toegang_app;

-- The step between password and session when a second factor is needed. Owner role only.
CREATE TABLE inlogstappen (
  -- SHA-256 of the token the client holds for this step.
  id text PRIMARY KEY,
  gebruiker_id uuid NOT NULL REFERENCES gebruikers (id) ON DELETE CASCADE,
  soort text NOT NULL CHECK (soort IN ('totp', 'totp-inschrijven')),
  -- Enrolment only: the new secret, encrypted like gebruikers.totp_geheim.
  totp_geheim text,
  pogingen integer NOT NULL DEFAULT 0,
  herkomst_ip text,
  verloopt_op timestamptz NOT NULL
);
CREATE INDEX inlogstappen_verloopt ON inlogstappen (verloopt_op);
