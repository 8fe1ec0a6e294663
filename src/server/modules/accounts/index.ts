import { defineModule } from '../../platform/module.ts';
import { createOidcClient, OidcError, redirectUriFor } from './oidc.ts';
import { accountsPolicies } from './policies.ts';
import { accountsRoutes } from './routes.ts';

export type { OidcClient, OidcIdentity, OidcTransient } from './oidc.ts';
export { OidcError };

/** Inloggen en uitloggen (sessies, ook via OpenID Connect) en gebruikersaccounts. */
export const accounts = defineModule({
  naam: 'accounts',
  omschrijving: 'inloggen en uitloggen (sessies, OpenID Connect), gebruikersaccounts',
  routes: accountsRoutes,
  policies: accountsPolicies,
  /** Categories of personal data (checked against the verwerkingsregister, issue 18). */
  persoonsgegevens: ['medewerker', 'toegangsgegevens'],
  api: {
    /** An OpenID Connect relying party (the inwonerportaal's DigiD broker uses the same client). */
    createOidcClient,
    redirectUriFor,
  },
});
