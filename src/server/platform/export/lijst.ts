import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { audit } from '../audit/audit.ts';
import { exportkolommen } from '../auth/exportrecht.ts';
import { rolesFor } from '../auth/policies.ts';
import { type Actor, rollenVan, toegangscontext } from '../auth/principal.ts';
import type { Database, Sql, Toegangscontext } from '../db/types.ts';
import { inTx } from '../usecase.ts';
import { exportTabel, gevraagdFormaat } from './index.ts';
import { type Celwaarde, type Formaat, type Kolom, MIME, type Rij } from './tabel.ts';

/**
 * Every list the web app shows can be downloaded as CSV or XLSX with the same rows as its JSON:
 * `?formaat=csv|xlsx` or the Accept header. A module describes its list once (`Exportlijst`, in its
 * `export.ts`); the route hands the JSON answer's service to `lijstOfExport`, which reads all pages
 * in one transaction, leaves out residents' personal data for roles without the export right and
 * writes the audit row.
 */

export interface Exportkolom<T, E = undefined> {
  /** Stable technical name (the `X-Weggelaten-Kolommen` header names these). */
  sleutel: string;
  /** The Dutch column header. */
  kop: string;
  waarde: (rij: T, extra: E) => Celwaarde;
  /**
   * Personal data of a resident: BSN, name, birth date, address, free text about the situation,
   * or the care of one named resident. Only for roles with the export right (auth/exportrecht.ts).
   */
  persoonsgegevens?: boolean;
  /** Always quote in CSV (names). */
  citeren?: boolean;
  breedte?: number;
}

export interface Exportlijst<J, T, E = undefined> {
  /** File name (without extension) and the name in the audit row. */
  naam: string;
  /** First line of the XLSX and its sheet name. */
  titel: string;
  /** Audit object type of the rows, e.g. 'melding'. */
  objectType: string;
  /** The processing activity (verwerkingsregister) for the audit row. */
  doel: string;
  /** The rows of one JSON answer. */
  rijen: (json: J) => readonly T[];
  /** Keyset-paged lists: the query parameter that takes the cursor, and the next cursor. */
  pagina?: { cursor: string; volgende: (json: J) => string | number | null };
  /** Lookups for readable columns (e.g. team names), read in the same transaction. */
  extra?: (db: Database, actor: Actor) => Promise<E>;
  /** Extra XLSX lines from the (first) answer, e.g. a total that is not a row. */
  toelichting?: (json: J) => string[];
  kolommen: ReadonlyArray<Exportkolom<T, E>>;
  /** The person a row is about, for the audit row ("wie heeft deze persoon gezien?"). */
  persoon?: (rij: T) => string | null | undefined;
}

/** Identity with type inference: `T` from `rijen`, so the columns' `waarde` is typed. */
export function exportlijst<J, T, E = undefined>(lijst: Exportlijst<J, T, E>): Exportlijst<J, T, E> {
  return lijst;
}

/** Limits of one export; a variable (like auditSettings) so that a test can reach the cap cheaply. */
export const exportInstellingen = {
  /** At most this many rows in one file; more is cut off and said so (header and XLSX line). */
  maxRijen: 100_000,
  /** Page size when reading a keyset-paged list for an export. */
  paginagrootte: 1000,
};

export const ExportFormaat = z
  .enum(['json', 'csv', 'csv-excel', 'xlsx'])
  .optional()
  .describe(
    'csv (komma, RFC 4180, voor software), csv-excel (puntkomma, decimale komma, BOM: opent in Nederlandse Excel in kolommen) of xlsx: de hele lijst als bestand (csv en xlsx ook met de Accept-header).',
  );

/** A list's query schema with `formaat` added (the query schemas are strict). */
export function metFormaat<Shape extends z.core.$ZodShape, Config extends z.core.$ZodObjectConfig>(
  schema: z.ZodObject<Shape, Config>,
) {
  return schema.extend({ formaat: ExportFormaat });
}

/** The query of a list that has no other parameters. */
export const AlleenFormaat = z.strictObject({ formaat: ExportFormaat });

/** The 200 response of a list: JSON, or the same rows as CSV or XLSX (OpenAPI lists all three). */
export function exportAntwoord(schema: z.ZodType) {
  return {
    200: {
      description:
        'De lijst als JSON; met ?formaat=csv|xlsx of Accept: text/csv of de XLSX-mediatype de hele lijst als bestand. Header X-Weggelaten-Kolommen noemt de kolommen met persoonsgegevens die uw rol niet mag exporteren, X-Export-Afgekapt het maximum als de lijst langer was.',
      content: {
        'application/json': { schema },
        'text/csv': { schema: z.string() },
        [MIME.xlsx]: { schema: z.string() },
      },
    },
  };
}

/**
 * A Database whose transactions are the one already open: a list's own service (which opens its
 * transaction with `inTx`) runs inside the export's transaction, so all pages and the audit row
 * commit together and the reads see one snapshot of the rows.
 */
function binnen(db: Database, tx: Sql, ctx: Toegangscontext): Database {
  return {
    mode: db.mode,
    cache: db.cache,
    async transaction(c, fn) {
      if (c.gebruikerId !== ctx.gebruikerId || c.gemeenten.join() !== ctx.gemeenten.join()) {
        throw new Error('Een export leest alleen met de toegang van de gebruiker zelf.');
      }
      return fn(tx);
    },
    systemTransaction: () => Promise.reject(new Error('Een export leest niet als systeem.')),
    systemQuery: () => Promise.reject(new Error('Een export leest niet als systeem.')),
    executeJobSql: (text, values) => db.executeJobSql(text, values),
    close: async () => {},
  };
}

