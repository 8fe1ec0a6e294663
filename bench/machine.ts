/** Facts that make a benchmark figure comparable: when, which code, which machine, which database. */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS = path.join(path.dirname(fileURLToPath(import.meta.url)), 'RESULTS.md');

export function gitCommit(): string {
  try {
    const sha = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', { encoding: 'utf8' }).trim() !== '';
    return dirty ? `${sha} (met lokale wijzigingen)` : sha;
  } catch {
    return 'onbekend';
  }
}

export function machine(): string {
  const cpus = os.cpus();
  const load = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
  return `${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.platform()} ${os.release()}, Node ${process.version}, load ${load}`;
}

/** Appends one section to bench/RESULTS.md (created with a header when missing). */
export function schrijfResultaat(titel: string, regels: string[]): void {
  if (!fs.existsSync(RESULTS)) {
    fs.writeFileSync(
      RESULTS,
      '# Benchmarkresultaten\n\nGeschreven door `npm run bench -- <scenario>`; nieuwste onderaan. Elke sectie noemt datum, commit, machine en database.\n',
    );
  }
  fs.appendFileSync(RESULTS, `\n## ${titel}\n\n${regels.join('\n')}\n`);
}
