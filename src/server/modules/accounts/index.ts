import { defineModule } from '../../platform/module.ts';
import { accountsPolicies } from './policies.ts';
import { accountsRoutes } from './routes.ts';

export type { OidcClient } from './oidc.ts';

/** Inloggen en uitloggen (sessies, ook via OpenID Connect) en gebruikersaccounts. */
export const accounts = defineModule({
  naam: 'accounts',
  omschrijving: 'inloggen en uitloggen (sessies, OpenID Connect), gebruikersaccounts',
  routes: accountsRoutes,
  policies: accountsPolicies,
  api: {},
});