interface Gelezen<T> {
  rijen: T[];
  afgekapt: boolean;
  toelichting: string[];
}

async function leesAlles<Q, J, T, E>(
  db: Database,
  lijst: Exportlijst<J, T, E>,
  query: Q,
  haal: (db: Database, query: Q) => Promise<J>,
): Promise<Gelezen<T>> {
  const { maxRijen, paginagrootte } = exportInstellingen;
  const rijen: T[] = [];
  let q = lijst.pagina ? ({ ...query, pageSize: paginagrootte } as Q) : query;
  let toelichting: string[] | null = null;
  for (;;) {
    const json = await haal(db, q);
    toelichting ??= lijst.toelichting?.(json) ?? [];
    rijen.push(...lijst.rijen(json));
    const volgende = lijst.pagina?.volgende(json) ?? null;
    if (rijen.length > maxRijen) return { rijen: rijen.slice(0, maxRijen), afgekapt: true, toelichting };
    if (volgende === null) return { rijen, afgekapt: false, toelichting };
    if (rijen.length === maxRijen) return { rijen, afgekapt: true, toelichting };
    q = { ...q, [lijst.pagina!.cursor]: volgende };
  }
}

/**
 * The handler of a list route: JSON as before, or (formaat csv/xlsx) all rows as a file. The
 * personal-data rule uses the roles of the route's policy as "who may see the list".
 */
export async function lijstOfExport<Q extends { formaat?: string }, J, T, E>(
  req: FastifyRequest,
  reply: FastifyReply,
  db: Database,
  lijst: Exportlijst<J, T, E>,
  query: Q,
  haal: (db: Database, query: Q) => Promise<J>,
): Promise<J | FastifyReply> {
  const formaat = gevraagdFormaat(req, query.formaat);
  if (formaat === 'json') return haal(db, query);
  const actor = req.actor();
  const policy = req.routeOptions.config.policy;
  if (!policy) throw new Error(`${lijst.naam}: een export hoort bij een route met een policy`);
  const { kolommen, weggelaten } = exportkolommen(
    lijst.kolommen,
    rollenVan(actor.principal),
    rolesFor(policy),
  );
  const ctx = toegangscontext(actor.principal);

  const { tabel, gelezen } = await inTx(db, actor, async (tx) => {
    const eigen = binnen(db, tx, ctx);
    const gelezen = await leesAlles(eigen, lijst, query, haal);
    const extra = (lijst.extra ? await lijst.extra(eigen, actor) : undefined) as E;
    await audit(tx, actor, {
      actie: 'export',
      objectType: lijst.objectType,
      doel: lijst.doel,
      toelichting: auditToelichting(lijst.naam, formaat, gelezen, weggelaten),
      personen: lijst.persoon
        ? gelezen.rijen.map((r) => lijst.persoon!(r) ?? null).filter((id) => id !== null)
        : null,
    });
    const tabel: Rij[] = gelezen.rijen.map((r) =>
      Object.fromEntries(kolommen.map((k) => [k.sleutel, k.waarde(r, extra)])),
    );
    return { tabel, gelezen };
  });

  if (weggelaten.length) reply.header('x-weggelaten-kolommen', weggelaten.map((k) => k.sleutel).join(','));
  if (gelezen.afgekapt) reply.header('x-export-afgekapt', String(exportInstellingen.maxRijen));
  return exportTabel(reply, {
    kolommen: kolommen.map(
      ({ sleutel, kop, citeren, breedte }): Kolom => ({ sleutel, kop, citeren, breedte }),
    ),
    rijen: tabel,
    formaat,
    bestandsnaam: lijst.naam,
    blad: lijst.titel,
    toelichting: [lijst.titel, ...gelezen.toelichting, ...voetnoten(gelezen, weggelaten)],
  });
}

function voetnoten<T>(gelezen: Gelezen<T>, weggelaten: ReadonlyArray<{ kop: string }>): string[] {
  const regels: string[] = [];
  if (weggelaten.length) {
    regels.push(
      `Zonder persoonsgegevens: uw rol mag deze kolommen niet exporteren: ${weggelaten.map((k) => k.kop).join(', ')}.`,
    );
  }
  if (gelezen.afgekapt) {
    regels.push(
      `Afgekapt: alleen de eerste ${exportInstellingen.maxRijen.toLocaleString('nl-NL')} rijen; verfijn de filters voor de rest.`,
    );
  }
  return regels;
}

/** Counts and column keys only: an audit row never holds personal data. */
function auditToelichting<T>(
  naam: string,
  formaat: Formaat,
  gelezen: Gelezen<T>,
  weggelaten: ReadonlyArray<{ sleutel: string }>,
): string {
  return [
    `${naam}: ${gelezen.rijen.length} rijen als ${formaat}`,
    gelezen.afgekapt ? `afgekapt op ${exportInstellingen.maxRijen}` : null,
    `weggelaten: ${weggelaten.length ? weggelaten.map((k) => k.sleutel).join(', ') : 'geen'}`,
  ]
    .filter(Boolean)
    .join('; ');
}

/** Cell helpers shared by the modules' column definitions. */
export const cel = {
  /** A timestamp as ISO 8601 in UTC, as in the JSON. */
  tijdstip: (d: Date | string | null | undefined): string | null =>
    d == null ? null : d instanceof Date ? d.toISOString() : d,
  lijst: (waarden: readonly (string | null | undefined)[]): string =>
    waarden.filter((w): w is string => !!w).join('; '),
};
