import { createHmac } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { vraagtVierOgen } from '../../../../domain/rolwijziging.ts';
import { isPartnerRol } from '../../../platform/auth/rollen.ts';

/** RFC 6238 with the parameters every authenticator app supports: SHA-1, 6 digits, 30 s. */
const PERIOD = 30;

function totp(geheim: string, label = 'gebruiker'): TOTP {
  return new TOTP({
    issuer: 'Open Toegang',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(geheim),
  });
}

/** A new random secret (160 bits, as RFC 4226 recommends), base32. */
export function nieuwTotpGeheim(): string {
  return new Secret({ size: 20 }).base32;
}

/**
 * The demo's secret for an account, derived from the demo password: `npm run cli -- demo-totp
 * <gebruikersnaam>` computes the same code without the database (docs/rollen-en-toegang.md).
 */
export function demoTotpGeheim(demoWachtwoord: string, gebruikersnaam: string): string {
  const bytes = createHmac('sha256', demoWachtwoord)
    .update(`totp:${gebruikersnaam}`)
    .digest()
    .subarray(0, 20);
  return new Secret({ buffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + 20) }).base32;
}

export function huidigeCode(geheim: string, timestamp = Date.now()): string {
  return totp(geheim).generate({ timestamp });
}

/**
 * The time step of a valid code (one step of clock drift either way), or null. The caller refuses
 * a step it accepted before: a code works once, also within its 30 seconds.
 */
export function geldigeStap(geheim: string, code: string, timestamp = Date.now()): number | null {
  const schoon = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(schoon)) return null;
  const delta = totp(geheim).validate({ token: schoon, timestamp, window: 1 });
  return delta === null ? null : Math.floor(timestamp / 1000 / PERIOD) + delta;
}

export async function inschrijving(geheim: string, gebruikersnaam: string) {
  const uri = totp(geheim, gebruikersnaam).toString();
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { geheim, otpauthUri: uri, qrSvg };
}

/** BIO 5.17: a second factor for every role with access to personal data (and auditor, beheer). */
export function tweedeFactorNodig(rollen: readonly string[]): boolean {
  // Partner staff read the households referred to them (issue 16): the same rule as toegang.
  return rollen.some((r) => vraagtVierOgen(r) || isPartnerRol(r));
}
