import { describe, expect, it } from 'vitest';
import { REDENEN_VERZOEK as SERVER_REDENEN_VERZOEK } from '../../domain/iwmo/berichtsoorten.ts';
import { REDENEN_AFWIJZING_VERZOEK } from '../../domain/iwmo/wmo319.ts';
import { productRegel, REDENEN_AFWIJZING, REDENEN_VERZOEK } from './verzoeken.ts';

describe('verzoeken op het scherm', () => {
  it('kent dezelfde codelijsten WJ759 en WJ758 als de server', () => {
    expect(REDENEN_AFWIJZING).toEqual(REDENEN_AFWIJZING_VERZOEK);
    expect(REDENEN_VERZOEK).toEqual(SERVER_REDENEN_VERZOEK);
  });

  it.each([
    [
      {
        soort: 'aangevraagd' as const,
        product: { categorie: '01', code: '01A01' },
        omvang: { volume: 3, eenheid: '04', frequentie: '2' },
      },
      'Gevraagd: Hulp bij het huishouden (01A01), 3 uur per week',
    ],
    [{ soort: 'ongewijzigd' as const, toewijzingNummer: 12 }, 'Ongewijzigd: toewijzing 12'],
    [
      { soort: 'te-wijzigen' as const, toewijzingNummer: 12, budget: 120050 },
      'Wijzigen: toewijzing 12, budget € 1.200,50',
    ],
    [{ soort: 'nieuw' as const }, 'Nieuw: Geen product genoemd'],
  ])('beschrijft een gevraagd product in één regel', (p, tekst) => {
    expect(productRegel(p).replace(/\s/g, ' ')).toBe(tekst);
  });
});
