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
 *   --alleen <a,b>         only these scenarios (gemengd, melding, basis, werkvoorraad, kerncijfers,
 *                          preventie-inbox, audit-uit, relatie-uit, portaal-status, wijkprofiel); printed,
 *                          not written to
 *                          RESULTS.md — for profiling
 *   --proef                all scenarios, printed but not written
 */
import { parseArgs } from 'node:util';
import { type CpuVerbruik, meetCpu } from './lib/cpu.ts';
import { draaiLast, type LastResultaat, type LastVerzoek } from './lib/last.ts';
import { bereidPreventie } from './lib/preventie.ts';
import { zonderRelatieregel } from './lib/relatie.ts';
import { type BenchServer, startBenchServer } from './lib/server.ts';
import { tabel } from './lib/tabel.ts';
import {
  type BenchDatabase,
  bereidDatabase,
  DATA_OPTIES,
  dataKeuze,
  inwonerSessies,
  neemSteekproef,
  type Steekproef,
  verversVersies,
} from './lib/voorbereiding.ts';
import { gitCommit, machine, schrijfResultaat } from './machine.ts';

const pick = <T>(xs: readonly T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
const json = { 'content-type': 'application/json' };

/** A new melding (POST), the write step of the mixed workload that also makes a letter. */
export function nieuweMelding(persoon: () => Steekproef['personen'][number]): LastVerzoek {
  return {
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
}

/** The caseworker's day in 20 steps: 16 reads, 4 writes (80/20), each personal-data read audited. */
export function gemengdeWerklast(s: Steekproef): LastVerzoek[] {
  const persoon = () => pick(s.personen);
  const lezen = (maak: () => string): LastVerzoek => ({ maak: () => ({ path: `/api/v1${maak()}` }) });
  const melding = nieuweMelding(persoon);
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
      // autocannon resets a connection's context at the start of every cycle through the requests,
      // so the next cycle takes the next onderzoek. The sample's own object is shared (not copied):
      // the versie a save returns stays with the onderzoek for whoever takes it next. With more
      // onderzoeken than connections no two sessions edit the same draft at the same time.
      onderzoek: s.onderzoeken[i % Math.max(1, s.onderzoeken.length)]!,
    };
  };
}

interface Run {
  resultaten: Array<LastResultaat & { cpu?: CpuVerbruik }>;
  gereedMs: number;
  piekRssMb: number;
}

/** The server that is running now: its process and database backends are measured per scenario. */
let actief: { server: BenchServer; bd: BenchDatabase } | null = null;

async function metServer<T>(
  bd: BenchDatabase,
  extra: Record<string, string>,
  fn: (s: BenchServer) => Promise<T>,
) {
  const server = await startBenchServer({ ...bd.env, ...extra }, 3900 + Math.floor(Math.random() * 50));
  actief = { server, bd };
  try {
    return { server, uitkomst: await fn(server) };
  } finally {
    actief = null;
    await server.stop();
  }
}

/** A load run with the CPU it cost the server and its database (bench/lib/cpu.ts). */
async function gemeten(
  opts: Parameters<typeof draaiLast>[0],
): Promise<LastResultaat & { cpu?: CpuVerbruik }> {
  const meter = actief ? await meetCpu(actief.server.pid, actief.bd.env.DATABASE_URL) : null;
  const r = await draaiLast(opts);
  return meter ? { ...r, cpu: await meter.stop() } : r;
}

/** Scenario names for `--alleen` (a comma-separated subset, for profiling one thing at a time). */
const SCENARIONAMEN = [
  'gemengd',
  'melding',
  'melding-nieuw',
  'basis',
  'werkvoorraad',
  'kerncijfers',
  'preventie-inbox',
  'audit-uit',
  'relatie-uit',
  'portaal-status',
  'wijkprofiel',
] as const;
type ScenarioNaam = (typeof SCENARIONAMEN)[number];

