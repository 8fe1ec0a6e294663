import type { Sql } from '../../platform/db/types.ts';

/**
 * The portal's reads. Every query runs in the inwoner's transaction: row-level security (migration
 * 021) limits the rows to the person of the session; no query here filters on BSN itself. Lists
 * repeat the policy's person filter (ot_inwoner_personen()) so that the planner takes the index.
 */

export interface MeldingKortRij {
  id: string;
  nummer: number;
  ontvangstdatum: string;
  hulpvraag: string;
  status: string;
  onderzoek_uiterlijk: string | null;
  persoon_id: string;
  gemeente_code: string;
}

export interface MeldingRij extends MeldingKortRij {
  triage_uitkomst: string | null;
  getrieerd_op: Date | null;
  afgesloten_op: Date | null;
  contactpersoon_naam: string | null;
  contactpersoon_email: string | null;
  gemeente_naam: string;
  gemeente_telefoon: string | null;
  onderzoek_id: string | null;
  onderzoek_status: string | null;
  onderzoek_afgerond_op: Date | null;
  reactie_inwoner: string | null;
  reactie_ontvangen_op: string | null;
  reactie_soort: 'akkoord' | 'opmerkingen' | 'niet-akkoord' | null;
  reactie_door: 'medewerker' | 'inwoner' | null;
}

export interface AanvraagRij {
  id: string;
  aanvraagdatum: string;
  beschikking_uiterlijk: string;
  status: string;
  beschikking_id: string | null;
  besluitdatum: string | null;
  bekendgemaakt_op: string | null;
  bezwaar_uiterlijk: string | null;
}

export interface VoorzieningRij {
  beschikking_id: string;
  besluit: 'toekenning' | 'afwijzing';
  product: string | null;
  ingangsdatum: string | null;
  einddatum: string | null;
  herindicatiedatum: string | null;
  aanbieder: string | null;
  opdracht_op: string | null;
  levering_gestart_op: string | null;
  levering_gestopt_op: string | null;
}

export interface DocumentRij {
  id: string;
  soort: 'ontvangstbevestiging' | 'verslag' | 'beschikking';
  bestandsnaam: string;
  mime_type: string;
  inhoud: Uint8Array | null;
  aangemaakt_op: Date;
  gemeente_code: string;
  melding_id: string | null;
  beschikking_id: string | null;
}

const KORT = `m.id, m.nummer, m.ontvangstdatum, m.hulpvraag, m.status, m.onderzoek_uiterlijk, m.persoon_id, m.gemeente_code`;

