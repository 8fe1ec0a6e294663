/** The organisation of the demo: Deventer and its region (synthetic staff, real place names). */

import { teltAlsCapaciteit } from '../../domain/monitoring/capaciteit.ts';

export const GEMEENTEN = [
  {
    code: '0150',
    naam: 'Deventer',
    postadres: 'Postbus 5000',
    postcode: '7400 GC',
    plaats: 'Deventer',
    telefoon: '14 0570',
    website: 'https://www.deventer.nl',
  },
  {
    code: '0262',
    naam: 'Lochem',
    postadres: 'Postbus 17',
    postcode: '7240 AA',
    plaats: 'Lochem',
    telefoon: '14 0573',
    website: 'https://www.lochem.nl',
  },
  {
    code: '0175',
    naam: 'Olst-Wijhe',
    postadres: 'Postbus 23',
    postcode: '8130 AA',
    plaats: 'Wijhe',
    telefoon: '14 0570',
    website: 'https://www.olst-wijhe.nl',
  },
  {
    code: '0177',
    naam: 'Raalte',
    postadres: 'Postbus 140',
    postcode: '8100 AC',
    plaats: 'Raalte',
    telefoon: '14 0572',
    website: 'https://www.raalte.nl',
  },
  {
    code: '0301',
    naam: 'Zutphen',
    postadres: 'Postbus 41',
    postcode: '7200 AA',
    plaats: 'Zutphen',
    telefoon: '14 0575',
    website: 'https://www.zutphen.nl',
  },
] as const;

export const REGIO = GEMEENTEN.map((g) => g.code);

/** Deventer's 15 wijken, as in shared/data/deventer-2019-wmo-kerncijfers.csv. */
export const DEVENTER_WIJKEN: ReadonlyArray<readonly [string, string]> = [
  ['A', 'Binnenstad'],
  ['B', 'De Hoven'],
  ['C', 'Zandweerd'],
  ['D', 'Voorstad'],
  ['E', 'Borgele en Platvoet'],
  ['F', 'Keizerslanden'],
  ['G', 'Rivierenwijk en Bergweide'],
  ['H', 'Colmschate-Noord'],
  ['I', 'De Vijfhoek'],
  ['J', 'Colmschate-Zuid'],
  ['K', 'Diepenveen'],
  ['L', 'Schalkhaar'],
  ['M', 'Okkenbroek'],
  ['N', 'Lettele'],
  ['O', 'Bathmen'],
];

/** Nine wijklocaties (the reference documents mention 9) plus the stadhuis. */
export const DEVENTER_LOCATIES: ReadonlyArray<{
  naam: string;
  soort: 'wijklocatie' | 'stadhuis';
  wijk: string | null;
}> = [
  { naam: 'Stadhuis Deventer', soort: 'stadhuis', wijk: 'A' },
  { naam: 'Wijklocatie Binnenstad', soort: 'wijklocatie', wijk: 'A' },
  { naam: 'Wijklocatie Zandweerd', soort: 'wijklocatie', wijk: 'C' },
  { naam: 'Wijklocatie Voorstad', soort: 'wijklocatie', wijk: 'D' },
  { naam: 'Wijklocatie Keizerslanden', soort: 'wijklocatie', wijk: 'F' },
  { naam: 'Wijklocatie Rivierenwijk', soort: 'wijklocatie', wijk: 'G' },
  { naam: 'Wijklocatie Colmschate', soort: 'wijklocatie', wijk: 'H' },
  { naam: 'Wijklocatie De Vijfhoek', soort: 'wijklocatie', wijk: 'I' },
  { naam: 'Wijklocatie Diepenveen-Schalkhaar', soort: 'wijklocatie', wijk: 'K' },
  { naam: 'Wijklocatie Bathmen', soort: 'wijklocatie', wijk: 'O' },
];

export const PARTNERS = ['MEE IJsseloevers', 'Raster', 'De Kern', 'Solis'] as const;

