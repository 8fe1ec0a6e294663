import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Encryption of secrets kept in the database (TOTP secrets): AES-256-GCM with a key that lives
 * outside the database, so a copy of the database (a backup, a dump) holds no usable secret.
 * The key: OPEN_TOEGANG_GEHEIMSLEUTEL (32 bytes, base64), or else a file `geheimsleutel` in the
 * data folder, made once with mode 0600.
 */
export function laadGeheimSleutel(dataDir: string, fromEnv: string | null): Buffer {
  if (fromEnv) {
    const key = Buffer.from(fromEnv, 'base64');
    if (key.length !== 32)
      throw new Error('OPEN_TOEGANG_GEHEIMSLEUTEL moet 32 bytes zijn, base64-gecodeerd.');
    return key;
  }
  const file = path.join(dataDir, 'geheimsleutel');
  if (fs.existsSync(file)) return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  const key = randomBytes(32);
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}

export function versleutel(key: Buffer, tekst: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const ct = Buffer.concat([cipher.update(tekst, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), ct.toString('base64')].join(
    ':',
  );
}

export function ontsleutel(key: Buffer, opgeslagen: string): string {
  const [versie, iv, tag, ct] = opgeslagen.split(':');
  if (versie !== 'v1' || !iv || !tag || !ct) throw new Error('Onbekend formaat van een versleuteld geheim');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(ct, 'base64')), decipher.final()]).toString('utf8');
}
