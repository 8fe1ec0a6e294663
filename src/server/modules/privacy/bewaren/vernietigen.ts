import { beoordeelBewaring } from '../../../../domain/privacy/bewaartermijnen.ts';
import { writeAudit } from '../../../platform/audit/audit.ts';
import { AUDIT_ROW_SQL, type AuditRowText, rijDigest } from '../../../platform/audit/chain.ts';
import { today } from '../../../platform/clock.ts';
import type { Database, Sql } from '../../../platform/db/types.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { monitoring } from '../../monitoring/index.ts';
import { feitenVanPersoon } from './feiten.ts';
import { laadTermijnen } from './termijnen.ts';

/**
 * Destroys one person (ADR 0031): every row of every module that belongs to them, in ONE system
 * transaction, so that an interrupted run (kill -9) leaves either the whole person or nothing.
 *
 * Which rows: the foreign keys of the schema, read from the catalog, walked from the person (and their
 * household when they were its last member) to every row that hangs off them: meldingen, onderzoeken,
 * gesprekken, plans, aanvragen, beschikkingen, voorzieningen, toewijzingen, iWmo-berichten, declaratie
 * regels, verwijzingen with their copies, toestemmingen, bezwaren, klachten, portal messages and
 * attachments, documents with their PDFs, privacyverzoeken, ... A new module table with a foreign key
 * is covered without a change here. References without a foreign key are listed in ZONDER_FK and
 * checked by bewaren.test.ts against every persoon_id/bsn column in the migrations.
 */

/** Foreign keys that are a loose link to someone else's record: cleared, not followed. */
const LOSSE_VERWIJZINGEN = new Set([
  'verwijzingen.terug_melding_id',
  'declaraties.bericht_id',
  'declaraties.antwoord_bericht_id',
  'iwmo_verzoeken.antwoord_bericht_id',
  'toewijzingen.verzoek_id',
]);

/**
 * Person references without a foreign key, and what the destruction does with them (the test checks
 * that every such column in the migrations is listed here).
 */
export const ZONDER_FK: Record<string, string> = {
  'audit_log.personen': 'gepseudonimiseerd (de keten blijft geldig, audit_pseudonimiseringen)',
  'brp_bevragingen.bsns': 'BSN uit het protocol gehaald',
  'inwoner_sessies.bsn': 'sessies verwijderd',
  'inwoner_sessies.namens_bsn': 'sessies verwijderd',
  'machtigingen.gemachtigde_bsn': 'machtigingen verwijderd',
  'machtigingen.vertegenwoordigde_bsn': 'machtigingen verwijderd',
  'vernietigingslijst_personen.persoon_id': 'leeggemaakt; het pseudoniem blijft',
  'declaratie_regels.bsn': 'met de toewijzing verwijderd (via de sleutel)',
  'huishoudens.contactpersoon_id': 'een medewerker, geen persoon',
  'brp_signalen.contactpersoon_id': 'een medewerker, geen persoon',
  'bezwaar_bewaarplichten.persoon_id': 'een view op bezwaren (geen eigen rijen)',
};

interface Sleutel {
  kind: string;
  kolom: string;
  ouder: string;
  nullable: boolean;
  heeftId: boolean;
}

async function sleutels(tx: Sql): Promise<Sleutel[]> {
  const { rows } = await tx.query<Sleutel>(
    `SELECT c.conrelid::regclass::text AS kind, a.attname AS kolom, c.confrelid::regclass::text AS ouder,
            NOT a.attnotnull AS nullable,
            EXISTS (SELECT 1 FROM pg_attribute x WHERE x.attrelid = c.conrelid AND x.attname = 'id' AND NOT x.attisdropped) AS "heeftId"
     FROM pg_constraint c
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]
     WHERE c.contype = 'f' AND cardinality(c.conkey) = 1 AND af.attname = 'id'
       AND c.connamespace = 'public'::regnamespace
     ORDER BY 1, 2`,
  );
  return rows;
}

export interface VernietigItem {
  lijstId: string;
  pseudoniem: string;
  persoonId: string;
  gemeenteCode: string;
}

export interface VernietigOpties {
  /** Test seam: called after each step inside the transaction (the kill -9 test waits here). */
  naStap?: (stap: string) => Promise<void>;
  /** Who approved, for the audit row of the destruction. */
  goedgekeurdDoor?: string[];
}

export function vernietigingGeweigerd(reden: string): AppError {
  const tekst: Record<string, string> = {
    'open-zaak': 'De persoon heeft een open zaak; het dossier kan niet worden vernietigd.',
    bewaarplicht:
      'Voor de persoon geldt een bewaarplicht (bezwaar, beroep of handmatig); er is niets vernietigd.',
    'lopende-voorziening': 'De persoon heeft een lopende voorziening; er is niets vernietigd.',
    'termijn-loopt': 'De bewaartermijn van een dossier van deze persoon loopt nog; er is niets vernietigd.',
    'geen-dossier': 'De persoon bestaat niet (meer) of heeft geen dossier.',
  };
  return new AppError(409, 'vernietiging-geweigerd', 'Vernietiging geweigerd', tekst[reden] ?? reden);
}

