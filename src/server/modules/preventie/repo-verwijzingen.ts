import type { Sql } from '../../platform/db/types.ts';

/** The melding (intake's table, read only) a verwijzing starts from. */
export interface MeldingBron {
  id: string;
  gemeente_code: string;
  soort: string;
  status: string;
  persoon_id: string;
  huishouden_id: string;
  wijk_id: string | null;
  ontvangstdatum: string;
  persoon_gemeente: string;
}

export interface VerwijzingRow {
  id: string;
  gemeente_code: string;
  partner_id: string;
  partner_naam: string;
  partner_telefoon: string | null;
  partner_email: string | null;
  partner_organisatie_id: string | null;
  dienst: string;
  melding_id: string;
  onderzoek_id: string | null;
  persoon_id: string;
  urgentie: 'normaal' | 'hoog';
  wijk_code: string | null;
  wijk_naam: string | null;
  toestemming_id: string | null;
  toegang_contact_naam: string;
  toegang_contact_email: string | null;
  status: 'nieuw' | 'geaccepteerd' | 'afgewezen' | 'afgerond' | 'ingetrokken';
  afwijzing_reden: string | null;
  behandelaar_naam: string | null;
  behandelaar_functie: string | null;
  behandelaar_telefoon: string | null;
  behandelaar_email: string | null;
  contact_gepland_op: string | null;
  uitkomst: 'opgelost' | 'lopend' | 'terug-naar-toegang' | 'niet-bereikt' | null;
  terugkoppeling: string | null;
  teruggekoppeld_op: Date | null;
  terug_melding_id: string | null;
  verwezen_op: Date;
  geaccepteerd_op: Date | null;
  versie: number;
  // verwijzing_inhoud and verwijzing_persoonsgegevens: NULL when row-level security hides them.
  reden: string | null;
  wens: string | null;
  pg_naam: string | null;
  pg_adres: string | null;
  pg_postcode: string | null;
  pg_woonplaats: string | null;
  pg_telefoon: string | null;
  pg_email: string | null;
  pg_taal: string | null;
  pg_communicatiebehoeften: string | null;
  // toestemmingen
  t_gegeven_door: 'inwoner' | 'wettelijk-vertegenwoordiger' | 'gemachtigde' | null;
  t_wijze: 'mondeling' | 'schriftelijk' | null;
  t_document: string | null;
  t_datum: string | null;
  t_geldig_tot: string | null;
  t_gegevens: string[] | null;
  t_vastgelegd_op: Date | null;
  t_ingetrokken_op: Date | null;
  t_intrekking_toelichting: string | null;
  t_geldig: boolean | null;
}

const VERWIJZING_SELECT = `
  SELECT v.id, v.gemeente_code, v.partner_id, p.naam AS partner_naam, p.telefoon AS partner_telefoon,
         p.email AS partner_email, p.organisatie_id AS partner_organisatie_id, v.dienst, v.melding_id,
         v.onderzoek_id, v.persoon_id, v.urgentie, w.code AS wijk_code, w.naam AS wijk_naam, v.toestemming_id,
         v.toegang_contact_naam, v.toegang_contact_email, v.status, v.afwijzing_reden,
         pm.naam AS behandelaar_naam, pm.functie AS behandelaar_functie, pm.telefoon AS behandelaar_telefoon,
         pm.email AS behandelaar_email, v.contact_gepland_op, v.uitkomst, v.terugkoppeling, v.teruggekoppeld_op,
         v.terug_melding_id, v.verwezen_op, v.geaccepteerd_op, v.versie,
         i.reden, i.wens,
         pg.naam AS pg_naam, pg.adres AS pg_adres, pg.postcode AS pg_postcode, pg.woonplaats AS pg_woonplaats,
         pg.telefoon AS pg_telefoon, pg.email AS pg_email, pg.taal AS pg_taal,
         pg.communicatiebehoeften AS pg_communicatiebehoeften,
         t.gegeven_door AS t_gegeven_door, t.wijze AS t_wijze, t.document AS t_document, t.datum AS t_datum,
         t.geldig_tot AS t_geldig_tot, t.gegevens AS t_gegevens, t.vastgelegd_op AS t_vastgelegd_op,
         t.ingetrokken_op AS t_ingetrokken_op, t.intrekking_toelichting AS t_intrekking_toelichting,
         (t.id IS NOT NULL AND t.ingetrokken_op IS NULL AND t.datum <= ot_vandaag()
           AND (t.geldig_tot IS NULL OR t.geldig_tot >= ot_vandaag())) AS t_geldig
  FROM verwijzingen v
  JOIN partners p ON p.id = v.partner_id
  LEFT JOIN wijken w ON w.id = v.wijk_id
  LEFT JOIN partner_medewerkers pm ON pm.id = v.behandelaar_id
  LEFT JOIN toestemmingen t ON t.id = v.toestemming_id
  LEFT JOIN verwijzing_inhoud i ON i.verwijzing_id = v.id
  LEFT JOIN verwijzing_persoonsgegevens pg ON pg.verwijzing_id = v.id`;

