import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { loadDemoOrganisation } from '../../src/server/demo/demo-data.ts';
import { type Config, loadConfig } from '../../src/server/platform/config.ts';
import { createTestDatabase, type DbKind, type TestDatabase } from './databases.ts';

export const TEST_PASSWORD = 'test-wachtwoord-123';
export const TEST_ANKER_SLEUTEL = 'test-ankersleutel-die-lang-genoeg-is-0123456789';

export interface Session {
  cookie: string;
  csrfToken: string;
  gebruikerId: string;
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  login(gebruikersnaam: string, wachtwoord?: string): Promise<Session>;
  /** An API call as `session` (cookie and CSRF header set), JSON body. */
  api(session: Session | null, opts: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** The app on a fresh database with the demo organisation, driven through HTTP (inject). */
export async function createTestApp(kind: DbKind, overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase(kind);
  await loadDemoOrganisation(database.db, TEST_PASSWORD);
  const basis = loadConfig({});
  // Audit checkpoints of this test's own database: a fresh file and key per test app (ADR 0022).
  const ankerMap = fs.mkdtempSync(path.join(os.tmpdir(), 'ot-anker-'));
  const config = {
    ...basis,
    databaseUrl: database.url,
    jobsEnabled: false,
    auditAnker: {
      ...basis.auditAnker,
      bestand: path.join(ankerMap, 'audit-ankers.jsonl'),
      sleutel: TEST_ANKER_SLEUTEL,
    },
    ...overrides,
  };
  // TEST_LOG=1 shows the server log (errors behind a 500) while debugging a test.
  const app = await buildApp({
    config,
    db: database.db,
    logger: process.env.TEST_LOG === '1' ? undefined : false,
  });
  await app.ready();
  const sessions = new Map<string, Session>();

  async function login(gebruikersnaam: string, wachtwoord = TEST_PASSWORD): Promise<Session> {
    const cached = sessions.get(gebruikersnaam);
    if (cached && wachtwoord === TEST_PASSWORD) return cached;
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/sessies',
      payload: { gebruikersnaam, wachtwoord },
    });
    if (res.statusCode !== 201)
      throw new Error(`Inloggen als ${gebruikersnaam} mislukt: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'ot_sessie');
    const body = res.json() as { csrfToken: string; gebruiker: { id: string } };
    const session = {
      cookie: `ot_sessie=${cookie?.value}`,
      csrfToken: body.csrfToken,
      gebruikerId: body.gebruiker.id,
    };
    sessions.set(gebruikersnaam, session);
    return session;
  }

  return {
    app,
    database,
    login,
    api(session, opts) {
      const headers: Record<string, string> = { ...(opts.headers as Record<string, string>) };
      if (session) {
        headers.cookie = session.cookie;
        headers['x-csrf-token'] ??= session.csrfToken;
      }
      return app.inject({ ...opts, headers });
    },
    async close() {
      await app.close();
      await database.drop();
      fs.rmSync(ankerMap, { recursive: true, force: true });
    },
  };
}
