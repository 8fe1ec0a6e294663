/**
 * Aanmelding, wachtlijst, plaatsing and doorstroom in beschermd wonen (BW) and maatschappelijke
 * opvang (MO) of the regional access (issue 20, item 3). Pure rules, no IO.
 */

export const BW_MO_SOORTEN = ['beschermd-wonen', 'opvang'] as const;
export type BwMoSoort = (typeof BW_MO_SOORTEN)[number];

/** Who reported the person to the regional access: the resident or a third party. */
export const AANMELDERS = [
  'inwoner',
  'lokale-toegang',
  'partner',
  'ggz',
  'politie',
  'nachtopvang',
  'anders',
] as const;
export type Aanmelder = (typeof AANMELDERS)[number];

/** Urgency, highest first: it is also the order of the wachtlijst. */
export const URGENTIES = ['crisis', 'hoog', 'regulier'] as const;
export type Urgentie = (typeof URGENTIES)[number];

export const AFWIJZINGSGRONDEN = [
  'geen-bw-mo-nodig',
  'voorliggende-voorziening',
  'herkomst-buiten-regio',
  'anders',
] as const;
export type Afwijzingsgrond = (typeof AFWIJZINGSGRONDEN)[number];

/**
 * Landelijke toegankelijkheid. For beschermd wonen and opvang the Wmo 2015 does not limit the
 * circle to residents of the gemeente: art. 1.2.1 names "ingezetenen van Nederland", and the
 * gemeente to which such a person turns is responsible (so the explanatory memorandum to the
 * woonplaatsbeginsel bill, Kamerstukken II 36 288, nr. 3, §1, describes the law in force). The VNG's
 * factsheet "Landelijke toegankelijkheid maatschappelijke opvang en beschermd wonen" (2017) and the
 * convenant between centrumgemeenten add that a person may be handed over to the region where their
 * prospects are best, but only after the first shelter and only in their interest.
 *
 * So: "comes from outside the region" is never a ground to refuse. Returns the Dutch reason when the
 * refusal is not allowed, else null.
 */
export function toetsAfwijzing(v: { grond: Afwijzingsgrond; herkomstBuitenRegio: boolean }): string | null {
  if (v.grond === 'herkomst-buiten-regio')
    return (
      'Beschermd wonen en opvang zijn landelijk toegankelijk (Wmo 2015, art. 1.2.1): wie van buiten de regio ' +
      'komt, mag daarom niet worden afgewezen. Bied opvang en overleg zo nodig een warme overdracht naar de ' +
      'regio waar de inwoner de beste kansen heeft.'
    );
  return null;
}

export interface Wachtende {
  id: string;
  urgentie: Urgentie;
  /** The day the person was put on the wachtlijst (ISO). */
  sinds: string;
}

const RANG: Record<Urgentie, number> = { crisis: 0, hoog: 1, regulier: 2 };

/**
 * The order of the wachtlijst: urgency first (crisis, hoog, regulier), then who waits longest,
 * then the id so the order is stable.
 */
export function wachtlijstVolgorde<T extends Wachtende>(lijst: readonly T[]): T[] {
  return [...lijst].sort(
    (a, b) =>
      RANG[a.urgentie] - RANG[b.urgentie] ||
      (a.sinds < b.sinds ? -1 : a.sinds > b.sinds ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Days between two ISO dates (b − a), in whole calendar days, no time zone involved. */
export function dagenTussen(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The waiting time in days on `peildatum`; never negative. */
export function wachttijd(sinds: string, peildatum: string): number {
  return Math.max(0, dagenTussen(sinds, peildatum));
}

export interface Capaciteit {
  plaatsen: number;
  bezet: number;
}

/** Free places; zero (never negative) when a location is over-full after a reduction of places. */
export function vrij(c: Capaciteit): number {
  return Math.max(0, c.plaatsen - c.bezet);
}

/** The reason a placement on this location is refused, or null. */
export function toetsPlaatsing(c: Capaciteit & { naam: string }): string | null {
  return vrij(c) > 0
    ? null
    : `${c.naam} is vol: alle ${c.plaatsen} plaatsen zijn bezet. Kies een andere locatie of houd de inwoner op de wachtlijst.`;
}

/** A move recorded during the case: on `datum` the person lives in `naar` (null: outside the region). */
export interface Verhuizing {
  datum: string;
  naar: string | null;
  /**
   * True when the "move" is only the registration at the address of the BW location or shelter. It
   * does not change who pays: the gemeente the person came from stays responsible, the way the
   * woonplaatsbeginsel keeps the gemeente of residence before admission (Kamerstukken II 36 288).
   */
  naarInstelling?: boolean;
}

export interface Betaalperiode {
  /** The gemeente that pays (null: outside the region, the centrumgemeente carries it for the region). */
  gemeente: string | null;
  van: string;
  /** Last day, inclusive; null while open. */
  tot: string | null;
}

const dagErvoor = (iso: string) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * Which gemeente pays from when, for a case that runs from `van` to `tot` (inclusive; null open),
 * given the gemeente of origin and the moves during the case. The agreement the convenant records:
 * the gemeente of origin pays from the first day; a real move to another gemeente moves the costs
 * from the day of the move; a registration at the institution's address moves nothing; moves
 * before the start or after the end do not count, except that the last move before the start sets
 * who pays at the start.
 */
export function betalendeGemeente(
  herkomst: string | null,
  verhuizingen: readonly Verhuizing[],
  van: string,
  tot: string | null,
): Betaalperiode[] {
  const echte = verhuizingen
    .filter((v) => !v.naarInstelling)
    .sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
  let start = herkomst;
  for (const v of echte) if (v.datum <= van) start = v.naar;
  const perioden: Betaalperiode[] = [{ gemeente: start, van, tot }];
  for (const v of echte) {
    if (v.datum <= van || (tot !== null && v.datum > tot)) continue;
    const laatste = perioden[perioden.length - 1]!;
    if (laatste.gemeente === v.naar) continue;
    laatste.tot = dagErvoor(v.datum);
    perioden.push({ gemeente: v.naar, van: v.datum, tot });
  }
  return perioden;
}

/** Days of [van, tot] (inclusive, tot null = open) that fall in calendar year `jaar`. */
export function dagenInJaar(van: string, tot: string | null, jaar: number): number {
  const begin = van > `${jaar}-01-01` ? van : `${jaar}-01-01`;
  const eind = tot === null || tot > `${jaar}-12-31` ? `${jaar}-12-31` : tot;
  return begin > eind ? 0 : dagenTussen(begin, eind) + 1;
}

/** Cost of a placement in a year: days in the year × the tariff per etmaal, in cents to avoid float drift. */
export function kostenInJaar(
  p: { van: string; tot: string | null; tariefPerEtmaal: number },
  jaar: number,
): number {
  return (dagenInJaar(p.van, p.tot, jaar) * Math.round(p.tariefPerEtmaal * 100)) / 100;
}
