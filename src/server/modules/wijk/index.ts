import { defineModule } from '../../platform/module.ts';
import { wijkPolicies } from './policies.ts';
import { wijkRoutes } from './routes.ts';
import { zoekSocialeKaart } from './usecases/zoek-sociale-kaart.ts';

export type { SocialeKaartItem } from './schemas.ts';

/**
 * Preventie in de wijk (issue 16, items 3–7): sociale kaart, signalen over een wijk, collectieve
 * activiteiten, opdrachten met prestatie-indicatoren en subsidieverlaging, en het wijkprofiel.
 */
export const wijk = defineModule({
  naam: 'wijk',
  omschrijving: 'sociale kaart, wijksignalen, activiteiten, opdrachten en indicatoren, wijkprofiel',
  routes: wijkRoutes,
  policies: wijkPolicies,
  // The sociale kaart for other modules: the triage and the onderzoek pick an entry; the resident
  // portal will read it too.
  api: { zoekSocialeKaart },
});
