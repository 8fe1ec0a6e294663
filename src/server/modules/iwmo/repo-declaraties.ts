/** SQL of declaraties (WMO323 in, WMO325 out): the toewijzingen a declaratie names, and storing the outcome. */
import type { Frequentie } from '../../../domain/financien/bedragen.ts';
import {
  type Eerder,
  maandVenster,
  nieuwEerder,
  type Toewijzing,
} from '../../../domain/financien/beoordeling.ts';
import type { Sql } from '../../platform/db/types.ts';

export interface ToewijzingRij extends Toewijzing {
  nummer: number;
}

/** The toewijzingen with these numbers of this aanbieder, with the granted omvang and contracted tariff. */
export async function toewijzingenVoor(
  tx: Sql,
  gemeente: string,
  aanbiederId: string,
  nummers: number[],
): Promise<Map<number, ToewijzingRij>> {
  const r = await tx.query<{
    id: string;
    nummer: string;
    bsn: string;
    categorie: string;
    productcode: string | null;
    begin: string;
    eind: string | null;
    reden: string | null;
    volume: number | null;
    eenheid: string | null;
    frequentie: string | null;
    tarief: string | null;
  }>(
    `SELECT t.id, t.toewijzingnummer::text AS nummer, p.bsn, v.productcategorie AS categorie, v.productcode,
            t.ingangsdatum::text AS begin, t.einddatum::text AS eind, t.reden_wijziging AS reden,
            v.volume, v.eenheid, v.frequentie, round(pr.tarief * 100)::text AS tarief
       FROM toewijzingen t
       JOIN voorzieningen v ON v.id = t.voorziening_id
       JOIN personen p ON p.id = v.persoon_id
       LEFT JOIN producten pr ON pr.id = v.product_id
      WHERE t.gemeente_code = $1 AND t.aanbieder_id = $2 AND t.toewijzingnummer = ANY ($3::bigint[])`,
    [gemeente, aanbiederId, nummers],
  );
  return new Map(
    r.rows.map((t) => [
      Number(t.nummer),
      {
        id: t.id,
        nummer: Number(t.nummer),
        bsn: t.bsn,
        categorie: t.categorie,
        productcode: t.productcode,
        begin: t.begin,
        eind: t.eind,
        redenWijziging: t.reden,
        volume: t.volume,
        eenheid: t.eenheid,
        frequentie: (t.frequentie as Frequentie | null) ?? null,
        tarief: t.tarief === null ? null : Number(t.tarief),
      },
    ]),
  );
}

/** What was approved before on these toewijzingen: references and the volume per TR322 window. */
export async function eerderGoedgekeurd(
  tx: Sql,
  toewijzingen: Map<number, ToewijzingRij>,
): Promise<Map<string, Eerder>> {
  const perId = new Map<string, Eerder>();
  const ids = [...toewijzingen.values()].map((t) => t.id);
  for (const id of ids) perId.set(id, nieuwEerder());
  if (!ids.length) return perId;
  const byId = new Map([...toewijzingen.values()].map((t) => [t.id, t]));
  const r = await tx.query<{
    toewijzing_id: string;
    productreferentie: string;
    vorig_referentie: string | null;
    debet_credit: 'D' | 'C';
    begindatum: string;
    einddatum: string;
    volume: string;
  }>(
    `SELECT toewijzing_id, productreferentie, vorig_referentie, debet_credit, begindatum::text, einddatum::text, volume::text
       FROM declaratie_regels WHERE toewijzing_id = ANY ($1::uuid[]) AND status = 'goedgekeurd'
      ORDER BY declaratie_id, volgnummer`,
    [ids],
  );
  for (const rij of r.rows) {
    const e = perId.get(rij.toewijzing_id)!;
    const t = byId.get(rij.toewijzing_id)!;
    const venster = maandVenster(
      {
        periode: { begin: rij.begindatum, eind: rij.einddatum },
      } as Parameters<typeof maandVenster>[0],
      t,
    ).sleutel;
    const teken = rij.debet_credit === 'C' ? -1 : 1;
    e.volume.set(venster, (e.volume.get(venster) ?? 0) + teken * Number(rij.volume));
    if (rij.debet_credit === 'D') {
      e.debet.add(rij.productreferentie);
      e.credit.delete(rij.productreferentie);
    } else e.credit.add(rij.vorig_referentie ?? rij.productreferentie);
  }
  return perId;
}

export interface RegelRij {
  toewijzingId: string | null;
  bsn: string;
  referentie: string;
  vorigeReferentie: string | null;
  toewijzingnummer: number;
  categorie: string;
  productcode: string;
  begin: string;
  eind: string;
  volume: number;
  eenheid: string;
  tarief: number | null;
  bedrag: number;
  debetCredit: 'D' | 'C';
  retourcodes: string[];
}

/** All lines of one declaratie in one statement (10,000 lines in a large provider's month). */
export async function voegRegelsToe(tx: Sql, gemeente: string, declaratieId: string, regels: RegelRij[]) {
  const kolom = <T>(f: (r: RegelRij) => T) => regels.map(f);
  await tx.query(
    `INSERT INTO declaratie_regels (gemeente_code, declaratie_id, volgnummer, toewijzing_id, bsn, productreferentie,
       vorig_referentie, toewijzingnummer, productcategorie, productcode, begindatum, einddatum, volume, eenheid, tarief, bedrag,
       debet_credit, status, retourcodes)
     SELECT $1, $2, u.nr_in_bericht, u.tw, u.bsn, u.ref, u.vorig, u.nr, u.cat, u.code, u.begin, u.eind, u.vol, u.eenh, u.tarief, u.bedrag, u.dc,
            CASE WHEN u.codes = '' THEN 'goedgekeurd' ELSE 'afgewezen' END,
            CASE WHEN u.codes = '' THEN '{}'::text[] ELSE string_to_array(u.codes, ',') END
       FROM unnest($3::uuid[], $4::text[], $5::text[], $6::bigint[], $7::text[], $8::text[], $9::date[], $10::date[],
                   $11::bigint[], $12::text[], $13::bigint[], $14::bigint[], $15::text[], $16::text[], $17::text[])
         WITH ORDINALITY
         AS u(tw, bsn, ref, nr, cat, code, begin, eind, vol, eenh, tarief, bedrag, dc, codes, vorig, nr_in_bericht)`,
    [
      gemeente,
      declaratieId,
      kolom((r) => r.toewijzingId),
      kolom((r) => r.bsn),
      kolom((r) => r.referentie),
      kolom((r) => r.toewijzingnummer),
      kolom((r) => r.categorie),
      kolom((r) => r.productcode),
      kolom((r) => r.begin),
      kolom((r) => r.eind),
      kolom((r) => r.volume),
      kolom((r) => r.eenheid),
      kolom((r) => r.tarief),
      kolom((r) => r.bedrag),
      kolom((r) => r.debetCredit),
      kolom((r) => r.retourcodes.join(',')),
      kolom((r) => r.vorigeReferentie),
    ],
  );
}
