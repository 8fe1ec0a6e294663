import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';

/**
 * Issue 14, finding 2: input that used to reach PostgreSQL and give 500 (NUL, year 0000, dates out
 * of range, invalid UTF-8, lone surrogates, an oversized URL) is refused with the field named; an
 * authorised attempt that fails leaves a `mislukt` audit row. Finding 6: a list under a parent the
 * caller cannot see is a 404, not `200 []`. docs/invoer.md.
 */

const persoon = (extra: Record<string, unknown> = {}) => ({
  achternaam: 'Invoertest',
  geboortedatum: '1950-01-01',
  bsn: volgendBsn(),
  ...extra,
});

type Probleem = { code: string; invalidParams?: Array<{ name: string; code: string; reason: string }> };

function verwachtVeldfout(
  res: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  veld: string,
) {
  expect(res.statusCode).toBe(400);
  expect(String(res.headers['content-type'])).toContain('application/problem+json');
  const p = res.json() as Probleem;
  const fout = p.invalidParams?.find((f) => f.name === veld);
  expect(fout, JSON.stringify(p)).toBeDefined();
  // Plain Dutch instructions; `name` names the field, the reason says what to do (issue 15).
  expect(fout!.reason).not.toMatch(/verwacht|string|tekens heeft/);
  expect(fout!.reason).not.toContain(`(${veld.split('.').at(-1)!})`);
  return fout!;
}

