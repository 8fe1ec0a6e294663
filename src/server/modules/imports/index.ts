import { defineModule } from '../../platform/module.ts';
import { importPolicies } from './policies.ts';
import { importRoutes } from './routes.ts';

/** Historische import van beschikkingen (CSV): controleren, in batches laden, rapport. */
export const imports = defineModule({
  naam: 'imports',
  omschrijving: 'historische import van beschikkingen (CSV)',
  routes: importRoutes,
  policies: importPolicies,
  /** Categories of personal data (checked against the verwerkingsregister, issue 18). */
  persoonsgegevens: ['identificatie', 'bsn', 'contact', 'huishouden', 'hulpvraag', 'besluit'],
  api: {},
});
