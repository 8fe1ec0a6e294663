import { definePolicies } from '../../platform/auth/policies.ts';
import { ROLLEN } from '../../platform/auth/rollen.ts';

export const onderzoekPolicies = definePolicies({
  'onderzoek.raadplegen': ['toegangsmedewerker', 'teamleider', 'backoffice'],
  'onderzoek.uitvoeren': ['toegangsmedewerker'],
  'plan.raadplegen': ['toegangsmedewerker', 'teamleider', 'backoffice', 'kcc'],
  'plan.bewerken': ['toegangsmedewerker'],
  'aanvragen.registreren': ['toegangsmedewerker', 'backoffice'],
  'aanvragen.raadplegen': ['toegangsmedewerker', 'backoffice', 'teamleider'],
  'leefgebieden.raadplegen': ROLLEN,
  'leefgebieden.beheren': ['beheer'],
});
