import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { presenteerSignaal } from '../presenters.ts';
import { brpRepo } from '../repo-brp.ts';
import { DOELEN } from '../velden.ts';

const DOEL = DOELEN.verschil.doelbinding;

/** The signals "verschil met BRP": by default those of the households the caller is contactpersoon of. */
export function lijstSignalen(
  db: Database,
  actor: Actor,
  f: { status: 'open' | 'afgehandeld'; alleen: 'mij' | 'iedereen' },
) {
  const m = alsMedewerker(actor.principal);
  return inTx(db, actor, async (tx) => {
    const rows = await brpRepo.signalen(tx, {
      status: f.status,
      contactpersoonId: f.alleen === 'mij' ? m.medewerkerId : null,
    });
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'brp-signaal',
      doel: DOEL,
      toelichting: `signalen verschil met BRP: ${rows.length}`,
      personen: rows.map((r) => r.persoon_id),
    });
    return { items: rows.map(presenteerSignaal) };
  });
}

/** The medewerker has dealt with the difference (changed the person, or found it needs nothing). */
export function handelSignaalAf(db: Database, actor: Actor, id: string, toelichting: string | null) {
  const m = alsMedewerker(actor.principal);
  return inTx(db, actor, async (tx) => {
    const r = await brpRepo.handelAf(tx, id, m.medewerkerId, toelichting);
    if (!r) throw errors.notFound('Het open signaal');
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'brp-signaal',
      objectId: id,
      doel: DOEL,
      gemeenteCode: r.gemeente_code,
      personen: [r.persoon_id],
    });
  });
}
