import { describe, expect, it } from 'vitest';
import {
  type LichteHerindicatieInvoer,
  lichteHerindicatieBevindingen,
  type TeHerindicerenVoorziening,
  wijzigingBevindingen,
} from './herziening.ts';

const codes = (b: { code: string; veld: string }[]) => b.map((x) => `${x.veld}:${x.code}`);

describe('wijziging van een beschikking (Wmo 2.3.10)', () => {
  const oud = [{ ingangsdatum: '2026-01-01', einddatum: '2026-12-31' }];
  it.each<[string, string, { besluit: 'toekenning' | 'afwijzing'; ingangsdatum?: string }[], string[]]>([
    ['per midden in de periode', '2026-07-01', [{ besluit: 'toekenning', ingangsdatum: '2026-07-01' }], []],
    ['per op de laatste dag', '2026-12-31', [{ besluit: 'toekenning', ingangsdatum: '2026-12-31' }], []],
    [
      'per na de einddatum',
      '2027-01-01',
      [{ besluit: 'toekenning', ingangsdatum: '2027-01-01' }],
      ['per:niets-te-wijzigen'],
    ],
    [
      'per op de ingangsdatum',
      '2026-01-01',
      [{ besluit: 'toekenning', ingangsdatum: '2026-01-01' }],
      ['per:voor-ingang'],
    ],
    [
      'per vóór de ingangsdatum',
      '2025-12-01',
      [{ besluit: 'toekenning', ingangsdatum: '2026-01-01' }],
      ['per:voor-ingang'],
    ],
    [
      'nieuwe voorziening begint vóór de wijziging',
      '2026-07-01',
      [{ besluit: 'toekenning', ingangsdatum: '2026-06-30' }],
      ['voorzieningen.0.ingangsdatum:voor-wijziging'],
    ],
    ['een afwijzing heeft geen ingangsdatum nodig', '2026-07-01', [{ besluit: 'afwijzing' }], []],
  ])('%s', (_naam, per, nieuw, verwacht) => {
    expect(codes(wijzigingBevindingen(per, oud, nieuw))).toEqual(verwacht);
  });

  it('een open einde loopt altijd door', () => {
    expect(wijzigingBevindingen('2030-01-01', [{ ingangsdatum: '2026-01-01', einddatum: null }], [])).toEqual(
      [],
    );
  });
  it('een al beëindigde en een lopende voorziening: de lopende telt', () => {
    const twee = [
      { ingangsdatum: '2026-01-01', einddatum: '2026-03-31' },
      { ingangsdatum: '2026-05-01', einddatum: '2026-12-31' },
    ];
    expect(codes(wijzigingBevindingen('2026-06-01', twee, []))).toEqual([]);
    expect(codes(wijzigingBevindingen('2026-04-15', twee, []))).toEqual(['per:voor-ingang']);
  });
});

describe('lichte herindicatie', () => {
  const vandaag = '2026-11-25';
  const v: TeHerindicerenVoorziening = {
    besluit: 'toekenning',
    ingangsdatum: '2025-01-01',
    einddatum: '2026-12-31',
    beeindigdOp: null,
    alVervolgd: false,
  };
  const invoer: LichteHerindicatieInvoer = {
    contactOp: '2026-11-20',
    ongewijzigd: { gezondheid: true, woonsituatie: true, netwerk: true, ondersteuningsbehoefte: true },
    ingangsdatum: '2027-01-01',
    einddatum: '2028-12-31',
    herindicatiedatum: '2028-10-01',
  };

  it('niets veranderd, aansluitende periode: in orde', () => {
    expect(lichteHerindicatieBevindingen(v, invoer, vandaag)).toEqual([]);
  });

  it.each<[string, Partial<TeHerindicerenVoorziening>, Partial<LichteHerindicatieInvoer>, string[]]>([
    ['afwijzing', { besluit: 'afwijzing' }, {}, ['voorzieningId:geen-toekenning']],
    ['al voortgezet', { alVervolgd: true }, {}, ['voorzieningId:al-geherindiceerd']],
    ['eerder beëindigd', { beeindigdOp: '2026-06-30' }, {}, ['voorzieningId:beeindigd']],
    ['zonder einddatum', { einddatum: null }, {}, ['voorzieningId:geen-einddatum']],
    [
      'gezondheid veranderd',
      {},
      { ongewijzigd: { gezondheid: false, woonsituatie: true, netwerk: true, ondersteuningsbehoefte: true } },
      ['ongewijzigd.gezondheid:veranderd'],
    ],
    ['gesprek in de toekomst', {}, { contactOp: '2026-11-26' }, ['contactOp:in-toekomst']],
    ['gesprek precies 91 dagen geleden', {}, { contactOp: '2026-08-26' }, []],
    ['gesprek 92 dagen geleden', {}, { contactOp: '2026-08-25' }, ['contactOp:te-oud']],
    ['gat tussen de periodes', {}, { ingangsdatum: '2027-01-02' }, ['ingangsdatum:geen-aansluiting']],
    ['overlap met de oude periode', {}, { ingangsdatum: '2026-12-31' }, ['ingangsdatum:geen-aansluiting']],
    [
      'einddatum vóór ingang',
      {},
      { einddatum: '2026-12-31', herindicatiedatum: null },
      ['einddatum:voor-ingang'],
    ],
    [
      'herindicatiedatum buiten de periode',
      {},
      { herindicatiedatum: '2029-01-01' },
      ['herindicatiedatum:buiten-periode'],
    ],
    [
      'schrikkeljaar: aansluiting na 29 februari',
      { einddatum: '2028-02-29' },
      { ingangsdatum: '2028-03-01', einddatum: '2029-02-28', herindicatiedatum: null },
      [],
    ],
  ])('%s', (_naam, vWijz, iWijz, verwacht) => {
    expect(
      codes(lichteHerindicatieBevindingen({ ...v, ...vWijz }, { ...invoer, ...iWijz }, vandaag)),
    ).toEqual(verwacht);
  });
});
