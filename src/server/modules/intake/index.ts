/**
 * Intake's public API for other modules. Meldingen are intake's table: another module changes a
 * melding only through these functions, in its own transaction (`tx`), never with its own SQL.
 */
import type { LadderStap } from '../../../domain/ladder.ts';
import type { Sql } from '../../platform/db/types.ts';
import { meldingenRepo } from './repo-meldingen.ts';

/** The onderzoek is concluded: the melding records the ladder step and waits for an aanvraag or closes. */
export function legOnderzoekUitkomstVast(
  tx: Sql,
  meldingId: string,
  ladder: LadderStap,
  status: 'aanvraag' | 'afgesloten',
): Promise<void> {
  return meldingenRepo.rondOnderzoekAf(tx, meldingId, ladder, status);
}

/** An aanvraag was filed for this (open) melding: it now waits for the beschikking. */
export function markeerAanvraagIngediend(tx: Sql, meldingId: string): Promise<void> {
  return meldingenRepo.zetAanvraagIngediend(tx, meldingId);
}
