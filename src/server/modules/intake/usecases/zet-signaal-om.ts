import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { planDocumenten } from '../../../platform/documents/maken.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { planOntvangstbevestiging } from '../documenten.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { laadKalender, meldingTermijnen } from '../kalender.ts';
import { meldingView } from '../presenters.ts';
import { meldingenRepo } from '../repo-meldingen.ts';
import type { Omzetting } from '../schemas.ts';
import { checkVersie, meldingOf404 } from './stappen.ts';

export type ZetSignaalOmInvoer = z.output<typeof Omzetting>;

/**
 * A signaal becomes a melding once the resident asks for support: from then on the legal terms
 * run, and the resident gets an ontvangstbevestiging (made after commit, ADR 0020).
 */
export async function zetSignaalOm(db: Database, actor: Actor, id: string, input: ZetSignaalOmInvoer) {
  const { weergave, documentId } = await inTx(db, actor, async (tx) => {
    const m = await meldingOf404(tx, id, true);
    checkVersie(m, input.versie);
    if (m.soort !== 'signaal' || m.status !== 'nieuw') {
      throw errors.conflict(
        'geen-open-signaal',
        'Alleen een open signaal kan worden omgezet naar een melding.',
      );
    }
    if (input.ontvangstdatum < m.ontvangstdatum || input.ontvangstdatum > today()) {
      throw errors.field(
        'ontvangstdatum',
        'ongeldig',
        'Ligt tussen de ontvangst van het signaal en vandaag.',
      );
    }
    const termijnen = meldingTermijnen('melding', input.ontvangstdatum, await laadKalender(tx));
    await meldingenRepo.zetOmInMelding(tx, id, { ontvangstdatum: input.ontvangstdatum, ...termijnen });
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'melding',
      objectId: id,
      doel: DOEL_INTAKE,
      gemeenteCode: m.gemeente_code,
    });
    await recordEvent(tx, actor, {
      gemeenteCode: m.gemeente_code,
      type: 'SignaalOmgezetInMelding',
      objectType: 'melding',
      objectId: id,
      data: { ontvangstdatum: input.ontvangstdatum, onderzoekUiterlijk: termijnen.onderzoekUiterlijk },
    });
    const updated = await meldingOf404(tx, id);
    const documentId = await planOntvangstbevestiging(tx, actor, updated);
    return { weergave: await meldingView(tx, updated), documentId };
  });
  await planDocumenten(db, [documentId]);
  return weergave;
}
