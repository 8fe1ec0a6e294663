/**
 * Declaratie benchmark (issue 21): one WMO323 with N prestaties (default 10,000, a large provider's
 * month) through the same code as POST /api/v1/iwmo-berichten — XSD and rule checker, judging every
 * line against its toewijzing, the WMO325 answer and its rule check — on PGlite (or PostgreSQL with
 * --db postgres and DATABASE_URL). The toewijzingen come from the historic import (bench/import.ts).
 * Target: < 10 s.
 *
 *   npm run bench -- declaratie [--prestaties 10000] [--db pglite|postgres]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDemoOrganisation } from '../src/server/demo/demo-data.ts';
import { maakImportCsv } from '../src/server/demo/generator/import-csv.ts';
import { AANBIEDERS, DEVENTER_POSTCODES, DEVENTER_WIJKEN } from '../src/server/demo/organisatie-demo.ts';
import { cliUitvoerder, importeerBeschikkingen } from '../src/server/modules/imports/service.ts';
import { ontvangDeclaratie } from '../src/server/modules/iwmo/ontvang-declaratie.ts';
import type { Actor } from '../src/server/platform/auth/principal.ts';
import { setToday } from '../src/server/platform/clock.ts';
import { createTestDatabase, type DbKind } from '../tests/support/databases.ts';
import { type Wmo323Prestatie, wmo323 } from '../tests/support/declaraties.ts';
import { gitCommit, machine, schrijfResultaat } from './machine.ts';

const actor = {
  principal: {
    soort: 'medewerker',
    gebruikerId: null,
    gebruikersnaam: 'bench',
    medewerkerId: null,
    naam: 'bench',
    rollen: ['backoffice'],
    gemeenteCode: '0150',
    gemeenten: ['0150'],
    organisatieId: null,
    teamId: null,
    sessieId: 'bench',
    csrfToken: '',
  },
  herkomst: { ip: 'bench', sessie: null, verzoekId: 'bench-declaratie' },
} as unknown as Actor;

/**
 * CPU time of this process and of its finished child processes (xmllint, xsltproc: spawnSync waits
 * for them, so they count in cutime/cstime), in ms. The wall time on a shared machine says little.
 */
function cpuMs(): { proces: number; kinderen: number } {
  const u = process.cpuUsage();
  const velden = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  const tik = 100; // USER_HZ on Linux
  return {
    proces: (u.user + u.system) / 1000,
    kinderen: ((Number(velden[13]) + Number(velden[14])) * 1000) / tik,
  };
}

