import { strFromU8, unzipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setToday } from '../../src/server/platform/clock.ts';
import { exportInstellingen } from '../../src/server/platform/export/lijst.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { medewerkerId, nieuweMelding, registreer, volgendBsn } from '../support/intake.ts';
import { volledigeStappen } from '../support/onderzoek.ts';
import { wmo315 } from '../support/verzoeken.ts';

type Json = Record<string, unknown> & { items?: unknown[]; regels?: unknown[] };

/** CSV lines without the header; the test data has no line breaks inside fields. */
const dataregels = (csv: string) => csv.trimEnd().split('\n').slice(1);

/** The text of an XLSX (its sheet and shared strings) and its cells by reference, e.g. A4 → 'Kenmerk'. */
function xlsxTekst(bytes: Buffer) {
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  const bestanden = unzipSync(new Uint8Array(bytes));
  const blad = strFromU8(bestanden['xl/worksheets/sheet1.xml']!);
  const teksten = strFromU8(bestanden['xl/sharedStrings.xml'] ?? new Uint8Array());
  const gedeeld = [...teksten.matchAll(/<si>(?:<t[^>]*>([^<]*)<\/t>)?<\/si>/g)].map((m) => m[1] ?? '');
  const cellen = new Map<string, string | number>();
  for (const m of blad.matchAll(/<c r="([A-Z]+\d+)"([^>]*)><v>([^<]*)<\/v><\/c>/g)) {
    cellen.set(m[1]!, m[2]!.includes('t="s"') ? gedeeld[Number(m[3])]! : Number(m[3]));
  }
  return { blad, teksten, cellen };
}

