import type { LightMyRequestResponse } from 'fastify';
import type { OpenAPIV3 } from 'openapi-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEMO_ACCOUNTS, TEAMS } from '../../src/server/demo/organisatie-demo.ts';
import { PARTNER_ACCOUNTS } from '../../src/server/demo/preventie-demo.ts';
import { policy, rolesFor } from '../../src/server/platform/auth/policies.ts';
import { gedeeldType } from '../../src/server/platform/http/invoer.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';

/**
 * Issue 14 ("done when"): every operation of the OpenAPI document gets NUL characters, the year
 * 0000, lone surrogates and oversize values in each of its fields, and an invalid UTF-8 and a 2 MB
 * body; the answer is always a 4xx problem+json that names the field, never a 5xx. One request per
 * field and kind; the other required fields may be missing, since all errors come back together.
 */

type Schema = OpenAPIV3.SchemaObject | OpenAPIV3.ReferenceObject;
interface Blad {
  pad: Array<string | number>;
  schema: OpenAPIV3.SchemaObject;
}

const ONBEKEND = '00000000-0000-4000-8000-000000000000';
const GROOT = `{"a":"${'x'.repeat(2 * 1024 * 1024)}"}`;

describe.each(DB_KINDS)('fuzz van elke operatie uit het OpenAPI-document (%s)', (kind) => {
  let t: TestApp;
  let doc: OpenAPIV3.Document;
  beforeAll(async () => {
    t = await createTestApp(kind);
    doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
  }, 300_000);
  afterAll(() => t?.close());

  const los = (s: Schema | undefined): OpenAPIV3.SchemaObject | undefined => {
    let x = s;
    while (x && '$ref' in x) {
      x = doc.components?.schemas?.[x.$ref.split('/').at(-1)!];
    }
    return x as OpenAPIV3.SchemaObject | undefined;
  };

  /** Every string (leaf) in a body schema, with its path; arrays at index 0. */
  function bladeren(s: Schema | undefined, pad: Array<string | number> = [], diepte = 0): Blad[] {
    const schema = los(s);
    if (!schema || diepte > 8) return [];
    const opties = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]
      .map(los)
      .filter((o) => o && o.type !== ('null' as never));
    if (opties.length > 0) return bladeren(opties[0], pad, diepte + 1);
    if (schema.type === 'string') return [{ pad, schema }];
    if (schema.type === 'array') return bladeren(schema.items, [...pad, 0], diepte + 1);
    return Object.entries(schema.properties ?? {}).flatMap(([k, v]) => bladeren(v, [...pad, k], diepte + 1));
  }

  function zet(pad: Array<string | number>, waarde: unknown): unknown {
    if (pad.length === 0) return waarde;
    const [kop, ...rest] = pad;
    return typeof kop === 'number' ? [zet(rest, waarde)] : { [kop!]: zet(rest, waarde) };
  }

  function waardenVoor(schema: OpenAPIV3.SchemaObject): Array<[string, string]> {
    const uit: Array<[string, string]> = [
      ['nul-teken', 'a\u0000b'],
      ['losse surrogaat', 'a\ud800b'],
    ];
    if (schema.format === 'date') uit.push(['jaar 0000', '0000-01-01']);
    if (schema.maxLength && schema.maxLength <= 100_000)
      uit.push(['te lang', 'x'.repeat(schema.maxLength + 1)]);
    return uit;
  }

  const sessies = new Map<string, Session | null>();
  async function inwonerSessie(): Promise<Session> {
    const bestaand = sessies.get('inwoner');
    if (bestaand) return bestaand;
    const bsn = volgendBsn();
    const kcc = await t.login('kcc');
    await registreer(t, kcc, nieuweMelding({}, { bsn }));
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/inwoner/sessies/demo', payload: { bsn } });
    const cookie = res.cookies.find((c) => c.name === 'ot_inwoner')!;
    const sessie = { cookie: `ot_inwoner=${cookie.value}`, csrfToken: res.json().csrfToken, gebruikerId: '' };
    sessies.set('inwoner', sessie);
    return sessie;
  }
  async function sessieVoor(method: string, pad: string): Promise<Session | null> {
    const url = `/api/v1${pad.replace(/\{(\w+)\}/g, ':$1')}`;
    const route = t.app.routeTable.find((r) => r.method === method && r.url === url);
    expect(route, `${method} ${url} in de routetabel`).toBeDefined();
    if (!route!.policy) return null;
    // A medewerker's role, or a partner's for a policy only partners hold (issue 16).
    const rol = rolesFor(route!.policy)[0] ?? policy(route!.policy).partner?.[0];
    // A policy for inwoners only (the portal): a resident session from the DigiD simulator.
    if (!rol) return inwonerSessie();
    // A policy that asks for a kind of team (Policy.teams: the regional team) needs an account in one.
    const teams = policy(route!.policy).teams;
    const inTeam = (team: string) => !teams || teams.includes(TEAMS.find((x) => x.key === team)?.soort ?? '');
    const account = [...DEMO_ACCOUNTS.filter((a) => inTeam(a.team)), ...PARTNER_ACCOUNTS].find((a) =>
      a.rollen.includes(rol),
    )!.gebruikersnaam;
    if (!sessies.has(account)) sessies.set(account, await t.login(account));
    return sessies.get(account)!;
  }

  function padMet(pad: string, params: OpenAPIV3.ParameterObject[], vervang?: [string, string]): string {
    return pad.replace(/\{(\w+)\}/g, (_, naam: string) => {
      if (vervang?.[0] === naam) return encodeURIComponent(vervang[1]);
      const s = los(params.find((p) => p.name === naam)?.schema);
      if (naam === 'code') return '0150';
      if (s?.format === 'date') return '2026-01-05';
      if (s?.enum) return String(s.enum[0]);
      return ONBEKEND;
    });
  }

  function verwacht(res: LightMyRequestResponse, wat: string, veld?: string) {
    expect(res.statusCode, `${wat}: ${res.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, `${wat}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
    expect(res.headers['content-type'], wat).toContain('application/problem+json');
    if (veld !== undefined) {
      const namen = ((res.json().invalidParams ?? []) as Array<{ name: string }>).map((p) => p.name);
      expect(namen, `${wat}: ${res.body.slice(0, 400)}`).toContain(veld);
    }
  }

  it('NUL, jaar 0000, losse surrogaten, te lange waarden, ongeldige UTF-8 en 2 MB: altijd 4xx met het veld', async () => {
    let verzoeken = 0;
    for (const [pad, item] of Object.entries(doc.paths)) {
      for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
        const op = item?.[method];
        if (!op) continue;
        const M = method.toUpperCase();
        const sessie = await sessieVoor(M, pad);
        const params = (op.parameters ?? []) as OpenAPIV3.ParameterObject[];
        const stuur = async (opts: { url: string; payload?: string | Buffer; type?: string }) => {
          verzoeken++;
          return t.api(sessie, {
            method: M as 'GET',
            url: `/api/v1${opts.url}`,
            payload: opts.payload,
            headers: opts.type ? { 'content-type': opts.type } : {},
          });
        };

        for (const p of params.filter((x) => x.in === 'path' || x.in === 'query')) {
          const s = los(p.schema) ?? {};
          for (const [soort, waarde] of waardenVoor({ ...s, type: 'string' })) {
            if (soort === 'losse surrogaat') continue; // a URL carries bytes: %ED%A0%80 is invalid UTF-8
            const url =
              p.in === 'path'
                ? padMet(pad, params, [p.name, waarde])
                : `${padMet(pad, params)}?${p.name}=${encodeURIComponent(waarde)}`;
            if (soort === 'te lang' && url.length > 8000) continue;
            verwacht(await stuur({ url }), `${M} ${pad} ${p.in} ${p.name}: ${soort}`, p.name);
          }
        }

        const body = op.requestBody as OpenAPIV3.RequestBodyObject | undefined;
        if (!body) continue;
        const url = padMet(pad, params);
        const json = body.content['application/json'];
        if (json) {
          for (const blad of bladeren(json.schema)) {
            const naam = blad.pad.join('.');
            for (const [soort, waarde] of waardenVoor(blad.schema)) {
              const payload = JSON.stringify(zet(blad.pad, waarde));
              verwacht(
                await stuur({ url, payload, type: 'application/json' }),
                `${M} ${pad} body ${naam}: ${soort}`,
                naam,
              );
            }
          }
        }
        const type = Object.keys(body.content)[0]!;
        const ongeldig = Buffer.concat([
          Buffer.from('{"a":"'),
          Buffer.from([0xc3, 0x28, 0xff]),
          Buffer.from('"}'),
        ]);
        verwacht(
          await stuur({ url, payload: ongeldig, type: 'application/json' }),
          `${M} ${pad}: ongeldige UTF-8`,
        );
        verwacht(await stuur({ url, payload: GROOT, type }), `${M} ${pad}: 2 MB`);
        if (!json) {
          // XML, CSV or plain text: a NUL in the text itself.
          verwacht(await stuur({ url, payload: 'a\u0000b', type }), `${M} ${pad} ${type}: nul-teken`);
        }
      }
    }
    expect(verzoeken).toBeGreaterThan(300);
  }, 300_000);

  it('elke tekst, datum en maand in params, query en body van elke route is een gedeeld invoertype', () => {
    const fouten: string[] = [];
    const bekijk = (s: z.ZodType, waar: string, diepte = 0): void => {
      const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
      if (diepte > 20) return;
      const verder = (x: unknown, w = waar) => bekijk(x as z.ZodType, w, diepte + 1);
      switch (def.type) {
        case 'string': {
          const checks = (def.checks ?? []) as Array<{ _zod: { def: { format?: string } } }>;
          const formaat = (def.format as string | undefined) ?? null;
          const regex = checks.some((c) => c._zod.def.format === 'regex');
          const veilig = formaat !== null && !['date', 'datetime', 'time', 'regex'].includes(formaat);
          if (!gedeeldType(s) && !regex && !veilig)
            fouten.push(`${waar}: z.string()${formaat ? ` (${formaat})` : ''}`);
          return;
        }
        case 'object':
          for (const [k, v] of Object.entries(def.shape as Record<string, unknown>))
            verder(v, `${waar}.${k}`);
          return;
        case 'array':
          verder(def.element, `${waar}[]`);
          return;
        case 'pipe': {
          // A pipe is safe when either end is (a transform between two checks, e.g. a postcode).
          const voor = fouten.length;
          verder(def.in);
          if (fouten.length > voor) {
            const inFouten = fouten.splice(voor);
            verder(def.out);
            if (fouten.length > voor) fouten.push(...inFouten);
          }
          return;
        }
        case 'union':
          for (const o of def.options as unknown[]) verder(o);
          return;
        case 'record':
          verder(def.valueType, `${waar}{}`);
          return;
        default:
          if ('innerType' in def) verder(def.innerType);
      }
    };
    for (const r of t.app.routeTable) {
      const schema = (r.schema ?? {}) as Record<string, unknown>;
      for (const deel of ['params', 'querystring', 'body']) {
        if (schema[deel] instanceof z.ZodType)
          bekijk(schema[deel] as z.ZodType, `${r.method} ${r.url} ${deel}`);
      }
    }
    expect(fouten).toEqual([]);
  });
});
