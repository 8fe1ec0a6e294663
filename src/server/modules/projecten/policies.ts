import { definePolicies } from '../../platform/auth/policies.ts';

/**
 * Grote projecten: the projectleider keeps the project and drafts the rapportages; the opdrachtgever
 * (portefeuillehouder or ambtelijk opdrachtgever) sends them back or sets them vast; functioneel beheer
 * publishes. Beleid (project reports are part of control) and the opdrachtgever read everything.
 * The council overview and published reports are public (routes with `public: true`).
 */
export const projectenPolicies = definePolicies({
  'projecten.raadplegen': ['projectleider', 'opdrachtgever', 'beheer', 'beleid'],
  'projecten.bewerken': ['projectleider'],
  'rapportages.opstellen': ['projectleider'],
  'rapportages.vaststellen': ['opdrachtgever'],
  'rapportages.publiceren': ['beheer'],
});
