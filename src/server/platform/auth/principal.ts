import type { Toegangscontext } from '../db/types.ts';
import { errors } from '../http/errors.ts';
import type { Rol } from './rollen.ts';

/** The kinds of people who can be logged in (ADR 0018). */
export const PRINCIPAL_SOORTEN = ['medewerker', 'partner', 'inwoner'] as const;
export type PrincipalSoort = (typeof PRINCIPAL_SOORTEN)[number];

interface Sessiegebonden {
  sessieId: string;
  csrfToken: string;
  /** The gemeente the principal belongs to (home tenant): audit rows name it by default. */
  gemeenteCode: string;
  /**
   * The gemeenten whose data the principal works with: a medewerker's team area, the gemeenten a
   * partner organisation works for, an inwoner's own gemeente. Row-level security reads these.
   */
  gemeenten: string[];
}

/** An employee of the gemeente (local account or the gemeente's OpenID Connect provider). */
export interface MedewerkerPrincipal extends Sessiegebonden {
  soort: 'medewerker';
  gebruikerId: string;
  gebruikersnaam: string;
  medewerkerId: string;
  naam: string;
  rollen: Rol[];
  organisatieId: string;
  teamId: string | null;
  /** The kind of the team (teams.soort); policies may ask for it (Policy.teams). */
  teamSoort?: string | null;
}

/**
 * An employee of a partner organisation (a provider, a preventive partner): their own accounts or
 * the partner's OpenID Connect provider. They see only what their organisation needs to know.
 */
export interface PartnerPrincipal extends Sessiegebonden {
  soort: 'partner';
  gebruikerId: string;
  gebruikersnaam: string;
  naam: string;
  rollen: Rol[];
  /** The partner organisation (organisaties.id); row-level security scopes partner data by it. */
  organisatieId: string;
}

/** How someone acts for another inwoner (machtigen). */
export interface Vertegenwoordiging {
  /** BSN of the represented inwoner: whose data this session is about. */
  bsn: string;
  grondslag: 'gemachtigde' | 'wettelijk-vertegenwoordiger';
}

/** A resident, identified by BSN through DigiD via an OpenID Connect broker (issue 17). */
export interface InwonerPrincipal extends Sessiegebonden {
  soort: 'inwoner';
  /** BSN of the person who logged in (the acting person). Never written to logs or audit rows. */
  bsn: string;
  /** Set when acting for someone else; null when the inwoner acts for themselves. */
  namens: Vertegenwoordiging | null;
  /** Level of assurance of the login (OIDC `acr`, e.g. DigiD Midden). */
  acr: string;
  /** The broker's pseudonymous subject (`sub`): names the inwoner in audit rows instead of a BSN. */
  pseudoniem: string;
}

/** The logged-in user as every request sees it: a tagged union on `soort`. */
export type Principal = MedewerkerPrincipal | PartnerPrincipal | InwonerPrincipal;

/** Where a request came from, for the audit trail. */
export interface Herkomst {
  ip: string;
  sessie: string | null;
  verzoekId: string;
}

/** Everything a use case needs to know about its caller. */
export interface Actor<P extends Principal = Principal> {
  principal: P;
  herkomst: Herkomst;
}

/**
 * The principal as a medewerker, for use cases that record which medewerker did something. Any
 * other kind is refused with 403: a policy that admits partners or inwoners needs a use case
 * written for them, not one that silently stores a missing medewerker.
 */
export function alsMedewerker(principal: Principal): MedewerkerPrincipal {
  if (principal.soort !== 'medewerker') throw errors.forbidden();
  return principal;
}

/** The roles of a medewerker or partner; an inwoner has none (their policies name the kind). */
export function rollenVan(principal: Principal): readonly Rol[] {
  return principal.soort === 'inwoner' ? [] : principal.rollen;
}

/** The account behind the principal; an inwoner has none (DigiD identifies them). */
export function gebruikerIdVan(principal: Principal): string | null {
  return principal.soort === 'inwoner' ? null : principal.gebruikerId;
}

/** The settings the database transaction gets for row-level security (ADR 0003, 0018). */
export function toegangscontext(principal: Principal): Toegangscontext {
  switch (principal.soort) {
    case 'medewerker':
    case 'partner':
      return {
        soort: principal.soort,
        gebruikerId: principal.gebruikerId,
        gemeenten: principal.gemeenten,
        organisatieId: principal.organisatieId,
        bsn: null,
      };
    case 'inwoner':
      return {
        soort: 'inwoner',
        gebruikerId: null,
        gemeenten: principal.gemeenten,
        organisatieId: null,
        // The data the session is about: the represented inwoner's when acting for someone else.
        bsn: principal.namens?.bsn ?? principal.bsn,
      };
  }
}
