import { definePolicies } from '../../platform/auth/policies.ts';

/**
 * The privacy officer is the role `auditor` ("Privacy officer / auditor", auth/rollen.ts): it already
 * reads the audit trail, so data-subject requests and the register go to it rather than to a new role
 * (no new role to grant under ADR 0021's four-eyes rules).
 */
export const privacyPolicies = definePolicies({
  'audit.raadplegen': ['auditor'],
  'audit.verifieren': ['auditor'],
  'privacyverzoeken.behandelen': ['auditor'],
  'inzage.maken': ['auditor'],
  'verwerkingsregister.raadplegen': ['auditor', 'beheer', 'beleid'],
  // Need-to-know (ADR 0030): who may open a case without a relationship (not KCC), who reviews.
  'doorbraken.maken': ['toegangsmedewerker', 'teamleider', 'backoffice'],
  'doorbraken.beoordelen': ['auditor'],
  'relaties.bekijken': ['toegangsmedewerker', 'teamleider', 'backoffice'],
  'zaaktoegang.instellen': ['beheer'],
  // Retention and destruction (ADR 0031): beheer sets the terms, archivaris and privacy officer approve.
  'bewaartermijnen.raadplegen': ['beheer', 'archivaris', 'auditor'],
  'bewaartermijnen.instellen': ['beheer'],
  'vernietigingslijsten.goedkeuren': ['archivaris', 'auditor'],
});
