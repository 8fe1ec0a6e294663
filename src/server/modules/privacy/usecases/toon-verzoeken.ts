import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_RECHTEN_BETROKKENE } from '../doel.ts';
import { presenteerVerzoek } from '../presenters-verzoeken.ts';
import { verzoekenRepo } from '../repo-verzoeken.ts';
import { verzoekOf404 } from './stappen.ts';

/** The privacy officer's worklist, nearest deadline first; it names the persons it shows. */
export function toonVerzoeken(db: Database, actor: Actor, status: 'open' | 'afgehandeld' | undefined) {
  return inTx(db, actor, async (tx) => {
    const rows = await verzoekenRepo.lijst(tx, status ?? null);
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'privacyverzoek',
      doel: DOEL_RECHTEN_BETROKKENE,
      toelichting: `${rows.length} verzoeken`,
      personen: rows.map((r) => r.persoonId),
    });
    return rows.map(presenteerVerzoek);
  });
}

export function raadpleegVerzoek(db: Database, actor: Actor, id: string) {
  return inTx(db, actor, async (tx) => {
    const v = await verzoekOf404(tx, id);
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'privacyverzoek',
      objectId: id,
      doel: DOEL_RECHTEN_BETROKKENE,
      gemeenteCode: v.gemeenteCode,
      personen: [v.persoonId],
    });
    return presenteerVerzoek(v);
  });
}
