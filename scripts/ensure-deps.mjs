// Installs dependencies when they are missing or older than package-lock.json.
// Node built-ins only: this runs before anything is installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

export function ensureDeps() {
  const marker = 'node_modules/.package-lock.json';
  const lock = 'package-lock.json';
  const stale =
    !fs.existsSync(marker) ||
    (fs.existsSync(lock) && fs.statSync(lock).mtimeMs > fs.statSync(marker).mtimeMs + 1000);
  if (!stale) return;
  console.log('Afhankelijkheden installeren (npm ci)…');
  const args = fs.existsSync(lock)
    ? ['ci', '--no-audit', '--no-fund']
    : ['install', '--no-audit', '--no-fund'];
  const r = spawnSync('npm', args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('Installeren van afhankelijkheden is mislukt.');
    process.exit(r.status ?? 1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureDeps();
