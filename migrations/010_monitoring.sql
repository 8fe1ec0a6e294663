-- Monitoring (issue 7): the kerncijfers rollup with its change markers, indexes for the process
-- KPIs and the herindicatie forecast, and the configuration of the capacity model (normtijden).
-- Why a rollup and not only indexes: docs/adr/0012-kerncijfers-rollup.md.

-- Kerncijfers per gemeente and year, computed once from the records and kept until a change makes
-- them stale. `data` holds the counts per wijk × productcategorie and the unique clients (see
-- src/server/modules/monitoring/kerncijfers.ts); names of wijken are read at query time.
CREATE TABLE kerncijfers_jaren (
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  jaar integer NOT NULL CHECK (jaar BETWEEN 1900 AND 2200),
  data jsonb NOT NULL,
  berekend_op timestamptz NOT NULL DEFAULT now(),
  rekentijd_ms integer,
  PRIMARY KEY (gemeente_code, jaar)
);

-- One marker per statement that changed counted voorzieningen: the gemeente and the years it can
-- affect (tot_jaar NULL: open-ended). Append-only, so concurrent writers never wait for each other.
-- A reader that finds markers for its year drops the stale rollups and recomputes (under an
-- advisory lock per gemeente), then deletes exactly the markers it saw.
CREATE TABLE kerncijfers_mutaties (
  id bigserial PRIMARY KEY,
  gemeente_code text NOT NULL,
  van_jaar integer NOT NULL,
  tot_jaar integer,
  tijdstip timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX kerncijfers_mutaties_gemeente ON kerncijfers_mutaties (gemeente_code, van_jaar);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['kerncijfers_jaren', 'kerncijfers_mutaties'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I TO open_toegang_app USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()))',
      t || '_gemeente', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO open_toegang_app', t);
  END LOOP;
END
$$;

-- The period in which a voorziening counts, by year: from the earlier of ingangsdatum and
-- besluitdatum to the later of its (effective) end and besluitdatum; NULL when it has no end.
CREATE FUNCTION ot_kerncijfers_jaren(ingang date, einde date, besluit date, OUT van integer, OUT tot integer)
LANGUAGE sql IMMUTABLE AS $$
  SELECT extract(year FROM least(ingang, besluit))::integer,
         CASE WHEN einde IS NULL THEN NULL ELSE extract(year FROM greatest(einde, besluit))::integer END
$$;

