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
