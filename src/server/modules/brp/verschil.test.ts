import { describe, expect, it } from 'vitest';
import { type BrpPersoon, naarPersoon } from './mapping.ts';
import { vergelijkMetBrp } from './verschil.ts';

const ons = {
  straat: 'Brink',
  huisnummer: 12,
  huisnummertoevoeging: null,
  postcode: '7411AB',
  woonplaats: 'Deventer',
};
const brp = (over: Partial<BrpPersoon> = {}): BrpPersoon => ({
  bsn: '999993653',
  voornamen: 'Suzanne',
  tussenvoegsel: null,
  achternaam: 'Moulin',
  geboortedatum: '1985-12-01',
  geslacht: 'vrouw',
  adres: {
    straat: 'Brink',
    huisnummer: 12,
    huisnummertoevoeging: null,
    postcode: '7411AB',
    woonplaats: 'Deventer',
  },
  verblijfplaatsSoort: 'Adres',
  adresSinds: '2015-08-08',
  overleden: null,
  ...over,
});

describe('verschil met BRP (nachtelijke controle)', () => {
  it.each([
    ['gelijk', brp(), null],
    ['niet in de BRP', undefined, 'niet-in-brp'],
    ['overleden', brp({ overleden: '2026-05-01' }), 'overleden'],
    ['ander huisnummer: verhuisd', brp({ adres: { ...brp().adres!, huisnummer: 14 } }), 'verhuisd'],
    [
      'naar het buitenland: verhuisd',
      brp({ adres: null, verblijfplaatsSoort: 'VerblijfplaatsBuitenland' }),
      'verhuisd',
    ],
    [
      'zelfde woning, andere straatnaam',
      brp({ adres: { ...brp().adres!, straat: 'De Brink' } }),
      'adres-gewijzigd',
    ],
    ['alleen hoofdletters/spaties anders', brp({ adres: { ...brp().adres!, woonplaats: 'DEVENTER' } }), null],
  ] as const)('%s', (_naam, b, soort) => {
    expect(vergelijkMetBrp(ons, b)?.soort ?? null).toBe(soort);
  });

  it('wij zonder adres, de BRP met: adres gewijzigd', () => {
    const leeg = {
      straat: null,
      huisnummer: null,
      huisnummertoevoeging: null,
      postcode: null,
      woonplaats: null,
    };
    expect(vergelijkMetBrp(leeg, brp())?.soort).toBe('adres-gewijzigd');
  });
});

describe('BRP-persoon naar onze velden', () => {
  it('neemt alleen een volledige datum over en voegt huisletter en toevoeging samen', () => {
    const p = naarPersoon({
      burgerservicenummer: '999990639',
      naam: { voornamen: 'Mattheus', voorvoegsel: 'du', geslachtsnaam: 'Burck' },
      geboorte: { datum: { type: 'JaarDatum', jaar: 1922, langFormaat: '1922' } },
      geslacht: { code: 'M', omschrijving: 'man' },
      verblijfplaats: {
        type: 'Adres',
        verblijfadres: {
          korteStraatnaam: 'Zeeruststraat',
          huisnummer: 132,
          huisletter: 'A',
          huisnummertoevoeging: '2',
          postcode: '2584 bz',
          woonplaats: "'s-Gravenhage",
        },
      },
    });
    expect(p).toMatchObject({
      tussenvoegsel: 'du',
      achternaam: 'Burck',
      geboortedatum: null,
      geslacht: 'man',
      adres: { straat: 'Zeeruststraat', huisnummer: 132, huisnummertoevoeging: 'A-2', postcode: '2584BZ' },
    });
  });
});
