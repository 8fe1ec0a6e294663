/**
 * The synthetic data generator (`npm run cli -- demo-data --profiel deventer-2019 --schaal n
 * --seed s`, docs/demo-data.md, ADR 0011). Per gemeente: the plan (plan.ts), then the rows as the
 * services would write them (zaken.ts), loaded set-based (laden.ts) in transactions of some tens of
 * thousands of rows. Deterministic for the seed and today's date.
 */
import { geheelGetal, mulberry32, type Rng } from '../../../domain/bsn/prng.ts';
import { dagnummer } from '../../../domain/termijnen/index.ts';
import { laadKalender } from '../../modules/intake/kalender.ts';
import { today } from '../../platform/clock.ts';
import { werkStatistiekenBij } from '../../platform/db/onderhoud.ts';
import type { Database, Sql } from '../../platform/db/types.ts';
import { type GemeenteProfiel, gemeentenVoorSchaal } from './gemeenten.ts';
import {
  DEVENTER_2019_UNIEKE_CLIENTEN,
  type Doel,
  type Doelen,
  type Kerncijfers,
  leesKerncijfers,
} from './kerncijfers.ts';
import { RijBuffer, VOLGORDE } from './laden.ts';
import {
  ACHTERNAMEN,
  GENERATOR_AANBIEDERS,
  GENERATOR_PRODUCTEN,
  VOORNAMEN_MAN,
  VOORNAMEN_VROUW,
} from './parameters.ts';
import { maakPlan, uniekPerWijk } from './plan.ts';
import { genereerWijkPreventie } from './wijk-preventie.ts';
import { ZaakGenerator } from './zaken.ts';
import { type GemeenteGegevens, Ids, type ProductInfo } from './zaken-hulp.ts';

export const PROFIELEN = ['deventer-2019'] as const;
export type Profiel = (typeof PROFIELEN)[number];

export interface GeneratorOpties {
  profiel: Profiel;
  schaal: number;
  seed: number;
  /** Defaults to today (Europe/Amsterdam). */
  vandaag?: string;
  /** Rows per transaction. */
  transactieGrootte?: number;
  voortgang?: (melding: string) => void;
}

export interface GeneratorResultaat {
  gemeenten: Array<{ code: string; naam: string; factor: number; exact: boolean }>;
  aantallen: Record<string, number>;
  rijen: number;
  duurMs: number;
}

export class AlGegenereerd extends Error {}

/** Deventer's targets mapped onto `p`'s wijken and scaled by its factor (a little noise). */
export function doelenVoor(p: GemeenteProfiel, kc: Kerncijfers, rng: Rng): { doelen: Doelen; uniek: number } {
  if (p.exact) return { doelen: kc.doelen, uniek: DEVENTER_2019_UNIEKE_CLIENTEN };
  const ruis = () => (p.code === '0150' ? 1 : 0.9 + rng() * 0.2);
  const som = new Map<string, Map<string, Doel>>();
  [...kc.doelen.values()].forEach((perCat, i) => {
    const wijk = p.wijken[i % p.wijken.length]!.code;
    let doel = som.get(wijk);
    if (!doel) {
      doel = new Map();
      som.set(wijk, doel);
    }
    for (const [cat, d] of perCat) {
      const s = doel.get(cat) ?? { clienten: 0, geldig: 0, afgegeven: 0 };
      doel.set(cat, {
        clienten: s.clienten + d.clienten,
        geldig: s.geldig + d.geldig,
        afgegeven: s.afgegeven + d.afgegeven,
      });
    }
  });
  const doelen: Doelen = new Map();
  for (const [wijk, perCat] of som) {
    const uit = new Map<string, Doel>();
    for (const [cat, d] of perCat) {
      const clienten = Math.round(d.clienten * p.factor * ruis());
      const geldig = clienten === 0 ? 0 : Math.max(clienten, Math.round(d.geldig * p.factor * ruis()));
      const afgegeven = clienten === 0 ? 0 : Math.min(geldig, Math.round(d.afgegeven * p.factor * ruis()));
      uit.set(cat, { clienten, geldig, afgegeven });
    }
    doelen.set(wijk, uit);
  }
  const waarden = [...doelen.values()];
  const sMax = waarden.reduce((s, m) => s + Math.max(0, ...[...m.values()].map((d) => d.clienten)), 0);
  const sSom = waarden.reduce((s, m) => s + [...m.values()].reduce((t, d) => t + d.clienten, 0), 0);
  const uniek = Math.min(sSom, Math.max(sMax, Math.round(DEVENTER_2019_UNIEKE_CLIENTEN * p.factor * ruis())));
  return { doelen, uniek };
}

