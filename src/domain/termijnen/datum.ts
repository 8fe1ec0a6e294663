/**
 * Plain calendar dates ('YYYY-MM-DD') without time or timezone.
 *
 * Legal terms are counted in whole calendar days, so this module never uses `Date`, `Date.now()` or
 * the local timezone: a date is converted to a day number (days since 1970-01-01 in the proleptic
 * Gregorian calendar) with integer arithmetic (H. Hinnant, "chrono-compatible low-level date
 * algorithms", days_from_civil / civil_from_days) and back. The result is the same on every machine
 * and in every TZ.
 */

/** An ISO 8601 calendar date, 'YYYY-MM-DD' (years 0001–9999). */
export type IsoDatum = string;

/** ISO weekday: 1 = maandag … 6 = zaterdag, 7 = zondag. */
export type Weekdag = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Stable error codes of this module (mapped to HTTP by the platform's error handler). */
export type TermijnFoutCode =
  | 'ongeldige-datum'
  | 'ongeldig-aantal'
  | 'jaar-buiten-bereik'
  | 'ongeldige-kalender';

/** Typed error for invalid input to the legal-clock functions. */
export class TermijnFout extends Error {
  constructor(
    readonly code: TermijnFoutCode,
    message: string,
    readonly waarde?: unknown,
  ) {
    super(message);
    this.name = 'TermijnFout';
  }
}

const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isSchrikkeljaar(jaar: number): boolean {
  return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0;
}

export function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return isSchrikkeljaar(jaar) ? 29 : 28;
  return maand === 4 || maand === 6 || maand === 9 || maand === 11 ? 30 : 31;
}

export interface DatumDelen {
  jaar: number;
  maand: number;
  dag: number;
}

/** True when `waarde` is a string 'YYYY-MM-DD' that names an existing calendar day (0001–9999). */
export function isIsoDatum(waarde: unknown): waarde is IsoDatum {
  if (typeof waarde !== 'string') return false;
  const m = ISO_DATUM.exec(waarde);
  if (!m) return false;
  const jaar = Number(m[1]);
  const maand = Number(m[2]);
  const dag = Number(m[3]);
  return jaar >= 1 && maand >= 1 && maand <= 12 && dag >= 1 && dag <= dagenInMaand(jaar, maand);
}

/** Splits a date into its parts; throws `TermijnFout('ongeldige-datum')` for anything else. */
export function leesDatum(datum: IsoDatum, veld = 'datum'): DatumDelen {
  if (!isIsoDatum(datum)) {
    throw new TermijnFout(
      'ongeldige-datum',
      `${veld} is geen geldige kalenderdatum (verwacht JJJJ-MM-DD): ${JSON.stringify(datum)}`,
      datum,
    );
  }
  return {
    jaar: Number(datum.slice(0, 4)),
    maand: Number(datum.slice(5, 7)),
    dag: Number(datum.slice(8, 10)),
  };
}

export function maakDatum(jaar: number, maand: number, dag: number): IsoDatum {
  const datum = `${String(jaar).padStart(4, '0')}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
  if (!Number.isInteger(jaar) || !Number.isInteger(maand) || !Number.isInteger(dag) || !isIsoDatum(datum)) {
    throw new TermijnFout('ongeldige-datum', `Geen geldige kalenderdatum: ${jaar}-${maand}-${dag}`, datum);
  }
  return datum;
}

/** Days since 1970-01-01 (negative before). */
export function dagnummer(datum: IsoDatum, veld = 'datum'): number {
  const { jaar, maand, dag } = leesDatum(datum, veld);
  const y = maand <= 2 ? jaar - 1 : jaar;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (maand + 9) % 12; // March = 0 … February = 11
  const doy = Math.floor((153 * mp + 2) / 5) + dag - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of `dagnummer`. */
export function vanDagnummer(nummer: number): IsoDatum {
  if (!Number.isSafeInteger(nummer)) {
    throw new TermijnFout('ongeldig-aantal', `Dagnummer moet een geheel getal zijn: ${nummer}`, nummer);
  }
  const z = nummer + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const dag = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const maand = mp < 10 ? mp + 3 : mp - 9;
  const jaar = yoe + era * 400 + (maand <= 2 ? 1 : 0);
  return maakDatum(jaar, maand, dag);
}

/** ISO weekday of a date (1 = maandag … 7 = zondag). 1970-01-01 was a Thursday. */
export function weekdag(datum: IsoDatum): Weekdag {
  const n = dagnummer(datum);
  return (((((n + 3) % 7) + 7) % 7) + 1) as Weekdag;
}

export const WEEKDAGNAMEN: Readonly<Record<Weekdag, string>> = {
  1: 'maandag',
  2: 'dinsdag',
  3: 'woensdag',
  4: 'donderdag',
  5: 'vrijdag',
  6: 'zaterdag',
  7: 'zondag',
};

function geheelAantal(aantal: number, veld: string): void {
  if (!Number.isSafeInteger(aantal)) {
    throw new TermijnFout('ongeldig-aantal', `${veld} moet een geheel getal zijn: ${aantal}`, aantal);
  }
}

/** `datum` + `dagen` calendar days (negative goes back). Pure calendar arithmetic, no Atw. */
export function plusDagen(datum: IsoDatum, dagen: number): IsoDatum {
  geheelAantal(dagen, 'Aantal dagen');
  return vanDagnummer(dagnummer(datum) + dagen);
}

/** `datum` + `weken` × 7 calendar days: ends on the same weekday. Pure calendar arithmetic, no Atw. */
export function plusWeken(datum: IsoDatum, weken: number): IsoDatum {
  geheelAantal(weken, 'Aantal weken');
  return plusDagen(datum, weken * 7);
}

/** Calendar days from `van` to `tot` (positive when `tot` is later). */
export function verschilInDagen(van: IsoDatum, tot: IsoDatum): number {
  return dagnummer(tot, 'tot') - dagnummer(van, 'van');
}
