import type { Sql } from '../../platform/db/types.ts';

export interface BevragingInvoer {
  gemeenteCode: string;
  gebruikerId: string | null;
  soort: 'RaadpleegMetBurgerservicenummer' | 'ZoekMetPostcodeEnHuisnummer';
  bsns: string[];
  zoekvraag: Record<string, unknown> | null;
  velden: readonly string[];
  doel: string;
  verwerking: string;
  resultaat: 'gevonden' | 'niet-gevonden' | 'fout';
  aantal: number;
  httpStatus: number | null;
}

export interface SignaalRow {
  id: string;
  gemeente_code: string;
  persoon_id: string;
  persoon_naam: string;
  huishouden_id: string | null;
  contactpersoon_id: string | null;
  contactpersoon_naam: string | null;
  soort: 'verhuisd' | 'adres-gewijzigd' | 'overleden' | 'niet-in-brp';
  verschil: Record<string, { bijOns: string | null; inBrp: string | null }>;
  status: 'open' | 'afgehandeld';
  aangemaakt_op: Date;
}

/** A person of an open case, as the nightly check compares them with the BRP. */
export interface TeControlerenRow {
  id: string;
  gemeente_code: string;
  bsn: string;
  straat: string | null;
  huisnummer: number | null;
  huisnummertoevoeging: string | null;
  postcode: string | null;
  woonplaats: string | null;
  huishouden_id: string | null;
  contactpersoon_id: string | null;
}

const NAAM = "concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam)";

export const brpRepo = {
  async protocolleer(tx: Sql, b: BevragingInvoer): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO brp_bevragingen (gemeente_code, gebruiker_id, soort, bsns, zoekvraag, velden, doel, verwerking,
                                    resultaat, aantal, http_status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        b.gemeenteCode,
        b.gebruikerId,
        b.soort,
        b.bsns,
        b.zoekvraag ? JSON.stringify(b.zoekvraag) : null,
        [...b.velden],
        b.doel,
        b.verwerking,
        b.resultaat,
        b.aantal,
        b.httpStatus,
      ],
    );
    return rows[0]!.id;
  },

  /** Our own persons with these BSNs (to name them in the audit row and to say "al bekend"). */
  async personenMetBsn(tx: Sql, bsns: string[]): Promise<{ id: string; bsn: string }[]> {
    if (bsns.length === 0) return [];
    const { rows } = await tx.query<{ id: string; bsn: string }>(
      'SELECT id, bsn FROM personen WHERE bsn = ANY ($1)',
      [bsns],
    );
    return rows;
  },

  /** The wijk of a postcode in the gemeente's wijkindeling (postcodegebieden), if any. */
  async wijkVanPostcode(tx: Sql, gemeenteCode: string, postcode: string) {
    const { rows } = await tx.query<{ id: string; code: string; naam: string }>(
      `SELECT w.id, w.code, w.naam FROM postcodegebieden pg JOIN wijken w ON w.id = pg.wijk_id
       WHERE pg.gemeente_code = $1 AND $2 BETWEEN pg.postcode_van AND pg.postcode_tot
       ORDER BY pg.postcode_van DESC LIMIT 1`,
      [gemeenteCode, postcode],
    );
    return rows[0] ?? null;
  },

  /** Persons with a BSN in an open melding (nieuw, onderzoek, aanvraag) of the gemeente. */
  async teControleren(tx: Sql, gemeenteCode: string): Promise<TeControlerenRow[]> {
    const { rows } = await tx.query<TeControlerenRow>(
      `SELECT DISTINCT ON (p.id) p.id, p.gemeente_code, p.bsn, p.straat, p.huisnummer, p.huisnummertoevoeging,
              p.postcode, p.woonplaats, h.id AS huishouden_id, h.contactpersoon_id
       FROM meldingen m
       JOIN personen p ON p.id = m.persoon_id
       LEFT JOIN huishoudens h ON h.id = m.huishouden_id
       WHERE m.gemeente_code = $1 AND m.status IN ('nieuw', 'onderzoek', 'aanvraag') AND p.bsn IS NOT NULL
       ORDER BY p.id`,
      [gemeenteCode],
    );
    return rows;
  },

  async gemeenten(tx: Sql): Promise<string[]> {
    const { rows } = await tx.query<{ code: string }>('SELECT code FROM gemeenten ORDER BY code');
    return rows.map((r) => r.code);
  },

  /** A new open signal; an open one of the same kind for the person stays (no pile-up). */
  async signaleer(
    tx: Sql,
    s: {
      gemeenteCode: string;
      persoonId: string;
      huishoudenId: string | null;
      contactpersoonId: string | null;
      soort: SignaalRow['soort'];
      verschil: SignaalRow['verschil'];
    },
  ): Promise<string | null> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO brp_signalen (gemeente_code, persoon_id, huishouden_id, contactpersoon_id, soort, verschil)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (persoon_id, soort) WHERE status = 'open' DO NOTHING RETURNING id`,
      [s.gemeenteCode, s.persoonId, s.huishoudenId, s.contactpersoonId, s.soort, JSON.stringify(s.verschil)],
    );
    return rows[0]?.id ?? null;
  },

  async signalen(tx: Sql, f: { contactpersoonId: string | null; status: 'open' | 'afgehandeld' }) {
    const { rows } = await tx.query<SignaalRow>(
      `SELECT s.id, s.gemeente_code, s.persoon_id, ${NAAM} AS persoon_naam, s.huishouden_id, s.contactpersoon_id,
              mw.naam AS contactpersoon_naam, s.soort, s.verschil, s.status, s.aangemaakt_op
       FROM brp_signalen s
       JOIN personen p ON p.id = s.persoon_id
       LEFT JOIN medewerkers mw ON mw.id = s.contactpersoon_id
       WHERE s.status = $1 AND ($2::uuid IS NULL OR s.contactpersoon_id = $2)
       ORDER BY s.aangemaakt_op, s.id LIMIT 500`,
      [f.status, f.contactpersoonId],
    );
    return rows;
  },

  async handelAf(tx: Sql, id: string, medewerkerId: string, toelichting: string | null) {
    const { rows } = await tx.query<{ id: string; gemeente_code: string; persoon_id: string }>(
      `UPDATE brp_signalen SET status = 'afgehandeld', afgehandeld_op = now(), afgehandeld_door = $2, toelichting = $3
       WHERE id = $1 AND status = 'open' RETURNING id, gemeente_code, persoon_id`,
      [id, medewerkerId, toelichting],
    );
    return rows[0] ?? null;
  },
};
