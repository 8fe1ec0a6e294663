-- Grote projecten (issue 8): projects and deelprojecten, quarterly rapportages to the council with their
-- full history, publication as a static page and PDF, the registers (mijlpalen, risico's, budget) and
-- variant comparisons. Projects hold no personal data of residents.

-- Two new roles: projectleider (drafts) and opdrachtgever (portefeuillehouder or ambtelijk opdrachtgever,
-- sets vast). The roles check on medewerkers is widened by adding to whatever list it has now, so that
-- this migration and another one that adds roles can run in either order.
DO $$
DECLARE
  c record;
  rollen text[] := ARRAY['projectleider', 'opdrachtgever'];
BEGIN
  FOR c IN
    SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
    WHERE conrelid = 'medewerkers'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%rollen <@%'
  LOOP
    rollen := rollen || ARRAY(SELECT m[1] FROM regexp_matches(c.def, '''([a-z_-]+)''', 'g') AS m);
    EXECUTE format('ALTER TABLE medewerkers DROP CONSTRAINT %I', c.conname);
  END LOOP;
  EXECUTE format('ALTER TABLE medewerkers ADD CONSTRAINT medewerkers_rollen_check CHECK (rollen <@ %L::text[])',
    ARRAY(SELECT DISTINCT unnest(rollen) ORDER BY 1));
END
$$;

CREATE TABLE projecten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 300),
  -- A deelproject belongs to a hoofdproject (document 000: "Deelproject 2 bevindt zich in …").
  hoofdproject_id uuid REFERENCES projecten (id),
  omschrijving text NOT NULL DEFAULT '' CHECK (length(omschrijving) <= 20000),
  portefeuillehouder text NOT NULL DEFAULT '' CHECK (length(portefeuillehouder) <= 200),
  ambtelijk_opdrachtgever text NOT NULL DEFAULT '' CHECK (length(ambtelijk_opdrachtgever) <= 200),
  projectleider text NOT NULL DEFAULT '' CHECK (length(projectleider) <= 200),
  programma text NOT NULL DEFAULT '' CHECK (length(programma) <= 200),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  UNIQUE (gemeente_code, naam),
  CHECK (hoofdproject_id IS DISTINCT FROM id)
);
CREATE INDEX projecten_hoofdproject ON projecten (hoofdproject_id);

-- One rapportage per project per reporting date. `inhoud` holds every field of the report format as
-- one validated document (see ADR 0010); status and date are columns because lists and rules use them.
CREATE TABLE project_rapportages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  project_id uuid NOT NULL REFERENCES projecten (id),
  rapportagedatum date NOT NULL,
  status text NOT NULL DEFAULT 'concept' CHECK (status IN ('concept', 'ter-review', 'vastgesteld', 'gepubliceerd')),
  inhoud jsonb NOT NULL,
  -- The rapportage this one started as a copy of.
  vorige_id uuid REFERENCES project_rapportages (id),
  -- Provenance of an imported report: format, file name, "gebouwd op … met de export van …".
  bron jsonb,
  -- At vaststelling the report and the project's registers are frozen: this export is what is published.
  export jsonb,
  geexporteerd_op timestamptz,
  vastgesteld_door uuid REFERENCES medewerkers (id),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  UNIQUE (project_id, rapportagedatum),
  CHECK ((status IN ('concept', 'ter-review')) = (export IS NULL))
);

-- Every change to a rapportage, with who, when, what (the changed fields) and the full text after it.
-- Insert-only for the application: history is never rewritten.
CREATE TABLE rapportage_wijzigingen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  rapportage_id uuid NOT NULL REFERENCES project_rapportages (id),
  versie integer NOT NULL,
  actie text NOT NULL CHECK (actie IN ('aangemaakt', 'geimporteerd', 'gewijzigd', 'indiening', 'terugzending', 'vaststelling', 'publicatie')),
  status text NOT NULL,
  velden jsonb NOT NULL DEFAULT '[]',
  inhoud jsonb NOT NULL,
  toelichting text CHECK (length(toelichting) <= 2000),
  door uuid REFERENCES medewerkers (id),
  door_naam text NOT NULL,
  op timestamptz NOT NULL DEFAULT now(),
  UNIQUE (rapportage_id, versie)
);

-- The published page and PDF, built once from the export and never changed afterwards.
CREATE TABLE rapportage_publicaties (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  rapportage_id uuid NOT NULL UNIQUE REFERENCES project_rapportages (id),
  project_id uuid NOT NULL REFERENCES projecten (id),
  html text NOT NULL,
  html_sha256 text NOT NULL,
  pdf bytea NOT NULL,
  pdf_sha256 text NOT NULL,
  gebouwd_op timestamptz NOT NULL,
  export_van timestamptz NOT NULL,
  door uuid REFERENCES medewerkers (id)
);
CREATE INDEX rapportage_publicaties_project ON rapportage_publicaties (project_id);

