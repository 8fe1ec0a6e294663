import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  iwmoVoorbeeldPad,
  iwmoXsd,
  type RegelcheckResultaat,
  regelcheck,
  regelcheckBatch,
  type XsdResultaat,
  xmllintValideer,
  xmllintValideerBatch,
  xpathTekst,
} from '../../../tests/support/iwmo.ts';
import {
  controleerInkomendBericht,
  controleerIwmoBericht,
} from '../../server/modules/iwmo/standaard-controle.ts';
import { geheelGetal, mulberry32, type Rng } from '../bsn/prng.ts';
import { plusDagen } from '../termijnen/datum.ts';
import { CBS_GEMEENTECODES } from './codelijsten.ts';
import { InkomendBerichtFout } from './herkenning.ts';
import { leesWmo315, leesWmo317 } from './inkomend-lezers.ts';
import {
  antwoordOpVerzoek,
  bouwWmo319,
  leesWmo319,
  REDENEN_AFWIJZING_VERZOEK,
  type RedenAfwijzingVerzoek,
  referentiesVanVerzoek,
  serialiseerWmo319,
  valideerWmo319Input,
  type Wmo319Input,
  Wmo319ValidatieFout,
} from './wmo319.ts';
import { XmlTekenFout } from './xml.ts';

const WMO319_XSD = iwmoXsd('WMO319');
const voorbeeld = (bericht: string) => readFileSync(iwmoVoorbeeldPad(bericht), 'utf8');
const WMO319 = voorbeeld('WMO319');
const zonderOpmaak = (xml: string) => xml.replace(/>\s+</g, '><').replace(/\s+>/g, '>').trim();

function beschrijf(xsd: XsdResultaat, regels: RegelcheckResultaat): string {
  return [
    ...xsd.fouten.map((f) => `XSD: ${f}`),
    ...regels.fouten.map((f) => `${f.code} ${f.locaties.join(' ')} ${f.details ?? ''}`),
  ].join('\n');
}

/** The values of the official example WMO319.xml. */
function voorbeeldInput(): Wmo319Input {
  return {
    header: {
      gemeentecode: '0384',
      aanbiederAgbCode: '65656055',
      berichtIdentificatie: { identificatie: '876543219', dagtekening: '2023-04-02' },
    },
    antwoord: { referentieAanbieder: '9003', verzoekAntwoord: '1', redenAfwijzingVerzoek: '7' },
  };
}

describe('het officiële voorbeeldbericht WMO319.xml', () => {
  it('is XSD-geldig en heeft nul Fouten (met de hulpmiddelen van tests/support en met controleerIwmoBericht)', () => {
    const xsd = xmllintValideer(WMO319, WMO319_XSD);
    const regels = regelcheck(WMO319);
    expect(beschrijf(xsd, regels)).toBe('');
    expect(xsd.geldig).toBe(true);
    expect(controleerIwmoBericht(WMO319, 'WMO319')).toEqual({
      berichtcode: 'WMO319',
      geldig: true,
      fouten: [],
    });
  });

  it('wordt gelezen met de waarden uit het bestand', () => {
    expect(leesWmo319(WMO319)).toEqual({
      berichtcode: 'WMO319',
      header: {
        ...voorbeeldInput().header,
        xsdVersie: { basisschemaXsdVersie: '1.0.0', berichtXsdVersie: '1.0.0' },
      },
      antwoord: { referentieAanbieder: '9003', verzoekAntwoord: '1', redenAfwijzingVerzoek: '7' },
    });
  });

  it('bouwWmo319 maakt uit die waarden precies dat bericht (volgorde, namespaces)', () => {
    const xml = bouwWmo319(voorbeeldInput());
    expect(zonderOpmaak(xml)).toBe(zonderOpmaak(WMO319));
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<wmo319:Bericht ')).toBe(true);
  });

  it('is het antwoord op het voorbeeld-WMO317: antwoordOpVerzoek draait de header om en neemt de referentie over', () => {
    const verzoek = leesWmo317(voorbeeld('WMO317'));
    const input = antwoordOpVerzoek(
      verzoek,
      { verzoekAntwoord: '1', redenAfwijzingVerzoek: '7' },
      {
        identificatie: '876543219',
        dagtekening: '2023-04-02',
      },
    );
    expect(input).toEqual(voorbeeldInput());
    expect(zonderOpmaak(bouwWmo319(input))).toBe(zonderOpmaak(WMO319));
  });

  it('is geen inkomend bericht: controleerInkomendBericht weigert het', () => {
    expect(() => controleerInkomendBericht(WMO319)).toThrow(InkomendBerichtFout);
    expect(() => controleerInkomendBericht(WMO319)).toThrow(
      /BerichtCode 482 \(WMO319\).*gemeente aan de aanbieder/,
    );
  });
});

