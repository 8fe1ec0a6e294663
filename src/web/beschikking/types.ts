/**
 * The beschikking resources as they arrive over the wire (JSON), written out like api/types.ts:
 * catalogue, beschikking with its voorzieningen, iWmo messages and the herindicatie worklist. The
 * aanvraag itself belongs to the onderzoek screens (onderzoek/types.ts).
 */

export type Besluit = 'toekenning' | 'afwijzing';
export type Leveringsvorm = 'zin' | 'pgb';
export type BeschikkingStatus = 'concept' | 'vastgesteld';
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
  toelichting: string | null;
  opgesteldDoor: { id: string; naam: string } | null;
  gecontroleerdDoor: { id: string; naam: string } | null;
  besluitdatum: string | null;
  bekendgemaaktOp: string | null;
  termijnen: { beschikkingUiterlijk: string | null; bezwaarUiterlijk: string | null };
  voorzieningen: Voorziening[];
  berichten: BerichtVerwijzing[];
  versie: number;
}

/** GET /iwmo-berichten: a message in the outbox (or received). */
export interface Bericht {
  id: string;
  berichtcode: string;
  richting: string;
  identificatie: string;
  aanbieder: { id: string; naam: string } | null;
  status: string;
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
}
