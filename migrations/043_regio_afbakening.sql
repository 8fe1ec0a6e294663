-- Regional scope, not local (issue 20 item 2, ADR 0038 "Afbakening"). The regional team for beschermd
-- wonen en opvang (teams.soort = 'regionaal') works for five gemeenten, but sees and handles only
-- BW/MO: the meldingen routed to regional access, the aanvragen, beschikkingen and voorzieningen of
-- those cases or with a product in WMO020 categories 15–18, and the persons and households in them —
-- not the local Wmo cases of the five gemeenten. Local toegang sees that a resident has a regional
-- case and who its contactpersoon is (ot_regio_zaak), not its content, unless it has a relationship
-- with the household (migration 034: contactpersoon, behandelaar, meekijker, doorbraak).
--
-- How a row is regional: a flag `regionaal` on each case table, set by the database, never by hand:
--   meldingen     set when a medewerker of a regional team registers it, or when a melding is routed
--                 to regional access (ot_regio_doorzetten)
--   onderzoeken, aanvragen                      from their melding
--   beschikkingen from the aanvraag, from the beschikking it changes (vorige), or from a BW/MO line
--   voorzieningen from the beschikking, or a BW/MO product category
--   toewijzingen  from the voorziening
--   documenten    from the melding, aanvraag or beschikking they belong to
-- A flag on the row keeps every policy below a plain per-row condition (no subquery per row, no big
-- array for local users); the only arrays are the regional team's households and persons, computed
-- once per statement ((SELECT f()) is an InitPlan), as migrations 030 and 034 do.

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['meldingen', 'onderzoeken', 'aanvragen', 'beschikkingen', 'voorzieningen',
                           'toewijzingen', 'documenten'] LOOP
    EXECUTE format('ALTER TABLE %I ADD COLUMN regionaal boolean NOT NULL DEFAULT false', t);
  END LOOP;
END
$$;

-- Existing data: meldingen of the regional team and cases with a BW/MO line are regional.
UPDATE meldingen m SET regionaal = true
WHERE m.team_id IN (SELECT id FROM teams WHERE soort = 'regionaal')
   OR EXISTS (SELECT 1 FROM aanvragen a JOIN beschikkingen b ON b.aanvraag_id = a.id
              JOIN voorzieningen v ON v.beschikking_id = b.id
              WHERE a.melding_id = m.id AND v.productcategorie IN ('15', '16', '17', '18'));
UPDATE onderzoeken o SET regionaal = true FROM meldingen m WHERE m.id = o.melding_id AND m.regionaal;
UPDATE aanvragen a SET regionaal = true FROM meldingen m WHERE m.id = a.melding_id AND m.regionaal;
UPDATE beschikkingen b SET regionaal = true
WHERE EXISTS (SELECT 1 FROM aanvragen a WHERE a.id = b.aanvraag_id AND a.regionaal)
   OR EXISTS (SELECT 1 FROM voorzieningen v WHERE v.beschikking_id = b.id AND v.productcategorie IN ('15', '16', '17', '18'));
UPDATE beschikkingen b SET regionaal = true FROM beschikkingen v WHERE v.id = b.vorige_beschikking_id AND v.regionaal;
UPDATE voorzieningen v SET regionaal = true FROM beschikkingen b WHERE b.id = v.beschikking_id AND b.regionaal;
UPDATE toewijzingen t SET regionaal = true FROM voorzieningen v WHERE v.id = t.voorziening_id AND v.regionaal;
UPDATE documenten d SET regionaal = true
WHERE EXISTS (SELECT 1 FROM meldingen m WHERE m.id = d.melding_id AND m.regionaal)
   OR EXISTS (SELECT 1 FROM beschikkingen b WHERE b.id = d.beschikking_id AND b.regionaal);

-- The regional team's cases per gemeente, for the sets below (small: BW/MO counts are small).
CREATE INDEX meldingen_regionaal ON meldingen (gemeente_code, huishouden_id, persoon_id) WHERE regionaal;
CREATE INDEX beschikkingen_regionaal ON beschikkingen (gemeente_code, persoon_id) WHERE regionaal;

-- Whether the transaction is a medewerker's of a regional team. SECURITY DEFINER like 034's lookups.
CREATE FUNCTION ot_regionaal() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce((SELECT t.soort = 'regionaal' FROM medewerkers m JOIN teams t ON t.id = m.team_id
                   WHERE m.id = ot_medewerker()), false)
$$;

