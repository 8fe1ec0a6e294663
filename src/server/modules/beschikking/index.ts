import { defineModule } from '../../platform/module.ts';
import { beschikkingKenmerk } from './brief.ts';
import { beschikkingPolicies } from './policies.ts';
import { beschikkingRoutes } from './routes.ts';
import { verzoekPolicies } from './routes-verzoeken.ts';
import { httpAfleverpunt, verzendKlaarstaandeBerichten } from './verzender.ts';

/** Producten en contracten, beschikkingen, toewijzingen en het iWmo-berichtenverkeer. */
export const beschikking = defineModule({
  naam: 'beschikking',
  omschrijving: 'producten en contracten, beschikkingen (vier ogen), toewijzingen, iWmo-berichten',
  routes: beschikkingRoutes,
  policies: { ...beschikkingPolicies, ...verzoekPolicies },
  taken: ({ db, config, log }) => [
    {
      queue: 'iwmo-verzenden',
      cron: '* * * * *',
      handler: async () => {
        const r = await verzendKlaarstaandeBerichten(
          db,
          config.iwmoUitUrl ? httpAfleverpunt(config.iwmoUitUrl) : config.iwmoUitMap,
        );
        if (r.mislukt) log.warn(r, 'iwmo-berichten: aflevering deels mislukt, volgt opnieuw');
      },
    },
  ],
  api: {
    /** The kenmerk of a beschikking as letters and lists show it. */
    beschikkingKenmerk,
  },
});
