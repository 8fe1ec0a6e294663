import type { z } from 'zod';
import { afzienVereist } from '../../../../domain/afzien.ts';
import { type TriageGevolg, TriageWeigering, triageGevolg } from '../../../../domain/ladder.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { meldingView } from '../presenters.ts';
import { meldingenRepo } from '../repo-meldingen.ts';
import type { TriageInvoer } from '../schemas.ts';
import { afzienOfWeigering } from './afzien.ts';
import { checkVersie, controleerBehandelaar, meldingOf404, wijsBehandelaarToe } from './stappen.ts';

export type TrieerMeldingInvoer = z.output<typeof TriageInvoer>;

/**
 * Triage of a new melding or signaal along the ladder (domain/ladder.ts): informatie en advies,
 * doorverwijzing, preventie via a partner (with consent), or an onderzoek with a behandelaar who
 * becomes the household's contactpersoon.
 */
export function trieerMelding(db: Database, actor: Actor, id: string, input: TrieerMeldingInvoer) {
  return inTx(db, actor, async (tx) => {
    // FOR UPDATE: two caseworkers triaging at once queue here; the second sees the new versie → 409.
    const m = await meldingOf404(tx, id, true);
    checkVersie(m, input.versie);
    // A doorverwijzing picked from the sociale kaart: the verwijzing is that entry's name.
    const kaartId = input.uitkomst === 'doorverwijzing' ? (input.socialeKaartId ?? null) : null;
    let invoer = input;
    if (kaartId) {
      const naam = await meldingenRepo.voorzieningVoorVerwijzing(tx, kaartId, m.gemeente_code);
      if (!naam)
        throw errors.field(
          'socialeKaartId',
          'onbekende-voorziening',
          'Kies een voorziening van de sociale kaart.',
        );
      invoer = { ...input, verwijzing: naam };
    }
    let gevolg: TriageGevolg;
    try {
      gevolg = triageGevolg(m.soort, m.status, invoer);
    } catch (e) {
      if (e instanceof TriageWeigering) {
        if (e.code === 'al-getrieerd') throw errors.conflict(e.code, e.message);
        throw errors.field(e.veld, e.code, e.message);
      }
      throw e;
    }
    afzienOfWeigering(m, input);
    let teamId: string | null = null;
    if (
      input.uitkomst === 'preventie' &&
      !(await meldingenRepo.isPartnerVan(tx, input.verwezenOrganisatieId!, m.gemeente_code))
    ) {
      throw errors.field(
        'verwezenOrganisatieId',
        'geen-partner',
        'Kies een partnerorganisatie van deze gemeente.',
      );
    }
    if (input.uitkomst === 'onderzoek') {
      teamId = (await controleerBehandelaar(tx, input.behandelaarId!, m.gemeente_code, 'behandelaarId'))
        .team_id;
    }
    await meldingenRepo.legTriageVast(tx, id, {
      status: gevolg.status,
      uitkomst: input.uitkomst,
      toelichting: input.toelichting ?? null,
      verwijzing: input.uitkomst === 'doorverwijzing' ? (invoer.verwijzing ?? null) : null,
      verwezenOrganisatieId: input.uitkomst === 'preventie' ? input.verwezenOrganisatieId! : null,
      toestemmingVerwijzing: input.uitkomst === 'preventie' ? true : null,
      ladder: gevolg.ladder,
      behandelaarId: input.uitkomst === 'onderzoek' ? input.behandelaarId! : null,
      teamId,
      afgesloten: gevolg.afgesloten,
    });
    if (afzienVereist(m.soort, input.uitkomst))
      await meldingenRepo.legAfzienVast(tx, id, input.afzienVanOnderzoek!);
    if (kaartId) await meldingenRepo.koppelSocialeKaart(tx, id, kaartId);
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'melding',
      objectId: id,
      doel: DOEL_INTAKE,
      gemeenteCode: m.gemeente_code,
    });
    await recordEvent(tx, actor, {
      gemeenteCode: m.gemeente_code,
      type: 'TriageAfgerond',
      objectType: 'melding',
      objectId: id,
      data: {
        uitkomst: input.uitkomst,
        ladder: gevolg.ladder,
        status: gevolg.status,
        verwezenOrganisatieId: input.verwezenOrganisatieId ?? null,
      },
    });
    if (input.uitkomst === 'onderzoek') {
      await wijsBehandelaarToe(tx, actor, m, input.behandelaarId!, null);
    }
    return meldingView(tx, await meldingOf404(tx, id));
  });
}
