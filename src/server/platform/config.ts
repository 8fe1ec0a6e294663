import path from 'node:path';

/** Runtime configuration, read once from the environment. Every option is documented in README.md. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  databasePoolSize: number;
  demoPassword: string | null;
  /** Public base URL, used for OIDC redirects and cookie security. */
  publicUrl: string;
  secureCookies: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  logLevel: string;
  auditSealIntervalMs: number;
  jobsEnabled: boolean;
  /** Load demo cases (meldingen, onderzoeken) with the demo organisation on first start. */
  demoZaken: boolean;
  /** Where outgoing iWmo messages are delivered (hand-over directory). */
  iwmoUitMap: string;
  /** When set, outgoing iWmo messages are POSTed to this endpoint instead of written to `iwmoUitMap`. */
  iwmoUitUrl: string | null;
  oidc: OidcConfig | null;
  /**
   * The DigiD broker of the inwonerportaal (ADR 0026): an OpenID Connect provider that gives the
   * `bsn` claim and the level of assurance as `acr`. DIGID_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET.
   */
  digid: OidcConfig | null;
  /**
   * The DigiD simulator of the demo (`POST /api/v1/inwoner/sessies/demo`). The runtime turns it on
   * only when the demo organisation is loaded; DIGID_SIMULATOR=uit keeps it off even then.
   */
  digidSimulator: boolean;
  /**
   * The gemeente whose inwonerportaal this is (PORTAAL_GEMEENTE, a CBS code): a resident the
   * gemeente does not know yet logs in to this gemeente and is registered there with their first
   * melding (docs/portaal.md). Unset: the only gemeente in the database, else such a resident is
   * refused; the demo (DigiD simulator) uses its own gemeente, Deventer.
   */
  portaalGemeente: string | null;
  /**
   * A second factor (TOTP) at password login for roles with access to personal data (BIO 5.17).
   * Default on in production (`npm start`), off in development and tests; MFA=verplicht|uit.
   */
  mfa: 'verplicht' | 'uit';
  /** OPEN_TOEGANG_GEHEIMSLEUTEL: key for secrets in the database; else a file in the data folder. */
  geheimSleutel: string | null;
  /** Checkpoints of the audit chain outside the database (ADR 0022, docs/audit-checkpoints.md). */
  auditAnker: {
    /** HMAC key (AUDIT_ANKER_SLEUTEL); without it, a key generated once in the data dir. */
    sleutel: string | null;
    /** The append-only file (AUDIT_ANKER_BESTAND); default <data dir>/audit-ankers.jsonl. */
    bestand: string | null;
    /** External append-only target, POST per checkpoint (AUDIT_ANKER_URL). */
    url: string | null;
    intervalMs: number;
  };
  /** Haal Centraal BRP Personen 2.x (docs/brp.md); null: not connected, persons are typed by hand. */
  brp: BrpConfig | null;
  /** Key for the BSN pseudonym in the CBS delivery (CBS_PSEUDONIEM_SLEUTEL, docs/cbs-monitor.md). */
  cbsPseudoniemSleutel: string | null;
  /**
   * The mail server for the portal's notification "u heeft een nieuw bericht" (docs/portaal.md).
   * Null (no SMTP_HOST): no e-mail is sent at all; the portal shows the messages as before.
   */
  smtp: SmtpConfig | null;
}

export interface SmtpConfig {
  host: string;
  port: number;
  /** The sender, e.g. `"Mijn Deventer" <noreply@deventer.nl>` (SMTP_FROM). */
  from: string;
  /** SMTP_TLS: `starttls` (default, required), `direct` (TLS from the start, port 465) or `uit` (only for a local test server). */
  tls: 'starttls' | 'direct' | 'uit';
  /** SMTP_USER and SMTP_PASSWORD; null without authentication. */
  auth: { user: string; pass: string } | null;
}

/** SMTP settings; absent SMTP_HOST means no mail (the product works as without it). */
export function smtpInstellingen(env: NodeJS.ProcessEnv): SmtpConfig | null {
  const host = env.SMTP_HOST;
  if (!host) return null;
  const tls = env.SMTP_TLS || 'starttls';
  if (tls !== 'starttls' && tls !== 'direct' && tls !== 'uit') {
    throw new Error(`SMTP_TLS moet 'starttls', 'direct' of 'uit' zijn (nu: ${tls}).`);
  }
  const port = int(env.SMTP_PORT, tls === 'direct' ? 465 : 587);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error('SMTP_PORT is geen geldige poort.');
  if (!env.SMTP_FROM) throw new Error('SMTP_HOST is gezet, maar SMTP_FROM (de afzender) ontbreekt.');
  if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASSWORD)) {
    throw new Error('Zet SMTP_USER en SMTP_PASSWORD allebei, of geen van beide.');
  }
  return {
    host,
    port,
    from: env.SMTP_FROM,
    tls,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } : null,
  };
}