describe('antwoordOpVerzoek op een WMO315 met meerdere aangevraagde producten', () => {
  const verzoek = leesWmo315(voorbeeld('WMO315'));
  const bi = { identificatie: 'A319-1', dagtekening: '2023-07-16' };

  it('vraagt welke referentie het antwoord betreft, en controleert dat die in het verzoek staat (TR355)', () => {
    expect(referentiesVanVerzoek(verzoek)).toEqual(['42420001', '42420002']);
    expect(() => antwoordOpVerzoek(verzoek, { verzoekAntwoord: '2' }, bi)).toThrow(/2 referenties/);
    expect(() => antwoordOpVerzoek(verzoek, { verzoekAntwoord: '2' }, bi, '9999')).toThrow(/TR355/);
  });

  it('één geldig WMO319 per referentie', () => {
    const inputs = [
      antwoordOpVerzoek(verzoek, { verzoekAntwoord: '1', redenAfwijzingVerzoek: '3' }, bi, '42420001'),
      antwoordOpVerzoek(verzoek, { verzoekAntwoord: '2' }, { ...bi, identificatie: 'A319-2' }, '42420002'),
    ];
    expect(inputs[0]).toEqual({
      header: { gemeentecode: '0384', aanbiederAgbCode: '42420001', berichtIdentificatie: bi },
      antwoord: { referentieAanbieder: '42420001', verzoekAntwoord: '1', redenAfwijzingVerzoek: '3' },
    });
    const xmls = inputs.map((i) => bouwWmo319(i));
    const xsd = xmllintValideerBatch(xmls, WMO319_XSD);
    const regels = regelcheckBatch(xmls);
    expect(xmls.map((_, i) => beschrijf(xsd[i]!, regels[i]!))).toEqual(['', '']);
    expect(xmls[1]).not.toContain('RedenAfwijzingVerzoek');
  });
});

describe('bouwWmo319 weigert ongeldige invoer met alle fouten in het Nederlands', () => {
  it('meerdere fouten tegelijk', () => {
    const input = voorbeeldInput();
    input.header.gemeentecode = '384';
    input.antwoord.referentieAanbieder = '   ';
    delete (input.antwoord as { redenAfwijzingVerzoek?: string }).redenAfwijzingVerzoek;
    expect(() => bouwWmo319(input)).toThrow(Wmo319ValidatieFout);
    try {
      bouwWmo319(input);
    } catch (e) {
      const fout = e as Wmo319ValidatieFout;
      expect(fout.fouten).toEqual([
        {
          veld: 'header.gemeentecode',
          regel: 'XSD',
          melding: 'Gemeentecode moet uit 4 cijfers bestaan, kreeg "384".',
        },
        { veld: 'antwoord.referentieAanbieder', regel: 'XSD', melding: 'Referentie aanbieder is leeg.' },
        {
          veld: 'antwoord.redenAfwijzingVerzoek',
          regel: 'CD085',
          melding: 'Bij een afgewezen verzoek (verzoekantwoord 1) is de reden van afwijzing verplicht.',
        },
      ]);
      expect(fout.message).toMatch(/^WMO319-bericht niet gemaakt/);
    }
  });

  it('TR056 tegen eerder gebruikte identificaties', () => {
    const fouten = valideerWmo319Input(voorbeeldInput(), {
      gebruikteBerichtIdentificaties: new Set(['876543219']),
    });
    expect(fouten.map((f) => f.regel)).toEqual(['TR056']);
  });

  it('tekens die XML niet kan bevatten', () => {
    const input = voorbeeldInput();
    input.antwoord.referentieAanbieder = 'VOT\u0000';
    expect(valideerWmo319Input(input).map((f) => f.veld)).toEqual(['antwoord.referentieAanbieder']);
    expect(() => serialiseerWmo319(input)).toThrow(XmlTekenFout);
  });
});

type Controle = 'xsd' | { fout: string } | 'geen';
interface Mutatie {
  naam: string;
  regel: string;
  controle: Controle;
  muteer: (i: Wmo319Input) => void;
}

const antwoord = (i: Wmo319Input) => i.antwoord as Record<string, unknown>;

