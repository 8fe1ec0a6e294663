import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { verwijzingenRepo } from '../repo-verwijzingen.ts';
import { behandelVerwijzing } from './behandel-verwijzing.ts';

/** The partner takes the referral on; the accepting medewerker becomes toegang's contact there. */
export function accepteerVerwijzing(
  db: Database,
  actor: Actor,
  id: string,
  input: { versie: number; contactGeplandOp?: string },
) {
  return behandelVerwijzing(db, actor, id, {
    naam: 'verwijzing accepteren',
    versie: input.versie,
    toegestaan: ['nieuw'],
    weigering: 'Alleen een nieuwe verwijzing kan worden geaccepteerd.',
    doe: (tx) => verwijzingenRepo.accepteer(tx, id, input.contactGeplandOp ?? null),
  });
}
