import type { Sql } from '../../platform/db/types.ts';
import { defineModule } from '../../platform/module.ts';
import { onderzoekPolicies } from './policies.ts';
import { legReactieVanInwonerVast } from './reactie-inwoner.ts';
import { type AanvraagVoorBesluit, aanvragenRepo } from './repo-aanvragen.ts';
import { inzageOnderzoek } from './repo-inzage.ts';
import { onderzoekRoutes } from './routes.ts';

/**
 * Onderzoek's public API for other modules. Aanvragen are this module's table: the beschikking
 * module reads and decides them only through these functions, in its own transaction (`tx`).
 */

export type { ReactieSoort } from './reactie-inwoner.ts';
export type { AanvraagVoorBesluit };

/** The aanvraag a beschikking decides on, locked for the decision when `forUpdate`. */
export function aanvraagVoorBesluit(tx: Sql, id: string, forUpdate = false) {
  return aanvragenRepo.voorBesluit(tx, id, forUpdate);
}

/** The beschikking on this aanvraag is fixed (Wmo 2015 art. 2.3.5): the aanvraag is decided. */
export function markeerAanvraagBesloten(tx: Sql, id: string): Promise<void> {
  return aanvragenRepo.markeerBesloten(tx, id);
}

/** Het onderzoek (stappenplan CRvB), gesprekken, het plan, het verslag en de aanvraag. */
export const onderzoek = defineModule({
  naam: 'onderzoek',
  omschrijving: 'onderzoek (stappenplan CRvB), gesprekken, plan, verslag, aanvraag',
  routes: onderzoekRoutes,
  policies: onderzoekPolicies,
  /** Categories of personal data (checked against the verwerkingsregister, issue 18). */
  /** This module's part of a person's inzage export (AVG art. 15). */
  inzage: inzageOnderzoek,
  persoonsgegevens: ['identificatie', 'huishouden', 'hulpvraag', 'gezondheid', 'besluit', 'documenten'],
  api: {
    aanvraagVoorBesluit,
    markeerAanvraagBesloten,
    /** The inwoner's own reaction on the verslag (inwonerportaal), in the portal's transaction. */
    legReactieVanInwonerVast,
  },
});
