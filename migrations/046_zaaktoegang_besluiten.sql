-- Need-to-know on the rest of the case (issue 18, ADR 0030): migration 034 put the relationship on
-- the onderzoek and the plan; the aanvraag, the beschikking with its voorzieningen and toewijzingen,
-- the Awb registrations around the aanvraag (opschorting, ingebrekestelling), bezwaren and the
-- letters (documenten) hold case content just as well. Same rule, same functions, same shape:
-- RESTRICTIVE policies next to the gemeente policies, relationship arrays computed once per
-- statement ((SELECT f()) InitPlans), the team relationship a per-row EXISTS along an index.
--
-- Who passes besides a personal relationship:
-- - backoffice: the aanvragen and beschikkingen of the gemeente are its queue (it drafts, fixes with
--   four eyes, sends iWmo, answers verzoeken, handles bezwaren); there is no per-person assignment
--   to narrow it to;
-- - beleid and auditor (ot_relatie_vrij, as in 034): aggregates and the inzage; beheer for the
--   import of beschikkingen from the previous system;
-- - other kinds of principal (the inwoner's and partner's own policies decide; jobs run as system
--   and bypass RLS).
-- The ontvangstbevestiging stays gemeente-wide: KCC writes it at intake and it holds no more than
-- the melding. Klachten stay with the klachtcoördinator (a complaint is about the gemeente's
-- conduct, not a case file; routes keep caseworkers out).

-- A person's meldingen per team (the team relationship for person-based tables).
CREATE INDEX IF NOT EXISTS meldingen_persoon_team ON meldingen (persoon_id, team_id);
CREATE INDEX IF NOT EXISTS aanvragen_persoon ON aanvragen (persoon_id);
CREATE INDEX IF NOT EXISTS documenten_huishouden ON documenten (huishouden_id) WHERE huishouden_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS documenten_bezwaar ON documenten (bezwaar_id) WHERE bezwaar_id IS NOT NULL;

-- The persons of the related households (034) now also carry the policies below: build the
-- household array once instead of once per branch (a caseload of hundreds is hundreds of lookups).
CREATE OR REPLACE FUNCTION ot_relatie_personen() RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  WITH h AS MATERIALIZED (SELECT ot_relatie_huishoudens() AS a)
  SELECT coalesce(array_agg(DISTINCT x), ARRAY[]::uuid[]) FROM (
    SELECT m.persoon_id FROM h, meldingen m WHERE m.huishouden_id = ANY (h.a)
    UNION ALL SELECT l.persoon_id FROM h, huishouden_leden l WHERE l.huishouden_id = ANY (h.a)
  ) s(x)
$$;

-- Backoffice, beleid, auditor or beheer: one lookup per statement for the policies below. Beheer
-- because the import of beschikkingen from the previous system (imports.uitvoeren) writes them under
-- its name; no route of beheer reads case content (the route policies keep it out, as for beleid).
CREATE FUNCTION ot_besluiten_vrij() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce((SELECT m.rollen && ARRAY['backoffice', 'beleid', 'auditor', 'beheer']::text[]
                   FROM medewerkers m WHERE m.id = ot_medewerker()), false)
$$;

-- A row of a person-based table (aanvragen, beschikkingen, voorzieningen, bezwaren) the caller may
-- not see although it exists in one of their gemeenten: its person, for the 403 doorbraak-nodig.
CREATE FUNCTION ot_verborgen_persoon(tabel text, rij uuid) RETURNS uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE p uuid;
BEGIN
  IF tabel NOT IN ('aanvragen', 'beschikkingen', 'voorzieningen', 'bezwaren') THEN
    RAISE EXCEPTION 'onbekende tabel %', tabel;
  END IF;
  EXECUTE format('SELECT persoon_id FROM %I WHERE id = $1 AND gemeente_code = ANY (ot_gemeenten())', tabel)
    INTO p USING rij;
  RETURN p;
END
$$;

