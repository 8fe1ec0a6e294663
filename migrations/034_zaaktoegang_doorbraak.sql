-- Need-to-know (issue 18, ADR 0030): a medewerker reads the content of a household's case
-- (onderzoek, gesprekken, ZRM scores, plan) only with a relationship to the household. The
-- gemeente policies stay (tenancy); RESTRICTIVE policies added here must hold as well, so a query
-- that forgets a filter still returns nothing of a household the medewerker has no business with.
--
-- A relationship is one of: contactpersoon of the household; behandelaar of one of its meldingen;
-- member of the team of one of its meldingen when the case's gemeente says so
-- (gemeenten.zaaktoegang = 'team'; a teamleider always sees the team's cases); meekijker added by
-- the contactpersoon; a running doorbraak (break-glass). Backoffice sees the onderzoeken behind
-- aanvragen (its queue); beleid and the privacy officer (auditor) read gemeente-wide because their
-- routes only aggregate (monitoring) or must (inzage, AVG art. 15). KCC has none of these: it sees
-- identity, meldingen and the contactpersoon (intake tables), never onderzoek content or plans.

ALTER TABLE gemeenten ADD COLUMN zaaktoegang text NOT NULL DEFAULT 'zaak'
  CHECK (zaaktoegang IN ('team', 'zaak'));
ALTER TABLE gemeenten ADD COLUMN doorbraak_uren integer NOT NULL DEFAULT 8
  CHECK (doorbraak_uren BETWEEN 1 AND 72);
GRANT UPDATE (zaaktoegang, doorbraak_uren) ON gemeenten TO open_toegang_app;

-- Someone the contactpersoon lets look along (a colleague covering, a specialist), until `tot`.
CREATE TABLE meekijkers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  huishouden_id uuid NOT NULL REFERENCES huishoudens (id),
  medewerker_id uuid NOT NULL REFERENCES medewerkers (id),
  toegevoegd_door uuid NOT NULL REFERENCES medewerkers (id),
  toegevoegd_op timestamptz NOT NULL DEFAULT now(),
  tot timestamptz,
  ingetrokken_op timestamptz
);
CREATE INDEX meekijkers_medewerker ON meekijkers (medewerker_id) WHERE ingetrokken_op IS NULL;
CREATE INDEX meekijkers_huishouden ON meekijkers (huishouden_id);

-- Break-glass: an unrelated medewerker opens a person's case for a limited time with a reason;
-- the privacy officer judges each one afterwards.
CREATE TABLE doorbraken (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  persoon_id uuid NOT NULL REFERENCES personen (id),
  huishouden_id uuid NOT NULL REFERENCES huishoudens (id),
  medewerker_id uuid NOT NULL REFERENCES medewerkers (id),
  reden text NOT NULL CHECK (reden IN ('spoed', 'afwezigheid-contactpersoon', 'vervanging', 'overig')),
  toelichting text NOT NULL CHECK (length(toelichting) BETWEEN 1 AND 2000),
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  geldig_tot timestamptz NOT NULL,
  beoordeling text CHECK (beoordeling IN ('terecht', 'onterecht')),
  beoordeling_toelichting text CHECK (length(beoordeling_toelichting) <= 2000),
  beoordeeld_door uuid REFERENCES medewerkers (id),
  beoordeeld_op timestamptz,
  versie integer NOT NULL DEFAULT 1,
  CHECK ((beoordeling IS NULL) = (beoordeeld_op IS NULL))
);
CREATE INDEX doorbraken_medewerker ON doorbraken (medewerker_id, geldig_tot);
CREATE INDEX doorbraken_huishouden ON doorbraken (huishouden_id, aangemaakt_op);
CREATE INDEX doorbraken_te_beoordelen ON doorbraken (gemeente_code, aangemaakt_op) WHERE beoordeling IS NULL;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['meekijkers', 'doorbraken'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I TO open_toegang_app USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()))',
      t || '_gemeente', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO open_toegang_app', t);
  END LOOP;
END
$$;

