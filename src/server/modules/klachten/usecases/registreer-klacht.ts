import type { z } from 'zod';
import { klachtAfhandelingUiterlijk } from '../../../../domain/termijnen/index.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx, requireGemeente } from '../../../platform/usecase.ts';
import { intake } from '../../intake/index.ts';
import { klachtView } from '../presenters.ts';
import { klachtenRepo } from '../repo-klachten.ts';
import type { KlachtInvoer } from '../schemas.ts';

/** Awb 9:11 lid 1: a klacht is handled within six weeks of receipt, ten with a klachtadviescommissie. */
export function registreerKlacht(db: Database, actor: Actor, input: z.output<typeof KlachtInvoer>) {
  return inTx(db, actor, async (tx) => {
    if (input.ontvangstdatum > today()) {
      throw errors.field(
        'ontvangstdatum',
        'in-toekomst',
        'De ontvangstdatum kan niet in de toekomst liggen.',
      );
    }
    let gemeenteCode: string | null = null;
    if (input.persoonId) {
      gemeenteCode = await klachtenRepo.gemeenteVanPersoon(tx, input.persoonId);
      if (!gemeenteCode) throw errors.field('persoonId', 'bestaat-niet', 'Deze inwoner is niet gevonden.');
    } else if (input.gemeenteCode) {
      requireGemeente(actor, input.gemeenteCode);
      gemeenteCode = input.gemeenteCode;
    } else if (actor.principal.gemeenten.length === 1) {
      gemeenteCode = actor.principal.gemeenten[0]!;
    } else {
      throw errors.field('gemeenteCode', 'verplicht', 'Kies de gemeente waarover de klacht gaat.');
    }
    const uiterlijk = klachtAfhandelingUiterlijk(
      input.ontvangstdatum,
      input.klachtadviescommissie,
      false,
      await intake.api.laadKalender(tx),
    );
    const id = await klachtenRepo.voegToe(tx, {
      gemeenteCode,
      persoonId: input.persoonId ?? null,
      ontvangstdatum: input.ontvangstdatum,
      klachtadviescommissie: input.klachtadviescommissie,
      omschrijving: input.omschrijving,
      uiterlijk,
      door: alsMedewerker(actor.principal).medewerkerId,
    });
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'klacht',
      objectId: id,
      doel: 'klachtbehandeling',
      gemeenteCode,
      personen: input.persoonId ? [input.persoonId] : [],
    });
    await recordEvent(tx, actor, {
      gemeenteCode,
      type: 'KlachtOntvangen',
      objectType: 'klacht',
      objectId: id,
      data: { ontvangstdatum: input.ontvangstdatum, afhandelingUiterlijk: uiterlijk },
    });
    return klachtView((await klachtenRepo.get(tx, id))!);
  });
}