-- One person, for the code's check before listing a person's decisions: the rule of the policies
-- below. NULL when the person is not in the caller's gemeenten (the caller answers 404).
CREATE FUNCTION ot_relatie_besluiten(persoon uuid) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM personen p WHERE p.id = persoon AND p.gemeente_code = ANY (ot_gemeenten()))
              THEN NULL
         ELSE ot_soort() IS DISTINCT FROM 'medewerker' OR ot_besluiten_vrij()
              OR persoon = ANY (ot_relatie_personen())
              OR EXISTS (SELECT 1 FROM meldingen m WHERE m.persoon_id = persoon AND m.team_id = ot_relatie_team()
                         AND m.gemeente_code = ANY (ot_relatie_team_gemeenten())) END
$$;

REVOKE EXECUTE ON FUNCTION ot_besluiten_vrij(), ot_verborgen_persoon(text, uuid), ot_relatie_besluiten(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ot_besluiten_vrij(), ot_verborgen_persoon(text, uuid), ot_relatie_besluiten(uuid) TO open_toegang_app;

CREATE POLICY aanvragen_relatie ON aanvragen AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR (SELECT ot_besluiten_vrij())
         OR persoon_id = ANY ((SELECT ot_relatie_personen())::uuid[])
         OR (gemeente_code = ANY ((SELECT ot_relatie_team_gemeenten())::text[])
             AND EXISTS (SELECT 1 FROM meldingen m WHERE m.persoon_id = aanvragen.persoon_id
                         AND m.team_id = (SELECT ot_relatie_team()))));
CREATE POLICY beschikkingen_relatie ON beschikkingen AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR (SELECT ot_besluiten_vrij())
         OR persoon_id = ANY ((SELECT ot_relatie_personen())::uuid[])
         OR (gemeente_code = ANY ((SELECT ot_relatie_team_gemeenten())::text[])
             AND EXISTS (SELECT 1 FROM meldingen m WHERE m.persoon_id = beschikkingen.persoon_id
                         AND m.team_id = (SELECT ot_relatie_team()))));
CREATE POLICY voorzieningen_relatie ON voorzieningen AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR (SELECT ot_besluiten_vrij())
         OR persoon_id = ANY ((SELECT ot_relatie_personen())::uuid[])
         OR (gemeente_code = ANY ((SELECT ot_relatie_team_gemeenten())::text[])
             AND EXISTS (SELECT 1 FROM meldingen m WHERE m.persoon_id = voorzieningen.persoon_id
                         AND m.team_id = (SELECT ot_relatie_team()))));
CREATE POLICY bezwaren_relatie ON bezwaren AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR (SELECT ot_besluiten_vrij())
         OR persoon_id = ANY ((SELECT ot_relatie_personen())::uuid[])
         OR (gemeente_code = ANY ((SELECT ot_relatie_team_gemeenten())::text[])
             AND EXISTS (SELECT 1 FROM meldingen m WHERE m.persoon_id = bezwaren.persoon_id
                         AND m.team_id = (SELECT ot_relatie_team()))));
-- Children follow their parent (whose policy filters in turn), as in 034.
CREATE POLICY toewijzingen_relatie ON toewijzingen AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR (SELECT ot_besluiten_vrij())
         OR EXISTS (SELECT 1 FROM voorzieningen v WHERE v.id = toewijzingen.voorziening_id));
CREATE POLICY opschortingen_relatie ON opschortingen AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR (SELECT ot_besluiten_vrij())
         OR EXISTS (SELECT 1 FROM aanvragen a WHERE a.id = opschortingen.aanvraag_id));
CREATE POLICY ingebrekestellingen_relatie ON ingebrekestellingen AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR (SELECT ot_besluiten_vrij())
         OR EXISTS (SELECT 1 FROM aanvragen a WHERE a.id = ingebrekestellingen.aanvraag_id));
