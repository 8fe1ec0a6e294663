import { describe, expect, it } from 'vitest';
import { TermijnFout, weekdag } from './datum.ts';
import {
  algemeenErkendeFeestdagen,
  type FeestdagNaam,
  feestdagenOp,
  koningsdag,
  pasen,
} from './feestdagen.ts';

/**
 * Hand-written reference table, 2020–2035. Easter dates from the published tables (and the brief);
 * cross-checked with an independent implementation (python-dateutil `easter()`), and every Easter
 * date is asserted below to be a Sunday. Derived days: Goede Vrijdag = Pasen − 2, Tweede Paasdag =
 * Pasen + 1, Hemelvaartsdag = Pasen + 39 (a Thursday), Pinksteren = Pasen + 49 / + 50.
 * Koningsdag: 27 April, 26 April when the 27th is a Sunday (2025, 2031 in this range).
 */
const TABEL: ReadonlyArray<{
  jaar: number;
  pasen: string;
  goedeVrijdag: string;
  tweedePaasdag: string;
  koningsdag: string;
  hemelvaartsdag: string;
  eerstePinksterdag: string;
  tweedePinksterdag: string;
}> = [
  {
    jaar: 2020,
    pasen: '2020-04-12',
    goedeVrijdag: '2020-04-10',
    tweedePaasdag: '2020-04-13',
    koningsdag: '2020-04-27',
    hemelvaartsdag: '2020-05-21',
    eerstePinksterdag: '2020-05-31',
    tweedePinksterdag: '2020-06-01',
  },
  {
    jaar: 2021,
    pasen: '2021-04-04',
    goedeVrijdag: '2021-04-02',
    tweedePaasdag: '2021-04-05',
    koningsdag: '2021-04-27',
    hemelvaartsdag: '2021-05-13',
    eerstePinksterdag: '2021-05-23',
    tweedePinksterdag: '2021-05-24',
  },
  {
    jaar: 2022,
    pasen: '2022-04-17',
    goedeVrijdag: '2022-04-15',
    tweedePaasdag: '2022-04-18',
    koningsdag: '2022-04-27',
    hemelvaartsdag: '2022-05-26',
    eerstePinksterdag: '2022-06-05',
    tweedePinksterdag: '2022-06-06',
  },
  {
    jaar: 2023,
    pasen: '2023-04-09',
    goedeVrijdag: '2023-04-07',
    tweedePaasdag: '2023-04-10',
    koningsdag: '2023-04-27',
    hemelvaartsdag: '2023-05-18',
    eerstePinksterdag: '2023-05-28',
    tweedePinksterdag: '2023-05-29',
  },
  {
    jaar: 2024,
    pasen: '2024-03-31',
    goedeVrijdag: '2024-03-29',
    tweedePaasdag: '2024-04-01',
    koningsdag: '2024-04-27',
    hemelvaartsdag: '2024-05-09',
    eerstePinksterdag: '2024-05-19',
    tweedePinksterdag: '2024-05-20',
  },
  {
    jaar: 2025,
    pasen: '2025-04-20',
    goedeVrijdag: '2025-04-18',
    tweedePaasdag: '2025-04-21',
    koningsdag: '2025-04-26',
    hemelvaartsdag: '2025-05-29',
    eerstePinksterdag: '2025-06-08',
    tweedePinksterdag: '2025-06-09',
  },
  {
    jaar: 2026,
    pasen: '2026-04-05',
    goedeVrijdag: '2026-04-03',
    tweedePaasdag: '2026-04-06',
    koningsdag: '2026-04-27',
    hemelvaartsdag: '2026-05-14',
    eerstePinksterdag: '2026-05-24',
    tweedePinksterdag: '2026-05-25',
  },
  {
    jaar: 2027,
    pasen: '2027-03-28',
    goedeVrijdag: '2027-03-26',
    tweedePaasdag: '2027-03-29',
    koningsdag: '2027-04-27',
    hemelvaartsdag: '2027-05-06',
    eerstePinksterdag: '2027-05-16',
    tweedePinksterdag: '2027-05-17',
  },
  {
    jaar: 2028,
    pasen: '2028-04-16',
    goedeVrijdag: '2028-04-14',
    tweedePaasdag: '2028-04-17',
    koningsdag: '2028-04-27',
    hemelvaartsdag: '2028-05-25',
    eerstePinksterdag: '2028-06-04',
    tweedePinksterdag: '2028-06-05',
  },
  {
    jaar: 2029,
    pasen: '2029-04-01',
    goedeVrijdag: '2029-03-30',
    tweedePaasdag: '2029-04-02',
    koningsdag: '2029-04-27',
    hemelvaartsdag: '2029-05-10',
    eerstePinksterdag: '2029-05-20',
    tweedePinksterdag: '2029-05-21',
  },
  {
    jaar: 2030,
    pasen: '2030-04-21',
    goedeVrijdag: '2030-04-19',
    tweedePaasdag: '2030-04-22',
    koningsdag: '2030-04-27',
    hemelvaartsdag: '2030-05-30',
    eerstePinksterdag: '2030-06-09',
    tweedePinksterdag: '2030-06-10',
  },
  {
    jaar: 2031,
    pasen: '2031-04-13',
    goedeVrijdag: '2031-04-11',
    tweedePaasdag: '2031-04-14',
    koningsdag: '2031-04-26',
    hemelvaartsdag: '2031-05-22',
    eerstePinksterdag: '2031-06-01',
    tweedePinksterdag: '2031-06-02',
  },
  {
    jaar: 2032,
    pasen: '2032-03-28',
    goedeVrijdag: '2032-03-26',
    tweedePaasdag: '2032-03-29',
    koningsdag: '2032-04-27',
    hemelvaartsdag: '2032-05-06',
    eerstePinksterdag: '2032-05-16',
    tweedePinksterdag: '2032-05-17',
  },
  {
    jaar: 2033,
    pasen: '2033-04-17',
    goedeVrijdag: '2033-04-15',
    tweedePaasdag: '2033-04-18',
    koningsdag: '2033-04-27',
    hemelvaartsdag: '2033-05-26',
    eerstePinksterdag: '2033-06-05',
    tweedePinksterdag: '2033-06-06',
  },
  {
    jaar: 2034,
    pasen: '2034-04-09',
    goedeVrijdag: '2034-04-07',
    tweedePaasdag: '2034-04-10',
    koningsdag: '2034-04-27',
    hemelvaartsdag: '2034-05-18',
    eerstePinksterdag: '2034-05-28',
    tweedePinksterdag: '2034-05-29',
  },
  {
    jaar: 2035,
    pasen: '2035-03-25',
    goedeVrijdag: '2035-03-23',
    tweedePaasdag: '2035-03-26',
    koningsdag: '2035-04-27',
    hemelvaartsdag: '2035-05-03',
    eerstePinksterdag: '2035-05-13',
    tweedePinksterdag: '2035-05-14',
  },
];

