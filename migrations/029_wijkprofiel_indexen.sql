-- Wijkprofiel and partner inbox at national size (issue 16, performance). Plans checked with
-- EXPLAIN ANALYZE as open_toegang_app; the figures are in bench/RESULTS.md.

-- The wijkprofiel counts a wijk's referrals of one year. Without this index PostgreSQL reads all of the
-- gemeente's referrals of that year (verwijzingen_gemeente) and filters the wijk afterwards: one
-- wijk's rows at Deventer size, fifteen times more than needed; at national size tens of thousands.
CREATE INDEX verwijzingen_wijk ON verwijzingen (gemeente_code, wijk_id, verwezen_op);

-- The partner's row-level security on verwijzingen asks for the withdrawn consents (NOT EXISTS …
-- ingetrokken_op IS NOT NULL). The planner hashes that set once per query; without an index it is a
-- sequential scan over every consent, with this partial index it reads only the few withdrawn ones.
CREATE INDEX toestemmingen_ingetrokken ON toestemmingen (id) WHERE ingetrokken_op IS NOT NULL;

-- The partner's policies on the referral's content and contact copy called ot_toestemming_dekt()
-- per row. A SQL function with a subquery is never inlined, so each of the up to 200 rows of an
-- inbox page ran the function's own query (with the row-level security of verwijzingen and
-- toestemmingen inside) as a separate execution: about 0.5–1 ms per row, most of the inbox's database
-- time. The same condition written in the policy itself is planned once per query as a correlated
-- subquery on the primary keys (inbox page 240–550 ms → 70–80 ms in EXPLAIN ANALYZE, schaal 2).
-- The condition is unchanged: a valid consent of this partner covering the category (migration 018).
DROP POLICY verwijzing_inhoud_partner ON verwijzing_inhoud;
CREATE POLICY verwijzing_inhoud_partner ON verwijzing_inhoud FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'partner' AND EXISTS (
    SELECT 1 FROM verwijzingen v JOIN toestemmingen t ON t.id = v.toestemming_id
    WHERE v.id = verwijzing_inhoud.verwijzing_id AND v.partner_id = ot_organisatie() AND t.partner_id = v.partner_id
      AND t.ingetrokken_op IS NULL AND t.datum <= current_date
      AND (t.geldig_tot IS NULL OR t.geldig_tot >= current_date)
      AND 'hulpvraag' = ANY (t.gegevens)
      AND v.status IN ('nieuw', 'geaccepteerd', 'afgerond')));
DROP POLICY verwijzing_persoonsgegevens_partner ON verwijzing_persoonsgegevens;
CREATE POLICY verwijzing_persoonsgegevens_partner ON verwijzing_persoonsgegevens FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'partner' AND EXISTS (
    SELECT 1 FROM verwijzingen v JOIN toestemmingen t ON t.id = v.toestemming_id
    WHERE v.id = verwijzing_persoonsgegevens.verwijzing_id AND v.partner_id = ot_organisatie()
      AND t.partner_id = v.partner_id AND t.ingetrokken_op IS NULL AND t.datum <= current_date
      AND (t.geldig_tot IS NULL OR t.geldig_tot >= current_date)
      AND 'contactgegevens' = ANY (t.gegevens)
      AND v.status IN ('nieuw', 'geaccepteerd', 'afgerond')));
