import { describe, expect, it } from 'vitest';
import {
  codes,
  VERWACHT_305,
  VERWACHT_307,
  VERWACHT_315,
  VERWACHT_317,
  vervang,
  voorbeeld,
  WMO305,
  WMO307,
  WMO315,
  WMO317,
  WMO317_GECORRIGEERD,
} from '../../../tests/support/inkomend.ts';
import {
  controleerInkomendBericht,
  ontvangInkomendBericht,
} from '../../server/modules/iwmo/standaard-controle.ts';
import { herkenInkomendBericht, InkomendBerichtFout } from './herkenning.ts';
import { leesInkomendBericht } from './inkomend.ts';
import { leesWmo305, leesWmo307, leesWmo315, leesWmo317 } from './inkomend-lezers.ts';
import { IwmoLeesFout } from './structuur.ts';

describe('officiële voorbeeldberichten', () => {
  it('WMO305: XSD-geldig, nul Fouten, en gelezen met de waarden uit het bestand', () => {
    expect(controleerInkomendBericht(WMO305)).toEqual({ berichtcode: 'WMO305', geldig: true, fouten: [] });
    expect(leesWmo305(WMO305)).toEqual(VERWACHT_305);
  });

  it('WMO307: XSD-geldig, nul Fouten, en gelezen met de waarden uit het bestand', () => {
    expect(controleerInkomendBericht(WMO307)).toEqual({ berichtcode: 'WMO307', geldig: true, fouten: [] });
    expect(leesWmo307(WMO307)).toEqual(VERWACHT_307);
  });

  it('WMO315: XSD-geldig, nul Fouten, en gelezen met de waarden uit het bestand', () => {
    expect(controleerInkomendBericht(WMO315)).toEqual({ berichtcode: 'WMO315', geldig: true, fouten: [] });
    expect(leesWmo315(WMO315)).toEqual(VERWACHT_315);
  });

  it('WMO317: XSD-geldig maar het voorbeeld zelf breekt TR380; gecorrigeerd nul Fouten', () => {
    // The official example has GewensteIngangsdatum = Dagtekening (2023-04-02) in its NieuwProduct;
    // TR380 asks for a date AFTER the dagtekening. The standard's own checker says so:
    const r = controleerInkomendBericht(WMO317);
    expect(r.berichtcode).toBe('WMO317');
    expect(r.geldig).toBe(false);
    expect(r.fouten).toEqual([
      {
        code: 'TR380',
        bron: 'regel',
        melding:
          'Vullen met een datum die groter is dan de dagtekening van het bericht. (/Bericht/Header/BerichtIdentificatie/Dagtekening, /Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/GewensteIngangsdatum)',
        locaties: [
          '/Bericht/Header/BerichtIdentificatie/Dagtekening',
          '/Bericht/Client/Verzoek/NieuweProducten/NieuwProduct/GewensteIngangsdatum',
        ],
      },
    ]);
    expect(leesWmo317(WMO317)).toEqual(VERWACHT_317);

    expect(controleerInkomendBericht(WMO317_GECORRIGEERD)).toEqual({
      berichtcode: 'WMO317',
      geldig: true,
      fouten: [],
    });
    const gelezen = leesWmo317(WMO317_GECORRIGEERD);
    expect(gelezen.verzoek.nieuweProducten[0]!.gewensteIngangsdatum).toBe('2023-04-03');
  });

  it('herkent de soort aan de BerichtCode en leest via leesInkomendBericht', () => {
    expect([WMO305, WMO307, WMO315, WMO317].map(herkenInkomendBericht)).toEqual([
      'WMO305',
      'WMO307',
      'WMO315',
      'WMO317',
    ]);
    expect(leesInkomendBericht(WMO315)).toEqual(VERWACHT_315);
  });

  it('ontvangInkomendBericht: eerst controleren, dan lezen — alleen een goedgekeurd bericht wordt gelezen', () => {
    expect(ontvangInkomendBericht(WMO305).bericht).toEqual(VERWACHT_305);
    const afgekeurd = ontvangInkomendBericht(WMO317);
    expect(afgekeurd.bericht).toBeUndefined();
    expect(codes(afgekeurd.controle)).toEqual(['regel:TR380']);
  });
});

describe('berichten van een onbekende of verkeerde soort worden duidelijk geweigerd', () => {
  const weigering = (xml: string) => {
    try {
      controleerInkomendBericht(xml, { uitvoerder: () => expect.fail('geen hulpprogramma aanroepen') });
    } catch (e) {
      expect(e).toBeInstanceOf(InkomendBerichtFout);
      return { code: (e as InkomendBerichtFout).code, melding: (e as Error).message };
    }
    throw new Error('niet geweigerd');
  };

  it('een WMO301 of WMO319 (van gemeente aan aanbieder) is geen inkomend bericht', () => {
    expect(weigering(voorbeeld('WMO301'))).toEqual({
      code: 'onbekende-berichtsoort',
      melding:
        'Onbekende of niet ondersteunde berichtsoort (BerichtCode 414 (WMO301)); verwacht WMO305 (418), WMO307 (420), WMO315 (444) of WMO317 (480). WMO301 is een bericht van de gemeente aan de aanbieder, geen bericht van een aanbieder.',
    });
    expect(weigering(voorbeeld('WMO319')).melding).toContain('BerichtCode 482 (WMO319)');
    expect(weigering(voorbeeld('WMO323')).melding).toContain('BerichtCode 484 (WMO323)');
  });

  it('een onbekende BerichtCode, een ander root-element of een andere standaard', () => {
    expect(
      weigering(vervang(WMO305, '<wmo305:BerichtCode>418', '<wmo305:BerichtCode>999')).melding,
    ).toContain('BerichtCode "999"');
    expect(weigering('<?xml version="1.0"?><factuur/>')).toEqual({
      code: 'onbekende-berichtsoort',
      melding:
        'Geen iWmo 3.2-bericht: het root-element is {}factuur; verwacht WMO305 (418), WMO307 (420), WMO315 (444) of WMO317 (480).',
    });
    const ijw = WMO305.replaceAll('iwmo/3_2/wmo305', 'ijw/3_2/jw305');
    expect(weigering(ijw).code).toBe('onbekende-berichtsoort');
    expect(() => leesInkomendBericht(ijw)).toThrow(InkomendBerichtFout);
  });

  it('geen XML, een DTD (XXE) of een andere tekencodering → onleesbaar, zonder dat een hulpprogramma het ziet', () => {
    expect(weigering('dit is geen xml').code).toBe('onleesbaar');
    const xxe = WMO305.replace(
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE b [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    );
    expect(weigering(xxe)).toEqual({
      code: 'onleesbaar',
      melding:
        'Het bericht is geen leesbare XML: Een DOCTYPE (DTD) is niet toegestaan in een iWmo-bericht (regel 2, kolom 1)',
    });
    const latin1 = vervang(WMO305, 'encoding="UTF-8"', 'encoding="ISO-8859-1"');
    expect(weigering(latin1).melding).toContain('Tekencodering ISO-8859-1 wordt niet ondersteund');
  });

  it('een leesfunctie voor de ene soort weigert een bericht van een andere soort', () => {
    expect(() => leesWmo305(WMO307)).toThrow(
      '/Bericht: geen WMO305-bericht: verwacht {http://www.istandaarden.nl/iwmo/3_2/wmo305/schema}Bericht',
    );
    expect(() => leesWmo317(WMO315)).toThrow(IwmoLeesFout);
  });
});
