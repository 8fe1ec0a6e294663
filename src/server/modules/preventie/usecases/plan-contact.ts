import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { verwijzingenRepo } from '../repo-verwijzingen.ts';
import { behandelVerwijzing } from './behandel-verwijzing.ts';

/** The partner plans (or moves) the first contact with the resident. */
export function planContact(
  db: Database,
  actor: Actor,
  id: string,
  input: { versie: number; contactGeplandOp: string },
) {
  return behandelVerwijzing(db, actor, id, {
    naam: 'contact plannen',
    versie: input.versie,
    toegestaan: ['geaccepteerd'],
    weigering: 'Plan het contact na het accepteren van de verwijzing.',
    doe: (tx) => verwijzingenRepo.planContact(tx, id, input.contactGeplandOp),
  });
}