export interface BrpConfig {
  /** Base URL of the API, without `/personen` (BRP_URL). */
  url: string;
  /** OAuth2 client credentials (BRP_OAUTH_TOKEN_URL, BRP_OAUTH_CLIENT_ID, BRP_OAUTH_CLIENT_SECRET, BRP_OAUTH_SCOPE). */
  oauth: { tokenUrl: string; clientId: string; clientSecret: string; scope: string | null } | null;
  /** mTLS with a PKIoverheid certificate: file paths (BRP_MTLS_CERT, BRP_MTLS_KEY, BRP_MTLS_CA). */
  mtls: { cert: string; key: string; ca: string | null } | null;
  /** An API key some gateways ask for (BRP_API_KEY), sent as X-API-KEY. */
  apiKey: string | null;
  /** Milliseconds before a question counts as unanswered (BRP_TIMEOUT_MS, default 5000). */
  timeoutMs: number;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Claim that holds the username matched against gebruikers.gebruikersnaam. */
  usernameClaim: string;
  /** Allow plain-http issuers (only for a local test provider). */
  allowInsecure: boolean;
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number.parseInt(value, 10);
  if (!Number.isFinite(n)) throw new Error(`Ongeldige numerieke instelling: ${value}`);
  return n;
}

/**
 * Session lifetimes, checked at start: a limit the session refresh cannot keep up with would end
 * sessions that are in use (issue 14), and an idle limit beyond the absolute one means nothing.
 */
function sessieInstellingen(env: NodeJS.ProcessEnv): { idle: number; max: number } {
  const idle = int(env.SESSION_IDLE_MINUTES, 30);
  const max = int(env.SESSION_MAX_HOURS, 10);
  if (!Number.isInteger(Number(env.SESSION_IDLE_MINUTES ?? 30)) || idle < 1 || idle > 24 * 60) {
    throw new Error(
      `SESSION_IDLE_MINUTES moet een heel aantal minuten zijn van 1 tot en met 1440 (nu: ${env.SESSION_IDLE_MINUTES}).`,
    );
  }
  if (!Number.isInteger(Number(env.SESSION_MAX_HOURS ?? 10)) || max < 1 || max > 24 * 7) {
    throw new Error(
      `SESSION_MAX_HOURS moet een heel aantal uren zijn van 1 tot en met 168 (nu: ${env.SESSION_MAX_HOURS}).`,
    );
  }
  if (idle > max * 60) {
    throw new Error(
      `SESSION_IDLE_MINUTES (${idle}) is langer dan SESSION_MAX_HOURS (${max} uur): een sessie eindigt altijd na SESSION_MAX_HOURS.`,
    );
  }
  return { idle, max };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = int(env.PORT, 3000);
  const publicUrl = env.OPEN_TOEGANG_PUBLIC_URL ?? `http://localhost:${port}`;
  const oidc: OidcConfig | null = env.OIDC_ISSUER
    ? {
        issuer: env.OIDC_ISSUER,
        clientId: env.OIDC_CLIENT_ID ?? '',
        clientSecret: env.OIDC_CLIENT_SECRET ?? '',
        usernameClaim: env.OIDC_USERNAME_CLAIM ?? 'preferred_username',
        allowInsecure: env.OIDC_ALLOW_INSECURE === 'true',
      }
    : null;
  if (oidc && (!oidc.clientId || !oidc.clientSecret)) {
    throw new Error('OIDC_ISSUER is gezet, maar OIDC_CLIENT_ID en OIDC_CLIENT_SECRET ontbreken.');
  }
  const digid: OidcConfig | null = env.DIGID_OIDC_ISSUER
    ? {
        issuer: env.DIGID_OIDC_ISSUER,
        clientId: env.DIGID_OIDC_CLIENT_ID ?? '',
        clientSecret: env.DIGID_OIDC_CLIENT_SECRET ?? '',
        usernameClaim: 'bsn',
        allowInsecure: env.DIGID_OIDC_ALLOW_INSECURE === 'true',
      }
    : null;
  if (digid && (!digid.clientId || !digid.clientSecret)) {
    throw new Error(
      'DIGID_OIDC_ISSUER is gezet, maar DIGID_OIDC_CLIENT_ID en DIGID_OIDC_CLIENT_SECRET ontbreken.',
    );
  }
  const iwmoUitUrl = env.IWMO_UIT_URL || null;
  // Not echoed in the message: the address may carry credentials.
  if (iwmoUitUrl && !URL.canParse(iwmoUitUrl)) throw new Error('IWMO_UIT_URL is geen geldig adres.');
  if (iwmoUitUrl && !/^https?:$/.test(new URL(iwmoUitUrl).protocol)) {
    throw new Error('IWMO_UIT_URL moet met http:// of https:// beginnen.');
  }
  const sessie = sessieInstellingen(env);
  const mfa = env.MFA || (env.NODE_ENV === 'production' ? 'verplicht' : 'uit');
  if (mfa !== 'verplicht' && mfa !== 'uit')
    throw new Error(`MFA moet 'verplicht' of 'uit' zijn (nu: ${mfa}).`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.OPEN_TOEGANG_DATA_DIR ?? 'data'),
    databaseUrl: env.DATABASE_URL || null,
    databasePoolSize: int(env.DATABASE_POOL_SIZE, 10),
    demoPassword: env.OPEN_TOEGANG_DEMO_PASSWORD || null,
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    sessionIdleMinutes: sessie.idle,
    sessionMaxHours: sessie.max,
    logLevel: env.LOG_LEVEL ?? 'info',
    auditSealIntervalMs: int(env.AUDIT_SEAL_INTERVAL_MS, 5000),
    jobsEnabled: env.OPEN_TOEGANG_JOBS !== 'off',
    demoZaken: env.OPEN_TOEGANG_DEMO_ZAKEN !== 'off',
    iwmoUitMap: path.resolve(env.IWMO_UIT_MAP ?? path.join(env.OPEN_TOEGANG_DATA_DIR ?? 'data', 'iwmo-uit')),
    iwmoUitUrl,
    oidc,
    digid,
    digidSimulator: env.DIGID_SIMULATOR !== 'uit',
    portaalGemeente: portaalGemeente(env.PORTAAL_GEMEENTE),
    mfa,
    geheimSleutel: env.OPEN_TOEGANG_GEHEIMSLEUTEL || null,
    auditAnker: {
      sleutel: env.AUDIT_ANKER_SLEUTEL || null,
      bestand: env.AUDIT_ANKER_BESTAND ? path.resolve(env.AUDIT_ANKER_BESTAND) : null,
      url: ankerUrl(env.AUDIT_ANKER_URL),
      intervalMs: int(env.AUDIT_ANKER_INTERVAL_MS, 60_000),
    },
    brp: brpInstellingen(env),
    cbsPseudoniemSleutel: env.CBS_PSEUDONIEM_SLEUTEL || null,
    smtp: smtpInstellingen(env),
  };
}

