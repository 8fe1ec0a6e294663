// Compiles the server and CLI to JavaScript in build/ (same layout as src/, so paths relative to a
// module still lead to migrations/, dist/web and the data files) when build/ is missing or older
// than its sources. Production runs that: no TypeScript loader in memory, faster start (ADR 0016).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const BRONNEN = ['src/server', 'src/domain', 'src/cli'];
const MARKER = 'build/server/main.js';
const SLOT = 'build.lock';

function bestanden(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? bestanden(p) : [p];
  });
}

function actueel(bron) {
  const nieuwste = Math.max(
    ...[...bron, 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'].map(
      (f) => fs.statSync(f).mtimeMs,
    ),
  );
  return fs.existsSync(MARKER) && fs.statSync(MARKER).mtimeMs >= nieuwste;
}

/** One build at a time (test files or benchmarks may ask at once); a stale lock is taken over. */
function metSlot(fn) {
  const tot = Date.now() + 180_000;
  for (;;) {
    try {
      fs.writeFileSync(SLOT, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      const oud = (fs.statSync(SLOT, { throwIfNoEntry: false })?.mtimeMs ?? 0) < Date.now() - 180_000;
      if (oud || Date.now() > tot) fs.rmSync(SLOT, { force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    fn();
  } finally {
    fs.rmSync(SLOT, { force: true });
  }
}

function bouw(bron) {
  console.log('Server bouwen (tsc)…');
  fs.rmSync('build', { recursive: true, force: true });
  const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    console.error('Bouwen van de server is mislukt.');
    process.exit(r.status ?? 1);
  }
  // Data files next to the code (demo reports, the Deventer figures) go along.
  for (const f of bron.filter((f) => !f.endsWith('.ts'))) {
    const doel = path.join('build', path.relative('src', f));
    fs.mkdirSync(path.dirname(doel), { recursive: true });
    fs.copyFileSync(f, doel);
  }
  // tsc keeps the old mtime of unchanged output; the marker must be newer than every source.
  const nu = new Date();
  fs.utimesSync(MARKER, nu, nu);
}

export function ensureServerBuild() {
  const bron = BRONNEN.flatMap(bestanden);
  if (actueel(bron)) return;
  metSlot(() => {
    if (!actueel(bron)) bouw(bron);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) ensureServerBuild();
