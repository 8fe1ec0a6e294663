import { defineModule } from '../../platform/module.ts';
import { onderzoekPolicies } from './policies.ts';
import { onderzoekRoutes } from './routes.ts';

/** Het onderzoek (stappenplan CRvB), gesprekken, het plan, het verslag en de aanvraag. */
export const onderzoek = defineModule({
  naam: 'onderzoek',
  omschrijving: 'onderzoek (stappenplan CRvB), gesprekken, plan, verslag, aanvraag',
  routes: onderzoekRoutes,
  policies: onderzoekPolicies,
  api: {},
});
