/**
 * The historic import of beschikkingen (issue 6, docs/import.md, ADR 0011): read and check the whole
 * file first; refuse it when a row is wrong (unless asked to skip invalid rows); then load it in
 * batches, each in its own transaction, with the counts of each batch committed with it. One audit
 * entry when the run starts and one when it ends — not one per row.
 */
import { createHash } from 'node:crypto';
import type { ImportContext, ImportFout } from '../../../domain/imports/beschikkingregels.ts';
import { leesBeschikkingenBestand } from '../../../domain/imports/bestand.ts';
import { type AuditSubject, markeerGeaudit, subjectOf, writeAudit } from '../../platform/audit/audit.ts';
import { type Actor, alsMedewerker, toegangscontext } from '../../platform/auth/principal.ts';
import { today } from '../../platform/clock.ts';
import { werkStatistiekenBij } from '../../platform/db/onderhoud.ts';
import type { Database, Sql, Toegangscontext } from '../../platform/db/types.ts';
import { errors } from '../../platform/http/errors.ts';
import { requireGemeente } from '../../platform/usecase.ts';
import { batches, laadBatch, laadPersonen, persoonsregels } from './laden.ts';

const DOEL = 'gegevensmigratie';
/** Errors kept in the report and in the bookkeeping; the total is always given. */
export const MAX_FOUTEN = 1000;
export const BATCH_GROOTTE = 20_000;

/** Who runs an import: a logged-in user (row-level security) or the command line (schema owner). */
export interface Uitvoerder {
  ctx: Toegangscontext | null;
  subject: AuditSubject;
  gebruikerId: string | null;
}

export function uitvoerderVan(actor: Actor): Uitvoerder {
  return {
    ctx: toegangscontext(actor.principal),
    subject: subjectOf(actor),
    gebruikerId: alsMedewerker(actor.principal).gebruikerId,
  };
}

export function cliUitvoerder(gemeenteCode: string, herkomst: AuditSubject['herkomst']): Uitvoerder {
  return {
    ctx: null,
    subject: {
      gebruikerId: null,
      gebruikersnaam: 'cli',
      rol: 'beheer',
      organisatieId: null,
      gemeenteCode,
      herkomst,
    },
    gebruikerId: null,
  };
}

function tx<T>(db: Database, u: Uitvoerder, fn: (tx: Sql) => Promise<T>): Promise<T> {
  return u.ctx ? db.transaction(u.ctx, fn) : db.systemTransaction(fn);
}

export interface ImportOpties {
  gemeenteCode: string;
  bestand: Uint8Array;
  bestandsnaam?: string | null;
  ongeldigeOverslaan?: boolean;
  batchGrootte?: number;
  /** Called after every committed batch (rows done, rows to do). */
  voortgang?: (verwerkt: number, totaal: number) => void;
  /** Batches loading at the same time (default: 2 on PostgreSQL, 1 on PGlite). */
  gelijktijdig?: number;
}

function stukken<T>(xs: readonly T[], n: number): T[][] {
  const uit: T[][] = [];
  for (let i = 0; i < xs.length; i += n) uit.push(xs.slice(i, i + n));
  return uit;
}

/** Runs `fn` over `items` with at most `n` at a time; the first error stops the rest. */
async function parallel<T>(items: readonly T[], n: number, fn: (x: T) => Promise<void>): Promise<void> {
  let volgende = 0;
  let fout: unknown = null;
  const werker = async () => {
    while (fout === null && volgende < items.length) {
      const x = items[volgende++]!;
      try {
        await fn(x);
      } catch (e) {
        fout ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(n, items.length)) }, werker));
  if (fout !== null) throw fout;
}

export interface ImportRapport {
  id: string;
  gemeenteCode: string;
  status: 'klaar' | 'geweigerd';
  bestandsnaam: string | null;
  codering: string;
  scheidingsteken: string | null;
  ongeldigeOverslaan: boolean;
  regels: number;
  geldigeRegels: number;
  ongeldigeRegels: number;
  nieuw: { personen: number; beschikkingen: number; voorzieningen: number; toewijzingen: number };
  alAanwezig: number;
  meldingen: string[];
  fouten: ImportFout[];
  foutenTotaal: number;
  duurMs: number;
}

const SCHEIDINGSTEKEN_NAAM: Record<string, string> = { ',': 'komma', ';': 'puntkomma', '\t': 'tab' };

