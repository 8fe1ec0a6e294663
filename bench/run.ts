/**
 * `npm run bench -- <scenario> [options]`: benchmark scenarios (not part of `npm test`). Each one
 * prints its figures and appends them to bench/RESULTS.md. Add a scenario with one line below.
 */
const SCENARIOS: Record<
  string,
  { omschrijving: string; laad: () => Promise<{ run(args: string[]): Promise<void> }> }
> = {
  import: {
    omschrijving: 'historische import van beschikkingen (CSV) op PostgreSQL en PGlite, regels/s',
    laad: () => import('./import.ts'),
  },
  http: {
    omschrijving:
      'HTTP: gemengde werklast (audit aan/uit), melding, werkvoorraad, kerncijfers, basisroute; --db postgres|pglite',
    laad: () => import('./http.ts'),
  },
  monitoring: {
    omschrijving:
      'kerncijfers per gemeente-jaar (berekend en uit de rollup) en het beleidsdashboard in Chromium; --db postgres|pglite',
    laad: () => import('./monitoring.ts'),
  },
  declaratie: {
    omschrijving:
      'een WMO323 met 10.000 prestaties verwerken (XSD, regels, beoordeling, WMO325); --prestaties n --db pglite|postgres',
    laad: () => import('./declaratie.ts'),
  },
  generator: {
    omschrijving: 'synthetische-datagenerator (demo-data --profiel deventer-2019 --schaal n), rijen/s',
    laad: () => import('./generator.ts'),
  },
};

export {};

const [naam, ...args] = process.argv.slice(2);
const scenario = naam ? SCENARIOS[naam] : undefined;
if (!scenario) {
  console.log('Gebruik: npm run bench -- <scenario> [opties]\n\nScenario’s:');
  for (const [n, s] of Object.entries(SCENARIOS)) console.log(`  ${n.padEnd(12)} ${s.omschrijving}`);
  process.exit(naam ? 64 : 0);
}
const mod = await scenario.laad();
await mod.run(args);
process.exit(0);
