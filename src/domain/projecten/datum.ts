/**
 * Dates as the reports write them: '31-12-2021', '4-12-2018', '03/03/2022', '22 juli 2021',
 * '1 juli 2019', '15 sept 2020' or already '2021-12-31'. Returns 'YYYY-MM-DD' or null.
 */

const MAANDEN: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maart: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

function iso(jaar: number, maand: number, dag: number): string | null {
  if (maand < 1 || maand > 12 || dag < 1 || jaar < 1900 || jaar > 2200) return null;
  const d = new Date(Date.UTC(jaar, maand - 1, dag));
  if (d.getUTCMonth() !== maand - 1 || d.getUTCDate() !== dag) return null;
  return `${jaar}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

export function leesDatum(tekst: string): string | null {
  const t = tekst.trim().toLowerCase().replace(/\.$/, '');
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(t);
  if (m) {
    const maand = MAANDEN[m[2]!];
    return maand ? iso(Number(m[3]), maand, Number(m[1])) : null;
  }
  return null;
}

/** A date at the end of a line, e.g. 'proces entiteit sociale teams 4-12-2018'. */
export const DATUM_AAN_EIND = /\s+(\d{1,2}[-/]\d{1,2}[-/]\d{4}|\d{1,2}\s+[a-z]+\.?\s+\d{4})$/i;
