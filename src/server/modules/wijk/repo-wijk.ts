import type { z } from 'zod';
import type { Sql } from '../../platform/db/types.ts';
import type { Activiteit, Wijksignaal } from './schemas.ts';

type SignaalView = z.infer<typeof Wijksignaal>;
type ActiviteitView = z.infer<typeof Activiteit>;

export interface WijkRij {
  id: string;
  code: string;
  naam: string;
  gemeente_code: string;
}

interface SignaalRij {
  id: string;
  gemeente_code: string;
  wijk_code: string;
  wijk_naam: string;
  thema: string;
  titel: string;
  omschrijving: string;
  bron: 'partner' | 'toegang';
  bron_partner_id: string | null;
  bron_naam: string;
  datum: string;
  status: SignaalView['status'];
  opvolging: string | null;
  versie: number;
}

function signaal(r: SignaalRij): SignaalView {
  return {
    id: r.id,
    gemeenteCode: r.gemeente_code,
    wijk: { code: r.wijk_code, naam: r.wijk_naam },
    thema: r.thema,
    titel: r.titel,
    omschrijving: r.omschrijving,
    bron: r.bron,
    bronPartner: r.bron_partner_id,
    bronNaam: r.bron_naam,
    datum: r.datum,
    status: r.status,
    opvolging: r.opvolging,
    versie: r.versie,
  };
}

const SIGNAAL_SELECT = `SELECT s.id, s.gemeente_code, w.code AS wijk_code, w.naam AS wijk_naam, s.thema, s.titel,
    s.omschrijving, s.bron, s.bron_partner_id, s.bron_naam, s.datum::text AS datum, s.status, s.opvolging, s.versie
  FROM wijksignalen s JOIN wijken w ON w.id = s.wijk_id`;

interface ActiviteitRij {
  id: string;
  partner_id: string;
  partner_naam: string | null;
  wijk_code: string;
  wijk_naam: string;
  soort: ActiviteitView['soort'];
  naam: string;
  periode_van: string;
  periode_tot: string;
  bijeenkomsten: number;
  deelnemers: number;
  nieuwe_deelnemers: number;
  toelichting: string | null;
}

