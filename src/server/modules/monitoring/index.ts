import { defineModule } from '../../platform/module.ts';
import {
  bewaarVernietigdeTelling,
  kerncijfers,
  kerncijfersWijk,
  vernieuwKerncijfers,
} from './kerncijfers.ts';
import { monitoringPolicies } from './policies.ts';
import { monitoringRoutes } from './routes.ts';

/** Kerncijfers, proces-KPI's, ladder, herindicatieprognose, formatie en teamoverzicht. */
export const monitoring = defineModule({
  naam: 'monitoring',
  omschrijving: "kerncijfers, proces-KPI's, ladder, prognose, formatie, teamoverzicht",
  routes: monitoringRoutes,
  policies: monitoringPolicies,
  /** Categories of personal data (checked against the verwerkingsregister, issue 18). */
  persoonsgegevens: ['identificatie', 'hulpvraag', 'besluit', 'medewerker'],
  taken: ({ db }) => [
    {
      // Kerncijfers that a change made stale are recomputed in the background (ADR 0012).
      queue: 'kerncijfers-vernieuwen',
      cron: '*/5 * * * *',
      handler: async () => {
        await vernieuwKerncijfers(db);
      },
    },
  ],
  // The kerncijfers of one gemeente and year, and of one wijk (the wijkprofiel), in the caller's transaction.
  // bewaarVernietigdeTelling: the anonymous counts of a person about to be destroyed (privacy, ADR 0031).
  api: { kerncijfers, kerncijfersWijk, bewaarVernietigdeTelling },
});
