import type { Sql } from '../../platform/db/types.ts';

/** What local toegang may know of a resident's regional BW/MO case (migration 043, ot_regio_zaak). */
export interface RegionaleZaakRow {
  gemeente_code: string;
  sinds: string;
  lopend: boolean;
  team_naam: string | null;
  contactpersoon_id: string | null;
  contactpersoon_naam: string | null;
  contactpersoon_email: string | null;
}

export interface MeldingKopRow {
  id: string;
  gemeente_code: string;
  persoon_id: string;
  status: string;
  regionaal: boolean;
  versie: number;
}

export const afbakeningRepo = {
  /** The person, if the caller may see them (row-level security decides). */
  async persoon(tx: Sql, id: string): Promise<{ id: string; gemeente_code: string } | null> {
    const { rows } = await tx.query<{ id: string; gemeente_code: string }>(
      'SELECT id, gemeente_code FROM personen WHERE id = $1',
      [id],
    );
    return rows[0] ?? null;
  },

  async regionaleZaak(tx: Sql, persoonId: string): Promise<RegionaleZaakRow | null> {
    const { rows } = await tx.query<RegionaleZaakRow>('SELECT * FROM ot_regio_zaak($1)', [persoonId]);
    return rows[0] ?? null;
  },

  async meldingKop(tx: Sql, id: string): Promise<MeldingKopRow | null> {
    const { rows } = await tx.query<MeldingKopRow>(
      'SELECT id, gemeente_code, persoon_id, status, regionaal, versie FROM meldingen WHERE id = $1',
      [id],
    );
    return rows[0] ?? null;
  },

  /** Routes the melding to the regional team with an intake mandate on `peildatum`; null: none. */
  async doorzetten(
    tx: Sql,
    meldingId: string,
    peildatum: string,
  ): Promise<{ id: string; naam: string } | null> {
    const { rows } = await tx.query<{ id: string; naam: string }>(
      'SELECT team_id AS id, team_naam AS naam FROM ot_regio_doorzetten($1, $2)',
      [meldingId, peildatum],
    );
    return rows[0] ?? null;
  },
};
