import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/principal.ts';
import type { Database, Sql } from '../../platform/db/types.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx, requireGemeente } from '../../platform/usecase.ts';
import { categorieNaam } from './repo-beschikking.ts';
import type { ProductInvoer, ProductWijzigen } from './schemas.ts';

// Producten ------------------------------------------------------------------------------------------

async function productView(tx: Sql, where: string, params: unknown[]) {
  const { rows } = await tx.query<{
    id: string;
    gemeente_code: string;
    productcategorie: string;
    productcode: string | null;
    naam: string;
    eenheid: string;
    frequentie: string;
    tarief: number;
    pgb_tarief: number | null;
    actief: boolean;
    versie: number;
    aanbieders: Array<{ id: string; naam: string; agbCode: string | null }>;
  }>(
    `SELECT p.*, coalesce((SELECT json_agg(json_build_object('id', o.id, 'naam', o.naam, 'agbCode', o.agb_code) ORDER BY o.naam)
       FROM product_contracten c JOIN organisaties o ON o.id = c.aanbieder_id WHERE c.product_id = p.id), '[]'::json) AS aanbieders
     FROM producten p WHERE ${where} ORDER BY p.productcategorie, p.naam`,
    params,
  );
  return rows.map((r) => ({
    id: r.id,
    gemeenteCode: r.gemeente_code,
    productcategorie: r.productcategorie,
    productcategorieNaam: categorieNaam(r.productcategorie),
    productcode: r.productcode,
    naam: r.naam,
    eenheid: r.eenheid,
    frequentie: r.frequentie,
    tarief: r.tarief,
    pgbTarief: r.pgb_tarief,
    actief: r.actief,
    aanbieders: r.aanbieders,
    versie: r.versie,
  }));
}

async function zetContracten(tx: Sql, gemeenteCode: string, productId: string, aanbiederIds: string[]) {
  if (aanbiederIds.length) {
    const ok = await tx.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM organisaties WHERE id = ANY($1::uuid[]) AND soort = 'aanbieder' AND agb_code IS NOT NULL AND gemeente_code = $2",
      [aanbiederIds, gemeenteCode],
    );
    if (ok.rows[0]!.n !== new Set(aanbiederIds).size) {
      throw errors.field(
        'aanbiederIds',
        'geen-aanbieder',
        'Kies aanbieders (met AGB-code) van deze gemeente.',
      );
    }
  }
  await tx.query('DELETE FROM product_contracten WHERE product_id = $1', [productId]);
  await tx.query(
    'INSERT INTO product_contracten (gemeente_code, product_id, aanbieder_id) SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING',
    [gemeenteCode, productId, aanbiederIds],
  );
}

export const producten = {
  lijst: (db: Database, actor: Actor, gemeente?: string) =>
    inTx(db, actor, (tx) =>
      productView(tx, '($1::text IS NULL OR p.gemeente_code = $1)', [gemeente ?? null]),
    ),

  maak(db: Database, actor: Actor, input: z.output<typeof ProductInvoer>) {
    requireGemeente(actor, input.gemeenteCode);
    return inTx(db, actor, async (tx) => {
      const { rows } = await tx.query<{ id: string }>(
        `INSERT INTO producten (gemeente_code, productcategorie, productcode, naam, eenheid, frequentie, tarief, pgb_tarief)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          input.gemeenteCode,
          input.productcategorie,
          input.productcode ?? null,
          input.naam,
          input.eenheid,
          input.frequentie,
          input.tarief,
          input.pgbTarief ?? null,
        ],
      );
      const id = rows[0]!.id;
      await zetContracten(tx, input.gemeenteCode, id, input.aanbiederIds);
      await audit(tx, actor, {
        actie: 'create',
        objectType: 'product',
        objectId: id,
        doel: 'configuratie-toegang',
        gemeenteCode: input.gemeenteCode,
      });
      return (await productView(tx, 'p.id = $1', [id]))[0]!;
    });
  },

  wijzig(db: Database, actor: Actor, id: string, input: z.output<typeof ProductWijzigen>) {
    return inTx(db, actor, async (tx) => {
      const { versie, aanbiederIds, naam, tarief, pgbTarief, actief } = input;
      const r = await tx.query<{ gemeente_code: string }>(
        `UPDATE producten SET naam = coalesce($3, naam), tarief = coalesce($4, tarief),
           pgb_tarief = CASE WHEN $6 THEN $5 ELSE pgb_tarief END, actief = coalesce($7, actief),
           versie = versie + 1, gewijzigd_op = now()
         WHERE id = $1 AND versie = $2 RETURNING gemeente_code`,
        [
          id,
          versie,
          naam ?? null,
          tarief ?? null,
          pgbTarief ?? null,
          pgbTarief !== undefined,
          actief ?? null,
        ],
      );
      if (!r.rows[0]) {
        const e = await tx.query('SELECT 1 FROM producten WHERE id = $1', [id]);
        throw e.rows[0] ? errors.versionConflict('Het product') : errors.notFound('Het product');
      }
      if (aanbiederIds) await zetContracten(tx, r.rows[0].gemeente_code, id, aanbiederIds);
      await audit(tx, actor, {
        actie: 'update',
        objectType: 'product',
        objectId: id,
        doel: 'configuratie-toegang',
        gemeenteCode: r.rows[0].gemeente_code,
      });
      return (await productView(tx, 'p.id = $1', [id]))[0]!;
    });
  },
};
