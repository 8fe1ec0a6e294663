import type { Sql } from '../db/types.ts';
import type { Afzender, Brief } from './brief.ts';

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

/**
 * Stores a letter to be made with its case, in the caller's transaction: only its content (the
 * `Brief`), status 'te-maken'. The PDF and its SHA-256 follow after commit (./maken.ts, ADR 0020),
 * so a melding or beschikking never waits for, or fails on, the PDF renderer.
 */
export async function planDocument(
  tx: Sql,
  d: {
    gemeenteCode: string;
    meldingId: string | null;
    huishoudenId: string | null;
    beschikkingId?: string | null;
    /** A letter of a bezwaar (migration 020). */
    bezwaarId?: string | null;
    /** A letter of an aanvraag: verdaging (Awb 4:14 lid 3), dwangsom (4:18) (migration 028). */
    aanvraagId?: string | null;
    soort:
      | 'ontvangstbevestiging'
      | 'verslag'
      | 'beschikking'
      | 'bezwaar-verdaging'
      | 'beslissing-op-bezwaar'
      | 'aanvraag-verdaging'
      | 'dwangsom-vaststelling';
    bestandsnaam: string;
    brief: Brief;
    /** The medewerker; null for a letter the system makes for an inwoner's own action. */
    door: string | null;
  },
): Promise<string> {
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO documenten (gemeente_code, melding_id, huishouden_id, beschikking_id, soort, bestandsnaam, mime_type, brief, status, aangemaakt_door, bezwaar_id, aanvraag_id)
     VALUES ($1, $2, $3, $4, $5, $6, 'application/pdf', $7, 'te-maken', $8, $9, $10) RETURNING id`,
    [
      d.gemeenteCode,
      d.meldingId,
      d.huishoudenId,
      d.beschikkingId ?? null,
      d.soort,
      d.bestandsnaam,
      JSON.stringify(d.brief),
      d.door,
      d.bezwaarId ?? null,
      d.aanvraagId ?? null,
    ],
  );
  return rows[0]!.id;
}
