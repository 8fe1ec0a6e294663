import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { verwijzingenRepo } from '../repo-verwijzingen.ts';
import { behandelVerwijzing } from './behandel-verwijzing.ts';

/** The partner declines, with the reason toegang needs to find another way. */
export function wijsVerwijzingAf(
  db: Database,
  actor: Actor,
  id: string,
  input: { versie: number; reden: string },
) {
  return behandelVerwijzing(db, actor, id, {
    naam: 'verwijzing afwijzen',
    versie: input.versie,
    toegestaan: ['nieuw'],
    weigering: 'Alleen een nieuwe verwijzing kan worden afgewezen.',
    doe: (tx) => verwijzingenRepo.wijsAf(tx, id, input.reden),
  });
}
