import type { Sql } from '../../platform/db/types.ts';
import type { InzageDeel } from '../../platform/inzage.ts';

type Rij = Record<string, string | number | boolean | null>;

/**
 * Onderzoek's part of an inzage export: the onderzoeken on the person's meldingen (steps, plan and
 * conclusion as recorded; free text is shown as written, the privacy officer checks it for others'
 * data before sending) and the aanvragen.
 */
export async function inzageOnderzoek(tx: Sql, persoonId: string): Promise<InzageDeel[]> {
  const onderzoeken = await tx.query<Rij>(
    `SELECT o.status, o.aangemaakt_op::text AS "gestartOp", o.afgerond_op::text AS "afgerondOp",
       o.stappen::text AS stappen, o.persoonlijk_plan::text AS "persoonlijkPlan", o.conclusie::text AS conclusie,
       o.verslag_verstuurd_op::text AS "verslagVerstuurdOp", o.reactie_inwoner AS "uwReactie"
     FROM onderzoeken o JOIN meldingen m ON m.id = o.melding_id WHERE m.persoon_id = $1 ORDER BY o.aangemaakt_op`,
    [persoonId],
  );
  const aanvragen = await tx.query<Rij>(
    `SELECT aanvraagdatum::text AS aanvraagdatum, grondslag, omschrijving, status,
       beschikking_uiterlijk::text AS "beslissenUiterlijk"
     FROM aanvragen WHERE persoon_id = $1 ORDER BY aanvraagdatum`,
    [persoonId],
  );
  return [
    { titel: 'Onderzoeken en plannen', gegevens: onderzoeken.rows, ontvangers: [] },
    { titel: 'Aanvragen', gegevens: aanvragen.rows, ontvangers: [] },
  ];
}
