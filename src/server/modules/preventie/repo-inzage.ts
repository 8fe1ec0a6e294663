import type { Sql } from '../../platform/db/types.ts';
import type { InzageDeel } from '../../platform/inzage.ts';

type Rij = Record<string, string | number | boolean | null>;

/**
 * Preventie's part of an inzage export: the verwijzingen to partners (each partner is a recipient) and
 * the toestemmingen with what they cover. The partner's internal notes are the partner's own records
 * (the partner is controller for its own help) and are not part of the gemeente's answer.
 */
export async function inzagePreventie(tx: Sql, persoonId: string): Promise<InzageDeel[]> {
  const verwijzingen = await tx.query<Rij & { partner: string }>(
    `SELECT p.naam AS partner, v.dienst, v.urgentie, v.status, v.verwezen_op::text AS "verwezenOp",
       v.uitkomst, v.terugkoppeling, v.teruggekoppeld_op::text AS "teruggekoppeldOp"
     FROM verwijzingen v JOIN partners p ON p.id = v.partner_id WHERE v.persoon_id = $1 ORDER BY v.verwezen_op`,
    [persoonId],
  );
  const toestemmingen = await tx.query<Rij & { partner: string; gegevens: string }>(
    `SELECT p.naam AS partner, array_to_string(t.gegevens, ', ') AS gegevens, t.gegeven_door AS "gegevenDoor", t.wijze,
       t.datum::text AS datum, t.geldig_tot::text AS "geldigTot", t.ingetrokken_op::text AS "ingetrokkenOp"
     FROM toestemmingen t JOIN partners p ON p.id = t.partner_id WHERE t.persoon_id = $1 ORDER BY t.datum`,
    [persoonId],
  );
  const ontvangers = new Map<string, string>();
  for (const t of toestemmingen.rows) ontvangers.set(t.partner, t.gegevens);
  for (const v of verwijzingen.rows) if (!ontvangers.has(v.partner)) ontvangers.set(v.partner, 'verwijzing');
  return [
    {
      titel: 'Verwijzingen naar preventiepartners',
      gegevens: verwijzingen.rows,
      ontvangers: [...ontvangers].map(([naam, gegevens]) => ({
        naam,
        soort: 'preventiepartner',
        wat: `Met uw toestemming: ${gegevens}`,
      })),
    },
    { titel: 'Toestemmingen', gegevens: toestemmingen.rows, ontvangers: [] },
  ];
}
