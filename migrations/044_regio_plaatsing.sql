-- Regionale toegang beschermd wonen en opvang: aanmelding, wachtlijst, plaatsing en doorstroom
-- (issue 20, items 3 and 4; docs/regionale-toegang.md).
--
-- gemeente_code on every table is the gemeente the row belongs to for row-level security: the
-- gemeente responsible for the person (their gemeente of origin in the region, or the
-- centrumgemeente for someone from outside the region, who may not be refused: landelijke
-- toegankelijkheid), the gemeente where a location stands, or the gemeente that receives a
-- warm handover.

-- A BW location or MO shelter of a provider, with its number of places and its tariff per etmaal
-- (the price the region pays; cost per gemeente of origin = etmalen × tarief).
CREATE TABLE bw_locaties (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  aanbieder_id uuid NOT NULL REFERENCES organisaties (id),
  naam text NOT NULL CHECK (length(naam) BETWEEN 1 AND 200),
  soort text NOT NULL CHECK (soort IN ('beschermd-wonen', 'opvang')),
  plaatsen integer NOT NULL CHECK (plaatsen BETWEEN 0 AND 10000),
  tarief numeric(10, 2) NOT NULL CHECK (tarief >= 0),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now()
);

-- An aanmelding for BW or MO: by the resident or a third party (partner, GGZ, police, a
-- shelter's night intake, the local toegang), with urgency. It moves aangemeld → wachtlijst →
-- geplaatst → uitgestroomd, or afgewezen (never because the person comes from outside the region).
CREATE TABLE bw_aanmeldingen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  persoon_id uuid NOT NULL REFERENCES personen (id),
  soort text NOT NULL CHECK (soort IN ('beschermd-wonen', 'opvang')),
  -- The gemeente of origin in the region; null when the person comes from outside the region.
  herkomst_gemeente_code text REFERENCES gemeenten (code),
  herkomst_woonplaats text CHECK (length(herkomst_woonplaats) <= 100),
  aangemeld_door text NOT NULL CHECK (
    aangemeld_door IN ('inwoner', 'lokale-toegang', 'partner', 'ggz', 'politie', 'nachtopvang', 'anders')
  ),
  -- The reporting organisation or person as they gave it (no client data).
  aanmelder text CHECK (length(aanmelder) <= 200),
  urgentie text NOT NULL CHECK (urgentie IN ('crisis', 'hoog', 'regulier')),
  toelichting text CHECK (length(toelichting) <= 2000),
  aanmeldingsdatum date NOT NULL,
  status text NOT NULL DEFAULT 'aangemeld' CHECK (
    status IN ('aangemeld', 'wachtlijst', 'geplaatst', 'uitgestroomd', 'afgewezen')
  ),
  wachtlijst_sinds date,
  -- The location the person waits for; null: the first free place of this soort.
  voorkeur_locatie_id uuid REFERENCES bw_locaties (id),
  afwijzingsgrond text CHECK (
    afwijzingsgrond IN ('geen-bw-mo-nodig', 'voorliggende-voorziening', 'anders')
  ),
  contactpersoon_id uuid REFERENCES medewerkers (id),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now(),
  gewijzigd_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bw_aanmeldingen_status ON bw_aanmeldingen (status, gemeente_code);
CREATE INDEX bw_aanmeldingen_persoon ON bw_aanmeldingen (persoon_id);

-- A placement of an aanmelding on a location, from van to tot (inclusive; null while it runs),
-- with the doorstroom plan towards independent living.
CREATE TABLE bw_plaatsingen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  aanmelding_id uuid NOT NULL REFERENCES bw_aanmeldingen (id),
  locatie_id uuid NOT NULL REFERENCES bw_locaties (id),
  van date NOT NULL,
  tot date CHECK (tot IS NULL OR tot >= van),
  doorstroom_datum date,
  vervolg_gemeente_code text REFERENCES gemeenten (code),
  vervolg_voorziening text CHECK (length(vervolg_voorziening) <= 300),
  versie integer NOT NULL DEFAULT 1,
  aangemaakt_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bw_plaatsingen_locatie ON bw_plaatsingen (locatie_id, van);
CREATE INDEX bw_plaatsingen_aanmelding ON bw_plaatsingen (aanmelding_id);

-- Moves during a case (which gemeente pays from when; domain/regio/plaatsing.ts betalendeGemeente).
CREATE TABLE bw_verhuizingen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  aanmelding_id uuid NOT NULL REFERENCES bw_aanmeldingen (id),
  datum date NOT NULL,
  naar_gemeente_code text REFERENCES gemeenten (code),
  naar_instelling boolean NOT NULL DEFAULT false,
  aangemaakt_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bw_verhuizingen_aanmelding ON bw_verhuizingen (aanmelding_id, datum);

-- The warm handover at doorstroom: a task on the worklist of the local toegang of the gemeente
-- where the resident will live. gemeente_code is that gemeente, so its local team sees it; it
-- names the person and the regional contactpersoon, not the content of the regional case.
CREATE TABLE bw_overdrachten (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  aanmelding_id uuid NOT NULL REFERENCES bw_aanmeldingen (id),
  plaatsing_id uuid NOT NULL REFERENCES bw_plaatsingen (id),
  -- The person, for the audit trail of the receiving team (who saw whom) and the destruction.
  persoon_id uuid NOT NULL REFERENCES personen (id),
  geplande_datum date NOT NULL,
  vervolg_voorziening text NOT NULL CHECK (length(vervolg_voorziening) BETWEEN 1 AND 300),
  contactpersoon_id uuid REFERENCES medewerkers (id),
  -- The regional contactpersoon's name as the receiving team reads it: that team's row-level
  -- security does not show the centrumgemeente's medewerkers (1 huishouden, 1 contactpersoon).
  contactpersoon_naam text CHECK (length(contactpersoon_naam) <= 200),
  -- Who comes: the receiving team must know the resident, whose person row may belong to another
  -- gemeente (row-level security). Shared on purpose (verwerkingsregister: de overdracht); the row
  -- hangs off the aanmelding, so the destruction of the person removes it.
  inwoner_naam text NOT NULL CHECK (length(inwoner_naam) BETWEEN 1 AND 400),
  inwoner_geboortedatum date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'opgepakt')),
  aangemaakt_op timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bw_overdrachten_gemeente ON bw_overdrachten (gemeente_code, status);

-- The region's budget for BW/MO per year (convenant: the costs are carried by the region as a
-- whole). gemeente_code: the centrumgemeente that holds it.
CREATE TABLE regio_budgetten (
  jaar integer PRIMARY KEY CHECK (jaar BETWEEN 2015 AND 2100),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  bedrag numeric(14, 2) NOT NULL CHECK (bedrag >= 0)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['bw_locaties', 'bw_aanmeldingen', 'bw_plaatsingen', 'bw_verhuizingen',
                           'bw_overdrachten', 'regio_budgetten'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      'CREATE POLICY %I ON %I TO open_toegang_app USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()))',
      t || '_gemeente', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO open_toegang_app', t);
  END LOOP;
END
$$;
