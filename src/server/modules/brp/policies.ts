import { definePolicies } from '../../platform/auth/policies.ts';

export const brpPolicies = definePolicies({
  /** Asking the BRP is for those who register persons (data minimisation: not every reader). */
  'brp.raadplegen': ['kcc', 'toegangsmedewerker'],
  /** The differences with the BRP on open cases: the contactpersoon and the teamleider. */
  'brp.signalen': ['toegangsmedewerker', 'teamleider'],
});
