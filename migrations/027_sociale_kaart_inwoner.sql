-- Inwonerportaal "Hulp zoeken" (issue 17 item 2, ADR 0026): an inwoner reads the sociale kaart of
-- their own gemeente. Public information (what exists, who offers it, how to reach it), so the
-- policy is keyed on the gemeente only, as migration 021 opens wijken, organisaties and producten.
-- Active entries only: an ended voorziening is history for staff, not an offer to a resident.
CREATE POLICY sociale_kaart_inwoner ON sociale_kaart FOR SELECT TO open_toegang_app
  USING (ot_soort() = 'inwoner' AND actief AND gemeente_code = ANY (ot_werkgebied()));
