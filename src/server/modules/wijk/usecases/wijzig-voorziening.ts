import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { socialeKaartRepo } from '../repo-sociale-kaart.ts';
import type { SocialeKaartItem, SocialeKaartWijzigen } from '../schemas.ts';
import { medewerkerOfPartner } from '../wie.ts';
import { controleerWijken } from './wijken-controleren.ts';

/**
 * Change an entry. Row-level security lets a partner update only its own entries; the check here
 * turns that into a clear 403 instead of an update of zero rows.
 */
export function wijzigVoorziening(
  db: Database,
  actor: Actor,
  id: string,
  v: z.output<typeof SocialeKaartWijzigen>,
): Promise<SocialeKaartItem> {
  const wie = medewerkerOfPartner(actor);
  return inTx(db, actor, async (tx) => {
    const huidig = await socialeKaartRepo.lees(tx, id, true);
    if (!huidig) throw errors.notFound('Voorziening');
    if (wie.partnerId && huidig.partnerId !== wie.partnerId)
      throw errors.forbidden('U kunt alleen de voorzieningen van uw eigen organisatie wijzigen.');
    if (huidig.versie !== v.versie)
      throw errors.conflict(
        'versie',
        'Iemand anders heeft deze voorziening intussen gewijzigd. Laad haar opnieuw.',
      );
    await controleerWijken(tx, huidig.gemeenteCode, v.wijken);
    await socialeKaartRepo.wijzig(tx, id, v);
    return (await socialeKaartRepo.lees(tx, id))!;
  });
}
