import type { Sql } from '../../platform/db/types.ts';
import { toColumns, updateVersioned } from '../../platform/db/versioned.ts';
import type { AdresPersoon } from '../../platform/documents/adres.ts';

export const NAAM_SQL = (p: string) => `concat_ws(' ', ${p}.voornamen, ${p}.tussenvoegsel, ${p}.achternaam)`;
const ADRES_SQL = (p: string) =>
  `CASE WHEN ${p}.postcode IS NULL THEN NULL ELSE concat(${p}.straat, ' ', ${p}.huisnummer, coalesce(' ' || ${p}.huisnummertoevoeging, ''), ', ', substr(${p}.postcode, 1, 4), ' ', substr(${p}.postcode, 5), ' ', ${p}.woonplaats) END`;

export interface PersoonRow {
  id: string;
  gemeente_code: string;
  bsn: string | null;
  voornamen: string | null;
  tussenvoegsel: string | null;
  achternaam: string;
  naam: string;
  geboortedatum: string;
  geslacht: 'man' | 'vrouw' | 'anders' | 'onbekend';
  straat: string | null;
  huisnummer: number | null;
  huisnummertoevoeging: string | null;
  postcode: string | null;
  woonplaats: string | null;
  wijk_id: string | null;
  wijk_code: string | null;
  wijk_naam: string | null;
  telefoon: string | null;
  email: string | null;
  taal: string | null;
  communicatiebehoeften: string | null;
  /** Where name, birth date and address came from: the BRP or typed by hand. */
  bron: 'brp' | 'handmatig';
  huishouden_id: string | null;
  versie: number;
}

const PERSOON = `p.*, ${NAAM_SQL('p')} AS naam, w.code AS wijk_code, w.naam AS wijk_naam,
  (SELECT l.huishouden_id FROM huishouden_leden l WHERE l.persoon_id = p.id AND l.tot IS NULL) AS huishouden_id`;

export interface PersoonSamenvattingRow {
  id: string;
  gemeenteCode: string;
  bsn: string | null;
  naam: string;
  geboortedatum: string;
  adres: string | null;
  wijk: { code: string; naam: string } | null;
  huishoudenId: string | null;
  openMeldingen: number;
}

export interface PersoonKolommen {
  gemeenteCode: string;
  bsn?: string | null;
  voornamen?: string | null;
  tussenvoegsel?: string | null;
  achternaam: string;
  geboortedatum: string;
  geslacht: string;
  straat?: string | null;
  huisnummer?: number | null;
  huisnummertoevoeging?: string | null;
  postcode?: string | null;
  woonplaats?: string | null;
  wijkId?: string | null;
  telefoon?: string | null;
  email?: string | null;
  taal?: string | null;
  communicatiebehoeften?: string | null;
  bron?: 'brp' | 'handmatig';
}

