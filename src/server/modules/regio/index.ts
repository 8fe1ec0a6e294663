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
  omschrijving:
    'regionale toegang beschermd wonen en opvang: mandaatregister, formatie per werkgever, afbakening regionaal/lokaal',
  routes: regioRoutes,
  policies: regioPolicies,
  /**
   * Staff data (names, employer and fte of medewerkers), and of clients only that a resident has a
   * regional case (and routing their melding there): the content stays with intake and beschikking.
   */
  persoonsgegevens: ['medewerker', 'hulpvraag'],
  api: { mandaatVoorBesluit, bwMoFouten },
});