async function idOf(tx: Sql, sql: string, params: unknown[]): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(sql, params);
  return rows[0]!.id;
}

/** Creates what a gemeente needs before cases: wijken, postcodes, team, staff, partners, aanbieders, catalogue. */
async function bereidVoor(tx: Sql, p: GemeenteProfiel, rng: Rng): Promise<GemeenteGegevens> {
  const code = p.code;
  if (!p.inDemo) {
    await tx.query(
      'INSERT INTO gemeenten (code, naam, plaats) VALUES ($1, $2, $2) ON CONFLICT (code) DO NOTHING',
      [code, p.naam],
    );
  }
  const gemeenteOrg =
    (
      await tx.query<{ id: string }>(
        "SELECT id FROM organisaties WHERE gemeente_code = $1 AND soort = 'gemeente' ORDER BY aangemaakt_op LIMIT 1",
        [code],
      )
    ).rows[0]?.id ??
    (await idOf(
      tx,
      "INSERT INTO organisaties (gemeente_code, naam, soort) VALUES ($1, $2, 'gemeente') RETURNING id",
      [code, `Gemeente ${p.naam}`],
    ));
  const wijken = new Map<
    string,
    { id: string; postcodes: ReadonlyArray<readonly [string, string]>; woonplaats: string }
  >();
  for (const w of p.wijken) {
    const id = await idOf(
      tx,
      `INSERT INTO wijken (gemeente_code, code, naam) VALUES ($1, $2, $3)
       ON CONFLICT (gemeente_code, code) DO UPDATE SET naam = wijken.naam RETURNING id`,
      [code, w.code, w.naam],
    );
    const heeftGebied = await tx.query('SELECT 1 FROM postcodegebieden WHERE wijk_id = $1 LIMIT 1', [id]);
    if (!heeftGebied.rows[0]) {
      for (const [van, tot] of w.postcodes) {
        await tx.query(
          'INSERT INTO postcodegebieden (gemeente_code, postcode_van, postcode_tot, wijk_id) VALUES ($1, $2, $3, $4)',
          [code, van, tot, id],
        );
      }
    }
    wijken.set(w.code, { id, postcodes: w.postcodes, woonplaats: w.woonplaats });
  }

  // Staff: in Deventer the demo's team Toegang and backoffice; elsewhere a generated team.
  let teamId = (
    await tx.query<{ id: string }>(
      "SELECT id FROM teams WHERE gemeente_code = $1 AND soort = 'toegang' ORDER BY naam LIMIT 1",
      [code],
    )
  ).rows[0]?.id;
  if (!teamId) {
    teamId = await idOf(
      tx,
      "INSERT INTO teams (gemeente_code, organisatie_id, naam, soort) VALUES ($1, $2, $3, 'toegang') RETURNING id",
      [code, gemeenteOrg, `Toegang ${p.naam}`],
    );
    await tx.query('INSERT INTO team_gemeenten (team_id, gemeente_code) VALUES ($1, $2)', [teamId, code]);
  }
  const medewerkers = async (rol: string, n: number, functie: string): Promise<string[]> => {
    const bestaand = (
      await tx.query<{ id: string }>(
        'SELECT id FROM medewerkers WHERE gemeente_code = $1 AND $2 = ANY (rollen) AND actief ORDER BY naam, id',
        [code, rol],
      )
    ).rows.map((r) => r.id);
    for (let i = bestaand.length; i < n; i++) {
      const vrouw = rng() < 0.6;
      const naam = `${(vrouw ? VOORNAMEN_VROUW : VOORNAMEN_MAN)[geheelGetal(rng, 30)]} ${ACHTERNAMEN[geheelGetal(rng, ACHTERNAMEN.length)]!.filter(Boolean).join(' ')}`;
      bestaand.push(
        await idOf(
          tx,
          `INSERT INTO medewerkers (gemeente_code, organisatie_id, team_id, naam, functie, fte, rollen)
           VALUES ($1, $2, $3, $4, $5, 0.89, ARRAY[$6]) RETURNING id`,
          [code, gemeenteOrg, teamId, naam, functie, rol],
        ),
      );
    }
    return bestaand;
  };
  const consulenten = await medewerkers(
    'toegangsmedewerker',
    Math.max(3, Math.round(18 * p.factor)),
    'Consulent Wmo',
  );
  const backoffice = await medewerkers(
    'backoffice',
    Math.max(2, Math.round(2 * p.factor)),
    'Medewerker beschikkingen',
  );
  const kcc = await medewerkers('kcc', 1, 'Medewerker KCC');

  let partners = (
    await tx.query<{ id: string }>(
      "SELECT id FROM organisaties WHERE gemeente_code = $1 AND soort = 'partner' ORDER BY naam",
      [code],
    )
  ).rows.map((r) => r.id);
  if (partners.length === 0) {
    partners = [
      await idOf(
        tx,
        "INSERT INTO organisaties (gemeente_code, naam, soort) VALUES ($1, $2, 'partner') RETURNING id",
        [code, `Welzijn ${p.naam}`],
      ),
    ];
  }

  // Aanbieders and the product catalogue (products the demo lacks are added, with contracts).
  const aanbieder = new Map<string, string>();
  for (const a of GENERATOR_AANBIEDERS) {
    aanbieder.set(
      a.naam,
      await idOf(
        tx,
        `INSERT INTO organisaties (gemeente_code, naam, soort, agb_code) VALUES ($1, $2, 'aanbieder', $3)
         ON CONFLICT (gemeente_code, naam) DO UPDATE SET agb_code = coalesce(organisaties.agb_code, EXCLUDED.agb_code) RETURNING id`,
        [code, a.naam, a.agb],
      ),
    );
  }
  const producten = new Map<string, ProductInfo>();
  for (const pr of GENERATOR_PRODUCTEN) {
    const pgbTarief = Math.round(pr.tarief * 80) / 100;
    const id = await idOf(
      tx,
      `INSERT INTO producten (gemeente_code, productcategorie, productcode, naam, eenheid, frequentie, tarief, pgb_tarief)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (gemeente_code, productcategorie, productcode) DO UPDATE SET actief = producten.actief RETURNING id`,
      [code, pr.categorie, pr.code, pr.naam, pr.eenheid, pr.frequentie, pr.tarief, pgbTarief],
    );
    const contract = GENERATOR_AANBIEDERS.filter((a) => a.categorieen.includes(pr.categorie)).map(
      (a) => aanbieder.get(a.naam)!,
    );
    await tx.query(
      'INSERT INTO product_contracten (gemeente_code, product_id, aanbieder_id) SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING',
      [code, id, contract],
    );
    const rij = (
      await tx.query<{ eenheid: string; frequentie: string; tarief: number; pgb_tarief: number | null }>(
        'SELECT eenheid, frequentie, tarief, pgb_tarief FROM producten WHERE id = $1',
        [id],
      )
    ).rows[0]!;
    const index = GENERATOR_PRODUCTEN.filter((x) => x.categorie === pr.categorie).indexOf(pr);
    producten.set(`${pr.categorie}|${index}`, {
      id,
      code: pr.code,
      eenheid: rij.eenheid,
      frequentie: rij.frequentie,
      tarief: rij.tarief,
      pgbTarief: rij.pgb_tarief ?? rij.tarief,
      volume: pr.volume,
      aanbieders: contract,
    });
  }
  const bsns = await tx.query<{ bsn: string }>(
    'SELECT bsn FROM personen WHERE gemeente_code = $1 AND bsn IS NOT NULL',
    [code],
  );
  return {
    code,
    wijken,
    producten,
    partners,
    consulenten,
    backoffice,
    registratie: [...kcc, ...consulenten.slice(0, 3)],
    teamId,
    kalender: await laadKalender(tx),
    bestaandeBsns: new Set(bsns.rows.map((r) => r.bsn)),
  };
}