async function laadContext(t: Sql, gemeenteCode: string): Promise<ImportContext> {
  const [wijken, gebieden, aanbieders, producten] = [
    await t.query<{ id: string; code: string }>('SELECT id, code FROM wijken WHERE gemeente_code = $1', [
      gemeenteCode,
    ]),
    await t.query<{ van: string; tot: string; wijk_id: string }>(
      'SELECT postcode_van AS van, postcode_tot AS tot, wijk_id FROM postcodegebieden WHERE gemeente_code = $1 ORDER BY postcode_van',
      [gemeenteCode],
    ),
    await t.query<{ id: string; agb_code: string }>(
      "SELECT id, agb_code FROM organisaties WHERE gemeente_code = $1 AND soort = 'aanbieder' AND agb_code IS NOT NULL",
      [gemeenteCode],
    ),
    await t.query<{ id: string; productcategorie: string; productcode: string }>(
      'SELECT id, productcategorie, productcode FROM producten WHERE gemeente_code = $1 AND productcode IS NOT NULL',
      [gemeenteCode],
    ),
  ];
  const wijk = new Map(wijken.rows.map((w) => [w.code, w.id]));
  const agb = new Map(aanbieders.rows.map((a) => [a.agb_code, a.id]));
  const product = new Map(producten.rows.map((p) => [`${p.productcategorie}|${p.productcode}`, p.id]));
  const postcodeWijk = new Map<string, string | null>();
  return {
    vandaag: today(),
    wijkOpCode: (code) => wijk.get(code) ?? null,
    wijkOpPostcode(postcode) {
      let w = postcodeWijk.get(postcode);
      if (w === undefined) {
        w = gebieden.rows.find((g) => g.van <= postcode && postcode <= g.tot)?.wijk_id ?? null;
        postcodeWijk.set(postcode, w);
      }
      return w;
    },
    aanbiederOpAgb: (code) => agb.get(code) ?? null,
    product: (categorie, code) => product.get(`${categorie}|${code}`) ?? null,
  };
}

/** From this many new voorzieningen on, an import refreshes the planner statistics. */
const STATISTIEK_DREMPEL = 10_000;

