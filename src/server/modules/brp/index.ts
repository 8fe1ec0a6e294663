import { defineModule } from '../../platform/module.ts';
import { brpPolicies } from './policies.ts';
import { brpRoutes } from './routes.ts';
import { persoonVoorPortaal } from './usecases/persoon-voor-portaal.ts';
import { controleerVerschilMetBrp } from './usecases/verschil-met-brp.ts';

export type { BrpPersoon } from './mapping.ts';

/** Haal Centraal BRP Personen 2.x: opzoeken bij intake, huishoudsamenstelling, verschil met BRP. */
export const brp = defineModule({
  naam: 'brp',
  omschrijving: 'BRP (Haal Centraal BRP Personen 2.x): opzoeken, zoeken, huishouden, verschil met BRP',
  routes: brpRoutes,
  policies: brpPolicies,
  /** Categories of personal data (checked against the verwerkingsregister, issue 18). */
  persoonsgegevens: ['identificatie', 'bsn', 'contact', 'huishouden'],
  taken: ({ db, config, log }) =>
    config.brp
      ? [
          {
            // Nightly, outside office hours: the differences are on the worklist in the morning.
            queue: 'brp-verschil',
            cron: '30 2 * * *',
            handler: async () => {
              const r = await controleerVerschilMetBrp(db, config.brp);
              // Counts only: no BSN or name in the application log.
              log.info(r, 'verschil met BRP gecontroleerd');
            },
          },
        ]
      : [],
  api: { controleerVerschilMetBrp, persoonVoorPortaal },
});
