import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RapportageInhoud } from '../../src/domain/projecten/rapportage.ts';
import { setToday } from '../../src/server/platform/clock.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';
import { pdfText } from '../support/pdf.ts';

const DEMO = path.resolve('src/server/demo/projecten');
const lees = (naam: string) => fs.readFileSync(path.join(DEMO, naam), 'utf8');

describe.each(DB_KINDS)('projecten: rapportages, registers, publicatie en varianten (%s)', (kind) => {
  let t: TestApp;
  let pl: Session;
  let og: Session;
  let beheer: Session;
  let projectId: string;
  let eerste: { id: string; versie: number; inhoud: RapportageInhoud };

  beforeAll(async () => {
    setToday('2022-02-01');
    t = await createTestApp(kind);
    pl = await t.login('projectleider');
    og = await t.login('opdrachtgever');
    beheer = await t.login('beheer');
    const imp = await t.api(pl, {
      method: 'POST',
      url: '/api/v1/projecten/imports?bestandsnaam=000.txt',
      headers: { 'content-type': 'text/plain' },
      payload: lees('000-toegangen-doorontwikkeling-sociale-teams.txt'),
    });
    expect(imp.statusCode, imp.body).toBe(201);
    projectId = imp.json().project.id;
    eerste = imp.json().rapportage;
  });
  afterAll(async () => {
    setToday(null);
    await t?.close();
  });

  const stap = (s: Session, id: string, overgang: string, versie: number, toelichting?: string) =>
    t.api(s, {
      method: 'POST',
      url: `/api/v1/rapportages/${id}/${overgang}`,
      payload: toelichting ? { versie, toelichting } : { versie },
    });

  it('projectgegevens en deelprojecten: hoofdproject van dezelfde gemeente, geen kring', async () => {
    const hoofd = await t.api(pl, {
      method: 'POST',
      url: '/api/v1/projecten',
      payload: {
        naam: 'Toegang sociaal domein (test)',
        programma: '08 Meedoen',
        portefeuillehouder: 'Weth. Grijsen',
      },
    });
    expect(hoofd.statusCode, hoofd.body).toBe(201);
    const p = (await t.api(pl, { method: 'GET', url: `/api/v1/projecten/${projectId}` })).json();
    const wijzig = await t.api(pl, {
      method: 'PATCH',
      url: `/api/v1/projecten/${projectId}`,
      payload: {
        versie: p.versie,
        hoofdprojectId: hoofd.json().id,
        ambtelijkOpdrachtgever: 'Directeur Samenleving',
      },
    });
    expect(wijzig.statusCode, wijzig.body).toBe(200);
    expect(wijzig.json()).toMatchObject({
      hoofdproject: 'Toegang sociaal domein (test)',
      ambtelijkOpdrachtgever: 'Directeur Samenleving',
    });
    const h = (await t.api(pl, { method: 'GET', url: `/api/v1/projecten/${hoofd.json().id}` })).json();
    expect(h.deelprojecten).toEqual([{ id: projectId, naam: 'Toegangen - Doorontwikkeling sociale teams' }]);
    const kring = await t.api(pl, {
      method: 'PATCH',
      url: `/api/v1/projecten/${h.id}`,
      payload: { versie: h.versie, hoofdprojectId: projectId },
    });
    expect(kring.statusCode).toBe(400);
    expect(kring.json().invalidParams[0]).toMatchObject({ name: 'hoofdprojectId', code: 'kringverwijzing' });
    const verouderd = await t.api(pl, {
      method: 'PATCH',
      url: `/api/v1/projecten/${projectId}`,
      payload: { versie: p.versie, programma: 'x' },
    });
    expect(verouderd.statusCode).toBe(409);
  });

  it('registers: mijlpalen, risico’s (kans × impact) en budget per jaar met dekking', async () => {
    let p = (await t.api(pl, { method: 'GET', url: `/api/v1/projecten/${projectId}` })).json();
    let res = await t.api(pl, {
      method: 'PUT',
      url: `/api/v1/projecten/${projectId}/mijlpalen`,
      payload: {
        versie: p.versie,
        mijlpalen: [
          {
            fase: 'Fase 1',
            omschrijving: 'Besluit over projectnotitie',
            streefdatum: '2020-06-01',
            gereedOp: '2020-06-02',
            besluitorgaan: 'Directie',
          },
          { fase: 'Fase 4', omschrijving: 'Opleveren overall projectevaluatie', streefdatum: '2022-02-01' },
          { fase: 'Fase 3b', omschrijving: 'Plaatsingsproces afgerond', streefdatum: '2021-11-15' },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().mijlpalen.map((m: { stand: string }) => m.stand)).toEqual([
      'gereed',
      'gepland',
      'verlopen',
    ]);
    p = res.json();
    res = await t.api(pl, {
      method: 'PUT',
      url: `/api/v1/projecten/${projectId}/risicos`,
      payload: {
        versie: p.versie,
        risicos: [
          {
            ongewensteSituatie: 'Planning wordt niet gehaald',
            risico: 'Er is sprake van een krappe planning',
            oorzaak: 'Opgave is (te) groot voor de beschikbare tijd',
            beheersmaatregel: 'Planning goed bewaken en zo nodig bijsturen',
            kans: 4,
            impact: 4,
            eigenaar: 'Projectleider',
          },
          { risico: 'Frictiekosten', kans: 2, impact: 3, status: 'beheerst' },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().risicos.map((r: { score: number; klasse: string }) => [r.score, r.klasse])).toEqual([
      [16, 'hoog'],
      [6, 'midden'],
    ]);
    p = res.json();
    res = await t.api(pl, {
      method: 'PUT',
      url: `/api/v1/projecten/${projectId}/budgetregels`,
      payload: {
        versie: p.versie,
        budgetregels: [
          { post: 'Projectleider', jaar: 2020, bedrag: 50000, dekking: 'Weerstandsvermogen' },
          { post: 'Projectleider', jaar: 2021, bedrag: 50000, dekking: 'Weerstandsvermogen' },
          { post: 'Frictiekosten', jaar: 2021, bedrag: null, dekking: 'Programma Meedoen' },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().budgettotalen).toEqual([
      { jaar: 2020, soort: 'investering', totaal: 50000, pmPosten: 0 },
      { jaar: 2021, soort: 'investering', totaal: 50000, pmPosten: 1 },
    ]);
    const fout = await t.api(pl, {
      method: 'PUT',
      url: `/api/v1/projecten/${projectId}/risicos`,
      payload: { versie: res.json().versie, risicos: [{ risico: 'x', kans: 6, impact: 1 }] },
    });
    expect(fout.statusCode).toBe(400);
    expect(fout.json().invalidParams.map((i: { name: string }) => i.name)).toEqual(['risicos.0.kans']);
  });

  it('van concept via review en vaststelling naar publicatie; elke stap door de juiste rol, elke wijziging bewaard', async () => {
    // Edit the imported concept: the history names the field with old and new value.
    const inhoud = structuredClone(eerste.inhoud);
    inhoud.voortgang.planning.status = 'behoeft-aandacht';
    inhoud.voortgang.planning.toelichting = 'De evaluatie loopt een maand uit.';
    let res = await t.api(pl, {
      method: 'PUT',
      url: `/api/v1/rapportages/${eerste.id}`,
      payload: { versie: eerste.versie, inhoud },
    });
    expect(res.statusCode, res.body).toBe(200);
    let r = res.json();
    expect(r.versie).toBe(2);

    // Only the projectleider offers it for review; the opdrachtgever cannot edit or publish.
    expect((await stap(og, r.id, 'indiening', r.versie)).statusCode).toBe(403);
    res = await stap(pl, r.id, 'indiening', r.versie);
    expect(res.statusCode, res.body).toBe(200);
    r = res.json();
    expect(r.status).toBe('ter-review');
    const bewerk = await t.api(pl, {
      method: 'PUT',
      url: `/api/v1/rapportages/${r.id}`,
      payload: { versie: r.versie, inhoud },
    });
    expect(bewerk.statusCode).toBe(409);
    expect(bewerk.json().code).toBe('niet-bewerkbaar');
    expect((await stap(pl, r.id, 'vaststelling', r.versie)).statusCode).toBe(403);
    expect((await stap(beheer, r.id, 'publicatie', r.versie)).statusCode).toBe(409);

    // Sent back, corrected, offered again and set vast.
    res = await stap(og, r.id, 'terugzending', r.versie, 'Graag de oorzaak van de uitloop noemen.');
    r = res.json();
    expect(r.status).toBe('concept');
    inhoud.voortgang.planning.toelichting =
      'De evaluatie loopt een maand uit door de late oplevering van de formatiecalculatie.';
    r = (
      await t.api(pl, {
        method: 'PUT',
        url: `/api/v1/rapportages/${r.id}`,
        payload: { versie: r.versie, inhoud },
      })
    ).json();
    r = (await stap(pl, r.id, 'indiening', r.versie)).json();
    res = await stap(og, r.id, 'vaststelling', r.versie);
    expect(res.statusCode, res.body).toBe(200);
    r = res.json();
    expect(r).toMatchObject({ status: 'vastgesteld', vastgesteldDoor: 'Okke Zwiers', publicatie: null });
    expect(r.geexporteerdOp).toBeTruthy();

    // Registers changed after vaststelling do not change what is published: the export is frozen.
    const p = (await t.api(pl, { method: 'GET', url: `/api/v1/projecten/${projectId}` })).json();
    await t.api(pl, {
      method: 'PUT',
      url: `/api/v1/projecten/${projectId}/risicos`,
      payload: {
        versie: p.versie,
        risicos: [{ risico: 'Risico bedacht na de vaststelling', kans: 1, impact: 1 }],
      },
    });

    expect((await stap(og, r.id, 'publicatie', r.versie)).statusCode).toBe(403);
    res = await stap(beheer, r.id, 'publicatie', r.versie);
    expect(res.statusCode, res.body).toBe(200);
    r = res.json();
    expect(r.status).toBe('gepubliceerd');
    expect(r.publicatie.pagina).toBe(`/raad/0150/rapportages/${r.publicatie.id}`);

    // The history: who, when, what.
    const w = (await t.api(og, { method: 'GET', url: `/api/v1/rapportages/${r.id}/wijzigingen` })).json();
    expect(w.map((x: { actie: string; door: string }) => [x.actie, x.door])).toEqual([
      ['publicatie', 'Hanneke Beumer'],
      ['vaststelling', 'Okke Zwiers'],
      ['indiening', 'Priya Ramdin'],
      ['gewijzigd', 'Priya Ramdin'],
      ['terugzending', 'Okke Zwiers'],
      ['indiening', 'Priya Ramdin'],
      ['gewijzigd', 'Priya Ramdin'],
      ['geimporteerd', 'Priya Ramdin'],
    ]);
    expect(w[4].toelichting).toBe('Graag de oorzaak van de uitloop noemen.');
    expect(w[6].velden).toEqual([
      {
        veld: 'voortgang.planning.status',
        naam: 'Planning: status',
        oud: 'op-koers',
        nieuw: 'behoeft-aandacht',
      },
      {
        veld: 'voortgang.planning.toelichting',
        naam: 'Planning: toelichting',
        oud: eerste.inhoud.voortgang.planning.toelichting,
        nieuw: 'De evaluatie loopt een maand uit.',
      },
    ]);
    expect(w[3].velden.map((v: { veld: string }) => v.veld)).toEqual(['voortgang.planning.toelichting']);

    // Every change is in the audit trail as well (who changed the rapportage), no reads.
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ actie: string; gebruikersnaam: string; toelichting: string | null }>(
        "SELECT actie, gebruikersnaam, toelichting FROM audit_log WHERE object_type = 'rapportage' AND object_id = $1 ORDER BY id",
        [r.id],
      ),
    );
    expect(rows.map((x) => `${x.gebruikersnaam}:${x.actie}:${x.toelichting ?? ''}`)).toEqual([
      'projectleider:create:import',
      'projectleider:update:',
      'projectleider:update:indiening',
      'opdrachtgever:update:terugzending',
      'projectleider:update:',
      'projectleider:update:indiening',
      'opdrachtgever:update:vaststelling',
      'beheer:update:publicatie',
    ]);
  });

  it('de gepubliceerde pagina en PDF zijn openbaar, zeggen wanneer ze zijn gebouwd uit welke export, en tonen de bevroren registers', async () => {
    const r = (await t.api(pl, { method: 'GET', url: `/api/v1/rapportages/${eerste.id}` })).json();
    const pagina = await t.api(null, { method: 'GET', url: r.publicatie.pagina });
    expect(pagina.statusCode).toBe(200);
    expect(pagina.headers['content-type']).toContain('text/html');
    const html = pagina.body;
    expect(html).toContain('<html lang="nl">');
    expect(html).toMatch(
      /Deze pagina is gebouwd op \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2} met de export van \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}\./,
    );
    expect(html).toContain('<h1>Toegangen - Doorontwikkeling sociale teams</h1>');
    expect(html).toContain('Behoeft aandacht');
    expect(html).toContain('late oplevering van de formatiecalculatie');
    expect(html).toContain('Raadsmededeling 2019-002172 verkenning sociale teams');
    expect(html).toContain('Er is sprake van een krappe planning');
    expect(html).not.toContain('Risico bedacht na de vaststelling');
    expect(html).toContain('Opleveren overall projectevaluatie');
    expect(html).toContain('€ 50.000');
    // The stored page is served as built: the same bytes on every request.
    expect((await t.api(null, { method: 'GET', url: r.publicatie.pagina })).body).toBe(html);

    const pdf = await t.api(null, { method: 'GET', url: r.publicatie.pdf });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const tekst = await pdfText(pdf.rawPayload);
    expect(tekst).toContain('Toegangen - Doorontwikkeling sociale teams');
    expect(tekst).toContain('met de export van');
    expect(tekst).toContain('Status: Behoeft aandacht');

    const onbekend = await t.api(null, {
      method: 'GET',
      url: '/raad/0150/rapportages/00000000-0000-4000-8000-000000000000',
    });
    expect(onbekend.statusCode).toBe(404);
    expect(onbekend.headers['content-type']).toContain('text/html');
  });

  it('een nieuwe rapportage is een kopie van de vorige; het raadsoverzicht toont status en trend, zonder inloggen', async () => {
    const res = await t.api(pl, {
      method: 'POST',
      url: `/api/v1/projecten/${projectId}/rapportages`,
      payload: { rapportagedatum: '2022-03-31' },
    });
    expect(res.statusCode, res.body).toBe(201);
    let r = res.json();
    const vorige = (await t.api(pl, { method: 'GET', url: `/api/v1/rapportages/${eerste.id}` })).json();
    expect(r).toMatchObject({
      status: 'concept',
      vorigeId: eerste.id,
      rapportagedatum: '2022-03-31',
      versie: 1,
    });
    expect(r.inhoud).toEqual(vorige.inhoud);
    const nogEens = await t.api(pl, {
      method: 'POST',
      url: `/api/v1/projecten/${projectId}/rapportages`,
      payload: { rapportagedatum: '2022-03-31' },
    });
    expect(nogEens.statusCode).toBe(409);

    const inhoud = structuredClone(r.inhoud);
    inhoud.voortgang.planning.status = 'op-koers';
    inhoud.voortgang.risicos.status = 'actie-vereist';
    r = (
      await t.api(pl, {
        method: 'PUT',
        url: `/api/v1/rapportages/${r.id}`,
        payload: { versie: r.versie, inhoud },
      })
    ).json();
    r = (await stap(pl, r.id, 'indiening', r.versie)).json();
    r = (await stap(og, r.id, 'vaststelling', r.versie)).json();
    r = (await stap(beheer, r.id, 'publicatie', r.versie)).json();
    expect(r.status).toBe('gepubliceerd');

    const api = await t.api(null, { method: 'GET', url: '/api/v1/openbare-projecten?gemeente=0150' });
    expect(api.statusCode, api.body).toBe(200);
    const [project] = api.json();
    expect(project.naam).toBe('Toegangen - Doorontwikkeling sociale teams');
    expect(project.laatste.rapportagedatum).toBe('2022-03-31');
    expect(project.publicaties.map((p: { rapportagedatum: string }) => p.rapportagedatum)).toEqual([
      '2022-03-31',
      '2021-12-31',
    ]);
    const per = Object.fromEntries(
      project.aspecten.map((a: { aspect: string; statusTekst: string; trend: string }) => [
        a.aspect,
        [a.statusTekst, a.trend],
      ]),
    );
    expect(per).toEqual({
      scope: ['Op koers', 'gelijk'],
      financien: ['Op koers', 'gelijk'],
      risicos: ['Actie vereist', 'slechter'],
      planning: ['Op koers', 'beter'],
      communicatie: ['Op koers', 'gelijk'],
    });

    const overzicht = await t.api(null, { method: 'GET', url: '/raad/0150/projecten' });
    expect(overzicht.statusCode).toBe(200);
    expect(overzicht.body).toContain('<h1>Grote projecten: voortgang</h1>');
    // Colour plus words: each status has its text and the trend is spelled out.
    expect(overzicht.body).toContain('Actie vereist</span>');
    expect(overzicht.body).toContain('verslechterd ten opzichte van de vorige rapportage');
    expect(overzicht.body).toContain('verbeterd ten opzichte van de vorige rapportage');
    expect(overzicht.body).toContain('31 december 2021: Behoeft aandacht');

    // Another gemeente sees nothing of Deventer's projects.
    const lochem = await t.api(null, { method: 'GET', url: '/api/v1/openbare-projecten?gemeente=0262' });
    expect(lochem.json()).toEqual([]);
    expect(
      (await t.api(null, { method: 'GET', url: r.publicatie.pagina.replace('/0150/', '/0262/') })).statusCode,
    ).toBe(404);
  });

  it('variantvergelijking van document 004 als data: 38 en 64 kloppen, variant 1 wordt gemarkeerd (51 opgegeven, 52 berekend)', async () => {
    const data = JSON.parse(lees('004-variantvergelijking.json'));
    const res = await t.api(pl, {
      method: 'POST',
      url: `/api/v1/projecten/${projectId}/variantvergelijkingen`,
      payload: data,
    });
    expect(res.statusCode, res.body).toBe(201);
    const v = res.json();
    expect(v.uitkomst.varianten.map((x: { totaal: number }) => x.totaal)).toEqual([52, 38, 64]);
    expect(v.uitkomst.varianten.map((x: { afwijkend: boolean }) => x.afwijkend)).toEqual([
      true,
      false,
      false,
    ]);
    expect(v.uitkomst.varianten[0].opgegevenTotaal).toBe(51);
    expect(v.uitkomst.hoogste).toEqual([2]);
    expect(v.gevoeligheid).toHaveLength(8);

    // Stored as data: reading it back gives the same; a correction of the stated total clears the flag.
    const terug = (await t.api(og, { method: 'GET', url: `/api/v1/variantvergelijkingen/${v.id}` })).json();
    expect(terug.uitkomst).toEqual(v.uitkomst);
    const varianten = data.varianten.map((x: { opgegevenTotaal: number }, i: number) =>
      i === 0 ? { ...x, opgegevenTotaal: 52, opgegevenPercentage: 34 } : x,
    );
    const gecorrigeerd = await t.api(pl, {
      method: 'PUT',
      url: `/api/v1/variantvergelijkingen/${v.id}`,
      payload: { ...data, varianten, versie: v.versie },
    });
    expect(gecorrigeerd.statusCode, gecorrigeerd.body).toBe(200);
    expect(gecorrigeerd.json().uitkomst.varianten.some((x: { afwijkend: boolean }) => x.afwijkend)).toBe(
      false,
    );

    // Configurable points: a 2/1/0/-1/-2 scale.
    const telling = data.puntentelling.map((p: { score: string }, i: number) => ({ ...p, punten: 2 - i }));
    const anders = await t.api(pl, {
      method: 'POST',
      url: `/api/v1/projecten/${projectId}/variantvergelijkingen`,
      payload: { ...data, titel: 'Andere puntentelling', puntentelling: telling },
    });
    expect(anders.json().uitkomst.varianten.map((x: { totaal: number }) => x.totaal)).toEqual([10, -4, 22]);
  });

  it('de varianttabel uit document 004 importeren geeft dezelfde uitkomst en dezelfde markering', async () => {
    const tekst = lees('004-bijlage-1-waardering-varianten.txt');
    const zonderProject = await t.api(pl, {
      method: 'POST',
      url: '/api/v1/projecten/imports',
      headers: { 'content-type': 'text/plain' },
      payload: tekst,
    });
    expect(zonderProject.statusCode).toBe(400);
    expect(zonderProject.json().invalidParams[0].name).toBe('projectId');
    const res = await t.api(pl, {
      method: 'POST',
      url: `/api/v1/projecten/imports?projectId=${projectId}&bestandsnaam=004-bijlage-1.txt`,
      headers: { 'content-type': 'text/plain' },
      payload: tekst,
    });
    expect(res.statusCode, res.body).toBe(201);
    const v = res.json().variantvergelijking;
    expect(res.json()).toMatchObject({ formaat: 'varianttabel', rapportage: null, nietGemapt: [] });
    expect(
      v.uitkomst.varianten.map((x: { totaal: number; afwijkend: boolean }) => [x.totaal, x.afwijkend]),
    ).toEqual([
      [52, true],
      [38, false],
      [64, false],
    ]);
    expect(v.uitkomst.varianten[0].afwijkingen[0]).toBe(
      'Opgegeven totaal 51, berekend uit de scores 52 (verschil +1).',
    );
  });

  it('ongeldige vergelijking: een score te weinig geeft 400 met het veld', async () => {
    const data = JSON.parse(lees('004-variantvergelijking.json'));
    data.groepen[0].criteria[0].scores = ['+', '0'];
    const res = await t.api(pl, {
      method: 'POST',
      url: `/api/v1/projecten/${projectId}/variantvergelijkingen`,
      payload: data,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams).toEqual([
      { name: 'groepen.0.criteria.0.scores', code: 'ongeldig', reason: 'Geef 3 scores, één per variant.' },
    ]);
  });
});