-- Statement-level triggers with transition tables: one INSERT per statement, also for bulk imports.
-- SECURITY DEFINER so that writing a marker needs no grant for the caller's role; the function
-- only copies gemeente codes and years from the rows the statement changed.
-- An update that only moves the end (an intrekking or wijziging sets beeindigd_op) touches only the
-- years between the old and the new end; any other change touches both whole periods.
CREATE FUNCTION ot_kerncijfers_voorzieningen_gewijzigd() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO kerncijfers_mutaties (gemeente_code, van_jaar, tot_jaar)
  SELECT x.gemeente_code, min(x.van), CASE WHEN bool_or(x.tot IS NULL) THEN NULL ELSE max(x.tot) END
  FROM (
    SELECT p.gemeente_code, extract(year FROM least(coalesce(p.oud_einde, p.nieuw_einde), coalesce(p.nieuw_einde, p.oud_einde)))::integer AS van,
           CASE WHEN p.oud_einde IS NULL OR p.nieuw_einde IS NULL THEN NULL
                ELSE extract(year FROM greatest(p.oud_einde, p.nieuw_einde))::integer END AS tot
    FROM (
      SELECT n.gemeente_code, n.beschikking_id, least(o.einddatum, o.beeindigd_op) AS oud_einde,
             least(n.einddatum, n.beeindigd_op) AS nieuw_einde
      FROM oud o JOIN nieuw n ON n.id = o.id
      WHERE n.besluit = 'toekenning' AND o.besluit = 'toekenning' AND o.beschikking_id = n.beschikking_id
        AND o.persoon_id = n.persoon_id AND o.productcategorie = n.productcategorie
        AND o.ingangsdatum IS NOT DISTINCT FROM n.ingangsdatum AND o.wijk_id IS NOT DISTINCT FROM n.wijk_id
    ) p
    JOIN beschikkingen b ON b.id = p.beschikking_id AND b.status = 'vastgesteld'
    WHERE p.oud_einde IS DISTINCT FROM p.nieuw_einde
    UNION ALL
    SELECT r.gemeente_code, j.van, j.tot
    FROM (
      SELECT o.gemeente_code, o.beschikking_id, o.besluit, o.ingangsdatum, least(o.einddatum, o.beeindigd_op) AS einde
      FROM oud o JOIN nieuw n ON n.id = o.id
      WHERE NOT (o.besluit = n.besluit AND o.beschikking_id = n.beschikking_id AND o.persoon_id = n.persoon_id
        AND o.productcategorie = n.productcategorie AND o.ingangsdatum IS NOT DISTINCT FROM n.ingangsdatum
        AND o.wijk_id IS NOT DISTINCT FROM n.wijk_id)
      UNION ALL
      SELECT n.gemeente_code, n.beschikking_id, n.besluit, n.ingangsdatum, least(n.einddatum, n.beeindigd_op)
      FROM oud o JOIN nieuw n ON n.id = o.id
      WHERE NOT (o.besluit = n.besluit AND o.beschikking_id = n.beschikking_id AND o.persoon_id = n.persoon_id
        AND o.productcategorie = n.productcategorie AND o.ingangsdatum IS NOT DISTINCT FROM n.ingangsdatum
        AND o.wijk_id IS NOT DISTINCT FROM n.wijk_id)
    ) r
    JOIN beschikkingen b ON b.id = r.beschikking_id AND b.status = 'vastgesteld'
    CROSS JOIN LATERAL ot_kerncijfers_jaren(r.ingangsdatum, r.einde, b.besluitdatum) j
    WHERE r.besluit = 'toekenning'
  ) x
  GROUP BY x.gemeente_code;
  RETURN NULL;
END
$$;

-- One function per event: a transition table that the event does not have cannot be named.
CREATE FUNCTION ot_kerncijfers_voorzieningen_ingevoegd() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO kerncijfers_mutaties (gemeente_code, van_jaar, tot_jaar)
  SELECT r.gemeente_code, min(j.van), CASE WHEN bool_or(j.tot IS NULL) THEN NULL ELSE max(j.tot) END
  FROM nieuw r
  JOIN beschikkingen b ON b.id = r.beschikking_id AND b.status = 'vastgesteld'
  CROSS JOIN LATERAL ot_kerncijfers_jaren(r.ingangsdatum, least(r.einddatum, r.beeindigd_op), b.besluitdatum) j
  WHERE r.besluit = 'toekenning'
  GROUP BY r.gemeente_code;
  RETURN NULL;
END
$$;

CREATE FUNCTION ot_kerncijfers_voorzieningen_verwijderd() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO kerncijfers_mutaties (gemeente_code, van_jaar, tot_jaar)
  SELECT r.gemeente_code, min(j.van), CASE WHEN bool_or(j.tot IS NULL) THEN NULL ELSE max(j.tot) END
  FROM oud r
  JOIN beschikkingen b ON b.id = r.beschikking_id AND b.status = 'vastgesteld'
  CROSS JOIN LATERAL ot_kerncijfers_jaren(r.ingangsdatum, least(r.einddatum, r.beeindigd_op), b.besluitdatum) j
  WHERE r.besluit = 'toekenning'
  GROUP BY r.gemeente_code;
  RETURN NULL;
END
$$;

CREATE TRIGGER kerncijfers_voorzieningen_insert AFTER INSERT ON voorzieningen
  REFERENCING NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION ot_kerncijfers_voorzieningen_ingevoegd();
