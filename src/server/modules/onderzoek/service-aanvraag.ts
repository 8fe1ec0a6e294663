import type { z } from 'zod';
import { aanvraagGrondslag } from '../../../domain/onderzoek.ts';
import { spoedAanvraagToegestaan } from '../../../domain/spoed.ts';
import { beschikkingUiterlijk, dwangsomStand, verschilInDagen } from '../../../domain/termijnen/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/principal.ts';
import { today } from '../../platform/clock.ts';
import type { Database, Sql } from '../../platform/db/types.ts';
import { recordEvent } from '../../platform/events/events.ts';
import { CURSOR_DATUM, CURSOR_UUID, decodeCursor, encodeCursor } from '../../platform/http/cursor.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx } from '../../platform/usecase.ts';
import { intake, markeerAanvraagIngediend } from '../intake/index.ts';
import { dwangsomView } from './dwangsom-view.ts';
import type { AanvraagFilter, AanvraagInvoer } from './schemas.ts';

const DOEL = 'wmo-aanvraag';

interface AanvraagRow {
  id: string;
  melding_id: string;
  persoon_id: string;
  aanvraagdatum: string;
  beschikking_uiterlijk: string;
  grondslag: 'onderzoek-afgerond' | 'termijn-verstreken' | 'spoed';
  omschrijving: string | null;
  status: string;
  versie: number;
  beschikking_id: string | null;
  beschikking_nummer: number | null;
  beschikking_status: string | null;
  beschikking_uiterlijk_wettelijk: string | null;
  opschortingen: Array<{ id: string; reden: string; van: string; tot: string }>;
  ib_ontvangstdatum: string | null;
  ib_vanaf: string | null;
  besluitdatum: string | null;
}

// Opschortingen and the ingebrekestelling come along (Awb 4:15, 4:17, ADR 0025): the werkvoorraad
// shows the moved deadline and turns a case red with the dwangsom owed.
const SELECT = `SELECT a.*, b.id AS beschikking_id, b.nummer AS beschikking_nummer, b.status AS beschikking_status,
    CASE WHEN b.status = 'vastgesteld' THEN coalesce(b.bekendgemaakt_op, b.besluitdatum) END AS besluitdatum,
    (SELECT coalesce(json_agg(json_build_object('id', o.id, 'reden', o.reden, 'van', o.van, 'tot', o.tot) ORDER BY o.van), '[]')
       FROM opschortingen o WHERE o.aanvraag_id = a.id) AS opschortingen,
    i.ontvangstdatum AS ib_ontvangstdatum, i.dwangsom_vanaf AS ib_vanaf
  FROM aanvragen a LEFT JOIN beschikkingen b ON b.aanvraag_id = a.id
    LEFT JOIN ingebrekestellingen i ON i.aanvraag_id = a.id`;

const view = (r: AanvraagRow) => ({
  id: r.id,
  meldingId: r.melding_id,
  persoonId: r.persoon_id,
  aanvraagdatum: r.aanvraagdatum,
  grondslag: r.grondslag,
  omschrijving: r.omschrijving,
  status: r.status,
  termijnen: {
    beschikkingUiterlijk: r.beschikking_uiterlijk,
    wettelijkUiterlijk: r.beschikking_uiterlijk_wettelijk ?? r.beschikking_uiterlijk,
  },
  opschortingen: typeof r.opschortingen === 'string' ? JSON.parse(r.opschortingen) : r.opschortingen,
  ingebrekestelling:
    r.ib_ontvangstdatum && r.ib_vanaf
      ? {
          ontvangstdatum: r.ib_ontvangstdatum,
          dwangsom: dwangsomView(dwangsomStand(r.ib_vanaf, today(), r.besluitdatum)),
        }
      : null,
  beschikking: r.beschikking_id
    ? { id: r.beschikking_id, nummer: r.beschikking_nummer!, status: r.beschikking_status! }
    : null,
  versie: r.versie,
});

async function laad(tx: Sql, id: string) {
  const { rows } = await tx.query<AanvraagRow & { gemeente_code: string }>(`${SELECT} WHERE a.id = $1`, [id]);
  if (!rows[0]) throw errors.notFound('De aanvraag');
  return rows[0];
}

