import { defineModule } from '../../platform/module.ts';
import { plaatsingPolicies } from './plaatsing/policies.ts';
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
    'regionale toegang beschermd wonen en opvang: mandaatregister, formatie per werkgever, afbakening regionaal/lokaal, aanmelding, wachtlijst, plaatsing en regionale monitoring',
  routes: regioRoutes,
  policies: { ...regioPolicies, ...plaatsingPolicies },
  /**
   * Staff data (employer and fte of medewerkers); of clients that a resident has a regional case
   * (and routing their melding there); and, for the aanmelding and plaatsing of beschermd
   * wonen and opvang, the person, their hulpvraag and placement, and the cost of it.
   */
  persoonsgegevens: ['medewerker', 'identificatie', 'bsn', 'hulpvraag', 'besluit', 'financieel'],
  api: { mandaatVoorBesluit, bwMoFouten },
});
