import { defineModule } from '../../platform/module.ts';
import { regioPolicies } from './policies.ts';
import { regioRoutes } from './routes.ts';
import { bwMoFouten, mandaatVoorBesluit } from './usecases/mandaten.ts';

/**
 * Regionale toegang beschermd wonen en maatschappelijke opvang (issue 20): the mandaatregister the
 * regional team decides under, and the staff placement (employer apart from the team).
 */
export const regio = defineModule({
  naam: 'regio',
  omschrijving: 'regionale toegang beschermd wonen en opvang: mandaatregister en formatie per werkgever',
  routes: regioRoutes,
  policies: regioPolicies,
  /** Staff data only: names, employer and fte of medewerkers (no clients). */
  persoonsgegevens: ['medewerker'],
  api: { mandaatVoorBesluit, bwMoFouten },
});
