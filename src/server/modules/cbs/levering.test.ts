import { describe, expect, it } from 'vitest';
import { naarCbsRij, periodeGrenzen, pseudoniem, type VoorzieningBron, valideer } from './levering.ts';

const bron = (over: Partial<VoorzieningBron> = {}): VoorzieningBron => ({
  voorziening_id: 'v1',
  gemeente_code: '0150',
  bsn: '999993653',
  productcategorie: '01',
  productcode: '01A01',
  leveringsvorm: 'zin',
  aanbieder_agb: '12345678',
  ingangsdatum: '2026-01-01',
  einde: '2026-12-31',
  beeindigd_door_soort: null,
  reden_wijziging: null,
  ...over,
});

describe('CBS-levering: rij en validatie', () => {
  const h2 = periodeGrenzen(2026, 2);
  it('halfjaren', () => {
    expect(periodeGrenzen(2026, 1)).toEqual({ van: '2026-01-01', tot: '2026-06-30', naam: '2026-H1' });
    expect(h2.naam).toBe('2026-H2');
  });
  it('pseudoniem: stabiel per sleutel, niet terug te rekenen zonder', () => {
    expect(pseudoniem('999993653', 'a')).toBe(pseudoniem('999993653', 'a'));
    expect(pseudoniem('999993653', 'a')).not.toBe(pseudoniem('999993653', 'b'));
    expect(pseudoniem('999993653', 'a')).toMatch(/^[0-9a-f]{32}$/);
  });
  it.each([
    ['einde looptijd in de periode', bron(), 'einde-looptijd'],
    [
      'ingetrokken',
      bron({ einde: '2026-09-30', beeindigd_door_soort: 'intrekking', reden_wijziging: '02' }),
      'intrekking (02)',
    ],
    [
      'gewijzigd besluit',
      bron({ einde: '2026-09-30', beeindigd_door_soort: 'wijziging' }),
      'gewijzigd-besluit',
    ],
    ['loopt door na de periode', bron({ einde: '2027-06-30' }), null],
  ] as const)('reden beëindiging: %s', (_n, b, reden) => {
    expect(naarCbsRij(b, h2, 'k').redenBeeindiging).toBe(reden);
  });
  it('telt ontbrekende en ongeldige velden per rij', () => {
    const rijen = [
      naarCbsRij(bron({ bsn: null, aanbieder_agb: null }), h2, 'k'),
      naarCbsRij(bron({ leveringsvorm: 'pgb', aanbieder_agb: null }), h2, 'k'),
      naarCbsRij(bron({ productcategorie: null, ingangsdatum: null }), h2, 'k'),
    ];
    const fouten = valideer(rijen);
    expect(fouten.map((f) => [f.rij, f.veld])).toEqual([
      [1, 'pseudoniem'],
      [1, 'aanbiederAgb'],
      [3, 'productcategorie'],
      [3, 'datumAanvang'],
    ]);
  });
});
