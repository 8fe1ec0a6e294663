/**
 * Writes src/web/api/generated/schema.d.ts, the web app's types of the API, from the OpenAPI document the
 * server publishes (GET /api/v1/openapi.json), with openapi-typescript. `npm run gen:api` after a
 * change to a route schema; a unit test fails while the checked-in file is not current (ADR 0019).
 *
 * The app is built in-process without a database (the document comes from the route schemas only).
 * Paths and component schemas are sorted first, so the file does not change when routes are merely
 * registered in another order (several branches touch the route list).
 */
import fs from 'node:fs';
import type { OpenAPIV3 } from 'openapi-types';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/platform/config.ts';
import type { Database } from '../src/server/platform/db/types.ts';

export const SCHEMA_BESTAND = 'src/web/api/generated/schema.d.ts';

const KOP = `/**
 * GEGENEREERD BESTAND — niet met de hand wijzigen.
 * Gemaakt door \`npm run gen:api\` (scripts/gen-api.ts) uit GET /api/v1/openapi.json met openapi-typescript.
 * Een test (scripts/gen-api.test.ts) faalt zolang dit bestand niet actueel is. Zie ADR 0019.
 */

`;

const noDb = new Proxy({} as Database, {
  get() {
    throw new Error('geen database bij het genereren van het OpenAPI-document');
  },
});

/** The OpenAPI document exactly as GET /api/v1/openapi.json serves it. */
export async function openApiDocument(): Promise<OpenAPIV3.Document> {
  const app = await buildApp({ config: loadConfig({}), db: noDb, logger: false });
  try {
    await app.ready();
    const res = await app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    if (res.statusCode !== 200) throw new Error(`openapi.json antwoordde ${res.statusCode}`);
    return res.json() as OpenAPIV3.Document;
  } finally {
    await app.close();
  }
}

function gesorteerd<T>(object: Record<string, T> | undefined): Record<string, T> {
  return Object.fromEntries(Object.entries(object ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The text of schema.d.ts for the current route schemas. */
export async function genereerApiSchema(): Promise<string> {
  const doc = await openApiDocument();
  const stabiel: OpenAPIV3.Document = {
    ...doc,
    paths: gesorteerd(doc.paths),
    components: { ...doc.components, schemas: gesorteerd(doc.components?.schemas) },
  };
  // biome-ignore lint/suspicious/noExplicitAny: openapi-typescript takes its own (3.0/3.1) document type.
  const nodes = await openapiTS(stabiel as any, { alphabetize: true });
  return KOP + astToString(nodes);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.writeFileSync(SCHEMA_BESTAND, await genereerApiSchema());
  console.log(`${SCHEMA_BESTAND} bijgewerkt`);
}
