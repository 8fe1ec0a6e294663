import { defineModule } from '../../platform/module.ts';
import { werkPolicies } from './policies.ts';
import { werkRoutes } from './routes.ts';

/**
 * Werklijsten over het hele proces (issue 15): mijn zaken van een contactpersoon, wat er op een
 * medewerker wacht (startpagina, menu) en de vier-ogenlijst van te controleren beschikkingen. Leest
 * alleen; de tabellen zijn van intake, onderzoek, beschikking en de andere modules.
 */
export const werk = defineModule({
  naam: 'werk',
  omschrijving: 'mijn zaken, taken per rol en de vier-ogenlijst (alleen lezen)',
  routes: werkRoutes,
  policies: werkPolicies,
  /** Categories of personal data (checked against the verwerkingsregister, issue 18). */
  persoonsgegevens: ['identificatie'],
  api: {},
});
