import type { Sql } from '../../platform/db/types.ts';

/** A notification ready to go: where to (read now from personen) and in whose name (the gemeente). */
export interface MailKlaar {
  id: string;
  gemeente_code: string;
  persoon_id: string;
  pogingen: number;
  email: string | null;
  wil_mail: boolean;
  gemeente_naam: string;
}

/**
 * SQL of the notification e-mail (migration 031). The outbox holds no address and no text; the
 * job reads the address when it sends, in a system transaction (it works for every gemeente).
 */
export const mailRepo = {
  /** A message from the contactpersoon: one e-mail to the person of the melding. */
  async zetBerichtKlaar(tx: Sql, m: { gemeenteCode: string; persoonId: string; meldingId: string }) {
    await tx.query(
      `INSERT INTO portaal_mail_uit (gemeente_code, persoon_id, melding_id, aanleiding)
       VALUES ($1, $2, $3, 'bericht')`,
      [m.gemeenteCode, m.persoonId, m.meldingId],
    );
  },

  /**
   * New letters for residents who want the e-mail: the verslag of their melding and the letter of a
   * vastgestelde beschikking, once made and made after they turned the e-mail on. Unique per letter.
   */
  async zetNieuweBrievenKlaar(tx: Sql): Promise<number> {
    const r = await tx.query(
      `INSERT INTO portaal_mail_uit (gemeente_code, persoon_id, melding_id, aanleiding, document_id)
       SELECT d.gemeente_code, v.persoon_id, d.melding_id, 'document', d.id
       FROM portaal_voorkeuren v
       JOIN documenten d ON d.aangemaakt_op >= v.gewijzigd_op AND d.status = 'gemaakt' AND (
         (d.soort = 'verslag' AND d.melding_id IN (SELECT m.id FROM meldingen m WHERE m.persoon_id = v.persoon_id))
         OR (d.soort = 'beschikking' AND d.beschikking_id IN (
           SELECT b.id FROM beschikkingen b WHERE b.persoon_id = v.persoon_id AND b.status = 'vastgesteld')))
       WHERE v.mail_bij_nieuws
       ON CONFLICT (document_id) DO NOTHING`,
    );
    return r.rowCount ?? 0;
  },

  /**
   * Claims up to `max` due notifications: they get a lease of five minutes (a crash while sending
   * leaves them to the next run, another process skips them meanwhile).
   */
  async claim(tx: Sql, max: number): Promise<MailKlaar[]> {
    const { rows } = await tx.query<MailKlaar>(
      `WITH c AS (
         SELECT id FROM portaal_mail_uit WHERE status = 'klaar' AND volgende_poging_op <= now()
         ORDER BY volgende_poging_op LIMIT $1 FOR UPDATE SKIP LOCKED)
       UPDATE portaal_mail_uit u SET volgende_poging_op = now() + interval '5 minutes'
       FROM c, personen p, gemeenten g
       WHERE u.id = c.id AND p.id = u.persoon_id AND g.code = u.gemeente_code
       RETURNING u.id, u.gemeente_code, u.persoon_id, u.pogingen, p.email, g.naam AS gemeente_naam,
         coalesce((SELECT v.mail_bij_nieuws FROM portaal_voorkeuren v WHERE v.persoon_id = u.persoon_id), false) AS wil_mail`,
      [max],
    );
    return rows;
  },

  async verstuurd(tx: Sql, id: string): Promise<void> {
    await tx.query(
      "UPDATE portaal_mail_uit SET status = 'verstuurd', verstuurd_op = now(), pogingen = pogingen + 1, fout = NULL WHERE id = $1",
      [id],
    );
  },

  /** Not wanted (any more), or no address: nothing is sent, and that is recorded. */
  async vervallen(tx: Sql, id: string, reden: string): Promise<void> {
    await tx.query("UPDATE portaal_mail_uit SET status = 'vervallen', fout = $2 WHERE id = $1", [id, reden]);
  },

  /** Retry later with a doubling pause (1, 2, 4, 8, 16 min), then give up as `mislukt`. */
  async mislukt(tx: Sql, id: string, fout: string, opgeven: boolean): Promise<void> {
    await tx.query(
      `UPDATE portaal_mail_uit SET pogingen = pogingen + 1, fout = $2,
         status = CASE WHEN $3 THEN 'mislukt' ELSE 'klaar' END,
         volgende_poging_op = now() + make_interval(mins => power(2, pogingen)::int)
       WHERE id = $1`,
      [id, fout, opgeven],
    );
  },

  async voorkeur(tx: Sql, persoonId: string): Promise<boolean> {
    const { rows } = await tx.query<{ mail_bij_nieuws: boolean }>(
      'SELECT mail_bij_nieuws FROM portaal_voorkeuren WHERE persoon_id = $1',
      [persoonId],
    );
    return rows[0]?.mail_bij_nieuws ?? false;
  },

  async zetVoorkeur(tx: Sql, p: { persoonId: string; gemeenteCode: string; mail: boolean }): Promise<void> {
    await tx.query(
      `INSERT INTO portaal_voorkeuren (persoon_id, gemeente_code, mail_bij_nieuws) VALUES ($1, $2, $3)
       ON CONFLICT (persoon_id) DO UPDATE SET mail_bij_nieuws = EXCLUDED.mail_bij_nieuws, gewijzigd_op = now()
       WHERE portaal_voorkeuren.mail_bij_nieuws IS DISTINCT FROM EXCLUDED.mail_bij_nieuws`,
      [p.persoonId, p.gemeenteCode, p.mail],
    );
  },
};

/** The caseworker's side: unread messages from residents. */
export const ongelezenRepo = {
  /**
   * Meldingen with unread messages from the resident for this medewerker: as behandelaar of the
   * melding or contactpersoon of the household (row-level security keeps it to their gemeenten).
   */
  async voorMedewerker(tx: Sql, medewerkerId: string) {
    const { rows } = await tx.query<{
      melding_id: string;
      nummer: number;
      persoon_id: string;
      naam: string;
      aantal: number;
      laatste_op: Date;
    }>(
      `SELECT m.id AS melding_id, m.nummer, m.persoon_id,
         concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam) AS naam,
         count(*)::int AS aantal, max(b.verstuurd_op) AS laatste_op
       FROM portaal_berichten b
       JOIN meldingen m ON m.id = b.melding_id
       JOIN personen p ON p.id = m.persoon_id
       LEFT JOIN huishoudens h ON h.id = m.huishouden_id
       WHERE b.van = 'inwoner' AND b.gelezen_op IS NULL
         AND (m.behandelaar_id = $1 OR h.contactpersoon_id = $1)
       GROUP BY m.id, m.nummer, m.persoon_id, p.voornamen, p.tussenvoegsel, p.achternaam
       ORDER BY max(b.verstuurd_op) DESC LIMIT 100`,
      [medewerkerId],
    );
    return rows;
  },
};