-- The households of the regional team's cases in its gemeenten: of a regional melding, or the
-- current household of a person with a regional beschikking (an imported BW/MO case has no melding).
-- Empty for anyone else. Computed once per statement.
CREATE FUNCTION ot_regio_huishoudens() RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT CASE WHEN ot_regionaal() THEN (
    SELECT coalesce(array_agg(DISTINCT x), ARRAY[]::uuid[]) FROM (
      SELECT m.huishouden_id FROM meldingen m WHERE m.regionaal AND m.gemeente_code = ANY (ot_gemeenten())
      UNION ALL
      SELECT l.huishouden_id FROM beschikkingen b JOIN huishouden_leden l ON l.persoon_id = b.persoon_id AND l.tot IS NULL
      WHERE b.regionaal AND b.gemeente_code = ANY (ot_gemeenten())
    ) s(x)) ELSE ARRAY[]::uuid[] END
$$;

-- The persons in them: who the meldingen and beschikkingen are about, and the current members of
-- those households (the household is the unit of the plan).
CREATE FUNCTION ot_regio_personen() RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT CASE WHEN ot_regionaal() THEN (
    SELECT coalesce(array_agg(DISTINCT x), ARRAY[]::uuid[]) FROM (
      SELECT m.persoon_id FROM meldingen m WHERE m.regionaal AND m.gemeente_code = ANY (ot_gemeenten())
      UNION ALL
      SELECT b.persoon_id FROM beschikkingen b WHERE b.regionaal AND b.gemeente_code = ANY (ot_gemeenten())
      UNION ALL
      SELECT l.persoon_id FROM huishouden_leden l
      WHERE l.tot IS NULL AND l.huishouden_id = ANY (ot_regio_huishoudens())
    ) s(x)) ELSE ARRAY[]::uuid[] END
$$;

-- What local toegang may know of a resident's regional case: that it exists, since when, whether it
-- is still open, and who the regional contactpersoon is (the behandelaar of the latest regional
-- melding, else the regional team) — 1 huishouden, 1 contactpersoon. Nothing of its content.
-- Only for a person in one of the caller's gemeenten; the caller's own audit row records the look.
CREATE FUNCTION ot_regio_zaak(persoon uuid) RETURNS TABLE (
  gemeente_code text, sinds date, lopend boolean, team_naam text,
  contactpersoon_id uuid, contactpersoon_naam text, contactpersoon_email text
)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  WITH zaken AS (
    SELECT m.gemeente_code, m.ontvangstdatum AS datum, m.status <> 'afgesloten' AS open,
           m.behandelaar_id, m.team_id, m.aangemaakt_op
    FROM meldingen m WHERE m.persoon_id = persoon AND m.regionaal
    UNION ALL
    SELECT b.gemeente_code, coalesce(b.besluitdatum, b.aangemaakt_op::date), EXISTS (
             SELECT 1 FROM voorzieningen v WHERE v.beschikking_id = b.id AND v.besluit = 'toekenning'
               AND v.beeindigd_op IS NULL AND (v.einddatum IS NULL OR v.einddatum >= current_date)),
           NULL::uuid, NULL::uuid, b.aangemaakt_op
    FROM beschikkingen b WHERE b.persoon_id = persoon AND b.regionaal AND b.status = 'vastgesteld'
  ), eigen AS (
    SELECT z.* FROM zaken z WHERE ot_soort() = 'medewerker' AND z.gemeente_code = ANY (ot_gemeenten())
  ), laatste AS (
    SELECT e.* FROM eigen e WHERE e.behandelaar_id IS NOT NULL OR e.team_id IS NOT NULL
    ORDER BY e.open DESC, e.datum DESC, e.aangemaakt_op DESC LIMIT 1
  )
  SELECT e.gemeente_code, min(e.datum), bool_or(e.open),
         coalesce(t.naam, (SELECT rt.naam FROM teams rt JOIN team_gemeenten tg ON tg.team_id = rt.id
                           WHERE rt.soort = 'regionaal' AND tg.gemeente_code = e.gemeente_code
                           ORDER BY rt.naam LIMIT 1)),
         mw.id, mw.naam, mw.email
  FROM eigen e
  LEFT JOIN laatste l ON true
  LEFT JOIN medewerkers mw ON mw.id = l.behandelaar_id
  LEFT JOIN teams t ON t.id = coalesce(l.team_id, mw.team_id)
  GROUP BY e.gemeente_code, t.naam, mw.id, mw.naam, mw.email
$$;

