import { allPolicies, mag } from '../../platform/auth/policies.ts';
import type { MedewerkerPrincipal, Principal } from '../../platform/auth/principal.ts';

/** The body of a login or of GET /sessies/huidig: who is logged in and what they may do. */
export function sessieBody(p: MedewerkerPrincipal) {
  return {
    csrfToken: p.csrfToken,
    gebruiker: {
      id: p.gebruikerId,
      gebruikersnaam: p.gebruikersnaam,
      naam: p.naam,
      rollen: p.rollen,
      gemeenteCode: p.gemeenteCode,
      gemeenten: p.gemeenten,
      organisatieId: p.organisatieId,
      teamId: p.teamId,
      medewerkerId: p.medewerkerId,
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
