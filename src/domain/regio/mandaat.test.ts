import { describe, expect, it } from 'vitest';
import { geldigMandaat, isBwMo, type Mandaat, ondertekeningOnderMandaat, overlappen } from './mandaat.ts';

const basis: Mandaat = {
  id: 'm1',
  gemeenteCode: '0177',
  teamId: 'regio',
  besluiten: ['intake', 'onderzoek', 'beschikking', 'intrekking'],
  productcategorieen: ['15', '16', '17', '18'],
  geldigVan: '2023-01-01',
  geldigTot: '2026-12-31',
  besluitReferentie: 'het Mandaatbesluit regionale toegang BW/MO Raalte 2023',
  ondertekening: 'het hoofd van Team Publiekscontacten, regionale toegang',
};
const nieuw: Mandaat = {
  ...basis,
  id: 'm2',
  geldigVan: '2027-01-01',
  geldigTot: null,
  besluitReferentie: 'het Mandaatbesluit 2027',
};

describe('WMO020 beschermd wonen en opvang', () => {
  it.each([
    ['15', true],
    ['16', true],
    ['17', true],
    ['18', true],
    ['14', false],
    ['01', false],
    [null, false],
  ])('%s → %s', (c, bw) => expect(isBwMo(c)).toBe(bw));
});

describe('geldigMandaat (Awb 10:2: only within the mandate)', () => {
  const vraag = { gemeenteCode: '0177', besluit: 'beschikking' as const, categorieen: ['15'] };
  it.each([
    // [datum, verwacht mandaat-id]
    ['2022-12-31', null], // before the mandate
    ['2023-01-01', 'm1'], // first day
    ['2026-12-31', 'm1'], // last day
    ['2027-01-01', 'm2'], // the next decree
    ['2040-06-01', 'm2'], // open-ended
  ])('op %s → %s', (datum, id) => {
    expect(geldigMandaat([basis, nieuw], { ...vraag, datum })?.id ?? null).toBe(id);
  });

  it('needs the gemeente, the kind of decision, every category and the team', () => {
    const op = { ...vraag, datum: '2024-05-01' };
    expect(geldigMandaat([basis], { ...op, gemeenteCode: '0301' })).toBeNull();
    expect(geldigMandaat([{ ...basis, besluiten: ['intake'] }], op)).toBeNull();
    expect(geldigMandaat([{ ...basis, productcategorieen: ['16'] }], op)).toBeNull();
    expect(geldigMandaat([basis], { ...op, categorieen: ['15', '01'] })).toBeNull();
    expect(geldigMandaat([basis], { ...op, teamId: 'lokaal' })).toBeNull();
    expect(geldigMandaat([basis], { ...op, teamId: 'regio' })?.id).toBe('m1');
  });

  it('uses the most recent decree when two hold', () => {
    const ook = { ...basis, id: 'm3', geldigVan: '2024-01-01', besluitReferentie: 'wijziging 2024' };
    expect(geldigMandaat([basis, ook], { ...vraag, datum: '2024-05-01' })?.id).toBe('m3');
  });
});

describe('overlappen', () => {
  it.each([
    [{ geldigVan: '2027-01-01', geldigTot: null }, false],
    [{ geldigVan: '2026-12-31', geldigTot: null }, true],
    [{ geldigVan: '2020-01-01', geldigTot: '2022-12-31' }, false],
    [{ geldigVan: '2020-01-01', geldigTot: '2023-01-01' }, true],
  ])('%o → %s', (periode, verwacht) => {
    expect(overlappen(basis, { ...basis, ...periode })).toBe(verwacht);
  });
  it('does not overlap for another gemeente, team, kind of decision or category', () => {
    expect(overlappen(basis, { ...basis, gemeenteCode: '0301' })).toBe(false);
    expect(overlappen(basis, { ...basis, teamId: 'ander' })).toBe(false);
    expect(overlappen({ ...basis, besluiten: ['intake'] }, { ...basis, besluiten: ['beschikking'] })).toBe(
      false,
    );
    expect(
      overlappen({ ...basis, productcategorieen: ['15'] }, { ...basis, productcategorieen: ['16'] }),
    ).toBe(false);
  });
});

describe('ondertekeningOnderMandaat (Awb 10:10)', () => {
  it('names the mandaatgever and the decree', () => {
    expect(ondertekeningOnderMandaat(basis, 'Raalte')).toEqual({
      naam: 'Namens het college van burgemeester en wethouders van Raalte,',
      functie:
        'het hoofd van Team Publiekscontacten, regionale toegang, op grond van het Mandaatbesluit regionale toegang BW/MO Raalte 2023',
    });
  });
});
