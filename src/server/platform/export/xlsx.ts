import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import type { Kolom, Rij } from './tabel.ts';

export interface XlsxOpties {
  /** Sheet name (Excel allows 31 characters, no []:*?/\). */
  blad?: string;
  /** Lines above the table, e.g. a title and the suppression note of a publication export. */
  toelichting?: readonly string[];
}

/**
 * One sheet: the explanation lines (if any), a bold header row that stays in view, then the rows.
 * Numbers stay numbers so a spreadsheet can sum them. write-excel-file is pure JavaScript (its one
 * dependency is fflate): nothing is downloaded at install.
 */
export async function renderXlsx(
  kolommen: readonly Kolom[],
  rijen: readonly Rij[],
  opties: XlsxOpties = {},
): Promise<Buffer> {
  const toelichting = opties.toelichting ?? [];
  const data: SheetData = [
    ...toelichting.map((t) => [{ value: t, columnSpan: kolommen.length }]),
    ...(toelichting.length ? [[]] : []),
    kolommen.map((k) => ({ value: k.kop, fontWeight: 'bold' as const })),
    ...rijen.map((r) =>
      kolommen.map((k) => {
        const v = r[k.sleutel];
        return v === null || v === undefined ? null : { value: v };
      }),
    ),
  ];
  return writeXlsxFile(data, {
    sheet: bladnaam(opties.blad ?? 'Tabel'),
    columns: kolommen.map((k) => ({ width: k.breedte ?? Math.max(10, Math.min(40, k.kop.length + 2)) })),
    stickyRowsCount: toelichting.length + (toelichting.length ? 2 : 1),
  }).toBuffer();
}

function bladnaam(naam: string): string {
  return naam.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Tabel';
}
