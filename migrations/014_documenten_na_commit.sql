-- Letters are rendered after the transaction that decides them commits (ADR 0020). The use case
-- stores the letter's content (`brief`, the pure `Brief` the renderer lays out) with status
-- 'te-maken'; a job (or the first download) renders the PDF, stores it with its SHA-256 and sets
-- 'gemaakt'. A render that fails sets 'mislukt' with the error, so the caseworker sees it and can
-- retry. Existing rows were rendered in their transaction: they are 'gemaakt'.
ALTER TABLE documenten ALTER COLUMN inhoud DROP NOT NULL;
ALTER TABLE documenten ALTER COLUMN sha256 DROP NOT NULL;
ALTER TABLE documenten ADD COLUMN status text NOT NULL DEFAULT 'gemaakt'
  CHECK (status IN ('te-maken', 'gemaakt', 'mislukt'));
ALTER TABLE documenten ALTER COLUMN status SET DEFAULT 'te-maken';
ALTER TABLE documenten ADD COLUMN brief jsonb;
ALTER TABLE documenten ADD COLUMN pogingen integer NOT NULL DEFAULT 0;
ALTER TABLE documenten ADD COLUMN fout text;
ALTER TABLE documenten ADD COLUMN gemaakt_op timestamptz;
-- A made document has its content and hash; one still to make has what to make it from.
ALTER TABLE documenten ADD CONSTRAINT documenten_inhoud_check
  CHECK (status <> 'gemaakt' OR (inhoud IS NOT NULL AND sha256 IS NOT NULL));
ALTER TABLE documenten ADD CONSTRAINT documenten_brief_check
  CHECK (status = 'gemaakt' OR brief IS NOT NULL);
-- The sweep that finds letters left behind (a crash between commit and job) reads only these.
CREATE INDEX documenten_open ON documenten (aangemaakt_op) WHERE status <> 'gemaakt';
CREATE INDEX documenten_beschikking ON documenten (beschikking_id) WHERE beschikking_id IS NOT NULL;
