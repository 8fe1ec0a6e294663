import type { z } from 'zod';
import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { afbakeningRepo } from '../repo-afbakening.ts';
import type { DoorzettenInvoer, RegionaleZaak } from '../schemas-afbakening.ts';

/** The audit doel: knowing a resident has a regional case is part of intake (1 huishouden, 1 contactpersoon). */
const DOEL = 'wmo-toegang-intake';

/**
 * Whether a resident has a case at the regional access for beschermd wonen en opvang, and who its
 * contactpersoon is (issue 20 item 2). Local toegang learns that much and no more: the content stays
 * behind row-level security (migration 043) unless it has a relationship with the household.
 */
export function raadpleegRegionaleZaak(
  db: Database,
  actor: Actor,
  persoonId: string,
): Promise<z.output<typeof RegionaleZaak>> {
  return inTx(db, actor, async (tx) => {
    const persoon = await afbakeningRepo.persoon(tx, persoonId);
    if (!persoon) throw errors.notFound('De persoon');
    const zaak = await afbakeningRepo.regionaleZaak(tx, persoonId);
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'persoon',
      objectId: persoonId,
      doel: DOEL,
      gemeenteCode: persoon.gemeente_code,
      personen: [persoonId],
    });
    return {
      persoonId,
      regionaleZaak: zaak !== null,
      gemeenteCode: zaak?.gemeente_code ?? null,
      sinds: zaak?.sinds ?? null,
      lopend: zaak?.lopend ?? false,
      team: zaak?.team_naam ?? null,
      contactpersoon:
        zaak?.contactpersoon_id && zaak.contactpersoon_naam
          ? { id: zaak.contactpersoon_id, naam: zaak.contactpersoon_naam, email: zaak.contactpersoon_email }
          : null,
    };
  });
}

/**
 * Routes a melding to the regional access (a local triage finds the question is beschermd wonen or
 * opvang): it goes to the regional team that holds the gemeente's intake mandate today, loses its
 * local behandelaar, and from then on local toegang sees only that the resident has a regional case.
 */
export function zetDoorNaarRegio(
  db: Database,
  actor: Actor,
  meldingId: string,
  input: z.output<typeof DoorzettenInvoer>,
) {
  return inTx(db, actor, async (tx) => {
    const m = await afbakeningRepo.meldingKop(tx, meldingId);
    if (!m) throw errors.notFound('De melding');
    if (m.versie !== input.versie) throw errors.versionConflict('De melding');
    if (m.regionaal) throw errors.conflict('al-regionaal', 'Deze melding ligt al bij de regionale toegang.');
    if (m.status === 'afgesloten')
      throw errors.conflict('afgesloten', 'Een afgesloten melding kan niet meer worden doorgezet.');
    const team = await afbakeningRepo.doorzetten(tx, meldingId, today());
    if (!team)
      throw errors.conflict(
        'geen-mandaat',
        'Deze gemeente heeft vandaag geen regionaal team gemandateerd voor de intake van beschermd wonen en opvang.',
      );
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'melding',
      objectId: meldingId,
      doel: DOEL,
      gemeenteCode: m.gemeente_code,
      personen: [m.persoon_id],
      toelichting: 'doorgezet naar de regionale toegang',
    });
    await recordEvent(tx, actor, {
      gemeenteCode: m.gemeente_code,
      type: 'MeldingDoorgezetNaarRegio',
      objectType: 'melding',
      objectId: meldingId,
      data: { teamId: team.id },
    });
    return { meldingId, regionaal: true as const, team };
  });
}
