import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/types.ts';
import { GENESIS, type VerifyProblem } from './chain.ts';

/**
 * Checkpoints ("ankerpunten") of the audit chain outside the database (issue 14, finding 4; ADR
 * 0022, docs/audit-checkpoints.md). The chain head lives in the database, so whoever owns the
 * database can delete the newest sealed rows together with their chain entries and the chain still
 * verifies. A checkpoint records head hash + number of links + time, signed with HMAC-SHA256 under a
 * key the database does not hold, and goes to (a) an append-only file in the data dir that has its
 * own hash chain, (b) optionally an external append-only target (HTTP POST) and (c) the log.
 * `audit verify` then fails when the chain is shorter than, or differs from, the latest checkpoint.
 */

export interface Ankerpunt {
  /** Number of links in audit_keten at the moment of the checkpoint (= the head's volgnummer). */
  volgnummer: number;
  /** Hash of the head link (GENESIS for an empty chain). */
  hash: string;
  /** ISO 8601, UTC. */
  tijdstip: string;
  /** SHA-256 of the previous line of the file (GENESIS for the first): the file's own chain. */
  vorige: string;
  /** HMAC-SHA256 over the four fields above. */
  handtekening: string;
}

export interface AnkerOpties {
  /** The append-only file with one JSON checkpoint per line. */
  bestand: string;
  /** The HMAC key (at least 32 bytes); read (or made) only when a checkpoint is written or checked. */
  sleutel: () => Buffer;
  /** External append-only target: each checkpoint is POSTed there as JSON. */
  url: string | null;
}

/** The key from AUDIT_ANKER_SLEUTEL, or generated once in the data dir (mode 0600). */
export function ankerOpties(o: {
  dataDir: string;
  sleutel: string | null;
  bestand: string | null;
  url: string | null;
}): AnkerOpties {
  let sleutel: Buffer | null = null;
  const lees = (): Buffer => {
    if (sleutel) return sleutel;
    if (o.sleutel) {
      sleutel = Buffer.from(o.sleutel, 'utf8');
    } else {
      const file = path.join(o.dataDir, 'audit-anker.sleutel');
      if (!fs.existsSync(file)) {
        fs.mkdirSync(o.dataDir, { recursive: true });
        fs.writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
      }
      sleutel = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'utf8');
    }
    if (sleutel.length < 32) throw new Error('AUDIT_ANKER_SLEUTEL moet minstens 32 tekens lang zijn.');
    return sleutel;
  };
  return { bestand: o.bestand ?? path.join(o.dataDir, 'audit-ankers.jsonl'), sleutel: lees, url: o.url };
}

