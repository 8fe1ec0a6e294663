import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { grensovertredingen } from './import-graaf.ts';

const MODULES = 'src/server/modules';

describe('modulegrenzen', () => {
  it('een module gebruikt van een andere module alleen haar index.ts', () => {
    expect(grensovertredingen(MODULES).map((i) => `${i.van} → ${i.naar}`)).toEqual([]);
  });

  it('elke module heeft een index.ts met één descriptor in de lijst', async () => {
    const { MODULES: lijst } = await import('../src/server/modules/index.ts');
    const mappen = fs
      .readdirSync(MODULES, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(lijst.map((m) => m.naam).sort()).toEqual(mappen);
    for (const m of mappen) expect(fs.existsSync(path.join(MODULES, m, 'index.ts'))).toBe(true);
  });

  it('elke policy hoort bij precies één module', async () => {
    const { MODULES: lijst } = await import('../src/server/modules/index.ts');
    const { allPolicies } = await import('../src/server/platform/auth/policies.ts');
    const perModule = lijst.flatMap((m) => Object.values(m.policies));
    expect(new Set(perModule).size).toBe(perModule.length);
    expect([...perModule].sort()).toEqual([...allPolicies().keys()].sort());
  });

  it('de controle vindt een import van een intern bestand van een andere module', () => {
    const map = fs.mkdtempSync(path.join(os.tmpdir(), 'grenzen-'));
    try {
      for (const m of ['a', 'b']) fs.mkdirSync(path.join(map, m));
      fs.writeFileSync(path.join(map, 'b', 'index.ts'), 'export const b = {};\n');
      fs.writeFileSync(path.join(map, 'b', 'repo.ts'), 'export const r = 1;\n');
      fs.writeFileSync(path.join(map, 'a', 'eigen.ts'), 'export const e = 1;\n');
      fs.writeFileSync(
        path.join(map, 'a', 'service.ts'),
        [
          "import { b } from '../b/index.ts';",
          "import { e } from './eigen.ts';",
          "import type { X } from '../b/repo.ts';",
          "import { r } from '../b/repo.ts';",
          'export const s = [b, e, r];',
        ].join('\n'),
      );
      const gevonden = grensovertredingen(map).map((i) => path.basename(i.naar));
      // Also a type-only import: the types of another module's internals are just as private.
      expect(gevonden).toEqual(['repo.ts', 'repo.ts']);
    } finally {
      fs.rmSync(map, { recursive: true, force: true });
    }
  });
});