export interface NieuweToestemming {
  gemeenteCode: string;
  persoonId: string;
  partnerId: string;
  gegevenDoor: string;
  gegevens: readonly string[];
  wijze: string;
  document: string | null;
  datum: string;
  geldigTot: string | null;
  vastgelegdDoor: string;
}

export interface NieuweVerwijzing {
  gemeenteCode: string;
  partnerId: string;
  dienst: string;
  meldingId: string;
  onderzoekId: string | null;
  persoonId: string;
  huishoudenId: string;
  wijkId: string | null;
  urgentie: string;
  toestemmingId: string | null;
  toegangContactNaam: string;
  toegangContactEmail: string | null;
  verwezenDoor: string;
}

export const verwijzingenRepo = {
  async melding(tx: Sql, id: string): Promise<MeldingBron | null> {
    const { rows } = await tx.query<MeldingBron>(
      `SELECT m.id, m.gemeente_code, m.soort, m.status, m.persoon_id, m.huishouden_id, m.wijk_id,
              m.ontvangstdatum, pe.gemeente_code AS persoon_gemeente
       FROM meldingen m JOIN personen pe ON pe.id = m.persoon_id
       WHERE m.id = $1 FOR UPDATE OF m`,
      [id],
    );
    return rows[0] ?? null;
  },

  async onderzoek(tx: Sql, id: string): Promise<{ melding_id: string; status: string } | null> {
    const { rows } = await tx.query<{ melding_id: string; status: string }>(
      'SELECT melding_id, status FROM onderzoeken WHERE id = $1',
      [id],
    );
    return rows[0] ?? null;
  },

  /** Whether the partner (visible to the caller) offers the service and works for the gemeente. */
  async partnerGeschiktheid(
    tx: Sql,
    partnerId: string,
    dienst: string,
    gemeenteCode: string,
  ): Promise<{ bestaat: boolean; biedtDienst: boolean; werktIn: boolean; organisatieId: string | null }> {
    const { rows } = await tx.query<{ biedt: boolean; werkt: boolean; organisatie_id: string | null }>(
      `SELECT EXISTS (SELECT 1 FROM partner_diensten d WHERE d.partner_id = p.id AND d.dienst = $2) AS biedt,
              EXISTS (SELECT 1 FROM partner_gemeenten g WHERE g.partner_id = p.id AND g.gemeente_code = $3) AS werkt,
              p.organisatie_id
       FROM partners p WHERE p.id = $1 AND p.actief`,
      [partnerId, dienst, gemeenteCode],
    );
    const r = rows[0];
    return {
      bestaat: !!r,
      biedtDienst: r?.biedt ?? false,
      werktIn: r?.werkt ?? false,
      organisatieId: r?.organisatie_id ?? null,
    };
  },

  /** The household's contactpersoon, else the referring medewerker: toegang's side of the handover. */
  async toegangContact(
    tx: Sql,
    huishoudenId: string,
    verwijzerId: string,
  ): Promise<{ naam: string; email: string | null }> {
    const { rows } = await tx.query<{ naam: string; email: string | null }>(
      `SELECT m.naam, m.email FROM medewerkers m
       WHERE m.id = coalesce((SELECT contactpersoon_id FROM huishoudens WHERE id = $1), $2)`,
      [huishoudenId, verwijzerId],
    );
    return rows[0] ?? { naam: 'Toegang', email: null };
  },

  async voegToestemmingToe(tx: Sql, t: NieuweToestemming): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO toestemmingen (gemeente_code, persoon_id, partner_id, gegeven_door, gegevens, wijze, document,
         datum, geldig_tot, vastgelegd_door)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        t.gemeenteCode,
        t.persoonId,
        t.partnerId,
        t.gegevenDoor,
        t.gegevens,
        t.wijze,
        t.document,
        t.datum,
        t.geldigTot,
        t.vastgelegdDoor,
      ],
    );
    return rows[0]!.id;
  },

  async voegToe(
    tx: Sql,
    v: NieuweVerwijzing,
    inhoud: { reden: string; wens: string | null },
  ): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO verwijzingen (gemeente_code, partner_id, dienst, melding_id, onderzoek_id, persoon_id, huishouden_id,
         wijk_id, urgentie, toestemming_id, toegang_contact_naam, toegang_contact_email, verwezen_door)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        v.gemeenteCode,
        v.partnerId,
        v.dienst,
        v.meldingId,
        v.onderzoekId,
        v.persoonId,
        v.huishoudenId,
        v.wijkId,
        v.urgentie,
        v.toestemmingId,
        v.toegangContactNaam,
        v.toegangContactEmail,
        v.verwezenDoor,
      ],
    );
    const id = rows[0]!.id;
    await tx.query(
      'INSERT INTO verwijzing_inhoud (verwijzing_id, gemeente_code, reden, wens) VALUES ($1, $2, $3, $4)',
      [id, v.gemeenteCode, inhoud.reden, inhoud.wens],
    );
    return id;
  },

  /** A copy of the contact data for the partner: only made when the consent covers it. */
  async kopieerContactgegevens(tx: Sql, verwijzingId: string, persoonId: string): Promise<void> {
    await tx.query(
      `INSERT INTO verwijzing_persoonsgegevens (verwijzing_id, gemeente_code, naam, adres, postcode, woonplaats,
         telefoon, email, taal, communicatiebehoeften)
       SELECT $1, p.gemeente_code, concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam),
              CASE WHEN p.straat IS NULL THEN NULL
                   ELSE concat(p.straat, ' ', p.huisnummer, coalesce(' ' || p.huisnummertoevoeging, '')) END,
              p.postcode, p.woonplaats, p.telefoon, p.email, p.taal, p.communicatiebehoeften
       FROM personen p WHERE p.id = $2`,
      [verwijzingId, persoonId],
    );
  },

  async get(tx: Sql, id: string, forUpdate = false): Promise<VerwijzingRow | null> {
    const { rows } = await tx.query<VerwijzingRow>(
      `${VERWIJZING_SELECT} WHERE v.id = $1${forUpdate ? ' FOR UPDATE OF v' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  },

  /**
   * Row-level security narrows the rows: a partner only ever finds its own organisation's. One page
   * (newest first); `voor` is the keyset cursor: the id of the last row of the page before.
   */
  async lijst(
    tx: Sql,
    f: {
      partnerId?: string | null;
      status?: string | null;
      meldingId?: string | null;
      pageSize: number;
      voor?: string | null;
    },
  ): Promise<VerwijzingRow[]> {
    // Only the conditions that apply, so that the statement's plan is the inbox index
    // (partner_id, status, verwezen_op) read in order and stopped after one page. With
    // "$1 IS NULL OR partner_id = $1" a prepared statement's generic plan cannot use the index: at
    // national size every request then read and sorted all of the status's rows (bench, issue 16).
    const params: unknown[] = [];
    const where: string[] = [];
    const voeg = (sql: string, waarde: unknown) => {
      params.push(waarde);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (f.partnerId) voeg('v.partner_id = ?::uuid', f.partnerId);
    if (f.status) voeg('v.status = ?', f.status);
    if (f.meldingId) voeg('v.melding_id = ?::uuid', f.meldingId);
    if (f.voor)
      voeg(
        '(v.verwezen_op, v.id) < (SELECT c.verwezen_op, c.id FROM verwijzingen c WHERE c.id = ?::uuid)',
        f.voor,
      );
    params.push(f.pageSize);
    const { rows } = await tx.query<VerwijzingRow>(
      `${VERWIJZING_SELECT}
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY v.verwezen_op DESC, v.id DESC LIMIT $${params.length}`,
      params,
    );
    return rows;
  },

  async accepteer(tx: Sql, id: string, contactGeplandOp: string | null): Promise<void> {
    await tx.query(
      `UPDATE verwijzingen SET status = 'geaccepteerd', geaccepteerd_op = now(), behandelaar_id = ot_partner_medewerker(),
         contact_gepland_op = coalesce($2::date, contact_gepland_op), versie = versie + 1, gewijzigd_op = now()
       WHERE id = $1`,
      [id, contactGeplandOp],
    );
  },

  async wijsAf(tx: Sql, id: string, reden: string): Promise<void> {
    await tx.query(
      `UPDATE verwijzingen SET status = 'afgewezen', afwijzing_reden = $2, behandelaar_id = ot_partner_medewerker(),
         afgesloten_op = now(), versie = versie + 1, gewijzigd_op = now()
       WHERE id = $1`,
      [id, reden],
    );
  },

  async planContact(tx: Sql, id: string, op: string): Promise<void> {
    await tx.query(
      'UPDATE verwijzingen SET contact_gepland_op = $2, versie = versie + 1, gewijzigd_op = now() WHERE id = $1',
      [id, op],
    );
  },

  /**
   * The partner's terugkoppeling; 'lopend' keeps the referral open. The consequences in toegang's
   * tables (the ladder, a signaal back) are applied by ot_verwerk_terugkoppeling (migration 018).
   */
  async koppelTerug(tx: Sql, id: string, uitkomst: string, toelichting: string): Promise<string | null> {
    await tx.query(
      `UPDATE verwijzingen SET uitkomst = $2, terugkoppeling = $3, teruggekoppeld_op = now(),
         status = CASE WHEN $2 = 'lopend' THEN 'geaccepteerd' ELSE 'afgerond' END,
         afgesloten_op = CASE WHEN $2 = 'lopend' THEN NULL ELSE now() END,
         behandelaar_id = coalesce(behandelaar_id, ot_partner_medewerker()),
         versie = versie + 1, gewijzigd_op = now()
       WHERE id = $1`,
      [id, uitkomst, toelichting],
    );
    const { rows } = await tx.query<{ signaal: string | null }>(
      'SELECT ot_verwerk_terugkoppeling($1) AS signaal',
      [id],
    );
    return rows[0]?.signaal ?? null;
  },

  async toestemming(
    tx: Sql,
    id: string,
  ): Promise<{ id: string; gemeente_code: string; persoon_id: string; ingetrokken_op: Date | null } | null> {
    const { rows } = await tx.query<{
      id: string;
      gemeente_code: string;
      persoon_id: string;
      ingetrokken_op: Date | null;
    }>('SELECT id, gemeente_code, persoon_id, ingetrokken_op FROM toestemmingen WHERE id = $1 FOR UPDATE', [
      id,
    ]);
    return rows[0] ?? null;
  },

  /** Withdrawal: the consent ends now, and the open referrals it carried end with it. */
  async trekIn(tx: Sql, id: string, door: string, toelichting: string | null): Promise<string[]> {
    await tx.query(
      `UPDATE toestemmingen SET ingetrokken_op = now(), ingetrokken_door = $2, intrekking_toelichting = $3,
         versie = versie + 1
       WHERE id = $1`,
      [id, door, toelichting],
    );
    const { rows } = await tx.query<{ id: string }>(
      `UPDATE verwijzingen SET status = 'ingetrokken', afgesloten_op = now(), versie = versie + 1, gewijzigd_op = now()
       WHERE toestemming_id = $1 AND status IN ('nieuw', 'geaccepteerd') RETURNING id`,
      [id],
    );
    return rows.map((r) => r.id);
  },

  async voegNotitieToe(tx: Sql, verwijzingId: string, partnerId: string, tekst: string): Promise<void> {
    await tx.query(
      `INSERT INTO verwijzing_notities (verwijzing_id, partner_id, tekst, door)
       VALUES ($1, $2, $3, ot_partner_medewerker())`,
      [verwijzingId, partnerId, tekst],
    );
  },

  async notities(tx: Sql, verwijzingId: string) {
    const { rows } = await tx.query<{ id: string; tekst: string; door: string; op: Date }>(
      `SELECT n.id, n.tekst, pm.naam AS door, n.op FROM verwijzing_notities n
       JOIN partner_medewerkers pm ON pm.id = n.door
       WHERE n.verwijzing_id = $1 ORDER BY n.op`,
      [verwijzingId],
    );
    return rows;
  },
};
