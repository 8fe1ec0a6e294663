/**
 * HTTP benchmarks (issue 9): the caseworkers' mixed workload, single endpoints, the framework-free
 * baseline, the cost of auditing and the embedded mode. Usage (via `npm run bench -- http …`):
 *
 *   --db postgres|pglite   database mode (default postgres)
 *   --schaal <n>           generator scale (default 100 on postgres, 1 on pglite)
 *   --seconden <s>         duration per scenario (default 20)
 *   --verbindingen <n>     concurrent sessions/connections (default 50)
 *   --opnieuw              regenerate the data set
 *   --rook                 smoke run: ~10 seconds in all, small data, nothing written to RESULTS.md
 */
import { parseArgs } from 'node:util';
import { draaiLast, type LastResultaat, type LastVerzoek } from './lib/last.ts';
import { type BenchServer, startBenchServer } from './lib/server.ts';
import { tabel } from './lib/tabel.ts';
import {
  type BenchDatabase,
  bereidDatabase,
  type DbModus,
  neemSteekproef,
  type Steekproef,
  verversVersies,
} from './lib/voorbereiding.ts';
import { gitCommit, machine, schrijfResultaat } from './machine.ts';

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
const json = { 'content-type': 'application/json' };

/** The caseworker's day in 20 steps: 16 reads, 4 writes (80/20), each personal-data read audited. */
export function gemengdeWerklast(s: Steekproef): LastVerzoek[] {
  const persoon = () => pick(s.personen);
  const lezen = (maak: () => string): LastVerzoek => ({ maak: () => ({ path: `/api/v1${maak()}` }) });
  const melding: LastVerzoek = {
    method: 'POST',
    maak: (c) => ({
      path: '/api/v1/meldingen',
      headers: { ...json, 'x-csrf-token': c.csrf as string },
      body: JSON.stringify({
        soort: 'melding',
        persoonId: persoon().id,
        ontvangstdatum: new Date().toISOString().slice(0, 10),
        kanaal: 'telefoon',
        melder: { type: 'inwoner' },
        hulpvraag: 'Benchmark: hulp bij het huishouden gevraagd.',
        clientondersteuningAangeboden: true,
        dubbeleMeldingBevestigd: true,
      }),
    }),
  };
  const concept: LastVerzoek = {
    method: 'PATCH',
    maak: (c) => {
      const o = c.onderzoek as { id: string; versie: number };
      return {
        path: `/api/v1/onderzoeken/${o.id}`,
        headers: { ...json, 'x-csrf-token': c.csrf as string },
        body: JSON.stringify({
          versie: o.versie,
          stappen: { hulpvraag: { hulpvraag: `Concept opgeslagen om ${Date.now()}.` } },
        }),
      };
    },
    antwoord: (status, body, c) => {
      if (status === 200)
        (c.onderzoek as { versie: number }).versie = (JSON.parse(body) as { versie: number }).versie;
    },
  };
  return [
    lezen(() => `/personen?zoek=${persoon().bsn}`),
    lezen(() => `/meldingen/${pick(s.meldingen)}`),
    lezen(() => `/huishoudens/${persoon().huishoudenId}`),
    lezen(() => `/meldingen/${pick(s.meldingen)}/tijdlijn`),
    melding,
    lezen(() => `/huishoudens/${persoon().huishoudenId}/plan`),
    lezen(() => '/werkvoorraad?behandelaar=ik&pageSize=50'),
    lezen(() => `/personen?zoek=${encodeURIComponent(persoon().achternaam.slice(0, 4))}`),
    lezen(() => `/personen/${persoon().id}/beschikkingen`),
    concept,
    lezen(() => `/meldingen/${pick(s.meldingen)}`),
    lezen(() => `/personen?zoek=${persoon().bsn}`),
    lezen(() => `/huishoudens/${persoon().huishoudenId}`),
    lezen(() => '/werkvoorraad?pageSize=50'),
    melding,
    lezen(() => `/personen/${persoon().id}/beschikkingen`),
    lezen(() => `/meldingen/${pick(s.meldingen)}/tijdlijn`),
    concept,
    lezen(() => `/huishoudens/${persoon().huishoudenId}/plan`),
    lezen(() => `/meldingen/${pick(s.meldingen)}`),
  ];
}

function sessieContext(s: Steekproef, rollen: string[]) {
  const eigen = s.sessies.filter((x) => rollen.includes(x.rol));
  return (i: number) => {
    const sessie = eigen[i % eigen.length]!;
    return {
      headers: { cookie: sessie.cookie },
      csrf: sessie.csrf,
      // Each connection saves its own onderzoek draft: no two sessions edit the same record.
      onderzoek: { ...s.onderzoeken[i % Math.max(1, s.onderzoeken.length)]! },
    };
  };
}

interface Run {
  resultaten: LastResultaat[];
  gereedMs: number;
  piekRssMb: number;
}

