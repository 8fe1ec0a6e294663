// A production install (`NODE_ENV=production npm start`) runs `npm ci`, which leaves out
// devDependencies, and then builds the web app (vite) and the server (tsc, which type-checks). Every
// package that start, build or run needs must therefore be in `dependencies`; this test reads the
// imports and fails when one is only a devDependency (issue 13: the build stopped on a missing tsc).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const pakket = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const runtime = new Set(Object.keys(pakket.dependencies));
const alle = new Set([...runtime, ...Object.keys(pakket.devDependencies)]);

function bestanden(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return bestanden(p);
    return /\.(ts|tsx|mjs)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** `@scope/naam/deel` → `@scope/naam`; `naam/deel?url` → `naam`; relative and `node:` → null. */
function pakketnaam(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const delen = specifier.split('?')[0]?.split('/') ?? [];
  return specifier.startsWith('@') ? delen.slice(0, 2).join('/') : (delen[0] ?? null);
}

interface Import {
  pakket: string;
  alleenType: boolean;
}

/** Imports at the start of a statement (not in comments or strings): static, re-export, side effect, dynamic. */
function imports(bron: string): Import[] {
  const uit: Import[] = [];
  const statisch = /^\s*(?:import|export)\s+(type\s+)?[^'";]*?\sfrom\s*['"]([^'"]+)['"]/gm;
  const zijeffect = /^\s*import\s*['"]([^'"]+)['"]/gm;
  const dynamisch = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of bron.matchAll(statisch)) uit.push({ pakket: m[2] ?? '', alleenType: Boolean(m[1]) });
  for (const m of bron.matchAll(zijeffect)) uit.push({ pakket: m[1] ?? '', alleenType: false });
  for (const m of bron.matchAll(dynamisch)) uit.push({ pakket: m[1] ?? '', alleenType: false });
  return uit.flatMap((i) => {
    const naam = pakketnaam(i.pakket);
    return naam ? [{ pakket: naam, alleenType: i.alleenType }] : [];
  });
}

/** `@types/x` for `x`, `@types/scope__x` for `@scope/x` (DefinitelyTyped's naming). */
function typesVoor(naam: string): string {
  return `@types/${naam.startsWith('@') ? naam.slice(1).replace('/', '__') : naam}`;
}

/** What each part of a production start needs, with the file that needs it. */
function behoeften(): Map<string, string> {
  const nodig = new Map<string, string>();
  const voeg = (naam: string, waarom: string) => {
    if (!nodig.has(naam)) nodig.set(naam, waarom);
  };
  // The server build type-checks: type-only imports and their @types count too.
  for (const f of ['src/server', 'src/domain', 'src/cli'].flatMap(bestanden)) {
    for (const i of imports(fs.readFileSync(f, 'utf8'))) {
      voeg(i.pakket, f);
      if (alle.has(typesVoor(i.pakket))) voeg(typesVoor(i.pakket), `${f} (typen voor ${i.pakket})`);
    }
  }
  const tsconfig = JSON.parse(fs.readFileSync('tsconfig.json', 'utf8')) as {
    compilerOptions: { types?: string[] };
  };
  for (const t of tsconfig.compilerOptions.types ?? []) voeg(`@types/${t}`, 'tsconfig.json (types)');
  // The web build (vite) strips types without checking them: only value imports count.
  for (const f of [...bestanden('src/web'), 'vite.config.ts']) {
    for (const i of imports(fs.readFileSync(f, 'utf8'))) if (!i.alleenType) voeg(i.pakket, f);
  }
  // The start scripts import packages and run tools by their path in node_modules.
  for (const f of ['start', 'build-server', 'build-web', 'ensure-deps'].map((s) => `scripts/${s}.mjs`)) {
    const bron = fs.readFileSync(f, 'utf8');
    for (const i of imports(bron)) voeg(i.pakket, f);
    for (const m of bron.matchAll(/node_modules\/((?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*)\//g))
      voeg(m[1] ?? '', f);
  }
  return nodig;
}

describe('productie-installatie', () => {
  it('reads value, type-only, side-effect and dynamic imports and names the package', () => {
    const bron = [
      "import { z } from 'zod';",
      "import type { Pool } from 'pg';",
      "import {\n  a,\n  type B,\n} from '@scope/pakket/deel';",
      "import '@utrecht/design-tokens/dist/index.css';",
      "export { x } from './lokaal.ts';",
      "import fs from 'node:fs';",
      "const m = await import('pdfkit');",
      "// zie import x from 'commentaar' (geen import)",
    ].join('\n');
    expect(imports(bron)).toEqual([
      { pakket: 'zod', alleenType: false },
      { pakket: 'pg', alleenType: true },
      { pakket: '@scope/pakket', alleenType: false },
      { pakket: '@utrecht/design-tokens', alleenType: false },
      { pakket: 'pdfkit', alleenType: false },
    ]);
  });

  it('installs again when a package of this run is missing, e.g. npm test after a production install', async () => {
    const { ontbrekendePakketten } = await import('./ensure-deps.mjs');
    const pakket = { dependencies: { vite: '1' }, devDependencies: { vitest: '1' } };
    const alleenProductie = (p: string) => p === 'node_modules/vite/package.json';
    expect(ontbrekendePakketten(pakket, true, alleenProductie)).toEqual([]);
    expect(ontbrekendePakketten(pakket, false, alleenProductie)).toEqual(['vitest']);
    expect(ontbrekendePakketten(pakket, true, () => false)).toEqual(['vite']);
  });

  it('every package that start, build and run need is a dependency, not only a devDependency', () => {
    const nodig = behoeften();
    // The test reads real code: the server, the web app and the build tools are all found.
    for (const naam of ['fastify', 'react', 'typescript', 'vite', '@types/node'])
      expect(nodig.has(naam)).toBe(true);
    const ontbrekend = [...nodig].filter(([naam]) => !runtime.has(naam)).map(([naam, f]) => `${naam} (${f})`);
    expect(ontbrekend).toEqual([]);
  });
});