export const wijkRepo = {
  async wijk(tx: Sql, gemeente: string, code: string): Promise<WijkRij | null> {
    const { rows } = await tx.query<WijkRij>(
      'SELECT id, code, naam, gemeente_code FROM wijken WHERE gemeente_code = $1 AND code = $2',
      [gemeente, code],
    );
    return rows[0] ?? null;
  },

  async wijken(tx: Sql, gemeente: string): Promise<Array<{ code: string; naam: string }>> {
    const { rows } = await tx.query<{ code: string; naam: string }>(
      'SELECT code, naam FROM wijken WHERE gemeente_code = $1 ORDER BY code',
      [gemeente],
    );
    return rows;
  },

  async gemeenteNaam(tx: Sql, code: string): Promise<string> {
    const { rows } = await tx.query<{ naam: string }>('SELECT naam FROM gemeenten WHERE code = $1', [code]);
    return rows[0]?.naam ?? code;
  },

  // Signalen ---------------------------------------------------------------------------------------
  async maakSignaal(
    tx: Sql,
    v: {
      gemeente: string;
      wijkId: string;
      thema: string;
      titel: string;
      omschrijving: string;
      bron: 'partner' | 'toegang';
      partnerId: string | null;
      bronNaam: string;
      door: string;
      datum: string;
    },
  ): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO wijksignalen (gemeente_code, wijk_id, thema, titel, omschrijving, bron, bron_partner_id, bron_naam,
         geregistreerd_door, datum)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        v.gemeente,
        v.wijkId,
        v.thema,
        v.titel,
        v.omschrijving,
        v.bron,
        v.partnerId,
        v.bronNaam,
        v.door,
        v.datum,
      ],
    );
    return rows[0]!.id;
  },

  async signaal(tx: Sql, id: string, forUpdate = false): Promise<SignaalView | null> {
    const { rows } = await tx.query<SignaalRij>(
      `${SIGNAAL_SELECT} WHERE s.id = $1${forUpdate ? ' FOR UPDATE OF s' : ''}`,
      [id],
    );
    return rows[0] ? signaal(rows[0]) : null;
  },

  async signalen(
    tx: Sql,
    f: { gemeente: string; wijkId?: string; status?: string; limiet?: number },
  ): Promise<SignaalView[]> {
    const params: unknown[] = [f.gemeente];
    const waar = ['s.gemeente_code = $1'];
    if (f.wijkId) {
      params.push(f.wijkId);
      waar.push(`s.wijk_id = $${params.length}`);
    }
    if (f.status) {
      params.push(f.status);
      waar.push(`s.status = $${params.length}`);
    }
    params.push(f.limiet ?? 200);
    const { rows } = await tx.query<SignaalRij>(
      `${SIGNAAL_SELECT} WHERE ${waar.join(' AND ')} ORDER BY s.datum DESC, s.aangemaakt_op DESC LIMIT $${params.length}`,
      params,
    );
    return rows.map(signaal);
  },

  async volgSignaalOp(tx: Sql, id: string, status: string, opvolging: string | null): Promise<void> {
    await tx.query(
      `UPDATE wijksignalen SET status = $2, opvolging = $3, versie = versie + 1, gewijzigd_op = now() WHERE id = $1`,
      [id, status, opvolging],
    );
  },

  // Activiteiten -----------------------------------------------------------------------------------
  async maakActiviteit(
    tx: Sql,
    v: {
      gemeente: string;
      partnerId: string;
      wijkId: string;
      soort: string;
      naam: string;
      periodeVan: string;
      periodeTot: string;
      bijeenkomsten: number;
      deelnemers: number;
      nieuweDeelnemers: number;
      toelichting: string | null;
      door: string;
    },
  ): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO activiteiten (gemeente_code, partner_id, wijk_id, soort, naam, periode_van, periode_tot,
         bijeenkomsten, deelnemers, nieuwe_deelnemers, toelichting, geregistreerd_door)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        v.gemeente,
        v.partnerId,
        v.wijkId,
        v.soort,
        v.naam,
        v.periodeVan,
        v.periodeTot,
        v.bijeenkomsten,
        v.deelnemers,
        v.nieuweDeelnemers,
        v.toelichting,
        v.door,
      ],
    );
    return rows[0]!.id;
  },

  async activiteiten(
    tx: Sql,
    f: { gemeente: string; wijkId?: string; partnerId?: string; van?: string; tot?: string; id?: string },
  ): Promise<ActiviteitView[]> {
    const params: unknown[] = [f.gemeente];
    const waar = ['a.gemeente_code = $1'];
    const voeg = (sql: string, v: unknown) => {
      params.push(v);
      waar.push(sql.replace('?', `$${params.length}`));
    };
    if (f.id) voeg('a.id = ?', f.id);
    if (f.wijkId) voeg('a.wijk_id = ?', f.wijkId);
    if (f.partnerId) voeg('a.partner_id = ?', f.partnerId);
    if (f.van) voeg('a.periode_tot >= ?', f.van);
    if (f.tot) voeg('a.periode_van <= ?', f.tot);
    const { rows } = await tx.query<ActiviteitRij>(
      `SELECT a.id, a.partner_id, p.naam AS partner_naam, w.code AS wijk_code, w.naam AS wijk_naam, a.soort,
         a.naam, a.periode_van::text AS periode_van, a.periode_tot::text AS periode_tot, a.bijeenkomsten,
         a.deelnemers, a.nieuwe_deelnemers, a.toelichting
       FROM activiteiten a JOIN wijken w ON w.id = a.wijk_id LEFT JOIN partners p ON p.id = a.partner_id
       WHERE ${waar.join(' AND ')} ORDER BY a.periode_van DESC, a.naam LIMIT 500`,
      params,
    );
    return rows.map((r) => ({
      id: r.id,
      partner: { id: r.partner_id, naam: r.partner_naam },
      wijk: { code: r.wijk_code, naam: r.wijk_naam },
      soort: r.soort,
      naam: r.naam,
      periodeVan: r.periode_van,
      periodeTot: r.periode_tot,
      bijeenkomsten: r.bijeenkomsten,
      deelnemers: r.deelnemers,
      nieuweDeelnemers: r.nieuwe_deelnemers,
      toelichting: r.toelichting,
    }));
  },
};
