import { definePolicies } from '../../platform/auth/policies.ts';
import { ROLLEN } from '../../platform/auth/rollen.ts';

export const organisatiePolicies = definePolicies({
  /** Gemeenten, wijken, organisaties, locaties, teams: no personal data, needed by every screen. */
  'organisatie.raadplegen': ROLLEN,
  /** Medewerkers (names, e-mail) — personal data of staff, read access is audited. */
  'medewerkers.raadplegen': ['beheer', 'teamleider', 'toegangsmedewerker', 'kcc', 'backoffice'],
  'organisatie.beheren': ['beheer'],
  /**
   * The organisation screen (teams and their medewerkers): functioneel beheer keeps it, a teamleider
   * looks after their team there. Named by the web's menu; the routes behind it check their own policy.
   */
  'organisatie.overzien': ['beheer', 'teamleider'],
  /** Every change of roles, with before and after (ADR 0021): the auditor checks, beheer approves. */
  'rolwijzigingen.raadplegen': ['auditor', 'beheer'],
  'rolwijzigingen.beoordelen': ['beheer'],
});
