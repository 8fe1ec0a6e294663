import { describe, expect, it } from 'vitest';
import { formatEuro, formatGetal } from './bedrag.ts';

describe('bedragen en getallen in brieven (issue 15, punt 9)', () => {
  it.each([
    [5158.4, '€ 5.158,40'],
    [0, '€ 0,00'],
    [999.999, '€ 1.000,00'],
    [1234567.5, '€ 1.234.567,50'],
    [-12, '€ -12,00'],
  ])('formatEuro(%s) = %s', (n, tekst) => expect(formatEuro(n)).toBe(tekst));
  it.each([
    [3, '3'],
    [1.5, '1,5'],
    [0.75, '0,75'],
    [12000, '12.000'],
  ])('formatGetal(%s) = %s', (n, tekst) => expect(formatGetal(n)).toBe(tekst));
});
