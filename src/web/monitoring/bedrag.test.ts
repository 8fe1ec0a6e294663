import { describe, expect, it } from 'vitest';
import { leesBedrag } from './bedrag.ts';

describe('leesBedrag: een bedrag zoals een Nederlander het typt', () => {
  it.each([
    ['125.000,00', 125000],
    ['1.234,56', 1234.56],
    ['€ 1.234,5', 1234.5],
    ['1234,56', 1234.56],
    ['1234.56', 1234.56],
    ['1.234.567', 1234567],
    ['0', 0],
    ['-50', -50],
    ['-1.234,56', -1234.56],
  ])('%s → %d', (invoer, verwacht) => {
    expect(leesBedrag(invoer)).toBe(verwacht);
  });

  it.each([['twaalf'], ['1,2,3'], ['12a']])(
    '%s gaat zoals getypt naar de server, die het veld noemt',
    (invoer) => {
      expect(leesBedrag(invoer)).toBe(invoer);
    },
  );
});