function onderteken(sleutel: Buffer, a: Omit<Ankerpunt, 'handtekening'>): string {
  return createHmac('sha256', sleutel)
    .update(`${a.volgnummer}|${a.hash}|${a.tijdstip}|${a.vorige}`)
    .digest('hex');
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

interface Gelezen {
  ankers: Ankerpunt[];
  /** SHA-256 of the last line (the `vorige` of the next checkpoint). */
  laatsteRegelHash: string;
  problemen: VerifyProblem[];
}

/** Reads the file and checks every line: signature, the file's own chain, growing counts. */
export function leesAnkers(o: AnkerOpties): Gelezen {
  if (!fs.existsSync(o.bestand)) return { ankers: [], laatsteRegelHash: GENESIS, problemen: [] };
  const regels = fs.readFileSync(o.bestand, 'utf8').split('\n').filter(Boolean);
  const ankers: Ankerpunt[] = [];
  const problemen: VerifyProblem[] = [];
  let vorige = GENESIS;
  let vorigAantal = 0;
  const fout = (n: number, tekst: string) =>
    problemen.push({
      volgnummer: null,
      auditId: null,
      soort: 'anker-ongeldig',
      toelichting: `Ankerbestand, regel ${n}: ${tekst}`,
    });
  for (const [i, regel] of regels.entries()) {
    let a: Ankerpunt;
    try {
      a = JSON.parse(regel) as Ankerpunt;
    } catch {
      fout(i + 1, 'geen leesbaar ankerpunt; het bestand is beschadigd of bewerkt.');
      vorige = sha256(regel);
      continue;
    }
    const verwacht = onderteken(o.sleutel(), a);
    const echt =
      typeof a.handtekening === 'string' &&
      a.handtekening.length === verwacht.length &&
      timingSafeEqual(Buffer.from(a.handtekening), Buffer.from(verwacht));
    if (!echt)
      fout(
        i + 1,
        'de handtekening klopt niet; het ankerpunt is gewijzigd of met een andere sleutel gemaakt.',
      );
    else if (a.vorige !== vorige)
      fout(i + 1, 'de verwijzing naar de vorige regel klopt niet; er zijn regels verwijderd of verplaatst.');
    else if (a.volgnummer < vorigAantal)
      fout(i + 1, 'het aantal schakels is kleiner dan in het vorige ankerpunt.');
    if (echt) {
      ankers.push(a);
      vorigAantal = Math.max(vorigAantal, a.volgnummer);
    }
    vorige = sha256(regel);
  }
  return { ankers, laatsteRegelHash: vorige, problemen };
}

async function kop(db: Database): Promise<{ volgnummer: number; hash: string }> {
  const { rows } = await db.systemTransaction((tx) =>
    tx.query<{ volgnummer: number; hash: string }>(
      'SELECT volgnummer, hash FROM audit_keten ORDER BY volgnummer DESC LIMIT 1',
    ),
  );
  return { volgnummer: Number(rows[0]?.volgnummer ?? 0), hash: rows[0]?.hash ?? GENESIS };
}

export interface AnkerResultaat {
  anker: Ankerpunt;
  /** The external target refused or was unreachable (the file and the log have it). */
  extern: 'verstuurd' | 'mislukt' | 'niet-ingesteld';
}

/**
 * Writes a checkpoint of the current head: to the file (fsync'd), to the external target if set,
 * and returns it for the log. One writer per file at a time (callers serialise; see AnkerSchrijver).
 */
export async function zetAnker(db: Database, o: AnkerOpties, nu = new Date()): Promise<AnkerResultaat> {
  const head = await kop(db);
  const { laatsteRegelHash } = leesAnkers(o);
  const zonder = {
    volgnummer: head.volgnummer,
    hash: head.hash,
    tijdstip: nu.toISOString(),
    vorige: laatsteRegelHash,
  };
  const anker: Ankerpunt = { ...zonder, handtekening: onderteken(o.sleutel(), zonder) };
  fs.mkdirSync(path.dirname(o.bestand), { recursive: true });
  const fd = fs.openSync(o.bestand, 'a', 0o600);
  try {
    fs.writeSync(fd, `${JSON.stringify(anker)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  let extern: AnkerResultaat['extern'] = 'niet-ingesteld';
  if (o.url) {
    try {
      const res = await fetch(o.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(anker),
        signal: AbortSignal.timeout(10_000),
      });
      extern = res.ok ? 'verstuurd' : 'mislukt';
    } catch {
      extern = 'mislukt';
    }
  }
  return { anker, extern };
}

/**
 * Compares the chain in the database with the latest checkpoint: the link it names must still be
 * there with the same hash. Fewer links means the newest sealed rows were removed.
 */
export async function controleerAnker(
  db: Database,
  o: AnkerOpties,
): Promise<{ anker: Ankerpunt | null; problemen: VerifyProblem[] }> {
  const { ankers, problemen } = leesAnkers(o);
  const anker = ankers.at(-1) ?? null;
  if (!anker || anker.volgnummer === 0) return { anker, problemen };
  const head = await kop(db);
  const { rows } = await db.systemTransaction((tx) =>
    tx.query<{ hash: string }>('SELECT hash FROM audit_keten WHERE volgnummer = $1', [anker.volgnummer]),
  );
  const wanneer = anker.tijdstip;
  if (head.volgnummer < anker.volgnummer) {
    problemen.push({
      volgnummer: anker.volgnummer,
      auditId: null,
      soort: 'ingekort',
      toelichting: `Het ankerpunt van ${wanneer} telde ${anker.volgnummer} verzegelde auditregels, de keten telt er nu ${head.volgnummer}: de nieuwste ${anker.volgnummer - head.volgnummer} regel(s) zijn verwijderd.`,
    });
  } else if (rows[0]?.hash !== anker.hash) {
    problemen.push({
      volgnummer: anker.volgnummer,
      auditId: null,
      soort: 'keten-herschreven',
      toelichting: `Schakel ${anker.volgnummer} heeft een andere hash dan in het ankerpunt van ${wanneer}: de keten is na dat ankerpunt opnieuw opgebouwd.`,
    });
  }
  return { anker, problemen };
}

/**
 * Periodic checkpoints in one process: at most one write at a time, and at most one per
 * `intervalMs`, so the sealer (every few seconds) does not write a line per seal.
 */
export class AnkerSchrijver {
  private bezig: Promise<unknown> = Promise.resolve();
  private laatste: { volgnummer: number; ms: number } | null = null;

  constructor(
    private readonly db: Database,
    private readonly opties: AnkerOpties,
    private readonly intervalMs: number,
    private readonly melden: (r: AnkerResultaat) => void,
  ) {}

  /** A checkpoint if due (`altijd`: regardless of the interval, e.g. at shutdown). */
  zet(altijd = false): Promise<unknown> {
    this.bezig = this.bezig.then(async () => {
      const nu = Date.now();
      if (!altijd && this.laatste && nu - this.laatste.ms < this.intervalMs) return;
      const r = await zetAnker(this.db, this.opties, new Date(nu));
      this.laatste = { volgnummer: r.anker.volgnummer, ms: nu };
      this.melden(r);
    });
    return this.bezig;
  }
}
