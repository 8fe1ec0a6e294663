/**
 * A small RFC 4180 CSV reader for imports: separator detection (`,` `;` or tab, from the header
 * line), quoted fields with doubled quotes and line breaks, CRLF or LF, blank lines skipped. Each
 * record keeps the line number it starts on, so errors can name the line the user sees in an editor.
 * Fast path: a line without a quote is split directly (exports rarely quote).
 */

export type Scheidingsteken = ',' | ';' | '\t';

export interface CsvRecord {
  /** 1-based line number in the file where the record starts (the header is line 1 when first). */
  regel: number;
  velden: string[];
}

export class CsvFout extends Error {
  constructor(
    readonly regel: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const KANDIDATEN: readonly Scheidingsteken[] = [',', ';', '\t'];

/** The separator of a header line: the candidate that occurs most often outside quotes. */
export function detecteerScheidingsteken(kopregel: string): Scheidingsteken | null {
  const tel = new Map<string, number>(KANDIDATEN.map((k) => [k, 0]));
  let inQuote = false;
  for (const ch of kopregel) {
    if (ch === '"') inQuote = !inQuote;
    else if (!inQuote && tel.has(ch)) tel.set(ch, tel.get(ch)! + 1);
  }
  let beste: Scheidingsteken | null = null;
  let max = 0;
  for (const k of KANDIDATEN) {
    const n = tel.get(k)!;
    if (n > max) {
      max = n;
      beste = k;
    }
  }
  return beste;
}

/** Yields every non-blank record of `tekst`. Throws CsvFout for a quote that is never closed. */
export function* leesRecords(tekst: string, sep: Scheidingsteken): Generator<CsvRecord> {
  const n = tekst.length;
  let pos = 0;
  let regel = 1;
  while (pos < n) {
    let eind = tekst.indexOf('\n', pos);
    if (eind === -1) eind = n;
    const startRegel = regel;
    let lijn = tekst.slice(pos, eind);
    if (lijn.endsWith('\r')) lijn = lijn.slice(0, -1);
    if (!lijn.includes('"')) {
      pos = eind + 1;
      regel++;
      if (lijn.trim() !== '') yield { regel: startRegel, velden: lijn.split(sep) };
      continue;
    }
    // Quote-aware parse from `pos`; a quoted field may run over line ends.
    const velden: string[] = [];
    let veld = '';
    let i = pos;
    let inQuote = false;
    let klaar = false;
    while (!klaar) {
      if (i >= n) {
        if (inQuote)
          throw new CsvFout(
            startRegel,
            'aanhalingsteken-open',
            'Een aanhalingsteken (") wordt niet gesloten.',
          );
        velden.push(veld);
        klaar = true;
        break;
      }
      const ch = tekst[i]!;
      if (inQuote) {
        if (ch === '"') {
          if (tekst[i + 1] === '"') {
            veld += '"';
            i += 2;
          } else {
            inQuote = false;
            i++;
          }
        } else {
          if (ch === '\n') regel++;
          veld += ch;
          i++;
        }
      } else if (ch === '"' && veld.trim() === '') {
        inQuote = true;
        veld = '';
        i++;
      } else if (ch === sep) {
        velden.push(veld);
        veld = '';
        i++;
      } else if (ch === '\n' || (ch === '\r' && tekst[i + 1] === '\n')) {
        velden.push(veld);
        i += ch === '\r' ? 2 : 1;
        regel++;
        klaar = true;
      } else {
        veld += ch;
        i++;
      }
    }
    pos = i;
    if (velden.some((v) => v.trim() !== '')) yield { regel: startRegel, velden };
  }
}

/** The first non-blank line of `tekst` (without its line end): the header, for separator detection. */
export function eersteRegel(tekst: string): string {
  let pos = 0;
  while (pos < tekst.length) {
    let eind = tekst.indexOf('\n', pos);
    if (eind === -1) eind = tekst.length;
    const lijn = tekst.slice(pos, eind).replace(/\r$/, '');
    if (lijn.trim() !== '') return lijn;
    pos = eind + 1;
  }
  return '';
}
