import type { Wmo315Bericht, Wmo317Bericht } from '../../../domain/iwmo/inkomend-typen.ts';
import { controleerVerzoekOmWijziging, verzoekenUit } from '../../../domain/iwmo/verzoek.ts';
import { audit } from '../../platform/audit/audit.ts';
import type { Actor } from '../../platform/auth/principal.ts';
import { today } from '../../platform/clock.ts';
import type { Sql } from '../../platform/db/types.ts';
import { errors } from '../../platform/http/errors.ts';

/**
 * Registering the verzoeken of a received WMO315/WMO317 (called by inkomend.ts in the receiving
 * transaction); answering them is verzoeken.ts.
 */
const DOEL = 'wmo-toewijzing';

/** Rows of the current toewijzingen of a client at an aanbieder (the WMO317 rules compare against them). */
async function actueleToewijzingen(tx: Sql, persoonId: string, aanbiederId: string) {
  const { rows } = await tx.query<{ toewijzingnummer: number; ingangsdatum: string }>(
    `SELECT t.toewijzingnummer, t.ingangsdatum FROM toewijzingen t JOIN voorzieningen v ON v.id = t.voorziening_id
     WHERE v.persoon_id = $1 AND t.aanbieder_id = $2 AND t.status IN ('actief', 'gewijzigd')
       AND (t.einddatum IS NULL OR t.einddatum >= $3) ORDER BY t.toewijzingnummer`,
    [persoonId, aanbiederId, today()],
  );
  return rows.map((r) => ({ toewijzingNummer: Number(r.toewijzingnummer), ingangsdatum: r.ingangsdatum }));
}

/**
 * Puts the verzoeken of a received WMO315/WMO317 in the worklist, in the receiving transaction. Refuses
 * the whole message (nothing stored) on the rules that need the administration: TR347 (ReferentieAanbieder
 * used before by this aanbieder), TR374 (a verzoek of this aanbieder for this client is still being
 * handled) and, for a WMO317, TR349/TR350/TR351/TR357 against the current toewijzingen.
 */
export async function registreerVerzoeken(
  tx: Sql,
  actor: Actor,
  m: {
    gemeente: string;
    berichtId: string;
    aanbiederId: string;
    persoonId: string;
    bericht: Wmo315Bericht | Wmo317Bericht;
  },
): Promise<Array<{ id: string; referentieAanbieder: string }>> {
  const verzoeken = verzoekenUit(m.bericht);
  const onderhanden = await tx.query(
    "SELECT 1 FROM iwmo_verzoeken WHERE persoon_id = $1 AND aanbieder_id = $2 AND status IN ('open', 'in-onderzoek')",
    [m.persoonId, m.aanbiederId],
  );
  if (onderhanden.rows[0]) {
    throw errors.field(
      'bericht',
      'TR374',
      'Er is al een verzoek van deze aanbieder voor deze cliënt in behandeling (iWmo TR374, retourcode 9374).',
    );
  }
  const gebruikt = await tx.query<{ referentie_aanbieder: string }>(
    'SELECT referentie_aanbieder FROM iwmo_verzoeken WHERE aanbieder_id = $1 AND referentie_aanbieder = ANY($2::text[])',
    [m.aanbiederId, verzoeken.map((v) => v.referentieAanbieder)],
  );
  if (gebruikt.rows.length) {
    throw errors.invalid(
      gebruikt.rows.map((r) => ({
        name: 'bericht',
        code: 'TR347',
        reason: `ReferentieAanbieder ${r.referentie_aanbieder} is al eerder door deze aanbieder gebruikt (iWmo TR347, retourcode 9347).`,
      })),
      'Het verzoek is niet verwerkt: de referentie van de aanbieder is niet uniek.',
    );
  }
  if (m.bericht.berichtcode === 'WMO317') {
    const fouten = controleerVerzoekOmWijziging(
      m.bericht,
      await actueleToewijzingen(tx, m.persoonId, m.aanbiederId),
    );
    if (fouten.length) {
      throw errors.invalid(
        fouten.map((f) => ({ name: f.veld, code: f.regel, reason: f.melding })),
        'Het WMO317-bericht past niet bij de actuele toewijzingen van deze cliënt en is niet verwerkt.',
      );
    }
  }
  const uit: Array<{ id: string; referentieAanbieder: string }> = [];
  for (const v of verzoeken) {
    const { rows } = await tx.query<{ id: string }>(
      // clock_timestamp: the verzoeken of one message keep their order in the (time-ordered) worklist.
      `INSERT INTO iwmo_verzoeken (gemeente_code, bericht_id, berichtcode, aanbieder_id, persoon_id, referentie_aanbieder, dagtekening, reden_verzoek, producten, aangemaakt_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, clock_timestamp()) RETURNING id`,
      [
        m.gemeente,
        m.berichtId,
        m.bericht.berichtcode,
        m.aanbiederId,
        m.persoonId,
        v.referentieAanbieder,
        m.bericht.header.berichtIdentificatie.dagtekening,
        v.redenVerzoek ?? null,
        JSON.stringify(v.producten),
      ],
    );
    const id = rows[0]!.id;
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'iwmo-verzoek',
      objectId: id,
      doel: DOEL,
      gemeenteCode: m.gemeente,
    });
    uit.push({ id, referentieAanbieder: v.referentieAanbieder });
  }
  return uit;
}
