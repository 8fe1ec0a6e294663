import {
  type Eenheid,
  type Frequentie,
  REDENEN_WIJZIGING,
  type RedenWijziging,
} from '../../domain/iwmo/codelijsten.ts';
import type {
  Berichtcode,
  BerichtStatus,
  BeschikkingSoort,
  BeschikkingStatus,
  Besluit,
  Contactwijze,
  Leveringsvorm,
  Voorziening,
} from './types.ts';

/** The light herindicatie's aspects and their names, as the server's rule names them in its messages. */
export { CONTACT_MAX_DAGEN_OUD, HERINDICATIE_ASPECTEN } from '../../domain/herziening.ts';
/*
 * The iWmo code lists come straight from the server's domain module (plain TS without imports,
 * bundled by Vite), so that API and screens never disagree about a code or its name.
 */
export { PRODUCTCATEGORIEEN } from '../../domain/iwmo/codelijsten.ts';

/**
 * WMO002 RedenWijziging that a gemeente may give for a wijziging or intrekking: 01 and 13 are
 * withdrawn from the standard (the API refuses them too).
 */
export const REDENEN_WIJZIGING_KEUZE = Object.entries(REDENEN_WIJZIGING).filter(
  ([code]) => code !== '01' && code !== '13',
) as ReadonlyArray<readonly [RedenWijziging, string]>;

export function redenWijzigingNaam(code: string): string {
  return naamVan(REDENEN_WIJZIGING, code);
}

export const BESCHIKKING_SOORT_NAMEN: Record<BeschikkingSoort, string> = {
  besluit: 'Besluit op een aanvraag',
  wijziging: 'Wijziging',
  intrekking: 'Intrekking',
  herindicatie: 'Lichte herindicatie',
};

export const CONTACTWIJZE_NAMEN: Record<Contactwijze, string> = {
  huisbezoek: 'Huisbezoek',
  telefonisch: 'Telefonisch',
  beeldbellen: 'Beeldbellen',
  'op-kantoor': 'Op kantoor',
};

export const BESLUIT_NAMEN: Record<Besluit, string> = {
  toekenning: 'Toekenning',
  afwijzing: 'Afwijzing',
};

export const LEVERINGSVORM_NAMEN: Record<Leveringsvorm, string> = {
  zin: 'Zorg in natura (ZIN)',
  pgb: 'Persoonsgebonden budget (pgb)',
};

export const LEVERINGSVORM_UITLEG: Record<Leveringsvorm, string> = {
  zin: 'Een gecontracteerde aanbieder levert; de gemeente stuurt de toewijzing (WMO301).',
  pgb: 'De inwoner koopt de ondersteuning zelf in; het budget volgt uit omvang en pgb-tarief.',
};

export const BESCHIKKING_STATUS_NAMEN: Record<BeschikkingStatus, string> = {
  concept: 'Concept (nog niet vastgesteld)',
  vastgesteld: 'Vastgesteld',
};

/** The status in running text, e.g. after a kenmerk: "B-000012 (concept)". */
export const BESCHIKKING_STATUS_KORT: Record<BeschikkingStatus, string> = {
  concept: 'concept',
  vastgesteld: 'vastgesteld',
};

export const BERICHTCODES: readonly Berichtcode[] = [
  'WMO301',
  'WMO305',
  'WMO307',
  'WMO315',
  'WMO317',
  'WMO319',
];

export const BERICHTCODE_NAMEN: Record<Berichtcode, string> = {
  WMO301: 'WMO301 Toewijzing',
  WMO305: 'WMO305 Start zorg',
  WMO307: 'WMO307 Stop zorg',
  WMO315: 'WMO315 Verzoek om toewijzing',
  WMO317: 'WMO317 Verzoek om wijziging',
  WMO319: 'WMO319 Antwoord op verzoek',
};

export const BERICHT_STATUS_NAMEN: Record<BerichtStatus, string> = {
  klaar: 'Klaar om te verzenden',
  verzonden: 'Verzonden',
  ontvangen: 'Ontvangen',
  afgekeurd: 'Afgekeurd',
};

export const RICHTING_NAMEN: Record<string, string> = { uit: 'Uitgaand', in: 'Inkomend' };

/** A name from a list, or the code itself when the list does not know it (a newer server). */
export function naamVan(lijst: Readonly<Record<string, string>>, code: string): string {
  return lijst[code] ?? code;
}

/** WJ756 Eenheid in running text: singular and plural ("1 uur", "2 dagdelen"). */
const EENHEID_WOORDEN: Record<Eenheid, readonly [string, string]> = {
  '01': ['minuut', 'minuten'],
  '04': ['uur', 'uur'],
  '14': ['etmaal', 'etmalen'],
  '16': ['dagdeel (4 uur)', 'dagdelen (4 uur)'],
  '82': ['stuk', 'stuks'],
  '83': ['euro', 'euro'],
  '84': ['stuk', 'stuks'],
};

/** WMO757 Frequentie in running text. */
const FREQUENTIE_WOORDEN: Record<Frequentie, string> = {
  '1': 'per dag',
  '2': 'per week',
  '4': 'per maand',
  '6': 'in totaal voor de hele periode',
};

export function eenheidWoord(eenheid: string, meervoud = true): string {
  const w = EENHEID_WOORDEN[eenheid as Eenheid];
  return w ? w[meervoud ? 1 : 0] : `eenheid ${eenheid}`;
}

export function frequentieWoord(frequentie: string): string {
  return FREQUENTIE_WOORDEN[frequentie as Frequentie] ?? `frequentie ${frequentie}`;
}

/** "uur per week": what one unit of volume means for a product. */
export function eenheidPerFrequentie(eenheid: string, frequentie: string): string {
  return `${eenheidWoord(eenheid)} ${frequentieWoord(frequentie)}`;
}

/** "3 uur per week"; null without a volume. */
export function omvangTekst(v: Pick<Voorziening, 'volume' | 'eenheid' | 'frequentie'>): string | null {
  if (v.volume === null) return null;
  const eenheid = v.eenheid ? ` ${eenheidWoord(v.eenheid, v.volume !== 1)}` : '';
  const frequentie = v.frequentie ? ` ${frequentieWoord(v.frequentie)}` : '';
  return `${v.volume}${eenheid}${frequentie}`;
}

const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** 5158.4 → "€ 5.158,40". */
export function formatEuro(bedrag: number): string {
  return euroFormat.format(bedrag);
}

/** The pgb budget with its period: per year, or for the whole period with frequentie 6. */
export function pgbBudgetTekst(v: Pick<Voorziening, 'pgbBudget' | 'frequentie'>): string | null {
  if (v.pgbBudget === null) return null;
  return `${formatEuro(v.pgbBudget)} ${v.frequentie === '6' ? 'voor de hele periode' : 'per jaar'}`;
}