-- Routing a melding to regional access (a local team's triage finds it is BW/MO): the melding and
-- what hangs off it become regional, go to the regional team that holds an intake mandate of the
-- gemeente on that day, and lose their local behandelaar. The caller must see the melding. Returns
-- the team, or no row when the melding is not visible or there is no mandate (the use case says why).
CREATE FUNCTION ot_regio_doorzetten(melding uuid, peildatum date) RETURNS TABLE (team_id uuid, team_naam text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  g text;
  team uuid;
BEGIN
  SELECT m.gemeente_code INTO g FROM meldingen m
  WHERE m.id = melding AND ot_soort() = 'medewerker' AND m.gemeente_code = ANY (ot_gemeenten()) AND NOT m.regionaal;
  IF g IS NULL THEN RETURN; END IF;
  SELECT md.team_id INTO team FROM mandaten md
  WHERE md.gemeente_code = g AND 'intake' = ANY (md.besluiten)
    AND md.geldig_van <= peildatum AND (md.geldig_tot IS NULL OR md.geldig_tot >= peildatum)
  ORDER BY md.geldig_van DESC LIMIT 1;
  IF team IS NULL THEN RETURN; END IF;
  UPDATE meldingen SET regionaal = true, team_id = team, behandelaar_id = NULL, versie = versie + 1,
         gewijzigd_op = now()
  WHERE id = melding;
  RETURN QUERY SELECT t.id, t.naam FROM teams t WHERE t.id = team;
END
$$;

-- An exact BSN lookup in one of the caller's gemeenten, whatever the regional scope hides: the
-- regional intake or aanmelding of a resident already known locally must link to that person (the BSN
-- is unique per gemeente) instead of failing on a duplicate. Only the id, as the KCC's exact search.
CREATE FUNCTION ot_persoon_bij_bsn(gemeente text, bsn text) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT p.id FROM personen p
  WHERE p.gemeente_code = gemeente AND p.bsn = ot_persoon_bij_bsn.bsn AND gemeente = ANY (ot_gemeenten())
$$;

REVOKE EXECUTE ON FUNCTION ot_regionaal(), ot_regio_huishoudens(), ot_regio_personen(), ot_regio_zaak(uuid),
  ot_regio_doorzetten(uuid, date), ot_persoon_bij_bsn(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ot_regionaal(), ot_regio_huishoudens(), ot_regio_personen(), ot_regio_zaak(uuid),
  ot_regio_doorzetten(uuid, date), ot_persoon_bij_bsn(text, text) TO open_toegang_app;

-- Setting the flags. SECURITY DEFINER: the parent row is read whatever the caller may see.
CREATE FUNCTION ot_regio_vlag() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF NEW.regionaal THEN RETURN NEW; END IF;
  CASE TG_TABLE_NAME
    WHEN 'meldingen' THEN
      NEW.regionaal := ot_regionaal();
    WHEN 'onderzoeken', 'aanvragen' THEN
      NEW.regionaal := coalesce((SELECT m.regionaal FROM meldingen m WHERE m.id = NEW.melding_id), false);
    WHEN 'beschikkingen' THEN
      NEW.regionaal := coalesce((SELECT a.regionaal FROM aanvragen a WHERE a.id = NEW.aanvraag_id), false)
        OR coalesce((SELECT b.regionaal FROM beschikkingen b WHERE b.id = NEW.vorige_beschikking_id), false);
    WHEN 'voorzieningen' THEN
      NEW.regionaal := NEW.productcategorie IN ('15', '16', '17', '18')
        OR coalesce((SELECT b.regionaal FROM beschikkingen b WHERE b.id = NEW.beschikking_id), false);
    WHEN 'toewijzingen' THEN
      NEW.regionaal := coalesce((SELECT v.regionaal FROM voorzieningen v WHERE v.id = NEW.voorziening_id), false);
    WHEN 'documenten' THEN
      NEW.regionaal := coalesce((SELECT m.regionaal FROM meldingen m WHERE m.id = NEW.melding_id), false)
        OR coalesce((SELECT a.regionaal FROM aanvragen a WHERE a.id = NEW.aanvraag_id), false)
        OR coalesce((SELECT b.regionaal FROM beschikkingen b WHERE b.id = NEW.beschikking_id), false);
  END CASE;
  RETURN NEW;
END
$$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['meldingen', 'onderzoeken', 'aanvragen', 'beschikkingen', 'voorzieningen',
                           'toewijzingen', 'documenten'] LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT ON %I FOR EACH ROW EXECUTE FUNCTION ot_regio_vlag()',
                   t || '_regionaal', t);
  END LOOP;
END
$$;

-- A BW/MO line makes its beschikking regional (imports, a wijziging adding BW); a melding routed to
-- regional access takes what already hangs off it along, down to the toewijzingen. One way only: a
-- case leaves regional access by a new melding, so a flag never hides a row from the team working on it.
CREATE FUNCTION ot_regio_vlag_doorgeven() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_TABLE_NAME = 'voorzieningen' AND TG_OP = 'INSERT' THEN
    UPDATE beschikkingen SET regionaal = true WHERE id = NEW.beschikking_id AND NOT regionaal;
  ELSIF TG_TABLE_NAME = 'voorzieningen' THEN
    UPDATE toewijzingen SET regionaal = true WHERE voorziening_id = NEW.id AND NOT regionaal;
  ELSIF TG_TABLE_NAME = 'meldingen' THEN
    UPDATE onderzoeken SET regionaal = true WHERE melding_id = NEW.id AND NOT regionaal;
    UPDATE aanvragen SET regionaal = true WHERE melding_id = NEW.id AND NOT regionaal;
    UPDATE documenten SET regionaal = true WHERE melding_id = NEW.id AND NOT regionaal;
  ELSIF TG_TABLE_NAME = 'aanvragen' THEN
    UPDATE beschikkingen SET regionaal = true WHERE aanvraag_id = NEW.id AND NOT regionaal;
    UPDATE documenten SET regionaal = true WHERE aanvraag_id = NEW.id AND NOT regionaal;
  ELSIF TG_TABLE_NAME = 'beschikkingen' THEN
    UPDATE voorzieningen SET regionaal = true WHERE beschikking_id = NEW.id AND NOT regionaal;
    UPDATE documenten SET regionaal = true WHERE beschikking_id = NEW.id AND NOT regionaal;
    UPDATE beschikkingen SET regionaal = true WHERE vorige_beschikking_id = NEW.id AND NOT regionaal;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER voorzieningen_regionaal_beschikking AFTER INSERT ON voorzieningen
  FOR EACH ROW WHEN (NEW.regionaal) EXECUTE FUNCTION ot_regio_vlag_doorgeven();
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['meldingen', 'aanvragen', 'beschikkingen', 'voorzieningen'] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER UPDATE OF regionaal ON %I FOR EACH ROW WHEN (NEW.regionaal AND NOT OLD.regionaal) EXECUTE FUNCTION ot_regio_vlag_doorgeven()',
      t || '_regionaal_doorgeven', t);
  END LOOP;
END
$$;

-- The flags are the database's: the application role cannot set them by an UPDATE of its own.
-- (Column privileges cannot narrow a table-wide UPDATE grant, so the check is a trigger.)
CREATE FUNCTION ot_regio_vlag_vast() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.regionaal IS DISTINCT FROM OLD.regionaal AND current_user = 'open_toegang_app' THEN
    NEW.regionaal := OLD.regionaal;
  END IF;
  RETURN NEW;
END
$$;
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['meldingen', 'onderzoeken', 'aanvragen', 'beschikkingen', 'voorzieningen',
                           'toewijzingen', 'documenten'] LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OF regionaal ON %I FOR EACH ROW EXECUTE FUNCTION ot_regio_vlag_vast()',
                   t || '_regionaal_vast', t);
  END LOOP;
