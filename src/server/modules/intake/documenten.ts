import type { Actor } from '../../platform/auth/principal.ts';
import { today } from '../../platform/clock.ts';
import type { Sql } from '../../platform/db/types.ts';
import { laadAfzender, planDocument } from '../../platform/documents/opslag.ts';
import { recordEvent } from '../../platform/events/events.ts';
import { meldingKenmerk, ontvangstbevestigingBrief } from './ontvangstbevestiging.ts';
import type { MeldingRow } from './repo-meldingen.ts';
import { personenRepo } from './repo-personen.ts';

/**
 * The ontvangstbevestiging (Wmo 2.3.2 lid 1): its content is fixed and stored with the melding in
 * the registration's transaction (no melding without its letter); the PDF is made after commit
 * (ADR 0020). Returns the document's id, for the caller to plan once it has committed.
 */
export async function planOntvangstbevestiging(tx: Sql, actor: Actor, m: MeldingRow): Promise<string | null> {
  if (!m.onderzoek_uiterlijk || !m.persoonlijk_plan_uiterlijk) return null;
  const brief = ontvangstbevestigingBrief({
    gemeente: await laadAfzender(tx, m.gemeente_code),
    persoon: await personenRepo.adresVoorBrief(tx, m.persoon_id),
    melding: {
      nummer: m.nummer,
      ontvangstdatum: m.ontvangstdatum,
      hulpvraag: m.hulpvraag,
      spoed: m.spoed,
      clientondersteuningGeaccepteerd: m.clientondersteuning_geaccepteerd,
    },
    termijnen: {
      onderzoekUiterlijk: m.onderzoek_uiterlijk,
      persoonlijkPlanUiterlijk: m.persoonlijk_plan_uiterlijk,
    },
    contactpersoon: m.contactpersoon_naam ? { naam: m.contactpersoon_naam } : null,
    briefdatum: today(),
  });
  const documentId = await planDocument(tx, {
    gemeenteCode: m.gemeente_code,
    meldingId: m.id,
    huishoudenId: m.huishouden_id,
    soort: 'ontvangstbevestiging',
    bestandsnaam: `ontvangstbevestiging-${meldingKenmerk(m.nummer)}.pdf`,
    brief,
    // Null when the inwoner filed the melding online (the letter is then the system's).
    door: actor.principal.soort === 'medewerker' ? actor.principal.medewerkerId : null,
  });
  await recordEvent(tx, actor, {
    gemeenteCode: m.gemeente_code,
    type: 'OntvangstbevestigingGemaakt',
    objectType: 'melding',
    objectId: m.id,
    data: { documentId },
  });
  return documentId;
}
