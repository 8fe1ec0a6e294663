import { demoPassword, hasData, loadDemoOrganisation } from '../../server/demo/demo-data.ts';
import { loadConfig } from '../../server/platform/config.ts';
import { notViaServer, withDatabase } from './shared.ts';

export async function runDemoData(server: string | null): Promise<number> {
  if (server) return notViaServer('demo-data');
  const config = loadConfig();
  return withDatabase(async (db) => {
    if (await hasData(db)) {
      console.log('De database bevat al gegevens; de demo-organisatie wordt niet opnieuw geladen.');
      return 0;
    }
    const password = demoPassword(config.dataDir, config.demoPassword);
    const logins = await loadDemoOrganisation(db, password);
    console.log(`Demo-organisatie geladen met ${logins.length} accounts (wachtwoord: ${password}).`);
    return 0;
  });
}