async function metServer<T>(
  bd: BenchDatabase,
  extra: Record<string, string>,
  fn: (s: BenchServer) => Promise<T>,
) {
  const server = await startBenchServer({ ...bd.env, ...extra }, 3900 + Math.floor(Math.random() * 50));
  try {
    return { server, uitkomst: await fn(server) };
  } finally {
    await server.stop();
  }
}

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      db: { type: 'string', default: 'postgres' },
      schaal: { type: 'string' },
      seconden: { type: 'string', default: '20' },
      verbindingen: { type: 'string', default: '50' },
      opnieuw: { type: 'boolean', default: false },
      rook: { type: 'boolean', default: false },
    },
  });
  const modus = values.db as DbModus;
  const rook = values.rook;
  const schaal = Number(values.schaal ?? (rook ? 0.05 : modus === 'postgres' ? 100 : 1));
  const seconden = rook ? 1 : Number(values.seconden);
  const verbindingen = rook ? 4 : Number(values.verbindingen);
  const bd = await bereidDatabase(modus, schaal, values.opnieuw);
  const s = await neemSteekproef(bd, {
    toegangsmedewerker: Math.ceil(verbindingen / 2),
    'toegangsmedewerker-2': Math.ceil(verbindingen / 2),
    beleid: 2,
  });
  const werklast = gemengdeWerklast(s);
  const ctx = sessieContext(s, ['toegangsmedewerker', 'toegangsmedewerker-2']);
  const basisPoort = 3960 + Math.floor(Math.random() * 30);

  const run: Run = { resultaten: [], gereedMs: 0, piekRssMb: 0 };
  const { server } = await metServer(
    bd,
    { OPEN_TOEGANG_BENCH_BASISPOORT: String(basisPoort) },
    async (srv) => {
      run.gereedMs = srv.gereedMs;
      const stopMeten = srv.meetGeheugen();
      run.resultaten.push(
        await draaiLast({
          naam: 'gemengd (audit aan)',
          url: srv.url,
          verbindingen,
          seconden,
          verzoeken: werklast,
          context: ctx,
        }),
      );
      stopMeten();
      run.piekRssMb = srv.piekRssMb();
      const melding = { maak: () => ({ path: `/api/v1/meldingen/${pick(s.meldingen)}` }) };
      run.resultaten.push(
        await draaiLast({
          naam: 'melding detail',
          url: srv.url,
          verbindingen,
          seconden,
          verzoeken: [melding],
          context: ctx,
        }),
      );
      run.resultaten.push(
        await draaiLast({
          naam: 'basisroute (zelfde SQL, geen framework)',
          url: `http://127.0.0.1:${basisPoort}`,
          verbindingen,
          seconden,
          verzoeken: [{ maak: () => ({ path: `/meldingen/${pick(s.meldingen)}` }) }],
        }),
      );
      run.resultaten.push(
        await draaiLast({
          naam: 'werkvoorraad (pagina van 50)',
          url: srv.url,
          verbindingen,
          seconden,
          verzoeken: [{ maak: () => ({ path: '/api/v1/werkvoorraad?pageSize=50' }) }],
          context: ctx,
        }),
      );
      const kerncijfers = await fetch(`${srv.url}/api/v1/monitoring/kerncijfers?gemeente=0150&jaar=2019`, {
        headers: { cookie: s.sessies.find((x) => x.rol === 'beleid')!.cookie },
      });
      if (kerncijfers.status === 200) {
        run.resultaten.push(
          await draaiLast({
            naam: 'kerncijfers gemeente-jaar',
            url: srv.url,
            verbindingen: Math.min(verbindingen, 10),
            seconden,
            verzoeken: [
              {
                maak: () => ({
                  path: `/api/v1/monitoring/kerncijfers?gemeente=0150&jaar=${pick([2018, 2019, 2020, 2021])}`,
                }),
              },
            ],
            context: sessieContext(s, ['beleid']),
          }),
        );
      }
    },
  );
  void server;
  await verversVersies(bd, s);
  const { uitkomst: zonderAudit } = await metServer(bd, { OPEN_TOEGANG_BENCH_AUDIT: 'off' }, (srv) =>
    draaiLast({
      naam: 'gemengd (audit uit)',
      url: srv.url,
      verbindingen,
      seconden,
      verzoeken: werklast,
      context: ctx,
    }),
  );
  run.resultaten.push(zonderAudit);

  const r = (naam: string) => run.resultaten.find((x) => x.naam.startsWith(naam));
  const detail = r('melding detail');
  const basis = r('basisroute');
  const aan = r('gemengd (audit aan)');
  const verhouding = (a?: LastResultaat, b?: LastResultaat) =>
    a && b ? `${((a.perSeconde / b.perSeconde) * 100).toFixed(0)}%` : '—';
  const rijen = run.resultaten.map((x) => [
    x.naam,
    x.verzoeken,
    x.perSeconde,
    x.p50,
    x.p95,
    x.p99,
    x.max,
    x.fouten,
    Object.entries(x.statuscodes)
      .map(([k, v]) => `${k}:${v}`)
      .join(' '),
  ]);
  const kenmerken = {
    database: modus === 'postgres' ? 'PostgreSQL-server (zelfde machine)' : 'PGlite (ingebed)',
    data: `schaal ${schaal}: ${s.telling.personen} personen, ${s.telling.meldingen} meldingen, ${s.telling.voorzieningen} voorzieningen, ${s.telling.auditregels} auditregels vooraf`,
    belasting: `${verbindingen} gelijktijdige sessies/verbindingen, ${seconden} s per scenario`,
    'gereed na start': `${run.gereedMs.toFixed(0)} ms`,
    'piek-RSS server (gemengd)': `${run.piekRssMb.toFixed(0)} MB`,
    'melding detail / basisroute': verhouding(detail, basis),
    'audit uit / audit aan (doorvoer)': verhouding(zonderAudit, aan),
  };
  const t = tabel(
    ['scenario', 'verzoeken', 'per s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'fouten', 'statuscodes'],
    rijen,
  );
  if (rook) {
    console.log(t);
    const fout = run.resultaten.filter((x) => x.verzoeken === 0 || x.fouten > 0);
    if (fout.length)
      throw new Error(`Rooktest: geen antwoorden of fouten in ${fout.map((x) => x.naam).join(', ')}`);
    return;
  }
  schrijfResultaat(`HTTP (${modus}) — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`, [
    `- commit: \`${gitCommit()}\``,
    `- machine: ${machine()}`,
    ...Object.entries(kenmerken).map(([k, v]) => `- ${k}: ${v}`),
    '',
    t,
  ]);
  console.log(t);
}
