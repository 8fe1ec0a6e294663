import { describe, expect, it } from 'vitest';
import { regelcheckBatch, xmllintValideerBatch } from '../../../tests/support/iwmo.ts';
import { beschrijf } from '../../../tests/support/wmo301.ts';
import { maakTestBsnGenerator } from '../bsn/bsn.ts';
import { mulberry32 } from '../bsn/prng.ts';
import { genereerWmo301Input } from './genereer.ts';
import { bouwWmo301 } from './wmo301.ts';
import { groepeerToewijzingen, type ToewijzingVoorGroepering } from './wmo301-regels.ts';
import type { Wmo301Toewijzing } from './wmo301-typen.ts';

describe('groepeerToewijzingen (OP087)', () => {
  const t = (nummer: number, ingangsdatum: string, einddatum?: string): Wmo301Toewijzing => ({
    toewijzingNummer: nummer,
    product: { categorie: '01', code: '01A01' },
    toewijzingsdatum: '2025-03-01',
    toewijzingstijd: '09:00:00',
    ingangsdatum,
    ...(einddatum ? { einddatum } : {}),
    omvang: { volume: 2, eenheid: '04', frequentie: '4' },
  });

  it('maakt één groep per cliënt en aanbieder met alle actuele toewijzingen', () => {
    const items: ToewijzingVoorGroepering[] = [
      { bsn: '999993653', aanbiederAgbCode: '11111111', toewijzing: t(3, '2025-05-01') },
      { bsn: '999993653', aanbiederAgbCode: '22222222', toewijzing: t(4, '2025-01-01', '2025-12-31') },
      { bsn: '999993653', aanbiederAgbCode: '11111111', toewijzing: t(1, '2024-01-01', '2024-12-31') }, // afgelopen
      {
        bsn: '999993653',
        aanbiederAgbCode: '11111111',
        toewijzing: t(2, '2025-01-01', '2025-04-30'),
        gewijzigd: true,
      },
      { bsn: '999990019', aanbiederAgbCode: '11111111', toewijzing: t(5, '2023-01-01', '2023-12-31') }, // alleen afgelopen
    ];
    const groepen = groepeerToewijzingen(items, '2025-03-14');
    expect(
      groepen.map((g) => ({
        bsn: g.bsn,
        aanbieder: g.aanbiederAgbCode,
        nummers: g.toewijzingen.map((x) => x.toewijzingNummer),
        wijziging: g.bevatWijziging,
      })),
    ).toEqual([
      { bsn: '999993653', aanbieder: '11111111', nummers: [2, 3], wijziging: true },
      { bsn: '999993653', aanbieder: '22222222', nummers: [4], wijziging: false },
    ]);
  });

  it('neemt een gewijzigde, al afgelopen of verwijderde toewijzing nog één keer mee', () => {
    const verwijderd = { ...t(7, '2025-02-01', '2025-02-01'), redenWijziging: '13' as const };
    const groepen = groepeerToewijzingen(
      [
        { bsn: '999993653', aanbiederAgbCode: '11111111', toewijzing: verwijderd, gewijzigd: true },
        { bsn: '999993653', aanbiederAgbCode: '11111111', toewijzing: t(8, '2025-02-01') },
      ],
      '2025-03-14',
    );
    expect(groepen[0]!.toewijzingen.map((x) => x.toewijzingNummer)).toEqual([7, 8]);
  });

  it('weigert een toewijzingnummer dat twee keer voorkomt (TR332)', () => {
    expect(() =>
      groepeerToewijzingen(
        [
          { bsn: '999993653', aanbiederAgbCode: '11111111', toewijzing: t(1, '2025-01-01') },
          { bsn: '999990019', aanbiederAgbCode: '11111111', toewijzing: t(1, '2025-01-01') },
        ],
        '2025-03-14',
      ),
    ).toThrow(/TR332/);
  });

  it('levert groepen waarvan de berichten door de controles komen', () => {
    const rng = mulberry32(87);
    const bsn = maakTestBsnGenerator(rng);
    const items: ToewijzingVoorGroepering[] = [];
    const clienten = Array.from({ length: 4 }, (_, i) => genereerWmo301Input(rng, { bsn, volgnummer: i }));
    let nummer = 1;
    for (const c of clienten) {
      for (const [k, toewijzing] of c.toewijzingen.entries()) {
        items.push({
          bsn: c.client.bsn,
          aanbiederAgbCode: k % 2 === 0 ? '11111111' : '22222222',
          toewijzing: { ...toewijzing, toewijzingNummer: nummer++ },
          gewijzigd: true,
        });
      }
    }
    const groepen = groepeerToewijzingen(items, '2025-01-01');
    expect(groepen.length).toBeGreaterThan(clienten.length);
    const xmls = groepen.map((g, i) => {
      const client = clienten.find((c) => c.client.bsn === g.bsn)!;
      const dagtekening = client.header.berichtIdentificatie.dagtekening;
      return bouwWmo301({
        header: {
          gemeentecode: '0150',
          aanbiederAgbCode: g.aanbiederAgbCode,
          berichtIdentificatie: { identificatie: `G-${i}`, dagtekening },
        },
        client: client.client,
        toewijzingen: g.toewijzingen,
      });
    });
    const xsd = xmllintValideerBatch(xmls);
    const regels = regelcheckBatch(xmls);
    expect(xmls.map((_, i) => beschrijf(xsd[i]!, regels[i]!)).filter(Boolean)).toEqual([]);
  });
});
