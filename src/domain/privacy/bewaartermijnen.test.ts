import { describe, expect, it } from 'vitest';
import { beoordeelBewaring, type DossierFeiten } from './bewaartermijnen.ts';

const termijnen = { 'wmo-met-voorziening': { jaren: 15 }, 'wmo-zonder-voorziening': { jaren: 5 } };
const leeg: DossierFeiten = {
  openZaak: false,
  bewaarplicht: false,
  voorzieningEinden: [],
  laatsteAfsluiting: null,
};

// Archiefwet art. 5 and the Selectielijst: 15 years after the end of a provision, 5 without one.
describe('beoordeelBewaring', () => {
  it.each([
    [
      'geen voorziening, 5 jaar na afsluiting verstreken',
      { ...leeg, laatsteAfsluiting: '2019-03-01' },
      '2024-03-02',
      true,
    ],
    [
      'geen voorziening, laatste dag van de termijn',
      { ...leeg, laatsteAfsluiting: '2019-03-01' },
      '2024-03-01',
      false,
    ],
    [
      'voorziening, 15 jaar na einde',
      { ...leeg, voorzieningEinden: ['2009-12-31'], laatsteAfsluiting: '2008-01-10' },
      '2025-01-01',
      true,
    ],
    ['voorziening, pas 14 jaar', { ...leeg, voorzieningEinden: ['2011-06-30'] }, '2025-07-01', false],
    [
      'de langste voorziening telt',
      { ...leeg, voorzieningEinden: ['2005-01-01', '2015-01-01'] },
      '2025-01-02',
      false,
    ],
    ['lopende voorziening', { ...leeg, voorzieningEinden: ['2005-01-01', null] }, '2040-01-01', false],
    ['open zaak', { ...leeg, openZaak: true, laatsteAfsluiting: '2000-01-01' }, '2040-01-01', false],
    [
      'bewaarplicht (bezwaar of rechtszaak)',
      { ...leeg, bewaarplicht: true, laatsteAfsluiting: '2000-01-01' },
      '2040-01-01',
      false,
    ],
    ['geen dossier', leeg, '2040-01-01', false],
  ])('%s', (_naam, feiten, peildatum, verwacht) => {
    expect(beoordeelBewaring(feiten, termijnen, peildatum).vernietigen).toBe(verwacht);
  });

  it('noemt de reden als het dossier blijft', () => {
    expect(beoordeelBewaring({ ...leeg, openZaak: true }, termijnen, '2030-01-01')).toEqual({
      vernietigen: false,
      reden: 'open-zaak',
    });
  });

  it('29 februari plus een niet-schrikkeljaar eindigt op 28 februari', () => {
    const b = beoordeelBewaring({ ...leeg, laatsteAfsluiting: '2020-02-29' }, termijnen, '2025-03-01');
    expect(b).toMatchObject({ vernietigen: true, termijnVerstreken: '2025-02-28' });
  });

  it('een termijn van 0 jaar (kort ingesteld) laat vernietigen vanaf de dag na het einde', () => {
    const kort = { 'wmo-met-voorziening': { jaren: 0 }, 'wmo-zonder-voorziening': { jaren: 0 } };
    expect(
      beoordeelBewaring({ ...leeg, voorzieningEinden: ['2020-01-01'] }, kort, '2020-01-02').vernietigen,
    ).toBe(true);
  });
});
