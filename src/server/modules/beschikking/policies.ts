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
  /** Bezwaar (Awb 6:9, 7:10): registering, verdaging and the decision are the backoffice's. */
  'bezwaren.behandelen': ['backoffice'],
  'bezwaren.raadplegen': ['backoffice', 'teamleider', 'toegangsmedewerker'],
  'herindicaties.raadplegen': ['backoffice', 'teamleider', 'toegangsmedewerker'],
});
