import type { Actor } from './auth/principal.ts';
import { toegangscontext } from './auth/principal.ts';
import type { Database, Sql } from './db/types.ts';
import { errors } from './http/errors.ts';

/** A use case's transaction, as the caller: row-level security for the caller's gemeenten. */
export function inTx<T>(db: Database, actor: Actor, fn: (tx: Sql) => Promise<T>): Promise<T> {
  return db.transaction(toegangscontext(actor.principal), fn);
}

/**
 * The caller's gemeente when there is exactly one (a local team), else null (a regional team).
 * Row-level security already limits every query to the caller's gemeenten, but the policy's
 * `gemeente_code = ANY(...)` cannot make PostgreSQL read an index in order and stop after one page;
 * an explicit equality on the index's leading column can (ADR 0016).
 */
export function enigeGemeente(actor: Actor): string | null {
  const g = actor.principal.gemeenten;
  return g.length === 1 ? g[0]! : null;
}

/** A clear 400 before the database would refuse the row (row-level security) with a bare 403. */
export function requireGemeente(actor: Actor, code: string, field = 'gemeenteCode'): void {
  if (!actor.principal.gemeenten.includes(code)) {
    throw errors.field(field, 'geen-bevoegdheid', `U bent niet bevoegd voor gemeente ${code}.`);
  }
}

/**
 * Roles per gemeente (ADR 0030): the caller's roles apply only in `actor.principal.gemeenten`
 * (migration 035). A request about another gemeente is refused with 403, not treated as bad input:
 * Deventer's beleid asking for Lochem's monitoring has no right to it, whatever the parameters.
 */
export function vereisRolInGemeente(actor: Actor, code: string): void {
  if (!actor.principal.gemeenten.includes(code)) {
    throw errors.forbidden(`Uw rollen gelden niet voor gemeente ${code}.`);
  }
}
