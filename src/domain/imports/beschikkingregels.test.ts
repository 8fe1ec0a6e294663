import { describe, expect, it } from 'vitest';
import {
  controleerSamenhang,
  type ImportContext,
  type ImportRegel,
  leesClientId,
  leesDatum,
  leesKop,
  leesPostcode,
  leesRegel,
} from './beschikkingregels.ts';

const CTX: ImportContext = {
  vandaag: '2026-06-01',
  wijkOpCode: (c) => ({ A: 'wijk-a', B: 'wijk-b' })[c] ?? null,
  wijkOpPostcode: (p) => (p.startsWith('7411') ? 'wijk-a' : null),
  aanbiederOpAgb: (agb) => (agb === '75750001' ? 'aanbieder-1' : null),
  product: (cat, code) => (cat === '01' && code === '01A01' ? 'product-hbh' : null),
};

const KOLOMMEN = [
  'client_id',
  'geboortedatum',
  'postcode',
  'wijkcode',
  'productcategorie',
  'productcode',
  'leveringsvorm',
  'aanbieder_agb',
  'besluitdatum',
  'ingangsdatum',
  'einddatum',
];
const kop = (() => {
  const k = leesKop(KOLOMMEN);
  if ('fouten' in k) throw new Error('kop');
  return k.kop;
})();

const GOED = {
  client_id: '123456782',
  geboortedatum: '1940-05-01',
  postcode: '7411 AB',
  wijkcode: '',
  productcategorie: 'hulp bij het huishouden',
  productcode: '01A01',
  leveringsvorm: 'ZIN',
  aanbieder_agb: '75750001',
  besluitdatum: '01-03-2019',
  ingangsdatum: '2019-03-15',
  einddatum: '2021-03-14',
};
const rij = (over: Partial<typeof GOED> = {}) =>
  KOLOMMEN.map((k) => ({ ...GOED, ...over })[k as keyof typeof GOED]);

describe('leesKop', () => {
  it('accepts the columns in any order and case', () => {
    const k = leesKop([
      'Besluitdatum',
      ' CLIENT_ID',
      'geboortedatum',
      'postcode',
      'productcategorie',
      'leveringsvorm',
      'ingangsdatum',
    ]);
    expect('kop' in k && k.kop.get('client_id')).toBe(1);
  });

  it('names every missing, unknown, duplicate or empty column', () => {
    const k = leesKop(['client_id', 'client_id', 'bsn', '', 'postcode']);
    expect('fouten' in k && k.fouten.map((f) => `${f.code}:${f.kolom}`)).toEqual([
      'kolom-dubbel:client_id',
      'kolom-onbekend:bsn',
      'kolom-leeg:null',
      'kolom-ontbreekt:geboortedatum',
      'kolom-ontbreekt:productcategorie',
      'kolom-ontbreekt:leveringsvorm',
      'kolom-ontbreekt:besluitdatum',
      'kolom-ontbreekt:ingangsdatum',
    ]);
  });
});

describe('value readers', () => {
  it.each([
    ['2019-03-01', '2019-03-01'],
    ['1-3-2019', '2019-03-01'],
    ['01/03/2019', '2019-03-01'],
    ['29-02-2020', '2020-02-29'],
    ['29-02-2019', null],
    ['2019-13-01', null],
    ['2019-3-1', null],
    ['1899-12-31', null],
    ['gisteren', null],
  ])('leesDatum(%j) → %j', (w, d) => {
    expect(leesDatum(w)).toBe(d);
  });

  it.each([
    ['7411 ab', '7411AB'],
    ['7411AB', '7411AB'],
    ['0411AB', null],
    ['7411A', null],
  ])('leesPostcode(%j) → %j', (w, p) => {
    expect(leesPostcode(w)).toBe(p);
  });

  it.each([
    ['123456782', { bsn: '123456782' }],
    ['1234.56.782', { bsn: '123456782' }],
    ['10082426', { bsn: '010082426' }],
    ['K-1001', { bronSleutel: 'K-1001' }],
    ['4711', { bronSleutel: '4711' }],
  ])('leesClientId(%j)', (w, uit) => {
    expect(leesClientId(w)).toEqual(uit);
  });

  it.each([
    ['123456789', 'bsn-ongeldig'],
    ['12345678', 'bsn-ongeldig'],
    ['', 'client-id-ongeldig'],
    ['naam met spatie', 'client-id-ongeldig'],
  ])('leesClientId(%j) → %s', (w, code) => {
    expect(leesClientId(w)).toMatchObject({ code });
  });
});

