import type { Sql } from '../../platform/db/types.ts';
import type { SocialeKaartItem } from './schemas.ts';

interface Rij {
  id: string;
  gemeente_code: string;
  partner_id: string | null;
  naam: string;
  aanbieder: string;
  soort: 'voorliggend' | 'algemeen';
  omschrijving: string;
  voor_wie: string;
  waar: string | null;
  bereikbaarheid: string;
  telefoon: string | null;
  website: string | null;
  kosteloos: boolean;
  kosten: string | null;
  wijken: string[];
  leefgebieden: string[];
  trefwoorden: string;
  actief: boolean;
  versie: number;
}

const KOLOMMEN = `id, gemeente_code, partner_id, naam, aanbieder, soort, omschrijving, voor_wie, waar,
  bereikbaarheid, telefoon, website, kosteloos, kosten, wijken, leefgebieden, trefwoorden, actief, versie`;

function item(r: Rij): SocialeKaartItem {
  return {
    id: r.id,
    gemeenteCode: r.gemeente_code,
    partnerId: r.partner_id,
    naam: r.naam,
    aanbieder: r.aanbieder,
    soort: r.soort,
    omschrijving: r.omschrijving,
    voorWie: r.voor_wie,
    waar: r.waar,
    bereikbaarheid: r.bereikbaarheid,
    telefoon: r.telefoon,
    website: r.website,
    kosteloos: r.kosteloos,
    kosten: r.kosten,
    wijken: r.wijken,
    leefgebieden: r.leefgebieden,
    trefwoorden: r.trefwoorden,
    actief: r.actief,
    versie: r.versie,
  };
}

/**
 * The search words: letters and digits only, at least two characters, at most eight words. Each
 * becomes a prefix in the tsquery ("eenzaam" finds "eenzaamheid").
 */
export function zoekwoorden(zoek: string): string[] {
  return zoek
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2)
    .slice(0, 8);
}

export interface KaartFilter {
  gemeente: string;
  zoek?: string;
  wijk?: string;
  leefgebied?: string;
  soort?: string;
  alleenActief: boolean;
}

export interface BewaarKaart {
  naam: string;
  aanbieder: string;
  soort: string;
  omschrijving: string;
  voorWie: string;
  waar?: string | null;
  bereikbaarheid: string;
  telefoon?: string | null;
  website?: string | null;
  kosteloos: boolean;
  kosten?: string | null;
  wijken: string[];
  leefgebieden: string[];
  trefwoorden: string;
  actief: boolean;
}

function waarden(v: BewaarKaart): unknown[] {
  return [
    v.naam,
    v.aanbieder,
    v.soort,
    v.omschrijving,
    v.voorWie,
    v.waar ?? null,
    v.bereikbaarheid,
    v.telefoon ?? null,
    v.website ?? null,
    v.kosteloos,
    v.kosten ?? null,
    v.wijken,
    v.leefgebieden,
    v.trefwoorden,
    v.actief,
  ];
}

export const socialeKaartRepo = {
  async zoek(tx: Sql, f: KaartFilter): Promise<SocialeKaartItem[]> {
    const params: unknown[] = [f.gemeente];
    const waar: string[] = ['gemeente_code = $1'];
    let rang = 'naam';
    const woorden = f.zoek ? zoekwoorden(f.zoek) : [];
    if (woorden.length) {
      // Words are letters and digits only (zoekwoorden), so they cannot carry tsquery syntax. The Dutch
      // stemmer reduces each one; ':*' makes it a prefix; '&': all words must occur.
      params.push(woorden.map((w) => `${w}:*`).join(' & '));
      const tsq = `to_tsquery('dutch', $${params.length})`;
      waar.push(`zoektekst @@ ${tsq}`);
      rang = `ts_rank(zoektekst, ${tsq}) DESC, naam`;
    }
    if (f.wijk) {
      params.push(f.wijk);
      waar.push(`(wijken = '{}' OR $${params.length} = ANY (wijken))`);
    }
    if (f.leefgebied) {
      params.push(f.leefgebied);
      waar.push(`$${params.length} = ANY (leefgebieden)`);
    }
    if (f.soort) {
      params.push(f.soort);
      waar.push(`soort = $${params.length}`);
    }
    if (f.alleenActief) waar.push('actief');
    const { rows } = await tx.query<Rij>(
      `SELECT ${KOLOMMEN} FROM sociale_kaart WHERE ${waar.join(' AND ')} ORDER BY ${rang} LIMIT 50`,
      params,
    );
    return rows.map(item);
  },

  async lees(tx: Sql, id: string, forUpdate = false): Promise<SocialeKaartItem | null> {
    const { rows } = await tx.query<Rij>(
      `SELECT ${KOLOMMEN} FROM sociale_kaart WHERE id = $1${forUpdate ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ? item(rows[0]) : null;
  },

  async maak(tx: Sql, gemeente: string, partnerId: string | null, v: BewaarKaart): Promise<string> {
    const { rows } = await tx.query<{ id: string }>(
      `INSERT INTO sociale_kaart (gemeente_code, partner_id, naam, aanbieder, soort, omschrijving, voor_wie, waar,
         bereikbaarheid, telefoon, website, kosteloos, kosten, wijken, leefgebieden, trefwoorden, actief)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
      [gemeente, partnerId, ...waarden(v)],
    );
    return rows[0]!.id;
  },

  async wijzig(tx: Sql, id: string, v: BewaarKaart): Promise<void> {
    await tx.query(
      `UPDATE sociale_kaart SET naam = $2, aanbieder = $3, soort = $4, omschrijving = $5, voor_wie = $6, waar = $7,
         bereikbaarheid = $8, telefoon = $9, website = $10, kosteloos = $11, kosten = $12, wijken = $13,
         leefgebieden = $14, trefwoorden = $15, actief = $16, versie = versie + 1, gewijzigd_op = now()
       WHERE id = $1`,
      [id, ...waarden(v)],
    );
  },

  /** Active entries that serve a wijk (its own or the whole gemeente). */
  async aantalVoorWijk(tx: Sql, gemeente: string, wijk: string): Promise<number> {
    const { rows } = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM sociale_kaart
       WHERE gemeente_code = $1 AND actief AND (wijken = '{}' OR $2 = ANY (wijken))`,
      [gemeente, wijk],
    );
    return rows[0]!.n;
  },
};
