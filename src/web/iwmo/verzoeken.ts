/**
 * The iWmo verzoeken (WMO315/WMO317) as they arrive over the wire, and their names on screen. The code
 * lists WJ759 and WJ758 are written out here because their server modules (wmo319.ts, inkomend.ts)
 * also run the standard's tools and must not be bundled; a unit test keeps the lists equal.
 */

import { eenheidWoord, frequentieWoord, naamVan, PRODUCTCATEGORIEEN } from '../beschikking/labels.ts';
import { formatDatum } from '../ui/format.ts';

export type VerzoekStatus = 'open' | 'in-onderzoek' | 'toegewezen' | 'afgewezen';

export interface GevraagdProduct {
  soort: 'aangevraagd' | 'te-wijzigen' | 'nieuw' | 'ongewijzigd';
  toewijzingNummer?: number;
  product?: { categorie: string; code?: string };
  ingangsdatum?: string;
  einddatum?: string;
  omvang?: { volume: number; eenheid: string; frequentie: string };
  /** Eurocent. */
  budget?: number;
  verwijzer?: { type: string; naam?: string; zorgverlenerCode?: string };
  beschikkingNummer?: number;
  raamcontract?: boolean;
  commentaar?: string;
}

/** GET /iwmo-verzoeken: one line of the worklist. */
export interface VerzoekSamenvatting {
  id: string;
  berichtcode: 'WMO315' | 'WMO317';
  status: VerzoekStatus;
  referentieAanbieder: string;
  aanbieder: { id: string; naam: string; agbCode: string | null };
  persoon: { id: string; naam: string };
  dagtekening: string;
  ontvangenOp: string;
  producten: GevraagdProduct[];
  behandeldOp: string | null;
  versie: number;
}

export interface VerzoekPagina {
  items: VerzoekSamenvatting[];
  volgende: string | null;
}

export interface Kandidaat {
  voorzieningId: string;
  beschikkingId: string;
  beschikkingKenmerk: string;
  toewijzingNummer: number;
  product: string;
  productcategorie: string;
  productcode: string | null;
  volume: number | null;
  eenheid: string | null;
  frequentie: string | null;
  ingangsdatum: string;
  einddatum: string | null;
}

/** GET /iwmo-verzoeken/{id}. */
export interface Verzoek extends VerzoekSamenvatting {
  redenVerzoek: string | null;
  redenAfwijzing: string | null;
  toelichting: string | null;
  behandeldDoor: { id: string; naam: string } | null;
  berichten: Array<{
    id: string;
    berichtcode: string;
    richting: string;
    identificatie: string;
    status: string;
    aangemaaktOp: string;
  }>;
  toewijzingen: Array<{ toewijzingNummer: number; voorzieningId: string; beschikkingId: string }>;
  kandidaten: Kandidaat[];
}

/** POST /iwmo-berichten (201): what the message was linked to. */
export interface Ontvangst {
  id: string;
  berichtcode: string;
  verwerkt: number;
  toewijzingNummers: number[];
  verzoeken: Array<{ id: string; referentieAanbieder: string }>;
}

export const VERZOEK_STATUS_NAMEN: Record<VerzoekStatus, string> = {
  open: 'Open',
  'in-onderzoek': 'In onderzoek',
  toegewezen: 'Toegewezen',
  afgewezen: 'Afgewezen',
};

export const VERZOEK_SOORT_NAMEN: Record<string, string> = {
  WMO315: 'Verzoek om toewijzing (WMO315)',
  WMO317: 'Verzoek om wijziging (WMO317)',
};

/** WJ759 Reden afwijzing verzoek. */
export const REDENEN_AFWIJZING: Record<string, string> = {
  '1': 'Geen wijziging, maar nieuwe aanvraag',
  '2': 'Past niet binnen budget',
  '3': 'Geen contract',
  '4': 'Past niet binnen contract',
  '5': 'Andere gemeente',
  '6': 'Stapeling',
  '7': 'Zorginhoudelijke afkeur',
  '8': 'Woonplaatsbeginsel',
  '9': 'Leeftijdsgrens is bereikt',
};

/** WJ758 Reden verzoek (WMO317). */
export const REDENEN_VERZOEK: Record<string, string> = {
  '1': 'Verandering cliëntsituatie',
  '2': 'Wijziging zorgplan',
};

/** COD327 Type verwijzer. */
export { VERWIJZERS } from '../../domain/iwmo/codelijsten.ts';

const SOORT_WOORD: Record<GevraagdProduct['soort'], string> = {
  aangevraagd: 'Gevraagd',
  'te-wijzigen': 'Wijzigen',
  nieuw: 'Nieuw',
  ongewijzigd: 'Ongewijzigd',
};

/** "Hulp bij het huishouden (01A01)", or the toewijzing a line of a WMO317 is about. */
export function productTekst(p: GevraagdProduct): string {
  const categorie = p.product ? naamVan(PRODUCTCATEGORIEEN, p.product.categorie) : null;
  const naam = categorie ? `${categorie}${p.product?.code ? ` (${p.product.code})` : ''}` : null;
  const toewijzing = p.toewijzingNummer !== undefined ? `toewijzing ${p.toewijzingNummer}` : null;
  return [naam, toewijzing].filter(Boolean).join(', ') || 'Geen product genoemd';
}

/** "3 uur per week", "budget € 1.200,00" or null. */
export function gevraagdeOmvang(p: GevraagdProduct): string | null {
  if (p.omvang) {
    return `${p.omvang.volume} ${eenheidWoord(p.omvang.eenheid, p.omvang.volume !== 1)} ${frequentieWoord(p.omvang.frequentie)}`;
  }
  if (p.budget !== undefined) {
    return `budget ${new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(p.budget / 100)}`;
  }
  return null;
}

export function periodeTekst(van?: string, tot?: string | null): string {
  if (!van) return '–';
  return tot ? `${formatDatum(van)} tot en met ${formatDatum(tot)}` : `Vanaf ${formatDatum(van)}`;
}

/** One line per product for a table cell: "Gevraagd: Hulp bij het huishouden (01A01), 3 uur per week". */
export function productRegel(p: GevraagdProduct): string {
  const omvang = gevraagdeOmvang(p);
  return `${SOORT_WOORD[p.soort]}: ${productTekst(p)}${omvang ? `, ${omvang}` : ''}`;
}