describe('leesRegel', () => {
  it('reads a good row: BSN, wijk from postcode, product and aanbieder resolved, keys set', () => {
    const r = leesRegel(2, rij(), kop, CTX);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.regel).toMatchObject({
      regel: 2,
      bsn: '123456782',
      bronSleutel: null,
      persoonSleutel: 'b:123456782',
      postcode: '7411AB',
      wijkId: 'wijk-a',
      productcategorie: '01',
      productId: 'product-hbh',
      leveringsvorm: 'zin',
      aanbiederId: 'aanbieder-1',
      besluitdatum: '2019-03-01',
      einddatum: '2021-03-14',
      geslacht: 'onbekend',
    });
    expect(r.regel.beschikkingSleutel).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(r.regel.voorzieningSleutel).not.toBe(r.regel.beschikkingSleutel);
    // Keys hold no BSN.
    expect(r.regel.voorzieningSleutel).not.toContain('123456782');
  });

  it('an explicit wijkcode wins over the postcode; a WMO020 code works as category', () => {
    const r = leesRegel(2, rij({ wijkcode: 'b', productcategorie: '2', productcode: '' }), kop, CTX);
    expect(r.ok && [r.regel.wijkId, r.regel.productcategorie, r.regel.productId]).toEqual([
      'wijk-b',
      '02',
      null,
    ]);
  });

  it.each([
    [{ productcategorie: 'tuinonderhoud' }, 'productcategorie', 'categorie-onbekend'],
    [{ productcategorie: '' }, 'productcategorie', 'verplicht'],
    [{ einddatum: '2019-03-14' }, 'einddatum', 'voor-ingang'],
    [{ client_id: '123456789' }, 'client_id', 'bsn-ongeldig'],
    [{ geboortedatum: '31-02-1940' }, 'geboortedatum', 'datum-ongeldig'],
    [{ geboortedatum: '2030-01-01' }, 'geboortedatum', 'in-toekomst'],
    [{ besluitdatum: '2027-01-01' }, 'besluitdatum', 'in-toekomst'],
    [{ ingangsdatum: '' }, 'ingangsdatum', 'verplicht'],
    [{ postcode: 'onbekend' }, 'postcode', 'postcode-ongeldig'],
    [{ postcode: '8000AA' }, 'wijkcode', 'wijk-onbekend'],
    [{ wijkcode: 'Z' }, 'wijkcode', 'wijk-onbekend'],
    [{ leveringsvorm: 'contant' }, 'leveringsvorm', 'leveringsvorm-onbekend'],
    [{ aanbieder_agb: '12345' }, 'aanbieder_agb', 'agb-ongeldig'],
    [{ aanbieder_agb: '99999999' }, 'aanbieder_agb', 'aanbieder-onbekend'],
    [{ productcode: 'abc' }, 'productcode', 'productcode-ongeldig'],
  ])('%j → error in %s (%s)', (over, kolom, code) => {
    const r = leesRegel(7, rij(over), kop, CTX);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fouten).toContainEqual(expect.objectContaining({ regel: 7, kolom, code }));
  });

  it('reports every error of a row at once, without repeating personal values', () => {
    const r = leesRegel(
      3,
      rij({ client_id: '123456789', geboortedatum: 'x', einddatum: '2000-01-01' }),
      kop,
      CTX,
    );
    expect(!r.ok && r.fouten.map((f) => f.kolom)).toEqual(['client_id', 'geboortedatum', 'einddatum']);
    expect(JSON.stringify(r)).not.toContain('123456789');
  });

  it('a row with too few or too many columns', () => {
    const r = leesRegel(4, rij().slice(1), kop, CTX);
    expect(!r.ok && r.fouten[0]).toMatchObject({ regel: 4, code: 'aantal-kolommen' });
  });
});

describe('controleerSamenhang', () => {
  const lees = (regel: number, over: Partial<typeof GOED> = {}) => {
    const r = leesRegel(regel, rij(over), kop, CTX);
    if (!r.ok) throw new Error(JSON.stringify(r.fouten));
    return r.regel;
  };

  it('a repeated row is an error on the later line, even with another einddatum', () => {
    const rs: ImportRegel[] = [
      lees(2),
      lees(3, { productcategorie: '02', productcode: '' }),
      lees(4, { einddatum: '' }),
    ];
    const s = controleerSamenhang(rs);
    expect(s.geldig.map((r) => r.regel)).toEqual([2, 3]);
    expect(s.fouten).toEqual([expect.objectContaining({ regel: 4, code: 'dubbele-regel' })]);
    expect(s.fouten[0]!.melding).toContain('regel 2');
  });

  it('one client, one birth date', () => {
    const s = controleerSamenhang([
      lees(2),
      lees(3, { geboortedatum: '1941-05-01', productcategorie: '02', productcode: '' }),
    ]);
    expect(s.fouten).toEqual([expect.objectContaining({ regel: 3, code: 'geboortedatum-tegenstrijdig' })]);
  });

  it('rows of one client on one besluitdatum share the beschikking key', () => {
    const a = lees(2);
    const b = lees(3, { productcategorie: '07', productcode: '' });
    const c = lees(4, { besluitdatum: '2019-03-02' });
    expect(a.beschikkingSleutel).toBe(b.beschikkingSleutel);
    expect(c.beschikkingSleutel).not.toBe(a.beschikkingSleutel);
  });
});
