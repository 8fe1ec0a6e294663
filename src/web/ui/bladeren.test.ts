import { describe, expect, it } from 'vitest';
import { paginaGrootte } from './bladeren.ts';

describe('paginaGrootte', () => {
  it.each([
    [null, 25],
    ['', 25],
    ['1', 1],
    ['200', 200],
    ['201', 25],
    ['0', 25],
    ['-3', 25],
    ['2.5', 25],
    ['abc', 25],
  ])('%s → %i', (waarde, uit) => {
    expect(paginaGrootte(waarde)).toBe(uit);
  });

  it('kent een eigen standaard', () => {
    expect(paginaGrootte(null, 50)).toBe(50);
  });
});
