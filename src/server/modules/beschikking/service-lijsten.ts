import type { z } from 'zod';
import { beschikkingKenmerk } from '../../../domain/beschikking.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/principal.ts';
import { vereisRelatieBesluiten } from '../../platform/auth/relatie.ts';
import { today } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/types.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx } from '../../platform/usecase.ts';
import { categorieNaam, DOEL } from './repo-beschikking.ts';
import type { HerindicatieFilter } from './schemas.ts';

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
      vervolg_id: string | null;
      vervolg_nummer: number | null;
      vervolg_status: string | null;
    }>(
      `SELECT v.id, v.persoon_id, concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam) AS persoon_naam, w.code AS wijk_code, w.naam AS wijk_naam,
              v.productcategorie, pr.naam AS product_naam, coalesce(v.beeindigd_op, v.einddatum) AS einddatum, v.herindicatiedatum, b.nummer, b.id AS beschikking_id,
              nb.id AS vervolg_id, nb.nummer AS vervolg_nummer, nb.status AS vervolg_status
       FROM voorzieningen v JOIN beschikkingen b ON b.id = v.beschikking_id JOIN personen p ON p.id = v.persoon_id
       LEFT JOIN voorzieningen n ON n.vervolg_op = v.id LEFT JOIN beschikkingen nb ON nb.id = n.beschikking_id
       LEFT JOIN wijken w ON w.id = v.wijk_id LEFT JOIN producten pr ON pr.id = v.product_id
       WHERE v.besluit = 'toekenning' AND b.status = 'vastgesteld' AND v.beeindigd_op IS NULL
         AND v.einddatum BETWEEN $1::date AND ($1::date + make_interval(months => $2))::date
         AND ($3::text IS NULL OR w.code = $3) AND ($4::text IS NULL OR v.productcategorie = $4)
       ORDER BY coalesce(v.beeindigd_op, v.einddatum), v.id LIMIT 1000`,
      [vandaag, f.maanden, f.wijk ?? null, f.productcategorie ?? null],
    );
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'voorziening',
      doel: DOEL,
      toelichting: `herindicaties ${f.maanden} maanden: ${rows.length}`,
      personen: rows.map((r) => r.persoon_id),
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
      vervolg: r.vervolg_id
        ? {
            beschikkingId: r.vervolg_id,
            kenmerk: beschikkingKenmerk(r.vervolg_nummer!),
            status: r.vervolg_status!,
          }
        : null,
    }));
  });
}

/** All beschikkingen of one person, newest first, with their voorzieningen (effective end date). */
export function beschikkingenVanPersoon(db: Database, actor: Actor, persoonId: string) {
  return inTx(db, actor, async (tx) => {
    // Without a relationship the list would be quietly empty: say a doorbraak is needed instead.
    await vereisRelatieBesluiten(tx, persoonId);
    const { rows } = await tx.query<{
      id: string;
      nummer: number;
      soort: 'besluit' | 'wijziging' | 'intrekking' | 'herindicatie';
      status: 'concept' | 'vastgesteld';
      besluitdatum: string | null;
      vorige_beschikking_id: string | null;
      gemeente_code: string;
      voorzieningen: Array<{
        id: string;
        besluit: 'toekenning' | 'afwijzing';
        productcategorie: string;
        product: string | null;
        leveringsvorm: 'zin' | 'pgb' | null;
        ingangsdatum: string | null;
        einddatum: string | null;
      }> | null;
    }>(
      `SELECT b.id, b.nummer, b.soort, b.status, b.besluitdatum, b.vorige_beschikking_id, b.gemeente_code,
              (SELECT json_agg(json_build_object('id', v.id, 'besluit', v.besluit, 'productcategorie', v.productcategorie, 'product', pr.naam,
                        'leveringsvorm', v.leveringsvorm, 'ingangsdatum', v.ingangsdatum, 'einddatum', coalesce(v.beeindigd_op, v.einddatum)) ORDER BY v.volgnummer)
               FROM voorzieningen v LEFT JOIN producten pr ON pr.id = v.product_id WHERE v.beschikking_id = b.id) AS voorzieningen
       FROM beschikkingen b WHERE b.persoon_id = $1 ORDER BY b.nummer DESC LIMIT 500`,
      [persoonId],
    );
    // No rows: a person without beschikkingen, or one that does not exist or belongs to another
    // gemeente (row-level security hides it). The latter is a 404, like GET /personen/{id}.
    if (rows.length === 0) {
      const persoon = await tx.query('SELECT 1 FROM personen WHERE id = $1', [persoonId]);
      if (persoon.rows.length === 0) throw errors.notFound('Deze persoon');
    }
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'persoon',
      objectId: persoonId,
      doel: DOEL,
      gemeenteCode: rows[0]?.gemeente_code,
      toelichting: `beschikkingen: ${rows.length}`,
    });
    return rows.map((r) => ({
      id: r.id,
      kenmerk: beschikkingKenmerk(r.nummer),
      soort: r.soort,
      status: r.status,
      besluitdatum: r.besluitdatum,
      vorigeBeschikkingId: r.vorige_beschikking_id,
      voorzieningen: (r.voorzieningen ?? []).map((v) => ({
        ...v,
        productcategorieNaam: categorieNaam(v.productcategorie),
      })),
    }));
  });
}
