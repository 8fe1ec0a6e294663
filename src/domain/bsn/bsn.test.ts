import { describe, expect, it } from 'vitest';
import { genereerTestBsn, isGeldigBsn, maakTestBsnGenerator, normaliseerBsn } from './bsn.ts';
import { geheelGetal, mulberry32 } from './prng.ts';

describe('isGeldigBsn (elfproef)', () => {
  it.each([
    '111222333',
    '123456782',
    // from the RvIG testset persoonslijsten proefomgeving 2022-05-02
    '999993653', // Suzanne Moulin
    '999990019',
    '999999990',
    '000009830', // leading zeros
    '010082426',
    '900194054',
  ])('%s is valid', (bsn) => {
    expect(isGeldigBsn(bsn)).toBe(true);
  });

  it.each([
    ['123456789', 'wrong check digit'],
    ['111222334', 'wrong check digit'],
    ['999993654', 'wrong check digit'],
    ['010008579', 'occurs in the testset as an (invalid) historical number; fails the elfproef'],
    ['000000000', 'all zeros'],
    ['12345678', '8 digits (isGeldigBsn is strict; use normaliseerBsn)'],
    ['1234567820', '10 digits'],
    ['12345678a', 'letter'],
    ['1234 5678', 'space'],
    [' 123456782', 'surrounding whitespace'],
    ['１２３４５６７８２', 'full-width digits'],
    ['', 'empty'],
  ])('%s is invalid (%s)', (bsn) => {
    expect(isGeldigBsn(bsn)).toBe(false);
  });

  it('rejects non-strings', () => {
    expect(isGeldigBsn(123456782 as unknown as string)).toBe(false);
  });
});

describe('normaliseerBsn', () => {
  it.each([
    ['123456782', '123456782'],
    ['  123456782 ', '123456782'],
    ['1234.56.782', '123456782'],
    ['123 456 782', '123456782'],
    ['123-456-782', '123456782'],
    ['00009830', '000009830'], // 8 digits → one leading zero
    ['10082426', '010082426'],
  ])('%j → %s', (invoer, verwacht) => {
    expect(normaliseerBsn(invoer)).toBe(verwacht);
  });

  it.each(['9830', '0009830', '123456789', '12345678', '000000000', '00000000', 'abc', '1234567820', ''])(
    '%j → null',
    (invoer) => {
      expect(normaliseerBsn(invoer)).toBeNull();
    },
  );
});

describe('mulberry32', () => {
  it('is deterministic for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const reeksA = Array.from({ length: 1000 }, a);
    expect(Array.from({ length: 1000 }, b)).toEqual(reeksA);
    expect(Array.from({ length: 1000 }, c)).not.toEqual(reeksA);
    for (const x of reeksA) expect(x >= 0 && x < 1).toBe(true);
  });

  it('spreads reasonably over buckets', () => {
    const rng = mulberry32(7);
    const emmers = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) emmers[geheelGetal(rng, 10)]!++;
    for (const n of emmers) expect(n).toBeGreaterThan(900);
  });

  it('rejects a broken rng', () => {
    expect(() => geheelGetal(() => 1, 10)).toThrow(RangeError);
    expect(() => geheelGetal(() => Number.NaN, 10)).toThrow(RangeError);
  });
});

describe('genereerTestBsn', () => {
  it('produces valid BSNs starting with 999, outside the official test persons block 99999xxxx', () => {
    const rng = mulberry32(2024);
    for (let i = 0; i < 5000; i++) {
      const bsn = genereerTestBsn(rng);
      expect(bsn).toMatch(/^999[0-9]{6}$/);
      expect(bsn.startsWith('99999')).toBe(false);
      expect(isGeldigBsn(bsn)).toBe(true);
    }
  });

  it('is deterministic for a seed', () => {
    const a = mulberry32(1);
    const b = mulberry32(1);
    const reeks = Array.from({ length: 50 }, () => genereerTestBsn(a));
    expect(Array.from({ length: 50 }, () => genereerTestBsn(b))).toEqual(reeks);
    expect(new Set(reeks).size).toBeGreaterThan(45);
  });

  it('maakTestBsnGenerator gives distinct numbers, deterministically', () => {
    const gen1 = maakTestBsnGenerator(mulberry32(99));
    const gen2 = maakTestBsnGenerator(mulberry32(99));
    const reeks = Array.from({ length: 5000 }, gen1);
    expect(new Set(reeks).size).toBe(5000);
    expect(Array.from({ length: 5000 }, gen2)).toEqual(reeks);
    for (const bsn of reeks) expect(isGeldigBsn(bsn)).toBe(true);
  });
});
