/**
 * A table for export: columns with a header and a key, rows as plain objects. The same table goes
 * to CSV, to XLSX and (as JSON) to the screen, so the three never differ.
 */
export type Celwaarde = string | number | boolean | null | undefined;

export interface Kolom {
  /** The property of each row. */
  sleutel: string;
  /** The column header (CSV header line, XLSX header row). */
  kop: string;
  /** Always quote this column in CSV (e.g. names), not only when needed. */
  citeren?: boolean;
  /** XLSX column width in characters. */
  breedte?: number;
}

export type Rij = Record<string, Celwaarde>;

/**
 * `csv`: RFC 4180 with commas, for software (and comparison with the Deventer file); `csv-excel`:
 * what Dutch Excel opens in columns (semicolons, decimal comma, UTF-8 BOM); `xlsx`: a workbook.
 */
export type Formaat = 'csv' | 'csv-excel' | 'xlsx';

export const MIME: Record<Formaat, string> = {
  csv: 'text/csv; charset=utf-8',
  'csv-excel': 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
