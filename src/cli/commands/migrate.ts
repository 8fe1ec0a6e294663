import { loadConfig } from '../../server/platform/config.ts';
import { openDatabase } from '../../server/platform/db/index.ts';
import { migrate } from '../../server/platform/db/migrate.ts';
import { notViaServer } from './shared.ts';

export async function runMigrate(server: string | null): Promise<number> {
  if (server) return notViaServer('migrate');
  const db = await openDatabase(loadConfig());
  try {
    const applied = await migrate(db);
    console.log(applied.length ? `Toegepast: ${applied.join(', ')}` : 'De database is bij.');
    return 0;
  } finally {
    await db.close();
  }
}