export async function run(args: string[]) {
  const { values } = parseArgs({
    args,
    options: { prestaties: { type: 'string', default: '10000' }, db: { type: 'string', default: 'pglite' } },
  });
  const n = Number(values.prestaties);
  const kind = values.db as DbKind;
  const database = await createTestDatabase(kind);
  try {
    await loadDemoOrganisation(database.db, 'bench-wachtwoord-123');
    const { csv } = maakImportCsv({
      rijen: Math.max(2000, Math.ceil(n / 2)),
      seed: 2019,
      wijkcodes: DEVENTER_WIJKEN.map(([c]) => c),
      postcodes: Object.fromEntries(DEVENTER_POSTCODES.map(([van, , w]) => [w, van])),
      agbCodes: AANBIEDERS.map((a) => a.agb),
    });
    await importeerBeschikkingen(
      database.db,
      cliUitvoerder('0150', { ip: 'bench', sessie: null, verzoekId: 'bench' }),
      {
        gemeenteCode: '0150',
        bestand: Buffer.from(csv, 'utf8'),
        bestandsnaam: 'bench.csv',
      },
    );
    // The historic import carries no product or omvang; give each voorziening its category's first product and an omvang so the volume checks run too.
    await database.db.systemTransaction((tx) =>
      tx.query(
        `UPDATE voorzieningen v SET product_id = pr.id, productcode = pr.productcode, volume = 40,
                eenheid = pr.eenheid, frequentie = pr.frequentie
           FROM (SELECT DISTINCT ON (productcategorie) * FROM producten WHERE productcode IS NOT NULL
                  ORDER BY productcategorie, productcode) pr
          WHERE pr.gemeente_code = v.gemeente_code AND pr.productcategorie = v.productcategorie`,
      ),
    );
    // The generated history lies before 2021; CS100 refuses declaraties before 2021. Shift the toewijzingen.
    await database.db.systemTransaction((tx) =>
      tx.query(`UPDATE toewijzingen SET ingangsdatum = '2021-01-01', einddatum = NULL`),
    );
    // The aanbieder with the most zin-toewijzingen with an omvang, and the month where most run.
    const { rows } = await database.db.systemTransaction((tx) =>
      tx.query<{
        agb: string;
        nummer: string;
        bsn: string;
        categorie: string;
        code: string;
        eenheid: string;
        begin: string;
        eind: string | null;
        tarief: string;
      }>(
        `WITH a AS (SELECT t.aanbieder_id FROM toewijzingen t JOIN voorzieningen v ON v.id = t.voorziening_id
                     WHERE v.volume IS NOT NULL AND v.productcode IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1)
         SELECT o.agb_code AS agb, t.toewijzingnummer::text AS nummer, p.bsn, v.productcategorie AS categorie,
                v.productcode AS code, v.eenheid, t.ingangsdatum::text AS begin, t.einddatum::text AS eind,
                round(pr.tarief * 100)::text AS tarief
           FROM toewijzingen t JOIN a ON a.aanbieder_id = t.aanbieder_id JOIN organisaties o ON o.id = t.aanbieder_id
           JOIN voorzieningen v ON v.id = t.voorziening_id JOIN personen p ON p.id = v.persoon_id
           JOIN producten pr ON pr.id = v.product_id
          WHERE v.volume IS NOT NULL AND v.productcode IS NOT NULL`,
      ),
    );
    const maanden = new Map<string, typeof rows>();
    for (const r of rows) {
      for (let m = 0; m < 12; m++) {
        const maand = `2021-${String(m + 1).padStart(2, '0')}`;
        if (r.begin <= `${maand}-01` && (!r.eind || r.eind >= `${maand}-28`)) {
          maanden.set(maand, [...(maanden.get(maand) ?? []), r]);
        }
      }
    }
    const [maand, actief] = [...maanden.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
    // One prestatie per toewijzing per day (TR416 forbids identical lines), one hour each.
    const prestaties: Wmo323Prestatie[] = [];
    for (let dag = 1; prestaties.length < n && dag <= 28; dag++) {
      for (const t of actief) {
        if (prestaties.length >= n) break;
        const d = `${maand}-${String(dag).padStart(2, '0')}`;
        prestaties.push({
          bsn: t.bsn,
          referentie: `B${prestaties.length + 1}`,
          toewijzingnummer: Number(t.nummer),
          categorie: t.categorie,
          productcode: t.code,
          begin: d,
          eind: d,
          volume: 1,
          eenheid: t.eenheid,
          tarief: Number(t.tarief),
        });
      }
    }
    const [j, m] = maand.split('-').map(Number) as [number, number];
    const xml = wmo323({
      agb: rows[0]!.agb,
      gemeente: '0150',
      identificatie: 'BENCH1',
      dagtekening: `${j}-${String(m + 1).padStart(2, '0')}-05`.replace(/-13-/, '-12-'),
      declaratienummer: 'BENCH1',
      periode: { begin: `${maand}-01`, eind: `${maand}-${new Date(Date.UTC(j, m, 0)).getUTCDate()}` },
      prestaties,
    });
    setToday(`${j + 1}-01-15`);
    console.log(
      `\n${kind}: WMO323 met ${prestaties.length.toLocaleString('nl-NL')} prestaties (${(xml.length / 2 ** 20).toFixed(1)} MB), ${actief.length} toewijzingen in ${maand}`,
    );
    const c0 = cpuMs();
    const t0 = performance.now();
    const r = await ontvangDeclaratie(database.db, actor, xml);
    const s = (performance.now() - t0) / 1000;
    const c = cpuMs();
    const cpu = `CPU ${((c.proces - c0.proces) / 1000).toFixed(1)} s in Node + ${((c.kinderen - c0.kinderen) / 1000).toFixed(1)} s xmllint/xsltproc`;
    console.log(
      `  ${r.declaratie.status}: ${r.declaratie.goedgekeurd} goedgekeurd, ${r.declaratie.afgewezen} afgewezen in ${s.toFixed(1)} s (${cpu})`,
    );
    schrijfResultaat('Declaratie (WMO323 → WMO325)', [
      `- commit: ${gitCommit()}`,
      `- machine: ${machine()}`,
      `- ${kind}: ${prestaties.length} prestaties (${(xml.length / 2 ** 20).toFixed(1)} MB) in ${s.toFixed(1)} s, ${cpu} ` +
        `(XSD, regelcontrole, beoordeling per regel, opslaan, WMO325 met regelcontrole); ` +
        `${r.declaratie.goedgekeurd} goedgekeurd, ${r.declaratie.afgewezen} afgewezen; doel < 10 s`,
    ]);
  } finally {
    setToday(null);
    await database.drop();
  }
}
