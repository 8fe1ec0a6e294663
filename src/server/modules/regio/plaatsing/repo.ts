import type { Sql } from '../../../platform/db/types.ts';

const NAAM = (p: string) => `concat_ws(' ', ${p}.voornamen, ${p}.tussenvoegsel, ${p}.achternaam)`;

export interface AanmeldingRij {
  id: string;
  gemeente_code: string;
  persoon_id: string;
  persoon_naam: string;
  geboortedatum: string;
  soort: 'beschermd-wonen' | 'opvang';
  herkomst_gemeente_code: string | null;
  herkomst_naam: string | null;
  herkomst_woonplaats: string | null;
  aangemeld_door: string;
  aanmelder: string | null;
  urgentie: 'crisis' | 'hoog' | 'regulier';
  toelichting: string | null;
  aanmeldingsdatum: string;
  status: 'aangemeld' | 'wachtlijst' | 'geplaatst' | 'uitgestroomd' | 'afgewezen';
  wachtlijst_sinds: string | null;
  voorkeur_locatie_id: string | null;
  voorkeur_locatie_naam: string | null;
  contactpersoon: string | null;
  versie: number;
}

const AANMELDING = `SELECT a.id, a.gemeente_code, a.persoon_id, ${NAAM('p')} AS persoon_naam, p.geboortedatum::text,
    a.soort, a.herkomst_gemeente_code, hg.naam AS herkomst_naam, a.herkomst_woonplaats, a.aangemeld_door, a.aanmelder,
    a.urgentie, a.toelichting, a.aanmeldingsdatum::text, a.status, a.wachtlijst_sinds::text, a.voorkeur_locatie_id,
    l.naam AS voorkeur_locatie_naam, m.naam AS contactpersoon, a.versie
  FROM bw_aanmeldingen a
  JOIN personen p ON p.id = a.persoon_id
  LEFT JOIN gemeenten hg ON hg.code = a.herkomst_gemeente_code
  LEFT JOIN bw_locaties l ON l.id = a.voorkeur_locatie_id
  LEFT JOIN medewerkers m ON m.id = a.contactpersoon_id`;

export interface LocatieRij {
  id: string;
  naam: string;
  soort: 'beschermd-wonen' | 'opvang';
  aanbieder: string;
  gemeente_code: string;
  gemeente_naam: string;
  plaatsen: number;
  bezet: number;
  wachtend: number;
  tarief: string;
}

export interface PlaatsingRij {
  id: string;
  aanmelding_id: string;
  persoon_id: string;
  persoon_naam: string;
  locatie_id: string;
  locatie_naam: string;
  van: string;
  tot: string | null;
  doorstroom_datum: string | null;
  vervolg_gemeente_code: string | null;
  vervolg_gemeente_naam: string | null;
  vervolg_voorziening: string | null;
  versie: number;
  gemeente_code: string;
}

const PLAATSING = `SELECT pl.id, pl.aanmelding_id, a.persoon_id, ${NAAM('p')} AS persoon_naam, pl.locatie_id, l.naam AS locatie_naam,
    pl.van::text, pl.tot::text, pl.doorstroom_datum::text, pl.vervolg_gemeente_code, vg.naam AS vervolg_gemeente_naam,
    pl.vervolg_voorziening, pl.versie, pl.gemeente_code
  FROM bw_plaatsingen pl
  JOIN bw_aanmeldingen a ON a.id = pl.aanmelding_id
  JOIN personen p ON p.id = a.persoon_id
  JOIN bw_locaties l ON l.id = pl.locatie_id
  LEFT JOIN gemeenten vg ON vg.code = pl.vervolg_gemeente_code`;

