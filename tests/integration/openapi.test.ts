import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';
import { ROOT } from '../support/process.ts';

const RULESET = path.resolve(ROOT, 'standards/nl-api-design-rules/linter.yaml');

function lint(doc: unknown): { status: number | null; output: string } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ot-lint-')), 'openapi.json');
  fs.writeFileSync(file, JSON.stringify(doc));
  const r = spawnSync(
    path.join(ROOT, 'node_modules/.bin/spectral'),
    ['lint', '-r', RULESET, '--fail-severity', 'error', file],
    {
      encoding: 'utf8',
    },
  );
  return { status: r.status, output: r.stdout + r.stderr };
}

describe('OpenAPI-document', () => {
  let t: TestApp;
  let doc: {
    servers: Array<{ url: string }>;
    paths: Record<
      string,
      Record<string, { operationId: string; responses: Record<string, { headers?: object }> }>
    >;
  };
  beforeAll(async () => {
    t = await createTestApp('pglite');
    const res = await t.api(null, { method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    doc = res.json();
  });
  afterAll(() => t?.close());

  it('beschrijft elke API-route, met versieheader en problem-antwoorden', () => {
    const documented = new Set<string>();
    for (const [p, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        documented.add(`${method.toUpperCase()} /api/v1${p.replace(/\{(\w+)\}/g, ':$1')}`);
        expect(op.operationId, `${method} ${p}`).toBeTruthy();
        for (const [code, r] of Object.entries(op.responses)) {
          expect(r.headers, `${method} ${p} ${code}`).toHaveProperty('API-Version');
        }
        expect(op.responses).toHaveProperty('400');
      }
    }
    for (const r of t.app.routeTable) {
      if (r.url === '/api/v1/openapi.json') continue;
      expect(documented, `${r.method} ${r.url}`).toContain(`${r.method} ${r.url}`);
    }
    expect(doc.servers[0]!.url).toBe('/api/v1');
  });

  it('voldoet aan de NL API Design Rules (Spectral, nul fouten)', () => {
    const r = lint(doc);
    expect(r.output).toContain("No results with a severity of 'error'");
    expect(r.status).toBe(0);
  });

  it('de linter keurt een document met fouten af (de controle werkt echt)', () => {
    const broken = structuredClone(doc) as unknown as {
      paths: Record<string, unknown>;
      info: Record<string, unknown>;
    };
    broken.paths['/Meldingen/'] = { get: { operationId: 'x', responses: { 200: { description: 'x' } } } };
    delete broken.info.contact;
    const r = lint(broken);
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/no-trailing-slash|kebab-case/);
    expect(r.output).toMatch(/contact/);
  });
});
