import { describe, expect, it } from 'vitest';
import {
  betalendeGemeente,
  dagenInJaar,
  kostenInJaar,
  toetsAfwijzing,
  toetsPlaatsing,
  vrij,
  wachtlijstVolgorde,
  wachttijd,
} from './plaatsing.ts';

describe('landelijke toegankelijkheid (Wmo 2015 art. 1.2.1: ingezetenen van Nederland)', () => {
  it.each([
    { grond: 'herkomst-buiten-regio', buiten: true, geweigerd: true },
    { grond: 'herkomst-buiten-regio', buiten: false, geweigerd: true },
    { grond: 'geen-bw-mo-nodig', buiten: true, geweigerd: false },
    { grond: 'voorliggende-voorziening', buiten: true, geweigerd: false },
    { grond: 'anders', buiten: false, geweigerd: false },
  ] as const)('afwijzen om $grond (van buiten de regio: $buiten) → niet toegestaan: $geweigerd', (r) => {
    const fout = toetsAfwijzing({ grond: r.grond, herkomstBuitenRegio: r.buiten });
    expect(fout !== null).toBe(r.geweigerd);
    if (fout) expect(fout).toContain('landelijk toegankelijk');
  });
});

describe('wachtlijst: urgentie, dan wachttijd', () => {
  it('zet crisis vóór hoog vóór regulier, en bij gelijke urgentie wie het langst wacht', () => {
    const lijst = [
      { id: 'a', urgentie: 'regulier', sinds: '2026-01-05' },
      { id: 'b', urgentie: 'hoog', sinds: '2026-03-01' },
      { id: 'c', urgentie: 'crisis', sinds: '2026-05-30' },
      { id: 'd', urgentie: 'regulier', sinds: '2025-12-01' },
      { id: 'e', urgentie: 'hoog', sinds: '2026-02-01' },
      { id: 'f', urgentie: 'regulier', sinds: '2025-12-01' },
    ] as const;
    expect(wachtlijstVolgorde(lijst).map((w) => w.id)).toEqual(['c', 'e', 'b', 'd', 'f', 'a']);
  });
  it.each([
    ['2026-06-01', '2026-06-01', 0],
    ['2026-05-01', '2026-06-01', 31],
    ['2025-06-01', '2026-06-01', 365],
    ['2026-07-01', '2026-06-01', 0],
  ])('wachttijd van %s op %s is %i dagen', (sinds, peil, dagen) => {
    expect(wachttijd(sinds, peil)).toBe(dagen);
  });
});

describe('capaciteit', () => {
  it.each([
    { plaatsen: 12, bezet: 11, vrij: 1, vol: false },
    { plaatsen: 12, bezet: 12, vrij: 0, vol: true },
    { plaatsen: 8, bezet: 10, vrij: 0, vol: true },
    { plaatsen: 0, bezet: 0, vrij: 0, vol: true },
  ])('$plaatsen plaatsen, $bezet bezet → $vrij vrij, vol: $vol', (r) => {
    expect(vrij(r)).toBe(r.vrij);
    const fout = toetsPlaatsing({ ...r, naam: 'De Boei' });
    expect(fout !== null).toBe(r.vol);
    if (fout) expect(fout).toMatch(/^De Boei is vol/);
  });
});

describe('welke gemeente betaalt vanaf wanneer (verhuizing tijdens de zaak)', () => {
  it.each([
    {
      naam: 'geen verhuizing: de gemeente van herkomst, de hele periode',
      herkomst: '0177',
      verhuizingen: [],
      uit: [{ gemeente: '0177', van: '2026-01-10', tot: null }],
    },
    {
      naam: 'inschrijving op het adres van de instelling verandert niets',
      herkomst: '0177',
      verhuizingen: [{ datum: '2026-01-12', naar: '0150', naarInstelling: true }],
      uit: [{ gemeente: '0177', van: '2026-01-10', tot: null }],
    },
    {
      naam: 'een echte verhuizing: de nieuwe gemeente vanaf de verhuisdag',
      herkomst: '0177',
      verhuizingen: [{ datum: '2026-04-01', naar: '1773' }],
      uit: [
        { gemeente: '0177', van: '2026-01-10', tot: '2026-03-31' },
        { gemeente: '1773', van: '2026-04-01', tot: null },
      ],
    },
    {
      naam: 'verhuizing vóór de start telt voor de start; na het einde telt niet',
      herkomst: '0177',
      verhuizingen: [
        { datum: '2025-12-01', naar: '0262' },
        { datum: '2026-09-01', naar: '0301' },
      ],
      tot: '2026-06-30',
      uit: [{ gemeente: '0262', van: '2026-01-10', tot: '2026-06-30' }],
    },
    {
      naam: 'heen en terug; twee keer dezelfde gemeente geeft geen extra periode',
      herkomst: '0150',
      verhuizingen: [
        { datum: '2026-03-01', naar: null },
        { datum: '2026-03-15', naar: null },
        { datum: '2026-05-01', naar: '0150' },
      ],
      uit: [
        { gemeente: '0150', van: '2026-01-10', tot: '2026-02-28' },
        { gemeente: null, van: '2026-03-01', tot: '2026-04-30' },
        { gemeente: '0150', van: '2026-05-01', tot: null },
      ],
    },
  ])('$naam', ({ herkomst, verhuizingen, tot, uit }) => {
    expect(betalendeGemeente(herkomst, verhuizingen, '2026-01-10', tot ?? null)).toEqual(uit);
  });
});

describe('kosten = dagen × tarief per etmaal', () => {
  it.each([
    { van: '2026-01-01', tot: '2026-12-31', jaar: 2026, dagen: 365 },
    { van: '2025-12-20', tot: '2026-01-10', jaar: 2026, dagen: 10 },
    { van: '2026-03-01', tot: null, jaar: 2026, dagen: 306 },
    { van: '2027-01-01', tot: null, jaar: 2026, dagen: 0 },
    { van: '2024-02-01', tot: '2024-02-29', jaar: 2024, dagen: 29 },
  ])('$van – $tot in $jaar: $dagen dagen', ({ van, tot, jaar, dagen }) => {
    expect(dagenInJaar(van, tot, jaar)).toBe(dagen);
    expect(kostenInJaar({ van, tot, tariefPerEtmaal: 128.5 }, jaar)).toBeCloseTo(dagen * 128.5, 2);
  });
});
