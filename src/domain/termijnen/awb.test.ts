import { describe, expect, it } from 'vitest';
import {
  beschikkingUiterlijkMetOpschorting,
  bezwaarBeslissingUiterlijk,
  bezwaarTijdigheid,
  controleerOpschorting,
  DWANGSOM_MAXIMUM_CENT,
  dwangsomBedragCent,
  dwangsomStand,
  dwangsomVanaf,
  dwangsomVaststellingUiterlijk,
  ingebrekestellingVoortijdig,
  klachtAfhandelingUiterlijk,
  type Opschorting,
} from './awb.ts';
import { TermijnFout } from './datum.ts';
import { STANDAARD_KALENDER as K } from './kalender.ts';

// Every expected date below was counted by hand (weekday and holiday noted); 2026: Goede Vrijdag
// 3 april, Paasmaandag 6 april, Koningsdag ma 27 april, Kerst vr 25 / za 26 december; 2027:
// Paasmaandag 29 maart, Koningsdag di 27 april.

describe('opschorting van de beslistermijn (Awb 4:15, Wmo 2.3.5 lid 2)', () => {
  const o = (van: string, tot: string): Opschorting => ({ van, tot });
  it.each([
    ['zonder opschorting: ma 1 juni + 14 = ma 15 juni', '2026-06-01', [], '2026-06-15'],
    [
      '7 dagen (3 → 10 juni) schuift precies 7 dagen: ma 22 juni',
      '2026-06-01',
      [o('2026-06-03', '2026-06-10')],
      '2026-06-22',
    ],
    [
      'twee perioden (3 + 4 dagen) tellen op: ma 22 juni',
      '2026-06-01',
      [o('2026-06-03', '2026-06-06'), o('2026-06-08', '2026-06-12')],
      '2026-06-22',
    ],
    [
      'Pasen zonder opschorting: vr 20 maart + 14 = Goede Vrijdag 3 april → di 7 april',
      '2026-03-20',
      [],
      '2026-04-07',
    ],
    [
      'Pasen, 1 dag: za 4 april → zo, Paasmaandag → di 7 april',
      '2026-03-20',
      [o('2026-03-23', '2026-03-24')],
      '2026-04-07',
    ],
    ['Pasen, 4 dagen: di 7 april (werkdag)', '2026-03-20', [o('2026-03-23', '2026-03-27')], '2026-04-07'],
    ['Pasen, 5 dagen: wo 8 april', '2026-03-20', [o('2026-03-23', '2026-03-28')], '2026-04-08'],
    ['Koningsdag: ma 13 april + 14 = ma 27 april → di 28 april', '2026-04-13', [], '2026-04-28'],
    ['Kerst: vr 11 dec + 14 = vr 25 dec → ma 28 dec', '2026-12-11', [], '2026-12-28'],
    ['Kerst, 2 dagen: zo 27 dec → ma 28 dec', '2026-12-09', [o('2026-12-10', '2026-12-12')], '2026-12-28'],
  ] as const)('%s', (_, aanvraagdatum, opschortingen, verwacht) => {
    expect(beschikkingUiterlijkMetOpschorting(aanvraagdatum, opschortingen, K)).toBe(verwacht);
  });

  it.each([
    ['eindigt vóór begin', o('2026-06-10', '2026-06-05'), [], 'eindigt-voor-begin'],
    ['eindigt op begin (nul dagen)', o('2026-06-10', '2026-06-10'), [], 'eindigt-voor-begin'],
    ['begint op de aanvraagdatum', o('2026-06-01', '2026-06-05'), [], 'voor-aanvraag'],
    ['begint na de termijn', o('2026-06-16', '2026-06-20'), [], 'na-termijn'],
    ['begint op de laatste dag', o('2026-06-15', '2026-06-20'), [], null],
    ['overlapt een andere', o('2026-06-05', '2026-06-09'), [o('2026-06-03', '2026-06-06')], 'overlapt'],
    ['valt binnen een andere', o('2026-06-04', '2026-06-05'), [o('2026-06-03', '2026-06-06')], 'overlapt'],
    ['sluit aan op een andere', o('2026-06-06', '2026-06-09'), [o('2026-06-03', '2026-06-06')], null],
  ] as const)('controle: %s → %s', (_, nieuw, bestaand, fout) => {
    expect(controleerOpschorting(nieuw, bestaand, '2026-06-01', '2026-06-15')).toBe(fout);
  });
});

