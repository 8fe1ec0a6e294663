import type { z } from 'zod';
import {
  controleerVoorzieningen,
  pgbBudgetPerJaar,
  type VoorzieningRegel,
  vierOgenFout,
} from '../../domain/beschikking.ts';
import { type Frequentie, PRODUCTCATEGORIEEN } from '../../domain/iwmo/codelijsten.ts';
import { bezwaarUiterlijk, plusDagen } from '../../domain/termijnen/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/principal.ts';
import { today } from '../../platform/clock.ts';
import type { Database, Sql } from '../../platform/db/types.ts';
import { renderBrief } from '../../platform/documents/brief.ts';
import { bewaarDocument, laadAfzender } from '../../platform/documents/opslag.ts';
import { recordEvent } from '../../platform/events/events.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx, requireGemeente } from '../../platform/usecase.ts';
import { laadKalender } from '../intake/kalender.ts';
import { personenRepo } from '../intake/repo-personen.ts';
import { beschikkingBrief, beschikkingKenmerk } from './brief.ts';
import type {
  BerichtFilter,
  BeschikkingInvoer,
  HerindicatieFilter,
  Intrekking,
  ProductInvoer,
  ProductWijzigen,
  Vaststelling,
} from './schemas.ts';
import { trekToewijzingenIn, wijsToe } from './toewijzing.ts';

const DOEL = 'wmo-beschikking';
const categorieNaam = (c: string) => PRODUCTCATEGORIEEN[c as keyof typeof PRODUCTCATEGORIEEN] ?? c;

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

// Beschikkingen --------------------------------------------------------------------------------------

interface Kop {
  id: string;
  nummer: number;
  gemeente_code: string;
  aanvraag_id: string | null;
  persoon_id: string;
  persoon_naam: string;
  status: 'concept' | 'vastgesteld';
  soort: 'besluit' | 'wijziging' | 'intrekking';
  vorige_beschikking_id: string | null;
  ingetrokken_per: string | null;
  reden_wijziging: string | null;
  toelichting: string | null;
  opgesteld_door: string | null;
  opsteller: string | null;
  gecontroleerd_door: string | null;
  controleur: string | null;
  besluitdatum: string | null;
  bekendgemaakt_op: string | null;
  bezwaar_uiterlijk: string | null;
  beschikking_uiterlijk: string | null;
  aanvraagdatum: string | null;
  versie: number;
}

async function kop(tx: Sql, id: string, forUpdate = false): Promise<Kop> {
  const { rows } = await tx.query<Kop>(
    `SELECT b.*, concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam) AS persoon_naam, mo.naam AS opsteller, mc.naam AS controleur,
            a.beschikking_uiterlijk, a.aanvraagdatum
     FROM beschikkingen b JOIN personen p ON p.id = b.persoon_id
     LEFT JOIN medewerkers mo ON mo.id = b.opgesteld_door LEFT JOIN medewerkers mc ON mc.id = b.gecontroleerd_door
     LEFT JOIN aanvragen a ON a.id = b.aanvraag_id
     WHERE b.id = $1${forUpdate ? ' FOR UPDATE OF b' : ''}`,
    [id],
  );
  if (!rows[0]) throw errors.notFound('De beschikking');
  return rows[0];
}

async function voorzieningenVan(tx: Sql, beschikkingId: string) {
  const { rows } = await tx.query<{
    id: string;
    besluit: 'toekenning' | 'afwijzing';
    motivering: string;
    product_id: string | null;
    product_naam: string | null;
    productcategorie: string;
    productcode: string | null;
    volume: number | null;
    eenheid: string | null;
    frequentie: string | null;
    leveringsvorm: 'zin' | 'pgb' | null;
    pgb_budget: number | null;
    aanbieder_id: string | null;
    aanbieder_naam: string | null;
    ingangsdatum: string | null;
    einddatum: string | null;
    herindicatiedatum: string | null;
  }>(
    `SELECT v.*, pr.naam AS product_naam, o.naam AS aanbieder_naam FROM voorzieningen v
     LEFT JOIN producten pr ON pr.id = v.product_id LEFT JOIN organisaties o ON o.id = v.aanbieder_id
     WHERE v.beschikking_id = $1 ORDER BY v.volgnummer`,
    [beschikkingId],
  );
  return rows;
}

