import { createHash } from 'node:crypto';
import type { Actor } from '../../platform/auth/principal.ts';
import { today } from '../../platform/clock.ts';
import type { Sql } from '../../platform/db/types.ts';
import { renderBrief } from '../../platform/documents/brief.ts';
import { recordEvent } from '../../platform/events/events.ts';
import { meldingKenmerk, ontvangstbevestigingBrief } from './ontvangstbevestiging.ts';
import type { MeldingRow } from './repo-meldingen.ts';

/**
 * Generates the ontvangstbevestiging (Wmo 2.3.2 lid 1) and stores it with the melding in the same
 * transaction as the registration: no melding without its letter, no letter without its melding.
 */
export async function maakOntvangstbevestiging(tx: Sql, actor: Actor, m: MeldingRow): Promise<void> {
  if (!m.onderzoek_uiterlijk || !m.persoonlijk_plan_uiterlijk) return;
  const g = await tx.query<{
    naam: string;
    postadres: string | null;
    postcode: string | null;
    plaats: string | null;
    telefoon: string | null;
    website: string | null;
  }>('SELECT naam, postadres, postcode, plaats, telefoon, website FROM gemeenten WHERE code = $1', [
    m.gemeente_code,
  ]);
  const p = await tx.query<{
    voornamen: string | null;
    tussenvoegsel: string | null;
    achternaam: string;
    straat: string | null;
    huisnummer: number | null;
    huisnummertoevoeging: string | null;
    postcode: string | null;
    woonplaats: string | null;
  }>(
    'SELECT voornamen, tussenvoegsel, achternaam, straat, huisnummer, huisnummertoevoeging, postcode, woonplaats FROM personen WHERE id = $1',
    [m.persoon_id],
  );
  const gemeente = g.rows[0]!;
  const pdf = await renderBrief(
    ontvangstbevestigingBrief({
      gemeente: {
        gemeenteNaam: gemeente.naam,
        postadres: gemeente.postadres ?? '',
        postcode: gemeente.postcode ?? '',
        plaats: gemeente.plaats ?? '',
        telefoon: gemeente.telefoon ?? '',
        website: gemeente.website ?? '',
      },
      persoon: p.rows[0]!,
      melding: { nummer: m.nummer, ontvangstdatum: m.ontvangstdatum, hulpvraag: m.hulpvraag, spoed: m.spoed },
      termijnen: {
        onderzoekUiterlijk: m.onderzoek_uiterlijk,
        persoonlijkPlanUiterlijk: m.persoonlijk_plan_uiterlijk,
      },
      contactpersoon: m.contactpersoon_naam ? { naam: m.contactpersoon_naam } : null,
      briefdatum: today(),
    }),
  );
  const { rows } = await tx.query<{ id: string }>(
    `INSERT INTO documenten (gemeente_code, melding_id, huishouden_id, soort, bestandsnaam, mime_type, inhoud, sha256, aangemaakt_door)
     VALUES ($1, $2, $3, 'ontvangstbevestiging', $4, 'application/pdf', $5, $6, $7) RETURNING id`,
    [
      m.gemeente_code,
      m.id,
      m.huishouden_id,
      `ontvangstbevestiging-${meldingKenmerk(m.nummer)}.pdf`,
      pdf,
      createHash('sha256').update(pdf).digest('hex'),
      actor.principal.medewerkerId,
    ],
  );
  await recordEvent(tx, actor, {
    gemeenteCode: m.gemeente_code,
    type: 'OntvangstbevestigingGemaakt',
    objectType: 'melding',
    objectId: m.id,
    data: { documentId: rows[0]!.id },
  });
}
