import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { BrpConfig } from '../../platform/config.ts';

/**
 * A small client for Haal Centraal BRP Personen 2.x (`POST {url}/personen`). It only knows the two
 * questions Wmo access needs. Every question names its `fields` (mandatory in the API: data
 * minimisation) and carries the purpose in headers; the caller protocols it (protocol.ts).
 */

export type BrpVraag =
  | { type: 'RaadpleegMetBurgerservicenummer'; burgerservicenummer: string[]; fields: string[] }
  | {
      type: 'ZoekMetPostcodeEnHuisnummer';
      postcode: string;
      huisnummer: number;
      geboortedatum?: string;
      fields: string[];
    };

/** Why we ask (doelbinding): sent with every question, and stored in our protocol. */
export interface BrpDoel {
  /** The processing activity (verwerkingsregister), e.g. 'wmo-toegang-intake'. */
  doelbinding: string;
  /** What is being done, in words: "Intake: persoon opzoeken". */
  verwerking: string;
  /** Who asks: our user id (no name, no BSN), or 'taak:brp-verschil'. */
  gebruiker: string;
}

export type BrpAntwoord =
  | { ok: true; status: number; personen: Record<string, unknown>[] }
  | { ok: false; status: number | null; reden: 'timeout' | 'netwerk' | 'fout' | 'weigering' };

/** Header names for the purpose. The 2.x OpenAPI spec names none; see docs/brp.md and ADR 0028. */
export const DOEL_HEADERS = {
  doelbinding: 'x-doelbinding',
  verwerking: 'x-verwerking',
  gebruiker: 'x-gebruiker',
} as const;

interface Token {
  waarde: string;
  verlooptOp: number;
}

export class BrpClient {
  private token: Token | null = null;
  private readonly agent: http.Agent | https.Agent;

  constructor(private readonly config: BrpConfig) {
    const isHttps = config.url.startsWith('https:');
    this.agent = isHttps
      ? new https.Agent({
          keepAlive: true,
          ...(config.mtls
            ? {
                cert: fs.readFileSync(config.mtls.cert),
                key: fs.readFileSync(config.mtls.key),
                ...(config.mtls.ca ? { ca: fs.readFileSync(config.mtls.ca) } : {}),
              }
            : {}),
        })
      : new http.Agent({ keepAlive: true });
  }

  async vraag(vraag: BrpVraag, doel: BrpDoel): Promise<BrpAntwoord> {
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      accept: 'application/json; charset=utf-8',
      [DOEL_HEADERS.doelbinding]: doel.doelbinding,
      [DOEL_HEADERS.verwerking]: encodeURIComponent(doel.verwerking),
      [DOEL_HEADERS.gebruiker]: doel.gebruiker,
    };
    if (this.config.apiKey) headers['x-api-key'] = this.config.apiKey;
    try {
      if (this.config.oauth) headers.authorization = `Bearer ${await this.bearer()}`;
    } catch {
      return { ok: false, status: null, reden: 'weigering' };
    }
    const r = await this.post(`${this.config.url}/personen`, JSON.stringify(vraag), headers);
    if (!r.ok) return r;
    if (r.status >= 200 && r.status < 300) {
      const body = JSON.parse(r.body) as { personen?: Record<string, unknown>[] };
      return { ok: true, status: r.status, personen: body.personen ?? [] };
    }
    if (r.status === 401 || r.status === 403) {
      this.token = null;
      return { ok: false, status: r.status, reden: 'weigering' };
    }
    return { ok: false, status: r.status, reden: 'fout' };
  }

  /** OAuth2 client credentials (RFC 6749 §4.4), cached until shortly before it expires. */
  private async bearer(): Promise<string> {
    const o = this.config.oauth!;
    if (this.token && this.token.verlooptOp > Date.now() + 30_000) return this.token.waarde;
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (o.scope) form.set('scope', o.scope);
    const basic = Buffer.from(
      `${encodeURIComponent(o.clientId)}:${encodeURIComponent(o.clientSecret)}`,
    ).toString('base64');
    const r = await this.post(o.tokenUrl, form.toString(), {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${basic}`,
    });
    if (!r.ok || r.status !== 200) throw new Error('BRP: geen token');
    const t = JSON.parse(r.body) as { access_token: string; expires_in?: number };
    this.token = { waarde: t.access_token, verlooptOp: Date.now() + (t.expires_in ?? 300) * 1000 };
    return t.access_token;
  }

  private post(
    url: string,
    body: string,
    headers: Record<string, string>,
  ): Promise<{ ok: true; status: number; body: string } | (BrpAntwoord & { ok: false })> {
    const u = new URL(url);
    const mod = u.protocol === 'https:' ? https : http;
    return new Promise((resolve) => {
      const req = mod.request(
        u,
        {
          method: 'POST',
          // The mTLS agent is for the BRP host; a token endpoint elsewhere gets a default agent.
          agent: u.origin === new URL(this.config.url).origin ? this.agent : undefined,
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          timeout: this.config.timeoutMs,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ ok: true, status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
          );
          res.on('error', () => resolve({ ok: false, status: null, reden: 'netwerk' }));
        },
      );
      req.on('timeout', () => {
        req.destroy();
        resolve({ ok: false, status: null, reden: 'timeout' });
      });
      req.on('error', () => resolve({ ok: false, status: null, reden: 'netwerk' }));
      req.end(body);
    });
  }
}

/** One client per configuration (its token and connections are reused). */
const clients = new WeakMap<BrpConfig, BrpClient>();
export function brpClient(config: BrpConfig): BrpClient {
  let c = clients.get(config);
  if (!c) {
    c = new BrpClient(config);
    clients.set(config, c);
  }
  return c;
}
