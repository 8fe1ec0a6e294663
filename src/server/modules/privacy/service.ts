import type { z } from 'zod';
import type { AnkerOpties } from '../../platform/audit/anker.ts';
import { audit } from '../../platform/audit/audit.ts';
import { verifieerAudit } from '../../platform/audit/verificatie.ts';
import type { Actor } from '../../platform/auth/principal.ts';
import { toegangscontext } from '../../platform/auth/principal.ts';
import type { Database } from '../../platform/db/types.ts';
import type { AuditFilter, AuditRegel } from './schemas.ts';

const DOEL = 'toezicht-op-gegevensverwerking';

/** The audit trail for the auditor's gemeenten (row-level security), newest first. */
export async function searchAudit(db: Database, actor: Actor, f: z.output<typeof AuditFilter>) {
  return db.transaction(toegangscontext(actor.principal), async (tx) => {
    const { rows } = await tx.query<z.output<typeof AuditRegel>>(
      `SELECT a.id, a.tijdstip, a.gemeente_code AS "gemeenteCode", a.gebruiker_id AS "gebruikerId", a.gebruikersnaam, a.rol,
              a.organisatie_id AS "organisatieId", a.actie, a.object_type AS "objectType", a.object_id AS "objectId",
              a.resultaat, a.doel, a.herkomst_ip AS "herkomstIp", a.sessie, a.verzoek_id AS "verzoekId", a.toelichting,
              a.personen::text[] AS personen, a.doorbraak_id AS "doorbraakId",
              EXISTS (SELECT 1 FROM audit_keten k WHERE k.audit_id = a.id) AS verzegeld
       FROM audit_log a
       WHERE ($1::text IS NULL OR a.gemeente_code = $1)
         AND ($2::uuid IS NULL OR a.gebruiker_id = $2)
         AND ($3::text IS NULL OR a.object_type = $3)
         AND ($4::text IS NULL OR a.object_id = $4)
         AND ($5::text IS NULL OR a.actie = $5)
         AND ($6::text IS NULL OR a.resultaat = $6)
         AND ($7::date IS NULL OR a.tijdstip >= $7::date)
         AND ($8::date IS NULL OR a.tijdstip < $8::date + 1)
         AND ($9::bigint IS NULL OR a.id < $9)
         AND ($11::uuid IS NULL OR a.personen @> ARRAY[$11::uuid] OR (a.object_type = 'persoon' AND a.object_id = $11::text))
       ORDER BY a.id DESC LIMIT $10`,
      [
        f.gemeente ?? null,
        f.gebruiker ?? null,
        f.objectType ?? null,
        f.objectId ?? null,
        f.actie ?? null,
        f.resultaat ?? null,
        f.van ?? null,
        f.tot ?? null,
        f.voor ?? null,
        f.pageSize + 1,
        f.persoon ?? null,
      ],
    );
    const more = rows.length > f.pageSize;
    const regels = more ? rows.slice(0, f.pageSize) : rows;
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'audit_log',
      objectId: f.objectId ?? null,
      doel: DOEL,
      // The auditor's own look at a person's accesses names that person too.
      personen: f.persoon ? [f.persoon] : null,
      gemeenteCode: f.gemeente ?? actor.principal.gemeenteCode,
    });
    return { regels, volgende: more ? (regels.at(-1)?.id ?? null) : null };
  });
}

export async function verifyAudit(db: Database, actor: Actor, anker: AnkerOpties | null) {
  const report = await verifieerAudit(db, anker);
  await db.transaction(toegangscontext(actor.principal), (tx) =>
    audit(tx, actor, {
      actie: 'read',
      objectType: 'audit_keten',
      doel: DOEL,
      toelichting: report.intact ? 'keten intact' : `${report.problemen.length} problemen`,
    }),
  );
  return report;
}
