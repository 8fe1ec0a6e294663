import { describe, expect, it } from 'vitest';
import { spoedAanvraagToegestaan } from './spoed.ts';

describe('spoed (Wmo 2.3.3)', () => {
  it('only on a melding registered as spoed', () => {
    expect(spoedAanvraagToegestaan(true)).toBeNull();
    expect(spoedAanvraagToegestaan(false)).toBe('geen-spoedmelding');
  });
});
