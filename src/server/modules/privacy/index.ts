import { defineModule } from '../../platform/module.ts';
import { privacyPolicies } from './policies.ts';
import { privacyRoutes } from './routes.ts';

/** Het audittrail raadplegen en de hash-keten laten controleren (auditor). */
export const privacy = defineModule({
  naam: 'privacy',
  omschrijving: 'audittrail raadplegen en de keten laten controleren',
  routes: privacyRoutes,
  policies: privacyPolicies,
  /** Categories of personal data (checked against the verwerkingsregister, issue 18). */
  persoonsgegevens: [
    'toegangsgegevens',
    'medewerker',
    'identificatie',
    'bsn',
    'contact',
    'privacyverzoek',
    'documenten',
  ],
  api: {},
});
