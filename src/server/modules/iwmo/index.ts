/**
 * The iWmo module: toewijzingen and their WMO301 messages, the outbox and its delivery, incoming
 * messages (WMO305/307/315/317) and the verzoeken of aanbieders with their answers (WMO319/WMO301).
 * This file is its only entry (ADR 0017): other modules and the app use what it exports, nothing else.
 */
import { defineModule } from '../../platform/module.ts';
import { ontvangBericht } from './inkomend.ts';
import { iwmoPolicies } from './policies.ts';
import { inzageIwmo } from './repo-inzage.ts';
import { iwmoRoutes } from './routes.ts';
import { verzendTaak } from './taak-verzenden.ts';
import { trekToewijzingenIn, wijsToe, wijzigToewijzingen } from './toewijzing.ts';
import { verzendKlaarstaandeBerichten } from './verzender.ts';

export { ontvangBericht } from './inkomend.ts';
// Beschikking's vaststelling creates (or changes) the toewijzingen in its own transaction.
export { trekToewijzingenIn, wijsToe, wijzigToewijzingen } from './toewijzing.ts';
export {
  AfleverFout,
  type Afleverpunt,
  httpAfleverpunt,
  mapAfleverpunt,
  verzendKlaarstaandeBerichten,
} from './verzender.ts';

export const iwmo = defineModule({
  naam: 'iwmo',
  omschrijving: 'toewijzingen, uitgaande en inkomende iWmo-berichten, verzoeken van aanbieders',
  routes: iwmoRoutes,
  policies: iwmoPolicies,
  /** Categories of personal data (checked against the verwerkingsregister, issue 18). */
  /** This module's part of a person's inzage export (AVG art. 15). */
  inzage: inzageIwmo,
  persoonsgegevens: ['identificatie', 'bsn', 'contact', 'besluit', 'zorglevering', 'financieel'],
  taken: ({ db, config, log }) => [verzendTaak(db, config, (r, melding) => log.warn(r, melding))],
  api: { ontvangBericht, trekToewijzingenIn, wijsToe, wijzigToewijzingen, verzendKlaarstaandeBerichten },
});