export async function importeerBeschikkingen(
  db: Database,
  u: Uitvoerder,
  o: ImportOpties,
): Promise<ImportRapport> {
  const start = performance.now();
  const gemeenteCode = o.gemeenteCode;
  if (u.ctx && !u.ctx.gemeenten.includes(gemeenteCode)) {
    throw errors.field('gemeente', 'geen-bevoegdheid', `U bent niet bevoegd voor gemeente ${gemeenteCode}.`);
  }
  const overslaan = o.ongeldigeOverslaan === true;
  const sha256 = createHash('sha256').update(o.bestand).digest('hex');
  const ctx = await tx(db, u, async (t) => {
    const g = await t.query('SELECT 1 FROM gemeenten WHERE code = $1', [gemeenteCode]);
    if (!g.rows[0]) throw errors.field('gemeente', 'bestaat-niet', `Gemeente ${gemeenteCode} bestaat niet.`);
    return laadContext(t, gemeenteCode);
  });
  const gelezen = leesBeschikkingenBestand(o.bestand, ctx);
  const ongeldigeRegels = new Set(gelezen.fouten.map((f) => f.regel)).size;
  const geweigerd = !gelezen.bruikbaar || (gelezen.fouten.length > 0 && !overslaan);
  const fouten = gelezen.fouten.slice(0, MAX_FOUTEN);
  const rapport: ImportRapport = {
    id: '',
    gemeenteCode,
    status: geweigerd ? 'geweigerd' : 'klaar',
    bestandsnaam: o.bestandsnaam ?? null,
    codering: gelezen.codering ?? 'onbekend',
    scheidingsteken: gelezen.scheidingsteken ? SCHEIDINGSTEKEN_NAAM[gelezen.scheidingsteken]! : null,
    ongeldigeOverslaan: overslaan,
    regels: gelezen.regels,
    geldigeRegels: gelezen.bruikbaar ? gelezen.geldig.length : 0,
    ongeldigeRegels: gelezen.bruikbaar ? ongeldigeRegels : gelezen.regels,
    nieuw: { personen: 0, beschikkingen: 0, voorzieningen: 0, toewijzingen: 0 },
    alAanwezig: 0,
    meldingen: [...gelezen.meldingen],
    fouten,
    foutenTotaal: gelezen.fouten.length,
    duurMs: 0,
  };

  // The run is recorded (and audited) before anything is loaded, also when the file is refused.
  rapport.id = await tx(db, u, async (t) => {
    const { rows } = await t.query<{ id: string }>(
      `INSERT INTO imports (gemeente_code, soort, bestandsnaam, sha256, codering, scheidingsteken, ongeldige_overslaan, status,
         regels, ongeldige_regels, fouten, gestart_door, klaar_op)
       VALUES ($1, 'beschikkingen', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, CASE WHEN $7 = 'geweigerd' THEN now() END)
       RETURNING id`,
      [
        gemeenteCode,
        rapport.bestandsnaam,
        sha256,
        rapport.codering,
        gelezen.scheidingsteken,
        overslaan,
        geweigerd ? 'geweigerd' : 'bezig',
        rapport.regels,
        rapport.ongeldigeRegels,
        JSON.stringify(fouten),
        u.gebruikerId,
      ],
    );
    const id = rows[0]!.id;
    await writeAudit(t, u.subject, [
      {
        actie: 'create',
        objectType: 'import',
        objectId: id,
        doel: DOEL,
        gemeenteCode,
        resultaat: geweigerd ? 'mislukt' : 'toegestaan',
        toelichting: geweigerd
          ? `beschikkingen: geweigerd, ${rapport.regels} regels, ${gelezen.fouten.length} fouten`
          : `beschikkingen: gestart, ${rapport.geldigeRegels} geldige regels van ${rapport.regels}`,
      },
    ]);
    return id;
  });
  if (geweigerd) {
    rapport.duurMs = Math.round(performance.now() - start);
    return rapport;
  }

  const geldig = gelezen.geldig;
  const grootte = o.batchGrootte ?? BATCH_GROOTTE;
  // On a PostgreSQL server two batches load at once (two cores: one backend each); PGlite has one
  // connection. Persons go first, so that concurrent batches never insert the same person.
  const gelijktijdig = o.gelijktijdig ?? (db.mode === 'postgres' ? 2 : 1);
  let verwerkt = 0;
  try {
    const personen = [...persoonsregels(geldig).values()];
    await parallel(stukken(personen, grootte * 2), gelijktijdig, async (stuk) => {
      const n = await tx(db, u, async (t) => {
        const n = await laadPersonen(t, gemeenteCode, stuk);
        await t.query('UPDATE imports SET personen_nieuw = personen_nieuw + $2 WHERE id = $1', [
          rapport.id,
          n,
        ]);
        return n;
      });
      rapport.nieuw.personen += n;
    });
    await parallel(batches(geldig, grootte), gelijktijdig, async (batch) => {
      const r = await tx(db, u, async (t) => {
        const res = await laadBatch(t, gemeenteCode, batch);
        await t.query(
          `UPDATE imports SET verwerkte_regels = verwerkte_regels + $2, beschikkingen_nieuw = beschikkingen_nieuw + $3,
             voorzieningen_nieuw = voorzieningen_nieuw + $4, toewijzingen_nieuw = toewijzingen_nieuw + $5,
             al_aanwezig = al_aanwezig + $6 WHERE id = $1`,
          [rapport.id, batch.length, res.beschikkingen, res.voorzieningen, res.toewijzingen, res.alAanwezig],
        );
        return res;
      });
      rapport.nieuw.beschikkingen += r.beschikkingen;
      rapport.nieuw.voorzieningen += r.voorzieningen;
      rapport.nieuw.toewijzingen += r.toewijzingen;
      rapport.alAanwezig += r.alAanwezig;
      verwerkt += batch.length;
      o.voortgang?.(verwerkt, geldig.length);
    });
  } catch (err) {
    // Committed batches stay (a re-run skips them); the run is marked failed and audited as such.
    await tx(db, u, async (t) => {
      await t.query("UPDATE imports SET status = 'mislukt', klaar_op = now() WHERE id = $1", [rapport.id]);
      await writeAudit(t, u.subject, [
        {
          actie: 'update',
          objectType: 'import',
          objectId: rapport.id,
          doel: DOEL,
          gemeenteCode,
          resultaat: 'mislukt',
          toelichting: `beschikkingen: afgebroken na ${verwerkt} regels`,
        },
      ]);
    }).catch(() => {});
    throw markeerGeaudit(err);
  }
  if (rapport.alAanwezig > 0) {
    rapport.meldingen.push(
      `${rapport.alAanwezig} regels stonden er al (eerder geïmporteerd); die zijn niet opnieuw toegevoegd of gewijzigd.`,
    );
  }
  // A large import changes the planner's picture of these tables at once; PGlite has no autovacuum
  // to notice (platform/db/onderhoud.ts). Small imports are left to autovacuum or the nightly run.
  if (rapport.nieuw.voorzieningen >= STATISTIEK_DREMPEL) {
    await werkStatistiekenBij(db, ['personen', 'beschikkingen', 'voorzieningen', 'toewijzingen']);
  }
  rapport.duurMs = Math.round(performance.now() - start);
  await tx(db, u, async (t) => {
    await t.query("UPDATE imports SET status = 'klaar', klaar_op = now() WHERE id = $1", [rapport.id]);
    const n = rapport.nieuw;
    await writeAudit(t, u.subject, [
      {
        actie: 'update',
        objectType: 'import',
        objectId: rapport.id,
        doel: DOEL,
        gemeenteCode,
        toelichting: `beschikkingen: klaar; nieuw ${n.personen} personen, ${n.beschikkingen} beschikkingen, ${n.voorzieningen} voorzieningen, ${n.toewijzingen} toewijzingen; ${rapport.alAanwezig} al aanwezig; ${rapport.ongeldigeRegels} ongeldige regels overgeslagen`,
      },
    ]);
  });
  return rapport;
}

