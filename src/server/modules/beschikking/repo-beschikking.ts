import type { z } from 'zod';
import {
  type BeschikkingSoort,
  type BeschikkingStatus,
  controleerVoorzieningen,
  pgbBudgetPerJaar,
  type VoorzieningRegel,
} from '../../../domain/beschikking.ts';
import type { EigenBijdrageRegeling } from '../../../domain/eigen-bijdrage.ts';
import { type Frequentie, PRODUCTCATEGORIEEN } from '../../../domain/iwmo/codelijsten.ts';
import { nietGevonden } from '../../platform/auth/relatie.ts';
import type { Sql } from '../../platform/db/types.ts';
import type { DocumentStatus } from '../../platform/documents/maken.ts';
import { errors } from '../../platform/http/errors.ts';
import type { BeschikkingInvoer } from './schemas.ts';

export const DOEL = 'wmo-beschikking';
export const categorieNaam = (c: string) => PRODUCTCATEGORIEEN[c as keyof typeof PRODUCTCATEGORIEEN] ?? c;

// Beschikkingen --------------------------------------------------------------------------------------

export interface Kop {
  id: string;
  nummer: number;
  gemeente_code: string;
  aanvraag_id: string | null;
  persoon_id: string;
  persoon_naam: string;
  // Derived from the lists the API schemas use, so the row cannot drift from them.
  status: BeschikkingStatus;
  soort: BeschikkingSoort;
  herindicatie: {
    contactOp: string;
    contactwijze: string;
    ongewijzigd: Record<string, boolean>;
    voorzieningId: string;
  } | null;
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

export async function kop(tx: Sql, id: string, forUpdate = false): Promise<Kop> {
  const { rows } = await tx.query<Kop>(
    `SELECT b.*, concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam) AS persoon_naam, mo.naam AS opsteller, mc.naam AS controleur,
            a.beschikking_uiterlijk, a.aanvraagdatum
     FROM beschikkingen b JOIN personen p ON p.id = b.persoon_id
     LEFT JOIN medewerkers mo ON mo.id = b.opgesteld_door LEFT JOIN medewerkers mc ON mc.id = b.gecontroleerd_door
     LEFT JOIN aanvragen a ON a.id = b.aanvraag_id
     WHERE b.id = $1${forUpdate ? ' FOR UPDATE OF b' : ''}`,
    [id],
  );
  if (!rows[0]) throw await nietGevonden(tx, 'beschikkingen', id, 'De beschikking');
  return rows[0];
}

export async function voorzieningenVan(tx: Sql, beschikkingId: string) {
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
    beeindigd_op: string | null;
  }>(
    `SELECT v.*, pr.naam AS product_naam, o.naam AS aanbieder_naam FROM voorzieningen v
     LEFT JOIN producten pr ON pr.id = v.product_id LEFT JOIN organisaties o ON o.id = v.aanbieder_id
     WHERE v.beschikking_id = $1 ORDER BY v.volgnummer`,
    [beschikkingId],
  );
  return rows;
}

/** Beschikkingen that refer to this one (wijziging, intrekking, herindicatie). */
export async function volgendeVan(tx: Sql, id: string) {
  const { rows } = await tx.query<{ id: string; nummer: number; soort: string; status: string }>(
    'SELECT id, nummer, soort, status FROM beschikkingen WHERE vorige_beschikking_id = $1 ORDER BY nummer',
    [id],
  );
  return rows;
}

/** The iWmo messages about this beschikking's toewijzingen. */
export async function berichtenVan(tx: Sql, id: string) {
  const { rows } = await tx.query<{ id: string; berichtcode: string; identificatie: string; status: string }>(
    `SELECT DISTINCT ib.id, ib.berichtcode, ib.identificatie, ib.status FROM iwmo_berichten ib
     JOIN toewijzingen t ON t.aanbieder_id = ib.aanbieder_id JOIN voorzieningen v ON v.id = t.voorziening_id
     WHERE v.beschikking_id = $1 AND ib.persoon_id = v.persoon_id ORDER BY ib.identificatie`,
    [id],
  );
  return rows;
}

/** The beschikking's letter (the newest); `inhoud` is null until it is made (ADR 0020). */
export async function briefVan(tx: Sql, id: string) {
  const { rows } = await tx.query<{
    id: string;
    gemeente_code: string;
    bestandsnaam: string;
    status: DocumentStatus;
    fout: string | null;
    inhoud: Uint8Array | null;
  }>(
    `SELECT id, gemeente_code, bestandsnaam, status, fout, inhoud FROM documenten
     WHERE beschikking_id = $1 AND soort = 'beschikking' ORDER BY aangemaakt_op DESC LIMIT 1`,
    [id],
  );
  return rows[0] ?? null;
}

