// Builds the web app when dist/web is missing or older than its sources.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function newest(dir) {
  let max = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    max = Math.max(max, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return max;
}

export function ensureWebBuild() {
  const out = 'dist/web/index.html';
  const sources = Math.max(
    newest('src/web'),
    fs.statSync('vite.config.ts').mtimeMs,
    fs.statSync('package-lock.json').mtimeMs,
  );
  if (fs.existsSync(out) && fs.statSync(out).mtimeMs >= sources) return;
  console.log('Webapp bouwen (vite build)…');
  // Always a production build: Vite follows NODE_ENV, and a build started from inside the test
  // runner (NODE_ENV=test) would otherwise ship React's development build (twice the size, every
  // effect of the page run twice under StrictMode).
  const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (r.status !== 0) {
    console.error('Bouwen van de webapp is mislukt.');
    process.exit(r.status ?? 1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureWebBuild();
