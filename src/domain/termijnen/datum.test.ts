import { describe, expect, it } from 'vitest';
import {
  dagnummer,
  isIsoDatum,
  leesDatum,
  plusDagen,
  plusWeken,
  TermijnFout,
  vanDagnummer,
  verschilInDagen,
  weekdag,
} from './datum.ts';

describe('plain ISO dates', () => {
  it.each([
    '2024-13-01',
    '2024-00-10',
    '2023-02-29', // not a leap year
    '2100-02-29', // not a leap year (century)
    '2024-04-31',
    '2024-4-1',
    '24-04-01',
    '2024-04-01T00:00:00Z',
    ' 2024-04-01',
    '0000-01-01',
    '',
    'morgen',
  ])('rejects %j with a TermijnFout (code ongeldige-datum)', (waarde) => {
    expect(isIsoDatum(waarde)).toBe(false);
    expect(() => leesDatum(waarde)).toThrow(TermijnFout);
    try {
      dagnummer(waarde);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TermijnFout);
      expect((e as TermijnFout).code).toBe('ongeldige-datum');
    }
  });

  it('rejects non-strings', () => {
    expect(() => leesDatum(20240101 as unknown as string)).toThrow(TermijnFout);
    expect(() => leesDatum(undefined as unknown as string)).toThrow(TermijnFout);
  });

  it.each(['2024-02-29', '2000-02-29', '1970-01-01', '0001-01-01', '9999-12-31'])('accepts %s', (d) => {
    expect(isIsoDatum(d)).toBe(true);
    expect(vanDagnummer(dagnummer(d))).toBe(d);
  });

  it('agrees with Date.UTC for every day 1990–2110 (independent check)', () => {
    const dag = 86_400_000;
    for (let n = dagnummer('1990-01-01'); n <= dagnummer('2110-12-31'); n++) {
      const iso = new Date(n * dag).toISOString().slice(0, 10);
      expect(vanDagnummer(n)).toBe(iso);
      expect(dagnummer(iso)).toBe(n);
      expect(weekdag(iso)).toBe(((new Date(n * dag).getUTCDay() + 6) % 7) + 1);
    }
  });

  it.each([
    ['1970-01-01', 4], // donderdag
    ['2024-02-29', 4], // donderdag
    ['2025-04-26', 6], // zaterdag
    ['2025-04-27', 7], // zondag
    ['2026-01-01', 4], // donderdag
  ])('weekdag(%s) = %i', (d, wd) => {
    expect(weekdag(d)).toBe(wd);
  });

  it('adds days and weeks across month, leap-day and year boundaries', () => {
    expect(plusDagen('2024-01-18', 42)).toBe('2024-02-29');
    expect(plusDagen('2023-01-18', 42)).toBe('2023-03-01');
    expect(plusDagen('2024-12-31', 1)).toBe('2025-01-01');
    expect(plusDagen('2025-01-01', -1)).toBe('2024-12-31');
    expect(plusWeken('2024-11-20', 6)).toBe('2025-01-01');
    expect(plusWeken('2028-02-15', 2)).toBe('2028-02-29');
    expect(verschilInDagen('2024-01-01', '2025-01-01')).toBe(366);
    expect(verschilInDagen('2025-01-01', '2024-12-25')).toBe(-7);
  });

  it('rejects non-integer amounts', () => {
    expect(() => plusDagen('2024-01-01', 1.5)).toThrow(TermijnFout);
    expect(() => plusWeken('2024-01-01', Number.NaN)).toThrow(TermijnFout);
    expect(() => plusDagen('9999-12-31', 1)).toThrow(TermijnFout);
  });
});