END
$$;

-- The policies. RESTRICTIVE: they hold on top of the gemeente policies and those of 034. Other kinds
-- of principal (inwoner, partner) pass here; their own policies decide.
--   A regional medewerker sees only regional rows; a local medewerker sees regional rows only with a
--   relationship (or as beleid/auditor, whose routes aggregate or must read: ADR 0030).
--   A regional medewerker creates only regional rows (the triggers set the flag, this checks it).
CREATE POLICY meldingen_regio ON meldingen AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR regionaal = (SELECT ot_regionaal())
         OR (regionaal AND ((SELECT ot_relatie_vrij()) OR huishouden_id = ANY ((SELECT ot_relatie_huishoudens())::uuid[]))))
  WITH CHECK (regionaal OR NOT (SELECT ot_regionaal()));
CREATE POLICY onderzoeken_regio ON onderzoeken AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR regionaal = (SELECT ot_regionaal())
         OR (regionaal AND ((SELECT ot_relatie_vrij()) OR huishouden_id = ANY ((SELECT ot_relatie_huishoudens())::uuid[]))))
  WITH CHECK (regionaal OR NOT (SELECT ot_regionaal()));
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['aanvragen', 'beschikkingen', 'voorzieningen'] LOOP
    EXECUTE format(
      'CREATE POLICY %I ON %I AS RESTRICTIVE TO open_toegang_app
         USING (ot_soort() IS DISTINCT FROM ''medewerker'' OR regionaal = (SELECT ot_regionaal())
                OR (regionaal AND ((SELECT ot_relatie_vrij()) OR persoon_id = ANY ((SELECT ot_relatie_personen())::uuid[]))))
         WITH CHECK (regionaal OR NOT (SELECT ot_regionaal()))',
      t || '_regio', t);
  END LOOP;
