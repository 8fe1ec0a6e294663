import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from '../../../../tests/support/pdf.ts';
import { type Brief, gemeenteTitel, toonWebsite } from './brief.ts';
import { renderBrief } from './brief-renderer.ts';

const basis: Brief = {
  afzender: {
    gemeenteNaam: 'Voorbeeldstad',
    postadres: 'Postbus 100',
    postcode: '1234 AB',
    plaats: 'Voorbeeldstad',
    telefoon: '14 0123',
    website: 'https://www.voorbeeldstad.nl/',
  },
  geadresseerde: { naam: 'A. Jansen', regels: ['Dorpsstraat 1', '1234 AC  VOORBEELDSTAD'] },
  datum: '2026-03-02',
  kenmerk: 'T-1',
  onderwerp: 'Een proefbrief',
  aanhef: 'Geachte heer/mevrouw Jansen,',
  blokken: [{ kop: 'Eerste kop', alineas: ['Eerste alinea.'] }, { lijst: ['punt een', 'punt twee'] }],
  afsluiting: 'Met vriendelijke groet,',
  ondertekening: { naam: 'Team Toegang', functie: 'Gemeente Voorbeeldstad' },
};

/** pdftotext wraps lines where the PDF does; compare text with all whitespace collapsed. */
const plat = (tekst: string) => tekst.replace(/\s+/g, ' ');

describe('renderBrief', () => {
  it('renders a tagged A4 PDF 1.7 with metadata', async () => {
    const pdf = await renderBrief(basis);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const info = pdfInfo(pdf);
    expect(info.Title).toBe('Een proefbrief');
    expect(info.Author).toBe('Gemeente Voorbeeldstad');
    expect(info.Subject).toContain('T-1');
    expect(info.Tagged).toBe('yes');
    expect(info['PDF version']).toBe('1.7');
    expect(info.Pages).toBe('1');
    expect(info['Page size']).toContain('(A4)');
    // Language and "show the title" are catalog entries; pdfinfo does not print them.
    const bron = pdf.toString('latin1');
    expect(bron).toMatch(/\/Lang \(nl-NL\)/);
    expect(bron).toMatch(/\/DisplayDocTitle true/);
  });

  it('prints letterhead, address, the long date, the body and one page number', async () => {
    const tekst = plat(pdfText(await renderBrief(basis)));
    for (const deel of [
      'Gemeente Voorbeeldstad',
      'Postbus 100',
      'Telefoon 14 0123',
      'www.voorbeeldstad.nl',
      'A. Jansen',
      'Dorpsstraat 1',
      '2 maart 2026',
      'Ons kenmerk T-1',
      'Onderwerp Een proefbrief',
      'Eerste kop Eerste alinea.',
      'punt een',
      'Team Toegang Gemeente Voorbeeldstad',
      'Pagina 1 van 1',
    ]) {
      expect(tekst).toContain(deel);
    }
  });

  it('breaks long letters over pages and numbers them "Pagina x van y"', async () => {
    const alinea = 'Dit is een lange alinea die de pagina vult. '.repeat(8).trim();
    const blokken = Array.from({ length: 9 }, (_, i) => ({ kop: `Kop ${i + 1}`, alineas: [alinea] }));
    const pdf = await renderBrief({ ...basis, blokken, voettekst: 'Voettekst van de brief' });
    expect(pdfInfo(pdf).Pages).toBe('2');
    const paginas = pdfText(pdf).split('\f');
    expect(plat(paginas[0] ?? '')).toContain('Pagina 1 van 2');
    expect(plat(paginas[1] ?? '')).toContain('Pagina 2 van 2');
    expect(plat(paginas[1] ?? '')).toContain('Voettekst van de brief');
    // Follow-up pages repeat who sent the letter and its kenmerk at the top.
    expect(plat(paginas[1] ?? '')).toContain('Ons kenmerk T-1');
    expect(plat(paginas[1] ?? '')).toContain('Kop 9');
    expect(plat(paginas[1] ?? '')).toContain('Team Toegang');
  });

  it('renders a letter without an address (handed over or sent digitally)', async () => {
    const tekst = plat(
      pdfText(await renderBrief({ ...basis, geadresseerde: { naam: 'A. Jansen', regels: [] } })),
    );
    expect(tekst).toContain('A. Jansen');
    expect(tekst).not.toContain('Dorpsstraat');
  });

  it('rejects an invalid letter date instead of printing it', async () => {
    await expect(renderBrief({ ...basis, datum: '2026-02-30' })).rejects.toThrow(RangeError);
  });
});

describe('helpers', () => {
  it('gemeenteTitel adds "Gemeente" once', () => {
    expect(gemeenteTitel('Deventer')).toBe('Gemeente Deventer');
    expect(gemeenteTitel('gemeente Lochem')).toBe('gemeente Lochem');
    expect(gemeenteTitel("'s-Hertogenbosch")).toBe("Gemeente 's-Hertogenbosch");
  });

  it('toonWebsite drops the scheme and trailing slash', () => {
    expect(toonWebsite('https://www.deventer.nl/')).toBe('www.deventer.nl');
    expect(toonWebsite('http://lochem.nl')).toBe('lochem.nl');
  });
});

describe('pdfText', () => {
  it('says what to install when pdftotext is missing', () => {
    const pad = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      expect(() => pdfText(Buffer.from('%PDF-1.7'))).toThrow(/poppler-utils/);
    } finally {
      process.env.PATH = pad;
    }
  });
});
