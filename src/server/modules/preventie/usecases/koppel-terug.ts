import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { verwijzingenRepo } from '../repo-verwijzingen.ts';
import { behandelVerwijzing } from './behandel-verwijzing.ts';

/**
 * The partner closes the loop: opgelost (the ladder now counts the melding as solved by preventie),
 * lopend (still working on it), terug naar toegang (a signaal in toegang's werkvoorraad for the
 * same household) or niet bereikt. Toegang sees the outcome and the explanation on the melding.
 */
export function koppelTerug(
  db: Database,
  actor: Actor,
  id: string,
  input: {
    versie?: number;
    uitkomst: 'opgelost' | 'lopend' | 'terug-naar-toegang' | 'niet-bereikt';
    toelichting: string;
  },
) {
  return behandelVerwijzing(db, actor, id, {
    naam: `terugkoppeling ${input.uitkomst}`,
    versie: input.versie,
    toegestaan: ['geaccepteerd'],
    weigering: 'Een terugkoppeling volgt op een geaccepteerde verwijzing die nog loopt.',
    doe: async (tx) => {
      await verwijzingenRepo.koppelTerug(tx, id, input.uitkomst, input.toelichting);
    },
  });
}
