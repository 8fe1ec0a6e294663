import { definePolicies } from '../../platform/auth/policies.ts';
import { ROLLEN } from '../../platform/auth/rollen.ts';

/**
 * Worklists across the process (issue 15). Mijn zaken is for who is contactpersoon or behandelaar of
 * households; the start page's task counts are for every medewerker (each count only shows what
 * the user's other permissions already let them open); the four-eyes worklist is for who may fix
 * a beschikking.
 */
export const werkPolicies = definePolicies({
  'zaken.raadplegen': ['toegangsmedewerker', 'teamleider'],
  'taken.raadplegen': [...ROLLEN],
  'beschikkingen.controleren': ['backoffice'],
});
