-- Roles per gemeente (issue 18, ADR 0030). A medewerker's roles apply in the gemeenten of their
-- team, but a staff team that spans several gemeenten (beleid, beheer, privacy of a centrum-
-- gemeente) no longer carries its members' roles into every gemeente of the team: there they apply
-- only in the medewerker's own gemeente and in the gemeenten explicitly granted here. A local team
-- (one gemeente) and the regional team (soort 'regionaal', beschermd wonen en opvang) keep all
-- their gemeenten, so regio-bw works as before (issue 20 narrows it).
CREATE TABLE medewerker_gemeenten (
  medewerker_id uuid NOT NULL REFERENCES medewerkers (id),
  gemeente_code text NOT NULL REFERENCES gemeenten (code),
  toegekend_door uuid REFERENCES medewerkers (id),
  toegekend_op timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (medewerker_id, gemeente_code)
);
ALTER TABLE medewerker_gemeenten ENABLE ROW LEVEL SECURITY;
CREATE POLICY medewerker_gemeenten_gemeente ON medewerker_gemeenten TO open_toegang_app
  USING (gemeente_code = ANY (ot_gemeenten())) WITH CHECK (gemeente_code = ANY (ot_gemeenten()));
GRANT SELECT ON medewerker_gemeenten TO open_toegang_app;

-- The gemeenten where a medewerker's roles apply: what a session gets as ot.gemeenten.
CREATE FUNCTION ot_rol_gemeenten(medewerker uuid) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(
    (SELECT array_agg(tg.gemeente_code ORDER BY tg.gemeente_code)
     FROM medewerkers m JOIN teams t ON t.id = m.team_id JOIN team_gemeenten tg ON tg.team_id = t.id
     WHERE m.id = medewerker
       AND (t.soort = 'regionaal' OR tg.gemeente_code = m.gemeente_code
            OR (SELECT count(*) FROM team_gemeenten x WHERE x.team_id = t.id) = 1
            OR EXISTS (SELECT 1 FROM medewerker_gemeenten mg
                       WHERE mg.medewerker_id = m.id AND mg.gemeente_code = tg.gemeente_code))),
    (SELECT ARRAY[m.gemeente_code] FROM medewerkers m WHERE m.id = medewerker))
$$;
REVOKE EXECUTE ON FUNCTION ot_rol_gemeenten(uuid) FROM PUBLIC;
