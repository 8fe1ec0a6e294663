import { defineModule } from '../../platform/module.ts';
import { stelVernietigingslijstenOp } from './bewaren/voer-uit.ts';
import { privacyPolicies } from './policies.ts';
import { privacyRoutes } from './routes.ts';

/** Audittrail en keten, privacyverzoeken, inzage, verwerkingsregister, bewaartermijnen en vernietiging. */
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
  taken: ({ db }) => [
    {
      // Every night: propose vernietigingslijsten and finish an interrupted destruction (ADR 0031).
      queue: 'vernietigingslijsten-opstellen',
      cron: '30 2 * * *',
      handler: async () => {
        await stelVernietigingslijstenOp(db);
      },
    },
  ],
  api: {},
});
