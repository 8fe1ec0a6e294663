import { defineModule } from '../../platform/module.ts';
import { cbsPolicies } from './policies.ts';
import { cbsRoutes } from './routes.ts';

/** Deliveries to CBS: Monitor Sociaal Domein, Wmo part (maatwerkvoorzieningen per halfjaar). */
export const cbs = defineModule({
  naam: 'cbs',
  omschrijving: 'levering aan CBS: Monitor Sociaal Domein Wmo, met validatierapport',
  routes: cbsRoutes,
  policies: cbsPolicies,
  /** Categories of personal data (checked against the verwerkingsregister, issue 18). */
  persoonsgegevens: ['bsn', 'besluit', 'zorglevering'],
  api: {},
});
