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

/**
 * CSV for people who open it in Excel with Dutch settings: `;` between fields (the list separator
 * of a Dutch Windows), a decimal comma, CRLF line ends and a UTF-8 BOM so that "cliënten" is not
 * read as Windows-1252. Same quoting and formula guard as renderCsv.
 */
export function renderCsvExcel(kolommen: readonly Kolom[], rijen: readonly Rij[]): string {
  const regels = [kolommen.map((k) => veld(k.kop, false, ';'))];
  for (const r of rijen) regels.push(kolommen.map((k) => veld(r[k.sleutel], k.citeren === true, ';')));
  return `\uFEFF${regels.map((r) => r.join(';')).join('\r\n')}\r\n`;
}

function veld(waarde: Celwaarde, citeren: boolean, scheiding: ',' | ';' = ','): string {
  if (waarde === null || waarde === undefined) return citeren ? '""' : '';
  if (typeof waarde === 'number') {
    if (!Number.isFinite(waarde)) return '';
    return scheiding === ';' ? String(waarde).replace('.', ',') : String(waarde);
  }
  if (typeof waarde === 'boolean') return waarde ? 'ja' : 'nee';
  const tekst = /^[=+\-@\t\r]/.test(waarde) ? `'${waarde}` : waarde;
  const moetCiteren = scheiding === ';' ? /[";\r\n]/ : /[",\r\n]/;
  return citeren || moetCiteren.test(tekst) ? `"${tekst.replaceAll('"', '""')}"` : tekst;
}