/** Destroys the person; throws vernietiging-geweigerd (nothing done) when they may not go. */
export async function vernietigPersoon(
  db: Database,
  item: VernietigItem,
  opts: VernietigOpties = {},
): Promise<Record<string, number>> {
  const stap = opts.naStap ?? (async () => {});
  return db.systemTransaction(async (tx) => {
    // One destruction and one sealer at a time: the audit rows of the person change below.
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('open-toegang:audit-keten'))");
    const persoon = await tx.query<{ bsn: string | null }>(
      'SELECT bsn FROM personen WHERE id = $1 FOR UPDATE',
      [item.persoonId],
    );
    if (!persoon.rows[0]) throw vernietigingGeweigerd('geen-dossier');
    const feiten = await feitenVanPersoon(tx, item.persoonId);
    const termijnen = await laadTermijnen(tx, item.gemeenteCode);
    const oordeel = feiten ? beoordeelBewaring(feiten, termijnen, today()) : null;
    if (!oordeel?.vernietigen) throw vernietigingGeweigerd(oordeel?.reden ?? 'geen-dossier');
    const bsn = persoon.rows[0].bsn;

    await monitoring.api.bewaarVernietigdeTelling(tx, item.gemeenteCode, item.persoonId);
    await stap('tellingen');

    const teVerwijderen = await verzameling(tx, item.persoonId);
    const verwijderd = await verwijder(tx, teVerwijderen, stap);

    if (bsn) {
      await tx.query('UPDATE brp_bevragingen SET bsns = array_remove(bsns, $1) WHERE $1 = ANY (bsns)', [bsn]);
      verwijderd.inwoner_sessies = (
        await tx.query('DELETE FROM inwoner_sessies WHERE bsn = $1 OR namens_bsn = $1', [bsn])
      ).rowCount;
      verwijderd.machtigingen = (
        await tx.query('DELETE FROM machtigingen WHERE gemachtigde_bsn = $1 OR vertegenwoordigde_bsn = $1', [
          bsn,
        ])
      ).rowCount;
    }
    await tx.query('UPDATE vernietigingslijst_personen SET persoon_id = NULL WHERE persoon_id = $1', [
      item.persoonId,
    ]);
    verwijderd.audit_log_gepseudonimiseerd = await pseudonimiseerAudit(tx, item);
    await stap('audit');

    await tx.query(
      `UPDATE vernietigingslijst_personen SET status = 'vernietigd', vernietigd_op = now(), verwijderd = $3
       WHERE lijst_id = $1 AND pseudoniem = $2`,
      [item.lijstId, item.pseudoniem, JSON.stringify(verwijderd)],
    );
    await writeAudit(
      tx,
      {
        gebruikerId: null,
        gebruikersnaam: null,
        rol: 'systeem',
        organisatieId: null,
        gemeenteCode: item.gemeenteCode,
        herkomst: { ip: '127.0.0.1', sessie: null, verzoekId: `vernietiging-${item.lijstId}` },
      },
      [
        {
          actie: 'delete',
          objectType: 'vernietigingslijst',
          objectId: item.lijstId,
          doel: 'archivering',
          toelichting: `persoon vernietigd (pseudoniem ${item.pseudoniem}); goedgekeurd door ${(opts.goedgekeurdDoor ?? []).join(', ')}`,
          personen: [item.pseudoniem],
        },
      ],
    );
    return verwijderd;
  });
}

/** Every row to delete, per table: the walk over the foreign keys from the person. */
async function verzameling(tx: Sql, persoonId: string): Promise<Map<string, Set<string>>> {
  const set = new Map<string, Set<string>>([['personen', new Set([persoonId])]]);
  // The household goes too when the person was its only member.
  const hh = await tx.query<{ id: string }>(
    `SELECT h.id FROM huishoudens h
     WHERE EXISTS (SELECT 1 FROM huishouden_leden l WHERE l.huishouden_id = h.id AND l.persoon_id = $1)
       AND NOT EXISTS (SELECT 1 FROM huishouden_leden l WHERE l.huishouden_id = h.id AND l.persoon_id <> $1)`,
    [persoonId],
  );
  if (hh.rows.length > 0) set.set('huishoudens', new Set(hh.rows.map((r) => r.id)));
  const fks = (await sleutels(tx)).filter(
    (f) => f.heeftId && !LOSSE_VERWIJZINGEN.has(`${f.kind}.${f.kolom}`),
  );
  for (let gewijzigd = true; gewijzigd; ) {
    gewijzigd = false;
    for (const f of fks) {
      const ouders = set.get(f.ouder);
      if (!ouders || ouders.size === 0) continue;
      const { rows } = await tx.query<{ id: string }>(
        `SELECT id FROM ${f.kind} WHERE ${f.kolom} = ANY ($1)`,
        [[...ouders]],
      );
      const doel = set.get(f.kind) ?? new Set<string>();
      for (const r of rows) {
        if (!doel.has(String(r.id))) {
          doel.add(String(r.id));
          gewijzigd = true;
        }
      }
      set.set(f.kind, doel);
    }
  }
  return set;
}

