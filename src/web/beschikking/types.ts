/**
 * The beschikking resources as they arrive over the wire (JSON), named from the generated schema
 * like api/types.ts: catalogue, beschikking with its voorzieningen, iWmo messages and the
 * herindicatie worklist. Written out here is only form state (VoorzieningInvoer: what the user types).
 * The aanvraag itself belongs to the onderzoek screens (onderzoek/types.ts).
 */
import type { Antwoord, Element } from '../api/antwoorden.ts';

export type Beschikking = Antwoord<'/beschikkingen/{id}'>;
export type Voorziening = Element<Beschikking['voorzieningen']>;
export type BerichtVerwijzing = Element<Beschikking['berichten']>;
export type Besluit = Voorziening['besluit'];
export type Leveringsvorm = NonNullable<Voorziening['leveringsvorm']>;
export type BeschikkingStatus = Beschikking['status'];
/** besluit: on an aanvraag; the others change a fixed beschikking (Wmo 2015 art. 2.3.10) or continue it. */
export type BeschikkingSoort = Beschikking['soort'];
export type Contactwijze = 'huisbezoek' | 'telefonisch' | 'beeldbellen' | 'op-kantoor';
export type { HerindicatieAspect } from '../../domain/herziening.ts';
export type Berichtcode = 'WMO301' | 'WMO305' | 'WMO307' | 'WMO315' | 'WMO317' | 'WMO319';
export type BerichtStatus = 'klaar' | 'verzonden' | 'ontvangen' | 'afgekeurd';

export type Product = Element<Antwoord<'/producten'>>;
export type Aanbieder = Element<Product['aanbieders']>;

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

/** GET /iwmo-berichten: a message in the outbox (or received). */
export type Bericht = Element<Antwoord<'/iwmo-berichten'>['items']>;

/** GET /herindicaties: a voorziening that ends within the chosen number of months. */
export type Herindicatie = Element<Antwoord<'/herindicaties'>>;

/** A page of a keyset-paged list: `volgende` is the cursor of the next page (null: last page). */
export interface Pagina<T> {
  items: T[];
  volgende: string | null;
}

/** GET /aanvragen: an aanvraag in the backoffice's worklist. */
export type AanvraagItem = Element<Antwoord<'/aanvragen'>['items']>;

/** POST /beschikkingen/{id}/wijzigingen. */
export interface WijzigingInvoer extends BeschikkingInvoer {
  per: string;
  redenWijziging: string;
  aanvraagId?: string | null;
  bezwaarId?: string | null;
}
