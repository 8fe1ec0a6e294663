-- Bewaartermijnen en vernietiging (issue 18, item 5; Archiefwet, AVG art. 5 lid 1 sub e; ADR 0031).
-- Retention per kind of dossier, configured per gemeente with its source; holds (bewaarplicht);
-- vernietigingslijsten proposed by a nightly job, approved by an archivaris and a privacy officer;
-- the anonymous kerncijfers contribution of destroyed persons; pseudonymised audit references.

-- The archivaris approves vernietigingslijsten (with the privacy officer, role auditor). Widen the
-- roles check as 009 and 028 do, so migrations adding roles can run in either order.
DO $$
DECLARE
  c record;
  rollen text[] := ARRAY['archivaris'];
BEGIN
  FOR c IN
    SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
    WHERE conrelid = 'medewerkers'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%rollen <@%'
  LOOP
    rollen := rollen || ARRAY(
      SELECT m[1] FROM regexp_matches(regexp_replace(c.def, '^.*rollen <@ ', ''), '([a-z][a-z_-]*[a-z])', 'g') AS m
      WHERE m[1] NOT IN ('text', 'array'));
    EXECUTE format('ALTER TABLE medewerkers DROP CONSTRAINT %I', c.conname);
  END LOOP;
  EXECUTE format('ALTER TABLE medewerkers ADD CONSTRAINT medewerkers_rollen_check CHECK (rollen <@ %L::text[])',
    ARRAY(SELECT DISTINCT unnest(rollen) ORDER BY 1));
END
$$;

-- The retention term per gemeente and kind of dossier, in years after the dossier ended, with the
-- source (selectielijst version and category) as the archivist confirmed it. No row: the default
-- in src/domain/privacy/bewaartermijnen.ts.
CREATE TABLE bewaartermijnen (
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  dossiersoort text NOT NULL CHECK (dossiersoort IN ('wmo-met-voorziening', 'wmo-zonder-voorziening')),
  jaren integer NOT NULL CHECK (jaren BETWEEN 0 AND 115),
  bron text NOT NULL CHECK (length(bron) BETWEEN 1 AND 2000),
  gewijzigd_door uuid REFERENCES medewerkers (id),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  versie integer NOT NULL DEFAULT 1,
  PRIMARY KEY (gemeente_code, dossiersoort)
);

-- A manual bewaarplicht (e.g. a court case, a request of the archivist): stops destruction until lifted.
CREATE TABLE bewaarplichten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  persoon_id uuid NOT NULL REFERENCES personen (id),
  reden text NOT NULL CHECK (length(reden) BETWEEN 1 AND 2000),
  opgeheven_op timestamptz,
  opgeheven_door uuid REFERENCES medewerkers (id),
  geregistreerd_door uuid REFERENCES medewerkers (id),
  aangemaakt_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bewaarplichten_persoon ON bewaarplichten (persoon_id) WHERE opgeheven_op IS NULL;

-- A proposed list of persons whose every dossier passed its term. Approved by two different people
-- in two roles (archivaris, auditor); the second approval runs the destruction.
CREATE TABLE vernietigingslijsten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  peildatum date NOT NULL,
  status text NOT NULL DEFAULT 'voorgesteld'
    CHECK (status IN ('voorgesteld', 'vernietigd', 'deels-vernietigd')),
  opgesteld_op timestamptz NOT NULL DEFAULT now(),
  vernietigd_op timestamptz,
  -- The vernietigingsverklaring (letter content, rendered to PDF on download) after destruction.
  verklaring jsonb,
  versie integer NOT NULL DEFAULT 1
);
CREATE INDEX vernietigingslijsten_gemeente ON vernietigingslijsten (gemeente_code, opgesteld_op DESC);

-- One person on a list. persoon_id has no foreign key (the person is destroyed) and is cleared by
-- the destruction; pseudoniem is what stays, also in the audit trail.
CREATE TABLE vernietigingslijst_personen (
  lijst_id uuid NOT NULL REFERENCES vernietigingslijsten (id),
  pseudoniem uuid NOT NULL DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  persoon_id uuid,
  -- What made the person eligible, without personal data: dossier kinds, end dates, terms.
  grond jsonb NOT NULL,
  status text NOT NULL DEFAULT 'voorgesteld' CHECK (status IN ('voorgesteld', 'vernietigd', 'niet-vernietigd')),
  reden_niet text CHECK (length(reden_niet) <= 2000),
  -- Per table the number of rows removed.
  verwijderd jsonb,
  vernietigd_op timestamptz,
  PRIMARY KEY (lijst_id, pseudoniem)
);
CREATE INDEX vernietigingslijst_personen_persoon ON vernietigingslijst_personen (persoon_id) WHERE persoon_id IS NOT NULL;

CREATE TABLE vernietiging_goedkeuringen (
  lijst_id uuid NOT NULL REFERENCES vernietigingslijsten (id),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  rol text NOT NULL CHECK (rol IN ('archivaris', 'auditor')),
  medewerker_id uuid NOT NULL REFERENCES medewerkers (id),
  goedgekeurd_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (lijst_id, rol),
  UNIQUE (lijst_id, medewerker_id)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['bewaartermijnen', 'bewaarplichten', 'vernietigingslijsten', 'vernietigingslijst_personen',
                           'vernietiging_goedkeuringen'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I TO open_toegang_app USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()))',
      t || '_gemeente', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO open_toegang_app', t);
  END LOOP;
END
$$;

-- The kerncijfers contribution of destroyed persons (anonymous: counts per year, wijk and category),
-- added to every later computation so that past years keep their numbers (ADR 0012, 0031).
CREATE TABLE kerncijfers_vernietigd (
  id bigserial PRIMARY KEY,
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  jaar integer NOT NULL,
  soort text NOT NULL CHECK (soort IN ('c', 'w', 't')),
  wijk_id uuid,
  productcategorie text,
  a integer NOT NULL,
  b integer,
  c integer
);
CREATE INDEX kerncijfers_vernietigd_jaar ON kerncijfers_vernietigd (gemeente_code, jaar);
ALTER TABLE kerncijfers_vernietigd ENABLE ROW LEVEL SECURITY;
CREATE POLICY kerncijfers_vernietigd_gemeente ON kerncijfers_vernietigd TO open_toegang_app
  USING (gemeente_code = ANY (ot_gemeenten()));
GRANT SELECT ON kerncijfers_vernietigd TO open_toegang_app;

-- An audit row whose person references were pseudonymised after its sealing: the chain hash it had
-- and the digest of the row as it reads now. The verifier accepts such a row only when both match
-- (platform/audit/chain.ts). Owner-only, like audit_keten.
CREATE TABLE audit_pseudonimiseringen (
  audit_id bigint PRIMARY KEY,
  keten_hash text NOT NULL,
  rij_digest text NOT NULL,
  lijst_id uuid NOT NULL,
  tijdstip timestamptz NOT NULL DEFAULT now()
);
