/**
 * ADR 0037: the derived rule checker gives the same report as the official
 * iwmo-3.2-regels-TR-CD-CS.xsl — byte for byte — on a corpus of valid and invalid messages of every
 * kind, including each rule whose XPath was rewritten (TR101 on Client, TR315, TR316) and the rules
 * next to them (TR416, TR358, CD060, CS002). And it is linear: 3,000 prestaties in a few seconds,
 * where the official file takes half a minute (not run here: see bench/RESULTS.md).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Wmo323Prestatie, wmo323 } from '../../../../tests/support/declaraties.ts';
import { vervang } from '../../../../tests/support/inkomend.ts';
import { leidRegelcontroleAf } from '../../../domain/iwmo/regelcontrole-afgeleid.ts';
import { leesWmo323 } from '../../../domain/iwmo/wmo323.ts';
import { schrijfWmo325 } from '../../../domain/iwmo/wmo325.ts';
import { regelcontroleBestand, standaardMap } from './standaard-controle.ts';

const map = standaardMap();
const officieel = regelcontroleBestand({ regelcontrole: 'officieel' });
const afgeleid = regelcontroleBestand();

function rapport(xsl: string, xml: string): string {
  const r = spawnSync('xsltproc', ['--nonet', xsl, '-'], {
    input: xml,
    encoding: 'utf8',
    maxBuffer: 2 ** 26,
  });
  return `${r.status}\n${r.stdout}\n${r.stderr}`;
}

const basis = (prestaties: Wmo323Prestatie[], totaal?: number) =>
  wmo323({
    agb: '12345678',
    gemeente: '0150',
    identificatie: 'C1',
    dagtekening: '2021-04-05',
    declaratienummer: 'C1',
    periode: { begin: '2021-03-01', eind: '2021-03-31' },
    prestaties,
    ...(totaal === undefined ? {} : { totaal }),
  });

const p = (bsn: string, referentie: string, dag: number, extra: Partial<Wmo323Prestatie> = {}) => ({
  bsn,
  referentie,
  toewijzingnummer: 1000,
  categorie: '02',
  productcode: '02A01',
  begin: `2021-03-${String(dag).padStart(2, '0')}`,
  eind: `2021-03-${String(dag).padStart(2, '0')}`,
  volume: 1,
  eenheid: '04',
  tarief: 5000,
  ...extra,
});

const A = '999990019';
const B = '999990020';
const C = '999990032';

const voorbeelden = readdirSync(path.join(map, 'voorbeeldberichten')).map((f) => [
  f,
  readFileSync(path.join(map, 'voorbeeldberichten', f), 'utf8'),
]);
const geldig = basis([p(A, 'R1', 1), p(A, 'R2', 2), p(B, 'R3', 1), p(C, 'R4', 3)]);
const wmo323Corpus: [string, string][] = [
  ['geldige WMO323', geldig],
  [
    'TR315: dezelfde VorigReferentieNummer twee keer, over cliënten heen',
    basis([
      p(A, 'R1', 1, { vorigeReferentie: 'X1', debetCredit: 'C' }),
      p(B, 'R2', 1, { vorigeReferentie: 'X1', debetCredit: 'C' }),
      p(B, 'R3', 2, { vorigeReferentie: 'X1', debetCredit: 'C' }),
    ]),
  ],
  [
    'TR316: ReferentieNummer gelijk aan eigen en andermans VorigReferentieNummer',
    basis([
      p(A, 'R1', 1),
      p(A, 'R2', 2, { vorigeReferentie: 'R2', debetCredit: 'C' }),
      p(B, 'R3', 1, { vorigeReferentie: 'R1', debetCredit: 'C' }),
      p(C, 'R3', 4, { vorigeReferentie: 'R9', debetCredit: 'C' }),
      p(C, 'R9', 5),
    ]),
  ],
  [
    'TR416 en TR101 op Prestatie: dezelfde regel twee keer',
    basis([p(A, 'R1', 1), p(A, 'R1', 1), p(A, 'R2', 1)]),
  ],
  ['TR358: gemanipuleerd totaal', basis([p(A, 'R1', 1), p(B, 'R2', 1)], 12345)],
  ['CD060: credit zonder VorigReferentieNummer', basis([p(A, 'R1', 1, { debetCredit: 'C' })])],
  ['CS002: BSN zonder elfproef', basis([p('999990018', 'R1', 1)])],
];
// TR101 on Client: the test helper groups by BSN, so a second Client with the same BSN is spliced in.
const clientA = /<w:Client><w:Bsn>999990019<\/w:Bsn>[\s\S]*?<\/w:Client>\n/.exec(geldig)![0];
wmo323Corpus.push([
  'TR101: twee keer dezelfde cliënt (eerste, midden en laatste)',
  vervang(geldig, '</w:Clienten>', `${clientA}${clientA.replace(/R1|R2/g, (r) => `${r}b`)}</w:Clienten>`),
]);
wmo323Corpus.push(['XSD-ongeldig: Prestatie buiten Prestaties', vervang(geldig, '<w:Prestaties>', '')]);

function wmo325(clienten: string[]): string {
  const b = leesWmo323(basis(clienten.map((bsn, i) => p(bsn, `R${i}`, 1 + (i % 9)))));
  return schrijfWmo325({
    gemeentecode: '0150',
    aanbiederAgbCode: '12345678',
    identificatie: 'A1',
    dagtekening: '2021-04-10',
    declaratienummer: 'C1',
    ingediend: b.prestaties.length * 5000,
    toegekend: 0,
    retourcodes: ['0200'],
    afgewezen: b.prestaties.map((prestatie) => ({ prestatie, retourcodes: ['8941'] })),
  });
}

describe('afgeleide regelcontrole geeft hetzelfde rapport als de officiële (ADR 0037)', () => {
  it.each(voorbeelden)('voorbeeldbericht %s', (_, xml) => {
    expect(rapport(afgeleid, xml!)).toBe(rapport(officieel, xml!));
  });

  it.each(wmo323Corpus)('%s', (_, xml) => {
    expect(rapport(afgeleid, xml)).toBe(rapport(officieel, xml));
  });

  it('de herschreven regels komen in het corpus echt voor', () => {
    const alles = wmo323Corpus.map(([, xml]) => rapport(officieel, xml)).join('\n');
    for (const code of ['TR101', 'TR315', 'TR316', 'TR416', 'TR358', 'CD060', 'CS002']) {
      expect(alles).toContain(`<n4:Code>${code}</n4:Code>`);
    }
  });

  it('WMO325 met dubbele cliënt (TR101) en zonder', () => {
    for (const xml of [
      wmo325([A, B, C]),
      wmo325([A, B, C]).replace(`<wmo325:Bsn>${C}`, `<wmo325:Bsn>${A}`),
    ]) {
      expect(rapport(afgeleid, xml)).toBe(rapport(officieel, xml));
    }
    expect(rapport(officieel, wmo325([A, B, C]).replace(`<wmo325:Bsn>${C}`, `<wmo325:Bsn>${A}`))).toContain(
      'TR101',
    );
  });

  it('een groter bericht met fouten verspreid: 400 prestaties, dubbele referenties en cliënten', () => {
    const ps = Array.from({ length: 400 }, (_, i) =>
      p(
        [A, B, C][i % 3]!,
        `R${i % 350}`,
        1 + (i % 28),
        i % 50 === 7 ? { vorigeReferentie: `R${i % 11}`, debetCredit: 'C' } : {},
      ),
    );
    const xml = basis(ps);
    expect(rapport(afgeleid, xml)).toBe(rapport(officieel, xml));
  });

  it('weigert een ander officieel bestand in plaats van stil minder te controleren', () => {
    const tekst = readFileSync(officieel, 'utf8');
    expect(() =>
      leidRegelcontroleAf(tekst.replace('<n9:XSLTVersie>2.10.5', '<n9:XSLTVersie>2.11.0')),
    ).toThrow('XSLTVersie');
    expect(() =>
      leidRegelcontroleAf(
        tekst.replace("following-sibling::n6:Client[*[local-name()='Bsn']/text()=$v2]", 'x'),
      ),
    ).toThrow('1× verwacht, 0× gevonden');
  });
});
