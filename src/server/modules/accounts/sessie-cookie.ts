import type { FastifyReply } from 'fastify';
import { SESSION_COOKIE } from '../../platform/auth/sessions.ts';

/** The session cookie after a login by password (routes.ts) or OpenID Connect (oidc-routes.ts). */
export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure, path: '/' });
}