describe('pasen (Gregoriaanse computus)', () => {
  it.each(TABEL)('$jaar: Pasen is $pasen', ({ jaar, pasen: verwacht }) => {
    expect(pasen(jaar)).toBe(verwacht);
    expect(weekdag(verwacht)).toBe(7); // the table itself: every Easter is a Sunday
  });

  it.each([
    [1583, '1583-04-10'],
    [1818, '1818-03-22'], // earliest possible date
    [1943, '1943-04-25'], // latest possible date
    [2000, '2000-04-23'],
    [2016, '2016-03-27'],
    [2038, '2038-04-25'],
    [2043, '2043-03-29'],
    [2285, '2285-03-22'],
  ])('%i → %s (bekende randgevallen)', (jaar, verwacht) => {
    expect(pasen(jaar)).toBe(verwacht);
  });

  it('is always a Sunday between 22 March and 25 April (2014–2500)', () => {
    for (let jaar = 2014; jaar <= 2500; jaar++) {
      const p = pasen(jaar);
      expect(weekdag(p)).toBe(7);
      expect(p.slice(5) >= '03-22' && p.slice(5) <= '04-25').toBe(true);
    }
  });

  it.each([1582, 2024.5, Number.NaN, 10000])('rejects year %s', (jaar) => {
    expect(() => pasen(jaar)).toThrow(TermijnFout);
  });
});