export const portaalRepo = {
  async persoon(tx: Sql): Promise<{ id: string; naam: string; gemeente_code: string } | null> {
    const { rows } = await tx.query<{ id: string; naam: string; gemeente_code: string }>(
      // The explicit id filter (the same set as the policy) lets the planner use the primary key.
      `SELECT id, concat_ws(' ', voornamen, tussenvoegsel, achternaam) AS naam, gemeente_code FROM personen
       WHERE id = ANY ((SELECT ot_inwoner_personen())::uuid[]) LIMIT 1`,
    );
    return rows[0] ?? null;
  },

  async meldingen(tx: Sql): Promise<MeldingKortRij[]> {
    const { rows } = await tx.query<MeldingKortRij>(
      `SELECT ${KORT} FROM meldingen m WHERE m.persoon_id = ANY ((SELECT ot_inwoner_personen())::uuid[]) AND m.soort = 'melding'
       ORDER BY m.ontvangstdatum DESC, m.nummer DESC LIMIT 200`,
    );
    return rows;
  },

  async melding(tx: Sql, id: string): Promise<MeldingRij | null> {
    const { rows } = await tx.query<MeldingRij>(
      `SELECT ${KORT}, m.triage_uitkomst, m.getrieerd_op, m.afgesloten_op,
              cp.naam AS contactpersoon_naam, cp.email AS contactpersoon_email,
              g.naam AS gemeente_naam, g.telefoon AS gemeente_telefoon,
              o.id AS onderzoek_id, o.status AS onderzoek_status, o.afgerond_op AS onderzoek_afgerond_op,
              o.reactie_inwoner, o.reactie_ontvangen_op, o.reactie_soort, o.reactie_door
       FROM meldingen m
       JOIN gemeenten g ON g.code = m.gemeente_code
       LEFT JOIN huishoudens h ON h.id = m.huishouden_id
       LEFT JOIN medewerkers cp ON cp.id = coalesce(m.behandelaar_id, h.contactpersoon_id)
       LEFT JOIN onderzoeken o ON o.melding_id = m.id
       WHERE m.id = $1 AND m.soort = 'melding'`,
      [id],
    );
    return rows[0] ?? null;
  },

  async aanvragen(tx: Sql, meldingId: string): Promise<AanvraagRij[]> {
    const { rows } = await tx.query<AanvraagRij>(
      `SELECT a.id, a.aanvraagdatum, a.beschikking_uiterlijk, a.status, b.id AS beschikking_id, b.besluitdatum,
              b.bekendgemaakt_op, b.bezwaar_uiterlijk
       FROM aanvragen a
       LEFT JOIN beschikkingen b ON b.aanvraag_id = a.id AND b.soort = 'besluit'
       WHERE a.melding_id = $1 ORDER BY a.aanvraagdatum, a.id`,
      [meldingId],
    );
    return rows;
  },

  async voorzieningen(tx: Sql, beschikkingIds: string[]): Promise<VoorzieningRij[]> {
    if (beschikkingIds.length === 0) return [];
    const { rows } = await tx.query<VoorzieningRij>(
      `SELECT v.beschikking_id, v.besluit, pr.naam AS product, v.ingangsdatum, v.einddatum, v.herindicatiedatum,
              org.naam AS aanbieder, t.ingangsdatum AS opdracht_op, t.levering_gestart_op, t.levering_gestopt_op
       FROM voorzieningen v
       LEFT JOIN producten pr ON pr.id = v.product_id
       LEFT JOIN toewijzingen t ON t.voorziening_id = v.id
       LEFT JOIN organisaties org ON org.id = t.aanbieder_id
       WHERE v.beschikking_id = ANY ($1::uuid[]) ORDER BY v.volgnummer, t.ingangsdatum`,
      [beschikkingIds],
    );
    return rows;
  },

  async documenten(tx: Sql, meldingId: string, beschikkingIds: string[]): Promise<DocumentRij[]> {
    const { rows } = await tx.query<DocumentRij>(
      `SELECT id, soort, bestandsnaam, mime_type, NULL AS inhoud, aangemaakt_op, gemeente_code, melding_id, beschikking_id
       FROM documenten
       WHERE (melding_id = $1 AND soort IN ('ontvangstbevestiging', 'verslag'))
          OR (beschikking_id = ANY ($2::uuid[]) AND soort = 'beschikking')
       ORDER BY aangemaakt_op`,
      [meldingId, beschikkingIds],
    );
    return rows;
  },

  async document(tx: Sql, id: string): Promise<DocumentRij | null> {
    const { rows } = await tx.query<DocumentRij>(
      `SELECT id, soort, bestandsnaam, mime_type, inhoud, aangemaakt_op, gemeente_code, melding_id, beschikking_id
       FROM documenten WHERE id = $1 AND soort IN ('ontvangstbevestiging', 'verslag', 'beschikking')`,
      [id],
    );
    return rows[0] ?? null;
  },

  /** Online meldingen for this person in the last minute (throttle), after taking the person's lock. */
  async recenteOnlineMeldingen(tx: Sql, persoonId: string): Promise<number> {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`portaal-melding:${persoonId}`]);
    const { rows } = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM meldingen
       WHERE persoon_id = $1 AND kanaal = 'online' AND aangemaakt_op > now() - interval '1 minute'`,
      [persoonId],
    );
    return rows[0]!.n;
  },

  async bewaarBijlage(
    tx: Sql,
    b: {
      gemeenteCode: string;
      meldingId: string;
      bestandsnaam: string;
      mimeType: string;
      inhoud: Buffer;
      sha256: string;
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO melding_bijlagen (gemeente_code, melding_id, bestandsnaam, mime_type, grootte, inhoud, sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [b.gemeenteCode, b.meldingId, b.bestandsnaam, b.mimeType, b.inhoud.length, b.inhoud, b.sha256],
    );
  },

  async onderzoekVanMelding(tx: Sql, onderzoekId: string): Promise<{ melding_id: string } | null> {
    const { rows } = await tx.query<{ melding_id: string }>(
      'SELECT melding_id FROM onderzoeken WHERE id = $1',
      [onderzoekId],
    );
    return rows[0] ?? null;
  },

  async contactgegevens(tx: Sql) {
    const { rows } = await tx.query<{
      id: string;
      versie: number;
      gemeente_code: string;
      telefoon: string | null;
      email: string | null;
      communicatiebehoeften: string | null;
    }>(
      `SELECT id, versie, gemeente_code, telefoon, email, communicatiebehoeften FROM personen
       WHERE id = ANY ((SELECT ot_inwoner_personen())::uuid[]) LIMIT 1`,
    );
    return rows[0] ?? null;
  },

  async berichten(tx: Sql, meldingId: string) {
    const { rows } = await tx.query<{
      id: string;
      van: 'inwoner' | 'medewerker';
      naam: string | null;
      tekst: string;
      verstuurd_op: Date;
      gelezen_op: Date | null;
    }>(
      `SELECT b.id, b.van, mw.naam, b.tekst, b.verstuurd_op, b.gelezen_op
       FROM portaal_berichten b LEFT JOIN medewerkers mw ON mw.id = b.medewerker_id
       WHERE b.melding_id = $1 ORDER BY b.verstuurd_op, b.id`,
      [meldingId],
    );
    return rows;
  },

  async stuurBericht(
    tx: Sql,
    b: {
      gemeenteCode: string;
      meldingId: string;
      van: 'inwoner' | 'medewerker';
      medewerkerId: string | null;
      tekst: string;
    },
  ): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO portaal_berichten (gemeente_code, melding_id, van, medewerker_id, tekst)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [b.gemeenteCode, b.meldingId, b.van, b.medewerkerId, b.tekst],
    );
    return rows[0]!.id;
  },

  /** The other side's messages are read now (the inwoner's view marks the medewerker's, and back). */
  async markeerGelezen(tx: Sql, meldingId: string, van: 'inwoner' | 'medewerker'): Promise<void> {
    await tx.query(
      'UPDATE portaal_berichten SET gelezen_op = now() WHERE melding_id = $1 AND van = $2 AND gelezen_op IS NULL',
      [meldingId, van],
    );
  },

  /** For the caseworker: the melding (gemeente, person) a message belongs to. */
  async meldingVoorBericht(tx: Sql, meldingId: string) {
    const { rows } = await tx.query<{ id: string; gemeente_code: string; persoon_id: string }>(
      'SELECT id, gemeente_code, persoon_id FROM meldingen WHERE id = $1',
      [meldingId],
    );
    return rows[0] ?? null;
  },

  async bijlagen(tx: Sql, meldingId: string) {
    const { rows } = await tx.query<{
      id: string;
      bestandsnaam: string;
      mime_type: string;
      grootte: number;
      aangemaakt_op: Date;
    }>(
      `SELECT id, bestandsnaam, mime_type, grootte, aangemaakt_op FROM melding_bijlagen
       WHERE melding_id = $1 ORDER BY aangemaakt_op, id`,
      [meldingId],
    );
    return rows;
  },

  async bijlage(tx: Sql, meldingId: string, id: string) {
    const { rows } = await tx.query<{
      id: string;
      bestandsnaam: string;
      mime_type: string;
      inhoud: Uint8Array;
      gemeente_code: string;
    }>(
      'SELECT id, bestandsnaam, mime_type, inhoud, gemeente_code FROM melding_bijlagen WHERE melding_id = $1 AND id = $2',
      [meldingId, id],
    );
    return rows[0] ?? null;
  },
};
