import { loadConfig } from '../../server/platform/config.ts';
import { openDatabase } from '../../server/platform/db/index.ts';
import { migrate } from '../../server/platform/db/migrate.ts';
import type { Database } from '../../server/platform/db/types.ts';

/** Opens and migrates the configured database for one command, and always closes it. */
export async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(loadConfig());
  try {
    await migrate(db);
    return await fn(db);
  } finally {
    await db.close();
  }
}

export const CLI_HERKOMST = { ip: 'cli', sessie: null, verzoekId: `cli-${process.pid}` };

/** A logged-in API client for `--server`. */
export async function apiClient(server: string, gebruikersnaam: string | null) {
  const naam = gebruikersnaam ?? process.env.OPEN_TOEGANG_USER;
  const wachtwoord = process.env.OPEN_TOEGANG_PASSWORD;
  if (!naam || !wachtwoord) {
    throw new Error('Met --server: geef --als <gebruikersnaam> en zet OPEN_TOEGANG_PASSWORD.');
  }
  const base = server.replace(/\/$/, '');
  const login = await fetch(`${base}/api/v1/sessies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ gebruikersnaam: naam, wachtwoord }),
  });
  if (login.status !== 201)
    throw new Error(`Inloggen bij ${base} mislukt (${login.status}): ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  /** JSON body by default; with `contentType` the body (a string, e.g. an XML message) goes as it is. */
  return async function call(method: string, path: string, body?: unknown, contentType?: string) {
    const raw = contentType !== undefined && typeof body === 'string';
    const res = await fetch(`${base}/api/v1${path}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        ...(body ? { 'content-type': raw ? contentType : 'application/json' } : {}),
      },
      body: body ? (raw ? body : JSON.stringify(body)) : undefined,
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
}

export function notViaServer(command: string): number {
  console.error(
    `'${command}' werkt direct op de database en kan niet via --server. ` +
      'Stop de server (de ingebedde database heeft één eigenaar) of gebruik een PostgreSQL-server (DATABASE_URL).',
  );
  return 3;
}
