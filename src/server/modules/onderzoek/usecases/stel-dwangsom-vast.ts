import type { z } from 'zod';
import {
  bezwaarUiterlijk,
  dwangsomStand,
  dwangsomVaststellingUiterlijk,
} from '../../../../domain/termijnen/index.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { nietGevonden } from '../../../platform/auth/relatie.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { formatDatumLang } from '../../../platform/documents/datum.ts';
import { pdfVanDocument, planDocumenten } from '../../../platform/documents/maken.ts';
import { laadAfzender, planDocument } from '../../../platform/documents/opslag.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { intake } from '../../intake/index.ts';
import { dwangsomBeschikkingBrief } from '../brief-aanvraag.ts';
import { awbRepo } from '../repo-awb.ts';
import type { DwangsomVaststellenInvoer } from '../schemas-awb.ts';

/**
 * Awb 4:18: once the dwangsom stopped running (42 days, or the beschikking was given), it is set by
 * beschikking within two weeks after its last day. Days and amount come from the pure rules of
 * 4:17; the letter is stored now and rendered after commit (ADR 0020). Once per aanvraag.
 */
export async function stelDwangsomVast(
  db: Database,
  actor: Actor,
  aanvraagId: string,
  input: z.output<typeof DwangsomVaststellenInvoer>,
) {
  const { uit, documentId } = await inTx(db, actor, async (tx) => {
    const a = await awbRepo.aanvraag(tx, aanvraagId, true);
    if (!a) throw await nietGevonden(tx, 'aanvragen', aanvraagId, 'De aanvraag');
    if (a.versie !== input.versie) throw errors.versionConflict('De aanvraag');
    const i = await awbRepo.ingebrekestelling(tx, a.id);
    if (!i) throw errors.notFound('De ingebrekestelling');
    if (i.vastgesteld_op) {
      throw errors.conflict(
        'al-vastgesteld',
        `De dwangsom is op ${formatDatumLang(i.vastgesteld_op)} al vastgesteld.`,
      );
    }
    const vandaag = today();
    const stand = dwangsomStand(i.dwangsom_vanaf, vandaag, a.besluitdatum);
    if (!stand.afgelopen) {
      throw errors.conflict(
        'dwangsom-loopt',
        'De dwangsom loopt nog. Vaststellen kan als er een besluit is of na 42 dagen (Awb 4:17, 4:18).',
      );
    }
    if (stand.dagen === 0 || !stand.laatsteDag) {
      throw errors.conflict('geen-dwangsom', 'Er is geen dwangsom verschuldigd: het besluit kwam op tijd.');
    }
    const kalender = await intake.api.laadKalender(tx);
    const v = { op: vandaag, dagen: stand.dagen, bedragCent: stand.bedragCent, laatsteDag: stand.laatsteDag };
    await awbRepo.stelDwangsomVast(tx, i.id, v);
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'aanvraag',
      objectId: a.id,
      doel: 'wmo-aanvraag',
      gemeenteCode: a.gemeente_code,
      toelichting: `dwangsom vastgesteld: ${stand.dagen} dagen`,
      personen: [a.persoon_id],
    });
    await recordEvent(tx, actor, {
      gemeenteCode: a.gemeente_code,
      type: 'DwangsomVastgesteld',
      objectType: 'aanvraag',
      objectId: a.id,
      data: { dagen: stand.dagen, bedragCent: stand.bedragCent, laatsteDag: stand.laatsteDag },
    });
    const kenmerk = intake.api.meldingKenmerk(Number(a.melding_nummer));
    const documentId = await planDocument(tx, {
      gemeenteCode: a.gemeente_code,
      meldingId: a.melding_id,
      huishoudenId: a.huishouden_id,
      aanvraagId: a.id,
      soort: 'dwangsom-vaststelling',
      bestandsnaam: `dwangsom-${kenmerk}.pdf`,
      brief: dwangsomBeschikkingBrief({
        gemeente: await laadAfzender(tx, a.gemeente_code),
        persoon: await intake.api.adresVoorBrief(tx, a.persoon_id),
        kenmerk,
        datum: vandaag,
        aanvraagdatum: a.aanvraagdatum,
        ontvangstIngebrekestelling: i.ontvangstdatum,
        vanaf: stand.vanaf,
        laatsteDag: stand.laatsteDag,
        dagen: stand.dagen,
        bedragCent: stand.bedragCent,
        bezwaarUiterlijk: bezwaarUiterlijk(vandaag, kalender),
      }),
      door: alsMedewerker(actor.principal).medewerkerId,
    });
    return {
      documentId,
      uit: {
        aanvraagId: a.id,
        vastgesteldOp: vandaag,
        vanaf: stand.vanaf,
        laatsteDag: stand.laatsteDag,
        dagen: stand.dagen,
        bedrag: stand.bedragCent / 100,
        vaststellingUiterlijk: dwangsomVaststellingUiterlijk(stand.laatsteDag, kalender),
        documentId,
      },
    };
  });
  await planDocumenten(db, [documentId]);
  return uit;
}

/** GET the newest letter of an aanvraag (verdaging or dwangsom) as PDF; the print is audited. */
export async function downloadAanvraagbrief(
  db: Database,
  actor: Actor,
  aanvraagId: string,
  soort: 'aanvraag-verdaging' | 'dwangsom-vaststelling',
) {
  const doc = await inTx(db, actor, async (tx) => {
    const d = await awbRepo.brief(tx, aanvraagId, soort);
    if (!d) throw errors.notFound('Deze brief bij de aanvraag');
    await audit(tx, actor, {
      actie: 'print',
      objectType: 'document',
      objectId: d.id,
      doel: 'wmo-aanvraag',
      gemeenteCode: d.gemeente_code,
    });
    return d;
  });
  return {
    bestandsnaam: doc.bestandsnaam,
    inhoud: doc.inhoud ? Buffer.from(doc.inhoud) : await pdfVanDocument(db, doc.id),
  };
}
