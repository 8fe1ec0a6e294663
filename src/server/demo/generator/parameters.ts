/**
 * Assumptions of the synthetic data (docs/demo-data.md): how long indications run per category,
 * how often they are renewed, the product catalogue and aanbieders, names and streets. Chosen to
 * look like a Dutch municipality's Wmo practice; none of it is real client data.
 */

export interface CategorieParameters {
  /** Indication periods in months, with weights (0 = open-ended). */
  duur: ReadonlyArray<readonly [maanden: number, gewicht: number]>;
  /** Chance that an indication is renewed (herindicatie) when it ends. */
  verlenging: number;
  /** Share of pgb (the rest is zorg in natura). */
  pgb: number;
  /** Age range of typical clients. */
  leeftijd: readonly [number, number];
  leefgebieden: readonly string[];
  hulpvraag: string;
}

export const CATEGORIEEN: Readonly<Record<string, CategorieParameters>> = {
  '01': {
    duur: [
      [12, 2],
      [24, 4],
      [36, 4],
      [0, 1],
    ],
    verlenging: 0.82,
    pgb: 0.12,
    leeftijd: [62, 97],
    leefgebieden: ['instrumentele-adl', 'lichamelijke-gezondheid'],
    hulpvraag: 'Kan het huis niet meer zelf schoonhouden.',
  },
  '02': {
    duur: [
      [6, 1],
      [12, 5],
      [24, 4],
    ],
    verlenging: 0.66,
    pgb: 0.22,
    leeftijd: [19, 80],
    leefgebieden: ['geestelijke-gezondheid', 'tijdsbesteding', 'financien', 'sociaal-netwerk'],
    hulpvraag: 'Heeft hulp nodig bij het regelen van het dagelijks leven.',
  },
  '03': {
    duur: [
      [3, 3],
      [6, 4],
      [12, 3],
    ],
    verlenging: 0.45,
    pgb: 0.1,
    leeftijd: [25, 90],
    leefgebieden: ['basale-adl'],
    hulpvraag: 'Heeft hulp nodig bij wassen en aankleden.',
  },
  '04': {
    duur: [
      [1, 4],
      [3, 3],
      [12, 3],
    ],
    verlenging: 0.35,
    pgb: 0.05,
    leeftijd: [50, 95],
    leefgebieden: ['huiselijke-relaties', 'lichamelijke-gezondheid'],
    hulpvraag: 'De mantelzorger heeft af en toe ontlasting nodig.',
  },
  '07': {
    duur: [
      [12, 5],
      [24, 5],
    ],
    verlenging: 0.76,
    pgb: 0.12,
    leeftijd: [20, 92],
    leefgebieden: ['tijdsbesteding', 'maatschappelijke-participatie'],
    hulpvraag: 'Zoekt een zinvolle dagbesteding en structuur in de week.',
  },
  '08': {
    duur: [
      [36, 4],
      [60, 4],
      [0, 2],
    ],
    verlenging: 0.86,
    pgb: 0,
    leeftijd: [40, 97],
    leefgebieden: ['maatschappelijke-participatie', 'lichamelijke-gezondheid'],
    hulpvraag: 'Kan niet meer zelfstandig reizen naar de dagbesteding.',
  },
  '10': {
    duur: [[12, 1]],
    verlenging: 0.5,
    pgb: 0.2,
    leeftijd: [18, 90],
    leefgebieden: ['huisvesting', 'sociaal-netwerk'],
    hulpvraag: 'Heeft een combinatie van ondersteuning nodig die niet in één product past.',
  },
};

/** Two products per category (a second one for parallel lines in the same category). */
export interface GeneratorProduct {
  categorie: string;
  code: string;
  naam: string;
  eenheid: string;
  frequentie: string;
  tarief: number;
  volume: readonly [number, number];
}

