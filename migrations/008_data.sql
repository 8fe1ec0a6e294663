-- Data in (issue 6): the historic import of beschikkingen from an earlier system, and the bookkeeping
-- of the synthetic data generator. See docs/import.md, docs/demo-data.md and ADR 0011.

-- A person known in the old system only by its own key (no BSN). Kept so that a re-run of the same
-- file finds the person again instead of creating a second one.
-- Keys are compared byte-wise (COLLATE "C"): they are codes, not words, and a linguistic collation
-- would make every index probe of a million-row import slower for nothing.
ALTER TABLE personen ADD COLUMN bron_sleutel text COLLATE "C" CHECK (length(bron_sleutel) BETWEEN 1 AND 100);
CREATE UNIQUE INDEX personen_bron_sleutel ON personen (gemeente_code, bron_sleutel) WHERE bron_sleutel IS NOT NULL;

-- Idempotency of the import: a migrated beschikking (client + besluitdatum) and each migrated
-- voorziening line carry a key derived from the row (a hash, no BSN in it); a second run of the
-- same file finds them and inserts nothing.
CREATE UNIQUE INDEX beschikkingen_bron_sleutel ON beschikkingen (gemeente_code, bron_sleutel COLLATE "C")
  WHERE bron_sleutel IS NOT NULL;
ALTER TABLE voorzieningen ADD COLUMN bron_sleutel text COLLATE "C" CHECK (length(bron_sleutel) BETWEEN 1 AND 100);
CREATE UNIQUE INDEX voorzieningen_bron_sleutel ON voorzieningen (gemeente_code, bron_sleutel)
  WHERE bron_sleutel IS NOT NULL;

-- One row per import run: who, which file (SHA-256, not the content), what it did. The audit trail
-- holds one entry when the run starts and one when it ends (ADR 0011); this table has the counts
-- per committed batch and the row errors (line, column, code — never the values).
CREATE TABLE imports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  soort text NOT NULL CHECK (soort IN ('beschikkingen')),
  bestandsnaam text CHECK (length(bestandsnaam) <= 255),
  sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  codering text NOT NULL CHECK (codering IN ('utf-8', 'windows-1252', 'onbekend')),
  scheidingsteken text CHECK (scheidingsteken IN (',', ';', E'\t')),
  ongeldige_overslaan boolean NOT NULL DEFAULT false,
  status text NOT NULL CHECK (status IN ('bezig', 'klaar', 'geweigerd', 'mislukt')),
  regels integer NOT NULL DEFAULT 0,
  ongeldige_regels integer NOT NULL DEFAULT 0,
  verwerkte_regels integer NOT NULL DEFAULT 0,
  personen_nieuw integer NOT NULL DEFAULT 0,
  beschikkingen_nieuw integer NOT NULL DEFAULT 0,
  voorzieningen_nieuw integer NOT NULL DEFAULT 0,
  toewijzingen_nieuw integer NOT NULL DEFAULT 0,
  al_aanwezig integer NOT NULL DEFAULT 0,
  fouten jsonb NOT NULL DEFAULT '[]'::jsonb,
  gestart_door uuid REFERENCES gebruikers (id),
  gestart_op timestamptz NOT NULL DEFAULT now(),
  klaar_op timestamptz
);
CREATE INDEX imports_gemeente ON imports (gemeente_code, gestart_op DESC);
ALTER TABLE imports ENABLE ROW LEVEL SECURITY;
CREATE POLICY imports_gemeente ON imports TO open_toegang_app
  USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()));
GRANT SELECT, INSERT, UPDATE ON imports TO open_toegang_app;

-- Runs of the synthetic data generator (`demo-data --profiel …`): owner-only platform bookkeeping,
-- so a second run on the same database can refuse instead of doubling the data.
CREATE TABLE datageneraties (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  profiel text NOT NULL,
  schaal numeric NOT NULL CHECK (schaal > 0),
  seed bigint NOT NULL,
  gemeenten text[] NOT NULL,
  aantallen jsonb NOT NULL DEFAULT '{}'::jsonb,
  gestart_op timestamptz NOT NULL DEFAULT now(),
  klaar_op timestamptz
);
