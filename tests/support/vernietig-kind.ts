/**
 * Child process of the kill -9 test (tests/integration/vernietiging-kill.test.ts): opens the database,
 * starts destroying one person and stops halfway inside the transaction, saying so on stdout, so the
 * parent can kill it there with SIGKILL.
 */
import { vernietigPersoon } from '../../src/server/modules/privacy/bewaren/vernietigen.ts';
import { openPglite } from '../../src/server/platform/db/pglite.ts';
import { openPostgres } from '../../src/server/platform/db/postgres.ts';

const [soort, waar, item] = process.argv.slice(2) as [string, string, string];
const db = soort === 'pglite' ? await openPglite(waar) : await openPostgres(waar, 2);
let stappen = 0;
await vernietigPersoon(db, JSON.parse(item), {
  naStap: async (stap) => {
    stappen++;
    // After a few tables are gone (meldingen and more), wait here until the parent kills us.
    if (stappen >= 4) {
      process.stdout.write(`HALVERWEGE ${stap}\n`);
      await new Promise(() => {});
    }
  },
});
process.stdout.write('KLAAR\n');