export const GENERATOR_PRODUCTEN: readonly GeneratorProduct[] = [
  {
    categorie: '01',
    code: '01A01',
    naam: 'Hulp bij het huishouden',
    eenheid: '04',
    frequentie: '2',
    tarief: 27.5,
    volume: [2, 4],
  },
  {
    categorie: '01',
    code: '01A02',
    naam: 'Wasverzorging',
    eenheid: '04',
    frequentie: '2',
    tarief: 27.5,
    volume: [1, 2],
  },
  {
    categorie: '02',
    code: '02A01',
    naam: 'Begeleiding individueel',
    eenheid: '04',
    frequentie: '2',
    tarief: 62,
    volume: [2, 6],
  },
  {
    categorie: '02',
    code: '02A02',
    naam: 'Begeleiding intensief',
    eenheid: '04',
    frequentie: '2',
    tarief: 68,
    volume: [4, 10],
  },
  {
    categorie: '03',
    code: '03A01',
    naam: 'Persoonlijke verzorging',
    eenheid: '04',
    frequentie: '2',
    tarief: 55,
    volume: [2, 7],
  },
  {
    categorie: '03',
    code: '03A02',
    naam: 'Persoonlijke verzorging nacht',
    eenheid: '04',
    frequentie: '2',
    tarief: 60,
    volume: [1, 4],
  },
  {
    categorie: '04',
    code: '04A01',
    naam: 'Kortdurend verblijf',
    eenheid: '14',
    frequentie: '4',
    tarief: 140,
    volume: [2, 6],
  },
  {
    categorie: '04',
    code: '04A02',
    naam: 'Logeeropvang',
    eenheid: '14',
    frequentie: '4',
    tarief: 120,
    volume: [1, 4],
  },
  {
    categorie: '07',
    code: '07A01',
    naam: 'Dagbesteding',
    eenheid: '16',
    frequentie: '2',
    tarief: 41,
    volume: [2, 6],
  },
  {
    categorie: '07',
    code: '07A02',
    naam: 'Dagbesteding intensief',
    eenheid: '16',
    frequentie: '2',
    tarief: 55,
    volume: [2, 6],
  },
  {
    categorie: '08',
    code: '08A01',
    naam: 'Vervoer naar dagbesteding',
    eenheid: '82',
    frequentie: '2',
    tarief: 12,
    volume: [2, 10],
  },
  {
    categorie: '08',
    code: '08A02',
    naam: 'Vervoer rolstoel',
    eenheid: '82',
    frequentie: '2',
    tarief: 18,
    volume: [2, 6],
  },
  {
    categorie: '10',
    code: '10A01',
    naam: 'Maatwerkarrangement',
    eenheid: '83',
    frequentie: '6',
    tarief: 1,
    volume: [500, 3000],
  },
  {
    categorie: '10',
    code: '10A02',
    naam: 'Arrangement wonen en zorg',
    eenheid: '83',
    frequentie: '6',
    tarief: 1,
    volume: [1000, 5000],
  },
];

/** Aanbieders the generator adds next to the demo's three (synthetic AGB codes 7575xxxx). */
export const GENERATOR_AANBIEDERS: ReadonlyArray<{
  naam: string;
  agb: string;
  categorieen: readonly string[];
}> = [
  { naam: 'Thuiszorg IJsselstreek', agb: '75750001', categorieen: ['01', '03'] },
  { naam: 'Zorggroep De Linde', agb: '75750002', categorieen: ['01', '02', '04'] },
  { naam: 'Dagbesteding Het Werkhuys', agb: '75750003', categorieen: ['07'] },
  { naam: 'Huishoudhulp Salland', agb: '75750004', categorieen: ['01'] },
  { naam: 'Begeleiding Op Maat Deventer', agb: '75750005', categorieen: ['02', '10'] },
  { naam: 'Logeerhuis De Boei', agb: '75750006', categorieen: ['04'] },
  { naam: 'Taxicentrale Deventer', agb: '75750007', categorieen: ['08'] },
  { naam: 'Zorgboerderij De Hooiberg', agb: '75750008', categorieen: ['07', '02'] },
];

