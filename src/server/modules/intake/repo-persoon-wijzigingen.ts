import type { Sql } from '../../platform/db/types.ts';

/** The fields of a person as the API names them, in the order a history shows them. */
export const PERSOON_VELDEN = [
  'bsn',
  'voornamen',
  'tussenvoegsel',
  'achternaam',
  'geboortedatum',
  'geslacht',
  'adres',
  'telefoon',
  'email',
  'taal',
  'communicatiebehoeften',
] as const;

export const persoonWijzigingenRepo = {
  async voegToe(
    tx: Sql,
    r: {
      gemeenteCode: string;
      persoonId: string;
      door: string | null;
      velden: string[];
      vorige: Record<string, unknown>;
      privacyverzoekId: string | null;
    },
  ) {
    await tx.query(
      `INSERT INTO persoon_wijzigingen (gemeente_code, persoon_id, gewijzigd_door, velden, vorige, privacyverzoek_id)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6)`,
      [r.gemeenteCode, r.persoonId, r.door, r.velden, JSON.stringify(r.vorige), r.privacyverzoekId],
    );
  },

  async vanPersoon(tx: Sql, persoonId: string) {
    const { rows } = await tx.query<{
      id: string;
      gewijzigd_op: string;
      door: string | null;
      velden: string[];
      vorige: Record<string, unknown>;
      privacyverzoek_id: string | null;
    }>(
      `SELECT w.id, w.gewijzigd_op::text AS gewijzigd_op, m.naam AS door, w.velden, w.vorige, w.privacyverzoek_id
       FROM persoon_wijzigingen w LEFT JOIN medewerkers m ON m.id = w.gewijzigd_door
       WHERE w.persoon_id = $1 ORDER BY w.gewijzigd_op DESC, w.id LIMIT 500`,
      [persoonId],
    );
    return rows;
  },
};
