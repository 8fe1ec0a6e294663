import type { FastifyReply, FastifyRequest } from 'fastify';
import { renderCsv, renderCsvExcel } from './csv.ts';
import { type Formaat, type Kolom, MIME, type Rij } from './tabel.ts';
import { renderXlsx } from './xlsx.ts';

export { renderCsv, renderCsvExcel } from './csv.ts';
export type { Celwaarde, Formaat, Kolom, Rij } from './tabel.ts';
export { MIME } from './tabel.ts';
export { renderXlsx } from './xlsx.ts';

export interface ExportTabel {
  kolommen: readonly Kolom[];
  rijen: readonly Rij[];
  formaat: Formaat;
  /** Without extension; letters, digits, '-' and '_' only. */
  bestandsnaam: string;
  /** XLSX: lines above the table (title, suppression note). CSV has no place for them. */
  toelichting?: readonly string[];
  /** XLSX sheet name. */
  blad?: string;
}

/**
 * Sends a table as a CSV or XLSX download. Routes use it for every list that has an export; the
 * caller writes the audit row (actie 'export') before, in its transaction.
 */
export async function exportTabel(reply: FastifyReply, t: ExportTabel): Promise<FastifyReply> {
  const naam = `${t.bestandsnaam.replace(/[^A-Za-z0-9_-]/g, '-')}.${t.formaat === 'xlsx' ? 'xlsx' : 'csv'}`;
  const inhoud =
    t.formaat === 'csv'
      ? renderCsv(t.kolommen, t.rijen)
      : t.formaat === 'csv-excel'
        ? renderCsvExcel(t.kolommen, t.rijen)
        : await renderXlsx(t.kolommen, t.rijen, { blad: t.blad, toelichting: t.toelichting });
  return reply
    .type(MIME[t.formaat])
    .header('content-disposition', `attachment; filename="${naam}"`)
    .send(inhoud);
}

/**
 * The format a request asks for: `?formaat=csv|csv-excel|xlsx` (a download link cannot set headers) or the
 * Accept header (`text/csv`, the XLSX type); otherwise JSON.
 */
export function gevraagdFormaat(req: FastifyRequest, formaat?: string): Formaat | 'json' {
  if (formaat === 'csv' || formaat === 'csv-excel' || formaat === 'xlsx') return formaat;
  if (formaat === 'json') return 'json';
  const accept = req.headers.accept ?? '';
  if (accept.includes('text/csv')) return 'csv';
  if (accept.includes(MIME.xlsx)) return 'xlsx';
  return 'json';
}
