import { describe, expect, it } from 'vitest';
import { VERWACHT_305, vervang, WMO305, WMO315 } from '../../../tests/support/inkomend.ts';
import { xpathTekst } from '../../../tests/support/iwmo.ts';
import { controleerInkomendBericht } from '../../server/modules/iwmo/standaard-controle.ts';
import { leesWmo305, leesWmo315 } from './inkomend-lezers.ts';
import { IwmoLeesFout } from './structuur.ts';
import { leesXml, XmlLeesFout } from './xml-lezer.ts';

describe('de XML-lezer', () => {
  it('leest andere prefixen, een standaardnamespace, CRLF, BOM, commentaar, CDATA en verwijzingen zoals xmllint', () => {
    let xml = WMO305.replaceAll('wmo305:', '').replace(
      'xmlns:wmo305="http://www.istandaarden.nl/iwmo/3_2/wmo305/schema"',
      'xmlns="http://www.istandaarden.nl/iwmo/3_2/wmo305/schema"',
    );
    xml = xml.replaceAll('iwmo:', 'b:').replace('xmlns:iwmo=', 'xmlns:b=');
    xml = vervang(
      xml,
      '<b:Achternaam>Wit</b:Achternaam>',
      "<b:Achternaam><![CDATA[O'Neill & <Zn>]]> &amp; Co</b:Achternaam>",
    );
    xml = vervang(
      xml,
      '<b:Voornamen>Tim</b:Voornamen>',
      '<b:Voornamen>&#84;&#x69;m <!-- roepnaam --><?pi x?>Zoë</b:Voornamen>',
    );
    xml = vervang(
      xml,
      '<ToewijzingNummer>300201</ToewijzingNummer>',
      '<ToewijzingNummer>\n +0300201 </ToewijzingNummer>',
    );
    xml = vervang(xml, '<Begindatum>2025-04-03</Begindatum>', '<Begindatum> 2025-04-03\t</Begindatum>');
    xml = `\uFEFF${xml.replaceAll('\n', '\r\n')}<!-- einde -->\r\n`;

    expect(controleerInkomendBericht(xml)).toEqual({ berichtcode: 'WMO305', geldig: true, fouten: [] });
    const gelezen = leesWmo305(xml);
    expect(gelezen).toEqual({
      ...VERWACHT_305,
      client: {
        ...VERWACHT_305.client,
        naam: {
          geslachtsnaam: { achternaam: "O'Neill & <Zn> & Co", voorvoegsel: 'de' },
          voornamen: 'Tim Zoë',
          voorletters: 'T',
        },
      },
    });
    // The same values as a conforming parser (libxml2) reads them.
    expect(xpathTekst(xml, '//*[local-name()="Achternaam"]')).toBe(
      gelezen.client.naam.geslachtsnaam.achternaam,
    );
    expect(xpathTekst(xml, '//*[local-name()="Voornamen"]')).toBe(gelezen.client.naam.voornamen);
    // XSD collapses the whitespace of an xs:integer; the text itself is '\n +0300201 '.
    expect(xpathTekst(xml, '(//*[local-name()="ToewijzingNummer"])[1]')).toBe('\n +0300201 ');
  });

  it('normaliseert regeleinden zoals XML voorschrijft, maar &#13; blijft een CR', () => {
    const xml = vervang(
      WMO315,
      '<wmo315:Commentaar>Commentaar client</wmo315:Commentaar>',
      '<wmo315:Commentaar>regel 1\r\nregel 2\rregel 3&#13;&#10;regel 4</wmo315:Commentaar>',
    );
    const commentaar = leesWmo315(xml).client.commentaar;
    expect(commentaar).toBe('regel 1\nregel 2\nregel 3\r\nregel 4');
    expect(xpathTekst(xml, '/*/*[local-name()="Client"]/*[local-name()="Commentaar"]')).toBe(commentaar);
    expect(controleerInkomendBericht(xml).geldig).toBe(true);
  });

  it.each([
    ['niet afgesloten element', '<a><b></a>', true],
    ['verkeerde eindtag', '<a></b>', true],
    ['niet gedeclareerd prefix (libxml2 waarschuwt alleen)', '<x:a/>', false],
    ['onbekende entiteit', '<a>&nbsp;</a>', true],
    ['losse ampersand', '<a>Jansen & Zn</a>', true],
    ['tekenverwijzing naar NUL', '<a>&#0;</a>', true],
    ['verboden teken', '<a>\u0007</a>', true],
    ['-- in commentaar', '<a><!-- a -- b --></a>', true],
    [']]> in tekst', '<a>x ]]> y</a>', true],
    ['attribuut twee keer', '<a b="1" b="2"/>', true],
    ['tekst na het root-element', '<a/>x', true],
    ['twee root-elementen', '<a/><b/>', true],
    ['XML-declaratie niet aan het begin', ' <?xml version="1.0"?><a/>', true],
    ['XML 1.1', '<?xml version="1.1"?><a/>', false],
    ['DOCTYPE', '<!DOCTYPE a><a/>', false],
    ['te diep genest', `${'<a>'.repeat(100)}${'</a>'.repeat(100)}`, false],
  ] as const)('weigert: %s', (_naam, xml, ookXmllint) => {
    // ookXmllint: libxml2 also finds it not well-formed.
    expect(() => leesXml(xml)).toThrow(XmlLeesFout);
    // Where libxml2 parses it anyway, refusing is our own stricter policy (module comment).
    if (ookXmllint) expect(() => xpathTekst(xml, '/*')).toThrow(/xmllint --xpath faalde/);
    else expect(() => xpathTekst(xml, '/*')).not.toThrow();
  });

  it('geeft regel en kolom van de fout', () => {
    try {
      leesXml('<a>\n  <b>\n</a>');
      expect.fail('geen fout');
    } catch (e) {
      expect(e).toBeInstanceOf(XmlLeesFout);
      expect(e).toMatchObject({ regel: 3, kolom: 1 });
      expect((e as Error).message).toBe('Eindtag </a> hoort niet bij <b> (regel 3, kolom 1)');
    }
  });

  it('de lezers controleren de structuur ook zonder XSD: onbekend element, attribuut, tekst, volgorde', () => {
    const onbekend = vervang(
      WMO305,
      '<wmo305:Geslacht>1</wmo305:Geslacht>',
      '<wmo305:Geslacht>1</wmo305:Geslacht><wmo305:Extra/>',
    );
    expect(() => leesWmo305(onbekend)).toThrow(
      '/Bericht/Client/Extra: element {http://www.istandaarden.nl/iwmo/3_2/wmo305/schema}Extra hoort hier niet',
    );
    const attribuut = vervang(WMO305, '<wmo305:Bsn>', '<wmo305:Bsn soort="test">');
    expect(() => leesWmo305(attribuut)).toThrow(
      '/Bericht/Client/Bsn: attribuut soort hoort niet in een iWmo-bericht',
    );
    const tekst = vervang(WMO305, '<wmo305:StartProducten>', '<wmo305:StartProducten>los');
    expect(() => leesWmo305(tekst)).toThrow(
      '/Bericht/Client/StartProducten: bevat tekst waar alleen elementen horen',
    );
    const volgorde = vervang(
      WMO305,
      /(<wmo305:Geslacht>1<\/wmo305:Geslacht>)(\s*)(<wmo305:Naam>[\s\S]*?<\/wmo305:Naam>)/,
      '$3$2$1',
    );
    expect(() => leesWmo305(volgorde)).toThrow(IwmoLeesFout);
    expect(controleerInkomendBericht(volgorde).geldig).toBe(false);
    // xsi:schemaLocation is a hint the XSD allows; the reader accepts it.
    const hint = vervang(
      WMO305,
      '<wmo305:Bericht ',
      '<wmo305:Bericht xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="x WMO305.xsd" ',
    );
    expect(leesWmo305(hint)).toEqual(VERWACHT_305);
  });
});
