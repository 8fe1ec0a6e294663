import type { Actor } from '../auth/principal.ts';
import type { Sql } from '../db/types.ts';

export type AuditActie =
  | 'create'
  | 'read'
  | 'update'
  | 'delete'
  | 'search'
  | 'export'
  | 'print'
  | 'login'
  | 'logout';
export type AuditResultaat = 'toegestaan' | 'geweigerd' | 'mislukt';

/**
 * One access to personal data (NEN 7513): who (actor), on behalf of which gemeente, what
 * (actie + object), result, from where (herkomst), and why (doel: the processing activity).
 * No personal data goes in here beyond references: object ids, never names or BSNs.
 */
export interface AuditEntry {
  actie: AuditActie;
  objectType: string;
  objectId?: string | null;
  /** The processing activity from the verwerkingsregister, e.g. 'organisatiebeheer'. */
  doel: string;
  resultaat?: AuditResultaat;
  gemeenteCode?: string | null;
  toelichting?: string | null;
}

export interface AuditSubject {
  gebruikerId: string | null;
  gebruikersnaam: string | null;
  rol: string | null;
  organisatieId: string | null;
  gemeenteCode: string | null;
  herkomst: { ip: string; sessie: string | null; verzoekId: string };
}

export function subjectOf(actor: Actor): AuditSubject {
  return {
    gebruikerId: actor.principal.gebruikerId,
    gebruikersnaam: actor.principal.gebruikersnaam,
    rol: actor.principal.rollen.join(','),
    organisatieId: actor.principal.organisatieId,
    gemeenteCode: actor.principal.gemeenteCode,
    herkomst: actor.herkomst,
  };
}

/** Process-wide switch for the benchmark's "audit off" comparison (issue 9); always on otherwise. */
export const auditSettings = { enabled: true };

const INSERT_SQL = `INSERT INTO audit_log
  (gemeente_code, gebruiker_id, gebruikersnaam, rol, organisatie_id, actie, object_type, object_id,
   resultaat, doel, herkomst_ip, sessie, verzoek_id, toelichting)
  SELECT * FROM unnest($1::text[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[],
    $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[])`;

/**
 * Writes audit rows inside the caller's transaction, so the record and the change commit or
 * fail together. Several entries go in one statement.
 */
export async function writeAudit(tx: Sql, subject: AuditSubject, entries: AuditEntry[]): Promise<void> {
  if (!auditSettings.enabled || entries.length === 0) return;
  const cols: unknown[][] = Array.from({ length: 14 }, () => []);
  for (const e of entries) {
    const values = [
      e.gemeenteCode ?? subject.gemeenteCode,
      subject.gebruikerId,
      subject.gebruikersnaam,
      subject.rol,
      subject.organisatieId,
      e.actie,
      e.objectType,
      e.objectId ?? null,
      e.resultaat ?? 'toegestaan',
      e.doel,
      subject.herkomst.ip,
      subject.herkomst.sessie,
      subject.herkomst.verzoekId,
      e.toelichting ?? null,
    ];
    values.forEach((v, i) => {
      cols[i]!.push(v);
    });
  }
  await tx.query(INSERT_SQL, cols);
}

export function audit(tx: Sql, actor: Actor, ...entries: AuditEntry[]): Promise<void> {
  return writeAudit(tx, subjectOf(actor), entries);
}
