import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iwmoVoorbeeldPad } from '../../../tests/support/iwmo.ts';
import { leesWmo315, leesWmo317 } from './inkomend-lezers.ts';
import type { Wmo317Bericht } from './inkomend-typen.ts';
import {
  type ActueleToewijzing,
  antwoordFout,
  controleerVerzoekOmWijziging,
  type VerzoekActie,
  type VerzoekStatus,
  verzoekenUit,
} from './verzoek.ts';

const voorbeeld = (bericht: string) => readFileSync(iwmoVoorbeeldPad(bericht), 'utf8');
const WMO315 = leesWmo315(voorbeeld('WMO315'));
const WMO317 = leesWmo317(voorbeeld('WMO317'));

describe('verzoekenUit', () => {
  it('een WMO315 geeft één verzoek per aangevraagd product (eigen referentie), met wat er gevraagd is', () => {
    const v = verzoekenUit(WMO315);
    expect(v.map((x) => x.referentieAanbieder)).toEqual(['42420001', '42420002']);
    expect(v[0]!.producten).toEqual([
      {
        soort: 'aangevraagd',
        product: { categorie: '01', code: 'ABCDE' },
        ingangsdatum: '2023-06-01',
        einddatum: '2023-06-30',
        omvang: { volume: 4, eenheid: '14', frequentie: '4' },
        verwijzer: { type: '04', naam: 'Verwijzer Naam' },
        beschikkingNummer: 1234,
        raamcontract: true,
        commentaar: 'Commentaar Aangevraagd Product',
      },
    ]);
    expect(v[0]!.redenVerzoek).toBeUndefined();
  });

  it('een WMO317 geeft één verzoek met de te wijzigen, nieuwe en ongewijzigde producten', () => {
    expect(verzoekenUit(WMO317)).toEqual([
      {
        referentieAanbieder: '9003',
        redenVerzoek: '1',
        producten: [
          {
            soort: 'te-wijzigen',
            toewijzingNummer: 10072,
            ingangsdatum: '2023-04-02',
            einddatum: '2023-12-31',
          },
          {
            soort: 'nieuw',
            product: { categorie: '01', code: '01A12' },
            ingangsdatum: '2023-04-02',
            einddatum: '2023-12-31',
            omvang: { volume: 20, eenheid: '14', frequentie: '4' },
          },
          { soort: 'ongewijzigd', toewijzingNummer: 10071 },
        ],
      },
    ]);
  });
});

describe('controleerVerzoekOmWijziging (regels die de administratie van de gemeente nodig hebben)', () => {
  const actueel: ActueleToewijzing[] = [
    { toewijzingNummer: 10071, ingangsdatum: '2023-01-01' },
    { toewijzingNummer: 10072, ingangsdatum: '2023-04-02' },
  ];
  const codes = (b: Wmo317Bericht, a: readonly ActueleToewijzing[]) =>
    controleerVerzoekOmWijziging(b, a).map((f) => `${f.regel} ${f.veld}`);
  const met = (wijzig: (v: Wmo317Bericht['verzoek']) => void): Wmo317Bericht => {
    const b = structuredClone(WMO317);
    wijzig(b.verzoek);
    return b;
  };

  it.each<[string, Wmo317Bericht, ActueleToewijzing[], string[]]>([
    ['alle actuele toewijzingen genoemd, ingangsdatum gelijk: geen fouten', WMO317, actueel, []],
    [
      'TR350: een ongewijzigd product dat geen actuele toewijzing is',
      WMO317,
      [actueel[1]!],
      ['TR350 verzoek.ongewijzigdeProducten.0.toewijzingNummer'],
    ],
    [
      'TR351: een te wijzigen product dat geen actuele toewijzing is',
      WMO317,
      [actueel[0]!],
      ['TR351 verzoek.teWijzigenProducten.0.toewijzingNummer'],
    ],
    [
      'TR349: een actuele toewijzing ontbreekt in het verzoek',
      WMO317,
      [...actueel, { toewijzingNummer: 10073, ingangsdatum: '2023-01-01' }],
      ['TR349 verzoek'],
    ],
    [
      'TR357: gewenste ingangsdatum op de dagtekening, maar anders dan de oorspronkelijke',
      WMO317,
      [actueel[0]!, { toewijzingNummer: 10072, ingangsdatum: '2023-03-01' }],
      ['TR357 verzoek.teWijzigenProducten.0.gewensteIngangsdatum'],
    ],
    [
      'TR357 geldt niet voor een gewenste ingangsdatum na de dagtekening',
      met((v) => {
        v.teWijzigenProducten[0]!.gewensteIngangsdatum = '2023-05-01';
      }),
      [actueel[0]!, { toewijzingNummer: 10072, ingangsdatum: '2023-03-01' }],
      [],
    ],
    [
      'alleen nieuwe producten terwijl er een actuele toewijzing is: TR349',
      met((v) => {
        v.ongewijzigdeProducten = [];
        v.teWijzigenProducten = [];
      }),
      [actueel[0]!],
      ['TR349 verzoek'],
    ],
  ])('%s', (_naam, bericht, a, verwacht) => {
    expect(codes(bericht, a)).toEqual(verwacht);
  });
});

describe('antwoordFout: welk antwoord nog mag (TR359, TR360, TR365)', () => {
  it.each<[VerzoekStatus, VerzoekActie, string | null]>([
    ['open', 'in-onderzoek', null],
    ['open', 'afwijzen', null],
    ['open', 'toewijzen', null],
    ['in-onderzoek', 'in-onderzoek', 'TR360'],
    ['in-onderzoek', 'afwijzen', null],
    ['in-onderzoek', 'toewijzen', null],
    ['afgewezen', 'in-onderzoek', 'TR365'],
    ['afgewezen', 'afwijzen', 'TR365'],
    ['afgewezen', 'toewijzen', 'TR365'],
    ['toegewezen', 'in-onderzoek', 'TR359'],
    ['toegewezen', 'afwijzen', 'TR359'],
    ['toegewezen', 'toewijzen', 'al-toegewezen'],
  ])('%s → %s: %s', (status, actie, regel) => {
    expect(antwoordFout(status, actie)?.regel ?? null).toBe(regel);
  });
});
