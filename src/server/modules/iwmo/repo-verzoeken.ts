import { beschikkingKenmerk } from '../../../domain/beschikking.ts';
import type { GevraagdProduct, VerzoekStatus } from '../../../domain/iwmo/verzoek.ts';
import { today } from '../../platform/clock.ts';
import type { Sql } from '../../platform/db/types.ts';
import { errors } from '../../platform/http/errors.ts';
import { intake } from '../intake/index.ts';

/** Reading verzoeken: the row with aanbieder, client and behandelaar, and the detail with messages and candidates. */

export interface Rij {
  id: string;
  gemeente_code: string;
  bericht_id: string;
  berichtcode: 'WMO315' | 'WMO317';
  status: VerzoekStatus;
  referentie_aanbieder: string;
  aanbieder_id: string;
  aanbieder_naam: string;
  agb_code: string | null;
  persoon_id: string;
  persoon_naam: string;
  dagtekening: string;
  aangemaakt_op: Date;
  producten: GevraagdProduct[];
  reden_verzoek: string | null;
  reden_afwijzing: string | null;
  toelichting: string | null;
  behandeld_door: string | null;
  behandelaar: string | null;
  behandeld_op: Date | null;
  versie: number;
  sleutel: string;
}

export const SELECT = `SELECT z.*, o.naam AS aanbieder_naam, o.agb_code, ${intake.api.NAAM_SQL('p')} AS persoon_naam, m.naam AS behandelaar,
    z.aangemaakt_op::text AS sleutel
  FROM iwmo_verzoeken z JOIN organisaties o ON o.id = z.aanbieder_id JOIN personen p ON p.id = z.persoon_id
  LEFT JOIN medewerkers m ON m.id = z.behandeld_door`;

export function samenvatting(r: Rij) {
  return {
    id: r.id,
    berichtcode: r.berichtcode,
    status: r.status,
    referentieAanbieder: r.referentie_aanbieder,
    aanbieder: { id: r.aanbieder_id, naam: r.aanbieder_naam, agbCode: r.agb_code },
    persoon: { id: r.persoon_id, naam: r.persoon_naam },
    dagtekening: r.dagtekening,
    ontvangenOp: r.aangemaakt_op,
    producten: r.producten,
    behandeldOp: r.behandeld_op,
    versie: r.versie,
  };
}

export function encodeCursor(sleutel: string, id: string): string {
  return Buffer.from(`${sleutel}|${id}`).toString('base64url');
}

export function decodeCursor(c: string): [string, string] {
  const [a, b] = Buffer.from(c, 'base64url').toString('utf8').split('|');
  if (!a || !b || !/^\d{4}-\d{2}-\d{2} [\d:.+-]+$/.test(a) || !/^[0-9a-f-]{36}$/.test(b)) {
    throw errors.field('na', 'ongeldige-cursor', 'Deze cursor is ongeldig; begin bij de eerste pagina.');
  }
  return [a, b];
}

export async function rij(tx: Sql, id: string, forUpdate = false): Promise<Rij> {
  const { rows } = await tx.query<Rij>(`${SELECT} WHERE z.id = $1${forUpdate ? ' FOR UPDATE OF z' : ''}`, [
    id,
  ]);
  if (!rows[0]) throw errors.notFound('Het verzoek');
  return rows[0];
}

export async function detail(tx: Sql, r: Rij) {
  const berichten = await tx.query<{
    id: string;
    berichtcode: string;
    richting: string;
    identificatie: string;
    status: string;
    aangemaakt_op: Date;
  }>(
    `SELECT id, berichtcode, richting, identificatie, status, aangemaakt_op FROM iwmo_berichten
     WHERE id = $1 OR verzoek_id = $2 ORDER BY aangemaakt_op, identificatie`,
    [r.bericht_id, r.id],
  );
  const toewijzingen = await tx.query<{
    toewijzingnummer: number;
    voorziening_id: string;
    beschikking_id: string;
  }>(
    `SELECT t.toewijzingnummer, t.voorziening_id, v.beschikking_id FROM toewijzingen t JOIN voorzieningen v ON v.id = t.voorziening_id
     WHERE t.verzoek_id = $1 ORDER BY t.toewijzingnummer`,
    [r.id],
  );
  const kandidaten = await tx.query<{
    voorziening_id: string;
    beschikking_id: string;
    nummer: number;
    toewijzingnummer: number;
    product: string;
    productcategorie: string;
    productcode: string | null;
    volume: number | null;
    eenheid: string | null;
    frequentie: string | null;
    ingangsdatum: string;
    einddatum: string | null;
  }>(
    `SELECT v.id AS voorziening_id, b.id AS beschikking_id, b.nummer, t.toewijzingnummer, coalesce(pr.naam, v.productcategorie) AS product,
            v.productcategorie, v.productcode, v.volume, v.eenheid, v.frequentie, t.ingangsdatum, t.einddatum
     FROM toewijzingen t JOIN voorzieningen v ON v.id = t.voorziening_id JOIN beschikkingen b ON b.id = v.beschikking_id
     LEFT JOIN producten pr ON pr.id = v.product_id
     WHERE v.persoon_id = $1 AND t.aanbieder_id = $2 AND b.status = 'vastgesteld' AND t.status = 'actief'
       AND t.referentie_aanbieder IS NULL AND (t.einddatum IS NULL OR t.einddatum >= $3)
     ORDER BY t.ingangsdatum DESC, t.toewijzingnummer`,
    [r.persoon_id, r.aanbieder_id, today()],
  );
  return {
    ...samenvatting(r),
    redenVerzoek: r.reden_verzoek,
    redenAfwijzing: r.reden_afwijzing,
    toelichting: r.toelichting,
    behandeldDoor: r.behandeld_door ? { id: r.behandeld_door, naam: r.behandelaar! } : null,
    berichten: berichten.rows.map((b) => ({
      id: b.id,
      berichtcode: b.berichtcode,
      richting: b.richting,
      identificatie: b.identificatie,
      status: b.status,
      aangemaaktOp: b.aangemaakt_op,
    })),
    toewijzingen: toewijzingen.rows.map((t) => ({
      toewijzingNummer: Number(t.toewijzingnummer),
      voorzieningId: t.voorziening_id,
      beschikkingId: t.beschikking_id,
    })),
    kandidaten: kandidaten.rows.map((k) => ({
      voorzieningId: k.voorziening_id,
      beschikkingId: k.beschikking_id,
      beschikkingKenmerk: beschikkingKenmerk(k.nummer),
      toewijzingNummer: Number(k.toewijzingnummer),
      product: k.product,
      productcategorie: k.productcategorie,
      productcode: k.productcode,
      volume: k.volume,
      eenheid: k.eenheid,
      frequentie: k.frequentie,
      ingangsdatum: k.ingangsdatum,
      einddatum: k.einddatum,
    })),
  };
}
