/**
 * The API's resources as they arrive over the wire (JSON: dates are ISO strings), named from the
 * generated schema (schema.d.ts, `npm run gen:api`): a change of a route schema changes these
 * types, and the typecheck shows each screen that must follow (ADR 0019). What is written out here
 * is form state (what the user is typing, e.g. a number still as text), not an API body.
 */

import type { TriageUitkomst } from '../../domain/ladder.ts';
import type { Leefgebied } from '../../domain/leefgebieden.ts';
import type { Termijnstatus } from '../../domain/termijnen/termijnen.ts';
import type { Antwoord, Element, Invoer, Vraag } from './antwoorden.ts';

export type Sessie = Antwoord<'/sessies/huidig'>;
export type Gebruiker = Sessie['gebruiker'];
export type Rol = Element<Gebruiker['rollen']>;

export type Gemeente = Element<Antwoord<'/gemeenten'>>;

/** A gemeente's huisstijl: name, logo and brand colours (ADR 0032). */
export type Thema = Antwoord<'/gemeenten/{code}/thema'>;

export type Organisatie = Element<Antwoord<'/organisaties'>>;

export type Team = Element<Antwoord<'/teams'>>;
export type TeamSoort = Team['soort'];

export type Medewerker = Antwoord<'/medewerkers/{id}'>;

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

export type AuditPagina = Antwoord<'/audit-logregels'>;
export type AuditRegel = Element<AuditPagina['regels']>;
export type AuditActie = NonNullable<Vraag<'/audit-logregels'>['actie']>;
export type AuditResultaat = NonNullable<Vraag<'/audit-logregels'>['resultaat']>;

export type VerificatieRapport = Antwoord<'/audit-verificaties', 'post'>;

/** A person the auditor looked up to see who accessed their data (GET /audit-personen). */
export type InzagePersoon = Element<Antwoord<'/audit-personen'>>;

// Intake: personen, huishoudens, meldingen, werkvoorraad ------------------------------------------
// The value lists come from the generated schema, so that a new kanaal or status fails the
// typecheck of the labels until it has a name.

export type { Leefgebied, Termijnstatus, TriageUitkomst };
export type Melding = Antwoord<'/meldingen/{id}'>;
export type MeldingSoort = Melding['soort'];
export type MeldingStatus = Melding['status'];
export type Kanaal = Melding['kanaal'];
export type MelderType = Melding['melder']['type'];
export type Termijnen = Melding['termijnen'];
export type MedewerkerRef = NonNullable<Melding['behandelaar']>;
export type Geslacht = NonNullable<NonNullable<Invoer<'/personen'>>['geslacht']>;

export type Wijk = Element<Antwoord<'/wijken'>>;

export type PersoonSamenvatting = Element<Antwoord<'/personen'>>;

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
  /** brp: name, birth date and address as the BRP gave them; handmatig: typed ("niet uit BRP"). */
  bron?: 'brp' | 'handmatig';
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

export interface TriageBody {
  versie: number;
  uitkomst: TriageUitkomst;
  toelichting?: string | null;
  verwijzing?: string | null;
  socialeKaartId?: string | null;
  verwezenOrganisatieId?: string | null;
  toestemmingVerwijzing?: boolean | null;
  behandelaarId?: string | null;
  afzienVanOnderzoek?: {
    op: string;
    wijze: 'mondeling' | 'telefonisch' | 'schriftelijk' | 'digitaal';
    geinformeerdDoor: string;
  } | null;
}

export type TijdlijnRegel = Element<Antwoord<'/meldingen/{id}/tijdlijn'>>;

export type Huishouden = Antwoord<'/huishoudens/{id}'>;
export type Relatie = Element<Huishouden['leden']>['relatie'];

export type WerkvoorraadPagina = Antwoord<'/werkvoorraad'>;
export type WerkvoorraadItem = Element<WerkvoorraadPagina['items']>;

export type Verdeling = Antwoord<'/werkvoorraad/verdeling'>;

export type GelijkgesteldeDag = Element<Antwoord<'/gelijkgestelde-dagen'>>;
