import { describe, expect, it } from 'vitest';
import { regelcheckBatch, xmllintValideerBatch } from '../../../tests/support/iwmo.ts';
import { beschrijf } from '../../../tests/support/wmo301.ts';
import { maakTestBsnGenerator } from '../bsn/bsn.ts';
import { mulberry32 } from '../bsn/prng.ts';
import { plusDagen } from '../termijnen/datum.ts';
import { PRODUCTCATEGORIEEN } from './codelijsten.ts';
import { genereerWmo301Input } from './genereer.ts';
import { bouwWmo301 } from './wmo301.ts';
import type { Wmo301Input } from './wmo301-typen.ts';
import { valideerWmo301Input } from './wmo301-validatie.ts';
import { serialiseerWmo301 } from './wmo301-xml.ts';

describe('eigenschap: gegenereerde geldige invoer geeft XSD-geldige berichten zonder Fouten', () => {
  const AANTAL = 300;
  it(`${AANTAL} willekeurige berichten (seed 20250314)`, () => {
    const rng = mulberry32(20250314);
    const bsn = maakTestBsnGenerator(rng);
    const inputs = Array.from({ length: AANTAL }, (_, volgnummer) =>
      genereerWmo301Input(rng, { bsn, volgnummer }),
    );

    // The generator only makes input that our own validation accepts…
    const afgewezen = inputs
      .map((input, i) => ({ i, fouten: valideerWmo301Input(input) }))
      .filter((r) => r.fouten.length > 0);
    expect(afgewezen.slice(0, 3)).toEqual([]);

    // …and every message built from it passes the XSD and the rule checker.
    const xmls = inputs.map((input) => bouwWmo301(input));
    const xsd = xmllintValideerBatch(xmls);
    const regels = regelcheckBatch(xmls);
    const mislukt = xmls
      .map((_, i) => ({ i, fouten: beschrijf(xsd[i]!, regels[i]!) }))
      .filter((r) => r.fouten !== '' || !xsd[r.i]!.geldig);
    expect(mislukt.slice(0, 3).map((r) => `#${r.i}\n${r.fouten}\n${xmls[r.i]}`)).toEqual([]);

    // The generated set covers the interesting corners.
    const toewijzingen = inputs.flatMap((i) => i.toewijzingen);
    const categorieen = new Set(toewijzingen.map((t) => t.product?.categorie));
    expect([...categorieen].filter(Boolean).sort()).toEqual(Object.keys(PRODUCTCATEGORIEEN).sort());
    expect(new Set(toewijzingen.map((t) => t.omvang?.eenheid).filter(Boolean)).size).toBe(7);
    expect(new Set(toewijzingen.map((t) => t.omvang?.frequentie).filter(Boolean)).size).toBe(4);
    expect(toewijzingen.some((t) => t.budget !== undefined && !t.product)).toBe(true);
    expect(toewijzingen.some((t) => t.redenWijziging === '13')).toBe(true);
    expect(inputs.some((i) => i.toewijzingen.length >= 5)).toBe(true);
    expect(inputs.some((i) => i.client.relaties?.length)).toBe(true);
    expect(inputs.some((i) => i.client.geboortedatum.datumGebruik === '3')).toBe(true);
    expect(inputs.some((i) => i.client.naam.partnernaam && i.client.naam.naamgebruik === '4')).toBe(true);
    expect(xmls.some((x) => x.includes('&amp;') && x.includes('&lt;') && x.includes('&#13;'))).toBe(true);
  });
});

/**
 * Random perturbations of valid input, chosen to hit the rules (dates, codes, combinations). Values stay
 * of the right type, so that the message can always be written.
 */
