-- Verwijzingen (referrals) from toegang to a preventie partner, with the resident's toestemming
-- (consent) as a record of its own (issue 16, ADR 0023).
--
-- Need-to-know is built into the tables, not only into the code:
--  * verwijzingen holds what a partner may always see: which service, urgency, wijk, status, the
--    toegang contact (warm handover) and the partner's terugkoppeling. No personal data of the resident.
--  * verwijzing_inhoud (why, what the resident wants) and verwijzing_persoonsgegevens (name, address,
--    phone: a copy made at the referral, only of what the consent covers) are readable by the partner
--    only while a valid, non-withdrawn consent for that category exists (ot_toestemming_dekt()).
--  * A withdrawn consent hides the whole referral from the partner at once (policy on verwijzingen).
--  * verwijzing_notities are the partner's internal notes: no policy lets the gemeente read them.

CREATE TABLE toestemmingen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  -- Whose data: the resident the referral is about.
  persoon_id uuid NOT NULL REFERENCES personen (id),
  -- Who gave it: the resident, or someone acting for them.
  gegeven_door text NOT NULL DEFAULT 'inwoner'
    CHECK (gegeven_door IN ('inwoner', 'wettelijk-vertegenwoordiger', 'gemachtigde')),
  -- To whom the data may go.
  partner_id uuid NOT NULL REFERENCES partners (id),
  -- Which categories of data (docs/preventie.md): contactgegevens, hulpvraag.
  gegevens text[] NOT NULL CHECK (
    cardinality(gegevens) > 0 AND gegevens <@ ARRAY['contactgegevens', 'hulpvraag']::text[]
  ),
  wijze text NOT NULL CHECK (wijze IN ('mondeling', 'schriftelijk')),
  -- The signed form (kenmerk in the document system) when given in writing.
  document text CHECK (length(document) BETWEEN 1 AND 200),
  datum date NOT NULL,
  geldig_tot date,
  vastgelegd_door uuid REFERENCES medewerkers (id),
  vastgelegd_op timestamptz NOT NULL DEFAULT now(),
  ingetrokken_op timestamptz,
  ingetrokken_door uuid REFERENCES medewerkers (id),
  intrekking_toelichting text CHECK (length(intrekking_toelichting) <= 2000),
  versie integer NOT NULL DEFAULT 1,
  CHECK (wijze <> 'schriftelijk' OR document IS NOT NULL),
  CHECK (geldig_tot IS NULL OR geldig_tot >= datum),
  CHECK ((ingetrokken_op IS NULL) = (ingetrokken_door IS NULL))
);
CREATE INDEX toestemmingen_persoon ON toestemmingen (persoon_id);

CREATE TABLE verwijzingen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  partner_id uuid NOT NULL REFERENCES partners (id),
  dienst text NOT NULL,
  -- The partner must offer the service (also enforced with a field error before the insert).
  FOREIGN KEY (partner_id, dienst) REFERENCES partner_diensten (partner_id, dienst),
  melding_id uuid NOT NULL REFERENCES meldingen (id),
  onderzoek_id uuid REFERENCES onderzoeken (id),
  persoon_id uuid NOT NULL REFERENCES personen (id),
  huishouden_id uuid NOT NULL REFERENCES huishoudens (id),
  wijk_id uuid REFERENCES wijken (id),
  urgentie text NOT NULL DEFAULT 'normaal' CHECK (urgentie IN ('normaal', 'hoog')),
  -- NULL: referred without consent; the partner only gets the request to contact toegang.
  toestemming_id uuid REFERENCES toestemmingen (id),
  -- Warm handover, toegang's side: the household's contactpersoon (or the referrer) at the time.
  toegang_contact_naam text NOT NULL CHECK (length(toegang_contact_naam) BETWEEN 1 AND 200),
  toegang_contact_email text CHECK (length(toegang_contact_email) <= 254),
  status text NOT NULL DEFAULT 'nieuw'
    CHECK (status IN ('nieuw', 'geaccepteerd', 'afgewezen', 'afgerond', 'ingetrokken')),
  afwijzing_reden text CHECK (length(afwijzing_reden) BETWEEN 1 AND 2000),
  -- Warm handover, the partner's side: who at the partner handles it.
  behandelaar_id uuid REFERENCES partner_medewerkers (id),
  contact_gepland_op date,
  uitkomst text CHECK (uitkomst IN ('opgelost', 'lopend', 'terug-naar-toegang', 'niet-bereikt')),
  terugkoppeling text CHECK (length(terugkoppeling) BETWEEN 1 AND 5000),
  teruggekoppeld_op timestamptz,
  -- The signaal in toegang's werkvoorraad when the partner referred the resident back.
  terug_melding_id uuid REFERENCES meldingen (id),
  verwezen_door uuid REFERENCES medewerkers (id),
  verwezen_op timestamptz NOT NULL DEFAULT now(),
  geaccepteerd_op timestamptz,
  afgesloten_op timestamptz,
  versie integer NOT NULL DEFAULT 1,
  gewijzigd_op timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'afgewezen' OR afwijzing_reden IS NOT NULL),
  CHECK ((uitkomst IS NULL) = (teruggekoppeld_op IS NULL))
);
-- The partner's inbox: its referrals by status, newest first.
CREATE INDEX verwijzingen_inbox ON verwijzingen (partner_id, status, verwezen_op DESC);
CREATE INDEX verwijzingen_melding ON verwijzingen (melding_id);
CREATE INDEX verwijzingen_toestemming ON verwijzingen (toestemming_id);
CREATE INDEX verwijzingen_gemeente ON verwijzingen (gemeente_code, verwezen_op DESC);

