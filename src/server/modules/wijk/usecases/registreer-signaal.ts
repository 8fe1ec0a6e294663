import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { preventie } from '../../preventie/index.ts';
import { wijkRepo } from '../repo-wijk.ts';
import type { SignaalInvoer, Wijksignaal } from '../schemas.ts';
import { DOEL_WIJK, gemeenteVan, medewerkerOfPartner } from '../wie.ts';

/**
 * A signal about a wijk (a street with loneliness, a school with debt problems) on the board both
 * toegang and the partners see. A signal about a person is a referral back to toegang and goes
 * through the verwijzingen of the preventie module, with the consent it carries.
 */
export function registreerSignaal(
  db: Database,
  actor: Actor,
  v: z.output<typeof SignaalInvoer>,
): Promise<z.infer<typeof Wijksignaal>> {
  if (v.persoonId)
    throw errors.field(
      'persoonId',
      'signaal-over-persoon',
      'Een signaal over een persoon is een terugverwijzing naar toegang: gebruik de verwijzing (met toestemming), niet het wijksignaal.',
    );
  if (!v.wijk) throw errors.field('wijk', 'verplicht', 'Kies de wijk waar het signaal over gaat.');
  const gemeente = gemeenteVan(actor, v.gemeente);
  const wie = medewerkerOfPartner(actor);
  return inTx(db, actor, async (tx) => {
    const wijk = await wijkRepo.wijk(tx, gemeente, v.wijk!);
    if (!wijk)
      throw errors.field('wijk', 'onbekende-wijk', `Wijk ${v.wijk} bestaat niet in gemeente ${gemeente}.`);
    const id = await wijkRepo.maakSignaal(tx, {
      gemeente,
      wijkId: wijk.id,
      thema: v.thema,
      titel: v.titel,
      omschrijving: v.omschrijving,
      bron: wie.partnerId ? 'partner' : 'toegang',
      partnerId: wie.partnerId,
      bronNaam: wie.partnerId
        ? ((await preventie.api.partner(tx, wie.partnerId))?.naam ?? 'Partner')
        : `Toegang ${await wijkRepo.gemeenteNaam(tx, gemeente)}`,
      door: wie.gebruikerId,
      datum: v.datum ?? today(),
    });
    // Not personal data by design, but a free text that others read: who wrote it is on record.
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'wijksignaal',
      objectId: id,
      doel: DOEL_WIJK,
      gemeenteCode: gemeente,
    });
    return (await wijkRepo.signaal(tx, id))!;
  });
}
