import { definePolicies } from '../../platform/auth/policies.ts';

/**
 * Regionale toegang (issue 20). The mandaatregister is public administration, not personal data:
 * the staff who decide under it and the auditor read it; beheer keeps it. Staff placement
 * (employer, secondment, fte) is personnel data: beheer and the teamleider.
 */
export const regioPolicies = definePolicies({
  'mandaten.raadplegen': ['beheer', 'auditor', 'backoffice', 'toegangsmedewerker', 'teamleider', 'beleid'],
  'mandaten.beheren': ['beheer'],
  'dienstverbanden.raadplegen': ['beheer', 'teamleider', 'beleid'],
  'dienstverbanden.beheren': ['beheer'],
});
