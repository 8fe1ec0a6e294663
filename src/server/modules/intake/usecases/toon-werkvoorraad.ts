import type { z } from 'zod';
import { termijnstatusGrenzen } from '../../../../domain/termijnen/index.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { encodeCursor } from '../../../platform/http/cursor.ts';
import { enigeGemeente, inTx } from '../../../platform/usecase.ts';
import { DOEL_INTAKE } from '../doel.ts';
import { kalenderVoorWeergave } from '../kalender.ts';
import { presenteerWerkvoorraadItem } from '../presenters.ts';
import { werkvoorraadRepo } from '../repo-werkvoorraad.ts';
import type { WerkvoorraadFilter } from '../schemas.ts';

/**
 * The worklist: open meldingen and signalen of the caller's gemeenten (row-level security),
 * filtered and sorted by deadline or by arrival, one page at a time (the search is audited with the
 * persons it shows).
 */
export function werkvoorraad(db: Database, actor: Actor, f: z.output<typeof WerkvoorraadFilter>) {
  return inTx(db, actor, async (tx) => {
    const kalender = await kalenderVoorWeergave(tx);
    const vandaag = today();
    // A behandelaar filter has its own index in deadline order and needs no gemeente (enigeGemeente).
    const perBehandelaar = f.behandelaar !== undefined && f.behandelaar !== 'geen';
    const rows = await werkvoorraadRepo.pagina(tx, f, {
      medewerkerId: f.behandelaar === 'ik' ? alsMedewerker(actor.principal).medewerkerId : null,
      gemeente: f.gemeente ?? (perBehandelaar ? null : enigeGemeente(actor)),
      vandaag,
      grenzen: f.termijnstatus ? termijnstatusGrenzen(vandaag, kalender) : null,
    });
    const more = rows.length > f.pageSize;
    const page = more ? rows.slice(0, f.pageSize) : rows;
    await audit(tx, actor, {
      actie: 'search',
      objectType: 'melding',
      doel: DOEL_INTAKE,
      toelichting: `werkvoorraad: ${page.length} resultaten`,
      personen: page.map((r) => r.persoon_id),
    });
    const last = page.at(-1);
    return {
      items: page.map((r) => presenteerWerkvoorraadItem(r, kalender, vandaag)),
      volgende: more && last ? encodeCursor(last.sleutel, last.id) : null,
    };
  });
}
