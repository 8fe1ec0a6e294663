import { definePolicies } from '../../platform/auth/policies.ts';
import { ROLLEN } from '../../platform/auth/rollen.ts';

export const onderzoekPolicies = definePolicies({
  'onderzoek.raadplegen': ['toegangsmedewerker', 'teamleider', 'backoffice'],
  'onderzoek.uitvoeren': ['toegangsmedewerker'],
  'plan.raadplegen': ['toegangsmedewerker', 'teamleider', 'backoffice', 'kcc'],
  'plan.bewerken': ['toegangsmedewerker'],
  'aanvragen.registreren': ['toegangsmedewerker', 'backoffice'],
  'aanvragen.raadplegen': ['toegangsmedewerker', 'backoffice', 'teamleider'],
  /** Opschorting (Awb 4:15) and a received ingebrekestelling (4:17). */
  'aanvragen.termijn-bewaken': ['toegangsmedewerker', 'backoffice'],
  'leefgebieden.raadplegen': ROLLEN,
  'leefgebieden.beheren': ['beheer'],
});
