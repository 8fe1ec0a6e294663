import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datumInNederland } from './clock.ts';

describe('datumInNederland', () => {
  it.each([
    ['2026-12-07T22:59:59Z', '2026-12-07'], // winter: UTC+1
    ['2026-12-07T23:00:00Z', '2026-12-08'],
    ['2026-06-30T21:59:59Z', '2026-06-30'], // summer: UTC+2
    ['2026-06-30T22:00:00Z', '2026-07-01'],
    ['2026-12-31T23:30:00Z', '2027-01-01'],
  ])('%s is in Nederland %s', (moment, dag) => {
    expect(datumInNederland(new Date(moment))).toBe(dag);
  });
});

/** Every .ts file under a folder, tests and demo data left out. */
function bronbestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = path.join(map, naam);
    if (statSync(pad).isDirectory()) return naam === 'demo' ? [] : bronbestanden(pad);
    return pad.endsWith('.ts') && !pad.endsWith('.test.ts') ? [pad] : [];
  });
}

describe('vandaag in SQL', () => {
  // current_date follows the session time zone (UTC): for an hour or two after midnight it is
  // yesterday in the Netherlands. Rules ask ot_vandaag() (migration 047) or pass today() as a parameter.
  it('de servercode gebruikt geen current_date', () => {
    const root = path.resolve(import.meta.dirname, '..');
    const treffers = bronbestanden(root).filter((f) => /\bcurrent_date\b/i.test(readFileSync(f, 'utf8')));
    expect(treffers.map((f) => path.relative(root, f))).toEqual([]);
  });
});
