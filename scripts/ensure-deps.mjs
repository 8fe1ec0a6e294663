// Installs dependencies when they are missing or older than package-lock.json.
// Node built-ins only: this runs before anything is installed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * The packages this run needs that are not in node_modules. Under NODE_ENV=production npm installs only
 * `dependencies`; a later run without it (`npm test` in the same clone) needs the devDependencies too,
 * which the lock file's date alone does not show.
 */
export function ontbrekendePakketten(pakket, productie, bestaat = (p) => fs.existsSync(p)) {
  const nodig = [
    ...Object.keys(pakket.dependencies ?? {}),
    ...(productie ? [] : Object.keys(pakket.devDependencies ?? {})),
  ];
  return nodig.filter((naam) => !bestaat(`node_modules/${naam}/package.json`));
}

export function ensureDeps() {
  const marker = 'node_modules/.package-lock.json';
  const lock = 'package-lock.json';
  const pakket = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  const stale =
    !fs.existsSync(marker) ||
    (fs.existsSync(lock) && fs.statSync(lock).mtimeMs > fs.statSync(marker).mtimeMs + 1000) ||
    ontbrekendePakketten(pakket, process.env.NODE_ENV === 'production').length > 0;
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
