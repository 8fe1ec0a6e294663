import { ankerOpties } from '../../server/platform/audit/anker.ts';
import type { VerifyReport } from '../../server/platform/audit/chain.ts';
import { verifieerAudit } from '../../server/platform/audit/verificatie.ts';
import { loadConfig } from '../../server/platform/config.ts';
import { apiClient, withDatabase } from './shared.ts';

function print(report: VerifyReport & { anker?: { volgnummer: number; tijdstip: string } | null }): number {
  console.log(
    `Gecontroleerde schakels: ${report.gecontroleerd}; nog niet verzegeld: ${report.nietVerzegeld}`,
  );
  console.log(
    report.anker
      ? `Vergeleken met het ankerpunt van ${report.anker.tijdstip} (${report.anker.volgnummer} schakels).`
      : 'Geen ankerpunt gevonden: het inkorten van de keten kan niet worden vastgesteld.',
  );
  for (const p of report.problemen) {
    console.log(`  ✗ ${p.soort}${p.volgnummer ? ` (schakel ${p.volgnummer})` : ''}: ${p.toelichting}`);
  }
  console.log(report.intact ? 'Het audittrail is intact.' : 'HET AUDITTRAIL IS NIET INTACT.');
  return report.intact ? 0 : 1;
}

export async function runAuditVerify(server: string | null, als: string | null): Promise<number> {
  if (server) {
    const call = await apiClient(server, als);
    const res = await call('POST', '/audit-verificaties');
    if (res.status !== 200) {
      console.error(`Controle via de server mislukt (${res.status}): ${JSON.stringify(res.body)}`);
      return 2;
    }
    return print(res.body as VerifyReport);
  }
  const config = loadConfig();
  const anker = ankerOpties({ dataDir: config.dataDir, ...config.auditAnker });
  return withDatabase(async (db) => print(await verifieerAudit(db, anker)));
}