-- The relationship lookups use these.
CREATE INDEX IF NOT EXISTS huishoudens_contactpersoon ON huishoudens (contactpersoon_id);
CREATE INDEX IF NOT EXISTS meldingen_behandelaar_huishouden ON meldingen (behandelaar_id, huishouden_id);
CREATE INDEX IF NOT EXISTS meldingen_huishouden_team ON meldingen (huishouden_id, team_id);

-- The medewerker of the transaction (via the account in ot.gebruiker); NULL for other kinds.
-- SECURITY DEFINER: the lookups must not recurse into the policies they serve.
CREATE FUNCTION ot_medewerker() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT g.medewerker_id FROM gebruikers g
  WHERE ot_soort() = 'medewerker' AND g.id = nullif(current_setting('ot.gebruiker', true), '')::uuid
$$;

-- Roles whose routes read gemeente-wide by design (aggregates; the privacy officer's inzage).
CREATE FUNCTION ot_relatie_vrij() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce((SELECT m.rollen && ARRAY['beleid', 'auditor']::text[] FROM medewerkers m WHERE m.id = ot_medewerker()), false)
$$;

CREATE FUNCTION ot_is_backoffice() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce((SELECT 'backoffice' = ANY (m.rollen) FROM medewerkers m WHERE m.id = ot_medewerker()), false)
$$;

-- The households the medewerker has a personal relationship with, as one array computed once per
-- statement ((SELECT f()) is an InitPlan): a caseload is tens to hundreds of households.
CREATE FUNCTION ot_relatie_huishoudens() RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  WITH mw AS (SELECT ot_medewerker() AS id)
  SELECT coalesce(array_agg(DISTINCT x), ARRAY[]::uuid[]) FROM (
    SELECT h.id FROM huishoudens h, mw WHERE h.contactpersoon_id = mw.id
    UNION ALL SELECT m.huishouden_id FROM meldingen m, mw WHERE m.behandelaar_id = mw.id
    UNION ALL SELECT k.huishouden_id FROM meekijkers k, mw
      WHERE k.medewerker_id = mw.id AND k.ingetrokken_op IS NULL AND (k.tot IS NULL OR k.tot > now())
    UNION ALL SELECT d.huishouden_id FROM doorbraken d, mw WHERE d.medewerker_id = mw.id AND d.geldig_tot > now()
  ) s(x)
$$;

-- The team whose cases the medewerker sees as a team member, and the gemeenten where that holds
-- (zaaktoegang 'team'; every gemeente of the team for a teamleider). Checked per row along
-- meldingen_huishouden_team, so a large team does not build a large array per statement.
CREATE FUNCTION ot_relatie_team() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT m.team_id FROM medewerkers m WHERE m.id = ot_medewerker()
$$;
CREATE FUNCTION ot_relatie_team_gemeenten() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(g.code), ARRAY[]::text[]) FROM gemeenten g, medewerkers m
  WHERE m.id = ot_medewerker() AND g.code = ANY (ot_gemeenten())
    AND (g.zaaktoegang = 'team' OR 'teamleider' = ANY (m.rollen))
$$;

-- The persons of the related households (ZRM scores hang off a person).
CREATE FUNCTION ot_relatie_personen() RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(DISTINCT x), ARRAY[]::uuid[]) FROM (
    SELECT m.persoon_id FROM meldingen m WHERE m.huishouden_id = ANY (ot_relatie_huishoudens())
    UNION ALL SELECT l.persoon_id FROM huishouden_leden l WHERE l.huishouden_id = ANY (ot_relatie_huishoudens())
  ) s(x)
$$;

