/**
 * BRP Personen 2.x answers mapped to the fields of our `personen`. Pure functions: the shapes are
 * the spec's (Persoon, PersoonBeperkt, Adres/VerblijfadresBinnenland, AbstractDatum).
 */

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

export interface BrpAdres {
  straat: string;
  huisnummer: number;
  huisnummertoevoeging: string | null;
  postcode: string;
  woonplaats: string;
}

export interface BrpPersoon {
  bsn: string;
  voornamen: string | null;
  tussenvoegsel: string | null;
  achternaam: string;
  /** Only a complete date; the BRP may know just a year or nothing ("00000000"). */
  geboortedatum: string | null;
  geslacht: 'man' | 'vrouw' | 'onbekend';
  adres: BrpAdres | null;
  /** Where the person lives when it is no Dutch address we can use: abroad, unknown, a location. */
  verblijfplaatsSoort: 'Adres' | 'VerblijfplaatsBuitenland' | 'VerblijfplaatsOnbekend' | 'Locatie' | null;
  adresSinds: string | null;
  overleden: string | null;
}

export interface BrpGerelateerde {
  bsn: string | null;
  naam: string;
  geboortedatum: string | null;
}

/** A full date (type Datum) as ISO; a partial or unknown date has no ISO form. */
export function volledigeDatum(d: unknown): string | null {
  const o = obj(d);
  return o.type === 'Datum' ? str(o.datum) : null;
}

function geslacht(g: unknown): BrpPersoon['geslacht'] {
  const code = str(obj(g).code);
  return code === 'M' ? 'man' : code === 'V' ? 'vrouw' : 'onbekend';
}

function adres(v: unknown): BrpAdres | null {
  const vp = obj(v);
  if (vp.type !== 'Adres') return null;
  const a = obj(vp.verblijfadres);
  const straat = str(a.korteStraatnaam) ?? str(a.officieleStraatnaam);
  const postcode = str(a.postcode)?.replace(/\s+/g, '').toUpperCase() ?? null;
  if (!straat || typeof a.huisnummer !== 'number' || !postcode) return null;
  const toevoeging = [str(a.huisletter), str(a.huisnummertoevoeging)].filter(Boolean).join('-');
  return {
    straat,
    huisnummer: a.huisnummer,
    huisnummertoevoeging: toevoeging || null,
    postcode,
    woonplaats: str(a.woonplaats) ?? '',
  };
}

export function naarPersoon(p: Obj): BrpPersoon {
  const naam = obj(p.naam);
  const vp = obj(p.verblijfplaats);
  return {
    bsn: str(p.burgerservicenummer) ?? '',
    voornamen: str(naam.voornamen),
    tussenvoegsel: str(naam.voorvoegsel),
    achternaam: str(naam.geslachtsnaam) ?? '',
    geboortedatum: volledigeDatum(obj(p.geboorte).datum),
    geslacht: geslacht(p.geslacht),
    adres: adres(p.verblijfplaats),
    verblijfplaatsSoort: (str(vp.type) as BrpPersoon['verblijfplaatsSoort']) ?? null,
    adresSinds: volledigeDatum(vp.datumVan),
    overleden: volledigeDatum(obj(p.overlijden).datum),
  };
}

function gerelateerde(r: unknown): BrpGerelateerde {
  const o = obj(r);
  const naam = obj(o.naam);
  return {
    bsn: str(o.burgerservicenummer),
    naam: [str(naam.voornamen), str(naam.voorvoegsel), str(naam.geslachtsnaam)].filter(Boolean).join(' '),
    geboortedatum: volledigeDatum(obj(o.geboorte).datum),
  };
}

const lijst = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Partner, kinderen and ouders as the BRP records them: an offer for the household, not the household. */
export function naarHuishouden(p: Obj) {
  return {
    partners: lijst(p.partners).map(gerelateerde),
    kinderen: lijst(p.kinderen).map(gerelateerde),
    ouders: lijst(p.ouders).map(gerelateerde),
  };
}

/** A search hit (PersoonBeperkt): name, birth date and the address lines as the BRP prints them. */
export function naarZoekresultaat(p: Obj) {
  const naam = obj(p.naam);
  const adr = obj(p.adressering);
  return {
    bsn: str(p.burgerservicenummer) ?? '',
    naam: [str(naam.voornamen), str(naam.voorvoegsel), str(naam.geslachtsnaam)].filter(Boolean).join(' '),
    geboortedatum: volledigeDatum(obj(p.geboorte).datum),
    adres: [str(adr.adresregel1), str(adr.adresregel2)].filter(Boolean).join(', ') || null,
  };
}
