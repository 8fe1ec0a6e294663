import type { z } from 'zod';
import type { Actor, InwonerPrincipal } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { wijk } from '../../wijk/index.ts';
import type { HulpZoekenAntwoord, HulpZoekenQuery } from '../schemas.ts';

/**
 * Hulp zoeken (issue 17 item 2): the sociale kaart of the resident's own gemeente, searched by
 * question words and wijk, through the wijk module's api. Row-level security (migration 027) shows
 * an inwoner only the active entries of their gemeente. Public information, no personal data: no
 * audit row, as for the staff search. Only the public fields leave the portal: not who maintains the
 * entry, its internal trefwoorden or version.
 */
export async function zoekHulp(
  db: Database,
  actor: Actor<InwonerPrincipal>,
  q: z.output<typeof HulpZoekenQuery>,
): Promise<HulpZoekenAntwoord> {
  const [wijken, gevonden] = await Promise.all([
    wijk.api.wijkKeuzelijst(db, actor),
    wijk.api.zoekSocialeKaart(db, actor, { zoek: q.zoek, wijk: q.wijk }),
  ]);
  return {
    wijken: wijken.map((w) => ({ code: w.code, naam: w.naam })),
    voorzieningen: gevonden.map((v) => ({
      id: v.id,
      naam: v.naam,
      aanbieder: v.aanbieder,
      soort: v.soort,
      omschrijving: v.omschrijving,
      voorWie: v.voorWie,
      waar: v.waar,
      bereikbaarheid: v.bereikbaarheid,
      telefoon: v.telefoon,
      website: v.website,
      kosteloos: v.kosteloos,
      kosten: v.kosten,
      wijken: v.wijken,
      leefgebieden: v.leefgebieden,
    })),
  };
}