export interface ImportSamenvatting {
  id: string;
  gemeenteCode: string;
  bestandsnaam: string | null;
  status: ImportStatus;
  regels: number;
  ongeldigeRegels: number;
  verwerkteRegels: number;
  nieuw: { personen: number; beschikkingen: number; voorzieningen: number; toewijzingen: number };
  alAanwezig: number;
  gestartOp: Date;
  klaarOp: Date | null;
}

export type ImportStatus = 'bezig' | 'klaar' | 'geweigerd' | 'mislukt';

interface ImportRij {
  id: string;
  gemeente_code: string;
  bestandsnaam: string | null;
  status: ImportStatus;
  codering: string;
  scheidingsteken: string | null;
  ongeldige_overslaan: boolean;
  regels: number;
  ongeldige_regels: number;
  verwerkte_regels: number;
  personen_nieuw: number;
  beschikkingen_nieuw: number;
  voorzieningen_nieuw: number;
  toewijzingen_nieuw: number;
  al_aanwezig: number;
  fouten: ImportFout[];
  gestart_op: Date;
  klaar_op: Date | null;
}

function samenvatting(r: ImportRij): ImportSamenvatting {
  return {
    id: r.id,
    gemeenteCode: r.gemeente_code,
    bestandsnaam: r.bestandsnaam,
    status: r.status,
    regels: r.regels,
    ongeldigeRegels: r.ongeldige_regels,
    verwerkteRegels: r.verwerkte_regels,
    nieuw: {
      personen: r.personen_nieuw,
      beschikkingen: r.beschikkingen_nieuw,
      voorzieningen: r.voorzieningen_nieuw,
      toewijzingen: r.toewijzingen_nieuw,
    },
    alAanwezig: r.al_aanwezig,
    gestartOp: r.gestart_op,
    klaarOp: r.klaar_op,
  };
}

/** The import runs of the user's gemeenten (bookkeeping; no personal data in it). */
export function lijstImports(db: Database, actor: Actor, gemeente?: string) {
  if (gemeente) requireGemeente(actor, gemeente);
  return db.transaction(toegangscontext(actor.principal), async (t) => {
    const { rows } = await t.query<ImportRij>(
      'SELECT * FROM imports WHERE ($1::text IS NULL OR gemeente_code = $1) ORDER BY gestart_op DESC LIMIT 100',
      [gemeente ?? null],
    );
    return rows.map(samenvatting);
  });
}

export function haalImport(db: Database, actor: Actor, id: string) {
  return db.transaction(toegangscontext(actor.principal), async (t) => {
    const { rows } = await t.query<ImportRij>('SELECT * FROM imports WHERE id = $1', [id]);
    const r = rows[0];
    if (!r) throw errors.notFound('De import');
    return {
      ...samenvatting(r),
      codering: r.codering,
      scheidingsteken: r.scheidingsteken ? (SCHEIDINGSTEKEN_NAAM[r.scheidingsteken] ?? null) : null,
      ongeldigeOverslaan: r.ongeldige_overslaan,
      fouten: r.fouten,
    };
  });
}
