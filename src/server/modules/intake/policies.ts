import { definePolicies } from '../../platform/auth/policies.ts';
import { ROLLEN } from '../../platform/auth/rollen.ts';

export const intakePolicies = definePolicies({
  'personen.raadplegen': ['kcc', 'toegangsmedewerker', 'backoffice', 'teamleider'],
  'personen.registreren': ['kcc', 'toegangsmedewerker'],
  'meldingen.raadplegen': ['kcc', 'toegangsmedewerker', 'backoffice', 'teamleider'],
  'meldingen.registreren': ['kcc', 'toegangsmedewerker'],
  'meldingen.triageren': ['kcc', 'toegangsmedewerker', 'teamleider'],
  'werkvoorraad.raadplegen': ['kcc', 'toegangsmedewerker', 'teamleider'],
  /** Redistributing incoming work ("verdelen inkomende werkstroom") and reassigning contactpersonen. */
  'werkvoorraad.verdelen': ['teamleider'],
  'kalender.raadplegen': ROLLEN,
  'intake.configureren': ['beheer'],
});