async function view(tx: Sql, id: string) {
  const b = await kop(tx, id);
  const vs = await voorzieningenVan(tx, id);
  const berichten = await tx.query<{
    id: string;
    berichtcode: string;
    identificatie: string;
    status: string;
  }>(
    `SELECT DISTINCT ib.id, ib.berichtcode, ib.identificatie, ib.status FROM iwmo_berichten ib
     JOIN toewijzingen t ON t.aanbieder_id = ib.aanbieder_id JOIN voorzieningen v ON v.id = t.voorziening_id
     WHERE v.beschikking_id = $1 AND ib.persoon_id = v.persoon_id ORDER BY ib.identificatie`,
    [id],
  );
  return {
    id: b.id,
    nummer: b.nummer,
    kenmerk: beschikkingKenmerk(b.nummer),
    gemeenteCode: b.gemeente_code,
    aanvraagId: b.aanvraag_id,
    persoon: { id: b.persoon_id, naam: b.persoon_naam },
    status: b.status,
    soort: b.soort,
    vorigeBeschikkingId: b.vorige_beschikking_id,
    ingetrokkenPer: b.ingetrokken_per,
    toelichting: b.toelichting,
    opgesteldDoor: b.opgesteld_door ? { id: b.opgesteld_door, naam: b.opsteller! } : null,
    gecontroleerdDoor: b.gecontroleerd_door ? { id: b.gecontroleerd_door, naam: b.controleur! } : null,
    besluitdatum: b.besluitdatum,
    bekendgemaaktOp: b.bekendgemaakt_op,
    termijnen: { beschikkingUiterlijk: b.beschikking_uiterlijk, bezwaarUiterlijk: b.bezwaar_uiterlijk },
    voorzieningen: vs.map((v) => ({
      id: v.id,
      besluit: v.besluit,
      motivering: v.motivering,
      product: v.product_id ? { id: v.product_id, naam: v.product_naam! } : null,
      productcategorie: v.productcategorie,
      productcode: v.productcode,
      volume: v.volume,
      eenheid: v.eenheid,
      frequentie: v.frequentie,
      leveringsvorm: v.leveringsvorm,
      pgbBudget: v.pgb_budget,
      aanbieder: v.aanbieder_id ? { id: v.aanbieder_id, naam: v.aanbieder_naam! } : null,
      ingangsdatum: v.ingangsdatum,
      einddatum: v.einddatum,
      herindicatiedatum: v.herindicatiedatum,
    })),
    berichten: berichten.rows,
    versie: b.versie,
  };
}