export const personenRepo = {
  /** Whether the gemeente maintains a postcode → wijk table (then every address must be in it). */
  async heeftPostcodetabel(tx: Sql, gemeenteCode: string): Promise<boolean> {
    const { rows } = await tx.query('SELECT 1 FROM postcodegebieden WHERE gemeente_code = $1 LIMIT 1', [
      gemeenteCode,
    ]);
    return rows.length > 0;
  },

  async get(tx: Sql, id: string): Promise<PersoonRow | null> {
    const { rows } = await tx.query<PersoonRow>(
      `SELECT ${PERSOON} FROM personen p LEFT JOIN wijken w ON w.id = p.wijk_id WHERE p.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  },

  /**
   * The person with this BSN in the gemeente, whether or not the caller may read them: a BSN is unique
   * per gemeente, so a duplicate check or a regional aanmelding must find a person that the
   * relationship or regional rule hides (migration 043). Only the id, as the KCC's exact search.
   */
  async idBijBsn(tx: Sql, gemeenteCode: string, bsn: string): Promise<{ id: string } | null> {
    const { rows } = await tx.query<{ id: string | null }>('SELECT ot_persoon_bij_bsn($1, $2) AS id', [
      gemeenteCode,
      bsn,
    ]);
    return rows[0]?.id ? { id: rows[0].id } : null;
  },

  async byBsn(tx: Sql, gemeenteCode: string, bsn: string): Promise<{ id: string } | null> {
    const { rows } = await tx.query<{ id: string }>(
      'SELECT id FROM personen WHERE gemeente_code = $1 AND bsn = $2',
      [gemeenteCode, bsn],
    );
    return rows[0] ?? null;
  },

  /**
   * Search: 9 digits → BSN (exact, never by prefix, so BSNs cannot be enumerated); a postcode
   * with optional house number → address; otherwise a prefix of the surname (optionally with a
   * birth date). Every branch uses an index (see migrations/002_intake.sql).
   */
  async zoek(
    tx: Sql,
    zoek: string,
    geboortedatum: string | undefined,
    gemeente: string | null,
    gemeenten: readonly string[] = gemeente ? [gemeente] : [],
  ): Promise<PersoonSamenvattingRow[]> {
    const q = zoek.trim();
    const select = `SELECT p.id, p.gemeente_code AS "gemeenteCode", p.bsn, ${NAAM_SQL('p')} AS naam, p.geboortedatum,
        ${ADRES_SQL('p')} AS adres,
        CASE WHEN w.id IS NULL THEN NULL ELSE json_build_object('code', w.code, 'naam', w.naam) END AS wijk,
        (SELECT l.huishouden_id FROM huishouden_leden l WHERE l.persoon_id = p.id AND l.tot IS NULL) AS "huishoudenId",
        (SELECT count(*) FROM meldingen m WHERE m.persoon_id = p.id AND m.status IN ('nieuw', 'onderzoek'))::int AS "openMeldingen"
      FROM personen p LEFT JOIN wijken w ON w.id = p.wijk_id`;
    const bsn = q.replace(/[\s.-]/g, '');
    if (/^\d{9}$/.test(bsn)) {
      // The caller's gemeenten spelled out: the BSN index starts with gemeente_code, and the row-level
      // security alone (an OR of the staff and resident policies) cannot become its index condition —
      // at national size a BSN search then read the whole index (260 ms instead of < 1 ms).
      return (
        await tx.query<PersoonSamenvattingRow>(
          `${select} WHERE p.bsn = $1 AND p.gemeente_code = ANY ($2::text[]) LIMIT 20`,
          [bsn, gemeenten],
        )
      ).rows;
    }
    const adres = /^([1-9]\d{3})\s?([a-zA-Z]{2})(?:\s+(\d{1,5}))?$/.exec(q);
    if (adres) {
      const postcode = `${adres[1]}${adres[2]!.toUpperCase()}`;
      return (
        await tx.query<PersoonSamenvattingRow>(
          `${select} WHERE p.postcode = $1 AND ($2::int IS NULL OR p.huisnummer = $2) ORDER BY p.huisnummer, p.achternaam LIMIT 20`,
          [postcode, adres[3] ? Number(adres[3]) : null],
        )
      ).rows;
    }
    const prefix = q.toLowerCase();
    // Only leakproof conditions can become index conditions under row-level security (migrations/011):
    // the prefix is a range on achternaam_zoek (every name with the prefix sorts below prefix +
    // U+10FFFF, bytewise like the index), the birth date an equality. With the caller's only gemeente
    // (enigeGemeente) and the index's own order (USING ~<~) PostgreSQL reads the names in order and
    // stops after one page instead of fetching and sorting every match.
    const params: unknown[] = [prefix, `${prefix}\u{10FFFF}`];
    const where = ['p.achternaam_zoek ~>=~ $1', 'p.achternaam_zoek ~<~ $2'];
    if (gemeente) {
      params.push(gemeente);
      where.push(`p.gemeente_code = $${params.length}`);
    }
    if (geboortedatum) {
      params.push(geboortedatum);
      where.push(`p.geboortedatum = $${params.length}`);
    }
    return (
      await tx.query<PersoonSamenvattingRow>(
        `${select} WHERE ${where.join(' AND ')}
         ORDER BY p.achternaam_zoek USING ~<~, p.geboortedatum, p.id LIMIT 20`,
        params,
      )
    ).rows;
  },

  async insert(tx: Sql, p: PersoonKolommen): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO personen (gemeente_code, bsn, voornamen, tussenvoegsel, achternaam, geboortedatum, geslacht, straat,
         huisnummer, huisnummertoevoeging, postcode, woonplaats, wijk_id, telefoon, email, taal, communicatiebehoeften,
         bron)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id`,
      [
        p.gemeenteCode,
        p.bsn ?? null,
        p.voornamen ?? null,
        p.tussenvoegsel ?? null,
        p.achternaam,
        p.geboortedatum,
        p.geslacht,
        p.straat ?? null,
        p.huisnummer ?? null,
        p.huisnummertoevoeging ?? null,
        p.postcode ?? null,
        p.woonplaats ?? null,
        p.wijkId ?? null,
        p.telefoon ?? null,
        p.email ?? null,
        p.taal ?? null,
        p.communicatiebehoeften ?? null,
        p.bron ?? 'handmatig',
      ],
    );
    return rows[0]!.id;
  },

  update(tx: Sql, id: string, versie: number, patch: Record<string, unknown>) {
    return updateVersioned<{ id: string }>(tx, {
      table: 'personen',
      id,
      versie,
      set: toColumns(patch, {
        bsn: 'bsn',
        voornamen: 'voornamen',
        tussenvoegsel: 'tussenvoegsel',
        achternaam: 'achternaam',
        geboortedatum: 'geboortedatum',
        geslacht: 'geslacht',
        straat: 'straat',
        huisnummer: 'huisnummer',
        huisnummertoevoeging: 'huisnummertoevoeging',
        postcode: 'postcode',
        woonplaats: 'woonplaats',
        wijkId: 'wijk_id',
        telefoon: 'telefoon',
        email: 'email',
        taal: 'taal',
        communicatiebehoeften: 'communicatiebehoeften',
      }),
      returning: 'id',
      what: 'De persoon',
    });
  },

  /** Name and address as a letter needs them (platform/documents/adres.ts). */
  async adresVoorBrief(tx: Sql, id: string): Promise<AdresPersoon> {
    const { rows } = await tx.query<AdresPersoon>(
      'SELECT voornamen, tussenvoegsel, achternaam, geslacht, straat, huisnummer, huisnummertoevoeging, postcode, woonplaats FROM personen WHERE id = $1',
      [id],
    );
    if (!rows[0]) throw new Error(`Persoon ${id} ontbreekt`);
    return rows[0];
  },

  /** The wijk of a postcode in a gemeente, from the configurable postcode table. */
  async wijkVoorPostcode(tx: Sql, gemeenteCode: string, postcode: string): Promise<string | null> {
    const { rows } = await tx.query<{ wijk_id: string }>(
      `SELECT wijk_id FROM postcodegebieden WHERE gemeente_code = $1 AND $2 BETWEEN postcode_van AND postcode_tot
       ORDER BY postcode_van DESC LIMIT 1`,
      [gemeenteCode, postcode],
    );
    return rows[0]?.wijk_id ?? null;
  },
};
