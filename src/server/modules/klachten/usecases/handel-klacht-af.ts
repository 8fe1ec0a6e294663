import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { klachtView } from '../presenters.ts';
import { klachtenRepo } from '../repo-klachten.ts';
import type { KlachtAfhandeling } from '../schemas.ts';

/** Awb 9:12: the klager hears in writing the outcome of the investigation, the oordeel and any conclusions. */
export function handelKlachtAf(
  db: Database,
  actor: Actor,
  id: string,
  input: z.output<typeof KlachtAfhandeling>,
) {
  return inTx(db, actor, async (tx) => {
    const k = await klachtenRepo.get(tx, id, true);
    if (!k) throw errors.notFound('De klacht');
    if (k.versie !== input.versie) throw errors.versionConflict('De klacht');
    if (k.status !== 'open') throw errors.conflict('klacht-afgehandeld', 'Deze klacht is al afgehandeld.');
    if (input.afgehandeldOp < k.ontvangstdatum || input.afgehandeldOp > today()) {
      throw errors.field(
        'afgehandeldOp',
        'ongeldig',
        'De afhandeldatum ligt tussen de ontvangst van de klacht en vandaag.',
      );
    }
    if (input.gehoordOp && (input.gehoordOp < k.ontvangstdatum || input.gehoordOp > input.afgehandeldOp)) {
      throw errors.field('gehoordOp', 'ongeldig', 'Het horen ligt tussen de ontvangst en de afhandeling.');
    }
    await klachtenRepo.handelAf(tx, k.id, {
      afgehandeldOp: input.afgehandeldOp,
      oordeel: input.oordeel,
      gehoordOp: input.gehoordOp ?? null,
    });
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'klacht',
      objectId: k.id,
      doel: 'klachtbehandeling',
      gemeenteCode: k.gemeente_code,
      personen: k.persoon_id ? [k.persoon_id] : [],
    });
    await recordEvent(tx, actor, {
      gemeenteCode: k.gemeente_code,
      type: 'KlachtAfgehandeld',
      objectType: 'klacht',
      objectId: k.id,
      data: {
        oordeel: input.oordeel,
        afgehandeldOp: input.afgehandeldOp,
        binnenTermijn: input.afgehandeldOp <= k.afhandeling_uiterlijk,
      },
    });
    return klachtView((await klachtenRepo.get(tx, k.id))!);
  });
}
