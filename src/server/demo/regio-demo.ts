import { maakTestBsnGenerator } from '../../domain/bsn/bsn.ts';
import { mulberry32 } from '../../domain/bsn/prng.ts';
import { plusDagen } from '../../domain/termijnen/index.ts';
import { registreerAanmelding, zetOpWachtlijst } from '../modules/regio/plaatsing/usecases/aanmelding.ts';
import { plaats } from '../modules/regio/plaatsing/usecases/plaatsing.ts';
import type { Actor } from '../platform/auth/principal.ts';
import { today } from '../platform/clock.ts';
import type { Database, Sql } from '../platform/db/types.ts';
import { GEMEENTEN } from './organisatie-demo.ts';

/**
 * Regionale toegang beschermd wonen en opvang (issue 20) in the demo: the region's BW/MO products in
 * each gemeente's catalogue (WMO020 15 and 16, contracted by the region), each gemeente's mandate to
 * the regional team in Deventer, and the staff history of reference 001 — seconded by a provider in
 * 2021, employed by Deventer from 1 January 2022. Synthetic names; no clients.
 */
export const BW_MO_AANBIEDERS = [
  { naam: 'Stichting Beschermd Wonen IJsselland', agb: '75750011' },
  { naam: 'Stichting Opvang De Overloop', agb: '75750012' },
] as const;

export const BW_MO_PRODUCTEN = [
  {
    categorie: '15',
    code: '15A01',
    naam: 'Beschermd wonen intramuraal',
    eenheid: '14',
    frequentie: '2',
    tarief: 128.5,
    pgbTarief: 102.8,
    aanbieder: 'Stichting Beschermd Wonen IJsselland',
  },
  {
    categorie: '16',
    code: '16A01',
    naam: 'Maatschappelijke opvang',
    eenheid: '14',
    frequentie: '2',
    tarief: 86,
    pgbTarief: 0,
    aanbieder: 'Stichting Opvang De Overloop',
  },
] as const;

/**
 * Two BW locations and an MO shelter with capacity (synthetic names, real places), and the tariff
 * per etmaal the region pays (the BW/MO products' tariffs).
 */
export const BW_MO_LOCATIES = [
  { naam: 'De Boei', soort: 'beschermd-wonen', gemeente: '0150', plaatsen: 12, tarief: 128.5 },
  { naam: 'Het Baken', soort: 'beschermd-wonen', gemeente: '0301', plaatsen: 8, tarief: 128.5 },
  { naam: 'Nachtopvang De Overloop', soort: 'opvang', gemeente: '0150', plaatsen: 20, tarief: 86 },
] as const;

/** The region's yearly BW/MO budget in the demo (synthetic; the convenant's figure goes here). */
export const REGIO_BUDGET = 1_250_000;

/** The mandaatbesluiten of the five gemeenten; Deventer's college mandates its own team too. */
export const MANDAAT_VANAF = '2023-01-01';
export const mandaatReferentie = (gemeenteNaam: string) =>
  `het Mandaatbesluit regionale toegang beschermd wonen en opvang ${gemeenteNaam} 2023`;

