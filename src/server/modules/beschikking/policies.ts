import { definePolicies } from '../../platform/auth/policies.ts';

export const beschikkingPolicies = definePolicies({
  'producten.raadplegen': ['backoffice', 'toegangsmedewerker', 'beheer', 'teamleider'],
  'producten.beheren': ['beheer'],
  'beschikkingen.raadplegen': ['backoffice', 'toegangsmedewerker', 'teamleider'],
  'beschikkingen.opstellen': ['backoffice'],
  /**
   * Fixing a beschikking (vaststellen). Four eyes: the service also refuses when the one who fixes
   * it is the one who drafted it (domain/beschikking.ts, vierOgenFout) — a role cannot express that.
   */
  'beschikkingen.vaststellen': ['backoffice'],
  'herindicaties.raadplegen': ['backoffice', 'teamleider', 'toegangsmedewerker'],
});
