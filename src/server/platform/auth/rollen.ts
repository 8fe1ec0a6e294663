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
  'klachtcoordinator',
  'archivaris',
] as const;

/** The roles of a partner's own staff (partner_medewerkers.rollen; ADR 0018, issue 16). */
export const PARTNER_ROLLEN = ['preventiemedewerker', 'partner-coordinator'] as const;
export type PartnerRol = (typeof PARTNER_ROLLEN)[number];

/** A medewerker role (ROLLEN) or a partner staff role (PARTNER_ROLLEN): policies name both. */
export type Rol = (typeof ROLLEN)[number] | PartnerRol;

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
  klachtcoordinator: 'Klachtcoördinator (behandelt klachten, Awb hoofdstuk 9)',
  archivaris: 'Archivaris (keurt vernietigingslijsten goed, met de privacy officer)',
  preventiemedewerker: 'Medewerker van een preventiepartner (eigen account bij de partnerorganisatie)',
  'partner-coordinator': 'Coördinator van een preventiepartner (verdeelt verwijzingen, ziet de cijfers)',
};

/** A medewerker role (only these are stored in medewerkers.rollen). */
export function isRol(value: string): value is Rol {
  return (ROLLEN as readonly string[]).includes(value);
}

export function isPartnerRol(value: string): value is PartnerRol {
  return (PARTNER_ROLLEN as readonly string[]).includes(value);
}