export async function loadDemoRegio(
  tx: Sql,
  ctx: {
    regioTeamId: string;
    organisaties: Map<string, string>;
    regioMedewerkers: string[];
  },
): Promise<void> {
  for (const a of BW_MO_AANBIEDERS) {
    const { rows } = await tx.query<{ id: string }>(
      "INSERT INTO organisaties (gemeente_code, naam, soort, agb_code) VALUES ('0150', $1, 'aanbieder', $2) RETURNING id",
      [a.naam, a.agb],
    );
    ctx.organisaties.set(a.naam, rows[0]!.id);
  }
  for (const g of GEMEENTEN) {
    for (const p of BW_MO_PRODUCTEN) {
      const { rows } = await tx.query<{ id: string }>(
        `INSERT INTO producten (gemeente_code, productcategorie, productcode, naam, eenheid, frequentie, tarief, pgb_tarief)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [g.code, p.categorie, p.code, p.naam, p.eenheid, p.frequentie, p.tarief, p.pgbTarief || null],
      );
      await tx.query(
        'INSERT INTO product_contracten (gemeente_code, product_id, aanbieder_id) VALUES ($1, $2, $3)',
        [g.code, rows[0]!.id, ctx.organisaties.get(p.aanbieder)],
      );
    }
    await tx.query(
      `INSERT INTO mandaten (gemeente_code, team_id, besluiten, geldig_van, besluit_referentie, ondertekening)
       VALUES ($1, $2, ARRAY['intake', 'onderzoek', 'beschikking', 'intrekking'], $3, $4,
               'het hoofd van Team Publiekscontacten, regionale toegang beschermd wonen en opvang')`,
      [g.code, ctx.regioTeamId, MANDAAT_VANAF, mandaatReferentie(g.naam)],
    );
  }
  for (const l of BW_MO_LOCATIES) {
    const aanbieder =
      l.soort === 'opvang' ? 'Stichting Opvang De Overloop' : 'Stichting Beschermd Wonen IJsselland';
    await tx.query(
      'INSERT INTO bw_locaties (gemeente_code, aanbieder_id, naam, soort, plaatsen, tarief) VALUES ($1, $2, $3, $4, $5, $6)',
      [l.gemeente, ctx.organisaties.get(aanbieder), l.naam, l.soort, l.plaatsen, l.tarief],
    );
  }
  const jaar = Number(today().slice(0, 4));
  await tx.query(
    "INSERT INTO regio_budgetten (jaar, gemeente_code, bedrag) VALUES ($1, '0150', $3), ($2, '0150', $3)",
    [jaar - 1, jaar, REGIO_BUDGET],
  );
  // Reference 001: seconded by a provider, then employed by the centrumgemeente from 2022.
  const aanbieder = ctx.organisaties.get('Stichting Beschermd Wonen IJsselland')!;
  const deventer = ctx.organisaties.get('Gemeente Deventer')!;
  for (const m of ctx.regioMedewerkers) {
    await tx.query(
      `INSERT INTO dienstverbanden (gemeente_code, medewerker_id, werkgever_id, vorm, team_id, van, tot, fte)
       VALUES ('0150', $1, $2, 'detachering', $3, '2021-01-01', '2021-12-31', 0.89),
              ('0150', $1, $4, 'dienstverband', $3, '2022-01-01', NULL, 0.89)`,
      [m, aanbieder, ctx.regioTeamId, deventer],
    );
  }
}

/**
 * The demo's regional cases: a small wachtlijst and a few residents placed, from each gemeente and
 * one from outside the region (synthetic persons, test BSNs). Through the use cases, as regio-bw.
 */
export async function loadDemoRegioZaken(db: Database, regio: Actor): Promise<void> {
  const bsn = maakTestBsnGenerator(mulberry32(2020));
  const vandaag = today();
  const { rows: locaties } = await db.systemQuery<{ id: string; naam: string }>(
    'SELECT id, naam FROM bw_locaties',
  );
  const locatie = (naam: string) => locaties.find((l) => l.naam === naam)?.id ?? null;
  const zaken = [
    {
      achternaam: 'Brinkhuis',
      herkomst: '0177',
      soort: 'beschermd-wonen',
      door: 'ggz',
      urgentie: 'hoog',
      dagen: 120,
      plaats: 'De Boei',
    },
    {
      achternaam: 'Oude Egberink',
      herkomst: '0262',
      soort: 'beschermd-wonen',
      door: 'lokale-toegang',
      urgentie: 'regulier',
      dagen: 200,
      plaats: 'Het Baken',
    },
    {
      achternaam: 'Haverkamp',
      herkomst: '0150',
      soort: 'opvang',
      door: 'nachtopvang',
      urgentie: 'crisis',
      dagen: 30,
      plaats: 'Nachtopvang De Overloop',
    },
    {
      achternaam: 'Wolters',
      herkomst: null,
      soort: 'opvang',
      door: 'politie',
      urgentie: 'crisis',
      dagen: 10,
      plaats: 'Nachtopvang De Overloop',
    },
    {
      achternaam: 'Kamphuis',
      herkomst: '0175',
      soort: 'beschermd-wonen',
      door: 'partner',
      urgentie: 'regulier',
      dagen: 90,
      wacht: 'De Boei',
    },
    {
      achternaam: 'Dijkman',
      herkomst: '0301',
      soort: 'beschermd-wonen',
      door: 'ggz',
      urgentie: 'hoog',
      dagen: 45,
      wacht: null,
    },
    {
      achternaam: 'Tijhuis',
      herkomst: '0150',
      soort: 'beschermd-wonen',
      door: 'inwoner',
      urgentie: 'regulier',
      dagen: 150,
      wacht: 'Het Baken',
    },
    {
      achternaam: 'Reimink',
      herkomst: '0177',
      soort: 'opvang',
      door: 'anders',
      urgentie: 'hoog',
      dagen: 5,
      wacht: null,
    },
  ] as const;
  for (const [i, z] of zaken.entries()) {
    const aangemeld = plusDagen(vandaag, -z.dagen);
    const a = await registreerAanmelding(db, regio, {
      soort: z.soort,
      persoon: {
        bsn: bsn(),
        voornamen: 'Demo',
        achternaam: z.achternaam,
        geboortedatum: `19${70 + i}-0${(i % 9) + 1}-1${i}`,
      },
      herkomstGemeenteCode: z.herkomst,
      herkomstWoonplaats: z.herkomst ? null : 'Apeldoorn',
      aangemeldDoor: z.door,
      aanmelder: z.door === 'inwoner' ? null : 'Demo-aanmelder',
      urgentie: z.urgentie,
      toelichting: null,
      aanmeldingsdatum: aangemeld,
    });
    const w = await zetOpWachtlijst(db, regio, a.id, {
      versie: a.versie,
      voorkeurLocatieId: 'wacht' in z && z.wacht ? locatie(z.wacht) : null,
    });
    // The demo's waiting started on the day of the aanmelding (the use case starts it today).
    await db.systemQuery('UPDATE bw_aanmeldingen SET wachtlijst_sinds = $2 WHERE id = $1', [a.id, aangemeld]);
    if ('plaats' in z)
      await plaats(db, regio, {
        aanmeldingId: a.id,
        versie: w.versie,
        locatieId: locatie(z.plaats)!,
        van: plusDagen(aangemeld, Math.min(20, z.dagen - 1)),
      });
  }
}
