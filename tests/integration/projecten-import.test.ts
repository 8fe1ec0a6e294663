import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RapportageInhoud } from '../../src/domain/projecten/rapportage.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { DB_KINDS } from '../support/databases.ts';

const DEMO = path.resolve('src/server/demo/projecten');
const BESTANDEN = {
  '000': '000-toegangen-doorontwikkeling-sociale-teams.txt',
  '001': '001-regionale-toegang-bw-mo.txt',
  '002': '002-toegang-sociaal-domein.txt',
} as const;
const bron = (nr: keyof typeof BESTANDEN) => fs.readFileSync(path.join(DEMO, BESTANDEN[nr]), 'utf8');

/**
 * The text between two label lines of a one-field-per-line report, as the source has it: the
 * lines in between without trailing spaces (the export's line-break markup) and without empty
 * lines at the start and end. An independent reading of the source to check the import against.
 */
function tussen(tekst: string, van: string, tot: string, vanaf = 0): string {
  const regels = tekst.split('\n').map((r) => r.replace(/\s+$/, ''));
  const a = regels.indexOf(van, vanaf);
  const b = regels.indexOf(tot, a + 1);
  if (a < 0 || b < 0) throw new Error(`'${van}' of '${tot}' niet gevonden`);
  const deel = regels.slice(a + 1, b);
  while (deel.length && !deel[0]!.trim()) deel.shift();
  while (deel.length && !deel.at(-1)!.trim()) deel.pop();
  return deel.join('\n');
}

/** Line number (0-based) of a line, to start a search after it. */
const regelVan = (tekst: string, regel: string) => tekst.split('\n').findIndex((r) => r.trimEnd() === regel);

const opKoers = (toelichting: string, afwijkingen = {}) => ({ status: 'op-koers', toelichting, afwijkingen });
const nee = (toelichting = '') => ({ afwijking: false, toelichting });

