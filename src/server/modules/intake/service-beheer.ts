import type { z } from 'zod';
import { audit, subjectOf, writeAudit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/principal.ts';
import type { Database, Sql } from '../../platform/db/types.ts';
import { toColumns, updateVersioned } from '../../platform/db/versioned.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx, requireGemeente } from '../../platform/usecase.ts';
import { laadKalender, meldingTermijnen, vergeetKalenderWeergave } from './kalender.ts';
import type { GelijkgesteldeDagInvoer, PostcodegebiedInvoer, PostcodegebiedWijzigen } from './schemas.ts';

const DOEL = 'configuratie-toegang';
const POSTCODEGEBIED =
  'id, gemeente_code AS "gemeenteCode", postcode_van AS "postcodeVan", postcode_tot AS "postcodeTot", wijk_id AS "wijkId", versie';

type PostcodegebiedRow = {
  id: string;
  gemeenteCode: string;
  postcodeVan: string;
  postcodeTot: string;
  wijkId: string;
  versie: number;
};

async function controleerWijk(tx: Sql, wijkId: string, gemeenteCode: string) {
  const w = await tx.query('SELECT 1 FROM wijken WHERE id = $1 AND gemeente_code = $2', [
    wijkId,
    gemeenteCode,
  ]);
  if (!w.rows[0]) throw errors.field('wijkId', 'bestaat-niet', 'Deze wijk bestaat niet in deze gemeente.');
}

function controleerBereik(van: string, tot: string) {
  if (van > tot) throw errors.field('postcodeTot', 'voor-van', 'De laatste postcode ligt vóór de eerste.');
}

/** A change to the calendar; afterwards the traffic lights of this process use the new one at once. */
function wijzigKalender<T>(db: Database, fn: (tx: Sql) => Promise<T>): Promise<T> {
  return db.systemTransaction(fn).finally(() => vergeetKalenderWeergave(db.cache));
}

/**
 * Recomputes the deadlines of open meldingen after the calendar changed: a new gelijkgestelde dag
 * can move a deadline that ends on or runs across it. Only meldingen whose raw end date lies in a
 * window around the day can change. National data, so it runs for all gemeenten (owner role).
 */
async function herberekenTermijnen(tx: Sql, datum: string): Promise<number> {
  {
    const kalender = await laadKalender(tx);
    const { rows } = await tx.query<{
      id: string;
      ontvangstdatum: string;
      onderzoek_uiterlijk: string;
      persoonlijk_plan_uiterlijk: string;
    }>(
      `SELECT id, ontvangstdatum, onderzoek_uiterlijk, persoonlijk_plan_uiterlijk FROM meldingen
       WHERE soort = 'melding' AND status IN ('nieuw', 'onderzoek')
         AND ontvangstdatum BETWEEN $1::date - 80 AND $1::date`,
      [datum],
    );
    let changed = 0;
    for (const r of rows) {
      const t = meldingTermijnen('melding', r.ontvangstdatum, kalender);
      if (
        t.onderzoekUiterlijk !== r.onderzoek_uiterlijk ||
        t.persoonlijkPlanUiterlijk !== r.persoonlijk_plan_uiterlijk
      ) {
        await tx.query(
          'UPDATE meldingen SET onderzoek_uiterlijk = $2, persoonlijk_plan_uiterlijk = $3, gewijzigd_op = now() WHERE id = $1',
          [r.id, t.onderzoekUiterlijk, t.persoonlijkPlanUiterlijk],
        );
        changed++;
      }
    }
    return changed;
  }
}

export const intakeBeheer = {
  postcodegebieden(db: Database, actor: Actor, gemeente?: string) {
    return inTx(db, actor, async (tx) => {
      const { rows } = await tx.query<PostcodegebiedRow>(
        `SELECT ${POSTCODEGEBIED} FROM postcodegebieden WHERE ($1::text IS NULL OR gemeente_code = $1) ORDER BY gemeente_code, postcode_van`,
        [gemeente ?? null],
      );
      return rows;
    });
  },

  maakPostcodegebied(db: Database, actor: Actor, input: z.output<typeof PostcodegebiedInvoer>) {
    requireGemeente(actor, input.gemeenteCode);
    controleerBereik(input.postcodeVan, input.postcodeTot);
    return inTx(db, actor, async (tx) => {
      await controleerWijk(tx, input.wijkId, input.gemeenteCode);
      const { rows } = await tx.query<PostcodegebiedRow>(
        `INSERT INTO postcodegebieden (gemeente_code, postcode_van, postcode_tot, wijk_id) VALUES ($1, $2, $3, $4) RETURNING ${POSTCODEGEBIED}`,
        [input.gemeenteCode, input.postcodeVan, input.postcodeTot, input.wijkId],
      );
      await audit(tx, actor, {
        actie: 'create',
        objectType: 'postcodegebied',
        objectId: rows[0]!.id,
        doel: DOEL,
        gemeenteCode: input.gemeenteCode,
      });
      return rows[0]!;
    });
  },

  wijzigPostcodegebied(
    db: Database,
    actor: Actor,
    id: string,
    input: z.output<typeof PostcodegebiedWijzigen>,
  ) {
    return inTx(db, actor, async (tx) => {
      const { versie, ...patch } = input;
      const row = await updateVersioned<PostcodegebiedRow>(tx, {
        table: 'postcodegebieden',
        id,
        versie,
        set: toColumns(patch, {
          postcodeVan: 'postcode_van',
          postcodeTot: 'postcode_tot',
          wijkId: 'wijk_id',
        }),
        returning: POSTCODEGEBIED,
        what: 'Het postcodegebied',
      });
      controleerBereik(row.postcodeVan, row.postcodeTot);
      if (patch.wijkId) await controleerWijk(tx, patch.wijkId, row.gemeenteCode);
      await audit(tx, actor, {
        actie: 'update',
        objectType: 'postcodegebied',
        objectId: id,
        doel: DOEL,
        gemeenteCode: row.gemeenteCode,
      });
      return row;
    });
  },

  gelijkgesteldeDagen(db: Database, actor: Actor) {
    return inTx(db, actor, async (tx) => (await laadKalender(tx)).gelijkgesteld.map((d) => ({ ...d })));
  },

  // The calendar is national and the recalculation spans every gemeente, so both run in one
  // owner transaction: the deadlines never disagree with the calendar, not even after a crash.
  voegGelijkgesteldeDagToe(db: Database, actor: Actor, input: z.output<typeof GelijkgesteldeDagInvoer>) {
    return wijzigKalender(db, async (tx) => {
      const exists = await tx.query('SELECT 1 FROM gelijkgestelde_dagen WHERE datum = $1', [input.datum]);
      if (exists.rows[0]) {
        throw errors.conflict('bestaat-al', 'Deze dag staat al in de kalender.', [
          { name: 'datum', code: 'uniek', reason: 'Bestaat al.' },
        ]);
      }
      await tx.query('INSERT INTO gelijkgestelde_dagen (datum, omschrijving) VALUES ($1, $2)', [
        input.datum,
        input.omschrijving,
      ]);
      await writeAudit(tx, subjectOf(actor), [
        { actie: 'create', objectType: 'gelijkgestelde-dag', objectId: input.datum, doel: DOEL },
      ]);
      return { ...input, herberekendeMeldingen: await herberekenTermijnen(tx, input.datum) };
    });
  },

  verwijderGelijkgesteldeDag(db: Database, actor: Actor, datum: string) {
    return wijzigKalender(db, async (tx) => {
      const r = await tx.query('DELETE FROM gelijkgestelde_dagen WHERE datum = $1', [datum]);
      if (r.rowCount === 0) throw errors.notFound('Deze gelijkgestelde dag');
      await writeAudit(tx, subjectOf(actor), [
        { actie: 'delete', objectType: 'gelijkgestelde-dag', objectId: datum, doel: DOEL },
      ]);
      return { herberekendeMeldingen: await herberekenTermijnen(tx, datum) };
    });
  },
};
