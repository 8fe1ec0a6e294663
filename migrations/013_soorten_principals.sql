-- Principals that are not a medewerker (ADR 0018): partner staff and inwoners. Every user
-- transaction now also sets ot.soort (medewerker | partner | inwoner), ot.organisatie (the
-- principal's organisation) and ot.bsn (for an inwoner: whose data the session is about).
--
-- The existing policies were written for medewerkers of the gemeente: they keep working as before
-- for medewerkers and see nothing for any other kind, because ot_gemeenten() is empty unless the
-- transaction is a medewerker's. A table that partners or inwoners may read gets its own policy
-- (with ot_soort(), ot_organisatie(), ot_bsn() and ot_werkgebied()) in the migration that needs it.

CREATE FUNCTION ot_soort() RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT nullif(current_setting('ot.soort', true), '')
$$;

CREATE FUNCTION ot_organisatie() RETURNS uuid
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT nullif(current_setting('ot.organisatie', true), '')::uuid
$$;

CREATE FUNCTION ot_bsn() RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT nullif(current_setting('ot.bsn', true), '')
$$;

-- The gemeenten of the transaction whatever the kind of principal: for policies written for
-- partners (the gemeenten their organisation works for) or inwoners (their own gemeente).
CREATE FUNCTION ot_werkgebied() RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_to_array(nullif(current_setting('ot.gemeenten', true), ''), ','), ARRAY[]::text[])
$$;

-- The gemeenten of a medewerker's transaction; empty for every other kind (and when unset), so
-- that no policy written for medewerkers lets a partner or inwoner through.
CREATE OR REPLACE FUNCTION ot_gemeenten() RETURNS text[]
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN current_setting('ot.soort', true) = 'medewerker'
    THEN coalesce(string_to_array(nullif(current_setting('ot.gemeenten', true), ''), ','), ARRAY[]::text[])
    ELSE ARRAY[]::text[] END
$$;

GRANT EXECUTE ON FUNCTION ot_soort(), ot_organisatie(), ot_bsn(), ot_werkgebied() TO open_toegang_app;

-- Audit rows name the kind of actor. An inwoner has no account: the row names them by the
-- broker's pseudonym (actor_ref), never by BSN. NULL in rows written before this migration and in
-- rows without an actor (a login attempt with an unknown name, the command line without account).
ALTER TABLE audit_log
  ADD COLUMN actor_soort text CHECK (actor_soort IN ('medewerker', 'partner', 'inwoner')),
  ADD COLUMN actor_ref text CHECK (length(actor_ref) <= 200);
