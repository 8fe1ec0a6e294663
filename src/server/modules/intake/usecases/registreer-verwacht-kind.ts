import type { z } from 'zod';
import { controleerVerwachteGeboortedatum } from '../../../../domain/ongeboren.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { huishoudenView } from '../presenters.ts';
import { huishoudensRepo } from '../repo-huishoudens.ts';
import type { VerwachtKindInvoer } from '../schemas.ts';

const MELDINGEN = {
  'in-verleden':
    'De verwachte geboortedatum ligt in het verleden. Is het kind geboren? Registreer het dan als persoon.',
  'te-ver-vooruit': 'De verwachte geboortedatum ligt meer dan 42 weken vooruit. Controleer de datum.',
} as const;

/** Ongeboren kind: an expected child joins the household for the plan (issue 19). */
export function registreerVerwachtKind(
  db: Database,
  actor: Actor,
  huishoudenId: string,
  input: z.output<typeof VerwachtKindInvoer>,
) {
  return inTx(db, actor, async (tx) => {
    const h = await huishoudensRepo.header(tx, huishoudenId);
    if (!h) throw errors.notFound('Het huishouden');
    const fout = controleerVerwachteGeboortedatum(input.verwachteGeboortedatum, today());
    if (fout) throw errors.field('verwachteGeboortedatum', fout, MELDINGEN[fout]);
    const id = await huishoudensRepo.voegVerwachtKindToe(tx, {
      gemeenteCode: h.gemeente_code,
      huishoudenId,
      datum: input.verwachteGeboortedatum,
      toelichting: input.toelichting ?? null,
      door: alsMedewerker(actor.principal).medewerkerId,
    });
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'huishouden',
      objectId: huishoudenId,
      doel: DOEL_INTAKE,
      gemeenteCode: h.gemeente_code,
      toelichting: 'verwacht kind',
    });
    await recordEvent(tx, actor, {
      gemeenteCode: h.gemeente_code,
      type: 'VerwachtKindGeregistreerd',
      objectType: 'huishouden',
      objectId: huishoudenId,
      data: { verwachtKindId: id, verwachteGeboortedatum: input.verwachteGeboortedatum },
    });
    return huishoudenView(tx, huishoudenId);
  });
}
