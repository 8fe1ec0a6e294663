import { defineModule } from '../../platform/module.ts';
import { DIENST_NAAM, DIENSTEN, DOEL_PREVENTIE } from './diensten.ts';
import { preventiePolicies } from './policies.ts';
import { inzagePreventie } from './repo-inzage.ts';
import { partnersRepo } from './repo-partners.ts';
import { preventieRoutes } from './routes.ts';

/**
 * Preventie (issue 16): the partner organisations and their staff, referrals (verwijzingen) with
 * the resident's consent (toestemming, ADR 0023) and the partner's terugkoppeling. Wijk-level work
 * (signalen, activiteiten, sociale kaart, opdrachten, wijkprofiel) lives in its own module, which
 * uses this one only through `api` below.
 */
export const preventie = defineModule({
  naam: 'preventie',
  omschrijving: 'preventiepartners en hun medewerkers, verwijzingen met toestemming, terugkoppeling',
  routes: preventieRoutes,
  policies: preventiePolicies,
  /** Categories of personal data (checked against the verwerkingsregister, issue 18). */
  /** This module's part of a person's inzage export (AVG art. 15). */
  inzage: inzagePreventie,
  persoonsgegevens: ['identificatie', 'contact', 'hulpvraag', 'toestemming', 'medewerker'],
  api: {
    /** The services partners offer (partner_diensten.dienst) and their names for people. */
    DIENSTEN,
    DIENST_NAAM,
    /** The processing activity of the exchange between toegang and the partners. */
    DOEL_PREVENTIE,
    /** The partners visible to the transaction (row-level security: own gemeenten / own organisation). */
    partners: partnersRepo.lijst,
    partner: partnersRepo.vind,
    partnerTeams: partnersRepo.teams,
  },
});