export const plaatsingRepo = {
  async teamGemeente(tx: Sql, teamId: string): Promise<string | null> {
    const { rows } = await tx.query<{ gemeente_code: string }>(
      'SELECT gemeente_code FROM teams WHERE id = $1',
      [teamId],
    );
    return rows[0]?.gemeente_code ?? null;
  },

  async gemeenten(tx: Sql): Promise<Map<string, string>> {
    const { rows } = await tx.query<{ code: string; naam: string }>('SELECT code, naam FROM gemeenten');
    return new Map(rows.map((r) => [r.code, r.naam]));
  },

  async voegAanmeldingToe(
    tx: Sql,
    a: {
      gemeenteCode: string;
      persoonId: string;
      soort: string;
      herkomstGemeenteCode: string | null;
      herkomstWoonplaats: string | null;
      aangemeldDoor: string;
      aanmelder: string | null;
      urgentie: string;
      toelichting: string | null;
      aanmeldingsdatum: string;
      contactpersoonId: string;
    },
  ): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO bw_aanmeldingen (gemeente_code, persoon_id, soort, herkomst_gemeente_code, herkomst_woonplaats,
         aangemeld_door, aanmelder, urgentie, toelichting, aanmeldingsdatum, contactpersoon_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        a.gemeenteCode,
        a.persoonId,
        a.soort,
        a.herkomstGemeenteCode,
        a.herkomstWoonplaats,
        a.aangemeldDoor,
        a.aanmelder,
        a.urgentie,
        a.toelichting,
        a.aanmeldingsdatum,
        a.contactpersoonId,
      ],
    );
    return rows[0]!.id;
  },

  async aanmelding(tx: Sql, id: string, opSlot = false): Promise<AanmeldingRij | null> {
    if (opSlot) await tx.query('SELECT 1 FROM bw_aanmeldingen WHERE id = $1 FOR UPDATE', [id]);
    const { rows } = await tx.query<AanmeldingRij>(`${AANMELDING} WHERE a.id = $1`, [id]);
    return rows[0] ?? null;
  },

  async aanmeldingen(tx: Sql, status: string | null): Promise<AanmeldingRij[]> {
    const { rows } = await tx.query<AanmeldingRij>(
      `${AANMELDING} WHERE ($1::text IS NULL OR a.status = $1) ORDER BY a.aanmeldingsdatum DESC, a.id LIMIT 500`,
      [status],
    );
    return rows;
  },

  async wachtenden(
    tx: Sql,
    filter: { soort: string | null; locatie: string | null },
  ): Promise<AanmeldingRij[]> {
    const { rows } = await tx.query<AanmeldingRij>(
      `${AANMELDING} WHERE a.status = 'wachtlijst' AND ($1::text IS NULL OR a.soort = $1)
         AND ($2::uuid IS NULL OR a.voorkeur_locatie_id = $2) LIMIT 2000`,
      [filter.soort, filter.locatie],
    );
    return rows;
  },

  /** Only the given version changes: false when someone else changed it first (versieconflict). */
  async zetStatus(
    tx: Sql,
    id: string,
    versie: number,
    w: {
      status: string;
      urgentie?: string;
      wachtlijstSinds?: string | null;
      voorkeurLocatieId?: string | null;
      afwijzingsgrond?: string | null;
    },
  ): Promise<boolean> {
    const { rowCount } = await tx.query(
      `UPDATE bw_aanmeldingen SET status = $3, urgentie = coalesce($4, urgentie),
         wachtlijst_sinds = CASE WHEN $5::boolean THEN $6::date ELSE wachtlijst_sinds END,
         voorkeur_locatie_id = CASE WHEN $7::boolean THEN $8::uuid ELSE voorkeur_locatie_id END,
         afwijzingsgrond = coalesce($9, afwijzingsgrond), versie = versie + 1, gewijzigd_op = now()
       WHERE id = $1 AND versie = $2`,
      [
        id,
        versie,
        w.status,
        w.urgentie ?? null,
        w.wachtlijstSinds !== undefined,
        w.wachtlijstSinds ?? null,
        w.voorkeurLocatieId !== undefined,
        w.voorkeurLocatieId ?? null,
        w.afwijzingsgrond ?? null,
      ],
    );
    return (rowCount ?? 0) === 1;
  },

  /**
   * The locations with occupancy on `peildatum`. With `opSlot` the location row is locked first, so
   * two placements at the same moment cannot both take the last place.
   */
  async locaties(
    tx: Sql,
    peildatum: string,
    id: string | null = null,
    opSlot = false,
  ): Promise<LocatieRij[]> {
    if (opSlot && id) await tx.query('SELECT 1 FROM bw_locaties WHERE id = $1 FOR UPDATE', [id]);
    const { rows } = await tx.query<LocatieRij>(
      `SELECT l.id, l.naam, l.soort, o.naam AS aanbieder, l.gemeente_code, g.naam AS gemeente_naam, l.plaatsen,
              (SELECT count(*)::int FROM bw_plaatsingen pl
                WHERE pl.locatie_id = l.id AND pl.van <= $1 AND (pl.tot IS NULL OR pl.tot >= $1)) AS bezet,
              (SELECT count(*)::int FROM bw_aanmeldingen a
                WHERE a.voorkeur_locatie_id = l.id AND a.status = 'wachtlijst') AS wachtend,
              l.tarief::text
         FROM bw_locaties l JOIN organisaties o ON o.id = l.aanbieder_id JOIN gemeenten g ON g.code = l.gemeente_code
        WHERE $2::uuid IS NULL OR l.id = $2
        ORDER BY l.soort, l.naam`,
      [peildatum, id],
    );
    return rows;
  },

  async voegPlaatsingToe(
    tx: Sql,
    p: { gemeenteCode: string; aanmeldingId: string; locatieId: string; van: string },
  ): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      'INSERT INTO bw_plaatsingen (gemeente_code, aanmelding_id, locatie_id, van) VALUES ($1, $2, $3, $4) RETURNING id',
      [p.gemeenteCode, p.aanmeldingId, p.locatieId, p.van],
    );
    return rows[0]!.id;
  },

  async plaatsing(tx: Sql, id: string): Promise<PlaatsingRij | null> {
    const { rows } = await tx.query<PlaatsingRij>(`${PLAATSING} WHERE pl.id = $1`, [id]);
    return rows[0] ?? null;
  },

  async bewoners(tx: Sql, locatieId: string, peildatum: string): Promise<PlaatsingRij[]> {
    const { rows } = await tx.query<PlaatsingRij>(
      `${PLAATSING} WHERE pl.locatie_id = $1 AND pl.van <= $2 AND (pl.tot IS NULL OR pl.tot >= $2) ORDER BY pl.van, pl.id`,
      [locatieId, peildatum],
    );
    return rows;
  },

  async planDoorstroom(
    tx: Sql,
    id: string,
    versie: number,
    d: { doorstroomDatum: string; vervolgGemeenteCode: string; vervolgVoorziening: string },
  ): Promise<boolean> {
    const { rowCount } = await tx.query(
      `UPDATE bw_plaatsingen SET doorstroom_datum = $3, vervolg_gemeente_code = $4, vervolg_voorziening = $5,
         versie = versie + 1 WHERE id = $1 AND versie = $2`,
      [id, versie, d.doorstroomDatum, d.vervolgGemeenteCode, d.vervolgVoorziening],
    );
    return (rowCount ?? 0) === 1;
  },

  async voegOverdrachtToe(
    tx: Sql,
    o: {
      gemeenteCode: string;
      aanmeldingId: string;
      plaatsingId: string;
      geplandeDatum: string;
      vervolgVoorziening: string;
      contactpersoonId: string | null;
      contactpersoonNaam: string | null;
      persoonId: string;
      inwonerNaam: string;
      inwonerGeboortedatum: string;
    },
  ): Promise<string> {
    // One open handover per placement: a new plan replaces the date and provision of the open one.
    const { rows } = await tx.query<{ id: string }>(
      `UPDATE bw_overdrachten SET gemeente_code = $1, geplande_datum = $3, vervolg_voorziening = $4
        WHERE plaatsing_id = $2 AND status = 'open' RETURNING id`,
      [o.gemeenteCode, o.plaatsingId, o.geplandeDatum, o.vervolgVoorziening],
    );
    if (rows[0]) return rows[0].id;
    const ins = await tx.query<{ id: string }>(
      `INSERT INTO bw_overdrachten (gemeente_code, aanmelding_id, plaatsing_id, geplande_datum, vervolg_voorziening,
         contactpersoon_id, contactpersoon_naam, inwoner_naam, inwoner_geboortedatum, persoon_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        o.gemeenteCode,
        o.aanmeldingId,
        o.plaatsingId,
        o.geplandeDatum,
        o.vervolgVoorziening,
        o.contactpersoonId,
        o.contactpersoonNaam,
        o.inwonerNaam,
        o.inwonerGeboortedatum,
        o.persoonId,
      ],
    );
    return ins.rows[0]!.id;
  },

  /** The handovers to the caller's gemeenten; the person's name only where the caller may see the person. */
  async overdrachten(tx: Sql) {
    const { rows } = await tx.query<{
      id: string;
      persoon_id: string;
      zichtbaar: boolean;
      persoon_naam: string;
      geboortedatum: string;
      gemeente_code: string;
      gemeente_naam: string;
      geplande_datum: string;
      vervolg_voorziening: string;
      contactpersoon: string | null;
      status: 'open' | 'opgepakt';
    }>(
      `SELECT o.id, o.persoon_id, p.id IS NOT NULL AS zichtbaar, CASE WHEN p.id IS NULL THEN o.inwoner_naam ELSE ${NAAM('p')} END AS persoon_naam,
              o.inwoner_geboortedatum::text AS geboortedatum, o.gemeente_code, g.naam AS gemeente_naam,
              o.geplande_datum::text, o.vervolg_voorziening, coalesce(m.naam, o.contactpersoon_naam) AS contactpersoon, o.status
         FROM bw_overdrachten o
         JOIN gemeenten g ON g.code = o.gemeente_code
         LEFT JOIN personen p ON p.id = o.persoon_id
         LEFT JOIN medewerkers m ON m.id = o.contactpersoon_id
        ORDER BY o.status, o.geplande_datum, o.id LIMIT 500`,
    );
    return rows;
  },

  async voegVerhuizingToe(
    tx: Sql,
    v: {
      gemeenteCode: string;
      aanmeldingId: string;
      datum: string;
      naar: string | null;
      naarInstelling: boolean;
    },
  ): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO bw_verhuizingen (gemeente_code, aanmelding_id, datum, naar_gemeente_code, naar_instelling)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [v.gemeenteCode, v.aanmeldingId, v.datum, v.naar, v.naarInstelling],
    );
    return rows[0]!.id;
  },

  async verhuizingen(tx: Sql, aanmeldingIds: string[]) {
    if (aanmeldingIds.length === 0) return [];
    const { rows } = await tx.query<{
      aanmelding_id: string;
      datum: string;
      naar_gemeente_code: string | null;
      naar_instelling: boolean;
    }>(
      `SELECT aanmelding_id, datum::text, naar_gemeente_code, naar_instelling FROM bw_verhuizingen
        WHERE aanmelding_id = ANY ($1::uuid[]) ORDER BY datum`,
      [aanmeldingIds],
    );
    return rows;
  },
};
