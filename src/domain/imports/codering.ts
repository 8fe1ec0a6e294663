/**
 * Which character encoding an uploaded CSV file has, and its text.
 *
 * Decision (docs/import.md): UTF-8 is the format. Exports from older Dutch systems and from Excel
 * ("CSV (gescheiden door lijstscheidingsteken)") are often windows-1252; such a file is converted
 * (every byte has exactly one meaning in windows-1252, so nothing is guessed beyond the choice of
 * that code page) and the report says so, naming the first line with a non-UTF-8 byte. Files that
 * are neither — UTF-16 (Excel "Unicode-tekst"), a spreadsheet (xlsx/xls), binary data, or bytes
 * that windows-1252 leaves undefined — are refused with a clear message instead of being guessed.
 */

export type Codering = 'utf-8' | 'windows-1252';

export type Decodering =
  | { ok: true; tekst: string; codering: Codering; melding: string | null }
  | { ok: false; code: string; melding: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** Bytes without a character in windows-1252 (WHATWG maps them to C1 controls: never in real text). */
const ONGEDEFINIEERD_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** windows-1252 0x80–0x9F (the rest is ISO-8859-1). Node's TextDecoder decodes these as latin1. */
const CP1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeerWindows1252(b: Uint8Array): string {
  const delen: string[] = [];
  const STUK = 8192;
  for (let start = 0; start < b.length; start += STUK) {
    const stuk = b.subarray(start, start + STUK);
    const codes = new Array<number>(stuk.length);
    for (let i = 0; i < stuk.length; i++) {
      const c = stuk[i]!;
      codes[i] = c >= 0x80 && c <= 0x9f ? CP1252_80_9F.charCodeAt(c - 0x80) : c;
    }
    delen.push(String.fromCharCode(...codes));
  }
  return delen.join('');
}

function begintMet(b: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((x, i) => b[i] === x);
}

/** Line number (1-based) of byte offset `pos`. */
function regelVan(b: Uint8Array, pos: number): number {
  let n = 1;
  for (let i = 0; i < pos; i++) if (b[i] === 0x0a) n++;
  return n;
}

/** Offset of the first byte that breaks UTF-8, or -1 when the bytes are valid UTF-8. */
export function eersteOngeldigeUtf8(b: Uint8Array): number {
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let extra: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) {
      extra = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      extra = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      extra = 3;
      min = 0x10000;
    } else return i;
    if (i + extra >= n) return i;
    let cp = c & (0x3f >> extra);
    for (let k = 1; k <= extra; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += extra + 1;
  }
  return -1;
}

export function decodeer(bytes: Uint8Array): Decodering {
  if (bytes.length === 0) return { ok: false, code: 'leeg-bestand', melding: 'Het bestand is leeg.' };
  if (begintMet(bytes, [0xff, 0xfe]) || begintMet(bytes, [0xfe, 0xff])) {
    return {
      ok: false,
      code: 'codering-utf16',
      melding:
        'Het bestand is UTF-16 ("Unicode-tekst"). Sla het op als "CSV UTF-8 (door komma\'s gescheiden)" en probeer opnieuw.',
    };
  }
  if (begintMet(bytes, [0x50, 0x4b, 0x03, 0x04]) || begintMet(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return {
      ok: false,
      code: 'geen-csv',
      melding: 'Dit is een spreadsheet (xlsx/xls), geen CSV. Sla het op als "CSV UTF-8" en probeer opnieuw.',
    };
  }
  const proef = bytes.subarray(0, 65_536);
  if (proef.includes(0)) {
    return {
      ok: false,
      code: 'geen-tekst',
      melding: 'Het bestand bevat binaire gegevens (nul-bytes); het is geen CSV-tekstbestand.',
    };
  }
  const inhoud = begintMet(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes;
  try {
    // Native and fast; the byte-by-byte scan below only runs to find where a non-UTF-8 file breaks.
    const tekst = new TextDecoder('utf-8', { fatal: true }).decode(inhoud);
    return { ok: true, tekst, codering: 'utf-8', melding: null };
  } catch {
    // not UTF-8: see below
  }
  const fout = eersteOngeldigeUtf8(inhoud);
  for (const b of inhoud) {
    if (ONGEDEFINIEERD_1252.has(b)) {
      return {
        ok: false,
        code: 'codering-onbekend',
        melding: `Het bestand is geen UTF-8 en ook geen windows-1252 (regel ${regelVan(inhoud, inhoud.indexOf(b))}). Sla het op als "CSV UTF-8" en probeer opnieuw.`,
      };
    }
  }
  return {
    ok: true,
    tekst: decodeerWindows1252(inhoud),
    codering: 'windows-1252',
    melding: `Het bestand is niet in UTF-8 maar in windows-1252 (eerste afwijkende teken op regel ${regelVan(inhoud, fout)}); het is omgezet naar UTF-8. Controleer namen met accenten.`,
  };
}
