import type { z } from 'zod';
import { verschilInDagen } from '../../../../domain/termijnen/index.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { encodeCursor } from '../../../platform/http/cursor.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_AANVRAAG } from '../doel.ts';
import { presenteerAanvraag } from '../presenters.ts';
import { aanvragenRepo } from '../repo-aanvragen.ts';
import type { AanvraagFilter } from '../schemas.ts';

/**
 * The backoffice's worklist: aanvragen by beschikking deadline (earliest first), keyset-paged.
 * Names are shown, so the search is audited like every list of persons.
 */
export function lijstAanvragen(db: Database, actor: Actor, f: z.output<typeof AanvraagFilter>) {
  return inTx(db, actor, async (tx) => {
    const rows = await aanvragenRepo.lijst(tx, f);
    const meer = rows.length > f.pageSize;
    const pagina = rows.slice(0, f.pageSize);
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'aanvraag',
      doel: DOEL_AANVRAAG,
      toelichting: `aanvragen${f.status ? ` (${f.status})` : ''}: ${pagina.length}`,
      personen: pagina.map((r) => r.persoon_id),
    });
    const vandaag = today();
    const last = pagina.at(-1);
    return {
      items: pagina.map((r) => ({
        ...presenteerAanvraag(r),
        persoon: { id: r.persoon_id, naam: r.persoon_naam },
        dagenOver: verschilInDagen(vandaag, r.beschikking_uiterlijk),
      })),
      volgende: meer && last ? encodeCursor(last.beschikking_uiterlijk, last.id) : null,
    };
  });
}
