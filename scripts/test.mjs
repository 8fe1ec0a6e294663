// `npm test`: install what is missing, then lint, format check, typecheck, OpenAPI lint against
// the NL API Design Rules, and all tests (unit, integration on PGlite and — with DATABASE_URL —
// PostgreSQL, browser end-to-end in headless Chromium). Ends with one summary line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { ensureServerBuild } from './build-server.mjs';
import { ensureWebBuild } from './build-web.mjs';
import { ensureDeps } from './ensure-deps.mjs';

ensureDeps();
ensureWebBuild();
ensureServerBuild();

const bin = (name) => `node_modules/.bin/${name}`;
const failures = [];

function step(title, cmd, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) failures.push(title);
  return r.status === 0;
}

const extra = process.argv.slice(2);
if (extra.length === 0) {
  step('Lint en opmaak (Biome)', bin('biome'), ['ci', '.']);
  step('Typecheck (tsc)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
  step('OpenAPI tegen de NL API Design Rules (Spectral)', bin('tsx'), ['scripts/lint-openapi.ts']);
}

fs.mkdirSync('.test-output', { recursive: true });
const report = '.test-output/vitest.json';
fs.rmSync(report, { force: true });
console.log(
  `\n▶ Tests (database: PGlite${process.env.DATABASE_URL ? ' + PostgreSQL via DATABASE_URL' : '; zet DATABASE_URL om ook PostgreSQL te testen'})`,
);
spawnSync(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra],
  {
    stdio: 'inherit',
    env: { ...process.env, TZ: 'Europe/Amsterdam' },
  },
);

let passed = 0;
let failed = 0;
let skipped = 0;
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = r.numPassedTests ?? 0;
  failed = (r.numFailedTests ?? 0) + (r.numFailedTestSuites ?? 0);
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if (!r.success) {
    failures.push('Tests');
    // An error outside a test (a crashed worker, a config error) must still count as a failure.
    if (failed === 0) failed = 1;
  }
} else {
  failures.push('Tests (geen rapport)');
  failed += 1;
}
failed += failures.filter((f) => f !== 'Tests').length;
if (failures.length) console.log(`\nMislukt: ${failures.join(', ')}`);
console.log(`\nTotaal: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failures.length ? 1 : 0);
