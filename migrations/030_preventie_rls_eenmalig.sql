-- Partner inbox at national size (issue 16, performance). The partner policies on the inbox's tables
-- called ot_partner_werkt_in(gemeente_code) for every row: a SQL function with a subquery on
-- partner_gemeenten is never inlined, so each row ran its own query. The gemeenten a partner works
-- in do not depend on the row: computed once per statement as an InitPlan ((SELECT …) around a
-- STABLE function), the policy becomes a plain `gemeente_code = ANY ($initplan)` filter.
-- The condition is unchanged: the session is a partner's, the gemeente is in its werkgebied and in
-- partner_gemeenten of its organisation (migration 017).

CREATE FUNCTION ot_partner_gemeenten() RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN ot_soort() = 'partner' THEN coalesce(
    (SELECT array_agg(pg.gemeente_code) FROM partner_gemeenten pg
     WHERE pg.partner_id = ot_organisatie() AND pg.gemeente_code = ANY (ot_werkgebied())),
    ARRAY[]::text[]) ELSE ARRAY[]::text[] END
$$;
GRANT EXECUTE ON FUNCTION ot_partner_gemeenten() TO open_toegang_app;

DROP POLICY verwijzingen_partner ON verwijzingen;
CREATE POLICY verwijzingen_partner ON verwijzingen FOR SELECT TO open_toegang_app
  USING (gemeente_code = ANY ((SELECT ot_partner_gemeenten())::text[]) AND partner_id = ot_organisatie()
         AND (toestemming_id IS NULL OR NOT EXISTS (
           SELECT 1 FROM toestemmingen t WHERE t.id = toestemming_id AND t.ingetrokken_op IS NOT NULL)));
DROP POLICY verwijzingen_partner_wijzigen ON verwijzingen;
CREATE POLICY verwijzingen_partner_wijzigen ON verwijzingen FOR UPDATE TO open_toegang_app
  USING (gemeente_code = ANY ((SELECT ot_partner_gemeenten())::text[]) AND partner_id = ot_organisatie()
         AND (toestemming_id IS NULL OR NOT EXISTS (
           SELECT 1 FROM toestemmingen t WHERE t.id = toestemming_id AND t.ingetrokken_op IS NOT NULL)))
  WITH CHECK (gemeente_code = ANY ((SELECT ot_partner_gemeenten())::text[]) AND partner_id = ot_organisatie());

DROP POLICY toestemmingen_partner ON toestemmingen;
CREATE POLICY toestemmingen_partner ON toestemmingen FOR SELECT TO open_toegang_app
  USING (gemeente_code = ANY ((SELECT ot_partner_gemeenten())::text[]) AND partner_id = ot_organisatie());

DROP POLICY wijken_partner ON wijken;
CREATE POLICY wijken_partner ON wijken FOR SELECT TO open_toegang_app
  USING (gemeente_code = ANY ((SELECT ot_partner_gemeenten())::text[]));