export type TeamKey =
  | 'toegang'
  | 'backoffice'
  | 'kcc'
  | 'regio'
  | 'beleid'
  | 'beheer'
  | 'privacy'
  | 'mee'
  | 'lochem';

export const TEAMS: ReadonlyArray<{
  key: TeamKey;
  naam: string;
  soort: 'toegang' | 'backoffice' | 'kcc' | 'regionaal' | 'preventie' | 'staf';
  gemeente: string;
  organisatie: string;
  gemeenten: readonly string[];
}> = [
  {
    key: 'toegang',
    naam: 'Toegang Deventer',
    soort: 'toegang',
    gemeente: '0150',
    organisatie: 'Gemeente Deventer',
    gemeenten: ['0150'],
  },
  {
    key: 'backoffice',
    naam: 'Backoffice Wmo Deventer',
    soort: 'backoffice',
    gemeente: '0150',
    organisatie: 'Gemeente Deventer',
    gemeenten: ['0150'],
  },
  {
    key: 'kcc',
    naam: 'KCC Deventer',
    soort: 'kcc',
    gemeente: '0150',
    organisatie: 'Gemeente Deventer',
    gemeenten: ['0150'],
  },
  {
    key: 'regio',
    naam: 'Regionale toegang beschermd wonen en opvang',
    soort: 'regionaal',
    gemeente: '0150',
    organisatie: 'Gemeente Deventer',
    gemeenten: REGIO,
  },
  {
    key: 'beleid',
    naam: 'Beleid en control sociaal domein',
    soort: 'staf',
    gemeente: '0150',
    organisatie: 'Gemeente Deventer',
    gemeenten: REGIO,
  },
  {
    key: 'beheer',
    naam: 'Functioneel beheer sociaal domein',
    soort: 'staf',
    gemeente: '0150',
    organisatie: 'Gemeente Deventer',
    gemeenten: REGIO,
  },
  {
    key: 'privacy',
    naam: 'Privacy en informatiebeveiliging',
    soort: 'staf',
    gemeente: '0150',
    organisatie: 'Gemeente Deventer',
    gemeenten: REGIO,
  },
  {
    key: 'mee',
    naam: 'MEE preventie Deventer',
    soort: 'preventie',
    gemeente: '0150',
    organisatie: 'MEE IJsseloevers',
    gemeenten: ['0150'],
  },
  {
    key: 'lochem',
    naam: 'Toegang Lochem',
    soort: 'toegang',
    gemeente: '0262',
    organisatie: 'Gemeente Lochem',
    gemeenten: ['0262'],
  },
];

