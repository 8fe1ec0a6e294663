import type { z } from 'zod';
import { conclusieFout, ontbrekendeAntwoorden } from '../../../../domain/onderzoek.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { planDocumenten } from '../../../platform/documents/maken.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { legOnderzoekUitkomstVast } from '../../intake/index.ts';
import { planOntvangen } from '../presenters.ts';
import type { Afronding } from '../schemas.ts';
import { auditOnderzoek, bump, onderzoekOf404, onderzoekView, planVerslag } from './stappen.ts';

/**
 * Closes the onderzoek: every step answered (else 400 naming each open answer), the conclusion
 * consistent with step 5, the verslag generated and stored, the ladder outcome recorded on the
 * melding. Advice/collective outcomes close the melding; maatwerk opens the way to an aanvraag.
 */
export async function rondOnderzoekAf(
  db: Database,
  actor: Actor,
  id: string,
  input: z.output<typeof Afronding>,
) {
  const { weergave, documentId } = await inTx(db, actor, async (tx) => {
    const o = await onderzoekOf404(tx, id, true);
    if (o.versie !== input.versie) throw errors.versionConflict('Het onderzoek');
    if (o.status === 'afgerond') throw errors.conflict('afgerond', 'Dit onderzoek is al afgerond.');
    const open = ontbrekendeAntwoorden(o.stappen, planOntvangen(o), o.persoonlijk_plan?.meegenomen);
    if (!input.samenvatting) open.push({ veld: 'samenvatting', reden: 'Vat de conclusie samen.' });
    if (!input.vervolg) open.push({ veld: 'vervolg', reden: 'Beschrijf wat er nu gebeurt.' });
    if (open.length > 0) {
      throw errors.invalid(
        open.map((x) => ({ name: x.veld, code: 'onbeantwoord', reason: x.reden })),
        `Het onderzoek kan nog niet worden afgerond: ${open.length} antwoord(en) ontbreken.`,
      );
    }
    const fout = conclusieFout(o.stappen, input.ladderUitkomst);
    if (fout) throw errors.field(fout.veld, 'tegenstrijdig', fout.reden);
    const conclusie = {
      ladderUitkomst: input.ladderUitkomst,
      samenvatting: input.samenvatting,
      advies: input.advies ?? null,
      vervolg: input.vervolg,
    };
    await bump(
      tx,
      o,
      input.versie,
      "status = 'afgerond', conclusie = $3, afgerond_op = now(), afgerond_door = $4",
      [JSON.stringify(conclusie), alsMedewerker(actor.principal).medewerkerId],
    );
    const meldingStatus = input.ladderUitkomst === 'maatwerk' ? 'aanvraag' : 'afgesloten';
    await legOnderzoekUitkomstVast(tx, o.melding_id, input.ladderUitkomst, meldingStatus);
    const documentId = await planVerslag(tx, actor, await onderzoekOf404(tx, id));
    await auditOnderzoek(tx, actor, o, 'update');
    await recordEvent(tx, actor, {
      gemeenteCode: o.gemeente_code,
      type: 'OnderzoekAfgerond',
      objectType: 'melding',
      objectId: o.melding_id,
      data: {
        onderzoekId: id,
        ladder: input.ladderUitkomst,
        binnenTermijn: o.onderzoek_uiterlijk ? today() <= o.onderzoek_uiterlijk : null,
        documentId,
      },
    });
    return { weergave: await onderzoekView(tx, await onderzoekOf404(tx, id)), documentId };
  });
  await planDocumenten(db, [documentId]);
  return weergave;
}
