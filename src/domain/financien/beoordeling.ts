/**
 * Judging the prestaties of a declaratie (WMO323) against the toewijzingen they name, with the
 * retourcodes of WJ001 (iWmo 3.2). Pure: the server looks the toewijzingen and earlier approved lines
 * up and stores the outcome. The checks are the TR rules the rule checker (XSL) cannot do because they
 * need the gemeente's own data:
 *
 * - TR338/9338 the toewijzingnummer names a toewijzing of this gemeente to this aanbieder;
 * - TR304/8187 for this client; TR339/9339 and TR340/9340 the same product category and code;
 * - TR384/9384 not a toewijzing withdrawn with RedenWijziging 13;
 * - TR307/9307, TR308/9308 the ProductPeriode lies within the toewijzing;
 * - TR341/9341 the eenheid of the toewijzing; TR418/0611 ProductTarief is the contracted tariff;
 *   TR346/9346 IngediendBedrag = GeleverdVolume × ProductTarief (not for eenheid 83, euro's);
 * - TR321/9321 the volume of one prestatie, TR322/9322 the sum of approved volumes, in the same
 *   calendar month (or over the whole toewijzing for frequentie 6) not above what was granted there;
 * - TR314/8021 a ProductReferentie is approved only once; TR323/8017 a credit needs its debet.
 */
import { type Frequentie, type Periode, toegestaanVolume } from './bedragen.ts';

export interface Prestatie {
  bsn: string;
  referentie: string;
  /** For a credit: the ReferentieNummer of the debet it cancels (CD060). */
  vorigeReferentie?: string;
  toewijzingnummer: number;
  categorie: string;
  productcode: string;
  periode: Periode;
  volume: number;
  eenheid: string;
  /** Eurocent, when the aanbieder sent it. */
  tarief?: number;
  /** Eurocent. */
  bedrag: number;
  debetCredit: 'D' | 'C';
}

export interface Toewijzing {
  id: string;
  bsn: string;
  categorie: string;
  productcode: string | null;
  begin: string;
  eind: string | null;
  redenWijziging: string | null;
  volume: number | null;
  eenheid: string | null;
  frequentie: Frequentie | null;
  /** Contracted tariff per eenheid, eurocent (producten.tarief). */
  tarief: number | null;
}

/** What was approved before (and earlier in this message) on one toewijzing. */
export interface Eerder {
  /** ProductReferenties with an approved debet, and those already credited. */
  debet: Set<string>;
  credit: Set<string>;
  /** Sum of approved volume per window key (`maandVenster`). */
  volume: Map<string, number>;
}

export const nieuwEerder = (): Eerder => ({ debet: new Set(), credit: new Set(), volume: new Map() });

/** The window in which TR322 sums volumes: the calendar month, or the whole toewijzing for frequentie 6. */
export function maandVenster(p: Prestatie, t: Toewijzing): { sleutel: string; periode: Periode } {
  if (t.frequentie === '6')
    return { sleutel: 'totaal', periode: { begin: t.begin, eind: t.eind ?? p.periode.eind } };
  const maand = p.periode.begin.slice(0, 7);
  const [j, m] = maand.split('-').map(Number) as [number, number];
  const laatste = new Date(Date.UTC(j, m, 0)).getUTCDate();
  return { sleutel: maand, periode: { begin: `${maand}-01`, eind: `${maand}-${laatste}` } };
}

/**
 * The retourcodes for one prestatie (empty = approved). When approved, `eerder` is updated so the
 * next prestatie of the same message sees it (double declaration and cumulative volume).
 */
export function beoordeelPrestatie(
  p: Prestatie,
  t: Toewijzing | undefined,
  eerder: Eerder | undefined,
): string[] {
  if (!t || !eerder) return ['9338'];
  const codes: string[] = [];
  if (t.bsn !== p.bsn) codes.push('8187');
  if (t.categorie !== p.categorie) codes.push('9339');
  if (t.productcode !== null && t.productcode !== p.productcode) codes.push('9340');
  if (t.redenWijziging === '13') codes.push('9384');
  const eind = t.eind ?? '9999-12-31';
  if (p.periode.begin < t.begin || p.periode.begin > eind) codes.push('9307');
  if (p.periode.eind < t.begin || p.periode.eind > eind) codes.push('9308');
  if (t.eenheid !== null && t.eenheid !== p.eenheid) codes.push('9341');
  if (p.tarief !== undefined && t.tarief !== null && p.tarief !== t.tarief) codes.push('0611');
  const tarief = p.tarief ?? t.tarief;
  if (p.eenheid !== '83' && tarief !== null && p.volume * tarief !== p.bedrag) codes.push('9346');
  const gecrediteerd = p.vorigeReferentie ?? p.referentie;
  if (p.debetCredit === 'C') {
    if (!eerder.debet.has(gecrediteerd)) codes.push('8017');
    else if (eerder.credit.has(gecrediteerd)) codes.push('9390');
  } else if (eerder.debet.has(p.referentie) && !eerder.credit.has(p.referentie)) {
    codes.push('8021');
  }
  let venster: ReturnType<typeof maandVenster> | undefined;
  if (p.debetCredit === 'D' && t.volume !== null && t.frequentie !== null) {
    const omvang = { volume: t.volume, frequentie: t.frequentie };
    const grens = { begin: t.begin, eind: t.eind };
    // The grant is judged per calendar month (clipped to the toewijzing), not per day of the
    // ProductPeriode: 3 hours a week may be delivered on one day. Whole units: round the pro-rata grant up.
    venster = maandVenster(p, t);
    const grant = Math.ceil(toegestaanVolume(omvang, grens, venster.periode) - 1e-9);
    if (p.volume > grant) codes.push('9321');
    else if ((eerder.volume.get(venster.sleutel) ?? 0) + p.volume > grant) codes.push('9322');
  }
  if (codes.length === 0) {
    if (p.debetCredit === 'D') {
      eerder.debet.add(p.referentie);
      eerder.credit.delete(p.referentie);
      const v = venster ?? maandVenster(p, t);
      eerder.volume.set(v.sleutel, (eerder.volume.get(v.sleutel) ?? 0) + p.volume);
    } else {
      eerder.credit.add(gecrediteerd);
      const v = maandVenster(p, t);
      eerder.volume.set(v.sleutel, (eerder.volume.get(v.sleutel) ?? 0) - p.volume);
    }
  }
  return codes;
}

/** Signed amount in eurocent (credit negative). */
export const saldo = (bedrag: number, dc: 'D' | 'C') => (dc === 'C' ? -bedrag : bedrag);