/**
 * Deletes the collected rows. Loose links and nullable keys inside the set are cleared first (cycles
 * such as iwmo_berichten ↔ iwmo_verzoeken), rows of tables without an id go by their key, then the
 * tables are deleted children first (a failed try under a savepoint means a child is still there).
 */
async function verwijder(
  tx: Sql,
  set: Map<string, Set<string>>,
  stap: (s: string) => Promise<void>,
): Promise<Record<string, number>> {
  const fks = await sleutels(tx);
  for (const f of fks) {
    const ouders = set.get(f.ouder);
    if (!ouders || ouders.size === 0) continue;
    if (
      LOSSE_VERWIJZINGEN.has(`${f.kind}.${f.kolom}`) ||
      (f.nullable && f.heeftId && set.get(f.kind)?.size)
    ) {
      await tx.query(`UPDATE ${f.kind} SET ${f.kolom} = NULL WHERE ${f.kolom} = ANY ($1)`, [[...ouders]]);
    }
  }
  const verwijderd: Record<string, number> = {};
  for (const f of fks) {
    const ouders = set.get(f.ouder);
    if (f.heeftId || !ouders || ouders.size === 0) continue;
    const r = await tx.query(`DELETE FROM ${f.kind} WHERE ${f.kolom} = ANY ($1)`, [[...ouders]]);
    verwijderd[f.kind] = (verwijderd[f.kind] ?? 0) + r.rowCount;
  }
  let open = [...set.entries()].filter(([, ids]) => ids.size > 0);
  for (let ronde = 0; open.length > 0; ronde++) {
    if (ronde > set.size + 1)
      throw new Error(`Vernietiging blijft steken bij ${open.map(([t]) => t).join(', ')}`);
    const volgende: typeof open = [];
    for (const [tabel, ids] of open) {
      await tx.query('SAVEPOINT vernietig');
      try {
        const r = await tx.query(`DELETE FROM ${tabel} WHERE id = ANY ($1)`, [[...ids]]);
        await tx.query('RELEASE SAVEPOINT vernietig');
        verwijderd[tabel] = (verwijderd[tabel] ?? 0) + r.rowCount;
        await stap(tabel);
      } catch (e) {
        if ((e as { code?: string }).code !== '23503') throw e;
        await tx.query('ROLLBACK TO SAVEPOINT vernietig');
        volgende.push([tabel, ids]);
      }
    }
    open = volgende;
  }
  return verwijderd;
}

/**
 * Replaces the person by their pseudonym in every audit row. A sealed row keeps its chain hash and
 * gets a record of its new digest, so `audit verify` still passes (platform/audit/chain.ts).
 */
async function pseudonimiseerAudit(tx: Sql, item: VernietigItem): Promise<number> {
  const { rows } = await tx.query<{ id: number }>(
    'UPDATE audit_log SET personen = array_replace(personen, $1::uuid, $2::uuid) WHERE $1::uuid = ANY (personen) RETURNING id',
    [item.persoonId, item.pseudoniem],
  );
  if (rows.length === 0) return 0;
  const ids = rows.map((r) => r.id);
  const nu = await tx.query<AuditRowText & { keten_hash: string | null }>(
    `SELECT r.*, k.hash AS keten_hash FROM (${AUDIT_ROW_SQL} FROM audit_log a WHERE a.id = ANY ($1::bigint[])) r
     LEFT JOIN audit_keten k ON k.audit_id = r.id`,
    [ids],
  );
  const verzegeld = nu.rows.filter((r) => r.keten_hash !== null);
  if (verzegeld.length > 0) {
    await tx.query(
      `INSERT INTO audit_pseudonimiseringen (audit_id, keten_hash, rij_digest, lijst_id)
       SELECT *, $4::uuid FROM unnest($1::bigint[], $2::text[], $3::text[])
       ON CONFLICT (audit_id) DO UPDATE SET rij_digest = EXCLUDED.rij_digest`,
      [
        verzegeld.map((r) => r.id),
        verzegeld.map((r) => r.keten_hash),
        verzegeld.map((r) => rijDigest(r)),
        item.lijstId,
      ],
    );
  }
  return rows.length;
}
