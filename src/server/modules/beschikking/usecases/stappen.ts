/** Steps that several beschikking use cases share; each use case file composes them. */
import type { z } from 'zod';
import { wijzigingBevindingen } from '../../../../domain/herziening.ts';
import { plusDagen } from '../../../../domain/termijnen/index.ts';
import type { Sql } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { aanvraagVoorBesluit } from '../../onderzoek/index.ts';
import { beschikkingOpAanvraag, type Kop, type SchrijfOpties, toekenningenVan } from '../repo-beschikking.ts';
import type { BeschikkingInvoer } from '../schemas.ts';

export type VoorzieningenInvoer = z.output<typeof BeschikkingInvoer>['voorzieningen'];

/** A domain finding (herziening.ts) as an invalid parameter of the problem response. */
export const aanFout = (b: { veld: string; code: string; reden: string }) => ({
  name: b.veld,
  code: b.code,
  reason: b.reden,
});

export function checkVersie(b: Kop, versie: number): void {
  if (b.versie !== versie) throw errors.versionConflict('De beschikking');
}

/** Only a fixed beschikking that grants or refuses voorzieningen can be withdrawn or changed. */
export function moetVastgesteldBesluitZijn(oud: Kop, wat: 'intrekbaar' | 'wijzigbaar'): void {
  if (oud.status !== 'vastgesteld' || oud.soort === 'intrekking') {
    throw errors.conflict(
      `niet-${wat}`,
      `Alleen een vastgestelde beschikking met voorzieningen kan worden ${wat === 'intrekbaar' ? 'ingetrokken' : 'gewijzigd'}.`,
    );
  }
}

/**
 * The write options for a wijziging's voorzieningen: the old beschikking's lines count as ending the
 * day before `per` (so switching ZIN → pgb is no OP043 overlap), and the legal guards of a wijziging
 * are reported together with the field checks.
 */
export async function wijzigingOpties(
  tx: Sql,
  vorigeId: string,
  per: string,
  voorzieningen: VoorzieningenInvoer,
): Promise<SchrijfOpties> {
  const oud = await toekenningenVan(tx, vorigeId);
  return {
    vervangt: { beschikkingId: vorigeId, eindigtOp: plusDagen(per, -1) },
    extraFouten: wijzigingBevindingen(per, oud, voorzieningen).map(aanFout),
  };
}

/** A wijziging may answer a new aanvraag of the same resident that has no decision yet. */
export async function controleerAanvraagVoorWijziging(tx: Sql, aanvraagId: string, persoonId: string) {
  const a = await aanvraagVoorBesluit(tx, aanvraagId, true);
  if (!a || a.persoon_id !== persoonId)
    throw errors.field('aanvraagId', 'bestaat-niet', 'Deze inwoner heeft geen aanvraag met dit nummer.');
  if (a.status !== 'ingediend') throw errors.conflict('al-besloten', 'Op deze aanvraag is al besloten.');
  if (await beschikkingOpAanvraag(tx, aanvraagId, false))
    throw errors.conflict('bestaat-al', 'Voor deze aanvraag is al een beschikking.');
}
