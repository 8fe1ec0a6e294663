import type { Actor } from '../../platform/auth/principal.ts';
import { errors } from '../../platform/http/errors.ts';

/** The processing activity (verwerkingsregister) of this module. */
export const DOEL_WIJK = 'preventie-wijk';

/**
 * The gemeente a request is about: the one asked for, else the caller's own. Asking for a gemeente
 * outside the caller's area is a clear field error rather than an empty answer.
 */
export function gemeenteVan(actor: Actor, gevraagd: string | undefined, veld = 'gemeente'): string {
  const p = actor.principal;
  const code = gevraagd ?? p.gemeenteCode;
  if (!p.gemeenten.includes(code))
    throw errors.field(veld, 'geen-bevoegdheid', `U bent niet bevoegd voor gemeente ${code}.`);
  return code;
}

/**
 * The caller's account and, for partner staff, their partner (partners.id, which is the session's
 * ot_organisatie()). A medewerker of the gemeente has no partner. Never an inwoner here.
 */
export function medewerkerOfPartner(actor: Actor): { gebruikerId: string; partnerId: string | null } {
  const p = actor.principal;
  if (p.soort === 'inwoner') throw errors.forbidden();
  return { gebruikerId: p.gebruikerId, partnerId: p.soort === 'partner' ? p.organisatieId : null };
}
