import type { z } from 'zod';
import { bezwaarUiterlijk } from '../../../../domain/termijnen/index.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { renderBrief } from '../../../platform/documents/brief-renderer.ts';
import { laadAfzender } from '../../../platform/documents/opslag.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { intake } from '../../intake/index.ts';
import { verzoekBrief, verzoekKenmerk } from '../brief-verzoek.ts';
import { DOEL_RECHTEN_BETROKKENE } from '../doel.ts';
import { presenteerVerzoek } from '../presenters-verzoeken.ts';
import { verzoekenRepo } from '../repo-verzoeken.ts';
import type { VerzoekAfhandelen } from '../schemas-verzoeken.ts';
import { verzoekOf404 } from './stappen.ts';

/**
 * Decides a request. The letter's content is stored with the decision in the same transaction; the
 * PDF is rendered only when downloaded, after commit (ADR 0020), so a decision never fails on it.
 */
export function handelVerzoekAf(
  db: Database,
  actor: Actor,
  id: string,
  input: z.output<typeof VerzoekAfhandelen>,
) {
  const mw = alsMedewerker(actor.principal);
  return inTx(db, actor, async (tx) => {
    const v = await verzoekOf404(tx, id);
    if (v.status !== 'open') throw errors.conflict('afgehandeld', 'Dit verzoek is al afgehandeld.');
    const op = today();
    const brief = verzoekBrief({
      gemeente: await laadAfzender(tx, v.gemeenteCode),
      persoon: await intake.api.adresVoorBrief(tx, v.persoonId),
      kenmerk: verzoekKenmerk(v.id),
      datum: op,
      soort: v.soort,
      ontvangstdatum: v.ontvangstdatum,
      besluit: input.besluit,
      motivering: input.motivering,
      bezwaarUiterlijk: bezwaarUiterlijk(op, await intake.api.laadKalender(tx)),
    });
    await verzoekenRepo.handelAf(tx, id, input.versie, {
      besluit: input.besluit,
      motivering: input.motivering,
      op,
      door: mw.medewerkerId,
      brief,
    });
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'privacyverzoek',
      objectId: id,
      doel: DOEL_RECHTEN_BETROKKENE,
      gemeenteCode: v.gemeenteCode,
      toelichting: `afgehandeld: ${input.besluit}`,
      personen: [v.persoonId],
    });
    return presenteerVerzoek((await verzoekenRepo.get(tx, id))!);
  });
}

/** The decision letter as PDF, rendered from its stored content outside the transaction. */
export async function downloadBesluit(db: Database, actor: Actor, id: string) {
  const { brief, kenmerk } = await inTx(db, actor, async (tx) => {
    const v = await verzoekOf404(tx, id);
    const b = await verzoekenRepo.brief(tx, id);
    if (!b) throw errors.notFound('Het besluit op dit verzoek');
    await audit(tx, actor, {
      actie: 'print',
      objectType: 'privacyverzoek',
      objectId: id,
      doel: DOEL_RECHTEN_BETROKKENE,
      gemeenteCode: v.gemeenteCode,
      personen: [v.persoonId],
    });
    return { brief: b, kenmerk: verzoekKenmerk(v.id) };
  });
  return { inhoud: await renderBrief(brief), bestandsnaam: `besluit-${kenmerk}.pdf` };
}
