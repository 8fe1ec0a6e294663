import { definePolicies } from '../../platform/auth/policies.ts';

export const beschikkingPolicies = definePolicies({
  'producten.raadplegen': ['backoffice', 'toegangsmedewerker', 'beheer', 'teamleider'],
  'producten.beheren': ['beheer'],
  'beschikkingen.raadplegen': ['backoffice', 'toegangsmedewerker', 'teamleider'],
  'beschikkingen.opstellen': ['backoffice'],
  'herindicaties.raadplegen': ['backoffice', 'teamleider', 'toegangsmedewerker'],
});
