/**
 * The onderzoek, ZRM, plan and aanvraag resources as they arrive over the wire (JSON). The value
 * lists come from the generated API schema (api/schema.d.ts), so a new locatie or loket fails the
 * typecheck of the labels until it has a Dutch name.
 */
import type { LadderStap } from '../../domain/ladder.ts';
import type { AfwegingCode, Oplossing } from '../../domain/onderzoek.ts';
import type { Element, Invoer } from '../api/antwoorden.ts';

export type { AfwegingCode, LadderStap, Oplossing };

type GesprekInvoer = Invoer<'/onderzoeken/{id}/gesprekken'>;
type ActieInvoer = Invoer<'/plan-doelen/{id}/acties'>;
export type Locatie = GesprekInvoer['locatie'];
export type Deelnemer = Element<GesprekInvoer['deelnemers']>;
export type Uitvoerder = ActieInvoer['uitvoerder'];
export type Loket = NonNullable<ActieInvoer['loket']>;
export type VerslagWijze = 'post' | 'email' | 'uitgereikt' | 'digitaal';
export type ActieStatus = 'open' | 'gestart' | 'afgerond';
export type DoelUitkomst = 'behaald' | 'deels' | 'niet';
export type AanvraagGrondslag = 'onderzoek-afgerond' | 'termijn-verstreken' | 'spoed';

export interface AfwegingApi {
  oplossing?: Oplossing | null;
  motivering?: string | null;
}

/** The five steps of the CRvB step plan as the API stores them (every field optional: a draft). */
export interface StappenApi {
  hulpvraag?: { hulpvraag?: string | null };
  beperkingen?: { zelfredzaamheid?: string | null; participatie?: string | null };
  benodigdeHulp?: { soort?: string | null; omvang?: string | null };
  afwegingen?: Partial<Record<AfwegingCode, AfwegingApi>>;
  maatwerk?: { nodig?: boolean | null; voorziening?: string | null; motivering?: string | null };
}

export interface PersoonlijkPlanApi {
  ontvangenOp?: string | null;
  samenvatting?: string | null;
  meegenomen?: string | null;
}

export interface Gesprek {
  id: string;
  datum: string;
  locatie: Locatie;
  deelnemers: Deelnemer[];
  toelichting: string | null;
}

export interface Ontbrekend {
  /** The API path of the answer, e.g. "stappen.afwegingen.mantelzorg.motivering". */
  veld: string;
  reden: string;
}

export interface Conclusie {
  ladderUitkomst: LadderStap;
  samenvatting: string;
  advies: string | null;
  vervolg: string;
}

export interface Onderzoek {
  id: string;
  gemeenteCode: string;
  meldingId: string;
  meldingKenmerk: string;
  huishoudenId: string;
  persoon: { id: string; naam: string };
  status: 'concept' | 'afgerond';
  onderzoekUiterlijk: string | null;
  stappen: StappenApi;
  persoonlijkPlan: PersoonlijkPlanApi | null;
  gesprekken: Gesprek[];
  ontbrekend: Ontbrekend[];
  conclusie: Conclusie | null;
  afgerondOp: string | null;
  verslag: {
    documentId: string | null;
    verstuurdOp: string | null;
    wijze: VerslagWijze | null;
    reactie: string | null;
    reactieOntvangenOp: string | null;
    akkoord: boolean | null;
  };
  aanvraagMogelijk: AanvraagGrondslag | null;
  versie: number;
}

/** The part of GET /meldingen/{id} this screen shows (the full type belongs to the intake screens). */
export interface MeldingKop {
  id: string;
  kenmerk: string;
  status: string;
  persoon: { id: string; naam: string; geboortedatum: string };
  huishoudenId: string;
  contactpersoon: { id: string; naam: string } | null;
  behandelaar: { id: string; naam: string } | null;
  ontvangstdatum: string;
  hulpvraag: string;
  ladderUitkomst: LadderStap | null;
  termijnen: {
    onderzoekUiterlijk: string | null;
    dagenOver: number | null;
    werkdagenOver: number | null;
  };
}

/** The part of GET /huishoudens/{id} this screen uses: who belongs to the household now. */
export interface HuishoudenLeden {
  id: string;
  gemeenteCode: string;
  naam: string;
  contactpersoon: { id: string; naam: string } | null;
  leden: Array<{
    id: string;
    persoonId: string;
    naam: string;
    geboortedatum: string;
    relatie: string;
    tot: string | null;
  }>;
  meldingen: Array<{ id: string; nummer: number; status: string; ontvangstdatum: string }>;
}

export interface Leefgebied {
  code: string;
  naam: string;
}

export interface ZrmScore {
  id: string;
  leefgebied: string;
  score: number;
  toelichting: string | null;
  gescoordOp: string;
  onderzoekId: string | null;
  gescoordDoor: string | null;
}

export interface Actie {
  id: string;
  uitvoerder: Uitvoerder;
  loket: Loket | null;
  organisatie: { id: string; naam: string } | null;
  omschrijving: string;
  status: ActieStatus;
  versie: number;
}

export interface Doel {
  id: string;
  leefgebied: string;
  persoon: { id: string; naam: string } | null;
  wat: string;
  wanneer: string;
  meetbaar: string;
  evaluatiedatum: string | null;
  uitkomst: DoelUitkomst | null;
  uitkomstToelichting: string | null;
  acties: Actie[];
  versie: number;
}

export interface Plan {
  huishoudenId: string;
  huishoudenNaam: string;
  contactpersoon: { id: string; naam: string } | null;
  doelen: Doel[];
}

export interface Aanvraag {
  id: string;
  meldingId: string;
  persoonId: string;
  aanvraagdatum: string;
  grondslag: AanvraagGrondslag;
  omschrijving: string | null;
  status: string;
  termijnen: { beschikkingUiterlijk: string; wettelijkUiterlijk?: string };
  /** Awb 4:15 (ADR 0025). */
  opschortingen?: Array<{ id: string; reden: string; van: string; tot: string }>;
  /** Awb 4:17: the case is red, with the dwangsom owed today. */
  ingebrekestelling?: {
    ontvangstdatum: string;
    dwangsom: { vanaf: string; dagen: number; bedrag: number; afgelopen: boolean };
  } | null;
  versie: number;
}
