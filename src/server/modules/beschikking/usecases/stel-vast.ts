import type { z } from 'zod';
import { beschikkingKenmerk, vierOgenFout } from '../../../../domain/beschikking.ts';
import { type Mandaat, ondertekeningOnderMandaat } from '../../../../domain/regio/mandaat.ts';
import { bezwaarUiterlijk } from '../../../../domain/termijnen/index.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import type { Database, Sql } from '../../../platform/db/types.ts';
import { planDocumenten } from '../../../platform/documents/maken.ts';
import { laadAfzender, planDocument } from '../../../platform/documents/opslag.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { Bevindingen } from '../../../platform/http/controles.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { intake } from '../../intake/index.ts';
import { aanvraagVoorBesluit, markeerAanvraagBesloten } from '../../onderzoek/index.ts';
import { regio } from '../../regio/index.ts';
import { type BriefVoorziening, beschikkingBrief } from '../brief.ts';
import { beschikkingView } from '../presenters.ts';
import {
  categorieNaam,
  DOEL,
  eigenBijdrageRegeling,
  type Kop,
  kop,
  legVaststellingVast,
  voorzieningenVan,
} from '../repo-beschikking.ts';
import type { Vaststelling } from '../schemas.ts';
import { voerBesluitUit } from '../uitvoering.ts';
import { vaststellingBevindingen } from './controleer-beschikking.ts';
import { checkVersie } from './stappen.ts';

export type StelVastInvoer = z.output<typeof Vaststelling>;
type VoorzieningRij = Awaited<ReturnType<typeof voorzieningenVan>>[number];

const naarBrief = (v: VoorzieningRij): BriefVoorziening => ({
  besluit: v.besluit,
  productcategorie: v.productcategorie,
  motivering: v.motivering,
  productNaam: v.product_naam ?? categorieNaam(v.productcategorie),
  volume: v.volume,
  eenheid: v.eenheid,
  frequentie: v.frequentie,
  leveringsvorm: v.leveringsvorm,
  pgbBudget: v.pgb_budget,
  aanbieder: v.aanbieder_naam,
  ingangsdatum: v.ingangsdatum,
  einddatum: v.einddatum,
  herindicatiedatum: v.herindicatiedatum,
});

function controleerVaststelling(b: Kop, actor: Actor, input: StelVastInvoer): void {
  checkVersie(b, input.versie);
  if (b.status !== 'concept') throw errors.conflict('al-vastgesteld', 'Deze beschikking is al vastgesteld.');
  const vierOgen = vierOgenFout(b.opgesteld_door, alsMedewerker(actor.principal).medewerkerId);
  if (vierOgen) throw errors.conflict('vier-ogen', vierOgen);
  // Both dates at once (issue 15): one answer names every wrong field.
  new Bevindingen(vaststellingBevindingen(input)).gooi();
}

/** The letter's content: an intrekking names the voorzieningen it ends; a wijziging names both. */
async function briefInhoud(
  tx: Sql,
  b: Kop,
  input: StelVastInvoer,
  bezwaar: string,
  vs: VoorzieningRij[],
  beeindigd: VoorzieningRij[],
  spoed: { eigen: boolean; laatsteDag?: string },
  mandaat: Mandaat | null,
) {
  const gemeente = await laadAfzender(tx, b.gemeente_code);
  return beschikkingBrief({
    gemeente,
    ondertekening: mandaat ? ondertekeningOnderMandaat(mandaat, gemeente.gemeenteNaam) : null,
    persoon: await intake.api.adresVoorBrief(tx, b.persoon_id),
    kenmerk: beschikkingKenmerk(b.nummer),
    besluitdatum: input.besluitdatum,
    aanvraagdatum: b.aanvraagdatum,
    bezwaarUiterlijk: bezwaar,
    toelichting: b.toelichting,
    intrekking: b.soort === 'intrekking' ? { per: b.ingetrokken_per! } : null,
    wijziging:
      b.soort === 'wijziging'
        ? { laatsteDag: b.ingetrokken_per!, vervallen: beeindigd.map(naarBrief) }
        : null,
    herindicatie:
      b.soort === 'herindicatie' && b.herindicatie ? { contactOp: b.herindicatie.contactOp } : null,
    voorzieningen: vs.map(naarBrief),
    spoed: spoed.eigen,
    spoedBeeindigd:
      spoed.laatsteDag && b.soort === 'besluit'
        ? { laatsteDag: spoed.laatsteDag, vervallen: beeindigd.map(naarBrief) }
        : null,
    eigenBijdrage: await eigenBijdrageRegeling(tx, b.gemeente_code),
  });
}

