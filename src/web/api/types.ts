/**
 * The API's resources as they arrive over the wire (JSON: dates are ISO strings). Written out
 * rather than inferred from the server's Zod schemas because those describe the server-side
 * values (Date objects), not the JSON; the browser tests catch a drift.
 */
import type { Rol } from '../../server/platform/auth/rollen.ts';

export type { Rol };

export interface Gebruiker {
  id: string;
  gebruikersnaam: string;
  naam: string;
  rollen: Rol[];
  gemeenteCode: string;
  gemeenten: string[];
  organisatieId: string;
  teamId: string | null;
}

export interface Sessie {
  csrfToken: string;
  gebruiker: Gebruiker;
}

export interface Gemeente {
  code: string;
  naam: string;
  postadres: string | null;
  postcode: string | null;
  plaats: string | null;
  telefoon: string | null;
  website: string | null;
  versie: number;
}

export interface Organisatie {
  id: string;
  gemeenteCode: string;
  naam: string;
  soort: 'gemeente' | 'partner' | 'aanbieder' | 'overig';
  agbCode: string | null;
  versie: number;
}

export type TeamSoort = 'toegang' | 'backoffice' | 'kcc' | 'regionaal' | 'preventie' | 'staf';

export interface Team {
  id: string;
  gemeenteCode: string;
  organisatieId: string;
  naam: string;
  soort: TeamSoort;
  gemeenten: string[];
  aantalMedewerkers: number;
  fte: number;
  versie: number;
}

export interface Medewerker {
  id: string;
  gemeenteCode: string;
  organisatieId: string;
  teamId: string | null;
  naam: string;
  email: string | null;
  functie: string | null;
  fte: number;
  rollen: Rol[];
  actief: boolean;
  gebruikersnaam: string | null;
  versie: number;
}

export interface MedewerkerAanmaken {
  gemeenteCode: string;
  organisatieId: string;
  teamId?: string | null;
  naam: string;
  email?: string | null;
  functie?: string | null;
  /** A number; a string only when the user typed something that is not one (the server says why). */
  fte?: number | string;
  rollen: Rol[];
}

export interface MedewerkerWijzigen {
  versie: number;
  teamId?: string | null;
  naam?: string;
  email?: string | null;
  functie?: string | null;
  fte?: number | string;
  rollen?: Rol[];
  actief?: boolean;
}

export type AuditActie =
  | 'create'
  | 'read'
  | 'update'
  | 'delete'
  | 'search'
  | 'export'
  | 'print'
  | 'login'
  | 'logout';

export type AuditResultaat = 'toegestaan' | 'geweigerd' | 'mislukt';

export interface AuditRegel {
  id: number;
  tijdstip: string;
  gemeenteCode: string | null;
  gebruikerId: string | null;
  gebruikersnaam: string | null;
  rol: string | null;
  organisatieId: string | null;
  actie: string;
  objectType: string;
  objectId: string | null;
  resultaat: string;
  doel: string;
  herkomstIp: string | null;
  sessie: string | null;
  verzoekId: string | null;
  toelichting: string | null;
  verzegeld: boolean;
}

export interface AuditPagina {
  regels: AuditRegel[];
  volgende: number | null;
}

export interface VerificatieRapport {
  intact: boolean;
  gecontroleerd: number;
  nietVerzegeld: number;
  problemen: Array<{
    volgnummer: number | null;
    auditId: number | null;
    soort: string;
    toelichting: string;
  }>;
}
