import { definePolicies } from '../../platform/auth/policies.ts';
import { PARTNER_ROLLEN, ROLLEN } from '../../platform/auth/rollen.ts';

export const accountsPolicies = definePolicies({
  /** Every logged-in user may see and end their own session. */
  'sessie.eigen': { medewerker: ROLLEN, partner: PARTNER_ROLLEN },
  'gebruikers.lezen': ['beheer'],
  'gebruikers.beheren': ['beheer'],
});
