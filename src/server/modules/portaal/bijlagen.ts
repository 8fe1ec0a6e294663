import { createHash } from 'node:crypto';
import { errors } from '../../platform/http/errors.ts';
import { MAX_BIJLAGE_BYTES } from './schemas.ts';

export type BijlageType = 'application/pdf' | 'image/jpeg' | 'image/png';

/** The first bytes of each accepted type; the claimed type does not count, the content does. */
const HANDTEKENINGEN: ReadonlyArray<{ type: BijlageType; bytes: number[] }> = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
];

export function typeUitInhoud(inhoud: Uint8Array): BijlageType | null {
  for (const h of HANDTEKENINGEN) {
    if (inhoud.length >= h.bytes.length && h.bytes.every((b, i) => inhoud[i] === b)) return h.type;
  }
  return null;
}

export interface GecontroleerdeBijlage {
  bestandsnaam: string;
  mimeType: BijlageType;
  inhoud: Buffer;
  sha256: string;
}

const NAMEN: Record<BijlageType, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG-foto',
  'image/png': 'PNG-afbeelding',
};

/**
 * Decodes and checks attachments: not empty, at most 2 MB, and the content is what it claims to
 * be (magic bytes). Every wrong file is named in one 400 answer (`bijlagen.N.inhoud`).
 */
export function controleerBijlagen(
  bijlagen: ReadonlyArray<{ bestandsnaam: string; type: BijlageType; inhoud: string }>,
): GecontroleerdeBijlage[] {
  const fouten: { name: string; code: string; reason: string }[] = [];
  const uit: GecontroleerdeBijlage[] = [];
  bijlagen.forEach((b, i) => {
    const veld = `bijlagen.${i}.inhoud`;
    const inhoud = Buffer.from(b.inhoud, 'base64');
    if (inhoud.length === 0) {
      fouten.push({ name: veld, code: 'leeg', reason: 'Dit bestand is leeg.' });
      return;
    }
    if (inhoud.length > MAX_BIJLAGE_BYTES) {
      fouten.push({ name: veld, code: 'te-groot', reason: 'Dit bestand is groter dan 2 MB.' });
      return;
    }
    const echt = typeUitInhoud(inhoud);
    if (echt !== b.type) {
      fouten.push({
        name: veld,
        code: 'verkeerd-type',
        reason: echt
          ? `Dit bestand is geen ${NAMEN[b.type]} maar een ${NAMEN[echt]}.`
          : `Dit bestand is geen ${NAMEN[b.type]}. U kunt een PDF, JPEG of PNG meesturen.`,
      });
      return;
    }
    uit.push({
      bestandsnaam: b.bestandsnaam,
      mimeType: echt,
      inhoud,
      sha256: createHash('sha256').update(inhoud).digest('hex'),
    });
  });
  if (fouten.length > 0) throw errors.invalid(fouten, 'Een of meer bestanden kunnen wij niet aannemen.');
  return uit;
}
