import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BrpClient, type BrpVraag } from '../../src/server/modules/brp/client.ts';
import { VELDEN } from '../../src/server/modules/brp/velden.ts';
import { brpInstellingen } from '../../src/server/platform/config.ts';
import { BRP_SPEC_MAP, type BrpMock, startBrpMock } from '../support/brp-mock.ts';

/**
 * The mock BRP and our client checked against RvIG's OpenAPI document (BRP API Personen 2.7.0):
 * every request our client sends must be a valid PersonenQuery of its type, and every answer the
 * mock gives a valid response of that type. Validator: Ajv (JSON Schema 2020-12, as OpenAPI 3.1)
 * over the spec's own component schemas. Ajv ignores `discriminator`, so each nested polymorphic
 * object (verblijfplaats, datums) is also validated against the schema its `type` names.
 */

type Obj = Record<string, unknown>;
const spec = parse(fs.readFileSync(path.join(BRP_SPEC_MAP, 'openapi.yaml'), 'utf8')) as {
  components: { schemas: Record<string, Obj> };
};
// The spec's patterns escape quotes (`\'`), which JavaScript allows only without the u flag.
const zonderU = Object.assign((pattern: string) => new RegExp(pattern), { code: 'new RegExp' });
const ajv = new Ajv2020({ strict: false, allErrors: true, code: { regExp: zonderU } });
addFormats.default(ajv);
ajv.addSchema({ $id: 'brp', components: spec.components });

function valideer(schema: string, data: unknown): string[] {
  const v = ajv.getSchema(`brp#/components/schemas/${schema}`);
  if (!v) throw new Error(`Schema ${schema} ontbreekt in de spec`);
  return v(data) ? [] : (v.errors ?? []).map((e) => `${schema}${e.instancePath} ${e.message}`);
}

/** Subtype per discriminator value, from the abstract schemas below the response root. */
const SUBTYPEN: Record<string, string> = {};
for (const naam of ['AbstractDatum', 'AbstractVerblijfplaats']) {
  const mapping = (spec.components.schemas[naam]!.discriminator as { mapping: Record<string, string> })
    .mapping;
  for (const [type, ref] of Object.entries(mapping)) SUBTYPEN[type] = ref.split('/').at(-1)!;
}

function valideerGenest(data: unknown, fouten: string[]): void {
  if (Array.isArray(data)) {
    for (const d of data) valideerGenest(d, fouten);
    return;
  }
  if (!data || typeof data !== 'object') return;
  const type = (data as Obj).type;
  if (typeof type === 'string' && SUBTYPEN[type]) fouten.push(...valideer(SUBTYPEN[type], data));
  for (const v of Object.values(data as Obj)) valideerGenest(v, fouten);
}

function valideerAntwoord(body: Obj): string[] {
  const fouten = valideer(`${String(body.type)}Response`, body);
  valideerGenest(body.personen, fouten);
  return fouten;
}

describe('BRP-berichten tegen de OpenAPI-specificatie (BRP API Personen 2.7.0)', () => {
  let mock: BrpMock;
  let client: BrpClient;
  beforeAll(async () => {
    mock = await startBrpMock();
    client = new BrpClient(brpInstellingen({ BRP_URL: mock.url })!);
  });
  afterAll(() => mock?.close());

  const doel = { doelbinding: 'wmo-toegang-intake', verwerking: 'test', gebruiker: 'test' };
  const vragen: [string, BrpVraag][] = [
    [
      'raadplegen voor intake',
      {
        type: 'RaadpleegMetBurgerservicenummer',
        burgerservicenummer: ['999993653'],
        fields: [...VELDEN.persoon],
      },
    ],
    [
      'raadplegen met huishouden',
      {
        type: 'RaadpleegMetBurgerservicenummer',
        burgerservicenummer: ['999990639'],
        fields: [...VELDEN.persoon, ...VELDEN.huishouden],
      },
    ],
    [
      'nachtelijke controle (ook een overleden persoon en een onbekend BSN)',
      {
        type: 'RaadpleegMetBurgerservicenummer',
        burgerservicenummer: ['999993653', '999990147', '999900420'],
        fields: [...VELDEN.verschil],
      },
    ],
    [
      'zoeken op postcode en huisnummer',
      {
        type: 'ZoekMetPostcodeEnHuisnummer',
        postcode: '3077AW',
        huisnummer: 31,
        geboortedatum: '1985-12-01',
        fields: [...VELDEN.zoeken],
      },
    ],
  ];

  it.each(vragen)(
    '%s: de vraag van de client en het antwoord van de mock zijn geldig',
    async (_naam, vraag) => {
      const antwoord = await client.vraag(vraag, doel);
      expect(antwoord.ok).toBe(true);
      const verzoek = mock.verzoeken.at(-1)!;
      expect(valideer(vraag.type, verzoek.body)).toEqual([]);
      expect(verzoek.headers['content-type']).toMatch(/^application\/json/);
      const body = { type: vraag.type, personen: antwoord.ok ? antwoord.personen : [] };
      expect(body.personen.length).toBeGreaterThan(0);
      expect(valideerAntwoord(body)).toEqual([]);
    },
  );

  it('de validatie werkt echt: een vraag zonder fields en een antwoord met een fout veld worden afgekeurd', () => {
    expect(
      valideer('RaadpleegMetBurgerservicenummer', {
        type: 'RaadpleegMetBurgerservicenummer',
        burgerservicenummer: ['1'],
      }),
    ).not.toEqual([]);
    const fout = {
      type: 'RaadpleegMetBurgerservicenummer',
      personen: [
        {
          burgerservicenummer: '999993653',
          geboorte: { datum: { type: 'Datum', datum: 'gisteren', langFormaat: 'x' } },
        },
      ],
    };
    expect(valideerAntwoord(fout).length).toBeGreaterThan(0);
  });

  it('elke testpersoon die de mock levert met de velden voor intake is geldig volgens de spec (op namen na die RvIG zelf buiten de patronen laat)', async () => {
    const bsns = ['999993653', '999990639', '999990858', '999992715', '999990147', '999993008'];
    const antwoord = await client.vraag(
      {
        type: 'RaadpleegMetBurgerservicenummer',
        burgerservicenummer: bsns,
        fields: [...VELDEN.persoon, ...VELDEN.huishouden],
      },
      doel,
    );
    expect(antwoord.ok && antwoord.personen.length).toBe(bsns.length);
    if (antwoord.ok)
      expect(
        valideerAntwoord({ type: 'RaadpleegMetBurgerservicenummer', personen: antwoord.personen }),
      ).toEqual([]);
  });
});