const MUTATIES: Mutatie[] = [
  {
    naam: 'afgewezen zonder reden',
    regel: 'CD085',
    controle: { fout: 'CD085' },
    muteer: (i) => {
      delete antwoord(i).redenAfwijzingVerzoek;
    },
  },
  {
    naam: 'in onderzoek met reden',
    regel: 'CD086',
    controle: { fout: 'CD086' },
    muteer: (i) => {
      antwoord(i).verzoekAntwoord = '2';
    },
  },
  {
    naam: 'onbekend verzoekantwoord 3',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      antwoord(i).verzoekAntwoord = '3';
    },
  },
  {
    naam: 'onbekende reden 10',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      antwoord(i).redenAfwijzingVerzoek = '10';
    },
  },
  {
    naam: 'reden 07 in plaats van 7',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      antwoord(i).redenAfwijzingVerzoek = '07';
    },
  },
  {
    naam: 'lege referentie',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      i.antwoord.referentieAanbieder = '';
    },
  },
  {
    naam: 'referentie van alleen spaties',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      i.antwoord.referentieAanbieder = ' \t ';
    },
  },
  {
    naam: 'referentie van 37 tekens',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      i.antwoord.referentieAanbieder = 'é'.repeat(37);
    },
  },
  {
    naam: 'referentie met regelovergang',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      i.antwoord.referentieAanbieder = 'VOT\n1';
    },
  },
  {
    naam: 'gemeentecode van 3 cijfers',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      i.header.gemeentecode = '384';
    },
  },
  {
    naam: 'AGB-code van 7 cijfers',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      i.header.aanbiederAgbCode = '6565605';
    },
  },
  {
    naam: 'identificatie van 13 tekens',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      i.header.berichtIdentificatie.identificatie = '1234567890123';
    },
  },
  {
    naam: 'dagtekening 30 februari',
    regel: 'XSD',
    controle: 'xsd',
    muteer: (i) => {
      i.header.berichtIdentificatie.dagtekening = '2023-02-30';
    },
  },
  {
    naam: 'gemeentecode die niet bestaat',
    regel: 'TR378',
    controle: 'geen', // the checker's validGemeente always says yes; we check against the CBS list
    muteer: (i) => {
      i.header.gemeentecode = '0000';
    },
  },
];