/** The aanvraag as the API shows it, in the caller's transaction (after an Awb change). */
export async function aanvraagView(tx: Sql, id: string) {
  return view(await laad(tx, id));
}

export const aanvragen = {
  /**
   * Registers the formal aanvraag. Wmo 2.3.2 lid 9: only after the onderzoek is concluded with a
   * need for maatwerk, or when the onderzoek term has passed. The aanvraagdatum starts the
   * two-week beschikking term (2.3.5 lid 2, Atw).
   */
  registreer(db: Database, actor: Actor, meldingId: string, input: z.output<typeof AanvraagInvoer>) {
    return inTx(db, actor, async (tx) => {
      const { rows } = await tx.query<{
        gemeente_code: string;
        persoon_id: string;
        ontvangstdatum: string;
        onderzoek_uiterlijk: string | null;
        status: string;
        spoed: boolean;
      }>(
        'SELECT gemeente_code, persoon_id, ontvangstdatum, onderzoek_uiterlijk, status, spoed FROM meldingen WHERE id = $1 FOR UPDATE',
        [meldingId],
      );
      const m = rows[0];
      if (!m) throw errors.notFound('De melding');
      if (input.aanvraagdatum > today())
        throw errors.field(
          'aanvraagdatum',
          'in-toekomst',
          'De aanvraagdatum kan niet in de toekomst liggen.',
        );
      if (input.aanvraagdatum < m.ontvangstdatum)
        throw errors.field('aanvraagdatum', 'voor-melding', 'De aanvraag ligt vóór de melding.');
      const o = await tx.query<{ status: string; ladder: string | null }>(
        "SELECT status, conclusie->>'ladderUitkomst' AS ladder FROM onderzoeken WHERE melding_id = $1",
        [meldingId],
      );
      // A concluded onderzoek without maatwerk does not stop an aanvraag: the resident keeps the
      // right to apply, and the beschikking then decides (likely an afwijzing, with reasons).
      let grondslag: 'onderzoek-afgerond' | 'termijn-verstreken' | 'spoed' | null = aanvraagGrondslag(
        o.rows[0]?.status === 'afgerond',
        m.onderzoek_uiterlijk,
        input.aanvraagdatum,
      );
      // Wmo 2.3.3: in an urgent case a tijdelijke maatwerkvoorziening before the onderzoek ends.
      if (!grondslag && input.spoed) {
        if (spoedAanvraagToegestaan(m.spoed)) {
          throw errors.field(
            'spoed',
            'geen-spoedmelding',
            'Een spoedaanvraag kan alleen bij een melding die als spoed is geregistreerd (Wmo 2015, artikel 2.3.3).',
          );
        }
        grondslag = 'spoed';
      }
      if (!grondslag) {
        throw errors.conflict(
          'onderzoek-niet-afgerond',
          `Een aanvraag kan pas na het onderzoek, of als de onderzoekstermijn (uiterlijk ${m.onderzoek_uiterlijk}) is verstreken (Wmo 2015, artikel 2.3.2 lid 9).`,
          [
            {
              name: 'aanvraagdatum',
              code: 'onderzoek-niet-afgerond',
              reason: 'Het onderzoek is nog niet afgerond.',
            },
          ],
        );
      }
      const bestaand = await tx.query<{ id: string }>(
        "SELECT id FROM aanvragen WHERE melding_id = $1 AND status = 'ingediend'",
        [meldingId],
      );
      if (bestaand.rows[0]) {
        throw errors.conflict(
          'aanvraag-bestaat',
          'Voor deze melding loopt al een aanvraag waarop nog niet is besloten.',
        );
      }
      const uiterlijk = beschikkingUiterlijk(input.aanvraagdatum, await intake.api.laadKalender(tx));
      const ins = await tx.query<{ id: string }>(
        `INSERT INTO aanvragen (gemeente_code, melding_id, persoon_id, aanvraagdatum, beschikking_uiterlijk, grondslag, omschrijving, beschikking_uiterlijk_wettelijk)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $5) RETURNING id`,
        [
          m.gemeente_code,
          meldingId,
          m.persoon_id,
          input.aanvraagdatum,
          uiterlijk,
          grondslag,
          input.omschrijving ?? null,
        ],
      );
      const id = ins.rows[0]!.id;
      // After 6 weeks without a concluded onderzoek the melding is carried forward by the aanvraag.
      await markeerAanvraagIngediend(tx, meldingId);
      await audit(tx, actor, {
        actie: 'create',
        objectType: 'aanvraag',
        objectId: id,
        doel: DOEL,
        gemeenteCode: m.gemeente_code,
      });
      await recordEvent(tx, actor, {
        gemeenteCode: m.gemeente_code,
        type: 'AanvraagOntvangen',
        objectType: 'melding',
        objectId: meldingId,
        data: {
          aanvraagId: id,
          aanvraagdatum: input.aanvraagdatum,
          beschikkingUiterlijk: uiterlijk,
          grondslag,
        },
      });
      return view(await laad(tx, id));
    });
  },

  voorMelding(db: Database, actor: Actor, meldingId: string) {
    return inTx(db, actor, async (tx) => {
      const { rows } = await tx.query<AanvraagRow & { gemeente_code: string }>(
        `${SELECT} WHERE a.melding_id = $1 ORDER BY a.aanvraagdatum, a.aangemaakt_op`,
        [meldingId],
      );
      // No rows: a melding without aanvragen, or one that does not exist or belongs to another
      // gemeente (row-level security hides it). The latter is a 404, like GET /meldingen/{id}.
      if (rows.length === 0) {
        const melding = await tx.query('SELECT 1 FROM meldingen WHERE id = $1', [meldingId]);
        if (melding.rows.length === 0) throw errors.notFound('De melding');
      }
      await audit(tx, actor, {
        actie: 'search',
        objectType: 'aanvraag',
        objectId: meldingId,
        doel: DOEL,
        toelichting: 'aanvragen van een melding',
        personen: rows.map((r) => r.persoon_id),
      });
      return rows.map(view);
    });
  },

  /**
   * The backoffice's worklist: aanvragen by beschikking deadline (earliest first), keyset-paged.
   * Names are shown, so the search is audited like every list of persons.
   */
  lijst(db: Database, actor: Actor, f: z.output<typeof AanvraagFilter>) {
    return inTx(db, actor, async (tx) => {
      const params: unknown[] = [f.status ?? null, f.gemeente ?? null, f.pageSize + 1, f.persoon ?? null];
      let na = '';
      if (f.na) {
        const [datum, id] = decodeCursor(f.na, [CURSOR_DATUM, CURSOR_UUID]);
        params.push(datum, id);
        na = 'AND (a.beschikking_uiterlijk, a.id) > ($5::date, $6::uuid)';
      }
      const { rows } = await tx.query<AanvraagRow & { persoon_naam: string }>(
        `${SELECT.replace('SELECT a.*,', `SELECT a.*, ${intake.api.NAAM_SQL('p')} AS persoon_naam,`).replace('FROM aanvragen a', 'FROM aanvragen a JOIN personen p ON p.id = a.persoon_id')}
         WHERE ($1::text IS NULL OR a.status = $1) AND ($2::text IS NULL OR a.gemeente_code = $2)
           AND ($4::uuid IS NULL OR a.persoon_id = $4) ${na}
         ORDER BY a.beschikking_uiterlijk, a.id LIMIT $3`,
        params,
      );
      const meer = rows.length > f.pageSize;
      const pagina = rows.slice(0, f.pageSize);
      await audit(tx, actor, {
        actie: 'search',
        objectType: 'aanvraag',
        doel: DOEL,
        toelichting: `aanvragen${f.status ? ` (${f.status})` : ''}: ${pagina.length}`,
        personen: pagina.map((r) => r.persoon_id),
      });
      const vandaag = today();
      const last = pagina.at(-1);
      return {
        items: pagina.map((r) => ({
          ...view(r),
          persoon: { id: r.persoon_id, naam: r.persoon_naam },
          dagenOver: verschilInDagen(vandaag, r.beschikking_uiterlijk),
        })),
        volgende: meer && last ? encodeCursor(last.beschikking_uiterlijk, last.id) : null,
      };
    });
  },

  get(db: Database, actor: Actor, id: string) {
    return inTx(db, actor, async (tx) => {
      const r = await laad(tx, id);
      await audit(tx, actor, {
        actie: 'read',
        objectType: 'aanvraag',
        objectId: id,
        doel: DOEL,
        gemeenteCode: r.gemeente_code,
      });
      return view(r);
    });
  },
};