export interface NieuweBeschikking {
  gemeenteCode: string;
  persoonId: string;
  soort: Kop['soort'];
  aanvraagId?: string | null;
  vorigeBeschikkingId?: string | null;
  toelichting: string | null;
  opgesteldDoor: string;
  ingetrokkenPer?: string | null;
  redenWijziging?: string | null;
  herindicatie?: NonNullable<Kop['herindicatie']> | null;
}

export async function voegBeschikkingToe(tx: Sql, b: NieuweBeschikking): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO beschikkingen (gemeente_code, persoon_id, soort, aanvraag_id, vorige_beschikking_id, toelichting,
       opgesteld_door, ingetrokken_per, reden_wijziging, herindicatie)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      b.gemeenteCode,
      b.persoonId,
      b.soort,
      b.aanvraagId ?? null,
      b.vorigeBeschikkingId ?? null,
      b.toelichting,
      b.opgesteldDoor,
      b.ingetrokkenPer ?? null,
      b.redenWijziging ?? null,
      b.herindicatie ? JSON.stringify(b.herindicatie) : null,
    ],
  );
  return rows[0]!.id;
}

/** Any beschikking on this aanvraag (`alleenBesluit`: only a first decision, not a wijziging). */
export async function beschikkingOpAanvraag(tx: Sql, aanvraagId: string, alleenBesluit: boolean) {
  const { rows } = await tx.query<{ id: string }>(
    `SELECT id FROM beschikkingen WHERE aanvraag_id = $1${alleenBesluit ? " AND soort = 'besluit'" : ''} LIMIT 1`,
    [aanvraagId],
  );
  return rows[0]?.id ?? null;
}

export async function werkConceptBij(tx: Sql, id: string, toelichting: string | null): Promise<void> {
  await tx.query(
    'UPDATE beschikkingen SET toelichting = $2, versie = versie + 1, gewijzigd_op = now() WHERE id = $1',
    [id, toelichting],
  );
}

export async function legVaststellingVast(
  tx: Sql,
  id: string,
  v: { door: string; besluitdatum: string; bekendgemaaktOp: string; bezwaarUiterlijk: string },
): Promise<void> {
  await tx.query(
    `UPDATE beschikkingen SET status = 'vastgesteld', gecontroleerd_door = $2, besluitdatum = $3, bekendgemaakt_op = $4,
       bezwaar_uiterlijk = $5, versie = versie + 1, gewijzigd_op = now() WHERE id = $1`,
    [id, v.door, v.besluitdatum, v.bekendgemaaktOp, v.bezwaarUiterlijk],
  );
}

export async function verwijderConcept(tx: Sql, id: string): Promise<void> {
  await tx.query('DELETE FROM voorzieningen WHERE beschikking_id = $1', [id]);
  await tx.query('DELETE FROM beschikkingen WHERE id = $1', [id]);
}

/** The first ingangsdatum of this beschikking's toekenningen that still run after `per` (null: none). */
export async function eersteLopendeIngang(tx: Sql, id: string, per: string): Promise<string | null> {
  const { rows } = await tx.query<{ ingangsdatum: string | null }>(
    `SELECT min(ingangsdatum)::text AS ingangsdatum FROM voorzieningen
     WHERE beschikking_id = $1 AND besluit = 'toekenning' AND beeindigd_op IS NULL AND (einddatum IS NULL OR einddatum > $2)`,
    [id, per],
  );
  return rows[0]?.ingangsdatum ?? null;
}

/** The old beschikking's toekenningen with their effective end (for a wijziging's guards). */
export async function toekenningenVan(tx: Sql, id: string) {
  const { rows } = await tx.query<{ ingangsdatum: string; einddatum: string | null }>(
    `SELECT ingangsdatum, coalesce(beeindigd_op, einddatum) AS einddatum FROM voorzieningen
     WHERE beschikking_id = $1 AND besluit = 'toekenning'`,
    [id],
  );
  return rows;
}

/** A voorziening of a fixed beschikking, locked, for a light herindicatie. */
export async function vastgesteldeVoorziening(tx: Sql, id: string) {
  const { rows } = await tx.query<{
    id: string;
    beschikking_id: string;
    besluit: 'toekenning' | 'afwijzing';
    product_id: string | null;
    productcategorie: string;
    volume: number | null;
    leveringsvorm: 'zin' | 'pgb' | null;
    aanbieder_id: string | null;
    ingangsdatum: string | null;
    einddatum: string | null;
    beeindigd_op: string | null;
    motivering: string;
    vervolgd: boolean;
  }>(
    `SELECT v.*, EXISTS (SELECT 1 FROM voorzieningen n WHERE n.vervolg_op = v.id) AS vervolgd
     FROM voorzieningen v JOIN beschikkingen b ON b.id = v.beschikking_id
     WHERE v.id = $1 AND b.status = 'vastgesteld' FOR UPDATE OF v`,
    [id],
  );
  return rows[0] ?? null;
}

