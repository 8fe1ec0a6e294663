-- Inwonerportaal (issue 17, ADR 0026): resident sessions, machtigingen, attachments of an online
-- melding, the resident's own reaction to the verslag, and row-level security for inwoners.
--
-- An inwoner's transaction sets ot.soort = 'inwoner', ot.bsn = the BSN whose data the session is
-- about (the represented person when acting for someone) and ot.gemeenten = the own gemeente
-- (ADR 0018). Every policy below is keyed on ot_bsn(): the person row with that BSN, and through
-- it only that person's meldingen, onderzoeken, aanvragen, beschikkingen and documenten. Another
-- member of the same household has another BSN and so sees none of them.

-- Resident sessions: their own table and cookie, never a row in `sessies` (staff). Read and written
-- by the owner role (system transactions), like staff sessions: login happens before there is a
-- principal. The session keeps the acting person's BSN because every request needs it for RLS.
CREATE TABLE inwoner_sessies (
  id text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{64}$'),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  bsn text NOT NULL CHECK (bsn ~ '^[0-9]{9}$'),
  pseudoniem text NOT NULL CHECK (length(pseudoniem) BETWEEN 1 AND 200),
  acr text NOT NULL CHECK (length(acr) BETWEEN 1 AND 200),
  -- 1 Basis, 2 Midden, 3 Substantieel, 4 Hoog (portaal/betrouwbaarheid.ts).
  niveau smallint NOT NULL CHECK (niveau BETWEEN 1 AND 4),
  namens_bsn text CHECK (namens_bsn ~ '^[0-9]{9}$'),
  namens_grondslag text CHECK (namens_grondslag IN ('gemachtigde', 'wettelijk-vertegenwoordiger')),
  machtiging_id uuid,
  methode text NOT NULL CHECK (methode IN ('digid', 'demo')),
  csrf_token text NOT NULL,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  laatst_gebruikt_op timestamptz NOT NULL DEFAULT now(),
  verloopt_op timestamptz NOT NULL,
  CHECK ((namens_bsn IS NULL) = (namens_grondslag IS NULL))
);
CREATE INDEX inwoner_sessies_verloopt ON inwoner_sessies (laatst_gebruikt_op);

-- Who may act for whom (DigiD Machtigen recorded locally, bewindvoering, curatele, mentorschap),
-- with its validity: an expired machtiging is refused.
CREATE TABLE machtigingen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  gemachtigde_bsn text NOT NULL CHECK (gemachtigde_bsn ~ '^[0-9]{9}$'),
  vertegenwoordigde_bsn text NOT NULL CHECK (vertegenwoordigde_bsn ~ '^[0-9]{9}$'),
  grondslag text NOT NULL CHECK (grondslag IN ('gemachtigde', 'wettelijk-vertegenwoordiger')),
  omschrijving text CHECK (length(omschrijving) <= 200),
  geldig_van date NOT NULL,
  geldig_tot date,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  CHECK (gemachtigde_bsn <> vertegenwoordigde_bsn),
  CHECK (geldig_tot IS NULL OR geldig_tot >= geldig_van)
);
CREATE INDEX machtigingen_gemachtigde ON machtigingen (gemachtigde_bsn);

-- Attachments of an online melding (PDF, JPEG, PNG; type checked by content).
CREATE TABLE melding_bijlagen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  melding_id uuid NOT NULL REFERENCES meldingen (id),
  bestandsnaam text NOT NULL CHECK (length(bestandsnaam) BETWEEN 1 AND 200),
  mime_type text NOT NULL CHECK (mime_type IN ('application/pdf', 'image/jpeg', 'image/png')),
  grootte integer NOT NULL CHECK (grootte BETWEEN 1 AND 5242880),
  inhoud bytea NOT NULL,
  sha256 text NOT NULL,
  aangemaakt_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX melding_bijlagen_melding ON melding_bijlagen (melding_id);

-- Messages between the resident and the contactpersoon (per melding).
CREATE TABLE portaal_berichten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  melding_id uuid NOT NULL REFERENCES meldingen (id),
  van text NOT NULL CHECK (van IN ('inwoner', 'medewerker')),
  medewerker_id uuid REFERENCES medewerkers (id),
  tekst text NOT NULL CHECK (length(tekst) BETWEEN 1 AND 5000),
  verstuurd_op timestamptz NOT NULL DEFAULT now(),
  gelezen_op timestamptz,
  CHECK ((van = 'medewerker') = (medewerker_id IS NOT NULL))
);
CREATE INDEX portaal_berichten_melding ON portaal_berichten (melding_id, verstuurd_op);

-- The reaction on the verslag: what kind, and who recorded it (the resident in the portal, or a
-- medewerker who typed in a letter or phone call). Existing reactions were typed in by staff.
ALTER TABLE onderzoeken ADD COLUMN reactie_soort text CHECK (reactie_soort IN ('akkoord', 'opmerkingen', 'niet-akkoord'));
ALTER TABLE onderzoeken ADD COLUMN reactie_door text CHECK (reactie_door IN ('medewerker', 'inwoner'));
UPDATE onderzoeken SET reactie_door = 'medewerker' WHERE reactie_inwoner IS NOT NULL;

