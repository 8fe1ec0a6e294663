/**
 * Demo money (issue 21): toewijzingen running this year, monthly WMO323 declaraties from the aanbieders
 * (mostly approved, a few lines rejected: more volume than granted, an unknown toewijzing) and a budget
 * per product category, so the beleid dashboard shows begroot, verplicht, gerealiseerd and prognose.
 * Everything goes through the real services: the historic import for the toewijzingen (as the bench
 * does) and `ontvangDeclaratie` — XSD, rule checker, judging per line, WMO325 — for the declaraties.
 */

import { cliUitvoerder, importeerBeschikkingen } from '../modules/imports/service.ts';
import { ontvangDeclaratie } from '../modules/iwmo/ontvang-declaratie.ts';
import type { Actor } from '../platform/auth/principal.ts';
import { today } from '../platform/clock.ts';
import type { Database } from '../platform/db/types.ts';
import { maakImportCsv } from './generator/import-csv.ts';
import { AANBIEDERS, DEVENTER_POSTCODES, DEVENTER_WIJKEN } from './organisatie-demo.ts';
import { type Wmo323Prestatie, wmo323 } from './wmo323-synthetisch.ts';

const GEMEENTE = '0150';
const HERKOMST = { ip: 'demo-data', sessie: null, verzoekId: 'demo-financien' };

/**
 * The demo's declaraties arrive as the backoffice would receive them: as the demo backoffice
 * medewerker, whose role reads the gemeente's toewijzingen under the need-to-know rule (ADR 0030).
 * A medewerker without an account would see no toewijzing and reject every line.
 */
const maakActor = (gebruikerId: string | null, medewerkerId: string | null) =>
  ({
    principal: {
      soort: 'medewerker',
      gebruikerId,
      gebruikersnaam: 'demo-financien',
      medewerkerId,
      naam: 'Demodata declaraties',
      rollen: ['backoffice'],
      gemeenteCode: GEMEENTE,
      gemeenten: [GEMEENTE],
      organisatieId: null,
      teamId: null,
      sessieId: 'demo-data',
      csrfToken: '',
    },
    herkomst: HERKOMST,
  }) as unknown as Actor;

interface Toewijzing {
  agb: string;
  nummer: string;
  bsn: string;
  categorie: string;
  code: string;
  eenheid: string;
  tarief: string;
}

const mm = (m: number) => String(m).padStart(2, '0');
const laatsteDag = (jaar: number, maand: number) => new Date(Date.UTC(jaar, maand, 0)).getUTCDate();

export interface DemoFinancien {
  jaar: number;
  toewijzingen: number;
  declaraties: number;
  afgewezenRegels: number;
  budgetten: number;
}

