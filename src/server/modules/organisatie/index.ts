import { defineModule } from '../../platform/module.ts';
import { organisatiePolicies } from './policies.ts';
import { rolwijzigingRoutes } from './rolwijzigingen/routes.ts';
import { organisatieRoutes } from './routes.ts';
import { organisatie as service } from './service.ts';
import { themaRoutes } from './thema/routes.ts';

/** Gemeenten, wijken, organisaties, locaties, teams en medewerkers. */
export const organisatie = defineModule({
  naam: 'organisatie',
  omschrijving: 'gemeenten, wijken, organisaties, locaties, teams, medewerkers, rolwijzigingen (vier ogen)',
  routes: async (app) => {
    await app.register(organisatieRoutes);
    // Role grants and their approval by a second beheerder (ADR 0021).
    await app.register(rolwijzigingRoutes);
    // The huisstijl per gemeente (NL Design System tokens, ADR 0032).
    await app.register(themaRoutes);
  },
  policies: organisatiePolicies,
  /** Categories of personal data (checked against the verwerkingsregister, issue 18). */
  persoonsgegevens: ['medewerker'],
  api: {
    /** The wijken the caller may see (the intake export names a melding's wijk). */
    wijken: service.wijken,
  },
});
