-- Joins the need-to-know rule (migration 046) and the regional scope (migration 043), built side by
-- side. A row the caller cannot read answers 403 doorbraak-nodig when a relationship or doorbraak
-- would open it, and 404 when nothing would: a local case for the regional team, a regional case for
-- local toegang (issue 20: "as regio-bw, a local melding of Zutphen → 404"; the local team knows of a
-- regional case only what ot_regio_zaak tells). Here the row counts as hidden-but-openable only when
-- its regional flag matches the caller's kind of team; bezwaren follow their beschikking.
CREATE OR REPLACE FUNCTION ot_verborgen_persoon(tabel text, rij uuid) RETURNS uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE p uuid;
BEGIN
  IF tabel NOT IN ('aanvragen', 'beschikkingen', 'voorzieningen', 'bezwaren') THEN
    RAISE EXCEPTION 'onbekende tabel %', tabel;
  END IF;
  IF tabel = 'bezwaren' THEN
    SELECT z.persoon_id INTO p FROM bezwaren z JOIN beschikkingen b ON b.id = z.beschikking_id
    WHERE z.id = rij AND z.gemeente_code = ANY (ot_gemeenten()) AND b.regionaal = ot_regionaal();
  ELSE
    EXECUTE format('SELECT persoon_id FROM %I WHERE id = $1 AND gemeente_code = ANY (ot_gemeenten()) AND regionaal = ot_regionaal()', tabel)
      INTO p USING rij;
  END IF;
  RETURN p;
END
$$;
