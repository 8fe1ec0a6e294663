/**
 * The API's resources as they arrive over the wire (JSON: dates are ISO strings). Written out
 * rather than inferred from the server's Zod schemas because those describe the server-side
 * values (Date objects), not the JSON; the browser tests catch a drift.
 */

import type { TriageUitkomst } from '../../domain/ladder.ts';
import type { Leefgebied } from '../../domain/leefgebieden.ts';
import type { Termijnstatus } from '../../domain/termijnen/termijnen.ts';
import type {
  KANALEN,
  MELDER_TYPES,
  RELATIES,
  SOORTEN,
  STATUSSEN,
} from '../../server/modules/intake/schemas.ts';
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
  medewerkerId: string;
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
  /** The persons whose data the request showed; null for rows from before this was recorded. */
  personen: string[] | null;
  verzegeld: boolean;
}

/** A person the auditor looked up to see who accessed their data (GET /audit-personen). */
export interface InzagePersoon {
  id: string;
  naam: string;
  geboortedatum: string;
  gemeenteCode: string;
}

export interface AuditPagina {
  regels: AuditRegel[];
  volgende: number | null;
}

export interface VerificatieRapport {
  intact: boolean;
  /** The latest checkpoint outside the database the chain was compared with (ADR 0022). */
  anker: { volgnummer: number; tijdstip: string } | null;
  gecontroleerd: number;
  nietVerzegeld: number;
  problemen: Array<{
    volgnummer: number | null;
    auditId: number | null;
    soort: string;
    toelichting: string;
  }>;
}

// Intake: personen, huishoudens, meldingen, werkvoorraad ------------------------------------------
// The value lists come from the server's modules (type-only imports: nothing of the server is
// bundled), so that a new kanaal or status fails the typecheck of the labels until it has a name.

export type { Leefgebied, Termijnstatus, TriageUitkomst };
export type MeldingSoort = (typeof SOORTEN)[number];
export type MeldingStatus = (typeof STATUSSEN)[number];
export type Kanaal = (typeof KANALEN)[number];
export type MelderType = (typeof MELDER_TYPES)[number];
export type Relatie = (typeof RELATIES)[number];
export type Geslacht = 'man' | 'vrouw' | 'anders' | 'onbekend';

export interface Wijk {
  id: string;
  gemeenteCode: string;
  code: string;
  naam: string;
  versie: number;
}

export interface MedewerkerRef {
  id: string;
  naam: string;
}

export interface PersoonSamenvatting {
  id: string;
  gemeenteCode: string;
  bsn: string | null;
  naam: string;
  geboortedatum: string;
  adres: string | null;
  wijk: { code: string; naam: string } | null;
  huishoudenId: string | null;
  openMeldingen: number;
}

export interface AdresInvoer {
  straat: string;
  /** A number; a string only when the user typed something that is not one (the server says why). */
  huisnummer: number | string;
  huisnummertoevoeging?: string | null;
  postcode: string;
  woonplaats: string;
}

export interface PersoonInvoer {
  bsn?: string | null;
  voornamen?: string | null;
  tussenvoegsel?: string | null;
  achternaam: string;
  geboortedatum: string;
  geslacht?: Geslacht;
  adres?: AdresInvoer | null;
  telefoon?: string | null;
}

export interface MeldingInvoer {
  soort: MeldingSoort;
  persoonId?: string;
  nieuwePersoon?: PersoonInvoer;
  ontvangstdatum: string;
  kanaal: Kanaal;
  melder: { type: MelderType; naam?: string | null; organisatie?: string | null; telefoon?: string | null };
  hulpvraag: string;
  leefgebieden: Leefgebied[];
  spoed: boolean;
  spoedToelichting?: string | null;
  /** Required by the API; undefined only when the user has not chosen yet (the server says so). */
  clientondersteuningAangeboden: boolean | undefined;
  clientondersteuningGeaccepteerd?: boolean | null;
  persoonlijkPlanOntvangenOp?: string | null;
  dubbeleMeldingBevestigd: boolean;
}

export interface Termijnen {
  onderzoekUiterlijk: string | null;
  persoonlijkPlanUiterlijk: string | null;
  dagenOver: number | null;
  werkdagenOver: number | null;
  status: Termijnstatus | null;
}

export interface Melding {
  id: string;
  nummer: number;
  kenmerk: string;
  gemeenteCode: string;
  soort: MeldingSoort;
  status: MeldingStatus;
  persoon: { id: string; naam: string; geboortedatum: string; bsn: string | null };
  huishoudenId: string;
  contactpersoon: MedewerkerRef | null;
  wijk: { code: string; naam: string } | null;
  ontvangstdatum: string;
  kanaal: Kanaal;
  melder: { type: MelderType; naam: string | null; organisatie: string | null; telefoon: string | null };
  hulpvraag: string;
  leefgebieden: string[];
  spoed: boolean;
  spoedToelichting: string | null;
  clientondersteuningAangeboden: boolean;
  clientondersteuningGeaccepteerd: boolean | null;
  persoonlijkPlanOntvangenOp: string | null;
  triage: {
    uitkomst: TriageUitkomst;
    toelichting: string | null;
    verwijzing: string | null;
    verwezenOrganisatie: { id: string; naam: string } | null;
    toestemmingVerwijzing: boolean | null;
    getrieerdOp: string | null;
  } | null;
  ladderUitkomst: string | null;
  behandelaar: MedewerkerRef | null;
  termijnen: Termijnen;
  documenten: Array<{ id: string; soort: string; bestandsnaam: string; aangemaaktOp: string }>;
  waarschuwingen: string[];
  aangemaaktOp: string;
  versie: number;
}

export interface TriageBody {
  versie: number;
  uitkomst: TriageUitkomst;
  toelichting?: string | null;
  verwijzing?: string | null;
  verwezenOrganisatieId?: string | null;
  toestemmingVerwijzing?: boolean | null;
  behandelaarId?: string | null;
}

export interface TijdlijnRegel {
  id: number;
  type: string;
  omschrijving: string;
  tijdstip: string;
  door: string | null;
}

export interface Huishouden {
  id: string;
  gemeenteCode: string;
  naam: string;
  contactpersoon: MedewerkerRef | null;
  leden: Array<{
    id: string;
    persoonId: string;
    naam: string;
    geboortedatum: string;
    relatie: Relatie;
    van: string;
    tot: string | null;
  }>;
  contactpersoonHistorie: Array<{
    medewerker: MedewerkerRef;
    van: string;
    tot: string | null;
    reden: string | null;
  }>;
  meldingen: Array<{
    id: string;
    nummer: number;
    soort: MeldingSoort;
    status: MeldingStatus;
    ontvangstdatum: string;
    persoonId: string;
  }>;
  versie: number;
}

export interface WerkvoorraadItem {
  id: string;
  nummer: number;
  kenmerk: string;
  soort: MeldingSoort;
  status: MeldingStatus;
  kanaal: Kanaal;
  ontvangstdatum: string;
  spoed: boolean;
  persoon: { id: string; naam: string; geboortedatum: string };
  wijk: { code: string; naam: string } | null;
  behandelaar: MedewerkerRef | null;
  termijnen: Termijnen;
}

export interface WerkvoorraadPagina {
  items: WerkvoorraadItem[];
  volgende: string | null;
}

export interface Verdeling {
  medewerkers: Array<{
    medewerker: MedewerkerRef;
    teamId: string | null;
    fte: number;
    open: number;
    verlopen: number;
    binnenDrieWerkdagen: number;
  }>;
  zonderBehandelaar: number;
}

export interface GelijkgesteldeDag {
  datum: string;
  omschrijving: string;
}