/** Demo accounts: the username is the role (docs/woordenlijst.md); a few extras for four-eyes and tenancy. */
export const DEMO_ACCOUNTS: ReadonlyArray<{
  gebruikersnaam: string;
  naam: string;
  team: TeamKey;
  rollen: string[];
  fte: number;
  functie: string;
}> = [
  {
    gebruikersnaam: 'kcc',
    naam: 'Karin Claassen',
    team: 'kcc',
    rollen: ['kcc'],
    fte: 0.89,
    functie: 'Medewerker KCC',
  },
  {
    gebruikersnaam: 'toegangsmedewerker',
    naam: 'Tom Gerritsen',
    team: 'toegang',
    rollen: ['toegangsmedewerker'],
    fte: 1,
    functie: 'Consulent Wmo',
  },
  {
    gebruikersnaam: 'toegangsmedewerker-2',
    naam: 'Fatima el Amrani',
    team: 'toegang',
    rollen: ['toegangsmedewerker'],
    fte: 0.89,
    functie: 'Regisseur',
  },
  {
    gebruikersnaam: 'backoffice',
    naam: 'Bram Oosterhuis',
    team: 'backoffice',
    rollen: ['backoffice'],
    fte: 1,
    functie: 'Medewerker beschikkingen',
  },
  {
    gebruikersnaam: 'backoffice-2',
    naam: 'Ilse Brinkman',
    team: 'backoffice',
    rollen: ['backoffice'],
    fte: 0.78,
    functie: 'Medewerker beschikkingen',
  },
  {
    gebruikersnaam: 'teamleider',
    naam: 'Petra Lammers',
    team: 'toegang',
    rollen: ['teamleider'],
    fte: 1,
    functie: 'Teamleider toegang',
  },
  {
    gebruikersnaam: 'beleid',
    naam: 'Bas Leemhuis',
    team: 'beleid',
    rollen: ['beleid'],
    fte: 0.89,
    functie: 'Beleidsadviseur',
  },
  {
    gebruikersnaam: 'beheer',
    naam: 'Hanneke Beumer',
    team: 'beheer',
    rollen: ['beheer'],
    fte: 0.89,
    functie: 'Functioneel beheerder',
  },
  {
    gebruikersnaam: 'auditor',
    naam: 'Anton Dijkhuis',
    team: 'privacy',
    rollen: ['auditor'],
    fte: 0.5,
    functie: 'Privacy officer',
  },
  {
    gebruikersnaam: 'partner-mee',
    naam: 'Mirjam Eshuis',
    team: 'mee',
    rollen: ['partner'],
    fte: 0.89,
    functie: 'Cliëntondersteuner',
  },
  {
    gebruikersnaam: 'regio-bw',
    naam: 'Ruben Wessels',
    team: 'regio',
    rollen: ['toegangsmedewerker', 'backoffice'],
    fte: 1,
    functie: 'Consulent beschermd wonen',
  },
  {
    // The second pair of eyes of the regional team: its beschikkingen are fixed within the team,
    // under the mandate of the resident's gemeente (issue 20).
    gebruikersnaam: 'regio-bw-2',
    naam: 'Fatma Yilmaz',
    team: 'regio',
    rollen: ['toegangsmedewerker', 'backoffice'],
    fte: 0.89,
    functie: 'Consulent beschermd wonen en opvang',
  },
  {
    gebruikersnaam: 'toegangsmedewerker-lochem',
    naam: 'Lotte Hendriks',
    team: 'lochem',
    rollen: ['toegangsmedewerker'],
    fte: 0.89,
    functie: 'Consulent Wmo',
  },
  {
    gebruikersnaam: 'projectleider',
    naam: 'Priya Ramdin',
    team: 'beleid',
    rollen: ['projectleider'],
    fte: 0.89,
    functie: 'Projectleider inbedding toegang',
  },
  {
    gebruikersnaam: 'opdrachtgever',
    naam: 'Okke Zwiers',
    team: 'beleid',
    rollen: ['opdrachtgever'],
    fte: 1,
    functie: 'Ambtelijk opdrachtgever sociaal domein',
  },
  {
    gebruikersnaam: 'archivaris',
    naam: 'Anouk Ter Horst',
    team: 'privacy',
    rollen: ['archivaris'],
    fte: 0.2,
    functie: 'Archivaris',
  },
  {
    gebruikersnaam: 'klachtcoordinator',
    naam: 'Karin Veldhuis',
    team: 'toegang',
    rollen: ['klachtcoordinator'],
    fte: 0.5,
    functie: 'Klachtcoördinator',
  },
];

const VOORNAMEN = [
  'Anouk',
  'Bart',
  'Chantal',
  'Daan',
  'Eline',
  'Frank',
  'Gerda',
  'Hans',
  'Ingrid',
  'Jeroen',
  'Kim',
  'Luuk',
  'Marloes',
  'Niels',
  'Olga',
  'Pim',
  'Roos',
  'Sander',
  'Tessa',
  'Wim',
  'Yvonne',
];
const ACHTERNAMEN = [
  'Bosman',
  'Dekker',
  'Evers',
  'Hofman',
  'Jansen',
  'Kuiper',
  'Lubbers',
  'Mulder',
  'Nijhof',
  'Oude Nijeweme',
  'Postma',
  'Reinders',
  'Schutte',
  'Tijhuis',
  'Veldkamp',
  'Wolters',
  'Zwiers',
  'Arends',
  'Brouwer',
  'Smit',
  'Kamphuis',
];

