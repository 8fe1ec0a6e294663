import { type VerifyReport, verifyAuditChain } from '../../server/platform/audit/chain.ts';
import { apiClient, withDatabase } from './shared.ts';

function print(report: VerifyReport): number {
  console.log(
    `Gecontroleerde schakels: ${report.gecontroleerd}; nog niet verzegeld: ${report.nietVerzegeld}`,
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
  return withDatabase(async (db) => print(await verifyAuditChain(db)));
}