/** Resolves products, checks contracts, computes pgb budgets; 400 naming each wrong field. */
export interface SchrijfOpties {
  /** A wijziging: the old beschikking's voorzieningen count as ending on `eindigtOp` (overlap checks). */
  vervangt?: { beschikkingId: string; eindigtOp: string } | null;
  /** A herindicatie: the voorziening the new line continues. */
  vervolgOp?: string | null;
  /** Findings of the caller's own legal guards, reported together with these. */
  extraFouten?: Array<{ name: string; code: string; reason: string }>;
}

type VoorzieningenInvoer = z.output<typeof BeschikkingInvoer>['voorzieningen'];

/**
 * The checks of schrijfVoorzieningen without writing: per line the product, the contract and the
 * pgb budget, and (for `volledig` input) the overlaps with fixed voorzieningen. The validation step
 * runs it on the lines that passed the schema (`volledig` false: missing lines and fields are
 * skipped), so these findings come with the schema's (controles.ts).
 */
export async function toetsVoorzieningen(
  tx: Sql,
  b: { gemeente_code: string; persoon_id: string },
  invoer: ReadonlyArray<VoorzieningenInvoer[number] | undefined>,
  opties: SchrijfOpties = {},
  volledig = true,
) {
  const regels: Array<VoorzieningRegel & { productId: string | null; pgbBudget: number | null }> = [];
  const fouten: Array<{ name: string; code: string; reason: string }> = [...(opties.extraFouten ?? [])];
  for (const [i, v] of invoer.entries()) {
    if (!v) continue;
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
    } else if (v.besluit === 'afwijzing' && !v.productcategorie) {
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
  if (!volledig) return { regels, fouten };
  const bestaand = (
    await tx.query<VoorzieningRegel>(
      `SELECT v.besluit, v.productcategorie, v.productcode, v.leveringsvorm, v.ingangsdatum,
              CASE WHEN v.beschikking_id = $2 THEN least(coalesce(v.beeindigd_op, v.einddatum, $3::date), $3::date)
                   ELSE coalesce(v.beeindigd_op, v.einddatum) END AS einddatum
     FROM voorzieningen v JOIN beschikkingen b ON b.id = v.beschikking_id
     WHERE v.persoon_id = $1 AND b.status = 'vastgesteld' AND v.besluit = 'toekenning'`,
      [b.persoon_id, opties.vervangt?.beschikkingId ?? null, opties.vervangt?.eindigtOp ?? null],
    )
  ).rows;
  const bevindingen = controleerVoorzieningen(regels, bestaand);
  // A line without a known product has no eenheid or frequentie either: saying so adds nothing.
  const zonderProduct = new Set(
    fouten.filter((f) => /\.product(Id|categorie)$/.test(f.name)).map((f) => f.name.split('.')[1]),
  );
  for (const x of bevindingen) {
    if (zonderProduct.has(x.veld.split('.')[1])) continue;
    fouten.push({ name: x.veld, code: x.code, reason: x.reden });
  }
  return { regels, fouten };
}

export async function schrijfVoorzieningen(
  tx: Sql,
  b: { id: string; gemeente_code: string; persoon_id: string },
  invoer: VoorzieningenInvoer,
  opties: SchrijfOpties = {},
) {
  const { regels, fouten } = await toetsVoorzieningen(tx, b, invoer, opties);
  if (fouten.length) throw errors.invalid(fouten);
  const wijk =
    (await tx.query<{ wijk_id: string | null }>('SELECT wijk_id FROM personen WHERE id = $1', [b.persoon_id]))
      .rows[0]?.wijk_id ?? null;
  await tx.query('DELETE FROM voorzieningen WHERE beschikking_id = $1', [b.id]);
  for (const [volgnummer, r] of regels.entries()) {
    await tx.query(
      `INSERT INTO voorzieningen (gemeente_code, beschikking_id, volgnummer, persoon_id, wijk_id, besluit, motivering, product_id, productcategorie, productcode,
         volume, eenheid, frequentie, leveringsvorm, pgb_budget, aanbieder_id, ingangsdatum, einddatum, herindicatiedatum, vervolg_op)
       VALUES ($1, $2, $19, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $20)`,
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
        opties.vervolgOp ?? null,
      ],
    );
  }
}

/** The gemeente's eigen-bijdrage choices per product category (Wmo 2.1.4; migration 020). */
export async function eigenBijdrageRegeling(tx: Sql, gemeenteCode: string): Promise<EigenBijdrageRegeling> {
  const { rows } = await tx.query<{ r: EigenBijdrageRegeling | string | null }>(
    'SELECT eigen_bijdrage_regeling AS r FROM gemeenten WHERE code = $1',
    [gemeenteCode],
  );
  const r = rows[0]?.r ?? {};
  return typeof r === 'string' ? (JSON.parse(r) as EigenBijdrageRegeling) : r;
}
