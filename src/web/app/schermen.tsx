import type { ComponentType } from 'react';
import type { Rol } from '../api/types.ts';
import { AuditPagina } from '../audit/AuditPagina.tsx';
import { OrganisatieSchermen } from '../organisatie/OrganisatieSchermen.tsx';
import { StartPagina } from '../start/StartPagina.tsx';
import { ALLE_ROLLEN } from './rollen.ts';

export interface Scherm {
  /** The path; the screen also owns everything under it (its own sub-routes). */
  pad: `/${string}`;
  /** The menu item's text. */
  label: string;
  /** Who sees the item and may open the screen (the API checks again, this is for the menu). */
  rollen: readonly Rol[];
  pagina: ComponentType;
}

/**
 * One table for menu and routes: a new screen is one line here. Order is menu order. The roles
 * mirror the API policies; a screen a role cannot use is not shown to it.
 */
export const SCHERMEN: readonly Scherm[] = [
  { pad: '/', label: 'Start', rollen: ALLE_ROLLEN, pagina: StartPagina },
  {
    pad: '/organisatie',
    label: 'Organisatie',
    rollen: ['beheer', 'teamleider'],
    pagina: OrganisatieSchermen,
  },
  { pad: '/audittrail', label: 'Audittrail', rollen: ['auditor'], pagina: AuditPagina },
];

export function magOpenen(scherm: Scherm, rollen: readonly Rol[]): boolean {
  return scherm.rollen.some((r) => rollen.includes(r));
}

export function menuVoor(rollen: readonly Rol[]): Scherm[] {
  return SCHERMEN.filter((s) => magOpenen(s, rollen));
}
