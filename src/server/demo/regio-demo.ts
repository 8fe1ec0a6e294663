import type { Sql } from '../platform/db/types.ts';
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
