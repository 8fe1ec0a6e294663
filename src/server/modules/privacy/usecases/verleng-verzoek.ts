import type { z } from 'zod';
import { avgTermijnen, verlengingTijdig } from '../../../../domain/privacy/avg-termijnen.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { intake } from '../../intake/index.ts';
import { DOEL_RECHTEN_BETROKKENE } from '../doel.ts';
import { presenteerVerzoek } from '../presenters-verzoeken.ts';
import { verzoekenRepo } from '../repo-verzoeken.ts';
import type { VerzoekVerlengen } from '../schemas-verzoeken.ts';
import { verzoekOf404 } from './stappen.ts';

/**
 * Extends the term by two months (AVG art. 12 lid 3). Only once, only while the request is open, and
 * only within the first month: the aanvrager must hear of it (with the reason) in that month.
 */
export function verlengVerzoek(
  db: Database,
  actor: Actor,
  id: string,
  input: z.output<typeof VerzoekVerlengen>,
) {
  return inTx(db, actor, async (tx) => {
    const v = await verzoekOf404(tx, id);
    if (v.status !== 'open') throw errors.conflict('afgehandeld', 'Dit verzoek is al afgehandeld.');
    if (v.verlengdUiterlijk) {
      throw errors.field(
        'reden',
        'al-verlengd',
        'De termijn is al verlengd; dat kan maar één keer (AVG art. 12 lid 3).',
      );
    }
    const op = input.gemeldOp ?? today();
    if (op > today())
      throw errors.field('gemeldOp', 'in-toekomst', 'Deze datum kan niet in de toekomst liggen.');
    if (op < v.ontvangstdatum) {
      throw errors.field('gemeldOp', 'voor-ontvangst', 'Deze datum ligt vóór de ontvangst van het verzoek.');
    }
    const kalender = await intake.api.laadKalender(tx);
    if (!verlengingTijdig(v.ontvangstdatum, op, kalender)) {
      throw errors.field(
        input.gemeldOp ? 'gemeldOp' : 'reden',
        'te-laat',
        `Verlengen kan alleen binnen een maand na ontvangst (uiterlijk ${v.verlengingMeldenUiterlijk}); de aanvrager moet dat in die maand horen (AVG art. 12 lid 3).`,
      );
    }
    const t = avgTermijnen(v.ontvangstdatum, kalender);
    await verzoekenRepo.verleng(tx, id, input.versie, {
      uiterlijk: t.verlengdUiterlijk,
      reden: input.reden,
      op,
    });
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'privacyverzoek',
      objectId: id,
      doel: DOEL_RECHTEN_BETROKKENE,
      gemeenteCode: v.gemeenteCode,
      toelichting: 'verlenging',
      personen: [v.persoonId],
    });
    return presenteerVerzoek((await verzoekenRepo.get(tx, id))!);
  });
}
