import type { Principal, PrincipalSoort } from './principal.ts';
import type { Rol } from './rollen.ts';

/**
 * Who holds a permission, per kind of principal (ADR 0018). A plain list of roles is the usual
 * case: medewerkers with one of those roles, and nobody else. Partner staff and inwoners hold a
 * permission only where a policy names them.
 */
export interface Policy {
  medewerker: readonly Rol[];
  /** Roles of partner staff that hold the permission (none unless named). */
  partner?: readonly Rol[];
  /** Whether an inwoner holds it (for their own affairs: row-level security narrows the rows). */
  inwoner?: boolean;
  /**
   * Only medewerkers of a team of one of these kinds (teams.soort), e.g. `regionaal`: the regional
   * access to beschermd wonen and opvang works with the same roles as a local team, but its work
   * lists are not the local team's (issue 20).
   */
  teams?: readonly string[];
}

/**
 * Authorisation is declared per module as a map from a permission to who holds it.
 * Routes name a permission; the platform refuses every route that names none (default deny).
 */
export type PolicyMap = Record<string, readonly Rol[] | Policy>;

const registry = new Map<string, { bron: readonly Rol[] | Policy; policy: Policy }>();

function normaliseer(p: readonly Rol[] | Policy): Policy {
  return Array.isArray(p) ? { medewerker: p as readonly Rol[] } : (p as Policy);
}

export function definePolicies<const T extends PolicyMap>(policies: T): { [K in keyof T]: K } {
  const names = {} as { [K in keyof T]: K };
  for (const [name, bron] of Object.entries(policies)) {
    if (registry.has(name) && registry.get(name)?.bron !== bron)
      throw new Error(`Policy ${name} is dubbel gedefinieerd`);
    registry.set(name, { bron, policy: normaliseer(bron) });
    (names as Record<string, string>)[name] = name;
  }
  return names;
}

export function policy(name: string): Policy {
  const p = registry.get(name);
  if (!p) throw new Error(`Onbekende policy: ${name}`);
  return p.policy;
}

/** The medewerker roles that hold a permission. */
export function rolesFor(name: string): readonly Rol[] {
  return policy(name).medewerker;
}

/** Whether a medewerker with these roles holds the permission. */
export function isAllowed(name: string, rollen: readonly Rol[]): boolean {
  const allowed = rolesFor(name);
  return rollen.some((r) => allowed.includes(r));
}

/** Whether this principal holds the permission: checked by kind, then by role. */
export function mag(name: string, principal: Principal): boolean {
  const p = policy(name);
  switch (principal.soort) {
    case 'medewerker':
      return (
        principal.rollen.some((r) => p.medewerker.includes(r)) &&
        (p.teams === undefined || p.teams.includes(principal.teamSoort ?? ''))
      );
    case 'partner':
      return principal.rollen.some((r) => (p.partner ?? []).includes(r));
    case 'inwoner':
      return p.inwoner === true;
  }
}

/** The kinds of principal a permission admits at all (for the authorisation document). */
export function soortenVoor(name: string): PrincipalSoort[] {
  const p = policy(name);
  return [
    ...(p.medewerker.length ? (['medewerker'] as const) : []),
    ...(p.partner?.length ? (['partner'] as const) : []),
    ...(p.inwoner ? (['inwoner'] as const) : []),
  ];
}

export function allPolicies(): ReadonlyMap<string, readonly Rol[]> {
  return new Map([...registry].map(([n, p]) => [n, p.policy.medewerker]));
}
