import type { Toegangscontext } from '../db/types.ts';
import type { Rol } from './rollen.ts';

/** The logged-in user as every request sees it. */
export interface Principal {
  gebruikerId: string;
  gebruikersnaam: string;
  medewerkerId: string;
  naam: string;
  rollen: Rol[];
  /** The gemeente the account belongs to (its home tenant). */
  gemeenteCode: string;
  /** The gemeenten this user may work for (team work area); row-level security uses these. */
  gemeenten: string[];
  organisatieId: string;
  teamId: string | null;
  sessieId: string;
  csrfToken: string;
}

/** Where a request came from, for the audit trail. */
export interface Herkomst {
  ip: string;
  sessie: string | null;
  verzoekId: string;
}

/** Everything a use case needs to know about its caller. */
export interface Actor {
  principal: Principal;
  herkomst: Herkomst;
}

export function toegangscontext(principal: Pick<Principal, 'gebruikerId' | 'gemeenten'>): Toegangscontext {
  return { gebruikerId: principal.gebruikerId, gemeenten: principal.gemeenten };
}
