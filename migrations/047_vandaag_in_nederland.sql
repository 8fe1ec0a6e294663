-- Today is a Dutch calendar day (issue 16 follow-up). `current_date` follows the session's time zone, which
-- is UTC on a default server and in PGlite: between 00:00 and 01:00 (02:00 in summer) Dutch time it is
-- still yesterday. A consent given today then counted as "not started yet" for that hour (the partner
-- saw no data), and a partner's signal back to toegang got yesterday as ontvangstdatum, moving its
-- statutory onderzoek term a day early. The session time zone stays UTC (timestamps rendered as text
-- and the audit chain depend on it); the few rules that need "today" ask this function instead.
CREATE FUNCTION ot_vandaag() RETURNS date
LANGUAGE sql STABLE PARALLEL SAFE AS $$ SELECT (now() AT TIME ZONE 'Europe/Amsterdam')::date $$;
GRANT EXECUTE ON FUNCTION ot_vandaag() TO open_toegang_app;

-- Migration 018's consent check, with the Dutch today.
CREATE OR REPLACE FUNCTION ot_toestemming_dekt(verwijzing uuid, categorie text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT ot_soort() = 'partner' AND EXISTS (
    SELECT 1 FROM verwijzingen v JOIN toestemmingen t ON t.id = v.toestemming_id
    WHERE v.id = verwijzing AND v.partner_id = ot_organisatie() AND t.partner_id = v.partner_id
      AND t.ingetrokken_op IS NULL AND t.datum <= ot_vandaag()
      AND (t.geldig_tot IS NULL OR t.geldig_tot >= ot_vandaag())
      AND categorie = ANY (t.gegevens)
      AND v.status IN ('nieuw', 'geaccepteerd', 'afgerond'))
$$;

-- Migration 018's terugkoppeling: the signal back to toegang is received today, Dutch time.
CREATE OR REPLACE FUNCTION ot_verwerk_terugkoppeling(verwijzing uuid) RETURNS uuid
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  v verwijzingen%ROWTYPE;
  partnernaam text;
  signaal uuid;
BEGIN
  SELECT * INTO v FROM verwijzingen WHERE id = verwijzing;
  IF NOT FOUND OR ot_soort() IS DISTINCT FROM 'partner' OR v.partner_id IS DISTINCT FROM ot_organisatie()
     OR v.uitkomst IS NULL THEN
    RAISE EXCEPTION 'terugkoppeling niet van deze partner' USING ERRCODE = '42501';
  END IF;
  IF v.uitkomst = 'opgelost' THEN
    UPDATE meldingen SET status = 'afgesloten', ladder_uitkomst = 'collectief-preventie', afgesloten_op = now(),
      versie = versie + 1, gewijzigd_op = now()
    WHERE id = v.melding_id AND status = 'verwezen-preventie';
  ELSIF v.uitkomst = 'terug-naar-toegang' AND v.terug_melding_id IS NULL THEN
    SELECT naam INTO partnernaam FROM partners WHERE id = v.partner_id;
    INSERT INTO meldingen (gemeente_code, soort, persoon_id, huishouden_id, wijk_id, ontvangstdatum, kanaal,
      melder_type, melder_organisatie, hulpvraag, status)
    VALUES (v.gemeente_code, 'signaal', v.persoon_id, v.huishouden_id, v.wijk_id, ot_vandaag(), 'signaal',
      'professional', partnernaam, v.terugkoppeling, 'nieuw')
    RETURNING id INTO signaal;
    UPDATE verwijzingen SET terug_melding_id = signaal WHERE id = v.id;
  END IF;
  RETURN signaal;
END
$$;

-- Migration 029's partner policies, with the Dutch today.
DROP POLICY verwijzing_inhoud_partner ON verwijzing_inhoud;
CREATE POLICY verwijzing_inhoud_partner ON verwijzing_inhoud FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'partner' AND EXISTS (
    SELECT 1 FROM verwijzingen v JOIN toestemmingen t ON t.id = v.toestemming_id
    WHERE v.id = verwijzing_inhoud.verwijzing_id AND v.partner_id = ot_organisatie() AND t.partner_id = v.partner_id
      AND t.ingetrokken_op IS NULL AND t.datum <= ot_vandaag()
      AND (t.geldig_tot IS NULL OR t.geldig_tot >= ot_vandaag())
      AND 'hulpvraag' = ANY (t.gegevens)
      AND v.status IN ('nieuw', 'geaccepteerd', 'afgerond')));
DROP POLICY verwijzing_persoonsgegevens_partner ON verwijzing_persoonsgegevens;
CREATE POLICY verwijzing_persoonsgegevens_partner ON verwijzing_persoonsgegevens FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'partner' AND EXISTS (
    SELECT 1 FROM verwijzingen v JOIN toestemmingen t ON t.id = v.toestemming_id
    WHERE v.id = verwijzing_persoonsgegevens.verwijzing_id AND v.partner_id = ot_organisatie()
      AND t.partner_id = v.partner_id AND t.ingetrokken_op IS NULL AND t.datum <= ot_vandaag()
      AND (t.geldig_tot IS NULL OR t.geldig_tot >= ot_vandaag())
      AND 'contactgegevens' = ANY (t.gegevens)
      AND v.status IN ('nieuw', 'geaccepteerd', 'afgerond')));
