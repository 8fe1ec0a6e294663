import { definePolicies } from '../../platform/auth/policies.ts';
import { PARTNER_ROLLEN } from '../../platform/auth/rollen.ts';

/**
 * Preventie in de wijk. Nothing here is personal data, yet need-to-know still holds: a partner sees
 * the shared signal board and the sociale kaart of its werkgebied, and only its own organisation's
 * activiteiten, opdracht and reports (row-level security, migration 019). The gemeente's roles see
 * what their work needs: toegang the board and the kaart, beleid/control the opdrachten.
 */
const PARTNER = PARTNER_ROLLEN;

export const wijkPolicies = definePolicies({
  'wijk.sociale-kaart-raadplegen': {
    // Not backoffice: the kaart serves triage, onderzoek and the wijk; a beschikking needs none of it.
    medewerker: ['kcc', 'toegangsmedewerker', 'teamleider', 'beleid', 'beheer'],
    partner: PARTNER,
  },
  'wijk.sociale-kaart-beheren': { medewerker: ['beheer'], partner: PARTNER },
  'wijk.signalen-raadplegen': {
    medewerker: ['kcc', 'toegangsmedewerker', 'teamleider', 'beleid'],
    partner: PARTNER,
  },
  'wijk.signalen-registreren': { medewerker: ['kcc', 'toegangsmedewerker', 'teamleider'], partner: PARTNER },
  'wijk.activiteiten-raadplegen': {
    medewerker: ['toegangsmedewerker', 'teamleider', 'beleid'],
    partner: PARTNER,
  },
  'wijk.activiteiten-registreren': { medewerker: [], partner: PARTNER },
  'wijk.profiel-raadplegen': ['toegangsmedewerker', 'teamleider', 'beleid'],
  'wijk.opdrachten-raadplegen': { medewerker: ['beleid'], partner: PARTNER },
  'wijk.opdrachten-beheren': ['beleid'],
  'wijk.rapportage-vastleggen': { medewerker: ['beleid'], partner: ['partner-coordinator'] },
});
