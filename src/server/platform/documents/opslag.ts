import { createHash } from 'node:crypto';
import type { Sql } from '../db/types.ts';
import type { Afzender } from './brief.ts';

/** The gemeente as sender of a letter, from its organisation settings. */
export async function laadAfzender(tx: Sql, gemeenteCode: string): Promise<Afzender> {
  const { rows } = await tx.query<{
    naam: string;
    postadres: string | null;
    postcode: string | null;
    plaats: string | null;
    telefoon: string | null;
    website: string | null;
  }>('SELECT naam, postadres, postcode, plaats, telefoon, website FROM gemeenten WHERE code = $1', [
    gemeenteCode,
  ]);
  const g = rows[0];
  if (!g) throw new Error(`Gemeente ${gemeenteCode} ontbreekt`);
  return {
    gemeenteNaam: g.naam,
    postadres: g.postadres ?? '',
    postcode: g.postcode ?? '',
    plaats: g.plaats ?? '',
    telefoon: g.telefoon ?? '',
    website: g.website ?? '',
  };
}

/** Stores a generated document with its case, with a SHA-256 so later changes are detectable. */
export async function bewaarDocument(
  tx: Sql,
  d: {
    gemeenteCode: string;
    meldingId: string | null;
    huishoudenId: string | null;
    soort: string;
    bestandsnaam: string;
    inhoud: Buffer;
    door: string;
  },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO documenten (gemeente_code, melding_id, huishouden_id, soort, bestandsnaam, mime_type, inhoud, sha256, aangemaakt_door)
     VALUES ($1, $2, $3, $4, $5, 'application/pdf', $6, $7, $8) RETURNING id`,
    [
      d.gemeenteCode,
      d.meldingId,
      d.huishoudenId,
      d.soort,
      d.bestandsnaam,
      d.inhoud,
      createHash('sha256').update(d.inhoud).digest('hex'),
      d.door,
    ],
  );
  return rows[0]!.id;
}
