import type { Rol } from '../api/types.ts';

/** Mirrors the API policies of the projecten module (the API checks again). */
export function rechten(rollen: readonly Rol[]) {
  return {
    bewerken: rollen.includes('projectleider'),
    vaststellen: rollen.includes('opdrachtgever'),
    publiceren: rollen.includes('beheer'),
  };
}