CREATE TABLE project_mijlpalen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  project_id uuid NOT NULL REFERENCES projecten (id),
  volgorde integer NOT NULL,
  fase text NOT NULL DEFAULT '' CHECK (length(fase) <= 200),
  omschrijving text NOT NULL CHECK (length(omschrijving) BETWEEN 1 AND 1000),
  streefdatum date,
  gereed_op date,
  besluitorgaan text NOT NULL DEFAULT '' CHECK (length(besluitorgaan) <= 200),
  toelichting text NOT NULL DEFAULT '' CHECK (length(toelichting) <= 4000)
);
CREATE INDEX project_mijlpalen_project ON project_mijlpalen (project_id, volgorde);

CREATE TABLE project_risicos (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  project_id uuid NOT NULL REFERENCES projecten (id),
  volgorde integer NOT NULL,
  ongewenste_situatie text NOT NULL DEFAULT '' CHECK (length(ongewenste_situatie) <= 2000),
  risico text NOT NULL CHECK (length(risico) BETWEEN 1 AND 2000),
  oorzaak text NOT NULL DEFAULT '' CHECK (length(oorzaak) <= 4000),
  beheersmaatregel text NOT NULL DEFAULT '' CHECK (length(beheersmaatregel) <= 4000),
  kans smallint NOT NULL CHECK (kans BETWEEN 1 AND 5),
  impact smallint NOT NULL CHECK (impact BETWEEN 1 AND 5),
  eigenaar text NOT NULL DEFAULT '' CHECK (length(eigenaar) <= 200),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'beheerst', 'opgetreden', 'vervallen'))
);
CREATE INDEX project_risicos_project ON project_risicos (project_id, volgorde);

CREATE TABLE project_budgetregels (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  project_id uuid NOT NULL REFERENCES projecten (id),
  volgorde integer NOT NULL,
  post text NOT NULL CHECK (length(post) BETWEEN 1 AND 300),
  soort text NOT NULL DEFAULT 'investering' CHECK (soort IN ('investering', 'exploitatie')),
  jaar smallint NOT NULL CHECK (jaar BETWEEN 1990 AND 2100),
  -- NULL: p.m. (the post is known, the amount not yet).
  bedrag numeric(14, 2),
  dekking text NOT NULL DEFAULT '' CHECK (length(dekking) <= 1000)
);
CREATE INDEX project_budgetregels_project ON project_budgetregels (project_id, volgorde);

CREATE TABLE variantvergelijkingen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  project_id uuid NOT NULL REFERENCES projecten (id),
  titel text NOT NULL CHECK (length(titel) BETWEEN 1 AND 300),
  bron text NOT NULL DEFAULT '' CHECK (length(bron) <= 1000),
  -- puntentelling, varianten (with stated totals) and grouped criteria with their scores.
  inhoud jsonb NOT NULL,
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX variantvergelijkingen_project ON variantvergelijkingen (project_id);

-- Every import with its source text and report, so nothing of an old report is ever lost.
CREATE TABLE project_imports (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  formaat text NOT NULL CHECK (formaat IN ('regels', 'pijptabel', 'varianttabel')),
  bestandsnaam text,
  bron_tekst text NOT NULL,
  sha256 text NOT NULL,
  rapport jsonb NOT NULL,
  project_id uuid REFERENCES projecten (id),
  rapportage_id uuid REFERENCES project_rapportages (id),
  variantvergelijking_id uuid REFERENCES variantvergelijkingen (id),
  door uuid REFERENCES medewerkers (id),
  door_naam text NOT NULL,
  op timestamptz NOT NULL DEFAULT now()
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['projecten', 'project_rapportages', 'rapportage_wijzigingen', 'rapportage_publicaties',
                           'project_mijlpalen', 'project_risicos', 'project_budgetregels', 'variantvergelijkingen',
                           'project_imports'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I TO open_toegang_app USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()))',
      t || '_gemeente', t);
  END LOOP;
END
$$;

GRANT SELECT, INSERT, UPDATE ON projecten, project_rapportages, variantvergelijkingen TO open_toegang_app;
-- History, publications and imports are written once and never changed.
GRANT SELECT, INSERT ON rapportage_wijzigingen, rapportage_publicaties, project_imports TO open_toegang_app;
-- The registers are saved as a whole list (replace), hence DELETE.
GRANT SELECT, INSERT, UPDATE, DELETE ON project_mijlpalen, project_risicos, project_budgetregels TO open_toegang_app;
