import { definePolicies } from '../../platform/auth/policies.ts';

/**
 * Budget and spending are aggregates for beleid, regie en control: they enter the budget and read
 * begroot / verplicht / gerealiseerd / prognose. No resident is named in any figure.
 */
export const financienPolicies = definePolicies({
  'financien.raadplegen': ['beleid'],
  'financien.begroten': ['beleid'],
});
