import { describe, expect, it } from 'vitest';
import { isGeldigBsn } from '../../../domain/bsn/bsn.ts';
import { mulberry32 } from '../../../domain/bsn/prng.ts';
import { maakTestBsnGeneratorVoorGemeente } from './bsn.ts';

describe('maakTestBsnGeneratorVoorGemeente', () => {
  it('hands out every valid 999 test BSN once, never an official test person, deterministically', () => {
    const gen = maakTestBsnGeneratorVoorGemeente(mulberry32(5), new Set());
    const alle: string[] = [];
    for (;;) {
      try {
        alle.push(gen());
      } catch {
        break;
      }
    }
    expect(alle.length).toBeGreaterThan(89_000);
    expect(new Set(alle).size).toBe(alle.length);
    for (const b of alle) {
      expect(b).toMatch(/^999(?!99)[0-9]{6}$/);
      expect(isGeldigBsn(b)).toBe(true);
    }
    const opnieuw = maakTestBsnGeneratorVoorGemeente(mulberry32(5), new Set());
    expect(Array.from({ length: 100 }, opnieuw)).toEqual(alle.slice(0, 100));
  });

  it('skips BSNs that are already in use', () => {
    const eerst = maakTestBsnGeneratorVoorGemeente(mulberry32(9), new Set())();
    const gen = maakTestBsnGeneratorVoorGemeente(mulberry32(9), new Set([eerst]));
    expect(gen()).not.toBe(eerst);
  });
});
