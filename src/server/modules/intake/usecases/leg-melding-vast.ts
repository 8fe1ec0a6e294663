import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Sql } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { planOntvangstbevestiging } from '../documenten.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { laadKalender, meldingTermijnen } from '../kalender.ts';
import type { MeldingRow } from '../repo-meldingen.ts';
import { meldingenRepo } from '../repo-meldingen.ts';
import type { PersoonRow } from '../repo-personen.ts';
import type { MeldingInvoer } from '../schemas.ts';
import { meldingOf404 } from './stappen.ts';

export type MeldingVastleggen = Omit<
  z.output<typeof MeldingInvoer>,
  'persoonId' | 'nieuwePersoon' | 'dubbeleMeldingBevestigd'
> & {
  /** The medewerker who typed it in; null when the inwoner filed it in the portal. */
  geregistreerdDoor: string | null;
};

/**
 * The part of registering that is the same whoever registers (a medewerker at the desk, or the
 * inwoner online): the legal terms, the row, the audit row, the domain event and for a melding the
 * ontvangstbevestiging's content — all in the caller's transaction.
 */
export async function legMeldingVast(
  tx: Sql,
  actor: Actor,
  persoon: PersoonRow & { huishouden_id: string },
  input: MeldingVastleggen,
): Promise<{ melding: MeldingRow; documentId: string | null }> {
  const termijnen = meldingTermijnen(input.soort, input.ontvangstdatum, await laadKalender(tx));
  const id = await meldingenRepo.insert(tx, {
    gemeenteCode: persoon.gemeente_code,
    soort: input.soort,
    persoonId: persoon.id,
    huishoudenId: persoon.huishouden_id,
    wijkId: persoon.wijk_id,
    ontvangstdatum: input.ontvangstdatum,
    kanaal: input.kanaal,
    melder: input.melder,
    hulpvraag: input.hulpvraag,
    leefgebieden: input.leefgebieden,
    spoed: input.spoed,
    spoedToelichting: input.spoedToelichting,
    clientondersteuningAangeboden: input.clientondersteuningAangeboden,
    clientondersteuningGeaccepteerd: input.clientondersteuningGeaccepteerd,
    persoonlijkPlanOntvangenOp: input.persoonlijkPlanOntvangenOp,
    // An informatievraag is answered at registration and does not stay in the worklist.
    status: input.soort === 'informatievraag' ? 'afgesloten' : 'nieuw',
    onderzoekUiterlijk: termijnen.onderzoekUiterlijk,
    persoonlijkPlanUiterlijk: termijnen.persoonlijkPlanUiterlijk,
    geregistreerdDoor: input.geregistreerdDoor,
  });
  const m = await meldingOf404(tx, id);
  await audit(tx, actor, {
    actie: 'create',
    objectType: 'melding',
    objectId: id,
    doel: DOEL_INTAKE,
    gemeenteCode: m.gemeente_code,
  });
  await recordEvent(tx, actor, {
    gemeenteCode: m.gemeente_code,
    type:
      input.soort === 'melding'
        ? 'MeldingOntvangen'
        : input.soort === 'signaal'
          ? 'SignaalOntvangen'
          : 'InformatievraagBeantwoord',
    objectType: 'melding',
    objectId: id,
    data: {
      soort: input.soort,
      kanaal: input.kanaal,
      ontvangstdatum: input.ontvangstdatum,
      spoed: input.spoed,
      wijk: m.wijk_code,
      onderzoekUiterlijk: termijnen.onderzoekUiterlijk,
    },
  });
  const documentId = input.soort === 'melding' ? await planOntvangstbevestiging(tx, actor, m) : null;
  return { melding: m, documentId };
}
