import { describe, expect, it } from 'vitest';
import { aantalTekst, celTekst, fteTekst, kopTekst, maandTekst } from './opmaak.ts';

describe('monitoring leesbaar (issue 15)', () => {
  it.each([
    [1, '1,0'],
    [0.89, '0,89'],
    [20.41, '20,41'],
    [1.1, '1,1'],
  ])('fte %d → %s (één formatter)', (n, verwacht) => {
    expect(fteTekst(n)).toBe(verwacht);
  });

  it.each([
    ['fte', 1, '1,0'],
    ['fte_beschikbaar', 20.41, '20,41'],
    ['per_fte', 1.5, '1,5'],
    ['aantal', 1500, '1.500'],
    ['aandeel', 0.25, '25%'],
    ['maand', '2026-12', 'december 2026'],
    ['datum', '2026-12-07', '7 december 2026'],
    ['productcategorie', 'vervoersdiensten', 'Vervoersdiensten'],
    ['aantal', '<5', '<5'],
  ] as const)('cel %s %j → %s', (sleutel, waarde, verwacht) => {
    expect(celTekst(sleutel, waarde).replace(/\s/g, '')).toBe(verwacht.replace(/\s/g, ''));
  });

  it('koppen met een hoofdletter, hele aantallen op de as, maanden in woorden', () => {
    expect(kopTekst('open meldingen')).toBe('Open meldingen');
    expect(aantalTekst(2)).toBe('2');
    expect(aantalTekst(1500)).toBe('1.500');
    expect(maandTekst('2026-01')).toBe('januari 2026');
    expect(maandTekst('geen maand')).toBe('geen maand');
  });
});