CREATE TABLE verwijzing_inhoud (
  verwijzing_id uuid PRIMARY KEY REFERENCES verwijzingen (id),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  reden text NOT NULL CHECK (length(reden) BETWEEN 1 AND 5000),
  wens text CHECK (length(wens) <= 5000)
);

CREATE TABLE verwijzing_persoonsgegevens (
  verwijzing_id uuid PRIMARY KEY REFERENCES verwijzingen (id),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 300),
  adres text CHECK (length(adres) <= 300),
  postcode text CHECK (length(postcode) <= 10),
  woonplaats text CHECK (length(woonplaats) <= 100),
  telefoon text CHECK (length(telefoon) <= 30),
  email text CHECK (length(email) <= 254),
  taal text CHECK (length(taal) <= 50),
  communicatiebehoeften text CHECK (length(communicatiebehoeften) <= 1000)
);

CREATE TABLE verwijzing_notities (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  verwijzing_id uuid NOT NULL REFERENCES verwijzingen (id),
  partner_id uuid NOT NULL REFERENCES partners (id),
  tekst text NOT NULL CHECK (length(tekst) BETWEEN 1 AND 5000),
  door uuid NOT NULL REFERENCES partner_medewerkers (id),
  op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX verwijzing_notities_verwijzing ON verwijzing_notities (verwijzing_id, op);

-- Does a valid consent cover this category of data of this referral for the partner of the
-- transaction? Valid: given to this partner, not withdrawn, started, not expired. Runs with the
-- caller's row-level security (not SECURITY DEFINER): a partner only finds its own referrals.
CREATE FUNCTION ot_toestemming_dekt(verwijzing uuid, categorie text) RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT ot_soort() = 'partner' AND EXISTS (
    SELECT 1 FROM verwijzingen v JOIN toestemmingen t ON t.id = v.toestemming_id
    WHERE v.id = verwijzing AND v.partner_id = ot_organisatie() AND t.partner_id = v.partner_id
      AND t.ingetrokken_op IS NULL AND t.datum <= current_date
      AND (t.geldig_tot IS NULL OR t.geldig_tot >= current_date)
      AND categorie = ANY (t.gegevens)
      AND v.status IN ('nieuw', 'geaccepteerd', 'afgerond'))
$$;
GRANT EXECUTE ON FUNCTION ot_toestemming_dekt(uuid, text) TO open_toegang_app;

ALTER TABLE toestemmingen ENABLE ROW LEVEL SECURITY;
CREATE POLICY toestemmingen_gemeente ON toestemmingen TO open_toegang_app
  USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()));
-- The partner sees the consent records given to it (what it may use, until when).
CREATE POLICY toestemmingen_partner ON toestemmingen FOR SELECT TO open_toegang_app
  USING (ot_partner_werkt_in(gemeente_code) AND partner_id = ot_organisatie());

ALTER TABLE verwijzingen ENABLE ROW LEVEL SECURITY;
CREATE POLICY verwijzingen_gemeente ON verwijzingen TO open_toegang_app
  USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()));