CREATE TRIGGER kerncijfers_voorzieningen_update AFTER UPDATE ON voorzieningen
  REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION ot_kerncijfers_voorzieningen_gewijzigd();
CREATE TRIGGER kerncijfers_voorzieningen_delete AFTER DELETE ON voorzieningen
  REFERENCING OLD TABLE AS oud FOR EACH STATEMENT EXECUTE FUNCTION ot_kerncijfers_voorzieningen_verwijderd();

-- A beschikking that is fixed (or whose besluitdatum or status changes) changes whether and in which
-- year its voorzieningen count.
CREATE FUNCTION ot_kerncijfers_beschikkingen_gewijzigd() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  INSERT INTO kerncijfers_mutaties (gemeente_code, van_jaar, tot_jaar)
  SELECT v.gemeente_code, min(j.van), CASE WHEN bool_or(j.tot IS NULL) THEN NULL ELSE max(j.tot) END
  FROM (
    SELECT n.id, n.besluitdatum FROM nieuw n JOIN oud o ON o.id = n.id
    WHERE (n.status IS DISTINCT FROM o.status OR n.besluitdatum IS DISTINCT FROM o.besluitdatum)
      AND 'vastgesteld' IN (n.status, o.status)
    UNION ALL
    SELECT o.id, o.besluitdatum FROM nieuw n JOIN oud o ON o.id = n.id
    WHERE o.besluitdatum IS DISTINCT FROM n.besluitdatum AND o.status = 'vastgesteld'
  ) b
  JOIN voorzieningen v ON v.beschikking_id = b.id AND v.besluit = 'toekenning'
  CROSS JOIN LATERAL ot_kerncijfers_jaren(v.ingangsdatum, least(v.einddatum, v.beeindigd_op), coalesce(b.besluitdatum, v.ingangsdatum)) j
  GROUP BY v.gemeente_code;
  RETURN NULL;
END
$$;

CREATE TRIGGER kerncijfers_beschikkingen_update AFTER UPDATE ON beschikkingen
  REFERENCING OLD TABLE AS oud NEW TABLE AS nieuw FOR EACH STATEMENT EXECUTE FUNCTION ot_kerncijfers_beschikkingen_gewijzigd();

-- Process KPIs: meldingen by month of arrival; aanvragen by month.
CREATE INDEX meldingen_ontvangst ON meldingen (gemeente_code, ontvangstdatum);
CREATE INDEX aanvragen_gemeente_datum ON aanvragen (gemeente_code, aanvraagdatum);
CREATE INDEX onderzoeken_afgerond ON onderzoeken (gemeente_code, afgerond_op);

-- Capacity model: normtijden per activity in minutes, and the productive hours of one fte per year.
-- No rows: the defaults in src/server/domain/monitoring/capaciteit.ts.
CREATE TABLE normtijden (
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  activiteit text NOT NULL CHECK (activiteit IN ('verdelen-werkstroom', 'verduidelijken-hulpvraag', 'onderzoek',
    'vastleggen-plan-verslag', 'beschikking-opstellen', 'herindicatie')),
  minuten integer NOT NULL CHECK (minuten BETWEEN 0 AND 6000),
  PRIMARY KEY (gemeente_code, activiteit)
);

CREATE TABLE formatie_instellingen (
  gemeente_code text PRIMARY KEY REFERENCES gemeenten (code),
  productieve_uren_per_fte integer NOT NULL CHECK (productieve_uren_per_fte BETWEEN 100 AND 2000),
  versie integer NOT NULL DEFAULT 1,
  gewijzigd_door uuid REFERENCES medewerkers (id),
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['normtijden', 'formatie_instellingen'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I TO open_toegang_app USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()))',
      t || '_gemeente', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO open_toegang_app', t);
  END LOOP;
END
$$;