/** Resolves products, checks contracts, computes pgb budgets; 400 naming each wrong field. */
async function schrijfVoorzieningen(
  tx: Sql,
  b: { id: string; gemeente_code: string; persoon_id: string },
  invoer: z.output<typeof BeschikkingInvoer>['voorzieningen'],
) {
  const wijk =
    (await tx.query<{ wijk_id: string | null }>('SELECT wijk_id FROM personen WHERE id = $1', [b.persoon_id]))
      .rows[0]?.wijk_id ?? null;
  const regels: Array<VoorzieningRegel & { productId: string | null; pgbBudget: number | null }> = [];
  const fouten: Array<{ name: string; code: string; reason: string }> = [];
  for (const [i, v] of invoer.entries()) {
    let product:
      | {
          id: string;
          productcategorie: string;
          productcode: string | null;
          eenheid: string;
          frequentie: string;
          tarief: number;
          pgb_tarief: number | null;
        }
      | undefined;
    if (v.productId) {
      product = (
        await tx.query<NonNullable<typeof product>>(
          'SELECT id, productcategorie, productcode, eenheid, frequentie, tarief, pgb_tarief FROM producten WHERE id = $1 AND actief AND gemeente_code = $2',
          [v.productId, b.gemeente_code],
        )
      ).rows[0];
      if (!product)
        fouten.push({
          name: `voorzieningen.${i}.productId`,
          code: 'bestaat-niet',
          reason: 'Dit product staat niet (actief) in de catalogus van de gemeente.',
        });
    } else if (v.besluit === 'toekenning') {
      fouten.push({
        name: `voorzieningen.${i}.productId`,
        code: 'verplicht',
        reason: 'Kies het product dat wordt toegekend.',
      });
    } else if (!v.productcategorie) {
      fouten.push({
        name: `voorzieningen.${i}.productcategorie`,
        code: 'verplicht',
        reason: 'Noem de productcategorie van de afgewezen voorziening.',
      });
    }
    if (product && v.besluit === 'toekenning' && v.leveringsvorm === 'zin' && v.aanbiederId) {
      const c = await tx.query(
        'SELECT 1 FROM product_contracten WHERE product_id = $1 AND aanbieder_id = $2',
        [product.id, v.aanbiederId],
      );
      if (!c.rows[0])
        fouten.push({
          name: `voorzieningen.${i}.aanbiederId`,
          code: 'geen-contract',
          reason: 'Deze aanbieder heeft geen contract voor dit product.',
        });
    }
    const pgb = v.besluit === 'toekenning' && v.leveringsvorm === 'pgb' && product && v.volume != null;
    regels.push({
      besluit: v.besluit,
      motivering: v.motivering,
      productcategorie: product?.productcategorie ?? v.productcategorie ?? '',
      productcode: product?.productcode ?? null,
      volume: v.volume ?? null,
      eenheid: product?.eenheid ?? null,
      frequentie: product?.frequentie ?? null,
      leveringsvorm: v.besluit === 'toekenning' ? (v.leveringsvorm ?? null) : null,
      aanbiederId: v.leveringsvorm === 'zin' ? (v.aanbiederId ?? null) : null,
      ingangsdatum: v.ingangsdatum ?? null,
      einddatum: v.einddatum ?? null,
      herindicatiedatum: v.herindicatiedatum ?? null,
      productId: product?.id ?? null,
      pgbBudget: pgb
        ? pgbBudgetPerJaar(
            v.volume!,
            product!.pgb_tarief ?? product!.tarief,
            product!.frequentie as Frequentie,
          )
        : null,
    });
  }
  const bestaand = (
    await tx.query<VoorzieningRegel>(
      `SELECT v.besluit, v.productcategorie, v.productcode, v.leveringsvorm, v.ingangsdatum, coalesce(v.beeindigd_op, v.einddatum) AS einddatum
     FROM voorzieningen v JOIN beschikkingen b ON b.id = v.beschikking_id
     WHERE v.persoon_id = $1 AND b.status = 'vastgesteld' AND v.besluit = 'toekenning'`,
      [b.persoon_id],
    )
  ).rows;
  const bevindingen = controleerVoorzieningen(regels, bestaand);
  fouten.push(...bevindingen.map((x) => ({ name: x.veld, code: x.code, reason: x.reden })));
  if (fouten.length) throw errors.invalid(fouten);
  await tx.query('DELETE FROM voorzieningen WHERE beschikking_id = $1', [b.id]);
  for (const [volgnummer, r] of regels.entries()) {
    await tx.query(
      `INSERT INTO voorzieningen (gemeente_code, beschikking_id, volgnummer, persoon_id, wijk_id, besluit, motivering, product_id, productcategorie, productcode,
         volume, eenheid, frequentie, leveringsvorm, pgb_budget, aanbieder_id, ingangsdatum, einddatum, herindicatiedatum)
       VALUES ($1, $2, $19, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
      [
        b.gemeente_code,
        b.id,
        b.persoon_id,
        wijk,
        r.besluit,
        r.motivering,
        r.productId,
        r.productcategorie,
        r.productcode,
        r.volume,
        r.eenheid,
        r.frequentie,
        r.leveringsvorm,
        r.pgbBudget,
        r.aanbiederId,
        r.ingangsdatum,
        r.einddatum,
        r.herindicatiedatum,
        volgnummer,
      ],
    );
  }
}

export const beschikkingen = {
  stelOp(db: Database, actor: Actor, aanvraagId: string, input: z.output<typeof BeschikkingInvoer>) {
    return inTx(db, actor, async (tx) => {
      const a = (
        await tx.query<{ gemeente_code: string; persoon_id: string; status: string; melding_id: string }>(
          'SELECT gemeente_code, persoon_id, status, melding_id FROM aanvragen WHERE id = $1 FOR UPDATE',
          [aanvraagId],
        )
      ).rows[0];
      if (!a) throw errors.notFound('De aanvraag');
      if (a.status !== 'ingediend') throw errors.conflict('al-besloten', 'Op deze aanvraag is al besloten.');
      const bestaand = await tx.query<{ id: string }>(
        "SELECT id FROM beschikkingen WHERE aanvraag_id = $1 AND soort = 'besluit'",
        [aanvraagId],
      );
      if (bestaand.rows[0])
        throw errors.conflict(
          'bestaat-al',
          `Voor deze aanvraag is al een beschikking (${bestaand.rows[0].id}).`,
        );
      const ins = await tx.query<{ id: string }>(
        'INSERT INTO beschikkingen (gemeente_code, aanvraag_id, persoon_id, toelichting, opgesteld_door) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [a.gemeente_code, aanvraagId, a.persoon_id, input.toelichting ?? null, actor.principal.medewerkerId],
      );
      const id = ins.rows[0]!.id;
      await schrijfVoorzieningen(
        tx,
        { id, gemeente_code: a.gemeente_code, persoon_id: a.persoon_id },
        input.voorzieningen,
      );
      await audit(tx, actor, {
        actie: 'create',
        objectType: 'beschikking',
        objectId: id,
        doel: DOEL,
        gemeenteCode: a.gemeente_code,
      });
      await recordEvent(tx, actor, {
        gemeenteCode: a.gemeente_code,
        type: 'BeschikkingOpgesteld',
        objectType: 'melding',
        objectId: a.melding_id,
        data: { beschikkingId: id, aanvraagId },
      });
      return view(tx, id);
    });
  },

  wijzigConcept(
    db: Database,
    actor: Actor,
    id: string,
    input: z.output<typeof BeschikkingInvoer> & { versie: number },
  ) {
    return inTx(db, actor, async (tx) => {
      const b = await kop(tx, id, true);
      if (b.versie !== input.versie) throw errors.versionConflict('De beschikking');
      if (b.status !== 'concept')
        throw errors.conflict(
          'vastgesteld',
          'Een vastgestelde beschikking wijzigt u met een nieuwe beschikking (wijziging of intrekking).',
        );
      await schrijfVoorzieningen(tx, b, input.voorzieningen);
      await tx.query(
        'UPDATE beschikkingen SET toelichting = $2, versie = versie + 1, gewijzigd_op = now() WHERE id = $1',
        [id, input.toelichting ?? null],
      );
      await audit(tx, actor, {
        actie: 'update',
        objectType: 'beschikking',
        objectId: id,
        doel: DOEL,
        gemeenteCode: b.gemeente_code,
      });
      return view(tx, id);
    });
  },

  /**
   * Wmo 2015 art. 2.3.10: a fixed beschikking is withdrawn by a new beschikking that references it.
   * Drafted here as a concept; four eyes and the effects (end of the voorzieningen and toewijzingen,
   * WMO301 with RedenWijziging, letter) follow at vaststelling.
   */
  trekIn(db: Database, actor: Actor, id: string, input: z.output<typeof Intrekking>) {
    return inTx(db, actor, async (tx) => {
      const oud = await kop(tx, id, true);
      if (oud.status !== 'vastgesteld' || oud.soort === 'intrekking') {
        throw errors.conflict(
          'niet-intrekbaar',
          'Alleen een vastgestelde beschikking met voorzieningen kan worden ingetrokken.',
        );
      }
      const lopend = await tx.query<{ ingangsdatum: string | null }>(
        `SELECT min(ingangsdatum)::text AS ingangsdatum FROM voorzieningen
         WHERE beschikking_id = $1 AND besluit = 'toekenning' AND beeindigd_op IS NULL AND (einddatum IS NULL OR einddatum > $2)`,
        [id, input.per],
      );
      const ingang = lopend.rows[0]?.ingangsdatum;
      if (!ingang)
        throw errors.field(
          'per',
          'niets-te-beeindigen',
          'Op die datum loopt geen voorziening van deze beschikking meer.',
        );
      if (input.per < ingang)
        throw errors.field(
          'per',
          'voor-ingang',
          'De beëindiging ligt vóór de ingangsdatum van de voorziening.',
        );
      const ins = await tx.query<{ id: string }>(
        `INSERT INTO beschikkingen (gemeente_code, persoon_id, soort, vorige_beschikking_id, toelichting, opgesteld_door, ingetrokken_per, reden_wijziging)
         VALUES ($1, $2, 'intrekking', $3, $4, $5, $6, $7) RETURNING id`,
        [
          oud.gemeente_code,
          oud.persoon_id,
          id,
          input.motivering,
          actor.principal.medewerkerId,
          input.per,
          input.redenWijziging,
        ],
      );
      await audit(tx, actor, {
        actie: 'create',
        objectType: 'beschikking',
        objectId: ins.rows[0]!.id,
        doel: DOEL,
        gemeenteCode: oud.gemeente_code,
        toelichting: 'intrekking',
      });
      return view(tx, ins.rows[0]!.id);
    });
  },

  get(db: Database, actor: Actor, id: string) {
    return inTx(db, actor, async (tx) => {
      const v = await view(tx, id);
      await audit(tx, actor, {
        actie: 'read',
        objectType: 'beschikking',
        objectId: id,
        doel: DOEL,
        gemeenteCode: v.gemeenteCode,
      });
      return v;
    });
  },

  /**
   * Four eyes: a backoffice colleague other than the author fixes the beschikking. Then, in one
   * transaction: the bezwaar deadline from the legal clock, the letter (PDF), the aanvraag decided,
   * the toewijzingen and their WMO301 messages in the outbox.
   */
  stelVast(db: Database, actor: Actor, id: string, input: z.output<typeof Vaststelling>) {
    return inTx(db, actor, async (tx) => {
      const b = await kop(tx, id, true);
      if (b.versie !== input.versie) throw errors.versionConflict('De beschikking');
      if (b.status !== 'concept')
        throw errors.conflict('al-vastgesteld', 'Deze beschikking is al vastgesteld.');
      const vierOgen = vierOgenFout(b.opgesteld_door, actor.principal.medewerkerId);
      if (vierOgen) throw errors.conflict('vier-ogen', vierOgen);
      if (input.besluitdatum > today())
        throw errors.field('besluitdatum', 'in-toekomst', 'De besluitdatum ligt in de toekomst.');
      if (input.bekendgemaaktOp < input.besluitdatum || input.bekendgemaaktOp > plusDagen(today(), 7)) {
        throw errors.field(
          'bekendgemaaktOp',
          'ongeldig',
          'De bekendmaking ligt op of na de besluitdatum (en uiterlijk over een week).',
        );
      }
      const bezwaar = bezwaarUiterlijk(input.bekendgemaaktOp, await laadKalender(tx));
      await tx.query(
        `UPDATE beschikkingen SET status = 'vastgesteld', gecontroleerd_door = $2, besluitdatum = $3, bekendgemaakt_op = $4, bezwaar_uiterlijk = $5,
           versie = versie + 1, gewijzigd_op = now() WHERE id = $1`,
        [id, actor.principal.medewerkerId, input.besluitdatum, input.bekendgemaaktOp, bezwaar],
      );
      if (b.aanvraag_id)
        await tx.query(
          "UPDATE aanvragen SET status = 'besloten', versie = versie + 1, gewijzigd_op = now() WHERE id = $1",
          [b.aanvraag_id],
        );
      const intrekking = b.soort === 'intrekking' && b.vorige_beschikking_id && b.ingetrokken_per;
      if (intrekking) {
        await tx.query(
          `UPDATE voorzieningen SET beeindigd_op = $2 WHERE beschikking_id = $1 AND besluit = 'toekenning' AND beeindigd_op IS NULL
             AND (einddatum IS NULL OR einddatum > $2)`,
          [b.vorige_beschikking_id, b.ingetrokken_per],
        );
      }
      const berichten = intrekking
        ? await trekToewijzingenIn(
            tx,
            id,
            b.vorige_beschikking_id!,
            b.ingetrokken_per!,
            b.reden_wijziging!,
            input.besluitdatum,
          )
        : await wijsToe(tx, id, input.besluitdatum);
      // An intrekking's letter names the voorzieningen of the beschikking it ends.
      const vs = (await voorzieningenVan(tx, intrekking ? b.vorige_beschikking_id! : id)).filter(
        (v) => !intrekking || v.besluit === 'toekenning',
      );
      const pdf = await renderBrief(
        beschikkingBrief({
          gemeente: await laadAfzender(tx, b.gemeente_code),
          persoon: await personenRepo.adresVoorBrief(tx, b.persoon_id),
          kenmerk: beschikkingKenmerk(b.nummer),
          besluitdatum: input.besluitdatum,
          aanvraagdatum: b.aanvraagdatum,
          bezwaarUiterlijk: bezwaar,
          toelichting: b.toelichting,
          intrekking: intrekking ? { per: b.ingetrokken_per! } : null,
          voorzieningen: vs.map((v) => ({
            besluit: v.besluit,
            motivering: v.motivering,
            productNaam: v.product_naam ?? categorieNaam(v.productcategorie),
            volume: v.volume,
            eenheid: v.eenheid,
            frequentie: v.frequentie,
            leveringsvorm: v.leveringsvorm,
            pgbBudget: v.pgb_budget,
            aanbieder: v.aanbieder_naam,
            ingangsdatum: v.ingangsdatum,
            einddatum: v.einddatum,
            herindicatiedatum: v.herindicatiedatum,
          })),
        }),
      );
      const melding = (
        await tx.query<{ melding_id: string; huishouden_id: string }>(
          'SELECT a.melding_id, m.huishouden_id FROM aanvragen a JOIN meldingen m ON m.id = a.melding_id WHERE a.id = $1',
          [b.aanvraag_id],
        )
      ).rows[0];
      const documentId = await bewaarDocument(tx, {
        gemeenteCode: b.gemeente_code,
        meldingId: melding?.melding_id ?? null,
        huishoudenId: melding?.huishouden_id ?? null,
        soort: 'beschikking',
        bestandsnaam: `beschikking-${beschikkingKenmerk(b.nummer)}.pdf`,
        inhoud: pdf,
        door: actor.principal.medewerkerId,
      });
      await tx.query('UPDATE documenten SET beschikking_id = $2 WHERE id = $1', [documentId, id]);
      await audit(tx, actor, {
        actie: 'update',
        objectType: 'beschikking',
        objectId: id,
        doel: DOEL,
        gemeenteCode: b.gemeente_code,
        toelichting: 'vastgesteld',
      });
      if (melding) {
        await recordEvent(tx, actor, {
          gemeenteCode: b.gemeente_code,
          type: 'BeschikkingAfgegeven',
          objectType: 'melding',
          objectId: melding.melding_id,
          data: {
            beschikkingId: id,
            besluitdatum: input.besluitdatum,
            bezwaarUiterlijk: bezwaar,
            binnenTermijn: b.beschikking_uiterlijk ? input.besluitdatum <= b.beschikking_uiterlijk : null,
            toekenningen: vs.filter((v) => v.besluit === 'toekenning').length,
            afwijzingen: vs.filter((v) => v.besluit === 'afwijzing').length,
            berichten: berichten.length,
          },
        });
      }
      return view(tx, id);
    });
  },

  brief(db: Database, actor: Actor, id: string) {
    return inTx(db, actor, async (tx) => {
      const { rows } = await tx.query<{
        id: string;
        gemeente_code: string;
        bestandsnaam: string;
        inhoud: Uint8Array;
      }>(
        "SELECT id, gemeente_code, bestandsnaam, inhoud FROM documenten WHERE beschikking_id = $1 AND soort = 'beschikking' ORDER BY aangemaakt_op DESC LIMIT 1",
        [id],
      );
      if (!rows[0]) throw errors.notFound('De beschikkingsbrief (de beschikking is nog niet vastgesteld)');
      await audit(tx, actor, {
        actie: 'print',
        objectType: 'document',
        objectId: rows[0].id,
        doel: DOEL,
        gemeenteCode: rows[0].gemeente_code,
      });
      return { bestandsnaam: rows[0].bestandsnaam, inhoud: Buffer.from(rows[0].inhoud) };
    });
  },
};

export const iwmoBerichten = {
  lijst(db: Database, actor: Actor, f: z.output<typeof BerichtFilter>) {
    return inTx(db, actor, async (tx) => {
      const { rows } = await tx.query<{
        id: string;
        berichtcode: string;
        richting: string;
        identificatie: string;
        aanbieder_id: string | null;
        aanbieder_naam: string | null;
        status: string;
        aangemaakt_op: Date;
        verzonden_op: Date | null;
      }>(
        `SELECT b.*, o.naam AS aanbieder_naam FROM iwmo_berichten b LEFT JOIN organisaties o ON o.id = b.aanbieder_id
         WHERE ($1::text IS NULL OR b.berichtcode = $1) AND ($2::text IS NULL OR b.status = $2) ORDER BY b.aangemaakt_op DESC LIMIT 500`,
        [f.berichtcode ?? null, f.status ?? null],
      );
      await audit(tx, actor, { actie: 'search', objectType: 'iwmo-bericht', doel: DOEL });
      return rows.map((r) => ({
        id: r.id,
        berichtcode: r.berichtcode,
        richting: r.richting,
        identificatie: r.identificatie,
        aanbieder: r.aanbieder_id ? { id: r.aanbieder_id, naam: r.aanbieder_naam! } : null,
        status: r.status,
        aangemaaktOp: r.aangemaakt_op,
        verzondenOp: r.verzonden_op,
      }));
    });
  },
  get(db: Database, actor: Actor, id: string) {
    return inTx(db, actor, async (tx) => {
      const { rows } = await tx.query<{
        inhoud: string;
        berichtcode: string;
        identificatie: string;
        gemeente_code: string;
      }>('SELECT inhoud, berichtcode, identificatie, gemeente_code FROM iwmo_berichten WHERE id = $1', [id]);
      if (!rows[0]) throw errors.notFound('Het bericht');
      await audit(tx, actor, {
        actie: 'export',
        objectType: 'iwmo-bericht',
        objectId: id,
        doel: DOEL,
        gemeenteCode: rows[0].gemeente_code,
      });
      return rows[0];
    });
  },
};

/** Voorzieningen ending in the coming months: plan herindicaties before they lapse. */
export function herindicaties(db: Database, actor: Actor, f: z.output<typeof HerindicatieFilter>) {
  return inTx(db, actor, async (tx) => {
    const vandaag = today();
    const { rows } = await tx.query<{
      id: string;
      persoon_id: string;
      persoon_naam: string;
      wijk_code: string | null;
      wijk_naam: string | null;
      productcategorie: string;
      product_naam: string | null;
      einddatum: string;
      herindicatiedatum: string | null;
      nummer: number;
      beschikking_id: string;
    }>(
      `SELECT v.id, v.persoon_id, concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam) AS persoon_naam, w.code AS wijk_code, w.naam AS wijk_naam,
              v.productcategorie, pr.naam AS product_naam, coalesce(v.beeindigd_op, v.einddatum) AS einddatum, v.herindicatiedatum, b.nummer, b.id AS beschikking_id
       FROM voorzieningen v JOIN beschikkingen b ON b.id = v.beschikking_id JOIN personen p ON p.id = v.persoon_id
       LEFT JOIN wijken w ON w.id = v.wijk_id LEFT JOIN producten pr ON pr.id = v.product_id
       WHERE v.besluit = 'toekenning' AND b.status = 'vastgesteld'
         AND coalesce(v.beeindigd_op, v.einddatum) BETWEEN $1::date AND ($1::date + make_interval(months => $2))::date
         AND ($3::text IS NULL OR w.code = $3) AND ($4::text IS NULL OR v.productcategorie = $4)
       ORDER BY coalesce(v.beeindigd_op, v.einddatum), v.id LIMIT 1000`,
      [vandaag, f.maanden, f.wijk ?? null, f.productcategorie ?? null],
    );
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'voorziening',
      doel: DOEL,
      toelichting: `herindicaties ${f.maanden} maanden: ${rows.length}`,
    });
    return rows.map((r) => ({
      voorzieningId: r.id,
      persoon: { id: r.persoon_id, naam: r.persoon_naam },
      wijk: r.wijk_code ? { code: r.wijk_code, naam: r.wijk_naam! } : null,
      productcategorie: r.productcategorie,
      productcategorieNaam: categorieNaam(r.productcategorie),
      product: r.product_naam,
      einddatum: r.einddatum,
      herindicatiedatum: r.herindicatiedatum,
      beschikkingKenmerk: beschikkingKenmerk(r.nummer),
      beschikkingId: r.beschikking_id,
    }));
  });
}
