import { definePolicies } from '../../platform/auth/policies.ts';

export const privacyPolicies = definePolicies({
  'audit.raadplegen': ['auditor'],
  'audit.verifieren': ['auditor'],
});