describe('algemeenErkendeFeestdagen (Atw art. 3)', () => {
  it.each(TABEL)('$jaar: every feestdag on its date', (rij) => {
    const verwacht: Record<FeestdagNaam, string> = {
      Nieuwjaarsdag: `${rij.jaar}-01-01`,
      'Goede Vrijdag': rij.goedeVrijdag,
      'Eerste Paasdag': rij.pasen,
      'Tweede Paasdag': rij.tweedePaasdag,
      Koningsdag: rij.koningsdag,
      Bevrijdingsdag: `${rij.jaar}-05-05`,
      Hemelvaartsdag: rij.hemelvaartsdag,
      'Eerste Pinksterdag': rij.eerstePinksterdag,
      'Tweede Pinksterdag': rij.tweedePinksterdag,
      'Eerste Kerstdag': `${rij.jaar}-12-25`,
      'Tweede Kerstdag': `${rij.jaar}-12-26`,
    };
    const dagen = algemeenErkendeFeestdagen(rij.jaar);
    expect(Object.fromEntries(dagen.map((d) => [d.naam, d.datum]))).toEqual(verwacht);
    expect(dagen).toHaveLength(11);
    // sorted by date
    expect(dagen.map((d) => d.datum)).toEqual([...dagen.map((d) => d.datum)].sort());
    // weekdays that follow from the definitions
    expect(weekdag(rij.goedeVrijdag)).toBe(5);
    expect(weekdag(rij.tweedePaasdag)).toBe(1);
    expect(weekdag(rij.hemelvaartsdag)).toBe(4);
    expect(weekdag(rij.eerstePinksterdag)).toBe(7);
    expect(weekdag(rij.tweedePinksterdag)).toBe(1);
    expect(weekdag(rij.koningsdag)).not.toBe(7);
  });

  it('records the legal basis of each day', () => {
    const grondslag = Object.fromEntries(algemeenErkendeFeestdagen(2026).map((d) => [d.naam, d.grondslag]));
    expect(grondslag).toEqual({
      Nieuwjaarsdag: 'Atw art. 3 lid 1',
      'Goede Vrijdag': 'Atw art. 3 lid 2',
      'Eerste Paasdag': 'zondag',
      'Tweede Paasdag': 'Atw art. 3 lid 1',
      Koningsdag: 'Atw art. 3 lid 1',
      Bevrijdingsdag: 'Atw art. 3 lid 1',
      Hemelvaartsdag: 'Atw art. 3 lid 1',
      'Eerste Pinksterdag': 'zondag',
      'Tweede Pinksterdag': 'Atw art. 3 lid 1',
      'Eerste Kerstdag': 'Atw art. 3 lid 1',
      'Tweede Kerstdag': 'Atw art. 3 lid 1',
    });
  });

  it('keeps both entries when Hemelvaartsdag falls on 5 May (2016)', () => {
    expect(feestdagenOp('2016-05-05').map((d) => d.naam)).toEqual(['Bevrijdingsdag', 'Hemelvaartsdag']);
  });

  it('returns an immutable list', () => {
    const dagen = algemeenErkendeFeestdagen(2030);
    expect(Object.isFrozen(dagen)).toBe(true);
    expect(Object.isFrozen(dagen[0])).toBe(true);
  });

  it('refuses years before Koningsdag existed (2014) and the Wmo 2015', () => {
    expect(() => algemeenErkendeFeestdagen(2013)).toThrow(TermijnFout);
    expect(() => koningsdag(2013)).toThrow(TermijnFout);
    expect(algemeenErkendeFeestdagen(2014).find((d) => d.naam === 'Koningsdag')?.datum).toBe('2014-04-26');
  });
});

describe('koningsdag', () => {
  // Years where 27 April is a Sunday → Saturday 26 April (2014–2099, checked against a weekday table).
  const ZONDAGJAREN = [2014, 2025, 2031, 2036, 2042, 2053, 2059, 2064, 2070, 2081, 2087, 2092, 2098];

  it.each(ZONDAGJAREN)('%i: 27 April is a Sunday → 26 April', (jaar) => {
    expect(weekdag(`${jaar}-04-27`)).toBe(7);
    expect(koningsdag(jaar)).toBe(`${jaar}-04-26`);
  });

  it('is 27 April in every other year 2014–2099', () => {
    for (let jaar = 2014; jaar <= 2099; jaar++) {
      if (!ZONDAGJAREN.includes(jaar)) expect(koningsdag(jaar)).toBe(`${jaar}-04-27`);
    }
  });
});
