import { describe, expect, it } from 'vitest';
import { regelcheck, xmllintValideer, xpathTekst } from '../../../tests/support/iwmo.ts';
import { basis, beschrijf } from '../../../tests/support/wmo301.ts';
import { bouwWmo301 } from './wmo301.ts';
import { valideerWmo301Input } from './wmo301-validatie.ts';
import { serialiseerWmo301 } from './wmo301-xml.ts';
import { XmlTekenFout } from './xml.ts';

describe('escaping', () => {
  it('schrijft & < > en aanhalingstekens als entiteiten en diakrieten (é, ë, ï) letterlijk; een parser leest ze terug', () => {
    const input = basis();
    input.client.naam = {
      geslachtsnaam: { achternaam: 'Brontë & <Zonen> "B.V."', voorvoegsel: "'t" },
      partnernaam: { achternaam: 'Éluard > Ïsselstein' },
      voornamen: 'Zoë Anaïs José',
      voorletters: 'ZAJ',
      naamgebruik: '3',
    };
    input.client.commentaar = 'Regel één\r\nregel twee\tmet tab & "quotes"';
    const xml = bouwWmo301(input);
    expect(xml).toContain('<iwmo:Achternaam>Brontë &amp; &lt;Zonen&gt; &quot;B.V.&quot;</iwmo:Achternaam>');
    expect(xml).toContain('<iwmo:Voorvoegsel>&apos;t</iwmo:Voorvoegsel>');
    expect(xml).toContain('<iwmo:Voornamen>Zoë Anaïs José</iwmo:Voornamen>');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#13;)/);

    expect(xpathTekst(xml, '//*[local-name()="Geslachtsnaam"]/*[local-name()="Achternaam"]')).toBe(
      'Brontë & <Zonen> "B.V."',
    );
    expect(xpathTekst(xml, '//*[local-name()="Partnernaam"]/*[local-name()="Achternaam"]')).toBe(
      'Éluard > Ïsselstein',
    );
    expect(xpathTekst(xml, '/*/*[local-name()="Client"]/*[local-name()="Commentaar"]')).toBe(
      'Regel één\r\nregel twee\tmet tab & "quotes"',
    );
    const xsd = xmllintValideer(xml);
    const regels = regelcheck(xml);
    expect(beschrijf(xsd, regels)).toBe('');
    // UTF-8 on disk: ë is two bytes.
    expect(Buffer.from(xml, 'utf8').includes(Buffer.from([0xc3, 0xab]))).toBe(true);
  });

  it('normaliseert naar NFC: e + combinerend accent wordt é (anders faalt het Voorletters-patroon)', () => {
    const input = basis();
    input.client.naam.voornamen = 'E\u0301lodie';
    input.client.naam.voorletters = 'E\u0301';
    expect(valideerWmo301Input(input)).toEqual([]);
    const xml = bouwWmo301(input);
    expect(xml).toContain('<iwmo:Voorletters>\u00c9</iwmo:Voorletters>');
    expect(xmllintValideer(xml).geldig).toBe(true);
  });

  it('weigert tekens die XML niet kan bevatten', () => {
    const input = basis();
    input.client.naam.geslachtsnaam.achternaam = 'Jan\u0007sen';
    expect(valideerWmo301Input(input).map((f) => f.veld)).toEqual(['client.naam.geslachtsnaam.achternaam']);
    expect(() => serialiseerWmo301(input)).toThrow(XmlTekenFout);
  });

  it('weigert een getal met decimalen (de XSD vraagt een geheel getal)', () => {
    const input = basis();
    input.toewijzingen[0]!.omvang!.volume = 2.5;
    expect(valideerWmo301Input(input).map((f) => f.veld)).toEqual(['toewijzingen[0].omvang.volume']);
    expect(() => serialiseerWmo301(input)).toThrow(/gehele getallen/);
  });
});
