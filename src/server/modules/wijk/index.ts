import { defineModule } from '../../platform/module.ts';
import { wijkPolicies } from './policies.ts';
import { wijkRoutes } from './routes.ts';
import { wijkKeuzelijst } from './usecases/wijk-keuzelijst.ts';
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
  /** Categories of personal data (checked against the verwerkingsregister, issue 18). */
  persoonsgegevens: ['hulpvraag'],
  // The sociale kaart for other modules: the triage and the onderzoek pick an entry; the resident
  // portal searches it ("Hulp zoeken") with the wijken to choose from.
  api: { zoekSocialeKaart, wijkKeuzelijst },
});
