import { expect, it } from 'vitest';
import { importcycli } from './import-graaf.ts';

// A cycle makes the load order decide whether a value exists yet when it is used: it works until a
// top-level use is added. src/web is checked too once its cycle is gone (issue 13).
const MAPPEN = ['src/server', 'src/domain', 'src/cli'];

it('de server, het domein en de CLI hebben geen importcycli', () => {
  expect(importcycli(MAPPEN)).toEqual([]);
});

it('de scanner vindt een cyclus (accounts/routes ↔ oidc-routes vóór issue 13)', async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const map = fs.mkdtempSync(path.join(os.tmpdir(), 'cycli-'));
  fs.writeFileSync(path.join(map, 'a.ts'), "import { b } from './b.ts';\nexport const a = () => b;\n");
  fs.writeFileSync(path.join(map, 'b.ts'), "import { a } from './a.ts';\nexport const b = () => a;\n");
  // Type-only and lazy imports do not load the other file first: no cycle.
  fs.writeFileSync(path.join(map, 'c.ts'), "import type { D } from './d.ts';\nexport type C = D;\n");
  fs.writeFileSync(
    path.join(map, 'd.ts'),
    "export type D = string;\nexport const c = () => import('./c.ts');\n",
  );
  try {
    const cycli = importcycli([map]);
    expect(cycli).toHaveLength(1);
    expect(cycli[0]!.map((f) => path.basename(f))).toEqual(['a.ts', 'b.ts']);
  } finally {
    fs.rmSync(map, { recursive: true, force: true });
  }
});
