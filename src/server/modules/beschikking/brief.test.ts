import { describe, expect, it } from 'vitest';
import { omvang } from './brief.ts';

describe('omvang in de beschikkingsbrief (issue 15, punt 9)', () => {
  it.each([
    [{ volume: 3, eenheid: '04', frequentie: '2' }, '3 uur per week'],
    [{ volume: 1.5, eenheid: '04', frequentie: '2' }, '1,5 uur per week'],
    [{ volume: 45, eenheid: '01', frequentie: '1' }, '45 minuten per dag'],
    [{ volume: 1, eenheid: '14', frequentie: '4' }, '1 etmaal per maand'],
    [{ volume: 5158.4, eenheid: '83', frequentie: '6' }, '€ 5.158,40 in totaal'],
    [{ volume: null, eenheid: null, frequentie: null }, ''],
  ])('%o → %s', (v, tekst) => {
    expect(omvang(v as never)).toBe(tekst);
  });
});
