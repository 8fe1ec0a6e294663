/**
 * Reading declaraties: the list (filtered on status) with the rejected lines and their retourcodes
 * (the backoffice's worklist), recording what was done about a rejected line, and the approved
 * amounts per aanbieder for the financial administration.
 */
import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/principal.ts';
import type { Database } from '../../platform/db/types.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx } from '../../platform/usecase.ts';
import { RETOURCODES } from './retourcodes.ts';
import type { DeclaratieFilter, GoedgekeurdFilter } from './schemas-declaraties.ts';

const DOEL = 'wmo-declaratie';
const euro = (cent: string | number) => Number(cent) / 100;

export const declaraties = {
  lijst(db: Database, actor: Actor, f: z.output<typeof DeclaratieFilter>) {
    return inTx(db, actor, async (tx) => {
      const { rows } = await tx.query<{
        id: string;
        declaratienummer: string;
        afzender_agb: string;
        aanbieder_naam: string | null;
        periode_begin: string;
        periode_eind: string;
        totaal_ingediend: string;
        totaal_toegekend: string;
        status: string;
        retourcodes: string[];
        ontvangen_op: Date;
        antwoord_bericht_id: string | null;
      }>(
        `SELECT d.id, d.declaratienummer, d.afzender_agb, o.naam AS aanbieder_naam, d.periode_begin::text,
                d.periode_eind::text, d.totaal_ingediend::text, d.totaal_toegekend::text, d.status, d.retourcodes,
                d.ontvangen_op, d.antwoord_bericht_id
           FROM declaraties d LEFT JOIN organisaties o ON o.id = d.aanbieder_id
          WHERE ($1::text IS NULL OR ($1 = 'afgewezen' AND d.status IN ('afgewezen', 'deels-afgewezen')) OR d.status = $1)
          ORDER BY d.ontvangen_op DESC, d.id DESC LIMIT $2`,
        [f.status ?? null, f.pageSize],
      );
      const ids = rows.map((r) => r.id);
      const regels = ids.length
        ? (
            await tx.query<{
              id: string;
              declaratie_id: string;
              productreferentie: string;
              toewijzingnummer: string;
              bsn: string;
              begindatum: string;
              einddatum: string;
              bedrag: string;
              debet_credit: string;
              retourcodes: string[];
              afhandeling: string | null;
            }>(
              `SELECT id, declaratie_id, productreferentie, toewijzingnummer::text, bsn, begindatum::text, einddatum::text,
                      bedrag::text, debet_credit, retourcodes, afhandeling
                 FROM declaratie_regels WHERE declaratie_id = ANY ($1::uuid[]) AND status = 'afgewezen'
                ORDER BY declaratie_id, volgnummer LIMIT 5000`,
              [ids],
            )
          ).rows
        : [];
      await audit(tx, actor, {
        actie: 'search',
        objectType: 'declaratie',
        doel: DOEL,
        toelichting: `${rows.length} declaraties`,
      });
      return {
        items: rows.map((d) => ({
          id: d.id,
          declaratienummer: d.declaratienummer,
          aanbieder: { agbCode: d.afzender_agb, naam: d.aanbieder_naam },
          periode: { begin: d.periode_begin, eind: d.periode_eind },
          ingediend: euro(d.totaal_ingediend),
          toegekend: euro(d.totaal_toegekend),
          status: d.status,
          retourcodes: d.retourcodes.map(metOmschrijving),
          ontvangenOp: d.ontvangen_op,
          antwoordBerichtId: d.antwoord_bericht_id,
          afgewezenRegels: regels
            .filter((r) => r.declaratie_id === d.id)
            .map((r) => ({
              id: r.id,
              productreferentie: r.productreferentie,
              toewijzingnummer: Number(r.toewijzingnummer),
              bsn: r.bsn,
              periode: { begin: r.begindatum, eind: r.einddatum },
              bedrag: euro(r.bedrag) * (r.debet_credit === 'C' ? -1 : 1),
              retourcodes: r.retourcodes.map(metOmschrijving),
              afhandeling: r.afhandeling,
            })),
        })),
      };
    });
  },

  /** The backoffice records what it did about a rejected line (e.g. "aanbieder gevraagd te corrigeren"). */
  handelAf(db: Database, actor: Actor, id: string, afhandeling: string) {
    return inTx(db, actor, async (tx) => {
      const u = await tx.query<{ id: string }>(
        `UPDATE declaratie_regels SET afhandeling = $2, afgehandeld_op = now()
          WHERE id = $1 AND status = 'afgewezen' RETURNING id`,
        [id, afhandeling],
      );
      if (!u.rows[0]) throw errors.notFound('Afgewezen declaratieregel');
      await audit(tx, actor, { actie: 'update', objectType: 'declaratieregel', objectId: id, doel: DOEL });
      return { id, afhandeling };
    });
  },

  /** Approved amounts per aanbieder (debet minus credit) over the ProductPeriodes in [van, tot]. */
  goedgekeurdPerAanbieder(db: Database, actor: Actor, f: z.output<typeof GoedgekeurdFilter>) {
    return inTx(db, actor, async (tx) => {
      const { rows } = await tx.query<{ agb: string; naam: string | null; regels: string; bedrag: string }>(
        `SELECT d.afzender_agb AS agb, o.naam, count(*)::text AS regels,
                sum(CASE WHEN r.debet_credit = 'C' THEN -r.bedrag ELSE r.bedrag END)::text AS bedrag
           FROM declaratie_regels r JOIN declaraties d ON d.id = r.declaratie_id
           LEFT JOIN organisaties o ON o.id = d.aanbieder_id
          WHERE r.status = 'goedgekeurd' AND r.begindatum >= $1 AND r.begindatum <= $2
          GROUP BY d.afzender_agb, o.naam ORDER BY o.naam, d.afzender_agb`,
        [f.van, f.tot],
      );
      await audit(tx, actor, {
        actie: 'search',
        objectType: 'declaratie',
        doel: DOEL,
        toelichting: 'goedgekeurd per aanbieder',
      });
      return {
        items: rows.map((r) => ({
          agbCode: r.agb,
          naam: r.naam,
          regels: Number(r.regels),
          bedrag: euro(r.bedrag),
        })),
        volgende: null,
      };
    });
  },
};

function metOmschrijving(code: string) {
  return { code, omschrijving: RETOURCODES[code] ?? 'Onbekende retourcode' };
}
