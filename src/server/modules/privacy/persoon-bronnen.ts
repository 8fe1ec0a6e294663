/**
 * Which persons an audited object concerns, for "wie heeft deze persoon gezien?" (platform/audit/
 * personen.ts). Each query gets the object id as `$id` and runs inside the audit INSERT, as the
 * caller's role: it sees only what the caller's transaction sees. Registered when the privacy
 * routes are (privacy/routes.ts).
 */
export const PERSOON_BRONNEN: Readonly<Record<string, string>> = {
  melding: 'SELECT persoon_id FROM meldingen WHERE id = $id',
  huishouden: 'SELECT persoon_id FROM huishouden_leden WHERE huishouden_id = $id',
  // The plan belongs to a household; its audit rows carry the household id.
  plan: 'SELECT persoon_id FROM huishouden_leden WHERE huishouden_id = $id',
  onderzoek:
    'SELECT m.persoon_id FROM onderzoeken o JOIN meldingen m ON m.id = o.melding_id WHERE o.id = $id',
  aanvraag: 'SELECT persoon_id FROM aanvragen WHERE id = $id',
  beschikking: 'SELECT persoon_id FROM beschikkingen WHERE id = $id',
  // The ZRM scores of one person carry that person's id.
  'zrm-scores': 'SELECT $id',
  voorziening: 'SELECT persoon_id FROM voorzieningen WHERE id = $id',
  'iwmo-verzoek': 'SELECT persoon_id FROM iwmo_verzoeken WHERE id = $id',
  'iwmo-bericht': 'SELECT persoon_id FROM iwmo_berichten WHERE id = $id AND persoon_id IS NOT NULL',
  document: `SELECT m.persoon_id FROM documenten d JOIN meldingen m ON m.id = d.melding_id WHERE d.id = $id
             UNION SELECT l.persoon_id FROM documenten d JOIN huishouden_leden l ON l.huishouden_id = d.huishouden_id WHERE d.id = $id`,
  privacyverzoek: 'SELECT persoon_id FROM privacyverzoeken WHERE id = $id',
};
