/**
 * Dates in letters, written out the Dutch way: '2026-11-25' → '25 november 2026'.
 *
 * Deliberately no `Intl.DateTimeFormat('nl-NL')`: its output depends on the ICU data that the Node
 * build ships (small-icu builds fall back to English), and `Date` would drag the timezone in. A date
 * in a letter is a plain calendar day, so twelve month names and a validity check are all we need.
 */

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0 ? 29 : 28;
  return maand === 4 || maand === 6 || maand === 9 || maand === 11 ? 30 : 31;
}

/** '2026-11-05' → '5 november 2026'. Throws a RangeError for anything that is not an existing day. */
export function formatDatumLang(isoDatum: string): string {
  const m = ISO_DATUM.exec(isoDatum);
  const jaar = Number(m?.[1]);
  const maand = Number(m?.[2]);
  const dag = Number(m?.[3]);
  if (!m || jaar < 1 || maand < 1 || maand > 12 || dag < 1 || dag > dagenInMaand(jaar, maand)) {
    throw new RangeError(`Geen geldige datum (verwacht JJJJ-MM-DD): ${JSON.stringify(isoDatum)}`);
  }
  return `${dag} ${MAANDEN[maand - 1]} ${jaar}`;
}
