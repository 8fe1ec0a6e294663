import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { leesDatum } from './datum.ts';
import { herkenFormaat, leesBesluitvorming, leesProjectfase, leesRapportage, leesStatus } from './import.ts';

const DEMO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../server/demo/projecten');
const bron = (naam: string) => fs.readFileSync(path.join(DEMO, naam), 'utf8');

describe('datums zoals de rapportages ze schrijven', () => {
  it.each([
    ['31-12-2021', '2021-12-31'],
    ['4-12-2018', '2018-12-04'],
    ['03/03/2022', '2022-03-03'],
    ['22 juli 2021', '2021-07-22'],
    ['1 juli 2019', '2019-07-01'],
    ['15 sept 2020', '2020-09-15'],
    ['2021-12-31', '2021-12-31'],
    ['31-02-2021', null],
    ['32 juli 2021', null],
    ['zomer 2019', null],
    ['', null],
  ])('%s → %s', (tekst, iso) => {
    expect(leesDatum(tekst)).toBe(iso);
  });
});

describe('losse waarden', () => {
  it.each([
    ['Op koers', 'op-koers'],
    ['behoeft aandacht', 'behoeft-aandacht'],
    ['Actie vereist.', 'actie-vereist'],
    ['Nee', null],
    ['Op koers, maar', null],
  ])('status %s → %s', (tekst, status) => {
    expect(leesStatus(tekst)).toBe(status);
  });
  it.each([
    ['Realisatiefase', 'realisatie'],
    ['Verkenningsfase', 'verkenning'],
    ['definitie', 'definitie'],
    ['Ontwerpfase', 'ontwerp'],
    ['Nazorg', 'nazorg'],
    ['Uitvoeringsfase', null],
  ])('projectfase %s → %s', (tekst, fase) => {
    expect(leesProjectfase(tekst)).toBe(fase);
  });

  it('besluitvorming: stukken met nummer, onderwerp en datum; de rest blijft toelichting', () => {
    const r = leesBesluitvorming(
      [
        'Recente relevante Raadsmededelingen:',
        '- Raadsmededeling 2018-001931 proces entiteit sociale teams',
        'Raadsmededelinge 05-2018-001931 proces entiteit sociale teams 4-12-2018',
        'Nota 2019-002172 verkenning 26 november 2019',
        'Zie ook de website.',
      ].map((tekst, i) => ({ tekst, nr: i + 1 })),
    );
    expect(r.stukken).toEqual([
      {
        soort: 'raadsmededeling',
        nummer: '2018-001931',
        onderwerp: 'proces entiteit sociale teams',
        datum: null,
      },
      {
        soort: 'raadsmededeling',
        nummer: '05-2018-001931',
        onderwerp: 'proces entiteit sociale teams',
        datum: '2018-12-04',
      },
      { soort: 'nota', nummer: '2019-002172', onderwerp: 'verkenning', datum: '2019-11-26' },
    ]);
    expect(r.toelichting).toBe('Recente relevante Raadsmededelingen:\nZie ook de website.');
    expect(r.meldingen).toEqual([{ regel: 3, tekst: "'Raadsmededelinge' gelezen als raadsmededeling." }]);
  });
});

describe('de drie referentierapportages', () => {
  it('herkent het formaat: één veld per regel (000, 002) of een pijptabel (001)', () => {
    expect(herkenFormaat(bron('000-toegangen-doorontwikkeling-sociale-teams.txt'))).toBe('regels');
    expect(herkenFormaat(bron('001-regionale-toegang-bw-mo.txt'))).toBe('pijptabel');
    expect(herkenFormaat(bron('002-toegang-sociaal-domein.txt'))).toBe('regels');
  });

  it.each([
    '000-toegangen-doorontwikkeling-sociale-teams.txt',
    '001-regionale-toegang-bw-mo.txt',
    '002-toegang-sociaal-domein.txt',
  ])('%s: alles gemapt, elke aspectstatus gevonden', (naam) => {
    const r = leesRapportage(bron(naam));
    expect(r.nietGemapt).toEqual([]);
    expect(r.rapportagedatum).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const a of Object.values(r.inhoud.voortgang)) expect(a.status).not.toBeNull();
  });

  it('000: de regel "gebouwd op … met de export van …" is de bron; de paginatitel is de projectnaam', () => {
    const r = leesRapportage(bron('000-toegangen-doorontwikkeling-sociale-teams.txt'));
    expect(r.bron).toEqual({ gebouwdOp: '03/03/2022 13:30:46', exportVan: '03/03/2022 13:19:51' });
    expect(r.inhoud.titel).toBeNull();
    expect(r.inhoud.besluitvorming.stukken).toHaveLength(7);
    expect(r.meldingen.map((m) => m.tekst)).toEqual([
      "De status van Planning staat onder het label 'Afwijking totaalplanning?'; overgenomen als status van het aspect.",
    ]);
  });

  it('001: een afwijkende paginatitel blijft bewaard; een lege projectfase wordt gemeld', () => {
    const r = leesRapportage(bron('001-regionale-toegang-bw-mo.txt'));
    expect(r.inhoud.titel).toBe(
      'Doorontwikkeling Regionale toegang Beschermd wonen en Maatschappelijk opvang',
    );
    expect(r.inhoud.projectfase).toBeNull();
    expect(r.meldingen.map((m) => m.tekst)).toContain('Projectfase is leeg.');
    expect(r.inhoud.voortgang.planning.afwijkingen).toEqual({
      totaalplanning: { afwijking: false, toelichting: '' },
    });
  });
});

describe('wat niet past, wordt gemeld en niet stil weggegooid', () => {
  const rapport = (extra: string) =>
    leesRapportage(
      [
        'Projectnaam',
        'Test',
        'Rapportagedatum',
        '1-1-2024',
        'Projectfase',
        'Uitvoeringsfase',
        'Voortgang',
        'Los zinnetje',
        'Scope',
        'Op koers',
        'Alles goed.',
        extra,
      ].join('\n'),
    );

  it('onbekende projectfase en tekst direct onder Voortgang', () => {
    const r = rapport('');
    expect(r.nietGemapt).toEqual([
      { regel: 6, tekst: 'Uitvoeringsfase', reden: expect.stringContaining('Onbekende projectfase') },
      { regel: 8, tekst: 'Los zinnetje', reden: expect.stringContaining('Voortgang') },
    ]);
  });

  it('een tweede status voor hetzelfde aspect', () => {
    const r = rapport('Scope\nActie vereist\nToch niet.');
    expect(r.inhoud.voortgang.scope).toMatchObject({ status: 'op-koers', toelichting: 'Alles goed.' });
    expect(r.nietGemapt.at(-1)).toMatchObject({ tekst: 'Actie vereist\nToch niet.' });
  });

  it('een afwijking zonder ja of nee wordt toelichting, met een melding', () => {
    const r = leesRapportage('Financiën\nOp koers\nAfwijking begroting?\nonbekend nog\n');
    expect(r.inhoud.voortgang.financien.afwijkingen.begroting).toEqual({
      afwijking: null,
      toelichting: 'onbekend nog',
    });
    expect(r.meldingen.map((m) => m.tekst)).toContain(
      "'Afwijking begroting?' zonder ja of nee; de tekst is de toelichting.",
    );
  });

  it('een onleesbare rapportagedatum', () => {
    const r = leesRapportage('Projectnaam\nX\nRapportagedatum\nQ3 2021\n');
    expect(r.rapportagedatum).toBeNull();
    expect(r.nietGemapt).toEqual([{ regel: 4, tekst: 'Q3 2021', reden: 'Geen datum die te lezen is.' }]);
  });
});