/** Share of meldingen that end lower on the ladder, per maatwerk case: rises (the transformation). */
function overigePerZaak(jaar: number): number {
  return Math.min(1.3, 0.55 + 0.06 * (jaar - 2015));
}

/** Every single-column foreign key of the loaded tables holds for the generated gemeenten. */
export async function controleerVerwijzingen(db: Database, gemeenten: string[]): Promise<void> {
  const { rows } = await db.systemTransaction((tx) =>
    tx.query<{ tabel: string; kolom: string; doel: string; doelkolom: string }>(
      `SELECT c.conrelid::regclass::text AS tabel, a.attname AS kolom, c.confrelid::regclass::text AS doel, af.attname AS doelkolom
       FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = c.confkey[1]
       WHERE c.contype = 'f' AND array_length(c.conkey, 1) = 1 AND c.conrelid::regclass::text = ANY($1::text[])
       ORDER BY 1, 2`,
      [VOLGORDE],
    ),
  );
  for (const r of rows) {
    const n = await db.systemTransaction(async (tx) => {
      const x = await tx.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM ${r.tabel} x WHERE x.gemeente_code = ANY($1::text[]) AND x.${r.kolom} IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM ${r.doel} y WHERE y.${r.doelkolom} = x.${r.kolom})`,
        [gemeenten],
      );
      return x.rows[0]!.n;
    });
    if (n > 0) throw new Error(`${n} rijen in ${r.tabel}.${r.kolom} verwijzen naar niets (${r.doel})`);
  }
}

export async function genereerDemoData(db: Database, o: GeneratorOpties): Promise<GeneratorResultaat> {
  const start = performance.now();
  if (!(PROFIELEN as readonly string[]).includes(o.profiel))
    throw new Error(`Onbekend profiel: ${o.profiel}`);
  const kc = leesKerncijfers();
  const vandaagIso = o.vandaag ?? today();
  const vandaag = dagnummer(vandaagIso);
  const grootte = o.transactieGrootte ?? 40_000;
  const profielen = gemeentenVoorSchaal(o.schaal);
  const log = o.voortgang ?? (() => {});
  const generatieId = await db.systemTransaction(async (tx) => {
    const eerder = await tx.query<{ profiel: string; gestart_op: Date }>(
      'SELECT profiel, gestart_op FROM datageneraties LIMIT 1',
    );
    if (eerder.rows[0]) {
      throw new AlGegenereerd(
        `Deze database bevat al gegenereerde gegevens (profiel ${eerder.rows[0].profiel}); begin met een lege database.`,
      );
    }
    return idOf(
      tx,
      'INSERT INTO datageneraties (profiel, schaal, seed, gemeenten) VALUES ($1, $2, $3, $4) RETURNING id',
      [o.profiel, o.schaal, o.seed, profielen.map((p) => p.code)],
    );
  });
  const aantallen: Record<string, number> = Object.fromEntries(VOLGORDE.map((t) => [t, 0]));
  // National size on a PostgreSQL server (schaal > 1, superuser): foreign-key triggers are off while
  // loading (as pg_restore --disable-triggers does), and every foreign key of the loaded tables is
  // checked afterwards with one set-based query per key. Below that, every row is checked on insert.
  const snel =
    db.mode === 'postgres' &&
    o.schaal > 1 &&
    (await db.systemTransaction(async (tx) => {
      const r = await tx.query<{ s: boolean }>(
        'SELECT rolsuper AS s FROM pg_roles WHERE rolname = current_user',
      );
      return r.rows[0]?.s === true;
    }));
  const gelijktijdig = db.mode === 'postgres' ? 2 : 1;
  const laad = (buffer: RijBuffer) =>
    db.systemTransaction(async (tx) => {
      if (db.mode === 'postgres') await tx.query('SET LOCAL synchronous_commit = off');
      if (snel) await tx.query("SET LOCAL session_replication_role = 'replica'");
      const n = await buffer.laad(tx);
      for (const [t, k] of Object.entries(n)) aantallen[t]! += k;
    });
  const ids = new Ids(mulberry32(o.seed ^ 0x5eed), (((o.seed % 65_536) + 65_536) % 65_536) * 2 ** 30);
  await db.systemTransaction(async (tx) => {
    const r = await tx.query<{ t: number }>(
      'SELECT coalesce(max(toewijzingnummer), 0)::int8 AS t FROM toewijzingen',
    );
    ids.nummer.toewijzing = Math.max(r.rows[0]!.t, 0);
  });

  for (const [gi, p] of profielen.entries()) {
    const rng = mulberry32((o.seed * 1_000_003 + gi * 7919) >>> 0);
    // Melding and beschikking numbers count per gemeente (migration 016).
    await db.systemTransaction(async (tx) => {
      const r = await tx.query<{ m: number; b: number }>(
        `SELECT greatest((SELECT max(nummer) FROM meldingen WHERE gemeente_code = $1),
                         (SELECT laatste FROM nummerreeksen WHERE gemeente_code = $1 AND soort = 'melding'), 0)::int8 AS m,
                greatest((SELECT max(nummer) FROM beschikkingen WHERE gemeente_code = $1),
                         (SELECT laatste FROM nummerreeksen WHERE gemeente_code = $1 AND soort = 'beschikking'), 0)::int8 AS b`,
        [p.code],
      );
      ids.nummer.melding = r.rows[0]!.m;
      ids.nummer.beschikking = r.rows[0]!.b;
    });
    const gegevens = await db.systemTransaction((tx) => bereidVoor(tx, p, rng));
    const { doelen, uniek } = doelenVoor(p, kc, rng);
    for (const w of doelen.keys()) if (!gegevens.wijken.has(w)) throw new Error(`Wijk ${w} ontbreekt`);
    uniekPerWijk(doelen, uniek); // fails early on inconsistent targets
    const plan = maakPlan(doelen, { jaar: kc.jaar, vandaag, uniekeClienten: uniek }, rng);
    log(`${p.naam} (${p.code}): ${plan.length.toLocaleString('nl-NL')} cliënten gepland`);

    // Generate and load in turns: while one buffer is being written, the next one is generated.
    // At most `gelijktijdig` buffers load at once; a buffer only refers to rows of itself or of
    // earlier buffers (a concurrent reference waits for that commit).
    const bezig = new Set<Promise<void>>();
    let fout: unknown = null;
    const z = new ZaakGenerator(rng, ids, gegevens, vandaag, new RijBuffer());
    const wissel = async () => {
      const vol = z.uit;
      const personen = z.neemWachtend();
      z.uit = new RijBuffer();
      while (bezig.size >= gelijktijdig) await Promise.race(bezig);
      if (fout) throw fout;
      const lopend: Promise<void> = laad(vol)
        .then(() => z.bekendMaken(personen))
        .catch((e) => {
          fout ??= e;
        })
        .finally(() => bezig.delete(lopend));
      bezig.add(lopend);
      await new Promise((r) => setImmediate(r));
    };
    for (const [i, c] of plan.entries()) {
      z.client(c);
      if (z.uit.aantal >= grootte) await wissel();
      if (i % 250 === 0) await new Promise((r) => setImmediate(r));
    }
    await wissel();
    // Meldingen resolved lower on the ladder, per wijk and year, relative to the maatwerk cases.
    const eersteJaar = 2015;
    const laatsteJaar = Number(vandaagIso.slice(0, 4));
    for (const w of doelen.keys()) {
      for (let jaar = eersteJaar; jaar <= laatsteJaar; jaar++) {
        const n = Math.round((z.zakenPerWijkJaar.get(`${w}|${jaar}`) ?? 0) * overigePerZaak(jaar));
        const van = dagnummer(`${jaar}-01-01`);
        const tot = Math.min(dagnummer(`${jaar}-12-31`), vandaag);
        for (let k = 0; k < n; k++) {
          z.overigeMelding(w, van + geheelGetal(rng, tot - van + 1));
          if (z.uit.aantal >= grootte) await wissel();
        }
      }
    }
    await wissel();
    await Promise.all(bezig);
    if (fout) throw fout;
    await db.systemTransaction((tx) =>
      tx.query(
        `INSERT INTO nummerreeksen (gemeente_code, soort, laatste) VALUES ($1, 'melding', $2), ($1, 'beschikking', $3)
         ON CONFLICT (gemeente_code, soort) DO UPDATE SET laatste = greatest(nummerreeksen.laatste, EXCLUDED.laatste)`,
        [p.code, ids.nummer.melding, ids.nummer.beschikking],
      ),
    );
    // Signalen, activiteiten and opdrachten in proportion to the wijken and partners (issue 16).
    const preventie = await db.systemTransaction((tx) => genereerWijkPreventie(tx, p.code));
    for (const [t, n] of Object.entries(preventie)) aantallen[t] = (aantallen[t] ?? 0) + n;
    log(`${p.naam} (${p.code}): geladen`);
  }
  await db.systemTransaction((tx) =>
    tx.query(
      "SELECT setval('toewijzing_nummers', greatest($1::int8, (SELECT last_value FROM toewijzing_nummers)))",
      [Math.max(1, ids.nummer.toewijzing)],
    ),
  );
  if (snel) {
    log('Verwijzende sleutels controleren…');
    await controleerVerwijzingen(
      db,
      profielen.map((p) => p.code),
    );
  }
  // Fresh statistics for the planner after a bulk load (PGlite has no autovacuum; platform/db/onderhoud.ts).
  log('Statistieken bijwerken…');
  await werkStatistiekenBij(db, VOLGORDE);
  const rijen = Object.values(aantallen).reduce((s, n) => s + n, 0);
  await db.systemTransaction((tx) =>
    tx.query('UPDATE datageneraties SET aantallen = $2, klaar_op = now() WHERE id = $1', [
      generatieId,
      JSON.stringify(aantallen),
    ]),
  );
  return {
    gemeenten: profielen.map((p) => ({ code: p.code, naam: p.naam, factor: p.factor, exact: p.exact })),
    aantallen,
    rijen,
    duurMs: Math.round(performance.now() - start),
  };
}
