import { describe, expect, it } from 'vitest';
import { legeRegel, naarInvoer, parseVolume, type Regel, sorteerFouten } from './regels.ts';

function regel(patch: Partial<Regel>): Regel {
  return { ...legeRegel(), ...patch };
}

describe('beschikkingsregels', () => {
  it('stuurt bij een afwijzing alleen besluit, motivering en product of categorie', () => {
    const r = regel({
      besluit: 'afwijzing',
      motivering: 'Zie onderzoek',
      productcategorie: '08',
      volume: '3',
    });
    expect(naarInvoer(r)).toEqual({
      besluit: 'afwijzing',
      motivering: 'Zie onderzoek',
      productId: null,
      productcategorie: '08',
    });
  });

  it('stuurt bij pgb geen aanbieder en lege datums als null', () => {
    const r = regel({
      besluit: 'toekenning',
      leveringsvorm: 'pgb',
      aanbiederId: 'x',
      volume: '2',
      ingangsdatum: '2026-06-15',
    });
    expect(naarInvoer(r)).toMatchObject({
      aanbiederId: null,
      volume: 2,
      einddatum: null,
      ingangsdatum: '2026-06-15',
    });
  });

  it('geeft wat geen getal is ongewijzigd door, zodat de server het veld noemt', () => {
    expect(parseVolume('')).toBeNull();
    expect(parseVolume(' 3 ')).toBe(3);
    expect(parseVolume('drie')).toBe('drie');
  });

  it('zet fouten bij de regel die toen op die plaats stond, ook na verwijderen', () => {
    const a = regel({ besluit: 'toekenning', leveringsvorm: 'zin' });
    const b = regel({ besluit: 'toekenning', leveringsvorm: 'pgb' });
    const c = regel({ besluit: 'afwijzing' });
    const params = [
      { name: 'voorzieningen.1.leveringsvorm', code: 'OP043', reason: 'Overlap' },
      { name: 'voorzieningen.0.eenheid', code: 'verplicht', reason: 'Eenheid' },
      { name: 'voorzieningen.2.volume', code: 'x', reason: 'Niet op het scherm' },
      { name: 'voorzieningen.3.motivering', code: 'x', reason: 'Verwijderd' },
      { name: 'voorzieningen', code: 'too_small', reason: 'Minstens één' },
      { name: 'toelichting', code: 'too_big', reason: 'Te lang' },
    ];
    const d = regel({});
    // d was sent fourth and removed since.
    const f = sorteerFouten(params, [a.sleutel, b.sleutel, c.sleutel, d.sleutel], [a, b, c]);
    expect(f.velden[b.sleutel]).toEqual({ leveringsvorm: 'Overlap' });
    // The eenheid comes from the product: shown at the product.
    expect(f.velden[a.sleutel]).toEqual({ productId: 'Eenheid' });
    // An afwijzing shows no volume: the reason goes to the line itself.
    expect(f.regel[c.sleutel]).toEqual(['Niet op het scherm']);
    expect(f.velden[d.sleutel]).toBeUndefined();
    expect(f.algemeen).toEqual({ toelichting: 'Te lang' });
    expect(f.overig.map((p) => p.name)).toEqual(['voorzieningen']);
  });
});
