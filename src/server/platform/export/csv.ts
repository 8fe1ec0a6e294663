import type { Celwaarde, Kolom, Rij } from './tabel.ts';

/**
 * CSV as RFC 4180 with `,` and LF line ends, UTF-8 without BOM: exactly the form of
 * shared/data/deventer-2019-wmo-kerncijfers.csv, so an export can be compared with it byte for
 * byte. A field is quoted when its column says so, or when it contains a comma, quote or line
 * break. A text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe (CSV injection); numbers are written as they are.
 */
export function renderCsv(kolommen: readonly Kolom[], rijen: readonly Rij[]): string {
  const regels = [kolommen.map((k) => veld(k.kop, false))];
  for (const r of rijen) regels.push(kolommen.map((k) => veld(r[k.sleutel], k.citeren === true)));
  return `${regels.map((r) => r.join(',')).join('\n')}\n`;
}

function veld(waarde: Celwaarde, citeren: boolean): string {
  if (waarde === null || waarde === undefined) return citeren ? '""' : '';
  if (typeof waarde === 'number') return Number.isFinite(waarde) ? String(waarde) : '';
  if (typeof waarde === 'boolean') return waarde ? 'ja' : 'nee';
  const tekst = /^[=+\-@\t\r]/.test(waarde) ? `'${waarde}` : waarde;
  return citeren || /[",\r\n]/.test(tekst) ? `"${tekst.replaceAll('"', '""')}"` : tekst;
}
