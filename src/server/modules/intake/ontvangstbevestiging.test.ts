import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from '../../../../tests/support/pdf.ts';
import { renderBrief } from '../../platform/documents/brief-renderer.ts';
import {
  HULPVRAAG_CITAAT_MAX,
  kortAf,
  meldingKenmerk,
  type OntvangstbevestigingInput,
  ontvangstbevestigingBrief,
} from './ontvangstbevestiging.ts';

// A synthetic resident; the gemeente's contact details are public.
const invoer: OntvangstbevestigingInput = {
  gemeente: {
    gemeenteNaam: 'Deventer',
    postadres: 'Postbus 5000',
    postcode: '7400 GC',
    plaats: 'Deventer',
    telefoon: '14 0570',
    website: 'https://www.deventer.nl',
  },
  persoon: {
    voornamen: 'Johanna Maria',
    tussenvoegsel: 'van der',
    achternaam: 'Berg',
    straat: 'Proefstraat',
    huisnummer: 12,
    huisnummertoevoeging: 'a',
    postcode: '7411AB',
    woonplaats: 'Deventer',
  },
  melding: {
    nummer: 123,
    ontvangstdatum: '2026-11-10',
    hulpvraag: 'Sinds mijn heupoperatie kom ik de trap niet meer op en lukt het huishouden niet meer.',
    spoed: false,
  },
  termijnen: { onderzoekUiterlijk: '2026-12-22', persoonlijkPlanUiterlijk: '2026-11-17' },
  contactpersoon: { naam: 'Sanne de Boer' },
  briefdatum: '2026-11-11',
};

const plat = (tekst: string) => tekst.replace(/\s+/g, ' ');
const alleTekst = (brief: ReturnType<typeof ontvangstbevestigingBrief>) =>
  brief.blokken.flatMap((b) => [b.kop ?? '', ...('lijst' in b ? b.lijst : b.alineas)]).join('\n');

describe('meldingKenmerk', () => {
  it('pads the number to six digits', () => {
    expect(meldingKenmerk(1)).toBe('M-000001');
    expect(meldingKenmerk(123)).toBe('M-000123');
    expect(meldingKenmerk(999_999)).toBe('M-999999');
    expect(meldingKenmerk(1_234_567)).toBe('M-1234567');
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects %s', (nummer) => {
    expect(() => meldingKenmerk(nummer)).toThrow(RangeError);
  });
});

describe('kortAf', () => {
  it('keeps short text and collapses whitespace', () => {
    expect(kortAf('  hulp bij\n\nhet   huishouden ')).toBe('hulp bij het huishouden');
  });

  it('cuts long text at a word boundary, within the limit, with an ellipsis', () => {
    const lang = 'woord '.repeat(100);
    const kort = kortAf(lang);
    expect(kort.length).toBeLessThanOrEqual(HULPVRAAG_CITAAT_MAX);
    expect(kort).toMatch(/woord…$/);
  });
});

describe('ontvangstbevestigingBrief', () => {
  it('addresses the resident (gender unknown) with a PostNL address block', () => {
    const brief = ontvangstbevestigingBrief(invoer);
    expect(brief.aanhef).toBe('Geachte heer/mevrouw Van der Berg,');
    expect(brief.geadresseerde).toEqual({
      naam: 'J.M. van der Berg',
      regels: ['Proefstraat 12A', '7411 AB  DEVENTER'],
    });
    expect(brief.kenmerk).toBe('M-000123');
    expect(brief.datum).toBe('2026-11-11');
    expect(brief.ondertekening).toEqual({ naam: 'Team Toegang', functie: 'Gemeente Deventer' });
  });

  it('leaves the address block empty without a complete address', () => {
    const brief = ontvangstbevestigingBrief({
      ...invoer,
      persoon: { achternaam: 'Yilmaz', woonplaats: 'Deventer' },
    });
    expect(brief.geadresseerde).toEqual({ naam: 'Yilmaz', regels: [] });
    expect(brief.aanhef).toBe('Geachte heer/mevrouw Yilmaz,');
  });

  it('without a contactpersoon, says that a medewerker will call', () => {
    const tekst = alleTekst(ontvangstbevestigingBrief({ ...invoer, contactpersoon: null }));
    expect(tekst).toContain('Een medewerker van de gemeente neemt contact met u op');
    expect(tekst).not.toContain('contactpersoon');
  });

  it('quotes at most 300 characters of the hulpvraag', () => {
    const hulpvraag = `${'Ik heb hulp nodig bij het huishouden en de boodschappen. '.repeat(40)}STAARTVANDEVRAAG`;
    const brief = ontvangstbevestigingBrief({ ...invoer, melding: { ...invoer.melding, hulpvraag } });
    const citaat = /“(.*)”/.exec(alleTekst(brief))?.[1] ?? '';
    expect(citaat.length).toBeGreaterThan(250);
    expect(citaat.length).toBeLessThanOrEqual(300);
    expect(citaat.endsWith('…')).toBe(true);
  });

  it('rejects invalid dates', () => {
    expect(() =>
      ontvangstbevestigingBrief({
        ...invoer,
        termijnen: { ...invoer.termijnen, onderzoekUiterlijk: '22-12-2026' },
      }),
    ).toThrow(RangeError);
  });
});

