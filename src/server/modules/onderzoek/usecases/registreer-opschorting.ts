import type { z } from 'zod';
import {
  berekenTermijn,
  beschikkingUiterlijkMetOpschorting,
  controleerOpschorting,
  type OpschortingFout,
  opgeschorteDagen,
} from '../../../../domain/termijnen/index.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { nietGevonden } from '../../../platform/auth/relatie.ts';
import type { Database } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { intake } from '../../intake/index.ts';
import { presenteerAanvraag } from '../presenters.ts';
import { awbRepo } from '../repo-awb.ts';
import type { OpschortingInvoer } from '../schemas.ts';
import { aanvraagOf404 } from './raadpleeg-aanvraag.ts';

const FOUTEN: Record<OpschortingFout, { veld: 'van' | 'tot'; melding: string }> = {
  'eindigt-voor-begin': { veld: 'tot', melding: 'De opschorting moet eindigen na de eerste dag ervan.' },
  'voor-aanvraag': {
    veld: 'van',
    melding: 'Een opschorting begint op zijn vroegst de dag na de aanvraag (Awb 4:15 lid 1).',
  },
  'na-termijn': {
    veld: 'van',
    melding:
      'De beslistermijn was toen al verstreken; een verstreken termijn kan niet meer worden opgeschort.',
  },
  overlapt: { veld: 'van', melding: 'Deze periode overlapt een opschorting die al is vastgelegd.' },
};

/**
 * Awb 4:15: the beslistermijn stands still from `van` up to `tot`. The aanvraag's deadline moves
 * by exactly those days (domain/termijnen/awb.ts), in the same transaction, so the werkvoorraad
 * and the process KPIs, which read `aanvragen.beschikking_uiterlijk`, see the moved deadline.
 */
export function registreerOpschorting(
  db: Database,
  actor: Actor,
  aanvraagId: string,
  input: z.output<typeof OpschortingInvoer>,
) {
  return inTx(db, actor, async (tx) => {
    const a = await awbRepo.aanvraag(tx, aanvraagId, true);
    if (!a) throw await nietGevonden(tx, 'aanvragen', aanvraagId, 'De aanvraag');
    if (a.status !== 'ingediend') {
      throw errors.conflict('aanvraag-afgerond', 'Op deze aanvraag is al besloten of zij is ingetrokken.');
    }
    const bestaand = await awbRepo.opschortingen(tx, a.id);
    const fout = controleerOpschorting(input, bestaand, a.aanvraagdatum, a.beschikking_uiterlijk);
    if (fout) throw errors.field(FOUTEN[fout].veld, fout, FOUTEN[fout].melding);
    const id = await awbRepo.voegOpschortingToe(tx, a, {
      reden: input.reden,
      toelichting: input.toelichting ?? null,
      van: input.van,
      tot: input.tot,
      door: alsMedewerker(actor.principal).medewerkerId,
    });
    const kalender = await intake.api.laadKalender(tx);
    // After a verdaging (4:14 lid 3) the agreed date is the term; an opschorting lengthens that one.
    const uiterlijk = a.verdaagd_op
      ? berekenTermijn(a.beschikking_uiterlijk, opgeschorteDagen(input), kalender).einddatum
      : beschikkingUiterlijkMetOpschorting(a.aanvraagdatum, [...bestaand, input], kalender);
    await awbRepo.zetUiterlijk(tx, a.id, uiterlijk);
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'aanvraag',
      objectId: a.id,
      doel: 'wmo-aanvraag',
      gemeenteCode: a.gemeente_code,
      toelichting: `opschorting ${input.van} tot ${input.tot} (${input.reden})`,
      personen: [a.persoon_id],
    });
    await recordEvent(tx, actor, {
      gemeenteCode: a.gemeente_code,
      type: 'BeslistermijnOpgeschort',
      objectType: 'aanvraag',
      objectId: a.id,
      data: {
        opschortingId: id,
        reden: input.reden,
        van: input.van,
        tot: input.tot,
        was: a.beschikking_uiterlijk,
        beschikkingUiterlijk: uiterlijk,
      },
    });
    return presenteerAanvraag(await aanvraagOf404(tx, a.id));
  });
}