describe.each(DB_KINDS)('invoer aan de rand van de API (%s)', (kind) => {
  let t: TestApp;
  let kcc: Session;
  beforeAll(async () => {
    t = await createTestApp(kind);
    kcc = await t.login('toegangsmedewerker');
  });
  afterAll(() => t?.close());

  const post = (url: string, payload: unknown, s = kcc) =>
    t.api(s, { method: 'POST', url, payload: payload as object });

  it('een NUL-teken in een tekstveld is een veldfout, geen 500', async () => {
    const res = await post('/api/v1/personen', persoon({ achternaam: 'Fu\u0000zz' }));
    const fout = verwachtVeldfout(res, 'achternaam');
    expect(fout.code).toBe('ongeldig-teken');
    expect(fout.reason).toContain('nul-teken');
  });

  it('een NUL-teken in een zoekvraag is een veldfout', async () => {
    const res = await t.api(kcc, { method: 'GET', url: '/api/v1/personen?zoek=Sm%00it' });
    expect(verwachtVeldfout(res, 'zoek').code).toBe('ongeldig-teken');
  });

  it('het jaar 0000 en een geboortedatum voor 1880 of in de toekomst zijn veldfouten', async () => {
    for (const geboortedatum of ['0000-01-01', '1879-12-31', '2999-01-01']) {
      const res = await post('/api/v1/personen', persoon({ geboortedatum }));
      verwachtVeldfout(res, 'geboortedatum');
    }
    const vroeg = await post('/api/v1/personen', persoon({ geboortedatum: '1879-12-31' }));
    expect(verwachtVeldfout(vroeg, 'geboortedatum').reason).toBe('Vul een datum in vanaf 1 januari 1880.');
    const grens = await post('/api/v1/personen', persoon({ geboortedatum: '1880-01-01' }));
    expect(grens.statusCode, grens.body).toBe(201);
  });

  it('een ontvangstdatum voor de Wmo 2015 is een veldfout', async () => {
    const res = await post(
      '/api/v1/meldingen',
      nieuweMelding({ ontvangstdatum: '2014-12-31' }, { bsn: volgendBsn() }),
    );
    expect(verwachtVeldfout(res, 'ontvangstdatum').reason).toContain('1 januari 2015');
  });

  it('het jaar 0000 in een periodefilter van het audittrail is een veldfout', async () => {
    const auditor = await t.login('auditor');
    const res = await t.api(auditor, { method: 'GET', url: '/api/v1/audit-logregels?van=0000-01-01' });
    verwachtVeldfout(res, 'van');
  });

  it('ongeldige UTF-8 in een JSON-body is 400, niet stilletjes U+FFFD', async () => {
    const body = Buffer.concat([
      Buffer.from(`{"achternaam":"Fu`),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`zz","geboortedatum":"1950-01-01"}`),
    ]);
    const res = await t.api(kcc, {
      method: 'POST',
      url: '/api/v1/personen',
      headers: { 'content-type': 'application/json' },
      payload: body,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('ongeldige-utf8');
    expect(res.json().invalidParams[0].name).toBe('body');
  });

  it('een losse surrogaat (\\ud800) is een veldfout met het veld genoemd', async () => {
    const res = await t.api(kcc, {
      method: 'POST',
      url: '/api/v1/personen',
      headers: { 'content-type': 'application/json' },
      payload: '{"achternaam":"Fu\\ud800zz","geboortedatum":"1950-01-01"}',
    });
    expect(verwachtVeldfout(res, 'achternaam').reason).toContain('losse surrogaat');
  });

  it('alle fouten van één verzoek (pad, body) staan samen in één antwoord', async () => {
    const res = await t.api(kcc, {
      method: 'PATCH',
      url: '/api/v1/personen/geen-uuid',
      payload: { versie: 1, achternaam: 'A\u0000', geboortedatum: '0000-01-01' },
    });
    const namen = (res.json() as Probleem).invalidParams!.map((f) => f.name).sort();
    expect(namen).toEqual(['achternaam', 'geboortedatum', 'id']);
  });

  it('een te lange zoekvraag of een ongeldig adres krijgt problem+json', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const vraag = (pad: string) =>
      new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
        http
          .get({ host: '127.0.0.1', port, path: pad }, (res) => {
            let body = '';
            res.on('data', (d) => (body += d));
            res.on('end', () =>
              resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body }),
            );
          })
          .on('error', reject);
      });
    const lang = await vraag(`/api/v1/personen?zoek=${'a'.repeat(40_000)}`);
    expect(lang.status).toBe(431);
    expect(lang.type).toContain('application/problem+json');
    expect(JSON.parse(lang.body).code).toBe('verzoek-te-groot');
    const fout = await vraag('/api/v1/personen/%FF');
    expect(fout.status).toBe(400);
    expect(fout.type).toContain('application/problem+json');
    expect(JSON.parse(fout.body).code).toBe('ongeldig-adres');
  });

  it('een toegestaan maar mislukt verzoek laat één auditregel "mislukt" achter; een weigering niet', async () => {
    const tel = async () => {
      const { rows } = await t.database.db.systemTransaction((tx) =>
        tx.query<{ object_id: string; toelichting: string; resultaat: string }>(
          "SELECT object_id, toelichting, resultaat FROM audit_log WHERE resultaat IN ('mislukt', 'geweigerd') AND object_type = 'route' ORDER BY id",
        ),
      );
      return rows;
    };
    const voor = (await tel()).length;
    await post('/api/v1/personen', persoon({ achternaam: 'X\u0000' }));
    await t.api(kcc, { method: 'GET', url: '/api/v1/personen/00000000-0000-4000-8000-000000000000' });
    // Refused by the policy: audited as geweigerd, not also as mislukt.
    await post('/api/v1/wijken', { gemeenteCode: '0150', code: 'Z', naam: 'Z' });
    const nieuw = (await tel()).slice(voor);
    expect(nieuw).toEqual([
      { object_id: 'POST /api/v1/personen', toelichting: '400 ongeldige-invoer', resultaat: 'mislukt' },
      { object_id: 'GET /api/v1/personen/:id', toelichting: '404 niet-gevonden', resultaat: 'mislukt' },
      { object_id: 'POST /api/v1/wijken', toelichting: null, resultaat: 'geweigerd' },
    ]);
  });

  it('een lijst onder een ouder van een andere gemeente of die niet bestaat is 404, zoals het detail', async () => {
    const lochem = await t.login('toegangsmedewerker-lochem');
    const daar = await registreer(t, lochem, nieuweMelding({}, { bsn: volgendBsn() }));
    const hier = await registreer(t, kcc, nieuweMelding({}, { bsn: volgendBsn() }));
    const onbekend = '00000000-0000-4000-8000-000000000000';
    const lijsten = [
      (m: { id: string; persoon: { id: string } }) => `/api/v1/meldingen/${m.id}/aanvragen`,
      (m: { id: string; persoon: { id: string } }) => `/api/v1/personen/${m.persoon.id}/beschikkingen`,
    ];
    // The backoffice reads the gemeente's decisions (its queue); the KCC does not (need-to-know, ADR 0030).
    const backoffice = await t.login('backoffice');
    const kccBesluiten = await t.api(kcc, { method: 'GET', url: lijsten[1]!(hier) });
    expect(kccBesluiten.statusCode).toBe(403);
    expect(kccBesluiten.json().code).toBe('doorbraak-nodig');
    for (const url of lijsten) {
      const eigen = await t.api(backoffice, { method: 'GET', url: url(hier) });
      expect(eigen.statusCode, url(hier)).toBe(200);
      expect(eigen.json()).toEqual([]);
      for (const m of [daar, { id: onbekend, persoon: { id: onbekend } }]) {
        const res = await t.api(backoffice, { method: 'GET', url: url(m) });
        expect(res.statusCode, url(m)).toBe(404);
        expect(res.json().code).toBe('niet-gevonden');
      }
    }
  });
});