-- One household, for the code's checks (doorbraak needed?) and the web's relationship badge.
CREATE FUNCTION ot_heeft_relatie(huishouden uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT ot_soort() IS DISTINCT FROM 'medewerker' OR ot_relatie_vrij()
    OR huishouden = ANY (ot_relatie_huishoudens())
    OR EXISTS (SELECT 1 FROM meldingen m WHERE m.huishouden_id = huishouden AND m.team_id = ot_relatie_team()
               AND m.gemeente_code = ANY (ot_relatie_team_gemeenten()))
    OR (ot_is_backoffice() AND EXISTS (SELECT 1 FROM aanvragen a JOIN meldingen m ON m.id = a.melding_id
                                       WHERE m.huishouden_id = huishouden))
$$;

-- An onderzoek the caller cannot see although it exists in one of their gemeenten: its person, so
-- that the API can answer "doorbraak nodig" instead of "not found". NULL when it does not exist.
CREATE FUNCTION ot_onderzoek_persoon(onderzoek uuid) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT m.persoon_id FROM onderzoeken o JOIN meldingen m ON m.id = o.melding_id
  WHERE o.id = onderzoek AND o.gemeente_code = ANY (ot_gemeenten())
$$;
-- A person's household for a doorbraak: the current membership, else that of the latest melding.
CREATE FUNCTION ot_persoon_huishouden(persoon uuid) RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(
    (SELECT l.huishouden_id FROM huishouden_leden l JOIN personen p ON p.id = l.persoon_id
     WHERE l.persoon_id = persoon AND l.tot IS NULL AND p.gemeente_code = ANY (ot_gemeenten())),
    (SELECT m.huishouden_id FROM meldingen m WHERE m.persoon_id = persoon AND m.gemeente_code = ANY (ot_gemeenten())
     ORDER BY m.ontvangstdatum DESC, m.aangemaakt_op DESC LIMIT 1))
$$;

REVOKE EXECUTE ON FUNCTION ot_medewerker(), ot_relatie_vrij(), ot_is_backoffice(), ot_relatie_huishoudens(),
  ot_relatie_team(), ot_relatie_team_gemeenten(), ot_relatie_personen(), ot_heeft_relatie(uuid),
  ot_onderzoek_persoon(uuid), ot_persoon_huishouden(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ot_medewerker(), ot_relatie_vrij(), ot_is_backoffice(), ot_relatie_huishoudens(),
  ot_relatie_team(), ot_relatie_team_gemeenten(), ot_relatie_personen(), ot_heeft_relatie(uuid),
  ot_onderzoek_persoon(uuid), ot_persoon_huishouden(uuid) TO open_toegang_app;

-- The restrictive policies. Other kinds of principal pass here (their own policies decide, as the
-- inwoner's on onderzoeken). Children follow their parent through an EXISTS that the parent's
-- policy filters in turn.
CREATE POLICY onderzoeken_relatie ON onderzoeken AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR (SELECT ot_relatie_vrij())
         OR huishouden_id = ANY ((SELECT ot_relatie_huishoudens())::uuid[])
         OR (gemeente_code = ANY ((SELECT ot_relatie_team_gemeenten())::text[])
             AND EXISTS (SELECT 1 FROM meldingen m WHERE m.huishouden_id = onderzoeken.huishouden_id
                         AND m.team_id = (SELECT ot_relatie_team())))
         OR ((SELECT ot_is_backoffice()) AND EXISTS (SELECT 1 FROM aanvragen a WHERE a.melding_id = onderzoeken.melding_id)));
CREATE POLICY gesprekken_relatie ON gesprekken AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR EXISTS (SELECT 1 FROM onderzoeken o WHERE o.id = gesprekken.onderzoek_id));
CREATE POLICY plannen_relatie ON plannen AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR (SELECT ot_relatie_vrij())
         OR huishouden_id = ANY ((SELECT ot_relatie_huishoudens())::uuid[])
         OR (gemeente_code = ANY ((SELECT ot_relatie_team_gemeenten())::text[])
             AND EXISTS (SELECT 1 FROM meldingen m WHERE m.huishouden_id = plannen.huishouden_id
                         AND m.team_id = (SELECT ot_relatie_team()))));
CREATE POLICY plan_doelen_relatie ON plan_doelen AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR EXISTS (SELECT 1 FROM plannen p WHERE p.id = plan_doelen.plan_id));
CREATE POLICY plan_acties_relatie ON plan_acties AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR EXISTS (SELECT 1 FROM plan_doelen d WHERE d.id = plan_acties.doel_id));
CREATE POLICY zrm_scores_relatie ON zrm_scores AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR (SELECT ot_relatie_vrij())
         OR persoon_id = ANY ((SELECT ot_relatie_personen())::uuid[])
         OR (onderzoek_id IS NOT NULL AND EXISTS (SELECT 1 FROM onderzoeken o WHERE o.id = zrm_scores.onderzoek_id)));