describe('ontvangstbevestiging as PDF', () => {
  it('says everything Wmo 2015 art. 2.3.2 asks for', async () => {
    const pdf = await renderBrief(ontvangstbevestigingBrief(invoer));
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdfInfo(pdf).Title).toBe('Wij hebben uw melding ontvangen');

    const tekst = plat(pdfText(pdf));
    for (const deel of [
      'Gemeente Deventer',
      'J.M. van der Berg',
      '7411 AB DEVENTER',
      '11 november 2026', // briefdatum
      'M-000123',
      'Geachte heer/mevrouw Van der Berg,',
      'Op 10 november 2026 hebben wij uw melding ontvangen',
      'de trap niet meer op',
      'keukentafelgesprek',
      'Uw contactpersoon bij de gemeente is Sanne de Boer',
      'Wij ronden het onderzoek uiterlijk af op 22 december 2026',
      'Gratis cliëntondersteuning',
      'cliëntondersteuner',
      'onafhankelijk',
      'gratis',
      'persoonlijk plan',
      'uiterlijk 17 november 2026',
      'Bel ons op 14 0570',
      'www.deventer.nl',
      'privacyverklaring',
      'Team Toegang',
      'Pagina 1 van',
    ]) {
      expect(tekst).toContain(deel);
    }
    expect(tekst).not.toContain('snel hulp nodig');
    expect(tekst).not.toContain('2.3.3');
  });

  it('adds the spoed paragraph only when the melding is urgent', async () => {
    const pdf = await renderBrief(
      ontvangstbevestigingBrief({ ...invoer, melding: { ...invoer.melding, spoed: true } }),
    );
    const tekst = plat(pdfText(pdf));
    expect(tekst).toContain('U heeft snel hulp nodig');
    expect(tekst).toContain('artikel 2.3.3');
  });

  it('truncates a very long hulpvraag in the letter', async () => {
    const hulpvraag = `${'Ik heb hulp nodig bij het huishouden en de boodschappen. '.repeat(40)}STAARTVANDEVRAAG`;
    const pdf = await renderBrief(
      ontvangstbevestigingBrief({ ...invoer, melding: { ...invoer.melding, hulpvraag } }),
    );
    const tekst = plat(pdfText(pdf));
    expect(tekst).toContain('U schreef ons: “Ik heb hulp nodig');
    expect(tekst).toContain('…”');
    expect(tekst).not.toContain('STAARTVANDEVRAAG');
  });
});

describe('aanhef en cliëntondersteuning (issue 15, punt 9)', () => {
  it.each([
    ['vrouw', 'Geachte mevrouw Van der Berg,'],
    ['man', 'Geachte heer Van der Berg,'],
    ['onbekend', 'Geachte heer/mevrouw Van der Berg,'],
    ['anders', 'Geachte J.M. van der Berg,'],
  ])('geslacht %s → %s', (geslacht, aanhef) => {
    expect(ontvangstbevestigingBrief({ ...invoer, persoon: { ...invoer.persoon, geslacht } }).aanhef).toBe(
      aanhef,
    );
  });

  it('biedt geen cliëntondersteuning aan die al is geaccepteerd', () => {
    const brief = ontvangstbevestigingBrief({
      ...invoer,
      melding: { ...invoer.melding, clientondersteuningGeaccepteerd: true },
    });
    const tekst = plat(alleTekst(brief));
    expect(tekst).not.toContain('Wilt u dit?');
    expect(tekst).toContain(
      'U heeft gezegd dat u hulp wilt van een gratis, onafhankelijke cliëntondersteuner',
    );
    expect(plat(alleTekst(ontvangstbevestigingBrief(invoer)))).toContain('Wilt u dit?');
  });
});
