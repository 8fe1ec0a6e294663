import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';
import { socialeKaartRepo } from '../repo-sociale-kaart.ts';
import type { SocialeKaartInvoer, SocialeKaartItem } from '../schemas.ts';
import { gemeenteVan, medewerkerOfPartner } from '../wie.ts';
import { controleerWijken } from './wijken-controleren.ts';

/**
 * A new entry on the sociale kaart. Functioneel beheer's entries belong to the gemeente (no
 * organisation); a partner's entry belongs to its organisation, and only that partner (and beheer)
 * changes it afterwards.
 */
export function maakVoorziening(
  db: Database,
  actor: Actor,
  v: z.output<typeof SocialeKaartInvoer>,
  gemeenteGevraagd?: string,
): Promise<SocialeKaartItem> {
  const gemeente = gemeenteVan(actor, gemeenteGevraagd);
  const wie = medewerkerOfPartner(actor);
  return inTx(db, actor, async (tx) => {
    await controleerWijken(tx, gemeente, v.wijken);
    const id = await socialeKaartRepo.maak(tx, gemeente, wie.partnerId, v);
    return (await socialeKaartRepo.lees(tx, id))!;
  });
}
