import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

/**
 * No source file in src/ over 500 lines (issue 13): a file that grows past it holds more than one
 * purpose and is split. Generated files live in a folder named `generated/` and are excepted
 * (DEVELOPERS.md, "Gegenereerde bestanden").
 */
const GRENS = 500;

function bestanden(map: string): string[] {
  return fs.readdirSync(map, { withFileTypes: true }).flatMap((e) => {
    const pad = path.join(map, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : bestanden(pad);
    return /\.(ts|tsx|mjs|css|sql)$/.test(e.name) ? [pad] : [];
  });
}

it(`geen bestand in src/ heeft meer dan ${GRENS} regels (behalve in generated/)`, () => {
  const te = bestanden('src')
    .map((f) => ({ f, n: fs.readFileSync(f, 'utf8').split('\n').length }))
    .filter((x) => x.n > GRENS)
    .map((x) => `${x.f}: ${x.n} regels`);
  expect(te).toEqual([]);
});
