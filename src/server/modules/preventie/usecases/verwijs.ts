import type { z } from 'zod';
import { controleerAfzien } from '../../../../domain/afzien.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors, type InvalidParam } from '../../../platform/http/errors.ts';
import { langeDatum } from '../../../platform/http/invoer.ts';
import { inTx } from '../../../platform/usecase.ts';
import { intake } from '../../intake/index.ts';
import { DIENST_NAAM, DOEL_PREVENTIE } from '../diensten.ts';
import { verwijzingView } from '../presenters.ts';
import { type MeldingBron, verwijzingenRepo } from '../repo-verwijzingen.ts';
import type { VerwijzingInvoer } from '../schemas-verwijzingen.ts';
import { toelichting } from './stappen.ts';

export type VerwijsInvoer = z.output<typeof VerwijzingInvoer>;

/** The consent's own checks (ADR 0023): complete, not in the future, not before the melding. */
function toestemmingFouten(t: VerwijsInvoer['toestemming'], m: MeldingBron): InvalidParam[] {
  if (!t.gegeven) return [];
  const fouten: InvalidParam[] = [];
  const fout = (veld: string, code: string, reden: string) =>
    fouten.push({ name: `toestemming.${veld}`, code, reason: reden });
  if (!t.wijze) fout('wijze', 'verplicht', 'Kies hoe de inwoner toestemming gaf: mondeling of schriftelijk.');
  if (t.wijze === 'schriftelijk' && !t.document)
    fout('document', 'verplicht', 'Noem het kenmerk van het getekende toestemmingsformulier.');
  if (!t.gegevens?.length)
    fout(
      'gegevens',
      'verplicht',
      'Kies welke gegevens de partner mag ontvangen (contactgegevens, hulpvraag).',
    );
  if (!t.datum) fout('datum', 'verplicht', 'Vul de datum in waarop de inwoner toestemming gaf.');
  else if (t.datum > today())
    fout('datum', 'in-de-toekomst', 'De datum van de toestemming kan niet in de toekomst liggen.');
  else if (t.datum < m.ontvangstdatum)
    fout(
      'datum',
      'voor-de-melding',
      `De toestemming kan niet eerder zijn gegeven dan de melding (${langeDatum(m.ontvangstdatum)}).`,
    );
  if (t.geldigTot && t.datum && t.geldigTot < t.datum)
    fout('geldigTot', 'voor-de-datum', 'De toestemming kan niet eindigen voordat ze is gegeven.');
  if (t.geldigTot && t.geldigTot < today())
    fout('geldigTot', 'verlopen', 'Deze toestemming is al verlopen; vraag de inwoner opnieuw.');
  return fouten;
}

/**
 * Wmo 2.3.2 lid 1: a melding leaves the werkvoorraad (and its six-week clock) for preventie only
 * with the resident's recorded choice to forgo the onderzoek. Without it the melding stays open and
 * the partner works alongside toegang. A signaal owes no onderzoek. Null: the melding stays open.
 */
function afzienBijTriage(input: VerwijsInvoer, m: MeldingBron): VerwijsInvoer['afzienVanOnderzoek'] {
  if (m.soort !== 'melding' || m.status !== 'nieuw' || !input.afzienVanOnderzoek) return null;
  const fout = controleerAfzien('melding', 'preventie', input.afzienVanOnderzoek, m.ontvangstdatum, today());
  if (fout) throw errors.field(`afzienVanOnderzoek.${fout.veld}`, fout.code, fout.melding);
  return input.afzienVanOnderzoek;
}

/**
 * Toegang refers a resident to a partner, from triage (a new melding) or from an onderzoek, with
 * the consent as its own record. Every check comes before the first write: a refusal saves nothing.
 * From triage, a signaal — or a melding with the resident's choice to forgo the onderzoek — becomes
 * 'verwezen-preventie' without a ladder step: the ladder counts it only after the partner's
 * terugkoppeling 'opgelost'. A melding without that choice stays open with its clock.
 */
