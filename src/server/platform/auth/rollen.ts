/** The roles (docs/woordenlijst.md, "Wie het gebruikt"). A medewerker may have several. */
export const ROLLEN = [
  'kcc',
  'toegangsmedewerker',
  'backoffice',
  'teamleider',
  'beleid',
  'beheer',
  'auditor',
  'partner',
  'projectleider',
  'opdrachtgever',
] as const;

export type Rol = (typeof ROLLEN)[number];

export const ROL_OMSCHRIJVING: Record<Rol, string> = {
  kcc: 'KCC / telefoonteam',
  toegangsmedewerker: 'Toegangsmedewerker (consulent, regisseur)',
  backoffice: 'Backoffice beschikkingen',
  teamleider: 'Teamleider',
  beleid: 'Beleid, regie en control',
  beheer: 'Functioneel beheer',
  auditor: 'Privacy officer / auditor',
  partner: 'Preventiemedewerker (partner)',
  projectleider: 'Projectleider grote projecten (stelt rapportages op)',
  opdrachtgever:
    'Opdrachtgever grote projecten (portefeuillehouder of ambtelijk opdrachtgever; stelt rapportages vast)',
};

export function isRol(value: string): value is Rol {
  return (ROLLEN as readonly string[]).includes(value);
}
