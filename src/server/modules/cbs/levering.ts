import { createHmac } from 'node:crypto';

/**
 * The Wmo part of CBS's Monitor Sociaal Domein: one row per person per maatwerkvoorziening per
 * period (half year), with the fields of CBS's delivery description as docs/cbs-monitor.md lists
 * them. Pure functions: the row from what the database holds, and the validation of each row.
 * The field list follows our reading of the description (see the doc) and must be checked against
 * CBS's current document before a real delivery.
 */

export interface VoorzieningBron {
  voorziening_id: string;
  gemeente_code: string;
  bsn: string | null;
  productcategorie: string | null;
  productcode: string | null;
  leveringsvorm: string | null;
  aanbieder_agb: string | null;
  ingangsdatum: string | null;
  einde: string | null;
  /** The later beschikking that ended it: its soort and iWmo RedenWijziging. */
  beeindigd_door_soort: 'wijziging' | 'intrekking' | null;
  reden_wijziging: string | null;
}

export interface CbsRij {
  periode: string;
  gemeentecode: string;
  pseudoniem: string | null;
  productcategorie: string | null;
  productcode: string | null;
  soortAanbieder: 'zorgaanbieder' | 'pgb' | null;
  aanbiederAgb: string | null;
  leveringsvorm: 'ZIN' | 'PGB' | null;
  datumAanvang: string | null;
  datumEinde: string | null;
  redenBeeindiging: string | null;
}

export interface Validatiefout {
  rij: number;
  veld: keyof CbsRij;
  code: string;
  melding: string;
}

/** A half year as CBS's reporting period: 2026-H1 is 1 January to 30 June 2026. */
export function periodeGrenzen(jaar: number, halfjaar: 1 | 2): { van: string; tot: string; naam: string } {
  return halfjaar === 1
    ? { van: `${jaar}-01-01`, tot: `${jaar}-06-30`, naam: `${jaar}-H1` }
    : { van: `${jaar}-07-01`, tot: `${jaar}-12-31`, naam: `${jaar}-H2` };
}

/**
 * The BSN pseudonymised with a key the gemeente keeps (HMAC-SHA-256, first 32 hex characters): the
 * same person gets the same pseudonym in every delivery, and without the key it cannot be turned
 * back. Assumption, see docs/cbs-monitor.md: CBS itself replaces the BSN by its own RIN on receipt
 * over its secure channel; where CBS asks for the BSN, that column must be switched.
 */
export function pseudoniem(bsn: string, sleutel: string): string {
  return createHmac('sha256', sleutel).update(bsn).digest('hex').slice(0, 32);
}

function redenBeeindiging(v: VoorzieningBron, tot: string): string | null {
  if (!v.einde || v.einde > tot) return null;
  if (v.beeindigd_door_soort === 'intrekking')
    return `intrekking${v.reden_wijziging ? ` (${v.reden_wijziging})` : ''}`;
  if (v.beeindigd_door_soort === 'wijziging') return 'gewijzigd-besluit';
  return 'einde-looptijd';
}

export function naarCbsRij(
  v: VoorzieningBron,
  periode: { tot: string; naam: string },
  sleutel: string,
): CbsRij {
  const lv = v.leveringsvorm === 'zin' ? 'ZIN' : v.leveringsvorm === 'pgb' ? 'PGB' : null;
  return {
    periode: periode.naam,
    gemeentecode: v.gemeente_code,
    pseudoniem: v.bsn ? pseudoniem(v.bsn, sleutel) : null,
    productcategorie: v.productcategorie,
    productcode: v.productcode,
    soortAanbieder: lv === 'PGB' ? 'pgb' : lv === 'ZIN' ? 'zorgaanbieder' : null,
    aanbiederAgb: lv === 'ZIN' ? v.aanbieder_agb : null,
    leveringsvorm: lv,
    datumAanvang: v.ingangsdatum,
    // An end after the period is not yet an end for this period.
    datumEinde: v.einde && v.einde <= periode.tot ? v.einde : null,
    redenBeeindiging: redenBeeindiging(v, periode.tot),
  };
}

/** Every missing or invalid field of every row, so the gemeente fixes them before delivering. */
export function valideer(rijen: readonly CbsRij[]): Validatiefout[] {
  const fouten: Validatiefout[] = [];
  rijen.forEach((r, i) => {
    const fout = (veld: keyof CbsRij, code: string, melding: string) =>
      fouten.push({ rij: i + 1, veld, code, melding });
    if (!/^\d{4}$/.test(r.gemeentecode))
      fout('gemeentecode', 'ongeldig', 'Geen CBS-gemeentecode van 4 cijfers.');
    if (!r.pseudoniem)
      fout('pseudoniem', 'ontbreekt', 'De persoon heeft geen BSN; CBS kan de rij niet koppelen.');
    if (!r.productcategorie || !/^\d{2}$/.test(r.productcategorie))
      fout('productcategorie', 'ongeldig', 'Productcategorie ontbreekt of is geen iWmo-code van 2 cijfers.');
    if (!r.leveringsvorm) fout('leveringsvorm', 'ontbreekt', 'Leveringsvorm (ZIN of PGB) ontbreekt.');
    if (r.leveringsvorm === 'ZIN' && !r.aanbiederAgb)
      fout('aanbiederAgb', 'ontbreekt', 'Zorg in natura zonder aanbieder met AGB-code.');
    if (!r.datumAanvang) fout('datumAanvang', 'ontbreekt', 'De ingangsdatum ontbreekt.');
    if (r.datumAanvang && r.datumEinde && r.datumEinde < r.datumAanvang)
      fout('datumEinde', 'voor-aanvang', 'De einddatum ligt vóór de ingangsdatum.');
    if (r.datumEinde && !r.redenBeeindiging)
      fout('redenBeeindiging', 'ontbreekt', 'Beëindigd in de periode zonder reden.');
  });
  return fouten;
}

/** Counts per field, for the report's summary. */
export function telPerVeld(fouten: readonly Validatiefout[]): Record<string, number> {
  const uit: Record<string, number> = {};
  for (const f of fouten) uit[f.veld] = (uit[f.veld] ?? 0) + 1;
  return uit;
}
