/**
 * The bulk loader of the historic import: one batch of checked rows in one transaction, in a few
 * set-based statements (multi-row INSERT … SELECT FROM unnest(…)) instead of one statement per
 * row. Every insert is ON CONFLICT DO NOTHING on the import keys, so a second run of the same file
 * inserts nothing. The rows land in the same tables, with the same constraints and row-level
 * security, as records made through the screens; beschikkingen are flagged `gemigreerd`.
 */
import type { ImportRegel } from '../../../domain/imports/beschikkingregels.ts';
import type { Sql } from '../../platform/db/types.ts';
import { maakUuid7 } from './uuid7.ts';

/** Time-ordered ids for everything the import creates (see uuid7.ts). */
const nieuwId = maakUuid7();

export const MOTIVERING_IMPORT = 'Overgenomen uit het vorige systeem (historische import).';
export const TOELICHTING_IMPORT = 'Gemigreerd uit het vorige systeem.';
const ONBEKENDE_NAAM = '(onbekend)';

export interface BatchResultaat {
  beschikkingen: number;
  voorzieningen: number;
  toewijzingen: number;
  alAanwezig: number;
}

/** Column arrays for unnest: one array per column, in order. */
function kolommen<T>(rijen: readonly T[], velden: ReadonlyArray<(r: T) => unknown>): unknown[][] {
  const uit = velden.map(() => new Array<unknown>(rijen.length));
  rijen.forEach((r, i) => {
    velden.forEach((f, k) => {
      uit[k]![i] = f(r);
    });
  });
  return uit;
}

/**
 * Inserts the persons of the file that are not there yet (BSN or source key known: left as they
 * are). `personen`: per client the row that describes the person (see `persoonsregels`).
 */
export async function laadPersonen(
  tx: Sql,
  gemeenteCode: string,
  personen: readonly ImportRegel[],
): Promise<number> {
  const p = await tx.query(
    `INSERT INTO personen (gemeente_code, id, bsn, bron_sleutel, achternaam, voornamen, tussenvoegsel, geboortedatum, geslacht,
       straat, huisnummer, huisnummertoevoeging, postcode, woonplaats, wijk_id)
     SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::text[],
       $10::text[], $11::int[], $12::text[], $13::text[], $14::text[], $15::uuid[])
     ON CONFLICT DO NOTHING`,
    [
      gemeenteCode,
      ...kolommen(personen, [
        () => nieuwId(),
        (r) => r.bsn,
        (r) => r.bronSleutel,
        (r) => r.achternaam ?? ONBEKENDE_NAAM,
        (r) => r.voornamen,
        (r) => r.tussenvoegsel,
        (r) => r.geboortedatum,
        (r) => r.geslacht,
        (r) => r.straat,
        (r) => r.huisnummer,
        (r) => r.huisnummertoevoeging,
        (r) => r.postcode,
        (r) => r.woonplaats,
        (r) => r.wijkId,
      ]),
    ],
  );
  return p.rowCount;
}

/**
 * Loads the beschikkingen, voorzieningen and toewijzingen of one batch (its persons exist: see
 * `laadPersonen`). All rows of a beschikking are in the same batch.
 */