function portaalGemeente(waarde: string | undefined): string | null {
  if (!waarde) return null;
  if (!/^\d{4}$/.test(waarde)) {
    throw new Error(`PORTAAL_GEMEENTE moet een CBS-gemeentecode van vier cijfers zijn (nu: ${waarde}).`);
  }
  return waarde;
}

/** BRP connection; absent BRP_URL means not connected (the product works as without it). */
export function brpInstellingen(env: NodeJS.ProcessEnv): BrpConfig | null {
  const url = env.BRP_URL;
  if (!url) return null;
  // Not echoed in the messages: addresses may carry credentials.
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new Error('BRP_URL is geen geldig http(s)-adres.');
  }
  const oauth = env.BRP_OAUTH_TOKEN_URL
    ? {
        tokenUrl: env.BRP_OAUTH_TOKEN_URL,
        clientId: env.BRP_OAUTH_CLIENT_ID ?? '',
        clientSecret: env.BRP_OAUTH_CLIENT_SECRET ?? '',
        scope: env.BRP_OAUTH_SCOPE || null,
      }
    : null;
  if (oauth && (!URL.canParse(oauth.tokenUrl) || !oauth.clientId || !oauth.clientSecret)) {
    throw new Error(
      'BRP_OAUTH_TOKEN_URL is gezet, maar is geen geldig adres of BRP_OAUTH_CLIENT_ID/BRP_OAUTH_CLIENT_SECRET ontbreken.',
    );
  }
  const mtls =
    env.BRP_MTLS_CERT || env.BRP_MTLS_KEY
      ? { cert: env.BRP_MTLS_CERT ?? '', key: env.BRP_MTLS_KEY ?? '', ca: env.BRP_MTLS_CA || null }
      : null;
  if (mtls && (!mtls.cert || !mtls.key)) {
    throw new Error('Voor mTLS met de BRP zijn BRP_MTLS_CERT én BRP_MTLS_KEY nodig.');
  }
  return {
    url: url.replace(/\/+$/, ''),
    oauth,
    mtls,
    apiKey: env.BRP_API_KEY || null,
    timeoutMs: int(env.BRP_TIMEOUT_MS, 5000),
  };
}

function ankerUrl(waarde: string | undefined): string | null {
  if (!waarde) return null;
  // Not echoed in the message: the address may carry credentials.
  if (!URL.canParse(waarde) || !/^https?:$/.test(new URL(waarde).protocol)) {
    throw new Error('AUDIT_ANKER_URL is geen geldig http(s)-adres.');
  }
  return waarde;
}
