import { definePolicies } from '../../platform/auth/policies.ts';
import { PARTNER_ROLLEN } from '../../platform/auth/rollen.ts';

/**
 * Preventie (issue 16). Partner staff hold a permission only where a policy names them under
 * `partner` (ADR 0018); row-level security then narrows them to their own organisation.
 */
export const preventiePolicies = definePolicies({
  /** The partners working for the caller's gemeenten (a partner: its own organisation). */
  'partners.raadplegen': {
    medewerker: ['kcc', 'toegangsmedewerker', 'teamleider', 'beleid', 'beheer'],
    partner: PARTNER_ROLLEN,
  },
  /** Refer a resident to a partner from triage or an onderzoek, with the consent record. */
  'verwijzingen.maken': ['kcc', 'toegangsmedewerker', 'teamleider'],
  /** Toegang: the referrals of its gemeenten; a partner: its inbox (only its own organisation's). */
  'verwijzingen.raadplegen': {
    medewerker: ['kcc', 'toegangsmedewerker', 'teamleider'],
    partner: PARTNER_ROLLEN,
  },
  /** The partner's side of a referral: accept, decline, plan contact, terugkoppeling, refer back. */
  'verwijzingen.behandelen': { medewerker: [], partner: PARTNER_ROLLEN },
  /** Record that the resident withdrew consent (toegang takes the call or the letter). */
  'toestemmingen.intrekken': ['kcc', 'toegangsmedewerker', 'teamleider'],
});
