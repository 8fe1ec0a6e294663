import { describe, expect, it } from 'vitest';
import { prognose, toegestaanVolume, verplichtBedrag } from './bedragen.ts';
import { beoordeelPrestatie, nieuwEerder, type Prestatie, type Toewijzing } from './beoordeling.ts';

const JAAR = { begin: '2026-01-01', eind: '2026-12-31' };

describe('verplichtBedrag: omvang (WMO757 frequentie) × contracttarief over de periode', () => {
  it.each([
    // [omschrijving, volume, frequentie, tarief (cent), toewijzing, verwacht (cent)]
    [
      '3 uur per week, heel 2026 (365 dagen)',
      3,
      '2',
      2750,
      { begin: '2026-01-01', eind: '2026-12-31' },
      Math.round((3 * 365 * 2750) / 7),
    ],
    ['3 uur per week, 7 dagen', 3, '2', 2750, { begin: '2026-03-02', eind: '2026-03-08' }, 3 * 2750],
    ['per maand, januari t/m maart', 10, '4', 1000, { begin: '2026-01-01', eind: '2026-03-31' }, 30 * 1000],
    ['per maand, halve april (1–15)', 10, '4', 1000, { begin: '2026-04-01', eind: '2026-04-15' }, 5 * 1000],
    ['per dag, 10 dagen', 2, '1', 500, { begin: '2026-05-01', eind: '2026-05-10' }, 20 * 500],
    [
      'totaal, geheel binnen het jaar',
      100,
      '6',
      1000,
      { begin: '2026-02-01', eind: '2026-06-30' },
      100 * 1000,
    ],
    [
      'totaal, half in het jaar (2026-07-02 t/m 2027-06-30: 183 van 364 dagen)',
      364,
      '6',
      100,
      { begin: '2026-07-02', eind: '2027-06-30' },
      183 * 100,
    ],
    [
      'doorlopend (geen einddatum): tot het einde van het jaar',
      1,
      '1',
      100,
      { begin: '2026-12-22', eind: null },
      10 * 100,
    ],
    ['buiten het jaar', 3, '2', 2750, { begin: '2025-01-01', eind: '2025-12-31' }, 0],
  ] as const)('%s', (_o, volume, frequentie, tarief, toewijzing, verwacht) => {
    expect(verplichtBedrag({ volume, frequentie }, tarief, toewijzing, JAAR)).toBe(verwacht);
  });

  it('een toewijzing over de jaargrens telt per jaar alleen haar eigen dagen', () => {
    const t = { begin: '2026-12-01', eind: '2027-01-31' };
    const a = toegestaanVolume({ volume: 10, frequentie: '4' }, t, JAAR);
    const b = toegestaanVolume({ volume: 10, frequentie: '4' }, t, {
      begin: '2027-01-01',
      eind: '2027-12-31',
    });
    expect([a, b]).toEqual([10, 10]);
  });
});

describe('prognose: lineaire extrapolatie van het gerealiseerde tot het einde van het jaar', () => {
  it.each([
    ['halverwege (peildatum 2 juli 2026, 183 van 365 dagen)', '2026-07-02', 183_000, 500_000, 365_000],
    ['nog niets gerealiseerd: verplicht', '2026-03-31', 0, 400_000, 400_000],
    ['jaar voorbij: het gerealiseerde', '2027-01-31', 350_000, 400_000, 350_000],
    ['peildatum vóór het jaar, niets gerealiseerd: verplicht', '2025-12-31', 0, 1000, 1000],
  ] as const)('%s', (_o, peildatum, gerealiseerd, verplicht, verwacht) => {
    expect(prognose({ jaar: 2026, peildatum, gerealiseerd, verplicht })).toBe(verwacht);
  });
});

describe('beoordeelPrestatie: retourcodes WJ001 (iWmo 3.2)', () => {
  const t: Toewijzing = {
    id: 't1',
    bsn: '999990019',
    categorie: '01',
    productcode: '01A01',
    begin: '2026-06-15',
    eind: '2027-06-14',
    redenWijziging: null,
    volume: 3,
    eenheid: '04',
    frequentie: '2',
    tarief: 2750,
  };
  const p = (x: Partial<Prestatie> = {}): Prestatie => ({
    bsn: '999990019',
    referentie: 'R1',
    toewijzingnummer: 1,
    categorie: '01',
    productcode: '01A01',
    periode: { begin: '2026-07-01', eind: '2026-07-31' },
    volume: 13,
    eenheid: '04',
    tarief: 2750,
    bedrag: 13 * 2750,
    debetCredit: 'D',
    ...x,
  });
  it.each([
    ['juist', p(), []],
    ['TR304 andere cliënt', p({ bsn: '999990020' }), ['8187']],
    ['TR339 andere categorie', p({ categorie: '02' }), ['9339']],
    ['TR340 andere productcode', p({ productcode: '01A02' }), ['9340']],
    [
      'TR307/TR308 vóór de toewijzing',
      p({ periode: { begin: '2026-06-01', eind: '2026-06-10' }, volume: 1, bedrag: 2750 }),
      ['9307', '9308'],
    ],
    ['TR341 andere eenheid', p({ eenheid: '01', volume: 13 }), ['9341']],
    ['TR418 ander tarief', p({ tarief: 3000, bedrag: 13 * 3000 }), ['0611']],
    ['TR346 bedrag ≠ volume × tarief', p({ bedrag: 1 }), ['9346']],
    ['TR321 meer dan 3 uur × 31/7 in juli (14)', p({ volume: 15, bedrag: 15 * 2750 }), ['9321']],
    ['TR323 credit zonder debet', p({ debetCredit: 'C', referentie: 'C1', vorigeReferentie: 'X' }), ['8017']],
  ] as const)('%s', (_o, prestatie, codes) => {
    expect(beoordeelPrestatie(prestatie, t, nieuwEerder())).toEqual(codes);
  });

  it('TR338 onbekende toewijzing (niet van deze gemeente of aanbieder)', () => {
    expect(beoordeelPrestatie(p(), undefined, undefined)).toEqual(['9338']);
  });

  it('TR314 dubbel en TR322 opgeteld volume; een credit maakt opnieuw declareren mogelijk', () => {
    const e = nieuwEerder();
    expect(beoordeelPrestatie(p({ volume: 10, bedrag: 27_500 }), t, e)).toEqual([]);
    expect(beoordeelPrestatie(p({ volume: 1, bedrag: 2750 }), t, e)).toEqual(['8021']);
    expect(beoordeelPrestatie(p({ referentie: 'R2', volume: 5, bedrag: 5 * 2750 }), t, e)).toEqual(['9322']);
    const credit = p({
      referentie: 'C1',
      vorigeReferentie: 'R1',
      debetCredit: 'C',
      volume: 10,
      bedrag: 27_500,
    });
    expect(beoordeelPrestatie(credit, t, e)).toEqual([]);
    expect(beoordeelPrestatie(credit, t, e)).toEqual(['9390']);
    expect(beoordeelPrestatie(p({ referentie: 'R2', volume: 5, bedrag: 5 * 2750 }), t, e)).toEqual([]);
  });
});