-- Letters: the one of the onderzoek (verslag) follows the onderzoek, the others their beschikking,
-- aanvraag or bezwaar; a letter whose parent is visible is visible (so the backoffice reads the
-- verslag only behind an aanvraag, as the onderzoek itself).
CREATE POLICY documenten_relatie ON documenten AS RESTRICTIVE TO open_toegang_app
  USING (ot_soort() IS DISTINCT FROM 'medewerker' OR soort = 'ontvangstbevestiging' OR (SELECT ot_relatie_vrij())
         OR huishouden_id = ANY ((SELECT ot_relatie_huishoudens())::uuid[])
         OR (beschikking_id IS NOT NULL AND EXISTS (SELECT 1 FROM beschikkingen b WHERE b.id = documenten.beschikking_id))
         OR (aanvraag_id IS NOT NULL AND EXISTS (SELECT 1 FROM aanvragen a WHERE a.id = documenten.aanvraag_id))
         OR (bezwaar_id IS NOT NULL AND EXISTS (SELECT 1 FROM bezwaren z WHERE z.id = documenten.bezwaar_id))
         OR (soort = 'verslag' AND melding_id IS NOT NULL
             AND EXISTS (SELECT 1 FROM onderzoeken o WHERE o.melding_id = documenten.melding_id)));

-- A doorbraak is audited as such (issue 18 item 2): every audit row a medewerker writes about a
-- person of a household they opened with a running doorbraak carries its id, so the inzage export
-- and the privacy officer see which accesses the doorbraak covered. Set by a trigger, not by each
-- use case, so no read path can forget it. Cheap on the hot path: the lookup runs along
-- doorbraken_medewerker (medewerker, geldig_tot) and finds nothing for almost every row.
--
-- And the anomaly signal "many persons searched without relationship" (BIO 8.16, item 2): a person
-- search or person read of the intake records how many of the persons it showed the medewerker had
-- no relationship with at that moment. A count, not the ids: the persons are in `personen` already
-- (pseudonymised on destruction), and the relationship of a past moment cannot be recomputed later.
-- Beleid and the auditor are left out (they read gemeente-wide by design).
--
-- The hash chain counts both columns only when set (platform/audit/chain.ts), so sealed rows keep
-- their hash.
ALTER TABLE audit_log ADD COLUMN doorbraak_id uuid;
ALTER TABLE audit_log ADD COLUMN zonder_relatie integer;
CREATE INDEX audit_log_doorbraak ON audit_log (doorbraak_id) WHERE doorbraak_id IS NOT NULL;

CREATE FUNCTION ot_audit_relatie() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  rel uuid[];
  team uuid;
  tg text[];
BEGIN
  IF NEW.actor_soort IS DISTINCT FROM 'medewerker' OR NEW.gebruiker_id IS NULL OR coalesce(cardinality(NEW.personen), 0) = 0 THEN
    RETURN NEW;
  END IF;
  IF NEW.doorbraak_id IS NULL AND NEW.object_type <> 'doorbraak' THEN
    SELECT d.id INTO NEW.doorbraak_id
    FROM gebruikers g JOIN doorbraken d ON d.medewerker_id = g.medewerker_id
    WHERE g.id = NEW.gebruiker_id AND d.geldig_tot > now()
      AND (d.persoon_id = ANY (NEW.personen)
           OR EXISTS (SELECT 1 FROM huishouden_leden l WHERE l.huishouden_id = d.huishouden_id AND l.persoon_id = ANY (NEW.personen))
           OR EXISTS (SELECT 1 FROM meldingen m WHERE m.huishouden_id = d.huishouden_id AND m.persoon_id = ANY (NEW.personen)))
    ORDER BY d.aangemaakt_op DESC LIMIT 1;
  END IF;
  IF NEW.zonder_relatie IS NULL AND NEW.object_type = 'persoon' AND NEW.actie IN ('search', 'read')
     AND NEW.doel = 'wmo-toegang-intake' AND ot_medewerker() IS NOT NULL AND NOT ot_relatie_vrij() THEN
    rel := ot_relatie_personen();
    team := ot_relatie_team();
    tg := ot_relatie_team_gemeenten();
    SELECT count(DISTINCT p)::int INTO NEW.zonder_relatie FROM unnest(NEW.personen) p
    WHERE NOT (p = ANY (rel))
      AND NOT EXISTS (SELECT 1 FROM meldingen m WHERE m.persoon_id = p AND m.team_id = team AND m.gemeente_code = ANY (tg));
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER audit_log_relatie BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION ot_audit_relatie();
