import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { defineModule } from '../../platform/module.ts';
import { portaalBerichtRoutes } from './berichten-routes.ts';
import { isDemoDatabase, maakDigidClient } from './digid.ts';
import { mailTaak } from './mail.ts';
import { portaalPolicies } from './policies.ts';
import { portaalZaakRoutes } from './routes.ts';
import { portaalSessieRoutes } from './sessie-routes.ts';
import { portaalZonderJsRoutes } from './zonder-js.ts';

export { isDemoDatabase, maakDigidClient };

const routes: FastifyPluginAsyncZod = async (app) => {
  await app.register(portaalSessieRoutes);
  await app.register(portaalZaakRoutes);
  await app.register(portaalBerichtRoutes);
  await app.register(portaalZonderJsRoutes);
};

/** Het inwonerportaal: inloggen met DigiD (en machtigen), online melden, mijn zaken, reageren. */
export const portaal = defineModule({
  naam: 'portaal',
  omschrijving: 'inwonerportaal: DigiD en machtigen, online melden, mijn zaken met statuslijn en termijnen',
  routes,
  policies: portaalPolicies,
  /** The notification e-mail "u heeft een nieuw bericht", only with SMTP configured (docs/portaal.md). */
  taken: ({ db, config, log }) =>
    config.smtp ? [mailTaak(db, config.smtp, config.publicUrl, (r, melding) => log.warn(r, melding))] : [],
  /** Categories of personal data (checked against the verwerkingsregister, issue 18). */
  persoonsgegevens: [
    'identificatie',
    'bsn',
    'contact',
    'hulpvraag',
    'gezondheid',
    'besluit',
    'vertegenwoordiging',
    'documenten',
  ],
  api: {},
});
