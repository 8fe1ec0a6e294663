import type { Sql } from '../../platform/db/types.ts';
import type { InzageDeel } from '../../platform/inzage.ts';

type Rij = Record<string, string | number | boolean | null>;

/** iWmo's part of an inzage export: the messages about the person exchanged with aanbieders. */
export async function inzageIwmo(tx: Sql, persoonId: string): Promise<InzageDeel[]> {
  const berichten = await tx.query<Rij & { aanbieder: string | null }>(
    `SELECT b.berichtcode AS bericht, b.richting, o.naam AS aanbieder, b.status, b.aangemaakt_op::text AS "aangemaaktOp",
       b.verzonden_op::text AS "verzondenOp"
     FROM iwmo_berichten b LEFT JOIN organisaties o ON o.id = b.aanbieder_id
     WHERE b.persoon_id = $1 ORDER BY b.aangemaakt_op`,
    [persoonId],
  );
  const aanbieders = [
    ...new Set(berichten.rows.filter((b) => b.richting === 'uit').map((b) => b.aanbieder)),
  ].filter((a): a is string => !!a);
  return [
    {
      titel: 'Berichten met aanbieders (iWmo)',
      gegevens: berichten.rows,
      ontvangers: aanbieders.map((naam) => ({
        naam,
        soort: 'aanbieder (iWmo)',
        wat: 'Toewijzing van uw voorziening met uw naam, adres, geboortedatum en BSN',
      })),
    },
  ];
}
