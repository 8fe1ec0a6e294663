import type { z } from 'zod';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/principal.ts';
import type { Database } from '../../platform/db/types.ts';
import { CURSOR_TIJDSTIP, CURSOR_UUID, decodeCursor, encodeCursor } from '../../platform/http/cursor.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx } from '../../platform/usecase.ts';
import { intake } from '../intake/index.ts';
import type { BerichtFilter } from './schemas.ts';

/** The message log is read under the beschikking's purpose, as before iWmo had its own module (audit rows unchanged). */
const DOEL = 'wmo-beschikking';

export const iwmoBerichten = {
  /** Newest first, keyset-paged on (aangemaakt_op, id) with the timestamp in full microseconds. */
  lijst(db: Database, actor: Actor, f: z.output<typeof BerichtFilter>) {
    return inTx(db, actor, async (tx) => {
      const params: unknown[] = [
        f.berichtcode ?? null,
        f.status ?? null,
        f.richting ?? null,
        f.persoon ?? null,
        f.pageSize + 1,
      ];
      let na = '';
      if (f.na) {
        const [tijdstip, id] = decodeCursor(f.na, [CURSOR_TIJDSTIP, CURSOR_UUID]);
        params.push(tijdstip, id);
        na = 'AND (b.aangemaakt_op, b.id) < ($6::timestamptz, $7::uuid)';
      }
      const { rows } = await tx.query<{
        id: string;
        berichtcode: string;
        richting: string;
        identificatie: string;
        aanbieder_id: string | null;
        aanbieder_naam: string | null;
        persoon_id: string | null;
        persoon_naam: string | null;
        status: string;
        pogingen: number;
        aangemaakt_op: Date;
        verzonden_op: Date | null;
        sleutel: string;
      }>(
        `SELECT b.id, b.berichtcode, b.richting, b.identificatie, b.aanbieder_id, b.persoon_id, b.status, b.pogingen, b.aangemaakt_op, b.verzonden_op,
                o.naam AS aanbieder_naam, ${intake.api.NAAM_SQL('p')} AS persoon_naam,
                to_char(b.aangemaakt_op AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sleutel
         FROM iwmo_berichten b LEFT JOIN organisaties o ON o.id = b.aanbieder_id LEFT JOIN personen p ON p.id = b.persoon_id
         WHERE ($1::text IS NULL OR b.berichtcode = $1) AND ($2::text IS NULL OR b.status = $2)
           AND ($3::text IS NULL OR b.richting = $3) AND ($4::uuid IS NULL OR b.persoon_id = $4) ${na}
         ORDER BY b.aangemaakt_op DESC, b.id DESC LIMIT $5`,
        params,
      );
      const meer = rows.length > f.pageSize;
      const pagina = rows.slice(0, f.pageSize);
      await audit(tx, actor, {
        actie: 'search',
        objectType: 'iwmo-bericht',
        doel: DOEL,
        toelichting: `iwmo-berichten: ${pagina.length}`,
        personen: pagina.map((r) => r.persoon_id),
      });
      const last = pagina.at(-1);
      return {
        items: pagina.map((r) => ({
          id: r.id,
          berichtcode: r.berichtcode,
          richting: r.richting,
          identificatie: r.identificatie,
          aanbieder: r.aanbieder_id ? { id: r.aanbieder_id, naam: r.aanbieder_naam! } : null,
          persoon: r.persoon_id ? { id: r.persoon_id, naam: r.persoon_naam! } : null,
          status: r.status,
          pogingen: r.pogingen,
          aangemaaktOp: r.aangemaakt_op,
          verzondenOp: r.verzonden_op,
        })),
        volgende: meer && last ? encodeCursor(last.sleutel, last.id) : null,
      };
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