/**
 * The rest of team Toegang, so that the team's formation is 20.41 fte (reference document 003:
 * toegang after the split). The demo accounts in that team count towards it.
 */
export function toegangCollegas(): Array<{ naam: string; fte: number }> {
  // Only who counts as capacity (not the teamleider): the same rule as the formatie (capaciteit.ts).
  const fromAccounts = DEMO_ACCOUNTS.filter(
    (a) => a.team === 'toegang' && teltAlsCapaciteit(a.rollen),
  ).reduce((s, a) => s + Math.round(a.fte * 100), 0);
  let remaining = 2041 - fromAccounts; // hundredths of fte
  const out: Array<{ naam: string; fte: number }> = [];
  let i = 0;
  while (remaining > 0) {
    const fte = Math.min(remaining, i % 3 === 0 ? 100 : 89);
    out.push({
      naam: `${VOORNAMEN[i % VOORNAMEN.length]} ${ACHTERNAMEN[(i * 7) % ACHTERNAMEN.length]}`,
      fte: fte / 100,
    });
    remaining -= fte;
    i++;
  }
  return out;
}

/**
 * Postcode → wijk for the demo (illustrative: Deventer's 74xx postcodes spread over the 15
 * wijken; a real municipality loads its own table through the beheer screens or API).
 */
export const DEVENTER_POSTCODES: ReadonlyArray<readonly [string, string, string]> = [
  ['7411AA', '7411ZZ', 'A'],
  ['7412AA', '7412ZZ', 'D'],
  ['7413AA', '7413ZZ', 'C'],
  ['7414AA', '7414ZZ', 'E'],
  ['7415AA', '7415ZZ', 'B'],
  ['7416AA', '7416ZZ', 'F'],
  ['7417AA', '7418ZZ', 'G'],
  ['7419AA', '7421ZZ', 'I'],
  ['7422AA', '7423ZZ', 'H'],
  ['7424AA', '7427ZZ', 'J'],
  ['7428AA', '7431ZZ', 'K'],
  ['7432AA', '7433ZZ', 'L'],
  ['7434AA', '7434ZZ', 'N'],
  ['7435AA', '7436ZZ', 'M'],
  ['7437AA', '7439ZZ', 'O'],
];

/** Contracted aanbieders (synthetic AGB codes) and the Wmo product catalogue of the demo. */
export const AANBIEDERS: ReadonlyArray<{ naam: string; agb: string }> = [
  { naam: 'Thuiszorg IJsselstreek', agb: '75750001' },
  { naam: 'Zorggroep De Linde', agb: '75750002' },
  { naam: 'Dagbesteding Het Werkhuys', agb: '75750003' },
];

export const PRODUCTEN: ReadonlyArray<{
  categorie: string;
  code: string;
  naam: string;
  eenheid: string;
  frequentie: string;
  tarief: number;
  pgbTarief: number;
  aanbieders: string[];
}> = [
  {
    categorie: '01',
    code: '01A01',
    naam: 'Hulp bij het huishouden',
    eenheid: '04',
    frequentie: '2',
    tarief: 27.5,
    pgbTarief: 22,
    aanbieders: ['Thuiszorg IJsselstreek', 'Zorggroep De Linde'],
  },
  {
    categorie: '02',
    code: '02A01',
    naam: 'Begeleiding individueel',
    eenheid: '04',
    frequentie: '2',
    tarief: 62,
    pgbTarief: 49.6,
    aanbieders: ['Zorggroep De Linde'],
  },
  {
    categorie: '07',
    code: '07A01',
    naam: 'Dagbesteding',
    eenheid: '16',
    frequentie: '2',
    tarief: 41,
    pgbTarief: 32.8,
    aanbieders: ['Dagbesteding Het Werkhuys'],
  },
  {
    categorie: '03',
    code: '03A01',
    naam: 'Persoonlijke verzorging',
    eenheid: '04',
    frequentie: '2',
    tarief: 55,
    pgbTarief: 44,
    aanbieders: ['Thuiszorg IJsselstreek'],
  },
];