describe('dwangsom bij niet tijdig beslissen (Awb 4:17, 4:18)', () => {
  it.each([
    [
      'ingebrekestelling na de termijn: za 20 juni + 15 = zo 5 juli',
      '2026-06-15',
      '2026-06-20',
      '2026-07-05',
    ],
    ['op de dag na de termijn: di 16 juni + 15 = mi 1 juli', '2026-06-15', '2026-06-16', '2026-07-01'],
    [
      'voortijdig: telt vanaf het einde van de termijn, ma 15 juni + 15',
      '2026-06-15',
      '2026-06-10',
      '2026-06-30',
    ],
    [
      'geen Atw op de twee weken (Kerst): vr 11 dec + 15 = za 26 dec',
      '2026-12-01',
      '2026-12-11',
      '2026-12-26',
    ],
  ] as const)('vanaf (lid 3): %s', (_, uiterlijk, ontvangen, verwacht) => {
    expect(dwangsomVanaf(uiterlijk, ontvangen)).toBe(verwacht);
  });

  it('voortijdig when received on or before the last day of the term', () => {
    expect(ingebrekestellingVoortijdig('2026-06-15', '2026-06-15')).toBe(true);
    expect(ingebrekestellingVoortijdig('2026-06-15', '2026-06-16')).toBe(false);
  });

  it.each([
    [0, 0],
    [1, 2300], // € 23
    [14, 32200], // 14 × € 23 = € 322
    [15, 35700], // + € 35
    [28, 81200], // € 322 + 14 × € 35 = € 812
    [29, 85700], // + € 45
    [42, 144200], // € 812 + 14 × € 45 = € 1.442
    [43, 144200], // max 42 dagen (lid 1)
    [1000, 144200],
  ] as const)('bedrag (lid 1–2) na %i dagen: %i cent', (dagen, cent) => {
    expect(dwangsomBedragCent(dagen)).toBe(cent);
  });

  it('maximum is € 1.442', () => expect(DWANGSOM_MAXIMUM_CENT).toBe(144200));
  it('refuses a negative number of days', () => expect(() => dwangsomBedragCent(-1)).toThrow(TermijnFout));

  it.each([
    ['dag vóór vanaf', '2026-07-04', null, 0, 0, null, false],
    ['eerste dag', '2026-07-05', null, 1, 2300, '2026-07-05', false],
    ['dag 14', '2026-07-18', null, 14, 32200, '2026-07-18', false],
    ['dag 42 (vanaf + 41)', '2026-08-15', null, 42, 144200, '2026-08-15', true],
    ['ruim na dag 42', '2026-09-30', null, 42, 144200, '2026-08-15', true],
    ['beschikking op 10 juli: dagen 5–9 juli', '2026-07-20', '2026-07-10', 5, 11500, '2026-07-09', true],
    ['beschikking vóór vanaf: niets', '2026-07-20', '2026-07-01', 0, 0, null, true],
    [
      'beschikking later dan peildatum telt nog niet',
      '2026-07-06',
      '2026-07-10',
      2,
      4600,
      '2026-07-06',
      false,
    ],
  ] as const)('stand op peildatum: %s', (_, peildatum, besluit, dagen, cent, laatste, afgelopen) => {
    expect(dwangsomStand('2026-07-05', peildatum, besluit)).toEqual({
      vanaf: '2026-07-05',
      dagen,
      bedragCent: cent,
      laatsteDag: laatste,
      afgelopen,
    });
  });

  it.each([
    ['vr 11 dec + 14 = Kerst vr 25 dec → ma 28 dec', '2026-12-11', '2026-12-28'],
    ['ma 1 juni + 14 = ma 15 juni', '2026-06-01', '2026-06-15'],
  ] as const)('vaststelling binnen twee weken (4:18, Atw): %s', (_, laatste, verwacht) => {
    expect(dwangsomVaststellingUiterlijk(laatste, K)).toBe(verwacht);
  });
});

