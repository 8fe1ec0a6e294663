import type { Rol } from './rollen.ts';

/**
 * Authorisation is declared per module as a map from a permission to the roles that hold it.
 * Routes name a permission; the platform refuses every route that names none (default deny).
 */
export type PolicyMap = Record<string, readonly Rol[]>;

const registry = new Map<string, readonly Rol[]>();

export function definePolicies<const T extends PolicyMap>(policies: T): { [K in keyof T]: K } {
  const names = {} as { [K in keyof T]: K };
  for (const [name, roles] of Object.entries(policies)) {
    if (registry.has(name) && registry.get(name) !== roles)
      throw new Error(`Policy ${name} is dubbel gedefinieerd`);
    registry.set(name, roles);
    (names as Record<string, string>)[name] = name;
  }
  return names;
}

export function rolesFor(policy: string): readonly Rol[] {
  const roles = registry.get(policy);
  if (!roles) throw new Error(`Onbekende policy: ${policy}`);
  return roles;
}

export function isAllowed(policy: string, rollen: readonly Rol[]): boolean {
  const allowed = rolesFor(policy);
  return rollen.some((r) => allowed.includes(r));
}

export function allPolicies(): ReadonlyMap<string, readonly Rol[]> {
  return registry;
}
