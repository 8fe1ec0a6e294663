import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { bouwServer } from '../../tests/support/process.ts';
import { ROOT } from './paden.ts';

export interface BenchServer {
  url: string;
  pid: number;
  /** Milliseconds from process start to "listening" (migrations checked, jobs started). */
  gereedMs: number;
  /** Highest resident set size seen while `meetGeheugen` ran, in MB. */
  piekRssMb(): number;
  meetGeheugen(): () => void;
  stop(): Promise<void>;
  output(): string;
}

function rssMb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

/** Starts the real server as `npm start` does: the compiled build, NODE_ENV=production (log level warn). */
export async function startBenchServer(env: Record<string, string>, poort: number): Promise<BenchServer> {
  await bouwServer();
  // BENCH_NODE_ARGS passes profiling flags to the server only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const start = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, 'build/server/main.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      OPEN_TOEGANG_DEMO_ZAKEN: 'off',
      ...env,
      PORT: String(poort),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  while (!out.includes('Open Toegang draait op')) {
    if (child.exitCode !== null) throw new Error(`Server stopte (code ${child.exitCode}):\n${out}`);
    if (performance.now() - start > 120_000) {
      child.kill('SIGKILL');
      throw new Error(`Server startte niet binnen 2 minuten:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const gereedMs = performance.now() - start;
  let piek = 0;
  return {
    url: `http://127.0.0.1:${poort}`,
    pid: child.pid!,
    gereedMs,
    piekRssMb: () => piek,
    meetGeheugen() {
      const t = setInterval(() => {
        piek = Math.max(piek, rssMb(child.pid!));
      }, 250);
      return () => clearInterval(t);
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
    output: () => out,
  };
}
