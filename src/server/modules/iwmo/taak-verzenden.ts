import type { Config } from '../../platform/config.ts';
import type { Database } from '../../platform/db/types.ts';
import type { Taak } from '../../platform/jobs/jobs.ts';
import { httpAfleverpunt, verzendKlaarstaandeBerichten } from './verzender.ts';

/**
 * The scheduled job that delivers the outbox every minute, to the HTTP endpoint when one is configured
 * and otherwise into the hand-over directory; a partial failure is retried by the next run.
 */
export function verzendTaak(
  db: Database,
  config: Pick<Config, 'iwmoUitMap' | 'iwmoUitUrl'>,
  waarschuw: (r: { mislukt: number }, melding: string) => void,
): Taak {
  return {
    queue: 'iwmo-verzenden',
    cron: '* * * * *',
    handler: async () => {
      const r = await verzendKlaarstaandeBerichten(
        db,
        config.iwmoUitUrl ? httpAfleverpunt(config.iwmoUitUrl) : config.iwmoUitMap,
      );
      if (r.mislukt) waarschuw(r, 'iwmo-berichten: aflevering deels mislukt, volgt opnieuw');
    },
  };
}
