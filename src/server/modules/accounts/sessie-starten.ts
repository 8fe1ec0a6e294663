import type { MedewerkerPrincipal, PartnerPrincipal } from '../../platform/auth/principal.ts';
import { createSession, loadPrincipal, type SessionSettings } from '../../platform/auth/sessions.ts';
import type { Database } from '../../platform/db/types.ts';
import { errors } from '../../platform/http/errors.ts';

/** A new session after a successful login (password, second factor or OpenID Connect). */
export async function startSession(
  db: Database,
  settings: SessionSettings,
  gebruikerId: string,
  ip: string,
  methode: 'wachtwoord' | 'oidc',
): Promise<{ token: string; principal: MedewerkerPrincipal | PartnerPrincipal }> {
  const { token } = await createSession(db, gebruikerId, ip, methode, settings);
  const principal = await loadPrincipal(db, token, settings);
  if (!principal) throw errors.unauthenticated('De sessie kon niet worden gestart.');
  return { token, principal };
}