export async function laadBatch(
  tx: Sql,
  gemeenteCode: string,
  regels: readonly ImportRegel[],
): Promise<BatchResultaat> {
  const clienten = [...new Map(regels.map((r) => [r.persoonSleutel, r])).values()];
  const bsns = clienten.filter((r) => r.bsn).map((r) => r.bsn);
  const bronnen = clienten.filter((r) => !r.bsn).map((r) => r.bronSleutel);
  const ids = await tx.query<{ id: string; sleutel: string }>(
    `SELECT id, 'b:' || bsn AS sleutel FROM personen WHERE gemeente_code = $1 AND bsn = ANY($2::text[])
     UNION ALL
     SELECT id, 's:' || bron_sleutel FROM personen WHERE gemeente_code = $1 AND bron_sleutel = ANY($3::text[])`,
    [gemeenteCode, bsns, bronnen],
  );
  const persoonId = new Map(ids.rows.map((r) => [r.sleutel, r.id]));

  // 2. Beschikkingen: one per client and besluitdatum, fixed, flagged as migrated.
  const perBeschikking = new Map<string, ImportRegel>();
  for (const r of regels)
    if (!perBeschikking.has(r.beschikkingSleutel)) perBeschikking.set(r.beschikkingSleutel, r);
  const kop = [...perBeschikking.values()].map((r) => ({ r, id: nieuwId() }));
  const b = await tx.query<{ id: string; bron_sleutel: string }>(
    `INSERT INTO beschikkingen (id, gemeente_code, persoon_id, soort, status, besluitdatum, gemigreerd, bron_sleutel, toelichting)
     SELECT t.id, $1, t.persoon_id, 'besluit', 'vastgesteld', t.besluitdatum, true, t.sleutel, $5
     FROM unnest($2::uuid[], $3::uuid[], $4::date[], $6::text[]) AS t(id, persoon_id, besluitdatum, sleutel)
     ON CONFLICT DO NOTHING RETURNING id, bron_sleutel`,
    [
      gemeenteCode,
      kop.map((k) => k.id),
      kop.map((k) => persoonId.get(k.r.persoonSleutel)),
      kop.map((k) => k.r.besluitdatum),
      TOELICHTING_IMPORT,
      kop.map((k) => k.r.beschikkingSleutel),
    ],
  );
  const beschikkingId = new Map(b.rows.map((r) => [r.bron_sleutel, r.id]));
  const bestaand = kop
    .filter((k) => !beschikkingId.has(k.r.beschikkingSleutel))
    .map((k) => k.r.beschikkingSleutel);
  if (bestaand.length) {
    const e = await tx.query<{ id: string; bron_sleutel: string }>(
      'SELECT id, bron_sleutel FROM beschikkingen WHERE gemeente_code = $1 AND bron_sleutel COLLATE "C" = ANY($2::text[])',
      [gemeenteCode, bestaand],
    );
    for (const r of e.rows) beschikkingId.set(r.bron_sleutel, r.id);
  }

  // 3. Voorzieningen (toekenningen), and for zorg in natura with a known aanbieder the toewijzing.
  // Migrated toewijzingen send no WMO301: the aanbieder already has them from the old system.
  const volgnummer = new Map<string, number>();
  const v = await tx.query<{ voorzieningen: number; toewijzingen: number }>(
    `WITH v AS (
       INSERT INTO voorzieningen (gemeente_code, id, beschikking_id, volgnummer, persoon_id, wijk_id, besluit, motivering, product_id,
         productcategorie, productcode, leveringsvorm, aanbieder_id, ingangsdatum, einddatum, bron_sleutel)
       SELECT $1, t.id, t.beschikking_id, t.volgnummer, t.persoon_id, t.wijk_id, 'toekenning', $2, t.product_id,
         t.productcategorie, t.productcode, t.leveringsvorm, t.aanbieder_id, t.ingangsdatum, t.einddatum, t.sleutel
       FROM unnest($3::uuid[], $4::uuid[], $5::int[], $6::uuid[], $7::uuid[], $8::uuid[], $9::text[], $10::text[], $11::text[],
         $12::uuid[], $13::date[], $14::date[], $15::text[])
         AS t(id, beschikking_id, volgnummer, persoon_id, wijk_id, product_id, productcategorie, productcode, leveringsvorm,
              aanbieder_id, ingangsdatum, einddatum, sleutel)
       ON CONFLICT DO NOTHING
       RETURNING id, leveringsvorm, aanbieder_id, ingangsdatum, einddatum
     ), t AS (
       INSERT INTO toewijzingen (gemeente_code, voorziening_id, aanbieder_id, ingangsdatum, einddatum)
       SELECT $1, id, aanbieder_id, ingangsdatum, einddatum FROM v WHERE leveringsvorm = 'zin' AND aanbieder_id IS NOT NULL
       RETURNING 1
     )
     SELECT (SELECT count(*) FROM v)::int AS voorzieningen, (SELECT count(*) FROM t)::int AS toewijzingen`,
    [
      gemeenteCode,
      MOTIVERING_IMPORT,
      ...kolommen(regels, [
        () => nieuwId(),
        (r) => beschikkingId.get(r.beschikkingSleutel),
        (r) => {
          const n = volgnummer.get(r.beschikkingSleutel) ?? 0;
          volgnummer.set(r.beschikkingSleutel, n + 1);
          return n;
        },
        (r) => persoonId.get(r.persoonSleutel),
        (r) => r.wijkId,
        (r) => r.productId,
        (r) => r.productcategorie,
        (r) => r.productcode,
        (r) => r.leveringsvorm,
        (r) => r.aanbiederId,
        (r) => r.ingangsdatum,
        (r) => r.einddatum,
        (r) => r.voorzieningSleutel,
      ]),
    ],
  );
  const n = v.rows[0]!;
  return {
    beschikkingen: b.rows.length,
    voorzieningen: n.voorzieningen,
    toewijzingen: n.toewijzingen,
    alAanwezig: regels.length - n.voorzieningen,
  };
}

/**
 * Cuts the rows into batches of about `grootte`, keeping the rows of one beschikking together
 * (a beschikking and its lines commit in the same transaction).
 */
export function batches(regels: readonly ImportRegel[], grootte: number): ImportRegel[][] {
  const groepen = new Map<string, ImportRegel[]>();
  for (const r of regels) {
    const g = groepen.get(r.beschikkingSleutel);
    if (g) g.push(r);
    else groepen.set(r.beschikkingSleutel, [r]);
  }
  const uit: ImportRegel[][] = [];
  let huidig: ImportRegel[] = [];
  for (const g of groepen.values()) {
    if (huidig.length > 0 && huidig.length + g.length > grootte) {
      uit.push(huidig);
      huidig = [];
    }
    huidig.push(...g);
  }
  if (huidig.length) uit.push(huidig);
  return uit;
}

/** Per client, the row that describes the person: the latest besluitdatum (then the last line). */
export function persoonsregels(regels: readonly ImportRegel[]): Map<string, ImportRegel> {
  const uit = new Map<string, ImportRegel>();
  for (const r of regels) {
    const e = uit.get(r.persoonSleutel);
    if (!e || r.besluitdatum >= e.besluitdatum) uit.set(r.persoonSleutel, r);
  }
  return uit;
}