ALTER TABLE documenten DROP CONSTRAINT IF EXISTS documenten_soort_check;
ALTER TABLE documenten ADD CONSTRAINT documenten_soort_check
  CHECK (soort IN ('ontvangstbevestiging', 'verslag', 'beschikking'));

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['machtigingen', 'melding_bijlagen', 'portaal_berichten'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I TO open_toegang_app USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()))',
      t || '_gemeente', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO open_toegang_app', t);
  END LOOP;
END
$$;

-- Policies for inwoners ---------------------------------------------------------------------------
-- The rows of the session's person, as id arrays, computed once per statement ((SELECT f()) is an
-- InitPlan) along the indexes (personen_bsn, meldingen_persoon, beschikkingen_persoon, …).
-- SECURITY DEFINER so that they do not recurse into the policies of the tables they read; they
-- return only what ot_bsn() and ot_werkgebied() of the caller's transaction point to. A policy that
-- said `persoon_id IN (SELECT id FROM personen)` instead was measured at 18 req/s on the status
-- page: the OR of the policies made every subquery a sequential scan.
CREATE FUNCTION ot_inwoner_personen() RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(p.id), ARRAY[]::uuid[]) FROM personen p
  WHERE ot_soort() = 'inwoner' AND p.bsn = ot_bsn() AND p.gemeente_code = ANY (ot_werkgebied())
$$;
CREATE FUNCTION ot_inwoner_meldingen() RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(m.id), ARRAY[]::uuid[]) FROM meldingen m WHERE m.persoon_id = ANY (ot_inwoner_personen())
$$;
CREATE FUNCTION ot_inwoner_beschikkingen() RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(b.id), ARRAY[]::uuid[]) FROM beschikkingen b
  WHERE b.persoon_id = ANY (ot_inwoner_personen()) AND b.status = 'vastgesteld'
$$;
CREATE FUNCTION ot_inwoner_voorzieningen() RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(v.id), ARRAY[]::uuid[]) FROM voorzieningen v WHERE v.beschikking_id = ANY (ot_inwoner_beschikkingen())
$$;
CREATE FUNCTION ot_inwoner_huishoudens() RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(DISTINCT m.huishouden_id), ARRAY[]::uuid[]) FROM meldingen m
  WHERE m.persoon_id = ANY (ot_inwoner_personen())
$$;
-- The behandelaars of the own meldingen and the contactpersonen of their households.
CREATE FUNCTION ot_inwoner_medewerkers() RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(DISTINCT x), ARRAY[]::uuid[]) FROM (
    SELECT m.behandelaar_id AS x FROM meldingen m WHERE m.persoon_id = ANY (ot_inwoner_personen())
    UNION SELECT h.contactpersoon_id FROM huishoudens h WHERE h.id = ANY (ot_inwoner_huishoudens())
  ) s WHERE x IS NOT NULL
$$;
REVOKE EXECUTE ON FUNCTION ot_inwoner_personen(), ot_inwoner_meldingen(), ot_inwoner_beschikkingen(),
  ot_inwoner_voorzieningen(), ot_inwoner_huishoudens(), ot_inwoner_medewerkers() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ot_inwoner_personen(), ot_inwoner_meldingen(), ot_inwoner_beschikkingen(),
  ot_inwoner_voorzieningen(), ot_inwoner_huishoudens(), ot_inwoner_medewerkers() TO open_toegang_app;

-- Only the person with the session's BSN, in the session's gemeente.
CREATE POLICY personen_inwoner ON personen FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND id = ANY ((SELECT ot_inwoner_personen())::uuid[]));
-- Changing their own phone, e-mail and communication needs.
CREATE POLICY personen_inwoner_wijzigen ON personen FOR UPDATE TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND id = ANY ((SELECT ot_inwoner_personen())::uuid[]))
  WITH CHECK (ot_soort() = 'inwoner' AND bsn = ot_bsn() AND gemeente_code = ANY (ot_werkgebied()));
-- Their own current membership (to file a melding for their household); not the other members.
CREATE POLICY huishouden_leden_inwoner ON huishouden_leden FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND persoon_id = ANY ((SELECT ot_inwoner_personen())::uuid[]));

-- Meldingen of that person only: household members do not see each other's meldingen.
CREATE POLICY meldingen_inwoner ON meldingen FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND persoon_id = ANY ((SELECT ot_inwoner_personen())::uuid[]));
-- An online melding for themselves (or whom they represent), nothing else.
CREATE POLICY meldingen_inwoner_indienen ON meldingen FOR INSERT TO open_toegang_app
  WITH CHECK (ot_soort() = 'inwoner' AND kanaal = 'online' AND persoon_id = ANY ((SELECT ot_inwoner_personen())::uuid[]));
