import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_PORTAAL } from '../doel.ts';
import { ongelezenRepo } from '../repo-mail.ts';
import { kenmerk } from '../statuslijn.ts';

/**
 * The caseworker's start page: meldingen where a resident wrote and nobody read it yet. Lists
 * names, so the read is audited with the persons shown (NEN 7513); the messages themselves are
 * read (and marked read) on the melding page.
 */
export function ongelezenBerichten(db: Database, actor: Actor) {
  const { medewerkerId } = alsMedewerker(actor.principal);
  return inTx(db, actor, async (tx) => {
    const rows = await ongelezenRepo.voorMedewerker(tx, medewerkerId);
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'melding',
      doel: DOEL_PORTAAL,
      toelichting: 'ongelezen berichten van inwoners',
      personen: rows.map((r) => r.persoon_id),
    });
    return {
      totaal: rows.reduce((n, r) => n + r.aantal, 0),
      meldingen: rows.map((r) => ({
        meldingId: r.melding_id,
        kenmerk: kenmerk(r.nummer),
        naam: r.naam,
        aantal: r.aantal,
        laatsteOp: r.laatste_op,
      })),
    };
  });
}
