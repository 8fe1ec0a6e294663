/**
 * Lints the generated OpenAPI document with the NL API Design Rules (Spectral ruleset from
 * standards/, a copy of shared/standards). Fails on any error. Used by `npm test`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/platform/config.ts';
import type { Database } from '../src/server/platform/db/types.ts';

const rules = path.resolve('standards/nl-api-design-rules/linter.yaml');

// The document is generated from the route schemas; no database is needed to build it.
const noDb = new Proxy({} as Database, {
  get() {
    throw new Error('geen database bij het genereren van het OpenAPI-document');
  },
});
const app = await buildApp({ config: loadConfig({}), db: noDb, logger: false });
await app.ready();
const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
await app.close();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ot-openapi-'));
const file = path.join(dir, 'openapi.json');
fs.writeFileSync(file, res.body);
fs.mkdirSync('dist', { recursive: true });
fs.writeFileSync('dist/openapi.json', res.body);

if (!fs.existsSync(rules)) {
  console.error(`NL API Design Rules-linter niet gevonden (${rules}).`);
  process.exit(1);
}
const bin = path.resolve('node_modules/.bin/spectral');
const r = spawnSync(bin, ['lint', '-r', rules, '--fail-severity', 'error', '-f', 'stylish', file], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