/** Loads the demo money for the year of today (declaraties up to last month). Run once, after the organisation. */
export async function loadDemoFinancien(
  db: Database,
  opties: { rijen?: number } = {},
): Promise<DemoFinancien> {
  const bo = await db.systemQuery<{ id: string; medewerker_id: string | null }>(
    "SELECT id, medewerker_id FROM gebruikers WHERE gebruikersnaam = 'backoffice'",
    [],
  );
  const actor = maakActor(bo.rows[0]?.id ?? null, bo.rows[0]?.medewerker_id ?? null);
  const vandaag = today();
  const jaar = Number(vandaag.slice(0, 4));
  const maand = Number(vandaag.slice(5, 7));
  const { csv } = maakImportCsv({
    rijen: opties.rijen ?? 90,
    seed: 2100 + jaar,
    wijkcodes: DEVENTER_WIJKEN.map(([c]) => c),
    postcodes: Object.fromEntries(DEVENTER_POSTCODES.map(([van, , w]) => [w, van])),
    agbCodes: AANBIEDERS.map((a) => a.agb),
  });
  await importeerBeschikkingen(db, cliUitvoerder(GEMEENTE, HERKOMST), {
    gemeenteCode: GEMEENTE,
    bestand: Buffer.from(csv, 'utf8'),
    bestandsnaam: `demo-declaraties-${jaar}.csv`,
  });
  // The import is history (before 2021) without product or omvang: give the imported zin-voorzieningen
  // their category's first product and an omvang, and let their toewijzingen run from 1 January.
  const toewijzingen = await db.systemTransaction(async (tx) => {
    await tx.query(
      `UPDATE voorzieningen v SET product_id = pr.id, productcode = pr.productcode, volume = 8,
              eenheid = pr.eenheid, frequentie = pr.frequentie
         FROM (SELECT DISTINCT ON (productcategorie) * FROM producten
                WHERE gemeente_code = $1 AND productcode IS NOT NULL ORDER BY productcategorie, productcode) pr
        WHERE v.gemeente_code = $1 AND pr.productcategorie = v.productcategorie AND v.product_id IS NULL
          AND v.id IN (SELECT voorziening_id FROM toewijzingen WHERE gemeente_code = $1 AND einddatum < '2021-01-01')`,
      [GEMEENTE],
    );
    await tx.query(
      `UPDATE toewijzingen SET ingangsdatum = make_date($2, 1, 1), einddatum = NULL
        WHERE gemeente_code = $1 AND einddatum < '2021-01-01'`,
      [GEMEENTE, jaar],
    );
    return (
      await tx.query<Toewijzing>(
        `SELECT o.agb_code AS agb, t.toewijzingnummer::text AS nummer, p.bsn, v.productcategorie AS categorie,
                v.productcode AS code, v.eenheid, round(pr.tarief * 100)::text AS tarief
           FROM toewijzingen t JOIN organisaties o ON o.id = t.aanbieder_id
           JOIN voorzieningen v ON v.id = t.voorziening_id JOIN personen p ON p.id = v.persoon_id
           JOIN producten pr ON pr.id = v.product_id
          WHERE t.gemeente_code = $1 AND t.ingangsdatum = make_date($2, 1, 1) AND v.volume IS NOT NULL
          ORDER BY o.agb_code, t.toewijzingnummer`,
        [GEMEENTE, jaar],
      )
    ).rows;
  });

  const perAanbieder = new Map<string, Toewijzing[]>();
  for (const t of toewijzingen) perAanbieder.set(t.agb, [...(perAanbieder.get(t.agb) ?? []), t]);
  let declaraties = 0;
  let afgewezenRegels = 0;
  for (let m = 1; m < maand; m++) {
    const begin = `${jaar}-${mm(m)}-01`;
    const eind = `${jaar}-${mm(m)}-${laatsteDag(jaar, m)}`;
    const dagtekening = m === 12 ? eind : `${jaar}-${mm(m + 1)}-05`;
    for (const [agb, ts] of perAanbieder) {
      const prestaties: Wmo323Prestatie[] = ts.map((t, i) => ({
        bsn: t.bsn,
        referentie: `D${mm(m)}-${i + 1}`,
        toewijzingnummer: Number(t.nummer),
        categorie: t.categorie,
        productcode: t.code,
        begin,
        eind,
        // 30 of the 8 a week granted (±34 a month); March: the first line declares more than granted (rejected).
        volume: m === 3 && i === 0 ? 900 : 30,
        eenheid: t.eenheid,
        tarief: Number(t.tarief),
      }));
      // May: a line for a toewijzing this aanbieder does not have (rejected).
      if (m === 5 && ts[0]) {
        prestaties.push({ ...prestaties[0]!, referentie: `D${mm(m)}-X`, toewijzingnummer: 99_999_999 });
      }
      const xml = wmo323({
        agb,
        gemeente: GEMEENTE,
        identificatie: `DEMO${jaar}${mm(m)}`,
        dagtekening: [dagtekening, vandaag].sort()[0]!,
        declaratienummer: `D${jaar}${mm(m)}`,
        periode: { begin, eind },
        prestaties,
      });
      const r = await ontvangDeclaratie(db, actor, xml);
      declaraties++;
      afgewezenRegels += r.declaratie.afgewezen;
    }
  }
  const budgetten = await zetDemoBudgetten(db, actor, jaar);
  return { jaar, toewijzingen: toewijzingen.length, declaraties, afgewezenRegels, budgetten };
}

/**
 * A budget per category that has commitments: what the toewijzingen commit over the year, rounded and
 * varied by category (some over, some under budget), as beleid would enter it.
 */
async function zetDemoBudgetten(db: Database, actor: Actor, jaar: number): Promise<number> {
  const { uitgaven } = await import('../modules/financien/uitgaven.ts');
  const u = await uitgaven(db, actor, { gemeente: GEMEENTE, jaar });
  const factoren = [1.1, 0.9, 1.05, 0.95, 1.2];
  const rijen = u.categorieen
    .filter((c) => c.verplicht > 0)
    .map(
      (c, i) =>
        [
          c.productcategorie,
          Math.round((c.verplicht * factoren[i % factoren.length]!) / 1000) * 1000,
        ] as const,
    );
  await db.systemTransaction(async (tx) => {
    for (const [categorie, bedrag] of rijen) {
      await tx.query(
        `INSERT INTO budgetten (gemeente_code, jaar, productcategorie, bedrag) VALUES ($1, $2, $3, $4)
         ON CONFLICT (gemeente_code, jaar, productcategorie) DO NOTHING`,
        [GEMEENTE, jaar, categorie, bedrag],
      );
    }
  });
  return rijen.length;
}
