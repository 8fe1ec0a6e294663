import { demoPassword, hasData, loadDemoOrganisation } from '../../server/demo/demo-data.ts';
import {
  AlGegenereerd,
  genereerDemoData,
  PROFIELEN,
  type Profiel,
} from '../../server/demo/generator/index.ts';
import { loadConfig } from '../../server/platform/config.ts';
import { notViaServer, withDatabase } from './shared.ts';

export interface DemoDataOptions {
  profiel?: string;
  schaal?: string;
  seed?: string;
}

export async function runDemoData(server: string | null, o: DemoDataOptions = {}): Promise<number> {
  if (server) return notViaServer('demo-data');
  const config = loadConfig();
  const profiel = o.profiel;
  const schaal = o.schaal === undefined ? 1 : Number(o.schaal);
  const seed = o.seed === undefined ? 2019 : Number(o.seed);
  if (profiel !== undefined && !(PROFIELEN as readonly string[]).includes(profiel)) {
    console.error(`Onbekend profiel '${profiel}'. Beschikbaar: ${PROFIELEN.join(', ')}.`);
    return 64;
  }
  if (!(schaal > 0) || !Number.isFinite(schaal) || !Number.isSafeInteger(seed)) {
    console.error(
      '--schaal is een getal groter dan 0 (bijvoorbeeld 1, 0.1 of 100); --seed een geheel getal.',
    );
    return 64;
  }
  return withDatabase(async (db) => {
    if (!(await hasData(db))) {
      const password = demoPassword(config.dataDir, config.demoPassword);
      const logins = await loadDemoOrganisation(db, password);
      console.log(`Demo-organisatie geladen met ${logins.length} accounts (wachtwoord: ${password}).`);
    } else if (!profiel) {
      console.log('De database bevat al gegevens; de demo-organisatie wordt niet opnieuw geladen.');
    }
    if (!profiel) return 0;
    console.log(`Synthetische gegevens genereren: profiel ${profiel}, schaal ${schaal}, seed ${seed}…`);
    try {
      const r = await genereerDemoData(db, {
        profiel: profiel as Profiel,
        schaal,
        seed,
        voortgang: (m) => console.log(`  ${m}`),
      });
      const fmt = (n: number) => n.toLocaleString('nl-NL');
      console.log(
        `Klaar in ${(r.duurMs / 1000).toFixed(1)} s: ${fmt(r.rijen)} rijen (${fmt(Math.round(r.rijen / (r.duurMs / 1000)))} rijen/s) in ${r.gemeenten.length} gemeente(n).`,
      );
      for (const [t, n] of Object.entries(r.aantallen)) console.log(`  ${t.padEnd(24)} ${fmt(n)}`);
      return 0;
    } catch (e) {
      if (e instanceof AlGegenereerd) {
        console.error(e.message);
        return 1;
      }
      throw e;
    }
  });
}