export const VOORNAMEN_VROUW = [
  'Anna',
  'Maria',
  'Johanna',
  'Geertruida',
  'Hendrika',
  'Wilhelmina',
  'Cornelia',
  'Aaltje',
  'Gerda',
  'Ria',
  'Ineke',
  'Marja',
  'Annemarie',
  'Petra',
  'Sandra',
  'Linda',
  'Monique',
  'Esther',
  'Fatima',
  'Aysel',
  'Sanne',
  'Lisa',
  'Femke',
  'Anouk',
  'Eva',
  'Noor',
  'Yasmina',
  'Joke',
  'Truus',
  'Dineke',
];
export const VOORNAMEN_MAN = [
  'Jan',
  'Hendrik',
  'Gerrit',
  'Johannes',
  'Albert',
  'Willem',
  'Cornelis',
  'Bernard',
  'Henk',
  'Gert',
  'Harm',
  'Wim',
  'Kees',
  'Peter',
  'Marco',
  'Erik',
  'Dennis',
  'Mohamed',
  'Mustafa',
  'Ahmet',
  'Thijs',
  'Bas',
  'Daan',
  'Jeroen',
  'Niels',
  'Ruud',
  'Tom',
  'Egbert',
  'Roelof',
  'Derk',
];
export const ACHTERNAMEN: ReadonlyArray<readonly [string | null, string]> = [
  [null, 'Jansen'],
  [null, 'Bosch'],
  [null, 'Hofman'],
  [null, 'Wolters'],
  [null, 'Nijhof'],
  [null, 'Kamphuis'],
  [null, 'Lubbers'],
  [null, 'Schutte'],
  [null, 'Reinders'],
  [null, 'Tijhuis'],
  [null, 'Veldkamp'],
  [null, 'Brouwer'],
  [null, 'Smit'],
  [null, 'Mulder'],
  [null, 'Dekker'],
  [null, 'Kuiper'],
  [null, 'Postma'],
  [null, 'Evers'],
  [null, 'Oude Nijeweme'],
  [null, 'Wessels'],
  [null, 'Haverkamp'],
  [null, 'Ten Have'],
  [null, 'Bakker'],
  [null, 'Hulshof'],
  [null, 'Klein Gunnewiek'],
  [null, 'Stegeman'],
  [null, 'Meijer'],
  [null, 'Lammers'],
  [null, 'Yilmaz'],
  [null, 'El Amrani'],
  [null, 'Kaya'],
  [null, 'Bouzid'],
  [null, 'Nguyen'],
  ['van', 'Dijk'],
  ['van der', 'Veen'],
  ['van den', 'Berg'],
  ['de', 'Vries'],
  ['de', 'Boer'],
  ['ter', 'Horst'],
  ['van', 'Essen'],
  ['te', 'Riele'],
  ['van der', 'Linden'],
  ['de', 'Groot'],
  ['van', 'Wijk'],
  ['ten', 'Brinke'],
];
export const STRATEN = [
  'Brink',
  'Kerkstraat',
  'Molenweg',
  'Schoolstraat',
  'Lindenlaan',
  'Beukenlaan',
  'Eikenlaan',
  'Dorpsstraat',
  'Rembrandtkade',
  'Vondellaan',
  'Boxbergerweg',
  'Holterweg',
  'Zutphenseweg',
  'Raalterweg',
  'Kastanjelaan',
  'Burgemeester Dijckmeesterweg',
  'Amstellaan',
  'Roggestraat',
  'Slachthuisstraat',
  'IJsseldijk',
  'Veenweg',
  'Diepenveenseweg',
  'Oerdijk',
  'Colmschaterstraatweg',
  'Ceintuurbaan',
  'Hanzeweg',
  'Rozenstraat',
  'Tulpstraat',
];

export const KANALEN: ReadonlyArray<readonly [string, number]> = [
  ['telefoon', 45],
  ['online', 22],
  ['wijklocatie', 12],
  ['email-brief', 11],
  ['balie', 10],
];
