import type { Actor } from '../../../platform/auth/principal.ts';
import { vereisRelatieHuishouden } from '../../../platform/auth/relatie.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { onderzoekenRepo } from '../repo-onderzoeken.ts';
import { auditOnderzoek, onderzoekOf404, onderzoekView } from './stappen.ts';

/** The onderzoek of a melding (the read is audited); 404 when it has none yet. */
export function onderzoekVanMelding(db: Database, actor: Actor, meldingId: string) {
  return inTx(db, actor, async (tx) => {
    const id = await onderzoekenRepo.idVanMelding(tx, meldingId);
    if (!id) {
      const huishouden = await onderzoekenRepo.huishoudenVanMelding(tx, meldingId);
      if (huishouden) await vereisRelatieHuishouden(tx, huishouden);
      throw errors.notFound('Het onderzoek van deze melding');
    }
    const o = await onderzoekOf404(tx, id);
    await auditOnderzoek(tx, actor, o, 'read');
    return onderzoekView(tx, o);
  });
}