-- The household row of their own meldingen (its name and contactpersoon).
CREATE POLICY huishoudens_inwoner ON huishoudens FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND id = ANY ((SELECT ot_inwoner_huishoudens())::uuid[]));
-- The medewerkers on their meldingen (contactpersoon, behandelaar): name, to know whom to reach.
CREATE POLICY medewerkers_inwoner ON medewerkers FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND id = ANY ((SELECT ot_inwoner_medewerkers())::uuid[]));
-- Names of wijken and organisations (aanbieders) of the own gemeente: no personal data.
CREATE POLICY wijken_inwoner ON wijken FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND gemeente_code = ANY (ot_werkgebied()));
CREATE POLICY organisaties_inwoner ON organisaties FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND gemeente_code = ANY (ot_werkgebied()));
-- Drawing the melding number of an online melding (volgend_nummer runs as the caller).
CREATE POLICY nummerreeksen_inwoner ON nummerreeksen TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND soort = 'melding' AND gemeente_code = ANY (ot_werkgebied()))
  WITH CHECK (ot_soort() = 'inwoner' AND soort = 'melding' AND gemeente_code = ANY (ot_werkgebied()));
-- The domain events of what the inwoner did (MeldingOntvangen, ReactieOpVerslagOntvangen, …);
-- written only, never read back.
CREATE POLICY domein_events_inwoner ON domein_events FOR INSERT TO open_toegang_app
  WITH CHECK (ot_soort() = 'inwoner' AND gemeente_code = ANY (ot_werkgebied()));

CREATE POLICY onderzoeken_inwoner ON onderzoeken FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND melding_id = ANY ((SELECT ot_inwoner_meldingen())::uuid[]));
-- The resident's own reaction on the verslag (the use case changes only the reaction columns).
CREATE POLICY onderzoeken_inwoner_reactie ON onderzoeken FOR UPDATE TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND status = 'afgerond' AND melding_id = ANY ((SELECT ot_inwoner_meldingen())::uuid[]))
  WITH CHECK (ot_soort() = 'inwoner' AND status = 'afgerond' AND melding_id = ANY ((SELECT ot_inwoner_meldingen())::uuid[]));
CREATE POLICY aanvragen_inwoner ON aanvragen FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND persoon_id = ANY ((SELECT ot_inwoner_personen())::uuid[]));
-- Only decided beschikkingen: a concept is the caseworker's draft.
CREATE POLICY beschikkingen_inwoner ON beschikkingen FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND id = ANY ((SELECT ot_inwoner_beschikkingen())::uuid[]));
CREATE POLICY voorzieningen_inwoner ON voorzieningen FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND beschikking_id = ANY ((SELECT ot_inwoner_beschikkingen())::uuid[]));
CREATE POLICY toewijzingen_inwoner ON toewijzingen FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND voorziening_id = ANY ((SELECT ot_inwoner_voorzieningen())::uuid[]));

-- Letters to the resident: the ontvangstbevestiging and verslag of their meldingen, the letter of
-- their beschikkingen. The ontvangstbevestiging of an online melding is written in its transaction.
CREATE POLICY documenten_inwoner ON documenten FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND (
    (soort IN ('ontvangstbevestiging', 'verslag') AND melding_id = ANY ((SELECT ot_inwoner_meldingen())::uuid[]))
    OR (soort = 'beschikking' AND beschikking_id = ANY ((SELECT ot_inwoner_beschikkingen())::uuid[]))));
CREATE POLICY documenten_inwoner_ontvangstbevestiging ON documenten FOR INSERT TO open_toegang_app
  WITH CHECK (ot_soort() = 'inwoner' AND soort = 'ontvangstbevestiging'
    AND melding_id = ANY ((SELECT ot_inwoner_meldingen())::uuid[]));

CREATE POLICY melding_bijlagen_inwoner ON melding_bijlagen TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND melding_id = ANY ((SELECT ot_inwoner_meldingen())::uuid[]))
  WITH CHECK (ot_soort() = 'inwoner' AND melding_id = ANY ((SELECT ot_inwoner_meldingen())::uuid[]));
CREATE POLICY portaal_berichten_inwoner ON portaal_berichten FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND melding_id = ANY ((SELECT ot_inwoner_meldingen())::uuid[]));
CREATE POLICY portaal_berichten_inwoner_sturen ON portaal_berichten FOR INSERT TO open_toegang_app
  WITH CHECK (ot_soort() = 'inwoner' AND van = 'inwoner' AND melding_id = ANY ((SELECT ot_inwoner_meldingen())::uuid[]));
-- The inwoner marks the contactpersoon's messages as read (only gelezen_op is changed by the code).
CREATE POLICY portaal_berichten_inwoner_gelezen ON portaal_berichten FOR UPDATE TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND van = 'medewerker' AND melding_id = ANY ((SELECT ot_inwoner_meldingen())::uuid[]))
  WITH CHECK (ot_soort() = 'inwoner' AND van = 'medewerker' AND melding_id = ANY ((SELECT ot_inwoner_meldingen())::uuid[]));
-- Whom the logged-in person may represent (while acting for themselves: ot_bsn() is their own).
CREATE POLICY machtigingen_inwoner ON machtigingen FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND gemachtigde_bsn = ot_bsn());
-- Product names for the status line (a catalogue, no personal data).
CREATE POLICY producten_inwoner ON producten FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND gemeente_code = ANY (ot_werkgebied()));