END
$$;
-- Children without a person of their own: a local medewerker with a relationship sees a regional
-- row when its parent is visible (the parent's policies decide; evaluated only for regional rows).
CREATE POLICY toewijzingen_regio ON toewijzingen AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR regionaal = (SELECT ot_regionaal())
         OR (regionaal AND EXISTS (SELECT 1 FROM voorzieningen v WHERE v.id = toewijzingen.voorziening_id)))
  WITH CHECK (regionaal OR NOT (SELECT ot_regionaal()));
CREATE POLICY documenten_regio ON documenten AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR regionaal = (SELECT ot_regionaal())
         OR (regionaal AND (EXISTS (SELECT 1 FROM meldingen m WHERE m.id = documenten.melding_id)
                            OR EXISTS (SELECT 1 FROM beschikkingen b WHERE b.id = documenten.beschikking_id))))
  WITH CHECK (regionaal OR NOT (SELECT ot_regionaal()));

-- Persons and households: a regional medewerker reads only those of regional cases, and what its
-- own transaction creates (registering a new resident comes before the melding that makes them
-- regional: aangemaakt_op is the transaction's start, now()). Local medewerkers keep reading
-- identity and the household (the contactpersoon) as before. Reads only: registering is intake.
CREATE POLICY personen_regio ON personen AS RESTRICTIVE FOR SELECT TO open_toegang_app
  USING (NOT (SELECT ot_regionaal()) OR id = ANY ((SELECT ot_regio_personen())::uuid[]) OR aangemaakt_op = now());
CREATE POLICY huishoudens_regio ON huishoudens AS RESTRICTIVE FOR SELECT TO open_toegang_app
  USING (NOT (SELECT ot_regionaal()) OR id = ANY ((SELECT ot_regio_huishoudens())::uuid[]) OR aangemaakt_op = now());
CREATE POLICY huishouden_leden_regio ON huishouden_leden AS RESTRICTIVE FOR SELECT TO open_toegang_app
  USING (NOT (SELECT ot_regionaal()) OR EXISTS (SELECT 1 FROM huishoudens h WHERE h.id = huishouden_leden.huishouden_id));
CREATE POLICY contactpersoon_historie_regio ON contactpersoon_historie AS RESTRICTIVE FOR SELECT TO open_toegang_app
  USING (NOT (SELECT ot_regionaal()) OR huishouden_id = ANY ((SELECT ot_regio_huishoudens())::uuid[]));
CREATE POLICY plannen_regio ON plannen AS RESTRICTIVE TO open_toegang_app
  USING (NOT (SELECT ot_regionaal()) OR huishouden_id = ANY ((SELECT ot_regio_huishoudens())::uuid[]));
CREATE POLICY zrm_scores_regio ON zrm_scores AS RESTRICTIVE TO open_toegang_app
  USING (NOT (SELECT ot_regionaal()) OR persoon_id = ANY ((SELECT ot_regio_personen())::uuid[]));

-- Other tables that name a person: for the regional team, only persons of its cases (a bezwaar, an
-- iWmo message or a BRP signal about a resident with only a local case stays out of its sight).
-- Rows without a person (a batch message) follow the gemeente policy.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['iwmo_berichten', 'iwmo_verzoeken', 'toestemmingen', 'verwijzingen', 'bezwaren',
                           'klachten', 'brp_signalen', 'persoon_wijzigingen', 'doorbraken', 'meekijkers'] LOOP
    EXECUTE format(
      'CREATE POLICY %I ON %I AS RESTRICTIVE TO open_toegang_app
         USING (NOT (SELECT ot_regionaal()) OR %s)',
      t || '_regio', t,
      CASE WHEN t = 'meekijkers' THEN 'huishouden_id = ANY ((SELECT ot_regio_huishoudens())::uuid[])'
           ELSE 'persoon_id IS NULL OR persoon_id = ANY ((SELECT ot_regio_personen())::uuid[])' END);
  END LOOP;
END
$$;
