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
 * doorverwijzing, preventie, or an onderzoek with a behandelaar who becomes the household's
 * contactpersoon. Preventie here only follows a verwijzing made with POST /verwijzingen (it carries
 * the consent and reaches the partner): with the resident's choice to forgo the onderzoek, the
 * melding waits for the partner, or closes at step 2 when the partner already reported 'opgelost'.
 */
export function trieerMelding(db: Database, actor: Actor, id: string, input: TrieerMeldingInvoer) {
  return inTx(db, actor, async (tx) => {
    // FOR UPDATE: two caseworkers triaging at once queue here; the second sees the new versie → 409.
    const m = await meldingOf404(tx, id, true);
    checkVersie(m, input.versie);
    // A doorverwijzing picked from the sociale kaart: the verwijzing is that entry's name.
    const kaartId = input.uitkomst === 'doorverwijzing' ? (input.socialeKaartId ?? null) : null;
    let invoer: TrieerMeldingInvoer & { preventieVerwijzing?: 'lopend' | 'opgelost' } = input;
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
    // Preventie follows the melding's verwijzing to a partner (issue 16); none → refused, no dead end.
    const verwijzing =
      input.uitkomst === 'preventie' ? await meldingenRepo.preventieVerwijzing(tx, id) : null;
    if (verwijzing) invoer = { ...invoer, preventieVerwijzing: verwijzing.opgelost ? 'opgelost' : 'lopend' };
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
    if (input.uitkomst === 'onderzoek') {
      teamId = (await controleerBehandelaar(tx, input.behandelaarId!, m.gemeente_code, 'behandelaarId'))
        .team_id;
    }
    await meldingenRepo.legTriageVast(tx, id, {
      status: gevolg.status,
      uitkomst: input.uitkomst,
      toelichting: input.toelichting ?? null,
      verwijzing: input.uitkomst === 'doorverwijzing' ? (invoer.verwijzing ?? null) : null,
      verwezenOrganisatieId: verwijzing?.organisatie_id ?? null,
      toestemmingVerwijzing: verwijzing ? verwijzing.met_toestemming : null,
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
        verwezenOrganisatieId: verwijzing?.organisatie_id ?? null,
      },
    });
    if (input.uitkomst === 'onderzoek') {
      await wijsBehandelaarToe(tx, actor, m, input.behandelaarId!, null);
    }
    return meldingView(tx, await meldingOf404(tx, id));
  });
}
