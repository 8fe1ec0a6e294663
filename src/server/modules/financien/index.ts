/**
 * Budget and spending (issue 21, ADR 0029): budgets per gemeente, year and product category, and
 * begroot / verplicht / gerealiseerd / prognose from toewijzingen, contracted tariffs and approved
 * declaraties (the iwmo module stores those).
 */
import { defineModule } from '../../platform/module.ts';
import { financienPolicies } from './policies.ts';
import { financienRoutes } from './routes.ts';

export const financien = defineModule({
  naam: 'financien',
  omschrijving: 'begroting, verplichtingen, realisatie en prognose van de Wmo-uitgaven',
  routes: financienRoutes,
  policies: financienPolicies,
  /** Categories of personal data (checked against the verwerkingsregister, issue 18). */
  persoonsgegevens: ['besluit', 'financieel'],
  api: {},
});
