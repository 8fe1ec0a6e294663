import type { Sql } from '../../platform/db/types.ts';
import type { InzageDeel } from '../../platform/inzage.ts';

/**
 * Intake's part of an inzage export: the person's own record, their place in the household (not the
 * other members: third parties) and their meldingen without the melder's name or phone (a melder may
 * be someone else).
 */
export async function inzageIntake(tx: Sql, persoonId: string): Promise<InzageDeel[]> {
  const persoon = await tx.query<Record<string, string | number | null>>(
    `SELECT bsn, voornamen, tussenvoegsel, achternaam, geboortedatum::text AS geboortedatum, geslacht, straat, huisnummer,
       huisnummertoevoeging, postcode, woonplaats, telefoon, email, taal, communicatiebehoeften,
       aangemaakt_op::text AS "geregistreerdOp"
     FROM personen WHERE id = $1`,
    [persoonId],
  );
  const huishouden = await tx.query<Record<string, string | number | null>>(
    `SELECT l.relatie, l.van::text AS van, l.tot::text AS tot,
       (SELECT count(*)::int FROM huishouden_leden o WHERE o.huishouden_id = l.huishouden_id AND o.tot IS NULL) AS "aantalLeden"
     FROM huishouden_leden l WHERE l.persoon_id = $1 ORDER BY l.van`,
    [persoonId],
  );
  const meldingen = await tx.query<Record<string, string | number | boolean | null>>(
    `SELECT m.nummer, m.soort, m.ontvangstdatum::text AS ontvangstdatum, m.kanaal, m.melder_type AS "melderSoort",
       m.hulpvraag, array_to_string(m.leefgebieden, ', ') AS leefgebieden, m.status, m.triage_uitkomst AS "triageUitkomst",
       m.toestemming_verwijzing AS "toestemmingVerwijzing"
     FROM meldingen m WHERE m.persoon_id = $1 ORDER BY m.ontvangstdatum, m.nummer`,
    [persoonId],
  );
  const wijzigingen = await tx.query<Record<string, string | null>>(
    `SELECT gewijzigd_op::text AS "gewijzigdOp", array_to_string(velden, ', ') AS velden, vorige::text AS "vorigeWaarden"
     FROM persoon_wijzigingen WHERE persoon_id = $1 ORDER BY gewijzigd_op`,
    [persoonId],
  );
  return [
    { titel: 'Persoonsgegevens', gegevens: persoon.rows, ontvangers: [] },
    { titel: 'Correcties van de persoonsgegevens', gegevens: wijzigingen.rows, ontvangers: [] },
    { titel: 'Huishouden (zonder gegevens van de andere leden)', gegevens: huishouden.rows, ontvangers: [] },
    { titel: 'Meldingen', gegevens: meldingen.rows, ontvangers: [] },
  ];
}
