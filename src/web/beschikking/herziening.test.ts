import { describe, expect, it } from 'vitest';
import {
  beschikkingKenmerk,
  beschikkingstermijnLicht,
  herindicatiePeriode,
  looptOp,
  plusJaar,
  regelsVoorWijziging,
  veiligPlusDagen,
  volgIngang,
  voorstelPer,
} from './herziening.ts';
import { legeRegel } from './regels.ts';
import type { Voorziening } from './types.ts';

function voorziening(patch: Partial<Voorziening>): Voorziening {
  return {
    id: 'v1',
    besluit: 'toekenning',
    motivering: 'Oude motivering',
    product: { id: 'p1', naam: 'Hulp bij het huishouden' },
    productcategorie: '01',
    productcode: '01A01',
    volume: 3,
    eenheid: '04',
    frequentie: '2',
    leveringsvorm: 'zin',
    pgbBudget: null,
    aanbieder: { id: 'a1', naam: 'Thuiszorg' },
    ingangsdatum: '2026-01-01',
    einddatum: '2026-12-31',
    herindicatiedatum: '2026-11-01',
    beeindigdOp: null,
    ...patch,
  };
}

describe('datums', () => {
  it.each([
    ['2026-06-15', '2027-06-15'],
    ['2024-02-29', '2025-03-01'],
    ['2027-12-31', '2028-12-31'],
    ['2026-13-01', null],
    ['', null],
  ])('plusJaar(%s) = %s', (datum, uit) => {
    expect(plusJaar(datum)).toBe(uit);
  });

  it('telt dagen op en laat een half getypte datum met rust', () => {
    expect(veiligPlusDagen('2026-12-31', 1)).toBe('2027-01-01');
    expect(veiligPlusDagen('2026-1', 1)).toBeNull();
  });
});

describe('lichte herindicatie: nieuwe periode', () => {
  it.each([
    ['2026-06-30', '2026-07-01', '2027-06-30'],
    ['2026-12-31', '2027-01-01', '2027-12-31'],
    // Ingang 29 februari: een jaar later is 1 maart, dus de periode eindigt op 28 februari.
    ['2024-02-28', '2024-02-29', '2025-02-28'],
    ['2027-02-28', '2027-03-01', '2028-02-29'],
  ])('na einddatum %s: van %s tot en met %s', (eind, ingang, nieuwEind) => {
    expect(herindicatiePeriode(eind)).toEqual({ ingangsdatum: ingang, einddatum: nieuwEind });
  });

  it('geeft geen voorstel zonder geldige einddatum', () => {
    expect(herindicatiePeriode('onbekend')).toBeNull();
  });
});

describe('wijziging', () => {
  it('weet welke regels op een datum lopen', () => {
    expect(looptOp(voorziening({}), '2026-12-31')).toBe(true);
    expect(looptOp(voorziening({}), '2027-01-01')).toBe(false);
    expect(looptOp(voorziening({ einddatum: null }), '2030-01-01')).toBe(true);
    expect(looptOp(voorziening({ besluit: 'afwijzing', ingangsdatum: null }), '2026-06-01')).toBe(false);
  });

  it('stelt morgen voor, of de dag na de ingang als die nog moet komen', () => {
    expect(voorstelPer([voorziening({})], '2026-06-10')).toBe('2026-06-11');
    expect(voorstelPer([voorziening({ ingangsdatum: '2026-06-20' })], '2026-06-10')).toBe('2026-06-21');
    expect(voorstelPer([], '2026-06-10')).toBe('2026-06-11');
  });

  it('neemt de lopende toekenningen over met de wijzigingsdatum als ingang en een lege motivering', () => {
    const regels = regelsVoorWijziging(
      [
        voorziening({}),
        voorziening({ id: 'v2', einddatum: '2026-03-31' }),
        voorziening({ id: 'v3', besluit: 'afwijzing', ingangsdatum: null, einddatum: null }),
      ],
      '2026-06-01',
    );
    expect(regels).toHaveLength(1);
    expect(regels[0]).toMatchObject({
      besluit: 'toekenning',
      productId: 'p1',
      volume: '3',
      leveringsvorm: 'zin',
      aanbiederId: 'a1',
      ingangsdatum: '2026-06-01',
      einddatum: '2026-12-31',
      herindicatiedatum: '2026-11-01',
      motivering: '',
    });
  });

  it('laat regels die nog op de oude datum beginnen de nieuwe datum volgen', () => {
    const a = { ...legeRegel(), ingangsdatum: '2026-06-01' };
    const b = { ...legeRegel(), ingangsdatum: '2026-07-01' };
    const uit = volgIngang([a, b], '2026-06-01', '2026-06-15');
    expect(uit.map((r) => r.ingangsdatum)).toEqual(['2026-06-15', '2026-07-01']);
    expect(volgIngang([a], '2026-06-01', '2026-06-01')[0]).toEqual(a);
  });
});

describe('beschikkingstermijn als stoplicht met tekst', () => {
  it.each([
    [-2, 'verlopen', 'Verlopen', '2 dagen te laat'],
    [-1, 'verlopen', 'Verlopen', '1 dag te laat'],
    [0, 'binnen-drie-werkdagen', 'Binnen 3 dagen', 'Vandaag is de laatste dag'],
    [3, 'binnen-drie-werkdagen', 'Binnen 3 dagen', 'Nog 3 dagen'],
    [4, 'binnen-twee-weken', 'Binnen 2 weken', 'Nog 4 dagen'],
    [14, 'binnen-twee-weken', 'Binnen 2 weken', 'Nog 14 dagen'],
    [15, 'ruim', 'Ruim op tijd', 'Nog 15 dagen'],
  ])('%i dagen over: %s', (dagen, licht, tekst, uitleg) => {
    expect(beschikkingstermijnLicht(dagen)).toEqual({ licht, tekst, uitleg });
  });

  it('schrijft het kenmerk zoals de server', () => {
    expect(beschikkingKenmerk(42)).toBe('B-000042');
  });
});
