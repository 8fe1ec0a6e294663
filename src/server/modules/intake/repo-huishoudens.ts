import type { Sql } from '../../platform/db/types.ts';
import { meldingKenmerk } from './ontvangstbevestiging.ts';
import { NAAM_SQL } from './repo-personen.ts';

export const huishoudensRepo = {
  /** The team of an active toegangsmedewerker who works for the gemeente; null if there is none. */
  async behandelaarVoor(tx: Sql, medewerkerId: string, gemeenteCode: string) {
    const { rows } = await tx.query<{ team_id: string | null }>(
      `SELECT m.team_id FROM medewerkers m
       WHERE m.id = $1 AND m.actief AND 'toegangsmedewerker' = ANY (m.rollen)
         AND (m.gemeente_code = $2 OR EXISTS (SELECT 1 FROM team_gemeenten tg WHERE tg.team_id = m.team_id AND tg.gemeente_code = $2))`,
      [medewerkerId, gemeenteCode],
    );
    return rows[0] ?? null;
  },
  async insert(tx: Sql, gemeenteCode: string, naam: string): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      'INSERT INTO huishoudens (gemeente_code, naam) VALUES ($1, $2) RETURNING id',
      [gemeenteCode, naam],
    );
    return rows[0]!.id;
  },

  async header(tx: Sql, id: string) {
    const { rows } = await tx.query<{
      id: string;
      gemeente_code: string;
      naam: string;
      contactpersoon_id: string | null;
      contactpersoon_naam: string | null;
      versie: number;
    }>(
      `SELECT h.id, h.gemeente_code, h.naam, h.contactpersoon_id, m.naam AS contactpersoon_naam, h.versie
       FROM huishoudens h LEFT JOIN medewerkers m ON m.id = h.contactpersoon_id WHERE h.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  },

  async leden(tx: Sql, id: string) {
    const { rows } = await tx.query<{
      id: string;
      persoonId: string;
      naam: string;
      geboortedatum: string;
      relatie: 'referentiepersoon' | 'partner' | 'kind' | 'ouder' | 'overig';
      van: string;
      tot: string | null;
    }>(
      `SELECT l.id, l.persoon_id AS "persoonId", ${NAAM_SQL('p')} AS naam, p.geboortedatum, l.relatie, l.van, l.tot
       FROM huishouden_leden l JOIN personen p ON p.id = l.persoon_id
       WHERE l.huishouden_id = $1 ORDER BY l.tot NULLS FIRST, l.van, p.geboortedatum`,
      [id],
    );
    return rows;
  },

  async contactpersoonHistorie(tx: Sql, id: string) {
    const { rows } = await tx.query<{
      id: string;
      naam: string;
      van: Date;
      tot: Date | null;
      reden: string | null;
    }>(
      `SELECT m.id, m.naam, c.van, c.tot, c.reden FROM contactpersoon_historie c JOIN medewerkers m ON m.id = c.medewerker_id
       WHERE c.huishouden_id = $1 ORDER BY c.van DESC`,
      [id],
    );
    return rows.map((r) => ({
      medewerker: { id: r.id, naam: r.naam },
      van: r.van,
      tot: r.tot,
      reden: r.reden,
    }));
  },

  async meldingen(tx: Sql, id: string) {
    const { rows } = await tx.query<{
      id: string;
      nummer: number;
      soort: string;
      status: string;
      ontvangstdatum: string;
      persoonId: string;
    }>(
      `SELECT id, nummer, soort, status, ontvangstdatum, persoon_id AS "persoonId" FROM meldingen
       WHERE huishouden_id = $1 ORDER BY ontvangstdatum DESC, nummer DESC`,
      [id],
    );
    return rows.map((r) => ({ ...r, kenmerk: meldingKenmerk(r.nummer) }));
  },

  /** Ends the person's current membership (if any) and starts one in `huishoudenId`: history kept. */
  async verhuisLid(
    tx: Sql,
    gemeenteCode: string,
    huishoudenId: string,
    persoonId: string,
    relatie: string,
    vandaag: string,
  ) {
    await tx.query(
      `UPDATE huishouden_leden SET tot = greatest(van, $2::date) WHERE persoon_id = $1 AND tot IS NULL`,
      [persoonId, vandaag],
    );
    await tx.query(
      'INSERT INTO huishouden_leden (gemeente_code, huishouden_id, persoon_id, relatie, van) VALUES ($1, $2, $3, $4, $5)',
      [gemeenteCode, huishoudenId, persoonId, relatie, vandaag],
    );
  },

  /**
   * Sets the one contactpersoon of a household, closing the previous one in the history.
   * `versie` null means: the caller already holds the row (e.g. triage in the same transaction).
   */
  async zetContactpersoon(
    tx: Sql,
    h: { id: string; gemeenteCode: string; versie: number | null },
    medewerkerId: string,
    door: string,
    reden: string | null,
  ): Promise<'gewijzigd' | 'ongewijzigd' | 'versieconflict' | 'niet-gevonden'> {
    const { rows } = await tx.query<{ contactpersoon_id: string | null; versie: number }>(
      'SELECT contactpersoon_id, versie FROM huishoudens WHERE id = $1 FOR UPDATE',
      [h.id],
    );
    const current = rows[0];
    if (!current) return 'niet-gevonden';
    if (h.versie !== null && current.versie !== h.versie) return 'versieconflict';
    if (current.contactpersoon_id === medewerkerId) return 'ongewijzigd';
    await tx.query(
      'UPDATE contactpersoon_historie SET tot = now() WHERE huishouden_id = $1 AND tot IS NULL',
      [h.id],
    );
    await tx.query(
      `INSERT INTO contactpersoon_historie (gemeente_code, huishouden_id, medewerker_id, toegewezen_door, reden)
       VALUES ($1, $2, $3, $4, $5)`,
      [h.gemeenteCode, h.id, medewerkerId, door, reden],
    );
    await tx.query(
      'UPDATE huishoudens SET contactpersoon_id = $2, versie = versie + 1, gewijzigd_op = now() WHERE id = $1',
      [h.id, medewerkerId],
    );
    return 'gewijzigd';
  },

  /** Expected children of the household (ongeboren kind; migration 020), earliest first. */
  async verwachteKinderen(tx: Sql, id: string) {
    const { rows } = await tx.query<{
      id: string;
      verwachte_geboortedatum: string;
      toelichting: string | null;
      geboren_persoon_id: string | null;
    }>(
      `SELECT id, verwachte_geboortedatum, toelichting, geboren_persoon_id FROM verwachte_kinderen
       WHERE huishouden_id = $1 ORDER BY verwachte_geboortedatum, id`,
      [id],
    );
    return rows.map((r) => ({
      id: r.id,
      verwachteGeboortedatum: r.verwachte_geboortedatum,
      toelichting: r.toelichting,
      geborenPersoonId: r.geboren_persoon_id,
    }));
  },

  async voegVerwachtKindToe(
    tx: Sql,
    k: {
      gemeenteCode: string;
      huishoudenId: string;
      datum: string;
      toelichting: string | null;
      door: string;
    },
  ): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO verwachte_kinderen (gemeente_code, huishouden_id, verwachte_geboortedatum, toelichting, geregistreerd_door)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [k.gemeenteCode, k.huishoudenId, k.datum, k.toelichting, k.door],
    );
    return rows[0]!.id;
  },
};