describe('valideerWmo319Input en de officiële controles zijn het eens over foute invoer', () => {
  it('de voorbeeldinvoer is geldig', () => {
    expect(valideerWmo319Input(voorbeeldInput())).toEqual([]);
  });

  const berichten = MUTATIES.map((m) => {
    const input = voorbeeldInput();
    m.muteer(input);
    return { m, input, xml: serialiseerWmo319(input) };
  });
  let resultaten: Array<{ xsd: XsdResultaat; regels: RegelcheckResultaat }> | undefined;
  const controles = () => {
    if (!resultaten) {
      const xsd = xmllintValideerBatch(
        berichten.map((b) => b.xml),
        WMO319_XSD,
      );
      const regels = regelcheckBatch(berichten.map((b) => b.xml));
      resultaten = xsd.map((x, i) => ({ xsd: x, regels: regels[i]! }));
    }
    return resultaten;
  };

  it.each(berichten.map((b, i) => [b.m.naam, b.m.regel, i] as const))('%s → %s', (_naam, regel, i) => {
    const { m, input } = berichten[i]!;
    const fouten = valideerWmo319Input(input);
    expect(fouten.map((f) => f.regel)).toEqual([regel]);
    expect(fouten[0]!.melding).toMatch(/\S/);
    expect(() => bouwWmo319(input)).toThrow(Wmo319ValidatieFout);

    const { xsd, regels } = controles()[i]!;
    if (m.controle === 'xsd') {
      expect(xsd.geldig).toBe(false);
    } else if (m.controle === 'geen') {
      expect(beschrijf(xsd, regels)).toBe('');
    } else {
      expect(xsd.fouten).toEqual([]);
      expect(regels.fouten.map((f) => f.code)).toEqual([m.controle.fout]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Property: generated valid input → XSD-valid messages without Fouten, that read back to the input
// ---------------------------------------------------------------------------------------------

function kies<T>(rng: Rng, lijst: readonly T[]): T {
  return lijst[geheelGetal(rng, lijst.length)]!;
}

const GEMEENTEN = [...CBS_GEMEENTECODES];
const REDENEN = Object.keys(REDENEN_AFWIJZING_VERZOEK) as RedenAfwijzingVerzoek[];
const REFERENTIES = [
  () => '9003',
  () => 'V',
  () => 'VOT-2025-000123',
  () => '  spaties ervoor en erna  ',
  () => 'tab\tin het midden',
  () => 'Zorg & Co <VOT> "1" \'2\'',
  () => 'Brontë-Çelik/Øster',
  () => 'é'.repeat(36), // maximum length, two bytes per character in UTF-8
  () => `${'😀'.repeat(2)}${'x'.repeat(34)}`, // astral characters count as one character each
  () => '123456789012345678901234567890123456',
];

function cijfers(rng: Rng, n: number): string {
  return Array.from({ length: n }, () => String(geheelGetal(rng, 10))).join('');
}

function genereerWmo319Input(rng: Rng, volgnummer: number): Wmo319Input {
  const referentieAanbieder = kies(rng, REFERENTIES)();
  const identificatie =
    rng() < 0.2 ? `${String(volgnummer).padStart(6, '0')}ABCDEF` : rng() < 0.1 ? 'X' : `A319-${volgnummer}`;
  return {
    header: {
      gemeentecode: kies(rng, GEMEENTEN),
      aanbiederAgbCode: rng() < 0.1 ? '00000001' : cijfers(rng, 8),
      berichtIdentificatie: {
        identificatie,
        dagtekening: plusDagen('2021-01-01', geheelGetal(rng, 6 * 365)),
      },
    },
    antwoord:
      rng() < 0.7
        ? { referentieAanbieder, verzoekAntwoord: '1', redenAfwijzingVerzoek: kies(rng, REDENEN) }
        : { referentieAanbieder, verzoekAntwoord: '2' },
  };
}

describe('eigenschap: gegenereerde WMO319-berichten zijn XSD-geldig, zonder Fouten, en lezen terug als de invoer', () => {
  const AANTAL = 120;
  it(`${AANTAL} willekeurige berichten (seed 319)`, () => {
    const rng = mulberry32(319);
    const inputs = Array.from({ length: AANTAL }, (_, i) => genereerWmo319Input(rng, i));
    expect(inputs.map((i) => valideerWmo319Input(i)).filter((f) => f.length > 0)).toEqual([]);

    const xmls = inputs.map((input) => bouwWmo319(input));
    const xsd = xmllintValideerBatch(xmls, WMO319_XSD);
    const regels = regelcheckBatch(xmls);
    const mislukt = xmls
      .map((_, i) => ({ i, fouten: beschrijf(xsd[i]!, regels[i]!) }))
      .filter((r) => r.fouten !== '' || !xsd[r.i]!.geldig)
      .map((r) => `#${r.i}\n${r.fouten}\n${xmls[r.i]}`);
    expect(mislukt.slice(0, 3)).toEqual([]);

    // Read back with the strict reader: exactly the input.
    for (const [i, xml] of xmls.entries()) {
      const { header, antwoord } = leesWmo319(xml);
      const { xsdVersie: _, ...zonderVersie } = header;
      expect({ header: zonderVersie, antwoord }).toEqual(inputs[i]);
    }

    // The set covers both answers, every reason and the awkward references.
    const antwoorden = inputs.map((i) => i.antwoord);
    expect(new Set(antwoorden.map((a) => a.verzoekAntwoord))).toEqual(new Set(['1', '2']));
    expect(
      new Set(antwoorden.flatMap((a) => ('redenAfwijzingVerzoek' in a ? [a.redenAfwijzingVerzoek] : [])))
        .size,
    ).toBe(REDENEN.length);
    const referenties = new Set(antwoorden.map((a) => a.referentieAanbieder));
    for (const maak of REFERENTIES) expect(referenties).toContain(maak());
    expect(xmls.some((x) => x.includes('&amp;') && x.includes('&lt;') && x.includes('&quot;'))).toBe(true);
  });

  it('escaping en NFC: een parser (libxml2) leest de referentie terug zoals bedoeld', () => {
    const input = voorbeeldInput();
    input.antwoord.referentieAanbieder = 'Zorg & Co <e\u0301>';
    const xml = bouwWmo319(input);
    expect(xml).toContain(
      '<wmo319:ReferentieAanbieder>Zorg &amp; Co &lt;\u00e9&gt;</wmo319:ReferentieAanbieder>',
    );
    expect(xpathTekst(xml, '//*[local-name()="ReferentieAanbieder"]')).toBe('Zorg & Co <\u00e9>');
    expect(leesWmo319(xml).antwoord.referentieAanbieder).toBe('Zorg & Co <\u00e9>');
    expect(beschrijf(xmllintValideer(xml, WMO319_XSD), regelcheck(xml))).toBe('');
  });

  it('leesWmo319 weigert een bericht dat CD085 of CD086 breekt (het type kan dat niet uitdrukken)', () => {
    const zonderReden = WMO319.replace(
      /\s*<wmo319:RedenAfwijzingVerzoek>7<\/wmo319:RedenAfwijzingVerzoek>/,
      '',
    );
    expect(() => leesWmo319(zonderReden)).toThrow(/CD085/);
    const inOnderzoekMetReden = WMO319.replace('<wmo319:VerzoekAntwoord>1', '<wmo319:VerzoekAntwoord>2');
    expect(() => leesWmo319(inOnderzoekMetReden)).toThrow(/CD086/);
  });
});
