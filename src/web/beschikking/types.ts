/**
 * The beschikking resources as they arrive over the wire (JSON), written out like api/types.ts:
 * catalogue, beschikking with its voorzieningen, iWmo messages and the herindicatie worklist. The
 * aanvraag itself belongs to the onderzoek screens (onderzoek/types.ts).
 */
import type { HerindicatieAspect } from '../../domain/herziening.ts';

export type Besluit = 'toekenning' | 'afwijzing';
export type Leveringsvorm = 'zin' | 'pgb';
export type BeschikkingStatus = 'concept' | 'vastgesteld';
/** besluit: on an aanvraag; the others change a fixed beschikking (Wmo 2015 art. 2.3.10) or continue it. */
export type BeschikkingSoort = 'besluit' | 'wijziging' | 'intrekking' | 'herindicatie';
export type Contactwijze = 'huisbezoek' | 'telefonisch' | 'beeldbellen' | 'op-kantoor';
export type { HerindicatieAspect } from '../../domain/herziening.ts';
export type Berichtcode = 'WMO301' | 'WMO305' | 'WMO307' | 'WMO315' | 'WMO317' | 'WMO319';
export type BerichtStatus = 'klaar' | 'verzonden' | 'ontvangen' | 'afgekeurd';

export interface Aanbieder {
  id: string;
  naam: string;
  agbCode: string | null;
}

/** GET /producten: a product of the gemeente's catalogue with its contracted aanbieders. */
export interface Product {
  id: string;
  gemeenteCode: string;
  productcategorie: string;
  productcategorieNaam: string;
  productcode: string | null;
  naam: string;
  /** iWmo WJ756 code, e.g. '04' (uur). */
  eenheid: string;
  /** iWmo WMO757 code, e.g. '2' (per week). */
  frequentie: string;
  tarief: number;
  pgbTarief: number | null;
  actief: boolean;
  aanbieders: Aanbieder[];
  versie: number;
}

/** One line of POST /aanvragen/{id}/beschikkingen and PUT /beschikkingen/{id}. */
export interface VoorzieningInvoer {
  /** Required by the API; undefined only when the user has not chosen yet (the server says so). */
  besluit: Besluit | undefined;
  motivering: string;
  productId?: string | null;
  productcategorie?: string;
  /** A whole number; a string only when the user typed something that is not one (the server says why). */
  volume?: number | string | null;
  leveringsvorm?: Leveringsvorm | null;
  aanbiederId?: string | null;
  ingangsdatum?: string | null;
  einddatum?: string | null;
  herindicatiedatum?: string | null;
}

export interface BeschikkingInvoer {
  toelichting?: string | null;
  voorzieningen: VoorzieningInvoer[];
}

export interface Voorziening {
  id: string;
  besluit: Besluit;
  motivering: string;
  product: { id: string; naam: string } | null;
  productcategorie: string;
  productcode: string | null;
  volume: number | null;
  eenheid: string | null;
  frequentie: string | null;
  leveringsvorm: Leveringsvorm | null;
  /** Euro per year (or for the whole period with frequentie 6), computed by the server. */
  pgbBudget: number | null;
  aanbieder: { id: string; naam: string } | null;
  ingangsdatum: string | null;
  einddatum: string | null;
  herindicatiedatum: string | null;
}

export interface BerichtVerwijzing {
  id: string;
  berichtcode: string;
  identificatie: string;
  status: string;
}

export interface Beschikking {
  id: string;
  nummer: number;
  kenmerk: string;
  gemeenteCode: string;
  aanvraagId: string | null;
  persoon: { id: string; naam: string };
  status: BeschikkingStatus;
  soort: BeschikkingSoort;
  vorigeBeschikkingId: string | null;
  /** Wijzigingen, intrekkingen and herindicaties that refer to this one. */
  volgendeBeschikkingen: Array<{ id: string; kenmerk: string; soort: string; status: string }>;
  /** iWmo WMO002, for a wijziging or intrekking. */
  redenWijziging: string | null;
  /** Intrekking: the last day of the voorzieningen; wijziging: the day before it takes effect. */
  ingetrokkenPer: string | null;
  /** A lichte herindicatie: what was established with the resident. */
  herindicatie: {
    contactOp: string;
    contactwijze: string;
    ongewijzigd: Record<HerindicatieAspect, boolean>;
    voorzieningId: string;
  } | null;
  toelichting: string | null;
  opgesteldDoor: { id: string; naam: string } | null;
  gecontroleerdDoor: { id: string; naam: string } | null;
  besluitdatum: string | null;
  bekendgemaaktOp: string | null;
  termijnen: { beschikkingUiterlijk: string | null; bezwaarUiterlijk: string | null };
  voorzieningen: Voorziening[];
  berichten: BerichtVerwijzing[];
  /** The letter, after vaststelling; made after the vaststelling is saved (ADR 0020). */
  brief: { id: string; status: 'te-maken' | 'gemaakt' | 'mislukt'; fout: string | null } | null;
  versie: number;
}

/** GET /iwmo-berichten: a message in the outbox (or received). */
export interface Bericht {
  id: string;
  berichtcode: string;
  richting: string;
  identificatie: string;
  aanbieder: { id: string; naam: string } | null;
  persoon: { id: string; naam: string } | null;
  status: string;
  /** Send attempts so far. */
  pogingen: number;
  aangemaaktOp: string;
  verzondenOp: string | null;
}

/** GET /herindicaties: a voorziening that ends within the chosen number of months. */
export interface Herindicatie {
  voorzieningId: string;
  persoon: { id: string; naam: string };
  wijk: { code: string; naam: string } | null;
  productcategorie: string;
  productcategorieNaam: string;
  product: string | null;
  einddatum: string;
  herindicatiedatum: string | null;
  beschikkingKenmerk: string;
  beschikkingId: string;
  /** The herindicatie (beschikking) that continues this voorziening, once drafted. */
  vervolg: { beschikkingId: string; kenmerk: string; status: string } | null;
}

/** A page of a keyset-paged list: `volgende` is the cursor of the next page (null: last page). */
export interface Pagina<T> {
  items: T[];
  volgende: string | null;
}

/** GET /aanvragen: an aanvraag in the backoffice's worklist. */
export interface AanvraagItem {
  id: string;
  meldingId: string;
  persoonId: string;
  persoon: { id: string; naam: string };
  aanvraagdatum: string;
  omschrijving: string | null;
  status: string;
  termijnen: { beschikkingUiterlijk: string };
  /** Calendar days until the beschikkingstermijn passes (negative: passed). */
  dagenOver: number;
  beschikking: { id: string; nummer: number; status: string } | null;
}

/** POST /beschikkingen/{id}/wijzigingen. */
export interface WijzigingInvoer extends BeschikkingInvoer {
  per: string;
  redenWijziging: string;
  aanvraagId?: string | null;
}
