import { describe, expect, it } from 'vitest';
import { alsInvoer, buitenGrenzen, grenzenUitleg, leesDatum } from './datum.ts';

describe('leesDatum: dd-mm-jjjj in, YYYY-MM-DD uit', () => {
  it.each([
    ['7-12-2026', '2026-12-07'],
    ['07-12-2026', '2026-12-07'],
    ['7/12/2026', '2026-12-07'],
    ['7.12.2026', '2026-12-07'],
    [' 07122026 ', '2026-12-07'],
    ['2026-12-07', '2026-12-07'],
    ['29-2-2028', '2028-02-29'],
  ])('%s → %s', (invoer, iso) => {
    expect(leesDatum(invoer)).toEqual({ soort: 'datum', iso });
  });

  it.each([
    ['31-02-2026', '31-02-2026 bestaat niet'],
    ['29-2-2027', '29-02-2027 bestaat niet'],
    ['7-13-2026', 'Maand 13 bestaat niet'],
    ['12/7/26', 'dd-mm-jjjj'],
    ['morgen', 'dd-mm-jjjj'],
    ['7-12-0026', 'jaar'],
  ])('%s is geen datum: %s', (invoer, reden) => {
    const r = leesDatum(invoer);
    expect(r.soort).toBe('fout');
    expect(r.soort === 'fout' && r.reden).toContain(reden);
  });

  it('leeg is leeg', () => expect(leesDatum('  ')).toEqual({ soort: 'leeg' }));
  it('een ISO-datum wordt dd-mm-jjjj in het invoerveld; wat getypt is blijft', () => {
    expect(alsInvoer('2026-12-07')).toBe('07-12-2026');
    expect(alsInvoer('31-02')).toBe('31-02');
    expect(alsInvoer(null)).toBe('');
  });
  it('grenzen in woorden en als fout', () => {
    expect(grenzenUitleg({ totEnMet: '2026-12-07' }, '2026-12-07')).toBe('Niet in de toekomst.');
    expect(grenzenUitleg({ vanaf: '2015-01-01', totEnMet: '2026-12-07' }, '2026-12-07')).toBe(
      'Tussen 1 januari 2015 en vandaag.',
    );
    expect(buitenGrenzen('2026-12-08', { totEnMet: '2026-12-07' }, '2026-12-07')).toContain('toekomst');
    expect(buitenGrenzen('2014-12-31', { vanaf: '2015-01-01' }, '2026-12-07')).toBe(
      'Vul een datum in vanaf 1 januari 2015.',
    );
    expect(buitenGrenzen('2020-01-01', { vanaf: '2015-01-01' }, '2026-12-07')).toBeNull();
  });
});
