import { maandenVanaf, plusMaanden } from '../../../domain/monitoring/capaciteit.ts';
import { categorieNaam } from '../../../domain/monitoring/kerncijfers.ts';
import {
  herindicatiePrognose,
  type Looptijd,
  looptijdenUitHistorie,
  type PrognoseMaand,
  piek,
  type Scenario,
} from '../../../domain/monitoring/prognose.ts';
import { today } from '../../platform/clock.ts';
import type { Sql } from '../../platform/db/types.ts';
import { dezeMaand, laatsteDag } from './periode.ts';
import { type MTabel, maandTekst, tabel } from './tabel.ts';

interface Filter {
  gemeente: string;
  vanaf?: string;
  maanden: number;
  wijk?: string;
  productcategorie?: string;
}

/** The effective end of a voorziening: the earlier of einddatum and beeindigd_op (as in the kerncijfers). */
const EINDE = 'least(v.einddatum, v.beeindigd_op)';

/** Voorzieningen of vastgestelde beschikkingen that end per month, per category and wijk. */
export async function aflopend(tx: Sql, f: Filter): Promise<MTabel> {
  const vanaf = f.vanaf ?? dezeMaand();
  const tot = plusMaanden(vanaf, f.maanden - 1);
  const { rows } = await tx.query<{
    maand: string;
    productcategorie: string;
    wijkcode: string;
    wijknaam: string;
    voorzieningen: number;
    clienten: number;
  }>(
    `SELECT to_char(${EINDE}, 'YYYY-MM') AS maand, v.productcategorie, coalesce(w.code, '') AS wijkcode,
            coalesce(w.naam, 'Onbekend') AS wijknaam, count(*)::int AS voorzieningen, count(DISTINCT v.persoon_id)::int AS clienten
     FROM voorzieningen v JOIN beschikkingen b ON b.id = v.beschikking_id AND b.status = 'vastgesteld'
     LEFT JOIN wijken w ON w.id = v.wijk_id
     WHERE v.gemeente_code = $1 AND v.besluit = 'toekenning' AND ${EINDE} BETWEEN $2::date AND $3::date
       AND ($4::text IS NULL OR w.code = $4) AND ($5::text IS NULL OR v.productcategorie = $5)
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3`,
    [f.gemeente, `${vanaf}-01`, laatsteDag(tot), f.wijk ?? null, f.productcategorie ?? null],
  );
  return tabel(
    `Aflopende voorzieningen per maand, categorie en wijk (${maandTekst(vanaf)} tot en met ${maandTekst(tot)})`,
    [
      { sleutel: 'maand', kop: 'maand' },
      { sleutel: 'productcategorie', kop: 'productcategorie' },
      { sleutel: 'wijkcode', kop: 'wijkcode' },
      { sleutel: 'wijknaam', kop: 'wijknaam', citeren: true },
      { sleutel: 'voorzieningen', kop: 'voorzieningen', telling: true },
      { sleutel: 'clienten', kop: 'cliënten', telling: true },
    ],
    rows.map((r) => ({ ...r, productcategorie: categorieNaam(r.productcategorie) })),
    [
      'Einde: de einddatum, of de eerdere datum waarop een wijziging of intrekking de voorziening beëindigde.',
    ],
  );
}

/** What the last twelve months show: share renewed, new voorzieningen per month, looptijden. */
export async function historie(tx: Sql, gemeente: string) {
  const eind = today();
  const begin = `${plusMaanden(eind.slice(0, 7), -12)}-${eind.slice(8, 10)}`;
  // Two index-backed sets (voorzieningen_einde, beschikkingen_besluitdatum) instead of one scan of
  // every toekenning with an OR. Ended: renewed when the same person got a voorziening of the same
  // category starting around the end. New: granted in the period without such a predecessor.
  const geeindigd = await tx.query<{ geeindigd: number; verlengd: number }>(
    `SELECT count(*)::int AS geeindigd,
            count(*) FILTER (WHERE EXISTS (
              SELECT 1 FROM voorzieningen n WHERE n.persoon_id = v.persoon_id AND n.productcategorie = v.productcategorie
                AND n.id <> v.id AND n.besluit = 'toekenning' AND n.ingangsdatum BETWEEN ${EINDE} - 31 AND ${EINDE} + 92))::int AS verlengd
     FROM voorzieningen v JOIN beschikkingen b ON b.id = v.beschikking_id AND b.status = 'vastgesteld'
     WHERE v.gemeente_code = $1 AND v.besluit = 'toekenning' AND ${EINDE} BETWEEN $2::date AND $3::date`,
    [gemeente, begin, eind],
  );
  const nieuw = await tx.query<{ nieuw: number }>(
    `SELECT count(*) FILTER (WHERE NOT EXISTS (
              SELECT 1 FROM voorzieningen o WHERE o.persoon_id = v.persoon_id AND o.productcategorie = v.productcategorie
                AND o.id <> v.id AND o.besluit = 'toekenning'
                AND v.ingangsdatum BETWEEN least(o.einddatum, o.beeindigd_op) - 31 AND least(o.einddatum, o.beeindigd_op) + 92))::int AS nieuw
     FROM beschikkingen b JOIN voorzieningen v ON v.beschikking_id = b.id AND v.besluit = 'toekenning'
     WHERE b.gemeente_code = $1 AND b.status = 'vastgesteld' AND b.besluitdatum BETWEEN $2::date AND $3::date`,
    [gemeente, begin, eind],
  );
  const looptijden = await tx.query<{ maanden: number | null; aantal: number }>(
    `SELECT CASE WHEN ${EINDE} IS NULL THEN NULL ELSE greatest(1, round((${EINDE} - v.ingangsdatum + 1) / 30.4375))::int END AS maanden,
            count(*)::int AS aantal
     FROM voorzieningen v JOIN beschikkingen b ON b.id = v.beschikking_id AND b.status = 'vastgesteld'
     WHERE b.gemeente_code = $1 AND b.besluitdatum BETWEEN $2::date AND $3::date
       AND v.gemeente_code = $1 AND v.besluit = 'toekenning'
     GROUP BY 1`,
    [gemeente, begin, eind],
  );
  const s = { ...geeindigd.rows[0]!, ...nieuw.rows[0]! };
  return {
    herindicatieAandeel: s.geeindigd > 0 ? Math.round((s.verlengd / s.geeindigd) * 100) / 100 : 0.8,
    instroomPerMaand: Math.round((s.nieuw / 12) * 10) / 10,
    looptijden: looptijdenUitHistorie(looptijden.rows.map((r) => [r.maanden, r.aantal] as const)),
  };
}