/**
 * Four eyes: a backoffice colleague other than the author fixes the beschikking. Then, in one
 * transaction: the bezwaar deadline from the legal clock (Awb 6:7), the aanvraag decided, the
 * toewijzingen and their WMO301 messages in the outbox, and the letter's content. The letter's PDF
 * is made after commit (ADR 0020).
 */
export async function stelBeschikkingVast(db: Database, actor: Actor, id: string, input: StelVastInvoer) {
  const { weergave, documentId } = await inTx(db, actor, async (tx) => {
    const b = await kop(tx, id, true);
    controleerVaststelling(b, actor, input);
    const bezwaar = bezwaarUiterlijk(input.bekendgemaaktOp, await intake.api.laadKalender(tx));
    await legVaststellingVast(tx, id, {
      door: alsMedewerker(actor.principal).medewerkerId,
      besluitdatum: input.besluitdatum,
      bekendgemaaktOp: input.bekendgemaaktOp,
      bezwaarUiterlijk: bezwaar,
    });
    const aanvraag = b.aanvraag_id ? await aanvraagVoorBesluit(tx, b.aanvraag_id) : null;
    if (aanvraag) await markeerAanvraagBesloten(tx, aanvraag.id);
    const { berichten, beeindigd, spoedLaatsteDag } = await voerBesluitUit(tx, b, id, input.besluitdatum);
    const vs = b.soort === 'intrekking' ? beeindigd : await voorzieningenVan(tx, id);
    // Beschermd wonen and opvang: decided under the resident's gemeente's mandate (Awb 10:2), or
    // refused; the transaction then leaves nothing behind (issue 20).
    const mandaat = await regio.api.mandaatVoorBesluit(tx, {
      gemeenteCode: b.gemeente_code,
      besluit: b.soort === 'intrekking' ? 'intrekking' : 'beschikking',
      datum: input.besluitdatum,
      categorieen: vs.map((v) => v.productcategorie),
      teamId: alsMedewerker(actor.principal).teamId,
    });
    const documentId = await planDocument(tx, {
      gemeenteCode: b.gemeente_code,
      meldingId: aanvraag?.melding_id ?? null,
      huishoudenId: aanvraag?.huishouden_id ?? null,
      beschikkingId: id,
      soort: 'beschikking',
      bestandsnaam: `beschikking-${beschikkingKenmerk(b.nummer)}.pdf`,
      brief: await briefInhoud(
        tx,
        b,
        input,
        bezwaar,
        vs,
        beeindigd,
        { eigen: aanvraag?.grondslag === 'spoed' && b.soort === 'besluit', laatsteDag: spoedLaatsteDag },
        mandaat,
      ),
      door: alsMedewerker(actor.principal).medewerkerId,
    });
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'beschikking',
      objectId: id,
      doel: DOEL,
      gemeenteCode: b.gemeente_code,
      toelichting: 'vastgesteld',
    });
    if (aanvraag) {
      await recordEvent(tx, actor, {
        gemeenteCode: b.gemeente_code,
        type: 'BeschikkingAfgegeven',
        objectType: 'melding',
        objectId: aanvraag.melding_id,
        data: {
          beschikkingId: id,
          besluitdatum: input.besluitdatum,
          bezwaarUiterlijk: bezwaar,
          binnenTermijn: b.beschikking_uiterlijk ? input.besluitdatum <= b.beschikking_uiterlijk : null,
          toekenningen: vs.filter((v) => v.besluit === 'toekenning').length,
          afwijzingen: vs.filter((v) => v.besluit === 'afwijzing').length,
          berichten: berichten.length,
        },
      });
    }
    return { weergave: await beschikkingView(tx, id), documentId };
  });
  await planDocumenten(db, [documentId]);
  return weergave;
}
