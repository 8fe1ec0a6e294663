import { definePolicies } from '../../platform/auth/policies.ts';

/**
 * Klachten (Awb chapter 9). The klachtcoördinator keeps the worklist and handles complaints (9:8,
 * 9:12: handled by someone not involved in the conduct complained about); the teamleider can stand
 * in. Every front-line role may register one as it comes in.
 */
export const klachtenPolicies = definePolicies({
  'klachten.registreren': ['kcc', 'toegangsmedewerker', 'backoffice', 'teamleider', 'klachtcoordinator'],
  'klachten.behandelen': ['klachtcoordinator', 'teamleider'],
  'klachten.raadplegen': ['klachtcoordinator', 'teamleider', 'backoffice'],
});
