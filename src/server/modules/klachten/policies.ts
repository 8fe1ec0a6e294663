import { definePolicies } from '../../platform/auth/policies.ts';

/**
 * Klachten (Awb chapter 9). There is no separate klachtcoördinator role yet: the teamleider keeps
 * the worklist and handles complaints; every front-line role may register one as it comes in.
 */
export const klachtenPolicies = definePolicies({
  'klachten.registreren': ['kcc', 'toegangsmedewerker', 'backoffice', 'teamleider'],
  'klachten.behandelen': ['teamleider'],
  'klachten.raadplegen': ['teamleider', 'backoffice'],
});
