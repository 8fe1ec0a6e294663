import type { LoggerOptions } from 'pino';

/**
 * Paths that may carry personal data and must never reach a log line. Request bodies and
 * query strings are not logged at all (Fastify logs only method, url-path and status), but
 * a careless `log.info({ persoon })` elsewhere must still not leak: these paths are censored.
 */
export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.bsn',
  '*.naam',
  '*.voornamen',
  '*.achternaam',
  '*.geslachtsnaam',
  '*.geboortedatum',
  '*.adres',
  '*.straat',
  '*.huisnummer',
  '*.postcode',
  '*.email',
  '*.telefoon',
  '*.wachtwoord',
  '*.password',
  '*.csrfToken',
  'bsn',
  'naam',
  'email',
  'wachtwoord',
];

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[verborgen]' },
    serializers: {
      // Log the path only: query strings can contain BSNs or names from a search box.
      req(req: { method?: string; url?: string; id?: string }) {
        return { method: req.method, path: String(req.url ?? '').split('?')[0], id: req.id };
      },
    },
  };
}
