import { allPolicies, mag } from '../../platform/auth/policies.ts';
import type { MedewerkerPrincipal, PartnerPrincipal, Principal } from '../../platform/auth/principal.ts';
import { errors } from '../../platform/http/errors.ts';

/** The body of a login or of GET /sessies/huidig: who is logged in and what they may do. */
export function sessieBody(p: MedewerkerPrincipal | PartnerPrincipal) {
  return {
    csrfToken: p.csrfToken,
    gebruiker: {
      soort: p.soort,
      id: p.gebruikerId,
      gebruikersnaam: p.gebruikersnaam,
      naam: p.naam,
      rollen: p.rollen,
      gemeenteCode: p.gemeenteCode,
      gemeenten: p.gemeenten,
      organisatieId: p.organisatieId,
      teamId: p.soort === 'medewerker' ? p.teamId : null,
      medewerkerId: p.soort === 'medewerker' ? p.medewerkerId : null,
    },
    rechten: rechtenVan(p),
  };
}

/**
 * The permissions this principal holds, sorted: the web shows a screen or a button by its
 * permission, so it never mirrors which role may do what (the API still checks every call).
 */
export function rechtenVan(principal: Principal): string[] {
  return [...allPolicies().keys()].filter((naam) => mag(naam, principal)).sort();
}

/** The logged-in medewerker or partner staff member; an inwoner has no account session here. */
export function metAccount(p: Principal): MedewerkerPrincipal | PartnerPrincipal {
  if (p.soort === 'inwoner') throw errors.forbidden();
  return p;
}