/** "12,24:2,36" → looptijden with weights. */
export function leesLooptijden(tekst: string): Looptijd[] {
  return tekst.split(',').map((deel) => {
    const [m, w] = deel.split(':');
    return { maanden: Math.max(1, Number(m)), aandeel: w === undefined ? 1 : Number(w) };
  });
}

function beschrijf(l: readonly Looptijd[]): string {
  const som = l.reduce((s, x) => s + x.aandeel, 0);
  return l
    .map(
      (x) =>
        `${x.maanden === null ? 'zonder einddatum' : `${x.maanden} mnd`} ${Math.round((x.aandeel / som) * 100)}%`,
    )
    .join(', ');
}

export async function prognose(
  tx: Sql,
  f: Filter & { herindicatieAandeel?: number; looptijden?: string },
): Promise<{ tabel: MTabel; maanden: PrognoseMaand[] }> {
  const vanaf = f.vanaf ?? dezeMaand();
  const basis = await aflopend(tx, f);
  const perMaand = new Map<string, number>();
  for (const r of basis.rijen)
    perMaand.set(String(r.maand), (perMaand.get(String(r.maand)) ?? 0) + Number(r.voorzieningen));
  const bestaand = maandenVanaf(vanaf, f.maanden).map((m) => perMaand.get(m) ?? 0);
  const h = await historie(tx, f.gemeente);
  // A wijk or category filter looks at part of the gemeente: scale the new inflow to that part.
  const deel = f.wijk || f.productcategorie ? await aandeelVanFilter(tx, f) : 1;
  const huidig: Scenario = {
    herindicatieAandeel: f.herindicatieAandeel ?? h.herindicatieAandeel,
    instroomPerMaand: h.instroomPerMaand * deel,
    looptijden: h.looptijden,
  };
  const watAls: Scenario | null = f.looptijden
    ? { ...huidig, looptijden: leesLooptijden(f.looptijden) }
    : null;
  const maanden = herindicatiePrognose(vanaf, bestaand, huidig, watAls);
  const t = tabel(
    `Herindicatieprognose per maand (vanaf ${maandTekst(vanaf)}, ${f.maanden} maanden)`,
    [
      { sleutel: 'maand', kop: 'maand' },
      { sleutel: 'bestaand', kop: 'aflopend (besloten)', telling: true },
      { sleutel: 'huidig_nieuw', kop: 'erbij: huidige looptijden', telling: true },
      { sleutel: 'huidig_totaal', kop: 'totaal: huidige looptijden', telling: true },
      ...(watAls
        ? [
            { sleutel: 'watals_nieuw', kop: 'erbij: wat-als', telling: true },
            { sleutel: 'watals_totaal', kop: 'totaal: wat-als', telling: true },
          ]
        : []),
    ],
    maanden.map((m) => ({
      maand: m.maand,
      bestaand: m.bestaand,
      huidig_nieuw: m.huidig.nieuw,
      huidig_totaal: m.huidig.totaal,
      watals_nieuw: m.watAls?.nieuw ?? null,
      watals_totaal: m.watAls?.totaal ?? null,
    })),
    [
      `Aflopend: voorzieningen die al besloten zijn en in de maand eindigen. Erbij: wat opnieuw wordt toegekend ` +
        `(${Math.round(huidig.herindicatieAandeel * 100)}% van wat afloopt) en nieuwe voorzieningen ` +
        `(${huidig.instroomPerMaand.toLocaleString('nl-NL')} per maand) die binnen de periode weer aflopen.`,
      `Huidige looptijden (beschikkingen van de afgelopen twaalf maanden): ${beschrijf(huidig.looptijden)}.`,
      ...(watAls
        ? [
            `Wat-als: looptijden ${beschrijf(watAls.looptijden)}. Hoogste maand: ${piek(maanden, 'huidig')} nu, ${piek(maanden, 'watAls')} wat-als.`,
          ]
        : []),
    ],
  );
  return { tabel: t, maanden };
}

async function aandeelVanFilter(tx: Sql, f: Filter): Promise<number> {
  const { rows } = await tx.query<{ deel: number; totaal: number }>(
    `SELECT count(*) FILTER (WHERE ($2::text IS NULL OR w.code = $2) AND ($3::text IS NULL OR v.productcategorie = $3))::int AS deel,
            count(*)::int AS totaal
     FROM voorzieningen v LEFT JOIN wijken w ON w.id = v.wijk_id
     WHERE v.gemeente_code = $1 AND v.besluit = 'toekenning' AND v.ingangsdatum >= $4::date`,
    [f.gemeente, f.wijk ?? null, f.productcategorie ?? null, `${plusMaanden(dezeMaand(), -12)}-01`],
  );
  const r = rows[0]!;
  return r.totaal > 0 ? r.deel / r.totaal : 0;
}
