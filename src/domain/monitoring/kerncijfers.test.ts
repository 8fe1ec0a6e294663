import { describe, expect, it } from 'vitest';
import { bouwKerncijfers, categorieNaam, KERNCIJFER_CATEGORIEEN } from './kerncijfers.ts';

const wijken = [
  { id: 'a', code: 'A', naam: 'Binnenstad' },
  { id: 'o', code: 'O', naam: 'Bathmen' },
  { id: 'c', code: 'C', naam: 'Zandweerd' },
];
const basis = { jaar: 2019, gemeente: { code: '0150', naam: 'Deventer' }, wijken };

describe('bouwKerncijfers', () => {
  const k = bouwKerncijfers({
    ...basis,
    tellingen: [
      {
        wijkId: 'a',
        productcategorie: '01',
        clienten: 2,
        geldigeBeschikkingen: 3,
        afgegevenBeschikkingen: 1,
      },
      {
        wijkId: 'o',
        productcategorie: '08',
        clienten: 1,
        geldigeBeschikkingen: 1,
        afgegevenBeschikkingen: 0,
      },
      {
        wijkId: null,
        productcategorie: '01',
        clienten: 1,
        geldigeBeschikkingen: 1,
        afgegevenBeschikkingen: 1,
      },
      {
        wijkId: 'c',
        productcategorie: '11',
        clienten: 1,
        geldigeBeschikkingen: 2,
        afgegevenBeschikkingen: 2,
      },
    ],
    uniek: [
      { wijkId: 'a', aantal: 2 },
      { wijkId: 'o', aantal: 1 },
      { wijkId: 'c', aantal: 1 },
      { wijkId: null, aantal: 1 },
    ],
    uniekTotaal: 4,
  });

  it('volgorde: maat, dan categorie (de zeven van de bijlage, dan andere), dan wijk van O naar A', () => {
    const clienten = k.rijen.filter((r) => r.maat === 'clienten');
    expect(clienten.slice(0, 4).map((r) => `${r.wijkcode}|${r.productcategorie}|${r.aantal}`)).toEqual([
      'O|hulp bij het huishouden|0',
      'C|hulp bij het huishouden|0',
      'A|hulp bij het huishouden|2',
      '|hulp bij het huishouden|1',
    ]);
    expect(clienten[3]!.wijknaam).toBe('Onbekend');
    expect([...new Set(clienten.map((r) => r.productcategorie))]).toEqual([
      ...KERNCIJFER_CATEGORIEEN.map(([, n]) => n),
      'rolstoelen',
    ]);
    expect([...new Set(k.rijen.map((r) => r.maat))]).toEqual([
      'clienten',
      'geldige_beschikkingen',
      'afgegeven_beschikkingen',
      'unieke_clienten',
    ]);
  });

  it('de vaste categorieën staan er ook met 0 in; Onbekend alleen met een aantal', () => {
    const pv = k.rijen.filter((r) => r.maat === 'geldige_beschikkingen' && r.productcategorieCode === '03');
    expect(pv.map((r) => r.aantal)).toEqual([0, 0, 0]);
    // 7 categories × 3 wijken + 1 Onbekend (01) + the extra category 11 × 3 wijken.
    expect(k.rijen.filter((r) => r.maat === 'clienten')).toHaveLength(7 * 3 + 1 + 3);
  });

  it('unieke_clienten: per wijk, Onbekend, en het totaal (elke cliënt één keer)', () => {
    const u = k.rijen.filter((r) => r.maat === 'unieke_clienten');
    expect(u.map((r) => [r.wijknaam, r.productcategorie, r.aantal])).toEqual([
      ['Bathmen', '', 1],
      ['Zandweerd', '', 1],
      ['Binnenstad', '', 2],
      ['Onbekend', '', 1],
      ['Totaal', '', 4],
    ]);
  });

  it('totalen zoals de eerste tabel van de bijlage', () => {
    expect(k.totalen).toEqual({
      uniekeClienten: 4,
      clienten: 5,
      geldigeBeschikkingen: 7,
      afgegevenBeschikkingen: 4,
    });
  });

  it('maten kiest een deel, in de vaste volgorde', () => {
    const d = bouwKerncijfers({
      ...basis,
      tellingen: [],
      uniek: [],
      uniekTotaal: 0,
      maten: ['afgegeven_beschikkingen', 'clienten'],
    });
    expect([...new Set(d.rijen.map((r) => r.maat))]).toEqual(['clienten', 'afgegeven_beschikkingen']);
    expect(d.rijen).toHaveLength(2 * 7 * 3);
  });
});

describe('categorieNaam', () => {
  it.each([
    ['01', 'hulp bij het huishouden'],
    ['08', 'vervoersdiensten'],
    ['10', 'overige maatwerkarrangementen'],
    ['15', 'beschermd wonen'],
    ['99', '99'],
  ])('%s → %s', (code, naam) => {
    expect(categorieNaam(code)).toBe(naam);
  });
});
