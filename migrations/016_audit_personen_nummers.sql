-- Issue 14, findings 3 and 6.
--
-- 1. "Wie heeft deze persoon gezien?" (NEN 7513): an audit row names the persons whose data the
--    request showed — the result of a search, a list page or an export, or the person(s) a read
--    object concerns. One row per request with the ids in an array (measured against a child table
--    with one row per person: docs/audit-checkpoints.md, "Kosten"); a GIN index answers "all
--    accesses to person X". Rows written before this migration have NULL (unknown), and the hash
--    chain covers the column only when it is set, so the rows sealed before keep their hash.
-- 2. Melding and beschikking numbers per gemeente: a counter per gemeente and kind, taken in the
--    transaction that inserts the record (row lock: concurrent inserts wait, never share a number;
--    a rolled-back insert may leave a gap, which is allowed). Lochem's first melding is M-000001 and
--    no longer reveals Deventer's volume. Existing numbers stay; the counters continue after each
--    gemeente's highest number.

ALTER TABLE audit_log ADD COLUMN personen uuid[];
CREATE INDEX audit_log_personen ON audit_log USING gin (personen) WHERE personen IS NOT NULL;

CREATE TABLE nummerreeksen (
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  soort text NOT NULL CHECK (soort IN ('melding', 'beschikking')),
  laatste bigint NOT NULL CHECK (laatste >= 0),
  PRIMARY KEY (gemeente_code, soort)
);
ALTER TABLE nummerreeksen ENABLE ROW LEVEL SECURITY;
CREATE POLICY nummerreeksen_gemeente ON nummerreeksen TO open_toegang_app
  USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()));
GRANT SELECT, INSERT, UPDATE ON nummerreeksen TO open_toegang_app;

INSERT INTO nummerreeksen (gemeente_code, soort, laatste)
SELECT gemeente_code, 'melding', max(nummer) FROM meldingen GROUP BY gemeente_code
UNION ALL
SELECT gemeente_code, 'beschikking', max(nummer) FROM beschikkingen GROUP BY gemeente_code;

-- The next number of a gemeente: one statement, so the row lock of the upsert serialises concurrent
-- callers of the same gemeente and kind until their transaction ends.
CREATE FUNCTION volgend_nummer(p_gemeente text, p_soort text) RETURNS bigint
LANGUAGE sql VOLATILE AS $$
  INSERT INTO nummerreeksen AS r (gemeente_code, soort, laatste) VALUES (p_gemeente, p_soort, 1)
  ON CONFLICT (gemeente_code, soort) DO UPDATE SET laatste = r.laatste + 1
  RETURNING laatste
$$;
GRANT EXECUTE ON FUNCTION volgend_nummer(text, text) TO open_toegang_app;

CREATE FUNCTION nummer_per_gemeente() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.nummer := volgend_nummer(NEW.gemeente_code, TG_ARGV[0]);
  RETURN NEW;
END
$$;

-- Only rows inserted without a number draw one (bulk loads that number themselves skip the call).
ALTER TABLE meldingen ALTER COLUMN nummer DROP DEFAULT;
ALTER TABLE meldingen DROP CONSTRAINT meldingen_nummer_key;
ALTER TABLE meldingen ADD CONSTRAINT meldingen_gemeente_nummer_key UNIQUE (gemeente_code, nummer);
CREATE TRIGGER meldingen_nummer BEFORE INSERT ON meldingen
  FOR EACH ROW WHEN (NEW.nummer IS NULL) EXECUTE FUNCTION nummer_per_gemeente('melding');

ALTER TABLE beschikkingen ALTER COLUMN nummer DROP DEFAULT;
ALTER TABLE beschikkingen DROP CONSTRAINT beschikkingen_nummer_key;
ALTER TABLE beschikkingen ADD CONSTRAINT beschikkingen_gemeente_nummer_key UNIQUE (gemeente_code, nummer);
CREATE TRIGGER beschikkingen_nummer BEFORE INSERT ON beschikkingen
  FOR EACH ROW WHEN (NEW.nummer IS NULL) EXECUTE FUNCTION nummer_per_gemeente('beschikking');

-- The shared sequences are no longer used; dropped so nothing draws from them by mistake.
DROP SEQUENCE melding_nummers;
DROP SEQUENCE beschikking_nummers;
