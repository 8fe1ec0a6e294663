import type { z } from 'zod';
import { klachtAfhandelingUiterlijk } from '../../../../domain/termijnen/index.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { formatDatumLang } from '../../../platform/documents/datum.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { intake } from '../../intake/index.ts';
import { klachtView } from '../presenters.ts';
import { klachtenRepo } from '../repo-klachten.ts';
import type { KlachtVerdaging } from '../schemas.ts';

/** Awb 9:11 lid 2: the handling may be verdaagd once, by at most four weeks, before the term ends. */
export function verdaagKlacht(
  db: Database,
  actor: Actor,
  id: string,
  input: z.output<typeof KlachtVerdaging>,
) {
  return inTx(db, actor, async (tx) => {
    const k = await klachtenRepo.get(tx, id, true);
    if (!k) throw errors.notFound('De klacht');
    if (k.versie !== input.versie) throw errors.versionConflict('De klacht');
    if (k.status !== 'open') throw errors.conflict('klacht-afgehandeld', 'Deze klacht is al afgehandeld.');
    if (k.verdaagd_op) {
      throw errors.field(
        'reden',
        'al-verdaagd',
        'Deze klacht is al verdaagd; de wet staat één verdaging van hoogstens vier weken toe (Awb 9:11 lid 2).',
      );
    }
    const vandaag = today();
    if (vandaag > k.afhandeling_uiterlijk) {
      throw errors.field(
        'afhandelingUiterlijk',
        'termijn-verstreken',
        `De termijn is op ${formatDatumLang(k.afhandeling_uiterlijk)} verstreken; verdagen kan alleen voor het einde van de termijn.`,
      );
    }
    const uiterlijk = klachtAfhandelingUiterlijk(
      k.ontvangstdatum,
      k.klachtadviescommissie,
      true,
      await intake.api.laadKalender(tx),
    );
    await klachtenRepo.verdaag(tx, k.id, vandaag, input.reden, uiterlijk);
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
      type: 'KlachtVerdaagd',
      objectType: 'klacht',
      objectId: k.id,
      data: { was: k.afhandeling_uiterlijk, afhandelingUiterlijk: uiterlijk },
    });
    return klachtView((await klachtenRepo.get(tx, k.id))!);
  });
}
