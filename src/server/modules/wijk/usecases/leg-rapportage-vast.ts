import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { opdrachtenRepo } from '../repo-opdrachten.ts';
import type { RapportageInvoer } from '../schemas.ts';
import { DOEL_WIJK, medewerkerOfPartner } from '../wie.ts';
import { partnerOf404 } from './partner-toegang.ts';

/**
 * The quarterly report's words: the partner explains its figures (check), the gemeente's beleid
 * records what is adjusted (act). Each writes only its own part.
 */
export function legRapportageVast(
  db: Database,
  actor: Actor,
  partnerId: string,
  v: z.output<typeof RapportageInvoer>,
): Promise<void> {
  const wie = medewerkerOfPartner(actor);
  const soort = wie.partnerId ? 'toelichting' : 'bijsturing';
  const tekst = wie.partnerId ? v.toelichting : v.bijsturing;
  const ander = wie.partnerId ? v.bijsturing : v.toelichting;
  if (ander !== undefined && ander !== null)
    throw errors.field(
      wie.partnerId ? 'bijsturing' : 'toelichting',
      'niet-uw-deel',
      wie.partnerId
        ? 'De bijsturing legt de gemeente vast; u vult de toelichting in.'
        : 'De toelichting schrijft de partner; u vult de bijsturing in.',
    );
  if (tekst === undefined) throw errors.field(soort, 'verplicht', `Vul de ${soort} in.`);
  return inTx(db, actor, async (tx) => {
    await partnerOf404(tx, actor, partnerId);
    const opdracht = await opdrachtenRepo.opdracht(tx, partnerId, v.jaar);
    if (!opdracht) throw errors.field('jaar', 'geen-opdracht', `Er is geen opdracht voor ${v.jaar}.`);
    await opdrachtenRepo.legRapportageVast(
      tx,
      {
        gemeente: opdracht.gemeente_code,
        opdrachtId: opdracht.id,
        partnerId,
        kwartaal: v.kwartaal,
      },
      { soort, tekst, door: wie.gebruikerId },
    );
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'kwartaalrapportage',
      objectId: opdracht.id,
      doel: DOEL_WIJK,
      gemeenteCode: opdracht.gemeente_code,
      toelichting: `${v.jaar}-K${v.kwartaal} ${soort}`,
    });
  });
}
