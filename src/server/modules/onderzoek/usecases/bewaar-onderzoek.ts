import type { z } from 'zod';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import type { OnderzoekBewaren } from '../schemas.ts';
import { auditOnderzoek, bump, onderzoekOf404, onderzoekView } from './stappen.ts';

/** Draft save (autosave): each step sent replaces that step; nothing is checked for completeness. */
export function bewaarOnderzoek(
  db: Database,
  actor: Actor,
  id: string,
  input: z.output<typeof OnderzoekBewaren>,
) {
  return inTx(db, actor, async (tx) => {
    const o = await onderzoekOf404(tx, id, true);
    if (o.status === 'afgerond')
      throw errors.conflict('afgerond', 'Een afgerond onderzoek kan niet meer worden gewijzigd.');
    const stappen = { ...o.stappen, ...(input.stappen ?? {}) };
    const plan = input.persoonlijkPlan
      ? { ...(o.persoonlijk_plan ?? {}), ...input.persoonlijkPlan }
      : o.persoonlijk_plan;
    await bump(tx, o, input.versie, 'stappen = $3, persoonlijk_plan = $4', [
      JSON.stringify(stappen),
      plan ? JSON.stringify(plan) : null,
    ]);
    await auditOnderzoek(tx, actor, o, 'update');
    return onderzoekView(tx, await onderzoekOf404(tx, id));
  });
}
