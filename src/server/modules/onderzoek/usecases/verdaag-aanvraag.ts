import type { z } from 'zod';
import {
  controleerVerdaging,
  type VerdagingFout,
  verdaagdUiterlijk,
} from '../../../../domain/termijnen/index.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { nietGevonden } from '../../../platform/auth/relatie.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { formatDatumLang } from '../../../platform/documents/datum.ts';
import { planDocumenten } from '../../../platform/documents/maken.ts';
import { laadAfzender, planDocument } from '../../../platform/documents/opslag.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { intake } from '../../intake/index.ts';
import { verdagingAanvraagBrief } from '../brief-aanvraag.ts';
import { presenteerAanvraag } from '../presenters.ts';
import { awbRepo } from '../repo-awb.ts';
import type { VerdagingAanvraagInvoer } from '../schemas-awb.ts';
import { aanvraagOf404 } from './raadpleeg-aanvraag.ts';

const FOUTEN: Record<VerdagingFout, { veld: string; melding: (uiterlijk: string) => string }> = {
  'termijn-verstreken': {
    veld: 'nieuweDatum',
    melding: (u) =>
      `De beslistermijn is op ${formatDatumLang(u)} verstreken. Verdagen kan alleen vóór het einde van de termijn (Awb 4:14 lid 3).`,
  },
  'niet-later': {
    veld: 'nieuweDatum',
    melding: (u) => `De nieuwe datum moet na de huidige beslistermijn (${formatDatumLang(u)}) liggen.`,
  },
};

/**
 * Awb 4:14 lid 3: before the beslistermijn ends the aanvrager is told when the decision will come,
 * within a redelijke termijn. The new date replaces `beschikking_uiterlijk` (the werkvoorraad reads
 * it); the letter is stored with the change and rendered after commit (ADR 0020).
 */
export async function verdaagAanvraag(
  db: Database,
  actor: Actor,
  aanvraagId: string,
  input: z.output<typeof VerdagingAanvraagInvoer>,
) {
  const { weergave, documentId } = await inTx(db, actor, async (tx) => {
    const a = await awbRepo.aanvraag(tx, aanvraagId, true);
    if (!a) throw await nietGevonden(tx, 'aanvragen', aanvraagId, 'De aanvraag');
    if (a.versie !== input.versie) throw errors.versionConflict('De aanvraag');
    if (a.status !== 'ingediend') {
      throw errors.conflict('aanvraag-afgerond', 'Op deze aanvraag is al besloten of zij is ingetrokken.');
    }
    if ((input.nieuweDatum === undefined) === (input.termijn === undefined)) {
      throw errors.field(
        'nieuweDatum',
        'een-van-beide',
        'Vul een nieuwe datum in of een aantal weken (termijn), niet allebei.',
      );
    }
    const kalender = await intake.api.laadKalender(tx);
    const vandaag = today();
    const nieuweDatum =
      input.nieuweDatum ?? verdaagdUiterlijk(a.beschikking_uiterlijk, input.termijn!, kalender);
    const fout = controleerVerdaging({ vandaag, huidigUiterlijk: a.beschikking_uiterlijk, nieuweDatum });
    if (fout) {
      throw errors.field(FOUTEN[fout].veld, fout, FOUTEN[fout].melding(a.beschikking_uiterlijk));
    }
    await awbRepo.verdaag(tx, a.id, vandaag, input.reden, nieuweDatum);
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'aanvraag',
      objectId: a.id,
      doel: 'wmo-aanvraag',
      gemeenteCode: a.gemeente_code,
      toelichting: `verdaagd tot ${nieuweDatum}`,
      personen: [a.persoon_id],
    });
    await recordEvent(tx, actor, {
      gemeenteCode: a.gemeente_code,
      type: 'BeslistermijnVerdaagd',
      objectType: 'aanvraag',
      objectId: a.id,
      data: { was: a.beschikking_uiterlijk, beschikkingUiterlijk: nieuweDatum },
    });
    const kenmerk = intake.api.meldingKenmerk(Number(a.melding_nummer));
    const documentId = await planDocument(tx, {
      gemeenteCode: a.gemeente_code,
      meldingId: a.melding_id,
      huishoudenId: a.huishouden_id,
      aanvraagId: a.id,
      soort: 'aanvraag-verdaging',
      bestandsnaam: `verdaging-${kenmerk}.pdf`,
      brief: verdagingAanvraagBrief({
        gemeente: await laadAfzender(tx, a.gemeente_code),
        persoon: await intake.api.adresVoorBrief(tx, a.persoon_id),
        kenmerk,
        datum: vandaag,
        aanvraagdatum: a.aanvraagdatum,
        wasUiterlijk: a.beschikking_uiterlijk,
        nieuweDatum,
        reden: input.reden,
      }),
      door: alsMedewerker(actor.principal).medewerkerId,
    });
    return { weergave: presenteerAanvraag(await aanvraagOf404(tx, a.id)), documentId };
  });
  await planDocumenten(db, [documentId]);
  return weergave;
}
