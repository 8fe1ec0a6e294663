import { errors } from './errors.ts';

/**
 * Keyset pagination cursors: the sort key and id of the last row, opaque to clients (base64url).
 * Keyset rather than OFFSET: page 500 costs the same as page 1, and rows inserted meanwhile do not
 * shift pages.
 */
export function encodeCursor(...delen: string[]): string {
  return Buffer.from(delen.join('|')).toString('base64url');
}

/** Decodes and checks each part against its pattern; a tampered cursor is a 400 on field `na`. */
export function decodeCursor(c: string, patronen: readonly RegExp[]): string[] {
  const delen = Buffer.from(c, 'base64url').toString('utf8').split('|');
  if (delen.length !== patronen.length || delen.some((d, i) => !patronen[i]!.test(d))) {
    throw errors.field('na', 'ongeldige-cursor', 'Deze cursor is ongeldig; begin bij de eerste pagina.');
  }
  return delen;
}

export const CURSOR_DATUM = /^\d{4}-\d{2}-\d{2}$/;
export const CURSOR_TIJDSTIP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
export const CURSOR_UUID = /^[0-9a-f-]{36}$/;
