import type { Database } from '../db/types.ts';
import { type AnkerOpties, controleerAnker } from './anker.ts';
import { type VerifyReport, verifyAuditChain } from './chain.ts';

export interface Verificatie extends VerifyReport {
  /** The latest checkpoint the chain was compared with; null when there is none (yet). */
  anker: { volgnummer: number; tijdstip: string } | null;
}

/**
 * `audit verify`: recomputes the chain (changed, deleted and unsealed rows, broken links) and
 * compares it with the latest checkpoint outside the database (removed newest rows).
 */
export async function verifieerAudit(db: Database, anker: AnkerOpties | null): Promise<Verificatie> {
  const report = await verifyAuditChain(db);
  if (!anker) return { ...report, anker: null };
  const a = await controleerAnker(db, anker);
  const problemen = [...report.problemen, ...a.problemen];
  return {
    ...report,
    problemen,
    intact: problemen.length === 0,
    anker: a.anker ? { volgnummer: a.anker.volgnummer, tijdstip: a.anker.tijdstip } : null,
  };
}
