/** Namespace of the basisschema's elements (shared by every iWmo 3.2 message). */
export const IWMO_BASISSCHEMA_NAMESPACE = 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema';

/** COD002-VEKTIS Berichtcode (codelijsten/COD002VEKTIS_Berichtcode) → message name. */
export const BERICHTCODES = {
  '414': 'WMO301',
  '415': 'WMO302',
  '418': 'WMO305',
  '419': 'WMO306',
  '420': 'WMO307',
  '421': 'WMO308',
  '444': 'WMO315',
  '445': 'WMO316',
  '480': 'WMO317',
  '481': 'WMO318',
  '482': 'WMO319',
  '483': 'WMO320',
  '484': 'WMO323',
  '485': 'WMO325',
} as const;

/** The iWmo 3.2 messages whose XSD is in the standard's xsd/ directory. */
export type IwmoBerichtsoort = 'WMO301' | 'WMO305' | 'WMO307' | 'WMO315' | 'WMO317' | 'WMO319' | 'WMO323';

/** Messages an aanbieder sends to the gemeente that this module checks and reads. */
export type InkomendeBerichtsoort = 'WMO305' | 'WMO307' | 'WMO315' | 'WMO317';
export const INKOMENDE_BERICHTSOORTEN: readonly InkomendeBerichtsoort[] = [
  'WMO305',
  'WMO307',
  'WMO315',
  'WMO317',
];

export const BERICHTCODE_VAN: Readonly<Record<IwmoBerichtsoort, string>> = {
  WMO301: '414',
  WMO305: '418',
  WMO307: '420',
  WMO315: '444',
  WMO317: '480',
  WMO319: '482',
  WMO323: '484',
};

/** Namespace of the elements declared in the message's own XSD, e.g. …/iwmo/3_2/wmo305/schema. */
export function iwmoNamespace(soort: IwmoBerichtsoort): string {
  return `http://www.istandaarden.nl/iwmo/3_2/${soort.toLowerCase()}/schema`;
}

export const NAMESPACE_PATROON = /^http:\/\/www\.istandaarden\.nl\/iwmo\/3_2\/(wmo\d{3})\/schema$/;

/** COD467 Status aanlevering (LDT_StatusAanlevering). CS058: in WMO305/307 only 1 or 3. */
export const STATUSSEN_AANLEVERING = {
  '1': 'Eerste aanlevering',
  '2': 'Gewijzigde aanlevering',
  '3': 'Verwijderen aanlevering',
  '9': 'Niet van toepassing (ongewijzigd)',
} as const;
export type StatusAanlevering = keyof typeof STATUSSEN_AANLEVERING;

/** WMO588 Reden beëindiging (LDT_RedenBeeindiging), used in WMO307. */
export const REDENEN_BEEINDIGING = {
  '02': 'Overlijden',
  '19': 'Levering volgens plan beëindigd',
  '20': 'Levering is tijdelijk beëindigd',
  '21': 'Levering is eenzijdig door cliënt beëindigd',
  '22': 'Levering is eenzijdig door aanbieder beëindigd',
  '23': 'Levering is in overeenstemming voortijdig beëindigd',
  '31': 'Verhuizing naar een andere gemeente',
  '36': 'Geïnitieerd door de gemeente',
  '37': 'In verband met wijzigingsverzoek',
  '38': 'Overstap naar andere aanbieder',
  '39': 'Uitstroom naar ander domein',
} as const;
export type RedenBeeindiging = keyof typeof REDENEN_BEEINDIGING;

/** WJ758 Reden verzoek (LDT_RedenVerzoek), used in WMO317 (not in WMO315). */
export const REDENEN_VERZOEK = {
  '1': 'Verandering cliëntsituatie',
  '2': 'Wijziging zorgplan',
} as const;
export type RedenVerzoek = keyof typeof REDENEN_VERZOEK;

/** COD260 Ja of nee (LDT_JaNee). */
export const JA_NEE = { '1': 'Ja', '2': 'Nee' } as const;