export function verwijs(db: Database, actor: Actor, input: VerwijsInvoer) {
  const medewerker = alsMedewerker(actor.principal);
  return inTx(db, actor, async (tx) => {
    if (!!input.meldingId === !!input.onderzoekId) {
      throw errors.field(
        'meldingId',
        'verplicht',
        'Verwijs vanuit één melding (meldingId) of één onderzoek (onderzoekId).',
      );
    }
    let meldingId = input.meldingId ?? null;
    if (input.onderzoekId) {
      const o = await verwijzingenRepo.onderzoek(tx, input.onderzoekId);
      if (!o)
        throw errors.field(
          'onderzoekId',
          'bestaat-niet',
          'Dit onderzoek bestaat niet of hoort niet bij uw gemeenten.',
        );
      if (o.status !== 'concept')
        throw errors.field(
          'onderzoekId',
          'afgerond',
          'Dit onderzoek is afgerond; verwijs vanuit een lopend onderzoek.',
        );
      meldingId = o.melding_id;
    }
    const m = await verwijzingenRepo.melding(tx, meldingId!);
    if (!m)
      throw errors.field(
        'meldingId',
        'bestaat-niet',
        'Deze melding bestaat niet of hoort niet bij uw gemeenten.',
      );
    const vanuitTriage = !input.onderzoekId;
    if (
      vanuitTriage &&
      (m.soort === 'informatievraag' || !['nieuw', 'verwezen-preventie'].includes(m.status))
    ) {
      throw errors.field(
        'meldingId',
        'niet-verwijsbaar',
        m.status === 'onderzoek'
          ? 'Deze melding is in onderzoek: verwijs vanuit het onderzoek.'
          : 'Alleen een nieuwe melding of signaal kan bij de triage naar een partner worden verwezen.',
      );
    }
    if (m.persoon_gemeente !== m.gemeente_code) {
      throw errors.field(
        'meldingId',
        'andere-gemeente',
        'De inwoner woont in een andere gemeente dan die van de melding; verwijs via die gemeente.',
      );
    }
    const p = await verwijzingenRepo.partnerGeschiktheid(tx, input.partnerId, input.dienst, m.gemeente_code);
    if (!p.bestaat) throw errors.field('partnerId', 'bestaat-niet', 'Kies een partner uit de lijst.');
    if (!p.werktIn)
      throw errors.field(
        'partnerId',
        'buiten-werkgebied',
        `Deze partner werkt niet voor gemeente ${m.gemeente_code}, waar de inwoner woont.`,
      );
    if (!p.biedtDienst)
      throw errors.field(
        'dienst',
        'niet-aangeboden',
        `Deze partner biedt geen ${DIENST_NAAM[input.dienst].toLowerCase()}. Kies een dienst die de partner biedt.`,
      );
    const fouten = toestemmingFouten(input.toestemming, m);
    if (fouten.length) throw errors.invalid(fouten, fouten[0]!.reason);
    const afzien = vanuitTriage ? afzienBijTriage(input, m) : null;
    const wachtOpPartner = vanuitTriage && m.status === 'nieuw' && (m.soort !== 'melding' || !!afzien);

    const t = input.toestemming;
    const toestemmingId = t.gegeven
      ? await verwijzingenRepo.voegToestemmingToe(tx, {
          gemeenteCode: m.gemeente_code,
          persoonId: m.persoon_id,
          partnerId: input.partnerId,
          gegevenDoor: t.gegevenDoor,
          gegevens: [...new Set(t.gegevens)],
          wijze: t.wijze!,
          document: t.document ?? null,
          datum: t.datum!,
          geldigTot: t.geldigTot ?? null,
          vastgelegdDoor: medewerker.medewerkerId,
        })
      : null;
    const contact = await verwijzingenRepo.toegangContact(tx, m.huishouden_id, medewerker.medewerkerId);
    const id = await verwijzingenRepo.voegToe(
      tx,
      {
        gemeenteCode: m.gemeente_code,
        partnerId: input.partnerId,
        dienst: input.dienst,
        meldingId: m.id,
        onderzoekId: input.onderzoekId ?? null,
        persoonId: m.persoon_id,
        huishoudenId: m.huishouden_id,
        wijkId: m.wijk_id,
        urgentie: input.urgentie,
        toestemmingId,
        toegangContactNaam: contact.naam,
        toegangContactEmail: contact.email,
        verwezenDoor: medewerker.medewerkerId,
      },
      { reden: input.reden, wens: input.wens ?? null },
    );
    // Only what the consent covers is copied for the partner (need-to-know by construction).
    if (t.gegeven && t.gegevens?.includes('contactgegevens'))
      await verwijzingenRepo.kopieerContactgegevens(tx, id, m.persoon_id);
    if (wachtOpPartner) {
      await intake.api.legPreventieVerwijzingVast(tx, m.id, {
        verwezenOrganisatieId: p.organisatieId,
        toestemming: t.gegeven,
        toelichting: input.reden,
      });
      if (afzien) await intake.api.legAfzienVast(tx, m.id, afzien);
      await recordEvent(tx, actor, {
        gemeenteCode: m.gemeente_code,
        type: 'TriageAfgerond',
        objectType: 'melding',
        objectId: m.id,
        data: { uitkomst: 'preventie', ladder: null, status: 'verwezen-preventie', verwijzingId: id },
      });
    } else if (vanuitTriage && m.status === 'nieuw') {
      // The melding stays in the werkvoorraad; the timeline says the partner works alongside.
      await recordEvent(tx, actor, {
        gemeenteCode: m.gemeente_code,
        type: 'NaarPartnerVerwezen',
        objectType: 'melding',
        objectId: m.id,
        data: { verwijzingId: id },
      });
    }
    const uitleg = await toelichting(
      tx,
      actor,
      'verwijzen naar preventie',
      `dienst: ${input.dienst}; toestemming: ${t.gegeven ? (t.gegevens ?? []).join(', ') : 'geen'}`,
    );
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'verwijzing',
      objectId: id,
      doel: DOEL_PREVENTIE,
      gemeenteCode: m.gemeente_code,
      personen: [m.persoon_id],
      toelichting: uitleg,
    });
    if (toestemmingId)
      await audit(tx, actor, {
        actie: 'create',
        objectType: 'toestemming',
        objectId: toestemmingId,
        doel: DOEL_PREVENTIE,
        gemeenteCode: m.gemeente_code,
        personen: [m.persoon_id],
      });
    return verwijzingView((await verwijzingenRepo.get(tx, id))!, actor.principal);
  });
}
