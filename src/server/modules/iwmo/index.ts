/**
 * The iWmo module: toewijzingen and their WMO301 messages, the outbox and its delivery, incoming
 * messages (WMO305/307/315/317) and the verzoeken of aanbieders with their answers (WMO319/WMO301).
 * This file is its only entry: other modules and the app use what it exports, nothing else.
 */

export { ontvangBericht } from './inkomend.ts';
export { iwmoPolicies } from './policies.ts';
export { iwmoRoutes } from './routes.ts';
export { verzendTaak } from './taak-verzenden.ts';
// Beschikking's vaststelling creates (or changes) the toewijzingen in its own transaction.
export { trekToewijzingenIn, wijsToe, wijzigToewijzingen } from './toewijzing.ts';
export {
  AfleverFout,
  type Afleverpunt,
  httpAfleverpunt,
  mapAfleverpunt,
  verzendKlaarstaandeBerichten,
} from './verzender.ts';