describe.each(DB_KINDS)('projecten: import van de referentierapportages (%s)', (kind) => {
  let t: TestApp;
  let pl: Session;
  const geimporteerd: Record<
    string,
    { body: { project: { id: string }; formaat: string; meldingen: Array<{ regel: number; tekst: string }> } }
  > = {};

  beforeAll(async () => {
    t = await createTestApp(kind);
    pl = await t.login('projectleider');
    for (const nr of Object.keys(BESTANDEN) as Array<keyof typeof BESTANDEN>) {
      const res = await t.api(pl, {
        method: 'POST',
        url: `/api/v1/projecten/imports?bestandsnaam=${BESTANDEN[nr]}`,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        payload: bron(nr),
      });
      expect(res.statusCode, res.body).toBe(201);
      geimporteerd[nr] = { body: res.json() };
    }
  });
  afterAll(() => t?.close());

  /** What GET /projecten/{id}/rapportages returns for the imported report. */
  async function opgeslagen(nr: keyof typeof BESTANDEN) {
    const projectId = geimporteerd[nr]!.body.project.id;
    const res = await t.api(pl, { method: 'GET', url: `/api/v1/projecten/${projectId}/rapportages` });
    expect(res.statusCode).toBe(200);
    const lijst = res.json() as Array<{
      status: string;
      rapportagedatum: string;
      bron: Record<string, unknown>;
      inhoud: RapportageInhoud;
    }>;
    expect(lijst).toHaveLength(1);
    return lijst[0]!;
  }

  it('000 (één veld per regel): elk veld zoals in de bron', async () => {
    const b = bron('000');
    const r = await opgeslagen('000');
    expect(geimporteerd['000']!.body).toMatchObject({ formaat: 'regels', nietGemapt: [] });
    expect(r.status).toBe('concept');
    expect(r.rapportagedatum).toBe('2021-12-31');
    expect(r.bron).toMatchObject({
      formaat: 'regels',
      bestandsnaam: BESTANDEN['000'],
      gebouwdOp: '03/03/2022 13:30:46',
      exportVan: '03/03/2022 13:19:51',
    });
    const planning = regelVan(b, 'Planning');
    expect(r.inhoud).toEqual({
      titel: null,
      projectnaam: 'Toegangen - Doorontwikkeling sociale teams',
      portefeuillehouder: 'College van B&W',
      basisinformatie: tussen(b, 'Basisinformatie Project', 'Besluitvorming'),
      besluitvorming: {
        toelichting:
          'De raad is via onderstaande raadsmededelingen tussentijdse geïnformeerd over de voortgang',
        stukken: [
          ['2018-001931', 'proces entiteit sociale teams'],
          ['2018-001641', 'voortgang sociale teams'],
          ['2018-000076', 'vorm entiteit sociale teams'],
          ['2019-001332', 'analyse sociale teams'],
          ['2019-002172', 'verkenning sociale teams'],
          ['2020-000025', 'Varianten sociale teams'],
          ['2020-000868', 'Ontvlechting sociale teams'],
        ].map(([nummer, onderwerp]) => ({ soort: 'raadsmededeling', nummer, onderwerp, datum: null })),
      },
      projectfase: 'realisatie',
      standVanZaken: tussen(b, 'Stand van zaken', 'Voortgang'),
      voortgang: {
        scope: opKoers('De realisatiefase vindt plaats volgens planning.'),
        financien: opKoers(tussen(b, 'Op koers', 'Afwijking begroting?', regelVan(b, 'Financiën')), {
          begroting: nee(),
          investering: nee('n.v.t.'),
          exploitatie: nee('n.v.t.'),
        }),
        risicos: opKoers('De realisatiefase wordt afgerond per 1/1/2022 en we zien geen nieuwe risico’s.'),
        // The export puts the planning status under "Afwijking totaalplanning?" and the ja/nee under
        // "Afwijking begroting?": both kept, the report says so (meldingen).
        planning: opKoers(tussen(b, 'Op koers', 'Communicatie', planning), { begroting: nee('n.v.t.') }),
        communicatie: opKoers(tussen(b, 'Op koers', 'Overige informatie', regelVan(b, 'Communicatie') + 2)),
      },
      overigeInformatie: 'n.v.t.',
    });
    expect(r.inhoud.voortgang.planning.toelichting).toBe(
      'Implementatie van de ontvlechting en inbedding van de toegang is per 1 januari een feit, waarmee de planning gehaald is.',
    );
    expect(geimporteerd['000']!.body.meldingen).toEqual([
      {
        regel: 89,
        tekst:
          "De status van Planning staat onder het label 'Afwijking totaalplanning?'; overgenomen als status van het aspect.",
      },
    ]);
  });

  it('001 (tabel met |): elk veld zoals in de bron', async () => {
    const r = await opgeslagen('001');
    expect(geimporteerd['001']!.body).toMatchObject({ formaat: 'pijptabel', nietGemapt: [] });
    expect(r.rapportagedatum).toBe('2021-07-22');
    expect(r.bron).toMatchObject({ formaat: 'pijptabel', gebouwdOp: null, exportVan: null });
    expect(r.inhoud).toEqual({
      titel: 'Doorontwikkeling Regionale toegang Beschermd wonen en Maatschappelijk opvang',
      projectnaam:
        'Toegang Sociaal Domein - Doorontwikkeling Regionale Toegang Beschermd Wonen en Maatschappelijke Opvang',
      portefeuillehouder: 'College van B&W',
      basisinformatie:
        'De samenwerkende gemeenten beschermd wonen en maatschappelijke opvang hebben in het samenwerkingsconvenant opgenomen dat de centrumgemeente Deventer de regionale toegang tot de voorzieningen beschermd wonen en maatschappelijke opvang ten behoeve van de vijf samenwerkende gemeenten uitvoert. Hiertoe is de centrumgemeente ook gemandateerd. Op dit moment zijn hiertoe detacheringsovereenkomsten ingericht voor een vijftal medewerkers. Nu ook de toekomstige samenwerking (waaronder de regionale toegang) vanaf 1-1-2023 is geborgd, middels een voorgenomen vernieuwd convenant waarover alle gemeenteraden afgelopen voorjaar een zienswijze hebben kunnen geven, is de wens en noodzaak om de personele constructie ook te verduurzamen. Bedoeling is dat hierover kort na het zomerproces een (directie)besluit wordt genomen, waarbij de medewerkers een arbeidsovereenkomst bij de (centrum)gemeente Deventer wordt aangeboden per 1-1-2022 en waarbij de positionering van de medewerkers wordt bepaald. Bedoeling is de (regionale) medewerkers vanaf 1-1-2023 binnen het Team Publiekscontacten te positioneren, maar hen daarin – conform samenwerkingsconvenant – duidelijk te (blijven) onderscheiden van de lokale toegangstaken, zodat de (regionale) onafhankelijkheid en herkenbaarheid gewaarborgd blijft.',
      besluitvorming: { toelichting: '', stukken: [] },
      projectfase: null,
      standVanZaken:
        'Deelproject 4 zit in de ontwerpfase Op dit moment worden de laatste voorbereidingen getroffen ter voorbereiding op de besluitvorming van de directie. Die besluitvorming is voorzien in september 2021. De realisatie van het besluit is voorzien vanaf eind september 2021 tot en met december 2021.',
      voortgang: {
        scope: opKoers('De uitvoering vindt plaats volgens planning.'),
        financien: opKoers(
          'Uitgangspunt is dat het in dienst nemen van medewerkers voor de gemeente Deventer minimaal budgetneutraal is. De kosten voor de medewerkers worden nu ook gedragen door de regio als geheel. Dit zal ook in de nieuwe situatie zo zijn. Gezien de beperkte omvang van de verandering zijn er geen additionele incidentele kosten aan de orde.',
          { begroting: nee('nvt'), investering: nee('Nee'), exploitatie: nee('nvt') },
        ),
        risicos: opKoers(
          "Door het borgen van de regionale toegang kan er sprake zijn van verdere borging van kwaliteit. Op dit moment zijn geen reële risico's voorzien.",
        ),
        planning: opKoers(
          'Start nieuwe situatie is 1 januari 2022. Deze planning is haalbaar en realistisch.',
          {
            totaalplanning: nee(),
          },
        ),
        communicatie: opKoers(
          'De medewerkers zijn goed betrokken en kunnen de verandering goed volgen. De betreffende aanbieders, welke nu de medewerkers detacheren, zijn goed geinformeerd en betrokken. Intern zijn de managers van de verschillende Teams én verschillende disciplines betrokken.',
        ),
      },
      overigeInformatie: '',
    });
    expect(geimporteerd['001']!.body.meldingen.map((m) => m.tekst)).toEqual([
      'Projectfase is leeg.',
      "De status van Planning staat onder het label 'Afwijking begroting?'; overgenomen als status van het aspect.",
    ]);
  });

  it('002 (één veld per regel, alinea’s en opsommingen): elk veld zoals in de bron', async () => {
    const b = bron('002');
    const r = await opgeslagen('002');
    expect(geimporteerd['002']!.body).toMatchObject({ formaat: 'regels', nietGemapt: [] });
    expect(r.rapportagedatum).toBe('2019-07-01');
    const risicos = regelVan(b, "Risico's en kansen?");
    expect(r.inhoud).toEqual({
      titel: null,
      projectnaam: 'Toegang sociaal domein',
      portefeuillehouder: 'College van B&W',
      basisinformatie: tussen(b, 'Basisinformatie Project', 'Besluitvorming'),
      besluitvorming: {
        toelichting: 'Recente relevante Raadsmededelingen:',
        stukken: [
          {
            soort: 'raadsmededeling',
            nummer: '05-2018-001931',
            onderwerp: 'proces entiteit sociale teams',
            datum: '2018-12-04',
          },
          {
            soort: 'raadsmededeling',
            nummer: '05-2018-001641',
            onderwerp: 'voortgang sociale teams',
            datum: '2018-10-02',
          },
          {
            soort: 'raadsmededeling',
            nummer: '05-2018-000076',
            onderwerp: 'vorm entiteit sociale teams',
            datum: '2018-01-16',
          },
        ],
      },
      projectfase: 'verkenning',
      standVanZaken: tussen(b, 'Stand van zaken', 'Voortgang'),
      voortgang: {
        scope: {
          status: 'behoeft-aandacht',
          toelichting: tussen(b, 'Behoeft aandacht', 'Financiën'),
          afwijkingen: {},
        },
        financien: opKoers(
          'Voor de verkenningsfase is een begroting opgesteld. De dekking loopt via programma 8 Meedoen.',
          {
            begroting: nee(),
            investering: nee(),
            exploitatie: nee(),
          },
        ),
        risicos: {
          status: 'behoeft-aandacht',
          toelichting: tussen(b, 'Behoeft aandacht', 'Planning', risicos),
          afwijkingen: {},
        },
        planning: opKoers(tussen(b, 'Op koers', 'Communicatie', regelVan(b, 'Afwijking totaalplanning?')), {
          begroting: nee(),
        }),
        communicatie: opKoers(tussen(b, 'Op koers', 'Overige informatie', regelVan(b, 'Communicatie') + 2)),
      },
      overigeInformatie: '',
    });
    // Paragraphs and the bullet lists of the basisinformatie survive as they were typed.
    expect(r.inhoud.basisinformatie).toContain('\n\n • We versterken de sociale infrastructuur');
    // The little planning table keeps its (non-breaking) spaces.
    const tabelregel = b.split('\n').find((x) => x.startsWith('opgave'))!;
    expect(tabelregel).toMatch(/^opgave[\s\u00a0]+eind 2018$/);
    expect(r.inhoud.voortgang.planning.toelichting.split('\n')[1]).toBe(tabelregel);
  });

  it('niets uit de bron gaat verloren: elke regel tekst staat in de opgeslagen rapportage', async () => {
    const labels = new Set([
      'Projectnaam',
      'Portefeuillehouder',
      'Rapportagedatum',
      'Basisinformatie Project',
      'Besluitvorming',
      'Projectfase',
      'Stand van zaken',
      'Voortgang',
      'Scope',
      'Financiën',
      'Afwijking begroting?',
      'Afwijking investering?',
      'Afwijking exploitatie?',
      'Afwijking totaalplanning?',
      "Risico's en kansen",
      "Risico's en kansen?",
      'Planning',
      'Communicatie',
      'Overige informatie',
    ]);
    // Values that the import turns into structure: checked field by field in the tests above.
    const gestructureerd =
      /^(Op koers|Behoeft aandacht|Nee|Ja|Realisatiefase|Verkenningsfase|31-12-2021|22 juli 2021|1 juli 2019|Deze pagina is gebouwd op .*|-? ?Raadsmededelinge? .*|Doorontwikkeling Regionale toegang .*)$/;
    for (const nr of Object.keys(BESTANDEN) as Array<keyof typeof BESTANDEN>) {
      const r = await opgeslagen(nr);
      const opgeslagenTekst = JSON.stringify(r.inhoud);
      const waarden = bron(nr)
        .split('\n')
        .flatMap((regel) => (regel.includes('|') ? regel.split('|') : [regel]))
        .map((w) => w.trim())
        .filter((w) => w && !/^-+$/.test(w) && !labels.has(w) && !gestructureerd.test(w));
      expect(waarden.length).toBeGreaterThan(5);
      for (const w of waarden)
        expect(opgeslagenTekst, `${nr}: ${w}`).toContain(JSON.stringify(w).slice(1, -1));
    }
  });

  it('GET /projecten geeft de drie projecten met hun laatste rapportage; de bron staat bij de import', async () => {
    const res = await t.api(pl, { method: 'GET', url: '/api/v1/projecten?gemeente=0150' });
    expect(res.statusCode).toBe(200);
    const lijst = res.json() as Array<{
      naam: string;
      laatsteRapportage: { aspecten: Record<string, string> };
    }>;
    expect(lijst.map((p) => p.naam).sort()).toEqual([
      'Toegang Sociaal Domein - Doorontwikkeling Regionale Toegang Beschermd Wonen en Maatschappelijke Opvang',
      'Toegang sociaal domein',
      'Toegangen - Doorontwikkeling sociale teams',
    ]);
    const tsd = lijst.find((p) => p.naam === 'Toegang sociaal domein')!;
    expect(tsd.laatsteRapportage.aspecten).toEqual({
      scope: 'behoeft-aandacht',
      financien: 'op-koers',
      risicos: 'behoeft-aandacht',
      planning: 'op-koers',
      communicatie: 'op-koers',
    });
    const { rows } = await t.database.db.systemTransaction((tx) =>
      tx.query<{ bron_tekst: string; formaat: string }>(
        'SELECT bron_tekst, formaat FROM project_imports ORDER BY op',
      ),
    );
    expect(rows.map((x) => x.formaat)).toEqual(['regels', 'pijptabel', 'regels']);
    expect(rows[1]!.bron_tekst).toBe(bron('001'));
  });

  it('een tweede import van dezelfde rapportage wordt geweigerd (409); onzin geeft 400 met uitleg', async () => {
    const dubbel = await t.api(pl, {
      method: 'POST',
      url: '/api/v1/projecten/imports',
      headers: { 'content-type': 'text/plain' },
      payload: bron('000'),
    });
    expect(dubbel.statusCode).toBe(409);
    expect(dubbel.json().code).toBe('bestaat-al');

    const onzin = await t.api(pl, {
      method: 'POST',
      url: '/api/v1/projecten/imports',
      headers: { 'content-type': 'text/plain' },
      payload: 'Boodschappenlijst\nmelk\nbrood',
    });
    expect(onzin.statusCode).toBe(400);
    expect(onzin.headers['content-type']).toContain('application/problem+json');
    expect(onzin.json().invalidParams).toEqual([
      { name: 'body', code: 'geen-rapportage', reason: expect.stringContaining('Geen projectnaam gevonden') },
    ]);

    const zonderDatum = await t.api(pl, {
      method: 'POST',
      url: '/api/v1/projecten/imports',
      headers: { 'content-type': 'text/plain' },
      payload: 'Projectnaam\nNieuw project\nRapportagedatum\nderde kwartaal\n',
    });
    expect(zonderDatum.statusCode).toBe(400);
    expect(zonderDatum.json().invalidParams[0].name).toBe('rapportagedatum');
  });

  it('alleen de projectleider importeert; anderen krijgen 403', async () => {
    for (const wie of ['beheer', 'opdrachtgever', 'beleid']) {
      const res = await t.api(await t.login(wie), {
        method: 'POST',
        url: '/api/v1/projecten/imports',
        headers: { 'content-type': 'text/plain' },
        payload: bron('000'),
      });
      expect(res.statusCode, wie).toBe(403);
    }
  });
});

