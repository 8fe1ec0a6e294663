import type { OpenAPIV3 } from 'openapi-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../src/server/demo/organisatie-demo.ts';
import { PARTNER_ACCOUNTS } from '../../src/server/demo/preventie-demo.ts';
import { policy, rolesFor } from '../../src/server/platform/auth/policies.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';

/**
 * Issue 15, item 1: every message a person can see is a plain Dutch instruction. Every write
 * route of the OpenAPI document gets, per kind, a body where every field holds a wrong value of
 * that kind (wrong type, too long, too short, not one of the choices, below the minimum, a bad
 * date, a NUL character, the year 0000, an unknown field); every `invalidParams[].reason` must be
 * free of type names, quoted lists of choices, English words and technical field keys.
 */

type Schema = OpenAPIV3.SchemaObject | OpenAPIV3.ReferenceObject;
interface Blad {
  pad: string[];
  schema: OpenAPIV3.SchemaObject;
}

const ONBEKEND = '00000000-0000-4000-8000-000000000000';

/** What must never appear in a reason. */
const VERBODEN: Array<[string, RegExp]> = [
  ['typenaam', /\b(string|number|boolean|object|array|undefined|null|integer|bigint|NaN|uuid|enum)\b/i],
  ['keuzelijst tussen aanhalingstekens', /["'“][^"'”]*["'”]\s*[|,]\s*["'“]/],
  [
    'Engels woord',
    /\b(expected|received|invalid|must|should|required|value|field|input|too|big|small|format|option|unknown|allowed|characters?)\b/i,
  ],
  ['technische veldnaam (camelCase)', /\b[a-z]{2,}[A-Z][a-z]+\b/],
  ['Zods eigen woorden', /\b(verwacht|ongeldige optie|true|false)\b/i],
  ['regex', /\^|\$\/|\\d|\[0-9/],
];

function verbodenIn(reason: string): string[] {
  return VERBODEN.filter(([, re]) => re.test(reason)).map(([naam]) => naam);
}

describe.each(DB_KINDS)('foutmeldingen van elke schrijvende route (%s)', (kind) => {
  let t: TestApp;
  let doc: OpenAPIV3.Document;
  beforeAll(async () => {
    t = await createTestApp(kind);
    doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
  }, 300_000);
  afterAll(() => t?.close());

  const los = (s: Schema | undefined): OpenAPIV3.SchemaObject | undefined => {
    let x = s;
    while (x && '$ref' in x) x = doc.components?.schemas?.[x.$ref.split('/').at(-1)!];
    return x as OpenAPIV3.SchemaObject | undefined;
  };

  /** Every leaf of a body schema (objects are walked; the first option of a union is taken). */
  function bladeren(s: Schema | undefined, pad: string[] = [], diepte = 0): Blad[] {
    const schema = los(s);
    if (!schema || diepte > 8) return [];
    const opties = [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]
      .map(los)
      .filter((o) => o && o.type !== ('null' as never));
    if (opties.length > 0) return bladeren(opties[0], pad, diepte + 1);
    if (schema.type === 'object' || schema.properties)
      return Object.entries(schema.properties ?? {}).flatMap(([k, v]) =>
        bladeren(v, [...pad, k], diepte + 1),
      );
    return [{ pad, schema }];
  }

  function zet(doel: Record<string, unknown>, pad: string[], waarde: unknown) {
    let o = doel;
    for (const k of pad.slice(0, -1)) {
      if (typeof o[k] !== 'object' || o[k] === null) o[k] = {};
      o = o[k] as Record<string, unknown>;
    }
    o[pad.at(-1)!] = waarde;
  }

  /** The wrong value of `soort` for this leaf, or undefined when the kind does not apply. */
  function fout(soort: string, s: OpenAPIV3.SchemaObject): unknown {
    const type = s.type ?? (s.enum ? 'string' : undefined);
    switch (soort) {
      case 'verkeerd type':
        return type === 'string' ? 12345 : type === 'array' ? 'tekst' : 'tekst';
      case 'te lang':
        return s.maxLength && s.maxLength < 100_000 ? 'x'.repeat(s.maxLength + 1) : undefined;
      case 'te kort':
        return s.minLength && s.minLength > 0 ? '' : undefined;
      case 'geen keuze':
        return s.enum ? 'geen-van-deze' : undefined;
      case 'te klein':
        return s.minimum !== undefined ? s.minimum - 1 : undefined;
      case 'te groot':
        return s.maximum !== undefined ? s.maximum + 1 : undefined;
      case 'slechte datum':
        return s.format === 'date' ? '31-02-2025' : undefined;
      case 'jaar 0000':
        return s.format === 'date' ? '0000-01-01' : undefined;
      case 'nul-teken':
        return type === 'string' && !s.enum ? 'a\u0000b' : undefined;
      case 'ontbreekt':
        return null;
      default:
        return undefined;
    }
  }

  const SOORTEN = [
    'verkeerd type',
    'te lang',
    'te kort',
    'geen keuze',
    'te klein',
    'te groot',
    'slechte datum',
    'jaar 0000',
    'nul-teken',
    'ontbreekt',
    'onbekend veld',
  ];

  const sessies = new Map<string, Session>();
  async function sessieVoor(method: string, pad: string): Promise<Session | null> {
    const url = `/api/v1${pad.replace(/\{(\w+)\}/g, ':$1')}`;
    const route = t.app.routeTable.find((r) => r.method === method && r.url === url);
    if (!route?.policy) return null;
    const rol = rolesFor(route.policy)[0] ?? policy(route.policy).partner?.[0];
    if (!rol) return null; // inwoner-only routes: the portal has its own session (fuzz.test.ts)
    const account = [...DEMO_ACCOUNTS, ...PARTNER_ACCOUNTS].find((a) =>
      a.rollen.includes(rol),
    )!.gebruikersnaam;
    if (!sessies.has(account)) sessies.set(account, await t.login(account));
    return sessies.get(account)!;
  }

  it('geen typenamen, keuzelijsten, Engels of veldcodes in invalidParams[].reason', async () => {
    const gevonden: string[] = [];
    let gecontroleerd = 0;
    for (const [pad, item] of Object.entries(doc.paths)) {
      for (const method of ['post', 'put', 'patch'] as const) {
        const op = item?.[method];
        const json = (op?.requestBody as OpenAPIV3.RequestBodyObject | undefined)?.content[
          'application/json'
        ];
        if (!op || !json) continue;
        const M = method.toUpperCase();
        const sessie = await sessieVoor(M, pad);
        if (!sessie && !pad.startsWith('/sessies')) continue;
        const url = `/api/v1${pad.replace(/\{(\w+)\}/g, (_, n: string) => (n === 'code' ? '0150' : ONBEKEND))}`;
        const bladen = bladeren(json.schema);
        for (const soort of SOORTEN) {
          const body: Record<string, unknown> = {};
          if (soort === 'onbekend veld') body.ditVeldBestaatNiet = 1;
          for (const b of bladen) {
            const w = fout(soort, b.schema);
            if (w !== undefined && b.pad.length > 0) zet(body, b.pad, w);
          }
          if (Object.keys(body).length === 0) continue;
          const res = await t.api(sessie, { method: M as 'POST', url, payload: body });
          if (res.statusCode !== 400) continue;
          for (const p of (res.json().invalidParams ?? []) as Array<{ name: string; reason: string }>) {
            gecontroleerd++;
            const fouten = verbodenIn(p.reason);
            if (fouten.length)
              gevonden.push(`${M} ${pad} ${soort} ${p.name}: "${p.reason}" (${fouten.join(', ')})`);
          }
        }
      }
    }
    expect(gecontroleerd).toBeGreaterThan(500);
    expect([...new Set(gevonden)]).toEqual([]);
  }, 600_000);
});
