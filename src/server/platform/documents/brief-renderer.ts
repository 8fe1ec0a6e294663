/**
 * Letters are rendered to PDF in a worker thread. Laying out a page of text with pdfkit costs about
 * 6 ms of CPU (measured: a quarter of the event loop's time in the caseworkers' mixed workload,
 * where every new melding gets its ontvangstbevestiging). In a worker it no longer holds up other
 * requests, and on a machine with more than one core it runs beside them. One worker (Piscina):
 * started at the first letter, gone again after a minute without letters.
 */
import Piscina from 'piscina';
import type { Brief } from './brief.ts';
import { formatDatumLang } from './datum.ts';

const bron = import.meta.url.endsWith('.ts');

let pool: Piscina | null = null;

function werker(): Piscina {
  pool ??= new Piscina({
    filename: new URL(bron ? './brief-worker.ts' : './brief-worker.js', import.meta.url).href,
    // From source (development, tests) the worker needs the same TypeScript loader as the process.
    execArgv: bron ? ['--import', 'tsx'] : [],
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 60_000,
  });
  return pool;
}

/** The letter as PDF. Invalid input fails here, in the caller's thread, with the caller's error type. */
export async function renderBrief(brief: Brief): Promise<Buffer> {
  formatDatumLang(brief.datum);
  const pdf: Uint8Array = await werker().run(brief);
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

/** Stops the worker (at shutdown); the next letter starts a new one. */
export async function stopBriefRenderer(): Promise<void> {
  const p = pool;
  pool = null;
  await p?.destroy();
}
