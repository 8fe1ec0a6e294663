import { type Actor, alsMedewerker } from '../../platform/auth/principal.ts';
import { today } from '../../platform/clock.ts';
import type { Sql } from '../../platform/db/types.ts';
import { renderBrief } from '../../platform/documents/brief-renderer.ts';
import { bewaarDocument, laadAfzender } from '../../platform/documents/opslag.ts';
import { recordEvent } from '../../platform/events/events.ts';
import { meldingKenmerk, ontvangstbevestigingBrief } from './ontvangstbevestiging.ts';
import type { MeldingRow } from './repo-meldingen.ts';
import { personenRepo } from './repo-personen.ts';

/**
 * Generates the ontvangstbevestiging (Wmo 2.3.2 lid 1) and stores it with the melding in the same
 * transaction as the registration: no melding without its letter, no letter without its melding.
 */
export async function maakOntvangstbevestiging(tx: Sql, actor: Actor, m: MeldingRow): Promise<void> {
  if (!m.onderzoek_uiterlijk || !m.persoonlijk_plan_uiterlijk) return;
  const pdf = await renderBrief(
    ontvangstbevestigingBrief({
      gemeente: await laadAfzender(tx, m.gemeente_code),
      persoon: await personenRepo.adresVoorBrief(tx, m.persoon_id),
      melding: { nummer: m.nummer, ontvangstdatum: m.ontvangstdatum, hulpvraag: m.hulpvraag, spoed: m.spoed },
      termijnen: {
        onderzoekUiterlijk: m.onderzoek_uiterlijk,
        persoonlijkPlanUiterlijk: m.persoonlijk_plan_uiterlijk,
      },
      contactpersoon: m.contactpersoon_naam ? { naam: m.contactpersoon_naam } : null,
      briefdatum: today(),
    }),
  );
  const documentId = await bewaarDocument(tx, {
    gemeenteCode: m.gemeente_code,
    meldingId: m.id,
    huishoudenId: m.huishouden_id,
    soort: 'ontvangstbevestiging',
    bestandsnaam: `ontvangstbevestiging-${meldingKenmerk(m.nummer)}.pdf`,
    inhoud: pdf,
    door: alsMedewerker(actor.principal).medewerkerId,
  });
  await recordEvent(tx, actor, {
    gemeenteCode: m.gemeente_code,
    type: 'OntvangstbevestigingGemaakt',
    objectType: 'melding',
    objectId: m.id,
    data: { documentId },
  });
}