function verstoor(rng: () => number, input: Wmo301Input): string {
  const kies = <T>(lijst: readonly T[]): T => lijst[Math.floor(rng() * lijst.length)]!;
  const dag = input.header.berichtIdentificatie.dagtekening;
  const t = kies(input.toewijzingen);
  const contact = kies(input.client.contactgegevens);
  const verstoringen: Array<[string, () => void]> = [
    [
      'einddatum',
      () => {
        t.einddatum = plusDagen(t.ingangsdatum, Math.floor(rng() * 61) - 30);
      },
    ],
    [
      'geen einddatum',
      () => {
        delete t.einddatum;
      },
    ],
    [
      'frequentie',
      () => {
        if (t.omvang) t.omvang.frequentie = kies(['1', '2', '4', '6'] as const);
      },
    ],
    [
      'eenheid',
      () => {
        if (t.omvang) t.omvang.eenheid = kies(['01', '04', '14', '16', '82', '83', '84'] as const);
      },
    ],
    [
      'geen omvang',
      () => {
        delete t.omvang;
      },
    ],
    [
      'geen productcode',
      () => {
        delete t.product?.code;
      },
    ],
    [
      'geen product',
      () => {
        delete t.product;
      },
    ],
    [
      'budget',
      () => {
        t.budget = 1000;
      },
    ],
    [
      'geen budget',
      () => {
        delete t.budget;
      },
    ],
    [
      'omvang',
      () => {
        t.omvang = {
          volume: 1,
          eenheid: kies(['04', '14'] as const),
          frequentie: kies(['1', '2'] as const),
        };
      },
    ],
    [
      'productcode',
      () => {
        t.product = { categorie: t.product?.categorie ?? '02', code: 'X1234' };
      },
    ],
    [
      'reden wijziging',
      () => {
        t.redenWijziging = kies(['01', '02', '05', '12', '13', '14'] as const);
        if (t.redenWijziging === '13') t.einddatum = kies([t.ingangsdatum, plusDagen(t.ingangsdatum, 1)]);
      },
    ],
    [
      'naamgebruik',
      () => {
        input.client.naam.naamgebruik = kies(['1', '2', '3', '4', '5', '6'] as const);
      },
    ],
    [
      'partnernaam weg',
      () => {
        delete input.client.naam.partnernaam;
      },
    ],
    [
      'datumgebruik',
      () => {
        input.client.geboortedatum = {
          datum: input.client.geboortedatum.datum,
          datumGebruik: kies(['1', '2', '3'] as const),
        };
      },
    ],
    [
      'toewijzingsdatum',
      () => {
        t.toewijzingsdatum = plusDagen(dag, Math.floor(rng() * 5) - 2);
      },
    ],
    [
      'geboortedatum rond 120 jaar',
      () => {
        input.client.geboortedatum = {
          datum: plusDagen(dag, -(120 * 365 + 29 + Math.floor(rng() * 61) - 30)),
        };
      },
    ],
    [
      'geboortedatum rond dagtekening',
      () => {
        input.client.geboortedatum = { datum: plusDagen(dag, Math.floor(rng() * 3) - 1) };
      },
    ],
    [
      'geen telefoon',
      () => {
        delete contact.telefoon;
      },
    ],
    [
      'geen huis',
      () => {
        delete contact.adres?.huis;
      },
    ],
    [
      'geen postcode',
      () => {
        delete contact.adres?.postcode;
      },
    ],
    [
      'geen landcode',
      () => {
        delete contact.adres?.landCode;
      },
    ],
    [
      'landcode',
      () => {
        if (contact.adres) contact.adres.landCode = kies(['NL', 'BE']);
      },
    ],
    [
      'postcode',
      () => {
        if (contact.adres) contact.adres.postcode = kies(['1234 AB', '0123AB', '1234ab', '12345']);
      },
    ],
    [
      'soort adres',
      () => {
        contact.soort = kies(['01', '02', '03', '04'] as const);
      },
    ],
    [
      'periode',
      () => {
        contact.periode = { begindatum: dag, einddatum: plusDagen(dag, Math.floor(rng() * 3) - 1) };
      },
    ],
    [
      'communicatie',
      () => {
        input.client.communicatie =
          rng() < 0.5
            ? { vorm: kies(['1', '2', '3'] as const) }
            : { vorm: kies(['1', '2'] as const), taal: 'Pools' };
      },
    ],
    ['dubbel nummer', () => void input.toewijzingen.push({ ...t })],
    [
      'zelfde product erbij',
      () =>
        void input.toewijzingen.push({
          ...structuredClone(t),
          toewijzingNummer: 999_999_999,
          ingangsdatum: plusDagen(t.ingangsdatum, Math.floor(rng() * 61) - 30),
        }),
    ],
  ];
  const [naam, doe] = kies(verstoringen);
  doe();
  return naam;
}

describe('eigenschap: valideerWmo301Input is het eens met de officiële controles over verstoorde invoer', () => {
  const AANTAL = 500;
  it(`${AANTAL} verstoorde berichten: geen fouten gemeld ⇔ XSD-geldig en nul Fouten`, () => {
    const rng = mulberry32(301);
    const bsn = maakTestBsnGenerator(rng);
    const gevallen = Array.from({ length: AANTAL }, (_, volgnummer) => {
      const input = genereerWmo301Input(rng, { bsn, volgnummer });
      const verstoring = verstoor(rng, input);
      return { input, verstoring, fouten: valideerWmo301Input(input), xml: serialiseerWmo301(input) };
    });
    const xsd = xmllintValideerBatch(gevallen.map((g) => g.xml));
    const regels = regelcheckBatch(gevallen.map((g) => g.xml));
    const oneens = gevallen
      .map((g, i) => ({ ...g, i, officieel: beschrijf(xsd[i]!, regels[i]!) }))
      .filter((g) => (g.fouten.length === 0) !== (g.officieel === '' && xsd[g.i]!.geldig))
      .map((g) => `#${g.i} ${g.verstoring}\nwij: ${JSON.stringify(g.fouten)}\nofficieel: ${g.officieel}`);
    expect(oneens.slice(0, 5)).toEqual([]);
    // Both outcomes occur often enough for the comparison to mean something.
    const afgekeurd = gevallen.filter((g) => g.fouten.length > 0).length;
    expect(afgekeurd).toBeGreaterThan(AANTAL * 0.25);
    expect(afgekeurd).toBeLessThan(AANTAL * 0.85);
  });
});
