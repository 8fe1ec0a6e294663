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
  // Local toegang learns that a resident has a regional BW/MO case and who its contactpersoon is
  // (1 huishouden, 1 contactpersoon), and routes a BW/MO question to the regional access (ADR 0038).
  'regionale-zaken.raadplegen': ['kcc', 'toegangsmedewerker', 'backoffice', 'teamleider'],
  'meldingen.doorzetten-regio': ['kcc', 'toegangsmedewerker', 'teamleider'],
});
