import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * A mock of Haal Centraal BRP Personen 2.x for tests: the official test persons of RvIG's
 * proefomgeving (testset-persoonslijsten-proefomgeving-*.csv, LO GBA category.element columns)
 * served in the spec's response shapes, with `fields` applied. Started on a free port per test file.
 *
 * Reading the CSV: a row with an id in the first column starts a persoonslijst and holds the
 * current values of every category; the rows below it hold history, except that a row whose
 * `NN.H` column starts with 5 is another current occurrence (a second partner, more kinderen).
 */

export const BRP_SPEC_MAP = path.resolve(import.meta.dirname, '../../standards/haal-centraal-brp');

type Rij = Record<string, string>;
type Obj = Record<string, unknown>;

interface Persoonslijst {
  hoofd: Rij;
  extra: Rij[];
}

function leesTestset(): Persoonslijst[] {
  const bestand = fs.readdirSync(BRP_SPEC_MAP).find((f) => f.startsWith('testset-') && f.endsWith('.csv'));
  if (!bestand) throw new Error(`Geen testset in ${BRP_SPEC_MAP}`);
  const regels = fs
    .readFileSync(path.join(BRP_SPEC_MAP, bestand), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((r) => r.trim() !== '');
  const kop = regels[0]!.split(';');
  const lijsten: Persoonslijst[] = [];
  for (const regel of regels.slice(1)) {
    const cellen = regel.split(';');
    const rij: Rij = {};
    kop.forEach((k, i) => {
      if (k && cellen[i] && !(k in rij)) rij[k] = cellen[i]!;
    });
    if (cellen[0]) lijsten.push({ hoofd: rij, extra: [] });
    else lijsten.at(-1)?.extra.push(rij);
  }
  return lijsten;
}

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** A GBA date (JJJJMMDD, zeros for unknown parts) as the spec's AbstractDatum. */
export function gbaDatum(v: string | undefined): Obj | undefined {
  if (!v || !/^\d{8}$/.test(v)) return undefined;
  const j = Number(v.slice(0, 4));
  const m = Number(v.slice(4, 6));
  const d = Number(v.slice(6, 8));
  if (j === 0) return { type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' };
  if (m === 0) return { type: 'JaarDatum', jaar: j, langFormaat: String(j) };
  if (d === 0) return { type: 'JaarMaandDatum', jaar: j, maand: m, langFormaat: `${MAANDEN[m - 1]} ${j}` };
  return {
    type: 'Datum',
    datum: `${v.slice(0, 4)}-${v.slice(4, 6)}-${v.slice(6, 8)}`,
    langFormaat: `${d} ${MAANDEN[m - 1]} ${j}`,
  };
}

function schoon(o: Obj): Obj {
  for (const k of Object.keys(o)) if (o[k] === undefined || o[k] === '') delete o[k];
  return o;
}

function naam(r: Rij, c: string): Obj {
  return schoon({
    voornamen: r[`${c}.02.10`],
    voorvoegsel: r[`${c}.02.30`],
    geslachtsnaam: r[`${c}.02.40`],
  });
}

function gerelateerde(r: Rij, c: string): Obj | null {
  if (!r[`${c}.02.40`] && !r[`${c}.01.20`]) return null;
  return schoon({
    burgerservicenummer: r[`${c}.01.20`],
    naam: naam(r, c),
    geboorte: r[`${c}.03.10`] ? { datum: gbaDatum(r[`${c}.03.10`]) } : undefined,
  });
}

const GESLACHT: Record<string, string> = { M: 'man', V: 'vrouw', O: 'onbekend' };

function verblijfplaats(r: Rij): Obj {
  const datumVan = gbaDatum(r['08.10.30']);
  if (r['08.11.20'] && r['08.11.60']) {
    const straat = r['08.11.10'] ?? '';
    return schoon({
      type: 'Adres',
      verblijfadres: schoon({
        officieleStraatnaam: r['08.11.15'] ?? straat,
        korteStraatnaam: straat.slice(0, 24),
        huisnummer: Number(r['08.11.20']),
        huisletter: r['08.11.30'],
        huisnummertoevoeging: r['08.11.40'],
        postcode: r['08.11.60'],
        woonplaats: r['08.11.70'],
      }),
      functieAdres: r['08.10.10']
        ? { code: r['08.10.10'], omschrijving: r['08.10.10'] === 'B' ? 'briefadres' : 'woonadres' }
        : undefined,
      datumVan,
    });
  }
  if (r['08.12.10'])
    return schoon({ type: 'Locatie', verblijfadres: { locatiebeschrijving: r['08.12.10'] }, datumVan });
  if (r['08.13.10'] && r['08.13.10'] !== '0000') {
    return schoon({
      type: 'VerblijfplaatsBuitenland',
      verblijfadres: { land: { code: r['08.13.10'] } },
      datumVan,
    });
  }
  return schoon({ type: 'VerblijfplaatsOnbekend', datumVan });
}

function adressering(vp: Obj): Obj | undefined {
  if (vp.type !== 'Adres') return undefined;
  const a = vp.verblijfadres as Obj;
  const nummer = [a.huisnummer, a.huisletter, a.huisnummertoevoeging ? `-${a.huisnummertoevoeging}` : '']
    .filter(Boolean)
    .join('');
  const pc = String(a.postcode ?? '');
  return {
    adresregel1: `${a.korteStraatnaam} ${nummer}`.slice(0, 40),
    adresregel2: `${pc.slice(0, 4)} ${pc.slice(4)}  ${String(a.woonplaats ?? '').toUpperCase()}`.slice(0, 50),
  };
}

/** One persoonslijst as the spec's Persoon (everything we can fill; `fields` narrows it later). */
function alsPersoon(pl: Persoonslijst): Obj {
  const r = pl.hoofd;
  const actueel = (c: string) => [r, ...pl.extra.filter((x) => x[`${c}.H`]?.startsWith('5'))];
  const vp = verblijfplaats(r);
  return schoon({
    burgerservicenummer: r['01.01.20'],
    naam: naam(r, '01'),
    geboorte: { datum: gbaDatum(r['01.03.10']) },
    geslacht: r['01.04.10']
      ? { code: r['01.04.10'], omschrijving: GESLACHT[r['01.04.10']] ?? 'onbekend' }
      : undefined,
    overlijden: r['06.08.10'] ? { datum: gbaDatum(r['06.08.10']) } : undefined,
    verblijfplaats: vp,
    adressering: adressering(vp),
    partners: actueel('05')
      .map((x) => gerelateerde(x, '05'))
      .filter(Boolean),
    kinderen: actueel('09')
      .map((x) => gerelateerde(x, '09'))
      .filter(Boolean),
    ouders: [
      { ...gerelateerde(r, '02'), ouderAanduiding: '1' },
      { ...gerelateerde(r, '03'), ouderAanduiding: '2' },
    ].filter((o) => Object.keys(o).length > 1),
  });
}

/** `fields` as the API applies it: only the named paths; a polymorphic object keeps its `type`. */
export function pasFieldsToe(bron: Obj, fields: string[]): Obj {
  const uit: Obj = {};
  for (const f of fields) kies(bron, uit, f.split('.'));
  return uit;
}

function kies(bron: unknown, doel: Obj, pad: string[]): void {
  if (!bron || typeof bron !== 'object') return;
  const [kop, ...rest] = pad;
  const waarde = (bron as Obj)[kop!];
  if (waarde === undefined) return;
  if (rest.length === 0) {
    doel[kop!] = structuredClone(waarde);
    return;
  }
  if (Array.isArray(waarde)) {
    const lijst = (doel[kop!] as Obj[] | undefined) ?? waarde.map(() => ({}));
    for (const [i, w] of waarde.entries()) kies(w, lijst[i]!, rest);
    doel[kop!] = lijst;
    return;
  }
  const sub = (doel[kop!] as Obj | undefined) ?? {};
  if (typeof (waarde as Obj).type === 'string') sub.type = (waarde as Obj).type;
  kies(waarde, sub, rest);
  doel[kop!] = sub;
}

export interface BrpMockVerzoek {
  headers: http.IncomingHttpHeaders;
  body: Obj;
}

export interface BrpMock {
  url: string;
  verzoeken: BrpMockVerzoek[];
  /** 'ok', a 503 with a Foutbericht, or no answer at all (the client times out). */
  storing: 'geen' | 'fout' | 'traag';
  /** Changes a test person (e.g. a move) for the rest of the test. */
  wijzig(bsn: string, fn: (p: Obj) => void): void;
  persoon(bsn: string): Obj | undefined;
  close(): Promise<void>;
}

function fout(status: number, title: string, detail: string): Obj {
  return { type: 'https://www.rfc-editor.org/rfc/rfc7231', title, status, detail, code: 'paramsValidation' };
}

export async function startBrpMock(): Promise<BrpMock> {
  const personen = new Map<string, Obj>();
  for (const pl of leesTestset()) {
    const p = alsPersoon(pl);
    if (typeof p.burgerservicenummer === 'string') personen.set(p.burgerservicenummer, p);
  }
  const open = new Set<http.ServerResponse>();
  const mock: BrpMock = {
    url: '',
    verzoeken: [],
    storing: 'geen',
    wijzig: (bsn, fn) => fn(personen.get(bsn)!),
    persoon: (bsn) => personen.get(bsn),
    close: () =>
      new Promise((resolve) => {
        for (const r of open) r.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const antwoord = (res: http.ServerResponse, status: number, body: Obj) => {
    res.writeHead(status, {
      'content-type': status < 300 ? 'application/json; charset=utf-8' : 'application/problem+json',
    });
    res.end(JSON.stringify(body));
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/personen') {
        return antwoord(res, 404, fout(404, 'Opgevraagde resource bestaat niet.', 'Alleen POST personen.'));
      }
      let body: Obj;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Obj;
      } catch {
        return antwoord(res, 400, fout(400, 'Ongeldige JSON', 'De body is geen JSON.'));
      }
      mock.verzoeken.push({ headers: req.headers, body });
      if (mock.storing === 'traag') {
        open.add(res);
        return;
      }
      if (mock.storing === 'fout') {
        return antwoord(
          res,
          503,
          fout(503, 'Bronservice BRP is tijdelijk niet beschikbaar.', 'Probeer later.'),
        );
      }
      const fields = body.fields;
      if (!Array.isArray(fields) || fields.length === 0) {
        return antwoord(
          res,
          400,
          fout(400, 'Minimale combinatie van parameters moet worden opgegeven.', 'fields ontbreekt.'),
        );
      }
      let gevonden: Obj[] = [];
      if (body.type === 'RaadpleegMetBurgerservicenummer') {
        const bsns = body.burgerservicenummer as string[];
        gevonden = bsns.map((b) => personen.get(b)).filter((p): p is Obj => p !== undefined);
      } else if (body.type === 'ZoekMetPostcodeEnHuisnummer') {
        const pc = String(body.postcode).replace(/\s/g, '').toUpperCase();
        gevonden = [...personen.values()].filter((p) => {
          const vp = p.verblijfplaats as Obj;
          const a = (vp?.verblijfadres ?? {}) as Obj;
          const geb = ((p.geboorte as Obj)?.datum as Obj | undefined)?.datum;
          return (
            vp?.type === 'Adres' &&
            String(a.postcode).toUpperCase() === pc &&
            a.huisnummer === body.huisnummer &&
            (!body.geboortedatum || geb === body.geboortedatum) &&
            (body.inclusiefOverledenPersonen === true || !p.overlijden)
          );
        });
      } else {
        return antwoord(res, 400, fout(400, 'Ongeldige zoekvraag', 'Dit type kent de mock niet.'));
      }
      antwoord(res, 200, {
        type: body.type,
        personen: gevonden.map((p) => pasFieldsToe(p, fields as string[])),
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  mock.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return mock;
}