describe('projecten import op de opdrachtregel', () => {
  it('npm run cli -- projecten import <bestand> leest een rapportage in en meldt wat niet gemapt is', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ot-projecten-cli-'));
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
        env: {
          ...process.env,
          OPEN_TOEGANG_DATA_DIR: dataDir,
          DATABASE_URL: '',
          OPEN_TOEGANG_DEMO_PASSWORD: 'cli-test-123',
        },
        encoding: 'utf8',
      });
    try {
      expect(cli('demo-data').status).toBe(0);
      const r = cli('projecten', 'import', path.join(DEMO, BESTANDEN['002']));
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('002-toegang-sociaal-domein.txt: ingelezen als conceptrapportage (regels).');
      expect(r.stdout).toContain('Project: Toegang sociaal domein (nieuw aangemaakt)');
      expect(r.stdout).toContain("Let op (regel 48): 'Raadsmededelinge' gelezen als raadsmededeling.");
      expect(r.stdout).toContain('Alles is geplaatst; niets is niet gemapt.');
      const nogEens = cli('projecten', 'import', path.join(DEMO, BESTANDEN['002']));
      expect(nogEens.status).toBe(1);
      expect(nogEens.stderr).toContain('heeft al een rapportage van 2019-07-01');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    // Three CLI processes, the first loading the whole demo (cases, letters, a year of declaraties):
    // a hang detector on a busy two-core machine, not a speed claim.
  }, 240_000);
});
