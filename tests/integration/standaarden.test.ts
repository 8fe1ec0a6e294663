import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/process.ts';

/**
 * standards/ is an unchanged copy of the project's shared/standards (standards/README.md), so that a
 * clone anywhere is complete. Where shared/ stands next to the repository, every copied file must be
 * identical to its source; elsewhere (a clone in another place) there is nothing to compare with.
 */
const BRON = path.resolve(ROOT, '../shared/standards');
const KOPIE = path.join(ROOT, 'standards');

function bestanden(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? bestanden(p) : [p];
  });
}

describe('standaarden in de repository', () => {
  const gekopieerd = bestanden(KOPIE).filter((f) => path.basename(f) !== 'README.md');

  it('bevat wat de server en de tests lezen', () => {
    const namen = gekopieerd.map((f) => path.relative(KOPIE, f));
    expect(namen).toEqual(
      expect.arrayContaining([
        'iwmo-3.2/iwmo-3.2-regels-TR-CD-CS.xsl',
        'iwmo-3.2/xsd/basisschema.xsd',
        'iwmo-3.2/xsd/WMO301.xsd',
        'iwmo-3.2/voorbeeldberichten/WMO305.xml',
        'nl-api-design-rules/linter.yaml',
      ]),
    );
  });

  it.skipIf(!fs.existsSync(BRON))('is byte voor byte gelijk aan shared/standards', () => {
    for (const f of gekopieerd) {
      const bron = path.join(BRON, path.relative(KOPIE, f));
      expect(fs.readFileSync(f).equals(fs.readFileSync(bron)), path.relative(KOPIE, f)).toBe(true);
    }
  });
});
