import type { Actor } from '../../../platform/auth/principal.ts';
import { vereisRelatieHuishouden } from '../../../platform/auth/relatie.ts';
import type { Database } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { onderzoekenRepo } from '../repo-onderzoeken.ts';
import { auditOnderzoek, onderzoekOf404, onderzoekView } from './stappen.ts';

/** Starts the onderzoek of a melding that triage sent to onderzoek (one per melding). */
export function startOnderzoek(db: Database, actor: Actor, meldingId: string) {
  return inTx(db, actor, async (tx) => {
    const m = await onderzoekenRepo.meldingVoorStart(tx, meldingId);
    if (!m) throw errors.field('meldingId', 'bestaat-niet', 'Deze melding bestaat niet.');
    if (m.status !== 'onderzoek') {
      throw errors.field(
        'meldingId',
        'geen-onderzoek',
        'Een onderzoek start na triage met uitkomst "onderzoek nodig".',
      );
    }
    // Only someone with a relationship (the behandelaar from triage, the team) starts it.
    await vereisRelatieHuishouden(tx, m.huishouden_id);
    const bestaand = await onderzoekenRepo.idVanMelding(tx, meldingId);
    if (bestaand) throw errors.conflict('bestaat-al', `Deze melding heeft al een onderzoek (${bestaand}).`);
    const o = await onderzoekOf404(
      tx,
      await onderzoekenRepo.insert(tx, m.gemeente_code, meldingId, m.huishouden_id),
    );
    await auditOnderzoek(tx, actor, o, 'create');
    await recordEvent(tx, actor, {
      gemeenteCode: o.gemeente_code,
      type: 'OnderzoekGestart',
      objectType: 'melding',
      objectId: meldingId,
      data: { onderzoekId: o.id },
    });
    return onderzoekView(tx, o);
  });
}
