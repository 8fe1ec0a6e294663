import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../../../src/server/platform/config.ts';
import type { Database } from '../../../src/server/platform/db/types.ts';
import { startRuntime } from '../../../src/server/runtime.ts';

export const E2E_WACHTWOORD = 'e2e-wachtwoord-123';

export interface E2eServer {
  baseUrl: string;
  /** The server's database, to set up a state the screens cannot reach by themselves. */
  db: Database;
  stop(): Promise<void>;
}

/**
 * Builds the web app when its sources changed (the same check as `npm test`). The script is
 * plain JavaScript without type declarations, hence the import by URL.
 */
async function bouwWebapp(): Promise<void> {
  const url = pathToFileURL(path.resolve('scripts/build-web.mjs')).href;
  const { ensureWebBuild } = (await import(url)) as { ensureWebBuild(): void };
  ensureWebBuild();
}

/**
 * The real server, as `npm start` runs it, in this process: a fresh PGlite data folder with the
 * demo organisation, on a free port of 127.0.0.1. Background jobs are off (not needed here).
 */
export async function startE2eServer(env: Record<string, string> = {}): Promise<E2eServer> {
  await bouwWebapp();
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'open-toegang-e2e-'));
  const config = loadConfig({
    OPEN_TOEGANG_DATA_DIR: dataDir,
    PORT: '0',
    OPEN_TOEGANG_DEMO_PASSWORD: E2E_WACHTWOORD,
    OPEN_TOEGANG_JOBS: 'off',
    // Browser tests make their own cases; demo cases would make worklists unpredictable.
    OPEN_TOEGANG_DEMO_ZAKEN: 'off',
    ...env,
  });
  const runtime = await startRuntime(config, { logger: false });
  try {
    await runtime.app.listen({ port: 0, host: '127.0.0.1' });
  } catch (err) {
    await runtime.stop();
    throw err;
  }
  const { port } = runtime.app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db: runtime.db,
    async stop() {
      await runtime.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