-- A partner's referrals, except those whose consent was withdrawn: they leave its view at once.
CREATE POLICY verwijzingen_partner ON verwijzingen FOR SELECT TO open_toegang_app
  USING (ot_partner_werkt_in(gemeente_code) AND partner_id = ot_organisatie()
         AND (toestemming_id IS NULL OR NOT EXISTS (
           SELECT 1 FROM toestemmingen t WHERE t.id = toestemming_id AND t.ingetrokken_op IS NOT NULL)));
CREATE POLICY verwijzingen_partner_wijzigen ON verwijzingen FOR UPDATE TO open_toegang_app
  USING (ot_partner_werkt_in(gemeente_code) AND partner_id = ot_organisatie()
         AND (toestemming_id IS NULL OR NOT EXISTS (
           SELECT 1 FROM toestemmingen t WHERE t.id = toestemming_id AND t.ingetrokken_op IS NOT NULL)))
  WITH CHECK (ot_partner_werkt_in(gemeente_code) AND partner_id = ot_organisatie());

ALTER TABLE verwijzing_inhoud ENABLE ROW LEVEL SECURITY;
CREATE POLICY verwijzing_inhoud_gemeente ON verwijzing_inhoud TO open_toegang_app
  USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()));
CREATE POLICY verwijzing_inhoud_partner ON verwijzing_inhoud FOR SELECT TO open_toegang_app
  USING (ot_toestemming_dekt(verwijzing_id, 'hulpvraag'));

ALTER TABLE verwijzing_persoonsgegevens ENABLE ROW LEVEL SECURITY;
CREATE POLICY verwijzing_persoonsgegevens_gemeente ON verwijzing_persoonsgegevens TO open_toegang_app
  USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()));
CREATE POLICY verwijzing_persoonsgegevens_partner ON verwijzing_persoonsgegevens FOR SELECT TO open_toegang_app
  USING (ot_toestemming_dekt(verwijzing_id, 'contactgegevens'));

-- Partner-internal notes: the partner's own organisation only, never the gemeente.
ALTER TABLE verwijzing_notities ENABLE ROW LEVEL SECURITY;
CREATE POLICY verwijzing_notities_partner ON verwijzing_notities TO open_toegang_app
  USING (ot_soort() = 'partner' AND partner_id = ot_organisatie()
         AND EXISTS (SELECT 1 FROM verwijzingen v WHERE v.id = verwijzing_id))
  WITH CHECK (ot_soort() = 'partner' AND partner_id = ot_organisatie()
              AND EXISTS (SELECT 1 FROM verwijzingen v WHERE v.id = verwijzing_id));

GRANT SELECT, INSERT, UPDATE ON toestemmingen, verwijzingen, verwijzing_inhoud, verwijzing_persoonsgegevens
  TO open_toegang_app;
GRANT SELECT, INSERT ON verwijzing_notities TO open_toegang_app;

-- The partner's terugkoppeling has consequences in toegang's tables, which a partner cannot
-- write (row-level security). This function, run in the partner's transaction right after its
-- terugkoppeling, checks that the referral is the caller's own and applies exactly these:
--  * opgelost: the melding (still verwezen-preventie) is closed as solved on ladder step 2; only
--    now does the ladder count it as solved by preventie;
--  * terug-naar-toegang: a signaal in toegang's werkvoorraad for the same resident and household,
--    with the partner's explanation, linked from the referral (terug_melding_id).
-- Returns the new signaal's id, or NULL.
CREATE FUNCTION ot_verwerk_terugkoppeling(verwijzing uuid) RETURNS uuid
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
    VALUES (v.gemeente_code, 'signaal', v.persoon_id, v.huishouden_id, v.wijk_id, current_date, 'signaal',
      'professional', partnernaam, v.terugkoppeling, 'nieuw')
    RETURNING id INTO signaal;
    UPDATE verwijzingen SET terug_melding_id = signaal WHERE id = v.id;
  END IF;
  RETURN signaal;
END
$$;
REVOKE ALL ON FUNCTION ot_verwerk_terugkoppeling(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ot_verwerk_terugkoppeling(uuid) TO open_toegang_app;

-- The partner_medewerkers row of the partner account of the transaction (NULL for every other
-- kind). SECURITY DEFINER because the application role does not see partner accounts in gebruikers.
CREATE FUNCTION ot_partner_medewerker() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT g.partner_medewerker_id FROM gebruikers g
  WHERE ot_soort() = 'partner' AND g.id = nullif(current_setting('ot.gebruiker', true), '')::uuid
$$;
REVOKE ALL ON FUNCTION ot_partner_medewerker() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ot_partner_medewerker() TO open_toegang_app;
