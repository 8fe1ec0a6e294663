-- The Awb around a Wmo decision, continued (issue 19, ADR 0025): verdaging of the aanvraag's
-- beslistermijn (4:14 lid 3), the beschikking tot vaststelling van de dwangsom (4:18), the
-- hersteltermijn of a pro-forma bezwaar (7:10 lid 2), hoorzitting (7:2, 7:3) and advies (7:13).

-- Verdaging (Awb 4:14 lid 3): the new date is beschikking_uiterlijk itself; when and why here.
ALTER TABLE aanvragen ADD COLUMN verdaagd_op date;
ALTER TABLE aanvragen ADD COLUMN verdaging_reden text CHECK (length(verdaging_reden) <= 5000);

-- Vaststelling van de dwangsom (Awb 4:18): the days and amount fixed by beschikking.
ALTER TABLE ingebrekestellingen ADD COLUMN vastgesteld_op date;
ALTER TABLE ingebrekestellingen ADD COLUMN vastgestelde_dagen integer CHECK (vastgestelde_dagen BETWEEN 0 AND 42);
ALTER TABLE ingebrekestellingen ADD COLUMN vastgesteld_bedrag_cent integer CHECK (vastgesteld_bedrag_cent >= 0);
ALTER TABLE ingebrekestellingen ADD COLUMN laatste_dag date;

-- Pro-forma bezwaar: the request to repair (Awb 6:6) and the repair; hoorzitting and advies.
ALTER TABLE bezwaren ADD COLUMN herstel_verzocht_op date;
ALTER TABLE bezwaren ADD COLUMN hersteld_op date;
ALTER TABLE bezwaren ADD COLUMN hoorzitting_op date;
ALTER TABLE bezwaren ADD COLUMN horen_afgezien text
  CHECK (horen_afgezien IN ('kennelijk-niet-ontvankelijk', 'kennelijk-ongegrond', 'afstand', 'geen-reactie', 'volledig-tegemoet'));
ALTER TABLE bezwaren ADD COLUMN advies_op date;
ALTER TABLE bezwaren ADD COLUMN advies_samenvatting text CHECK (length(advies_samenvatting) <= 10000);

-- Letters of the aanvraag (verdaging, dwangsom). 021 redefined the soort check without the
-- bezwaar letters of 020; all soorten together here.
ALTER TABLE documenten ADD COLUMN aanvraag_id uuid REFERENCES aanvragen (id);
CREATE INDEX documenten_aanvraag ON documenten (aanvraag_id) WHERE aanvraag_id IS NOT NULL;
ALTER TABLE documenten DROP CONSTRAINT IF EXISTS documenten_soort_check;
ALTER TABLE documenten ADD CONSTRAINT documenten_soort_check
  CHECK (soort IN ('ontvangstbevestiging', 'verslag', 'beschikking', 'bezwaar-verdaging',
                   'beslissing-op-bezwaar', 'aanvraag-verdaging', 'dwangsom-vaststelling'));

-- The klachtcoördinator (Awb chapter 9): a role of its own. Widen the roles check by adding to
-- whatever list it has now (as 009 does), so migrations adding roles can run in either order.
DO $$
DECLARE
  c record;
  rollen text[] := ARRAY['klachtcoordinator'];
BEGIN
  FOR c IN
    SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
    WHERE conrelid = 'medewerkers'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%rollen <@%'
  LOOP
    -- After 009 the list reads '{a,b,...}'::text[]; before it ARRAY['a', 'b']: take every role name.
    rollen := rollen || ARRAY(
      SELECT m[1] FROM regexp_matches(regexp_replace(c.def, '^.*rollen <@ ', ''), '([a-z][a-z_-]*[a-z])', 'g') AS m
      WHERE m[1] NOT IN ('text', 'array'));
    EXECUTE format('ALTER TABLE medewerkers DROP CONSTRAINT %I', c.conname);
  END LOOP;
  EXECUTE format('ALTER TABLE medewerkers ADD CONSTRAINT medewerkers_rollen_check CHECK (rollen <@ %L::text[])',
    ARRAY(SELECT DISTINCT unnest(rollen) ORDER BY 1));
END
$$;
