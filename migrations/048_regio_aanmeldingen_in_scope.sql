-- Joins the two halves of issue 20 (migrations 043 and 044, built side by side).
--
-- 1. A BW/MO aanmelding makes its person (and their household) part of the regional team's cases, as
--    a regional melding or beschikking does: an aanmelding by the night shelter or the police comes
--    without a melding, and without this the regional team could not read the person it registered.
-- 2. The aanmelding, plaatsing and verhuizing rows are regional content: the regional team, beleid and
--    the auditor (gemeente-wide by design) read them; local toegang of the same gemeente does not
--    (it sees that a case exists, ot_regio_zaak). The warm handover (bw_overdrachten) is written for
--    the receiving local toegang and keeps the gemeente rule only.

CREATE OR REPLACE FUNCTION ot_regio_huishoudens() RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT CASE WHEN ot_regionaal() THEN (
    SELECT coalesce(array_agg(DISTINCT x), ARRAY[]::uuid[]) FROM (
      SELECT m.huishouden_id FROM meldingen m WHERE m.regionaal AND m.gemeente_code = ANY (ot_gemeenten())
      UNION ALL
      SELECT l.huishouden_id FROM beschikkingen b JOIN huishouden_leden l ON l.persoon_id = b.persoon_id AND l.tot IS NULL
      WHERE b.regionaal AND b.gemeente_code = ANY (ot_gemeenten())
      UNION ALL
      SELECT l.huishouden_id FROM bw_aanmeldingen a JOIN huishouden_leden l ON l.persoon_id = a.persoon_id AND l.tot IS NULL
      WHERE a.gemeente_code = ANY (ot_gemeenten())
    ) s(x) WHERE x IS NOT NULL) ELSE ARRAY[]::uuid[] END
$$;

CREATE OR REPLACE FUNCTION ot_regio_personen() RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT CASE WHEN ot_regionaal() THEN (
    SELECT coalesce(array_agg(DISTINCT x), ARRAY[]::uuid[]) FROM (
      SELECT m.persoon_id FROM meldingen m WHERE m.regionaal AND m.gemeente_code = ANY (ot_gemeenten())
      UNION ALL
      SELECT b.persoon_id FROM beschikkingen b WHERE b.regionaal AND b.gemeente_code = ANY (ot_gemeenten())
      UNION ALL
      SELECT a.persoon_id FROM bw_aanmeldingen a WHERE a.gemeente_code = ANY (ot_gemeenten())
      UNION ALL
      SELECT l.persoon_id FROM huishouden_leden l
      WHERE l.tot IS NULL AND l.huishouden_id = ANY (ot_regio_huishoudens())
    ) s(x)) ELSE ARRAY[]::uuid[] END
$$;

-- Once per statement ((SELECT f()) is an InitPlan), as the other regional policies.
CREATE POLICY bw_aanmeldingen_regionaal ON bw_aanmeldingen AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR (SELECT ot_regionaal()) OR (SELECT ot_relatie_vrij()));
CREATE POLICY bw_plaatsingen_regionaal ON bw_plaatsingen AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR (SELECT ot_regionaal()) OR (SELECT ot_relatie_vrij()));
CREATE POLICY bw_verhuizingen_regionaal ON bw_verhuizingen AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR (SELECT ot_regionaal()) OR (SELECT ot_relatie_vrij()));