export async function run(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...DATA_OPTIES,
      seconden: { type: 'string', default: '20' },
      verbindingen: { type: 'string', default: '50' },
      opnieuw: { type: 'boolean', default: false },
      rook: { type: 'boolean', default: false },
      alleen: { type: 'string' },
      proef: { type: 'boolean', default: false },
    },
  });
  const rook = values.rook;
  const { modus, schaal } = dataKeuze(values, rook ? 0.05 : undefined);
  const seconden = rook ? 1 : Number(values.seconden);
  const verbindingen = rook ? 4 : Number(values.verbindingen);
  const gekozen = new Set<ScenarioNaam>(
    values.alleen ? (values.alleen.split(',') as ScenarioNaam[]) : SCENARIONAMEN,
  );
  for (const n of gekozen)
    if (!SCENARIONAMEN.includes(n))
      throw new Error(`Onbekend scenario ${n}; kies uit ${SCENARIONAMEN.join(', ')}`);
  // Switching the relationship rule off redefines functions over a second connection: PostgreSQL only.
  if (modus !== 'postgres' && gekozen.delete('relatie-uit') && values.alleen)
    console.log('relatie-uit kan alleen op PostgreSQL; overgeslagen.');
  // A subset or a trial run is for profiling: printed, not recorded.
  const bewaren = !rook && !values.proef && !values.alleen;
  const bd = await bereidDatabase(modus, schaal, values.opnieuw);
  // Issue 16: referrals in proportion to the generated preventie triages, and MEE's sessions.
  const verwijzingen = gekozen.has('preventie-inbox') ? await bereidPreventie(bd) : 0;
  const s = await neemSteekproef(bd, {
    toegangsmedewerker: Math.ceil(verbindingen / 2),
    'toegangsmedewerker-2': Math.ceil(verbindingen / 2),
    beleid: 2,
    ...(gekozen.has('preventie-inbox') ? { mee: Math.ceil(verbindingen / 2) } : {}),
  });
  const werklast = gemengdeWerklast(s);
  const ctx = sessieContext(s, ['toegangsmedewerker', 'toegangsmedewerker-2']);
  const basisPoort = 3960 + Math.floor(Math.random() * 30);
  const last = (
    naam: string,
    url: string,
    verzoeken: LastVerzoek[],
    extra: Partial<Parameters<typeof draaiLast>[0]> = {},
  ) => gemeten({ naam, url, verbindingen, seconden, verzoeken, context: ctx, ...extra });

  const run: Run = { resultaten: [], gereedMs: 0, piekRssMb: 0 };
  await metServer(bd, { OPEN_TOEGANG_BENCH_BASISPOORT: String(basisPoort) }, async (srv) => {
    run.gereedMs = srv.gereedMs;
    if (gekozen.has('gemengd')) {
      const stopMeten = srv.meetGeheugen();
      run.resultaten.push(await last('gemengd (audit aan)', srv.url, werklast));
      stopMeten();
      run.piekRssMb = srv.piekRssMb();
    }
    if (gekozen.has('melding'))
      run.resultaten.push(
        await last('melding detail', srv.url, [
          { maak: () => ({ path: `/api/v1/meldingen/${pick(s.meldingen)}` }) },
        ]),
      );
    if (gekozen.has('portaal-status')) {
      // The resident's status page (issue 17): each session its own melding, row-level security
      // for the inwoner, the read audited. Target: ≥ 1,000 req/s at 50 sessions, p95 < 50 ms.
      const inwoners = await inwonerSessies(bd, verbindingen);
      run.resultaten.push(
        await last(
          'portaal-status (inwoner, melding met statuslijn)',
          srv.url,
          [{ maak: (c) => ({ path: `/api/v1/inwoner/meldingen/${c.meldingId as string}` }) }],
          {
            context: (i: number) => {
              const x = inwoners[i % inwoners.length]!;
              return { headers: { cookie: x.cookie }, meldingId: x.meldingId };
            },
          },
        ),
      );
    }
    if (gekozen.has('melding-nieuw'))
      run.resultaten.push(
        await last('nieuwe melding (POST)', srv.url, [nieuweMelding(() => pick(s.personen))]),
      );
    if (gekozen.has('basis'))
      run.resultaten.push(
        await last(
          'basisroute (zelfde SQL, geen framework)',
          `http://127.0.0.1:${basisPoort}`,
          [{ maak: () => ({ path: `/meldingen/${pick(s.meldingen)}` }) }],
          { context: undefined },
        ),
      );
    if (gekozen.has('werkvoorraad'))
      run.resultaten.push(
        await last('werkvoorraad (pagina van 50)', srv.url, [
          { maak: () => ({ path: '/api/v1/werkvoorraad?pageSize=50' }) },
        ]),
      );
    if (gekozen.has('kerncijfers')) {
      const kerncijfers = await fetch(`${srv.url}/api/v1/monitoring/kerncijfers?gemeente=0150&jaar=2019`, {
        headers: { cookie: s.sessies.find((x) => x.rol === 'beleid')!.cookie },
      });
      if (kerncijfers.status !== 200) throw new Error(`kerncijfers: status ${kerncijfers.status}`);
      run.resultaten.push(
        await last(
          'kerncijfers gemeente-jaar',
          srv.url,
          [
            {
              maak: () => ({
                path: `/api/v1/monitoring/kerncijfers?gemeente=0150&jaar=${pick([2018, 2019, 2020, 2021])}`,
              }),
            },
          ],
          { verbindingen: Math.min(verbindingen, 10), context: sessieContext(s, ['beleid']) },
        ),
      );
    }
    if (gekozen.has('preventie-inbox'))
      run.resultaten.push(
        await last(
          'preventie-inbox (partner, nieuw)',
          srv.url,
          [{ maak: () => ({ path: '/api/v1/verwijzingen?status=nieuw' }) }],
          { context: sessieContext(s, ['mee']) },
        ),
      );
    if (gekozen.has('wijkprofiel'))
      // Beleid opens the profile of one of Deventer's 15 wijken (issue 16): kerncijfers, instroom,
      // ladder, verwijzingen, signalen and activiteiten in one answer.
      run.resultaten.push(
        await last(
          'wijkprofiel',
          srv.url,
          [
            {
              maak: () => ({
                path: `/api/v1/wijken/${pick([...'ABCDEFGHIJKLMNO'])}/profiel?gemeente=0150&jaar=${pick([2019, 2020])}`,
              }),
            },
          ],
          { context: sessieContext(s, ['beleid']) },
        ),
      );
  });
  let zonderAudit: LastResultaat | undefined;
  if (gekozen.has('audit-uit')) {
    await verversVersies(bd, s);
    zonderAudit = (
      await metServer(bd, { OPEN_TOEGANG_BENCH_AUDIT: 'off' }, (srv) =>
        last('gemengd (audit uit)', srv.url, werklast),
      )
    ).uitkomst;
    run.resultaten.push(zonderAudit);
  }
  // Issue 18: the same workload with the relationship rule switched off in the database (bench/lib/relatie.ts).
  if (gekozen.has('relatie-uit')) {
    await verversVersies(bd, s);
    const zonderRelatie = await zonderRelatieregel(
      bd,
      async () =>
        (await metServer(bd, {}, (srv) => last('gemengd (relatieregel uit)', srv.url, werklast))).uitkomst,
    );
    run.resultaten.push(zonderRelatie);
  }

  const r = (naam: string) => run.resultaten.find((x) => x.naam.startsWith(naam));
  const detail = r('melding detail');
  const basis = r('basisroute');
  const aan = r('gemengd (audit aan)');
  const verhouding = (a?: LastResultaat, b?: LastResultaat) =>
    a && b ? `${((a.perSeconde / b.perSeconde) * 100).toFixed(0)}%` : '—';
  // CPU per request (ms): server process + its PostgreSQL backends; hardly depends on other load.
  const cpuPer = (x: (typeof run.resultaten)[number]) =>
    x.cpu && x.verzoeken
      ? `${((x.cpu.serverMs + x.cpu.databaseMs) / x.verzoeken).toFixed(2)} (${(x.cpu.serverMs / x.verzoeken).toFixed(2)} + ${(x.cpu.databaseMs / x.verzoeken).toFixed(2)})`
      : '—';
  const rijen = run.resultaten.map((x) => [
    x.naam,
    x.verzoeken,
    x.perSeconde,
    x.p50,
    x.p95,
    x.p99,
    x.max,
    cpuPer(x),
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
    ...(verwijzingen ? { verwijzingen: `${verwijzingen} (allemaal naar MEE, helft met toestemming)` } : {}),
    'piek-RSS server (gemengd)': `${run.piekRssMb.toFixed(0)} MB`,
    'melding detail / basisroute': verhouding(detail, basis),
    'audit uit / audit aan (doorvoer)': verhouding(zonderAudit, aan),
    'relatieregel aan / uit (doorvoer, issue 18: ≥ 85%)': verhouding(aan, r('gemengd (relatieregel uit)')),
  };
  const t = tabel(
    [
      'scenario',
      'verzoeken',
      'per s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'max ms',
      'CPU ms/verzoek (server + db)',
      'fouten',
      'statuscodes',
    ],
    rijen,
  );
  if (!bewaren) {
    console.log(
      Object.entries(kenmerken)
        .map(([k, v]) => `- ${k}: ${v}`)
        .join('\n'),
    );
    console.log(t);
    const fout = run.resultaten.filter((x) => x.verzoeken === 0 || x.fouten > 0);
    if (fout.length) throw new Error(`Geen antwoorden of fouten in ${fout.map((x) => x.naam).join(', ')}`);
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