describe('bezwaar: tijdig (Awb 6:9) en beslistermijn (Awb 7:10)', () => {
  // Bekendmaking ma 1 juni 2026: bezwaartermijn tot en met ma 13 juli (6:7, 6:8).
  it.each([
    ['ontvangen op de laatste dag', { ontvangstdatum: '2026-07-13' }, 'tijdig'],
    ['ontvangen de dag erna, niet per post', { ontvangstdatum: '2026-07-14' }, 'te-laat'],
    [
      'op tijd gepost, binnen een week ontvangen',
      { ontvangstdatum: '2026-07-20', postdatum: '2026-07-13' },
      'tijdig-per-post',
    ],
    [
      'op tijd gepost, na een week ontvangen',
      { ontvangstdatum: '2026-07-21', postdatum: '2026-07-13' },
      'te-laat',
    ],
    ['te laat gepost', { ontvangstdatum: '2026-07-15', postdatum: '2026-07-14' }, 'te-laat'],
  ] as const)('%s → %s', (_, ontvangst, verwacht) => {
    expect(bezwaarTijdigheid('2026-07-13', ontvangst, K)).toBe(verwacht);
  });

  it('the week of 6:9 lid 2 is lengthened by the Atw (Koningsdag)', () => {
    // Termijn tot ma 20 april 2026; + 7 = ma 27 april (Koningsdag) → di 28 april.
    expect(
      bezwaarTijdigheid('2026-04-20', { ontvangstdatum: '2026-04-28', postdatum: '2026-04-20' }, K),
    ).toBe('tijdig-per-post');
    expect(
      bezwaarTijdigheid('2026-04-20', { ontvangstdatum: '2026-04-29', postdatum: '2026-04-20' }, K),
    ).toBe('te-laat');
  });

  it.each([
    ['6 weken na ma 13 juli: ma 24 augustus', '2026-06-01', false, false, 0, '2026-08-24'],
    ['12 weken met adviescommissie (7:13): ma 5 oktober', '2026-06-01', true, false, 0, '2026-10-05'],
    ['6 + 6 met verdaging (lid 3): ma 5 oktober', '2026-06-01', false, true, 0, '2026-10-05'],
    ['12 + 6: ma 16 november', '2026-06-01', true, true, 0, '2026-11-16'],
    ['uitstel met instemming, 14 dagen (lid 4): ma 19 oktober', '2026-06-01', false, true, 14, '2026-10-19'],
    // Bekendmaking vr 2 okt: bezwaartermijn tot vr 13 nov; + 42 = vr 25 dec (Kerst) → ma 28 dec.
    ['Kerst: vr 25 december → ma 28 december', '2026-10-02', false, false, 0, '2026-12-28'],
    // Bekendmaking vr 20 feb 2026: bezwaartermijn tot vr 3 april (Goede Vrijdag) → di 7 april;
    // + 42 = di 19 mei.
    [
      'Pasen verlengt de bezwaartermijn, dus ook de start: di 19 mei',
      '2026-02-20',
      false,
      false,
      0,
      '2026-05-19',
    ],
  ] as const)('%s', (_, bekendmaking, adviescommissie, verdaagd, uitstelDagen, verwacht) => {
    expect(bezwaarBeslissingUiterlijk({ bekendmaking, adviescommissie, verdaagd, uitstelDagen }, K)).toBe(
      verwacht,
    );
  });
});

describe('klachten: afhandeling (Awb 9:11)', () => {
  it.each([
    ['6 weken: ma 1 juni → ma 13 juli', '2026-06-01', false, false, '2026-07-13'],
    ['10 weken met klachtadviescommissie (9:14): ma 10 augustus', '2026-06-01', true, false, '2026-08-10'],
    ['6 + 4 met verdaging (lid 2): ma 10 augustus', '2026-06-01', false, true, '2026-08-10'],
    ['10 + 4: ma 7 september', '2026-06-01', true, true, '2026-09-07'],
    [
      'Pasen: ma 15 feb 2027 + 42 = Paasmaandag 29 maart → di 30 maart',
      '2027-02-15',
      false,
      false,
      '2027-03-30',
    ],
    [
      'Koningsdag: di 16 maart 2027 + 42 = di 27 april → wo 28 april',
      '2027-03-16',
      false,
      false,
      '2027-04-28',
    ],
    ['Kerst: vr 13 nov 2026 + 42 = vr 25 dec → ma 28 dec', '2026-11-13', false, false, '2026-12-28'],
  ] as const)('%s', (_, ontvangst, commissie, verdaagd, verwacht) => {
    expect(klachtAfhandelingUiterlijk(ontvangst, commissie, verdaagd, K)).toBe(verwacht);
  });
});
