/**
 * Letters are made after commit (ADR 0020). A use case stores the letter's content with status
 * 'te-maken' (./opslag.ts) and, once its transaction has committed, hands the document to
 * `planDocumenten`: with background jobs on, a durable pg-boss job renders it (with retries); without
 * them (tests, `OPEN_TOEGANG_JOBS=off`) the first download renders it. A sweep renders what a crash
 * between commit and job left behind, so no letter is lost. A render that fails leaves status
 * 'mislukt' with the error for the caseworker, who can try again.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../db/types.ts';
import { AppError } from '../http/errors.ts';
import type { Brief } from './brief.ts';
import { renderBrief } from './brief-renderer.ts';

export type DocumentStatus = 'te-maken' | 'gemaakt' | 'mislukt';

/** What the caseworker sees of a document: whether it is there, and why not. */
export interface DocumentStaat {
  status: DocumentStatus;
  fout: string | null;
}

/** How long a render error may be in the case file: enough to recognise it, no stack trace. */
const FOUT_MAX = 300;

/** Renders one document and stores the PDF with its SHA-256; 'mislukt' (with the error) if that fails. */
export async function maakDocument(db: Database, id: string): Promise<DocumentStatus | null> {
  const { rows } = await db.systemQuery<{ status: DocumentStatus; brief: Brief | null }>(
    'SELECT status, brief FROM documenten WHERE id = $1',
    [id],
  );
  const doc = rows[0];
  if (!doc) return null;
  if (doc.status === 'gemaakt') return 'gemaakt';
  let pdf: Buffer;
  try {
    pdf = await renderBrief(doc.brief!);
  } catch (err) {
    const fout = (err instanceof Error ? err.message : String(err)).slice(0, FOUT_MAX);
    await db.systemQuery(
      `UPDATE documenten SET status = 'mislukt', fout = $2, pogingen = pogingen + 1
       WHERE id = $1 AND status <> 'gemaakt'`,
      [id, fout],
    );
    return 'mislukt';
  }
  // Two renderers of one document (job and download at once): the first one's PDF stays.
  await db.systemQuery(
    `UPDATE documenten SET status = 'gemaakt', inhoud = $2, sha256 = $3, fout = NULL, pogingen = pogingen + 1,
       gemaakt_op = now() WHERE id = $1 AND status <> 'gemaakt'`,
    [id, pdf, createHash('sha256').update(pdf).digest('hex')],
  );
  return 'gemaakt';
}

/**
 * The PDF of a document the caller may see (the caller has checked that and audited the access),
 * made now if it is not there yet: the download is the last way a letter gets made.
 */
export async function pdfVanDocument(db: Database, id: string): Promise<Buffer> {
  const status = await maakDocument(db, id);
  if (status === 'gemaakt') {
    const { rows } = await db.systemQuery<{ inhoud: Uint8Array }>(
      'SELECT inhoud FROM documenten WHERE id = $1',
      [id],
    );
    if (rows[0]) return Buffer.from(rows[0].inhoud);
  }
  throw new AppError(
    503,
    'document-niet-gemaakt',
    'Brief nog niet beschikbaar',
    'De brief kon niet worden gemaakt. Probeer het later opnieuw; lukt het dan nog niet, meld het aan de functioneel beheerder.',
  );
}

/**
 * Renders documents still to make (or failed fewer than `maxPogingen` times) that are older than
 * `ouderDanSeconden`: the newest belong to a job that is about to run. In batches, oldest first.
 */
export async function maakOpenstaandeDocumenten(
  db: Database,
  opts: { ouderDanSeconden?: number; maxPogingen?: number; max?: number } = {},
): Promise<{ gemaakt: number; mislukt: number }> {
  const { rows } = await db.systemQuery<{ id: string }>(
    `SELECT id FROM documenten
     WHERE status <> 'gemaakt' AND pogingen < $1 AND aangemaakt_op <= now() - make_interval(secs => $2)
     ORDER BY aangemaakt_op LIMIT $3`,
    [opts.maxPogingen ?? 5, opts.ouderDanSeconden ?? 60, opts.max ?? 500],
  );
  const r = { gemaakt: 0, mislukt: 0 };
  for (const { id } of rows) {
    if ((await maakDocument(db, id)) === 'mislukt') r.mislukt++;
    else r.gemaakt++;
  }
  return r;
}

type Planner = (ids: string[]) => Promise<void>;
const planners = new WeakMap<Database, Planner>();

/** Set by the job queue when it starts (platform/jobs), cleared when it stops. */
export function zetDocumentPlanner(db: Database, planner: Planner | null): void {
  if (planner) planners.set(db, planner);
  else planners.delete(db);
}

/**
 * After commit: asks the job queue to make these documents. Never fails the use case (its decision
 * is already committed): without a queue, or when handing over fails, the sweep or the first
 * download makes the letter.
 */
export async function planDocumenten(db: Database, ids: Array<string | null | undefined>): Promise<void> {
  const planner = planners.get(db);
  const echte = ids.filter((id): id is string => !!id);
  if (!planner || echte.length === 0) return;
  await planner(echte).catch(() => {});
}
