import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 15, item 3: no form uses the browser's date control (mm/dd/yyyy in an English browser);
 * dates go through DatumInvoer (directly, or as TekstVeld type="date").
 */
function bestanden(map: string): string[] {
  return fs.readdirSync(map, { withFileTypes: true }).flatMap((e) => {
    const pad = path.join(map, e.name);
    if (e.isDirectory()) return bestanden(pad);
    return e.name.endsWith('.tsx') ? [pad] : [];
  });
}

describe('datumvelden', () => {
  it('geen <input type="date"> of <Textbox type="date"> in de webapp', () => {
    const fout = bestanden(path.resolve('src/web')).flatMap((f) => {
      const tekst = fs.readFileSync(f, 'utf8');
      return [...tekst.matchAll(/<(?:Textbox|input)\b(?:[^>]|=>)*?\btype=["{']+date\b/g)].map(
        (m) => `${path.relative('src/web', f)}:${tekst.slice(0, m.index).split('\n').length}`,
      );
    });
    expect(fout).toEqual([]);
  });
});
