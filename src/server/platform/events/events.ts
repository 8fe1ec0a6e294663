import { type Actor, gebruikerIdVan } from '../auth/principal.ts';
import type { Sql } from '../db/types.ts';

/**
 * Domain events: every case step writes one in the same transaction as the change. The case
 * timeline and the process KPIs are computed from them, so `type` names are stable (past tense,
 * PascalCase, e.g. MeldingOntvangen) and `data` holds references and facts, not personal data.
 */
export interface DomeinEvent {
  gemeenteCode: string;
  type: string;
  objectType: string;
  objectId: string;
  data?: Record<string, unknown>;
}

export async function recordEvent(tx: Sql, actor: Actor | null, e: DomeinEvent): Promise<void> {
  await tx.query(
    `INSERT INTO domein_events (gemeente_code, type, object_type, object_id, gebruiker_id, data)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      e.gemeenteCode,
      e.type,
      e.objectType,
      e.objectId,
      actor ? gebruikerIdVan(actor.principal) : null,
      JSON.stringify(e.data ?? {}),
    ],
  );
}
