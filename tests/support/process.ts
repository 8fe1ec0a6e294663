import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output(): string;
  exited: Promise<number | null>;
}

/**
 * The compiled server in build/, as `npm start` runs it; compiled first when its sources changed.
 * The build script is plain JavaScript without type declarations, hence the import by URL.
 */
export async function bouwServer(): Promise<void> {
  const url = pathToFileURL(path.join(ROOT, 'scripts/build-server.mjs')).href;
  const { ensureServerBuild } = (await import(url)) as { ensureServerBuild(): void };
  ensureServerBuild();
}

/**
 * Starts the real server as a child process and waits until it listens: from source
 * (src/server/main.ts), or with `gebouwd` the compiled build that `npm start` runs.
 */
export async function spawnServer(
  env: Record<string, string>,
  timeoutMs = 60_000,
  opts: { gebouwd?: boolean } = {},
): Promise<ServerProcess> {
  const port = env.PORT ?? String(20000 + Math.floor(Math.random() * 20000));
  if (opts.gebouwd) await bouwServer();
  const entry = opts.gebouwd ? ['build/server/main.js'] : ['--import', 'tsx', 'src/server/main.ts'];
  const child = spawn(process.execPath, entry, {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env, PORT: port, HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started = Date.now();
  while (!out.includes('Open Toegang draait op')) {
    if (child.exitCode !== null) throw new Error(`Server stopte meteen (code ${child.exitCode}):\n${out}`);
    if (Date.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`Server startte niet binnen ${timeoutMs} ms:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, url: `http://127.0.0.1:${port}`, output: () => out, exited };
}

/** Runs the CLI and returns its exit code and output. */
export function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.on('exit', (code) => resolve({ code, output }));
  });
}
