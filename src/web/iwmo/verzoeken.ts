/**
 * The iWmo verzoeken (WMO315/WMO317) as they arrive over the wire (named from the generated schema,
 * api/generated/schema.d.ts), and their names on screen. The code
 * lists WJ759 and WJ758 are written out here because their server modules (wmo319.ts, inkomend.ts)
 * also run the standard's tools and must not be bundled; a unit test keeps the lists equal.
 */

import type { Antwoord, Element } from '../api/antwoorden.ts';
import { eenheidWoord, frequentieWoord, naamVan, PRODUCTCATEGORIEEN } from '../beschikking/labels.ts';
import { formatDatum } from '../ui/format.ts';

/** GET /iwmo-verzoeken/{id}. */
export type Verzoek = Antwoord<'/iwmo-verzoeken/{id}'>;
export type VerzoekStatus = Verzoek['status'];
export type GevraagdProduct = Element<Verzoek['producten']>;
export type Kandidaat = Element<Verzoek['kandidaten']>;

/** GET /iwmo-verzoeken: one page of the worklist. */
export type VerzoekPagina = Antwoord<'/iwmo-verzoeken'>;
export type VerzoekSamenvatting = Element<VerzoekPagina['items']>;

/** POST /iwmo-berichten (201): what the message was linked to. */
export type Ontvangst = Antwoord<'/iwmo-berichten', 'post'>;

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
