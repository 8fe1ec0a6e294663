/**
 * Leefgebieden (life domains) used to tag meldingen, plans and scores. The 13 domains follow the
 * Zelfredzaamheid-Matrix (ZRM); only the domain names are used here — the ZRM's scale texts are
 * licensed and are not shipped.
 */
export const LEEFGEBIEDEN = {
  financien: 'Financiën',
  'werk-opleiding': 'Werk en opleiding',
  tijdsbesteding: 'Tijdsbesteding',
  huisvesting: 'Huisvesting',
  'huiselijke-relaties': 'Huiselijke relaties',
  'geestelijke-gezondheid': 'Geestelijke gezondheid',
  'lichamelijke-gezondheid': 'Lichamelijke gezondheid',
  middelengebruik: 'Middelengebruik',
  'basale-adl': 'Basale ADL (zelfverzorging)',
  'instrumentele-adl': 'Instrumentele ADL (huishouden)',
  'sociaal-netwerk': 'Sociaal netwerk',
  'maatschappelijke-participatie': 'Maatschappelijke participatie',
  justitie: 'Justitie',
} as const;

export type Leefgebied = keyof typeof LEEFGEBIEDEN;
export const LEEFGEBIED_CODES = Object.keys(LEEFGEBIEDEN) as [Leefgebied, ...Leefgebied[]];