describe.each(DB_KINDS)('export van lijsten als CSV en XLSX (%s)', (kind) => {
  let t: TestApp;
  const s: Record<string, Session> = {};
  let persoonId: string;
  let huishoudenId: string;
  let meldingId: string;
  let openKenmerk: string;

  /**
   * A resident whose name would be a spreadsheet formula, with a melding → onderzoek → aanvraag →
   * beschikking (hulp bij het huishouden in natura) → WMO301, a WMO315 from the aanbieder; one open
   * melding in the werkvoorraad and one aanvraag still to be decided.
   */
  beforeAll(async () => {
    setToday('2026-06-01');
    t = await createTestApp(kind);
    for (const n of [
      'kcc',
      'toegangsmedewerker',
      'backoffice',
      'backoffice-2',
      'teamleider',
      'beleid',
      'beheer',
      'auditor',
      'partner-mee',
    ]) {
      s[n] = await t.login(n);
    }
    // A project (grote projecten) and one import run, so those lists have a row too.
    s.projectleider = await t.login('projectleider');
    const project = await t.api(s.projectleider, {
      method: 'POST',
      url: '/api/v1/projecten',
      payload: { naam: 'Sociale Teams', programma: 'Sociaal domein' },
    });
    expect(project.statusCode, project.body).toBe(201);
    const imp = await t.api(s.beheer!, {
      method: 'POST',
      url: '/api/v1/imports/beschikkingen?gemeente=0150',
      headers: { 'content-type': 'text/csv' },
      payload: Buffer.from(
        `client_id,geboortedatum,postcode,productcategorie,leveringsvorm,besluitdatum,ingangsdatum\n${volgendBsn()},1950-03-04,7411AA,01,pgb,2025-01-10,2025-02-01\n`,
      ),
    });
    expect(imp.statusCode, imp.body).toBe(201);
    const bsn = volgendBsn();
    const hoofd = await aanvraagVoor(undefined, '=SOM(1)', bsn);
    persoonId = hoofd.persoonId;
    huishoudenId = hoofd.huishoudenId;
    meldingId = hoofd.meldingId;
    const producten = (await t.api(s.backoffice!, { method: 'GET', url: '/api/v1/producten' })).json();
    const hbh = producten.find((p: { naam: string }) => p.naam === 'Hulp bij het huishouden');
    const concept = await t.api(s.backoffice!, {
      method: 'POST',
      url: `/api/v1/aanvragen/${hoofd.aanvraagId}/beschikkingen`,
      payload: {
        voorzieningen: [
          {
            besluit: 'toekenning',
            motivering: 'Zie het onderzoek.',
            productId: hbh.id,
            volume: 3,
            leveringsvorm: 'zin',
            aanbiederId: hbh.aanbieders.find((a: { naam: string }) => a.naam === 'Thuiszorg IJsselstreek').id,
            ingangsdatum: '2026-06-15',
            einddatum: '2027-06-14',
          },
        ],
      },
    });
    expect(concept.statusCode, concept.body).toBe(201);
    const vast = await t.api(s['backoffice-2']!, {
      method: 'POST',
      url: `/api/v1/beschikkingen/${concept.json().id}/vaststelling`,
      payload: { versie: concept.json().versie, besluitdatum: '2026-06-01', bekendgemaaktOp: '2026-06-01' },
    });
    expect(vast.statusCode, vast.body).toBe(200);
    const verzoek = await t.api(s.backoffice!, {
      method: 'POST',
      url: '/api/v1/iwmo-berichten',
      headers: { 'content-type': 'application/xml' },
      payload: wmo315(
        { agb: '75750001', gemeente: '0150', identificatie: 'EXP1', dagtekening: '2026-06-02' },
        { bsn, geboortedatum: '1948-03-12', geslacht: '2', achternaam: '=SOM(1)' },
        [
          {
            referentie: 'EXP-001',
            categorie: '03',
            code: '03A01',
            ingangsdatum: '2026-06-15',
            einddatum: '2026-12-31',
            omvang: { volume: 2, eenheid: '04', frequentie: '2' },
          },
        ],
      ),
    });
    expect(verzoek.statusCode, verzoek.body).toBe(201);

    await aanvraagVoor('Wilma', 'Wachtend', volgendBsn());
    const open = await registreer(
      t,
      s.kcc!,
      nieuweMelding(
        { ontvangstdatum: '2026-05-25' },
        { bsn: volgendBsn(), voornamen: 'Otto', achternaam: 'Openstaand' },
      ),
    );
    openKenmerk = open.kenmerk;
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });
  afterEach(() => {
    exportInstellingen.maxRijen = 100_000;
    exportInstellingen.paginagrootte = 1000;
  });

  async function aanvraagVoor(voornamen: string | undefined, achternaam: string, bsn: string) {
    const m = await registreer(
      t,
      s.kcc!,
      nieuweMelding({ ontvangstdatum: '2026-05-20' }, { bsn, voornamen, achternaam }),
    );
    const tr = await t.api(s.kcc!, {
      method: 'POST',
      url: `/api/v1/meldingen/${m.id}/triage`,
      payload: {
        versie: m.versie,
        uitkomst: 'onderzoek',
        behandelaarId: await medewerkerId(t, 'toegangsmedewerker'),
      },
    });
    expect(tr.statusCode, tr.body).toBe(200);
    const consulent = s.toegangsmedewerker!;
    const o = (
      await t.api(consulent, { method: 'POST', url: '/api/v1/onderzoeken', payload: { meldingId: m.id } })
    ).json();
    const o2 = (
      await t.api(consulent, {
        method: 'PATCH',
        url: `/api/v1/onderzoeken/${o.id}`,
        payload: { versie: o.versie, stappen: volledigeStappen(true) },
      })
    ).json();
    await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/onderzoeken/${o2.id}/afronding`,
      payload: {
        versie: o2.versie,
        ladderUitkomst: 'maatwerk',
        samenvatting: 'Hulp nodig.',
        vervolg: 'Aanvraag.',
      },
    });
    const a = await t.api(consulent, {
      method: 'POST',
      url: `/api/v1/meldingen/${m.id}/aanvragen`,
      payload: {
        aanvraagdatum: '2026-06-01',
        omschrijving: 'Hulp bij het schoonmaken na mijn heupoperatie.',
      },
    });
    expect(a.statusCode, a.body).toBe(201);
    return {
      aanvraagId: a.json().id,
      persoonId: m.persoon.id,
      huishoudenId: m.huishoudenId,
      meldingId: m.id,
    };
  }

  const get = (wie: string, url: string, headers: Record<string, string> = {}) =>
    t.api(s[wie]!, { method: 'GET', url: `/api/v1${url}`, headers });
  const metFormaat = (url: string, formaat: string) =>
    `${url}${url.includes('?') ? '&' : '?'}formaat=${formaat}`;

  const lijst = (j: Json | unknown[]) =>
    (Array.isArray(j)
      ? j
      : (j.items ?? j.regels ?? (j as { medewerkers: unknown[] }).medewerkers)) as unknown[];
  const voorzieningen = (j: unknown[]) =>
    (j as Array<{ voorzieningen: unknown[] }>).reduce((n, b) => n + Math.max(1, b.voorzieningen.length), 0);

  /** Every list the web app shows: who exports it, which known value is in it, how JSON counts. */
  const LIJSTEN: Array<{
    naam: string;
    wie: string;
    url: () => string;
    bekend: () => string;
    kop: string;
    aantal?: (j: unknown[]) => number;
  }> = [
    {
      naam: 'werkvoorraad',
      wie: 'teamleider',
      url: () => '/werkvoorraad?pageSize=200',
      bekend: () => openKenmerk,
      kop: 'Kenmerk,Soort,Status',
    },
    {
      naam: 'verdeling',
      wie: 'teamleider',
      url: () => '/werkvoorraad/verdeling',
      bekend: () => '"Tom Gerritsen"',
      kop: 'Medewerker,Fte,Open meldingen',
    },
    {
      naam: 'aanvragen',
      wie: 'backoffice',
      url: () => '/aanvragen?status=ingediend&pageSize=200',
      bekend: () => '"Wilma Wachtend"',
      kop: 'Naam,Aanvraagdatum',
    },
    {
      naam: 'aanvragen van een melding',
      wie: 'backoffice',
      url: () => `/meldingen/${meldingId}/aanvragen`,
      bekend: () => '"Hulp bij het schoonmaken na mijn heupoperatie."',
      kop: 'Aanvraagdatum,Grondslag',
    },
    {
      naam: 'herindicaties',
      wie: 'backoffice',
      url: () => '/herindicaties?maanden=24',
      bekend: () => 'Hulp bij het huishouden',
      kop: 'Naam,Wijkcode,Wijk',
    },
    {
      naam: 'iwmo-berichten',
      wie: 'backoffice',
      url: () => '/iwmo-berichten?pageSize=200',
      bekend: () => 'WMO301',
      kop: 'Bericht,Richting',
    },
    {
      naam: 'iwmo-verzoeken',
      wie: 'backoffice',
      url: () => '/iwmo-verzoeken?pageSize=200',
      bekend: () => 'EXP-001',
      kop: 'Bericht,Status,Referentie aanbieder',
    },
    {
      naam: 'audittrail',
      wie: 'auditor',
      url: () => '/audit-logregels?actie=create&pageSize=500',
      bekend: () => ',kcc,',
      kop: 'Nummer,Tijdstip (UTC)',
    },
    {
      naam: 'medewerkers',
      wie: 'beheer',
      url: () => '/medewerkers?gemeente=0150',
      bekend: () => '"Tom Gerritsen"',
      kop: 'Naam,Gebruikersnaam,E-mail',
    },
    {
      naam: 'organisaties',
      wie: 'beheer',
      url: () => '/organisaties',
      bekend: () => '"Thuiszorg IJsselstreek"',
      kop: 'Gemeente,Naam,Soort',
    },
    {
      naam: 'teams',
      wie: 'beheer',
      url: () => '/teams',
      bekend: () => '"Toegang Deventer"',
      kop: 'Gemeente,Naam,Soort,Organisatie',
    },
    {
      naam: 'locaties',
      wie: 'beheer',
      url: () => '/locaties',
      bekend: () => '"Stadhuis Deventer"',
      kop: 'Gemeente,Naam,Soort',
    },
    {
      naam: 'wijken',
      wie: 'beheer',
      url: () => '/wijken?gemeente=0150',
      bekend: () => '"Bathmen"',
      kop: 'Gemeente,Wijkcode,Naam',
    },
    {
      naam: 'gemeenten',
      wie: 'beheer',
      url: () => '/gemeenten',
      bekend: () => 'Deventer',
      kop: 'CBS-code,Naam',
    },
    {
      naam: 'producten',
      wie: 'beheer',
      url: () => '/producten',
      bekend: () => '"Hulp bij het huishouden"',
      kop: 'Gemeente,Productcategorie',
    },
    {
      naam: 'gelijkgestelde-dagen',
      wie: 'beheer',
      url: () => '/gelijkgestelde-dagen',
      bekend: () => '2026-01-02,Vrijdag na Nieuwjaarsdag',
      kop: 'Datum,Omschrijving',
    },
    {
      naam: 'postcodegebieden',
      wie: 'beheer',
      url: () => '/postcodegebieden',
      bekend: () => '0150,7411AA,7411ZZ,A,',
      kop: 'Gemeente,Postcode van',
    },
    {
      naam: 'beschikkingen van een persoon',
      wie: 'backoffice',
      url: () => `/personen/${persoonId}/beschikkingen`,
      bekend: () => ',Hulp bij het huishouden,Hulp bij het huishouden,zin,',
      kop: 'Beschikking,Soort',
      aantal: voorzieningen,
    },
    {
      naam: 'projecten',
      wie: 'projectleider',
      url: () => '/projecten',
      bekend: () => '"Sociale Teams",,Sociaal domein',
      kop: 'Project,Hoofdproject,Programma',
    },
    {
      naam: 'imports',
      wie: 'beheer',
      url: () => '/imports',
      bekend: () => ',0150,"",klaar,1,0,1,0,',
      kop: 'Gestart op,Gemeente,Bestand,Status',
    },
    {
      naam: 'meldingen van een huishouden',
      wie: 'teamleider',
      url: () => `/huishoudens/${huishoudenId}/meldingen`,
      bekend: () => `"'=SOM(1)"`,
      kop: 'Kenmerk,Soort,Status,Ontvangen,Voor',
    },
  ];

  it.each(LIJSTEN)('$naam: CSV met dezelfde rijen als de JSON, XLSX opent', async (l) => {
    const json = await get(l.wie, l.url());
    expect(json.statusCode, json.body).toBe(200);
    const body = json.json() as Json;
    if (!Array.isArray(body) && 'volgende' in body) expect(body.volgende, 'alles op één pagina').toBeNull();
    const rijen = lijst(body);
    expect(rijen.length, 'testgegevens').toBeGreaterThan(0);

    const csv = await get(l.wie, metFormaat(l.url(), 'csv'));
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="[a-z-]+\.csv"$/);
    expect(csv.body.split('\n')[0]).toMatch(new RegExp(`^${l.kop.replace(/[()]/g, '\\$&')}`));
    expect(dataregels(csv.body)).toHaveLength(l.aantal ? l.aantal(rijen) : rijen.length);
    expect(csv.body).toContain(l.bekend());
    expect(csv.headers['x-weggelaten-kolommen']).toBeUndefined();

    const xlsx = await get(l.wie, metFormaat(l.url(), 'xlsx'));
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const { cellen } = xlsxTekst(xlsx.rawPayload);
    // The header row below the explanation lines, then as many rows as the CSV.
    const kopregel = [...cellen].find(([, v]) => v === l.kop.split(',')[0])?.[0];
    expect(kopregel, 'kopregel').toMatch(/^A\d+$/);
    const n = Number(kopregel!.slice(1));
    expect(cellen.get(`B${n}`)).toBe(l.kop.split(',')[1]);
    const aantal = dataregels(csv.body).length;
    expect(cellen.has(`A${n + aantal}`)).toBe(true);
    expect(cellen.has(`A${n + aantal + 1}`)).toBe(false);
  });

  it('het Accept-header kiest het formaat; ?formaat=json geeft de JSON', async () => {
    const csv = await get('beheer', '/producten', { accept: 'text/csv' });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const xlsx = await get('beheer', '/producten', {
      accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const json = await get('beheer', '/producten?formaat=json', { accept: 'text/csv' });
    expect(json.headers['content-type']).toMatch(/^application\/json/);
  });

  it('elke export schrijft een auditregel met het aantal rijen en de weggelaten kolommen', async () => {
    const res = await get('teamleider', '/werkvoorraad?formaat=csv');
    const regels = await exportregels('teamleider');
    expect(regels[0]).toMatchObject({
      actie: 'export',
      objectType: 'melding',
      resultaat: 'toegestaan',
      toelichting: `werkvoorraad: ${dataregels(res.body).length} rijen als csv; weggelaten: geen`,
    });
  });

  async function exportregels(gebruikersnaam: string) {
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ actie: string; objectType: string; resultaat: string; toelichting: string }>(
        `SELECT actie, object_type AS "objectType", resultaat, toelichting FROM audit_log
         WHERE actie = 'export' AND gebruikersnaam = $1 ORDER BY id DESC`,
        [gebruikersnaam],
      ),
    );
    return rows;
  }

  describe('persoonsgegevens alleen voor rollen met exportrecht', () => {
    it('de KCC exporteert de werkvoorraad zonder naam en geboortedatum, en zegt dat', async () => {
      const json = (await get('kcc', '/werkvoorraad?pageSize=200')).json();
      expect(JSON.stringify(json)).toContain('Otto Openstaand'); // on screen: yes
      const csv = await get('kcc', '/werkvoorraad?formaat=csv');
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['x-weggelaten-kolommen']).toBe('naam,geboortedatum');
      const kop = csv.body.split('\n')[0]!.split(',');
      expect(kop).not.toContain('Naam');
      expect(kop).not.toContain('Geboortedatum');
      expect(kop).toContain('Kenmerk');
      expect(csv.body).toContain(openKenmerk);
      expect(csv.body).not.toContain('Openstaand');
      expect(csv.body).not.toContain('1948-03-12');
      expect(dataregels(csv.body)).toHaveLength(json.items.length);
      expect((await exportregels('kcc'))[0]!.toelichting).toBe(
        `werkvoorraad: ${json.items.length} rijen als csv; weggelaten: naam, geboortedatum`,
      );

      const xlsx = await get('kcc', '/werkvoorraad?formaat=xlsx');
      const { teksten } = xlsxTekst(xlsx.rawPayload);
      expect(teksten).toContain(
        'Zonder persoonsgegevens: uw rol mag deze kolommen niet exporteren: Naam, Geboortedatum.',
      );
      expect(teksten).not.toContain('Openstaand');
    });

    it('de teamleider exporteert de werkvoorraad met namen (werk verdelen)', async () => {
      const csv = await get('teamleider', '/werkvoorraad?formaat=csv');
      expect(csv.headers['x-weggelaten-kolommen']).toBeUndefined();
      expect(csv.body.split('\n')[0]).toContain(',Naam,Geboortedatum,');
      expect(csv.body).toContain('"Otto Openstaand",1948-03-12');
    });

    it('de toegangsmedewerker exporteert herindicaties en beschikkingen zonder persoonsgegevens', async () => {
      const h = await get('toegangsmedewerker', '/herindicaties?maanden=24&formaat=csv');
      expect(h.statusCode).toBe(200);
      expect(h.headers['x-weggelaten-kolommen']).toBe('naam');
      expect(h.body).not.toContain('SOM(1)');
      expect(h.body).toContain('Hulp bij het huishouden');

      const b = await get('toegangsmedewerker', `/personen/${persoonId}/beschikkingen?formaat=csv`);
      expect(b.headers['x-weggelaten-kolommen']).toBe('productcategorie,categorie,product,leveringsvorm');
      expect(b.body.split('\n')[0]).toBe(
        'Beschikking,Soort,Status,Besluitdatum,Besluit,Ingangsdatum,Einddatum',
      );
      expect(b.body).not.toMatch(/huishouden|zin/);
      expect((await exportregels('toegangsmedewerker'))[0]).toMatchObject({
        objectType: 'beschikking',
        toelichting:
          'beschikkingen: 1 rijen als csv; weggelaten: productcategorie, categorie, product, leveringsvorm',
      });
    });

    it('de backoffice exporteert de aanvragen met naam en omschrijving', async () => {
      const csv = await get('backoffice', '/aanvragen?formaat=csv');
      expect(csv.headers['x-weggelaten-kolommen']).toBeUndefined();
      expect(csv.body).toContain('"Wilma Wachtend",2026-06-01,onderzoek-afgerond,"Hulp bij het schoonmaken');
    });

    it('de auditor exporteert het audittrail: medewerkers, geen inwoners', async () => {
      const csv = await get('auditor', '/audit-logregels?formaat=csv');
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['x-weggelaten-kolommen']).toBeUndefined();
      expect(csv.body).toContain(',teamleider,');
      expect(csv.body).not.toMatch(/SOM\(1\)|Openstaand|Wachtend/);
    });
  });

  it.each([
    ['beleid', '/werkvoorraad?formaat=csv'],
    ['auditor', '/herindicaties?formaat=xlsx'],
    ['kcc', '/audit-logregels?formaat=csv'],
    ['partner-mee', '/medewerkers?formaat=csv'],
    ['toegangsmedewerker', '/iwmo-berichten?formaat=csv'],
    ['beheer', '/aanvragen?formaat=xlsx'],
  ])('%s mag %s niet zien: 403, ook als bestand', async (wie, url) => {
    const res = await get(wie, url);
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('een naam die een formule zou zijn, blijft tekst (CSV: apostrof; XLSX: tekstcel)', async () => {
    const csv = await get('backoffice', '/herindicaties?maanden=24&formaat=csv');
    expect(csv.body).toContain(`"'=SOM(1)"`);
    expect(csv.body).not.toMatch(/(^|,)"?=SOM/m);
    const xlsx = await get('backoffice', '/herindicaties?maanden=24&formaat=xlsx');
    const { blad, teksten } = xlsxTekst(xlsx.rawPayload);
    expect(teksten + blad).toContain('>=SOM(1)<');
    expect(blad).not.toContain('<f>');
  });

  it('leest alle pagina’s van een gepagineerde lijst', async () => {
    exportInstellingen.paginagrootte = 2;
    const json = (await get('auditor', '/audit-logregels?actie=create&pageSize=500')).json();
    expect(json.regels.length).toBeGreaterThan(4);
    const csv = await get('auditor', '/audit-logregels?actie=create&formaat=csv');
    const ids = dataregels(csv.body).map((r) => Number(r.split(',')[0]));
    expect(ids).toEqual(json.regels.map((r: { id: number }) => r.id));
  });

  it('kapt af op het maximum en zegt dat (header, XLSX-regel, auditregel)', async () => {
    exportInstellingen.maxRijen = 2;
    exportInstellingen.paginagrootte = 1;
    const csv = await get('beheer', '/medewerkers?formaat=csv');
    expect(csv.headers['x-export-afgekapt']).toBe('2');
    expect(dataregels(csv.body)).toHaveLength(2);
    const xlsx = await get('auditor', '/audit-logregels?actie=create&formaat=xlsx');
    expect(xlsx.headers['x-export-afgekapt']).toBe('2');
    expect(xlsxTekst(xlsx.rawPayload).teksten).toContain('Afgekapt: alleen de eerste 2 rijen');
    expect((await exportregels('auditor'))[0]!.toelichting).toBe(
      'audittrail: 2 rijen als xlsx; afgekapt op 2; weggelaten: geen',
    );
    const precies = await get('beheer', '/wijken?gemeente=0150&formaat=csv');
    expect(precies.headers['x-export-afgekapt']).toBe('2');
  });
});
