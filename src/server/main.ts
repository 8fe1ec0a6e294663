import { startBenchInstrumenten } from './bench-basis.ts';
import { loadConfig } from './platform/config.ts';
import { DataDirInUseError } from './platform/db/lock.ts';
import { startRuntime } from './runtime.ts';

async function main() {
  const config = loadConfig();
  let runtime: Awaited<ReturnType<typeof startRuntime>>;
  try {
    runtime = await startRuntime(config);
  } catch (err) {
    if (err instanceof DataDirInUseError) {
      console.error(`\n${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  await runtime.app.listen({ port: config.port, host: config.host });
  const basis = startBenchInstrumenten(runtime.db);

  const url = `http://localhost:${config.port}`;
  const mode = config.databaseUrl ? 'PostgreSQL-server (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
  console.log(`\nOpen Toegang draait op ${url}`);
  console.log(`Database: ${mode}${runtime.demo.loaded ? ' — demodata geladen' : ''}`);
  if (runtime.demo.password) {
    console.log('\nDemo-accounts (gebruikersnaam = rol):');
    for (const l of runtime.demo.logins) {
      console.log(`  ${l.gebruikersnaam.padEnd(26)} ${l.rollen.join(', ').padEnd(20)} ${l.naam}`);
    }
    console.log(`  wachtwoord voor alle demo-accounts: ${runtime.demo.password}`);
    console.log('  (zet OPEN_TOEGANG_DEMO_PASSWORD om zelf een wachtwoord te kiezen)');
    if (config.mfa === 'verplicht') {
      console.log(
        '  Tweede factor (MFA=verplicht): rollen met persoonsgegevens vragen na het wachtwoord een code.',
      );
      console.log('  De code van een demo-account: npm run cli -- demo-totp <gebruikersnaam>');
    } else {
      console.log('  LET OP: de tweede factor staat uit (MFA=uit); zet hem aan voor productie.');
    }
    console.log('');
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} ontvangen: lopende verzoeken afronden en de database netjes sluiten…`);
    const force = setTimeout(() => {
      console.error('Afsluiten duurt te lang; gestopt zonder nette afsluiting.');
      process.exit(1);
    }, 20_000);
    force.unref();
    try {
      basis?.close();
      await runtime.stop();
      process.exit(0);
    } catch (err) {
      console.error('Fout bij afsluiten:', err);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
