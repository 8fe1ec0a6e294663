import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const BENCH_DIR = path.resolve(import.meta.dirname, '..');
export const ROOT = path.resolve(BENCH_DIR, '..');
export const RESULTATEN = path.join(BENCH_DIR, 'RESULTS.md');

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
  } catch {
    return 'onbekend';
  }
}

/** Machine facts for the results header: figures are only comparable on the same machine. */
export function machine(): string {
  const cpu = os.cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

/** Appends one section to bench/RESULTS.md and prints it. */
export function schrijfResultaat(
  titel: string,
  kenmerken: Record<string, string | number>,
  tabel: string,
): void {
  const kop = [
    `## ${titel} — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- commit: \`${gitCommit()}\``,
    `- machine: ${machine()}`,
    ...Object.entries(kenmerken).map(([k, v]) => `- ${k}: ${v}`),
    '',
    tabel,
    '',
  ].join('\n');
  console.log(`\n${kop}`);
  if (!fs.existsSync(RESULTATEN)) {
    fs.writeFileSync(
      RESULTATEN,
      '# Benchmarkresultaten\n\nGeschreven door `npm run bench`; nieuwste onderaan. Zie docs/scaling.md voor de duiding.\n\n',
    );
  }
  fs.appendFileSync(RESULTATEN, `${kop}\n`);
}

/** A markdown table. */
export function tabel(kolommen: string[], rijen: Array<Array<string | number>>): string {
  const fmt = (v: string | number) =>
    typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(1)) : v;
  return [
    `| ${kolommen.join(' | ')} |`,
    `| ${kolommen.map(() => '---').join(' | ')} |`,
    ...rijen.map((r) => `| ${r.map(fmt).join(' | ')} |`),
  ].join('\n');
}
