import { beschikkingKenmerk } from '../../../../domain/beschikking.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';

/**
 * Four eyes (issue 15): the concept beschikkingen a colleague drafted, waiting for a second pair of
 * eyes; the ones the user drafted are not theirs to check. Oldest first, with the aanvraag's term.
 */
export function teControleren(db: Database, actor: Actor) {
  const mw = alsMedewerker(actor.principal);
  return inTx(db, actor, async (tx) => {
    const { rows } = await tx.query<{
      id: string;
      nummer: number;
      soort: 'besluit' | 'wijziging' | 'intrekking' | 'herindicatie';
      persoon_id: string;
      persoon_naam: string;
      opgesteld_door_naam: string | null;
      opgesteld_op: string;
      beschikking_uiterlijk: string | null;
    }>(
      `SELECT b.id, b.nummer, b.soort, b.persoon_id, concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam) AS persoon_naam,
              m.naam AS opgesteld_door_naam, b.aangemaakt_op::text AS opgesteld_op, a.beschikking_uiterlijk::text AS beschikking_uiterlijk
       FROM beschikkingen b JOIN personen p ON p.id = b.persoon_id
       LEFT JOIN medewerkers m ON m.id = b.opgesteld_door LEFT JOIN aanvragen a ON a.id = b.aanvraag_id
       WHERE b.status = 'concept' AND b.opgesteld_door IS DISTINCT FROM $1
       ORDER BY coalesce(a.beschikking_uiterlijk, DATE '9999-12-31'), b.aangemaakt_op, b.id LIMIT 500`,
      [mw.medewerkerId],
    );
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'beschikking',
      doel: 'wmo-beschikking',
      toelichting: `te controleren: ${rows.length}`,
      personen: rows.map((r) => r.persoon_id),
    });
    return rows.map((r) => ({
      id: r.id,
      kenmerk: beschikkingKenmerk(r.nummer),
      soort: r.soort,
      persoon: { id: r.persoon_id, naam: r.persoon_naam },
      opgesteldDoor: r.opgesteld_door_naam,
      opgesteldOp: new Date(r.opgesteld_op).toISOString(),
      beschikkingUiterlijk: r.beschikking_uiterlijk,
    }));
  });
}
