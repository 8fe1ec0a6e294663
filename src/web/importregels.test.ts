import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The web app is built for the browser from src/web and src/domain only: the server's code (and
 * its Node dependencies) must never be bundled, and API bodies come from the generated schema
 * (ADR 0019). Import cycles make module order fragile (a screen list read before it is filled).
 */
const WEB = path.resolve('src/web');

function bestanden(map: string): string[] {
  return fs.readdirSync(map, { withFileTypes: true }).flatMap((e) => {
    const pad = path.join(map, e.name);
    if (e.isDirectory()) return bestanden(pad);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [pad] : [];
  });
}

/** Every module specifier of static and dynamic imports and re-exports. */
function importsVan(tekst: string): string[] {
  const uit =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  return [...tekst.matchAll(uit)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

const alle = bestanden(WEB);

describe('importregels van de webapp', () => {
  it('importeert niets uit src/server', () => {
    const fout = alle.flatMap((f) =>
      importsVan(fs.readFileSync(f, 'utf8'))
        .filter(
          (s) =>
            s.startsWith('.') && path.resolve(path.dirname(f), s).includes(`${path.sep}server${path.sep}`),
        )
        .map((s) => `${path.relative(WEB, f)} → ${s}`),
    );
    expect(fout).toEqual([]);
  });

  it('de controle herkent een import uit de server', () => {
    const pad = ['..', '..', 'server', 'modules', 'a.ts'].join('/');
    expect(importsVan(`import type { X } from '${pad}';`)).toEqual([pad]);
  });

  it('roept de API alleen getypeerd aan (http.GET/POST/… uit api/client.ts)', () => {
    // The untyped helper `api.get<T>('/pad')` is gone (issue 13): every call goes through the client
    // generated from the OpenAPI document, so the typecheck follows the API. A raw fetch may only
    // live in api/client.ts (the file upload that reads its own answer).
    const ongetypeerd = /\bapi\s*\.\s*(get|post|postXml|put|patch|delete)\b|\bfetch\s*\(/;
    const fout = alle
      .filter((f) => path.relative(WEB, f) !== path.join('api', 'client.ts'))
      .filter((f) => !f.endsWith('.test.ts') && ongetypeerd.test(fs.readFileSync(f, 'utf8')))
      .map((f) => path.relative(WEB, f));
    expect(fout).toEqual([]);
    const client = fs.readFileSync(path.join(WEB, 'api', 'client.ts'), 'utf8');
    expect(client).not.toMatch(/export const api\b|\(http as any\)/);
  });

  it('heeft geen importcyclus', () => {
    const graaf = new Map<string, string[]>();
    for (const f of alle) {
      graaf.set(
        f,
        importsVan(fs.readFileSync(f, 'utf8'))
          .filter((s) => s.startsWith('.'))
          .map((s) => path.resolve(path.dirname(f), s))
          .filter((d) => d.startsWith(WEB) && fs.existsSync(d)),
      );
    }
    const cycli: string[] = [];
    const status = new Map<string, 'bezig' | 'klaar'>();
    const stapel: string[] = [];
    const bezoek = (f: string) => {
      status.set(f, 'bezig');
      stapel.push(f);
      for (const d of graaf.get(f) ?? []) {
        if (status.get(d) === 'bezig') {
          cycli.push([...stapel.slice(stapel.indexOf(d)), d].map((x) => path.relative(WEB, x)).join(' → '));
        } else if (!status.has(d)) bezoek(d);
      }
      stapel.pop();
      status.set(f, 'klaar');
    };
    for (const f of alle) if (!status.has(f)) bezoek(f);
    expect(cycli).toEqual([]);
  });
});
