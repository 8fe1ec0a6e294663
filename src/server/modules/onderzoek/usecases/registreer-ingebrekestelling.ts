import type { z } from 'zod';
import { dwangsomVanaf } from '../../../../domain/termijnen/index.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { nietGevonden } from '../../../platform/auth/relatie.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { awbRepo } from '../repo-awb.ts';
import type { IngebrekestellingInvoer } from '../schemas.ts';
import { dwangsomOp } from './dwangsom.ts';

/**
 * Awb 4:17: a received ingebrekestelling. From now on the case is red in the werkvoorraad; the
 * dwangsom runs from the later of the beslistermijn's last day and the receipt, plus two weeks.
 * One per aanvraag (a second letter changes nothing: the first starts the clock).
 */
export function registreerIngebrekestelling(
  db: Database,
  actor: Actor,
  aanvraagId: string,
  input: z.output<typeof IngebrekestellingInvoer>,
) {
  return inTx(db, actor, async (tx) => {
    const a = await awbRepo.aanvraag(tx, aanvraagId, true);
    if (!a) throw await nietGevonden(tx, 'aanvragen', aanvraagId, 'De aanvraag');
    if (input.ontvangstdatum < a.aanvraagdatum) {
      throw errors.field(
        'ontvangstdatum',
        'voor-aanvraag',
        'Een ingebrekestelling kan niet eerder binnenkomen dan de aanvraag zelf.',
      );
    }
    if (input.ontvangstdatum > today()) {
      throw errors.field(
        'ontvangstdatum',
        'in-toekomst',
        'De ontvangstdatum kan niet in de toekomst liggen.',
      );
    }
    if (a.besluitdatum && a.besluitdatum <= input.ontvangstdatum) {
      throw errors.field(
        'ontvangstdatum',
        'al-besloten',
        `Op deze aanvraag is al beslist (${a.besluitdatum}); een ingebrekestelling heeft dan geen gevolg.`,
      );
    }
    if (await awbRepo.ingebrekestelling(tx, a.id)) {
      throw errors.conflict(
        'al-in-gebreke-gesteld',
        'Voor deze aanvraag is al een ingebrekestelling vastgelegd.',
      );
    }
    const vanaf = dwangsomVanaf(a.beschikking_uiterlijk, input.ontvangstdatum);
    const id = await awbRepo.voegIngebrekestellingToe(tx, a, {
      ontvangstdatum: input.ontvangstdatum,
      vanaf,
      door: alsMedewerker(actor.principal).medewerkerId,
    });
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'ingebrekestelling',
      objectId: id,
      doel: 'wmo-aanvraag',
      gemeenteCode: a.gemeente_code,
      personen: [a.persoon_id],
    });
    await recordEvent(tx, actor, {
      gemeenteCode: a.gemeente_code,
      type: 'IngebrekestellingOntvangen',
      objectType: 'aanvraag',
      objectId: a.id,
      data: { ingebrekestellingId: id, ontvangstdatum: input.ontvangstdatum, dwangsomVanaf: vanaf },
    });
    return { id, aanvraagId: a.id, ...(await dwangsomOp(tx, a, today())) };
  });
}
