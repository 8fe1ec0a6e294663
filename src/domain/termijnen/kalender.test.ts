import { describe, expect, it } from 'vitest';
import { plusDagen, TermijnFout, weekdag } from './datum.ts';
import { algemeenErkendeFeestdagen } from './feestdagen.ts';
import {
  DEFAULT_GELIJKGESTELDE_DAGEN,
  gelijkgesteldeDagOp,
  type Kalender,
  LEGE_KALENDER,
  STANDAARD_KALENDER,
  valideerKalender,
} from './kalender.ts';

describe('gelijkgestelde dagen (Atw art. 3 lid 3)', () => {
  it('lists exactly the days named in the 2023–2025 and 2026–2028 decrees', () => {
    expect(DEFAULT_GELIJKGESTELDE_DAGEN.map((d) => d.datum)).toEqual([
      '2023-04-28',
      '2023-05-19',
      '2024-05-10',
      '2024-12-27',
      '2025-05-30',
      '2026-01-02',
      '2026-05-15',
      '2027-05-07',
      '2028-04-28',
      '2028-05-26',
    ]);
  });

  it.each(DEFAULT_GELIJKGESTELDE_DAGEN)('$datum is a Friday right after a Thursday feestdag', ({ datum }) => {
    expect(weekdag(datum)).toBe(5);
    const donderdag = plusDagen(datum, -1);
    const jaar = Number(donderdag.slice(0, 4));
    expect(algemeenErkendeFeestdagen(jaar).some((f) => f.datum === donderdag)).toBe(true);
  });

  it('the standard calendar is valid; the empty calendar has no days', () => {
    expect(valideerKalender(STANDAARD_KALENDER)).toBe(STANDAARD_KALENDER);
    expect(LEGE_KALENDER.gelijkgesteld).toHaveLength(0);
    expect(gelijkgesteldeDagOp('2025-05-30', STANDAARD_KALENDER)?.omschrijving).toMatch(/Hemelvaartsdag/);
    expect(gelijkgesteldeDagOp('2025-05-30', LEGE_KALENDER)).toBeUndefined();
  });

  it.each([
    [{ gelijkgesteld: [{ datum: '2025-02-30', omschrijving: 'x' }] }],
    [{ gelijkgesteld: [{ datum: '30-05-2025', omschrijving: 'x' }] }],
    [{ gelijkgesteld: [{ datum: '2025-05-30', omschrijving: ' ' }] }],
    [{ gelijkgesteld: undefined }],
  ])('rejects an invalid calendar %j', (kalender) => {
    expect(() => valideerKalender(kalender as unknown as Kalender)).toThrow(TermijnFout);
  });
});
