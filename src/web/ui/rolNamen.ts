import type { Rol } from '../api/types.ts';

/**
 * The roles in Dutch words for the user. A Record over `Rol` so that a role added on the server
 * fails the typecheck here until it has a name.
 */
export const ROL_NAMEN: Record<Rol, string> = {
  kcc: 'KCC / telefoonteam',
  toegangsmedewerker: 'Toegangsmedewerker',
  backoffice: 'Backoffice beschikkingen',
  teamleider: 'Teamleider',
  beleid: 'Beleid, regie en control',
  beheer: 'Functioneel beheer',
  auditor: 'Privacy officer / auditor',
  partner: 'Preventiemedewerker (partner)',
  projectleider: 'Projectleider',
  opdrachtgever: 'Opdrachtgever (portefeuillehouder, ambtelijk opdrachtgever)',
  klachtcoordinator: 'Klachtcoördinator',
  archivaris: 'Archivaris',
  preventiemedewerker: 'Medewerker preventiepartner',
  'partner-coordinator': 'Coördinator preventiepartner',
};

/** Roles of a partner's own staff: never given to a medewerker of the gemeente. */
const PARTNER_ROLLEN: readonly Rol[] = ['preventiemedewerker', 'partner-coordinator'];

/** The roles a medewerker of the gemeente can hold (the role editor offers these). */
export const ALLE_ROLLEN = (Object.keys(ROL_NAMEN) as Rol[]).filter((r) => !PARTNER_ROLLEN.includes(r));

export function rolNaam(rol: string): string {
  return ROL_NAMEN[rol as Rol] ?? rol;
}

/** "Teamleider" or "Teamleider en Functioneel beheer". */
export function rollenTekst(rollen: readonly string[]): string {
  const namen = rollen.map(rolNaam);
  if (namen.length <= 1) return namen[0] ?? 'geen rol';
  return `${namen.slice(0, -1).join(', ')} en ${namen[namen.length - 1]}`;
}
