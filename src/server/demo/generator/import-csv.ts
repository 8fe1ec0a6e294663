/**
 * A synthetic historic-import file with known contents (tests and the import benchmark): what an
 * old system would export, one row per voorziening, with the counts the import must produce.
 * Deterministic for a seed. Clients get a test BSN (999…, see domain/bsn) while the test range
 * lasts, and a source-system key ("K…") after that — both paths of the import are exercised.
 */

import { maakTestBsnGenerator } from '../../../domain/bsn/bsn.ts';
import { geheelGetal, mulberry32, type Rng } from '../../../domain/bsn/prng.ts';
import { dagnummer, vanDagnummer } from '../../../domain/termijnen/index.ts';

export interface ImportCsvOpties {
  rijen: number;
  seed?: number;
  /** Wijkcodes to use (one column per row; empty means: derive from postcode). */
  wijkcodes: readonly string[];
  /** Postcode of a wijk (any postcode inside the wijk's range), by wijkcode. */
  postcodes: Readonly<Record<string, string>>;
  /** AGB codes of contracted aanbieders (zin rows get one). */
  agbCodes: readonly string[];
  scheidingsteken?: ',' | ';';
  /** Stop giving BSNs after this many clients (the test range holds ~80,000 distinct numbers). */
  maxBsns?: number;
}

export interface ImportCsvVerwachting {
  rijen: number;
  clienten: number;
  beschikkingen: number;
  toewijzingen: number;
  perCategorie: Record<string, number>;
}

const CATEGORIEEN = [
  ['01', 'hulp bij het huishouden', 45],
  ['02', 'begeleiding', 28],
  ['07', 'dagbesteding', 12],
  ['08', 'vervoersdiensten', 8],
  ['03', 'persoonlijke verzorging', 3],
  ['04', 'kortdurend verblijf', 2],
  ['10', 'overige maatwerkarrangementen', 2],
] as const;
const GEWICHT = CATEGORIEEN.reduce((s, c) => s + c[2], 0);

function kies(rng: Rng) {
  let x = geheelGetal(rng, GEWICHT);
  for (const c of CATEGORIEEN) {
    if (x < c[2]) return c;
    x -= c[2];
  }
  return CATEGORIEEN[0];
}

const EERSTE = dagnummer('2015-01-01');
const LAATSTE = dagnummer('2024-12-31');

export function maakImportCsv(o: ImportCsvOpties): { csv: string; verwachting: ImportCsvVerwachting } {
  const rng = mulberry32(o.seed ?? 1);
  const sep = o.scheidingsteken ?? ',';
  const bsn = maakTestBsnGenerator(mulberry32((o.seed ?? 1) + 7));
  const maxBsns = Math.min(o.maxBsns ?? 60_000, 75_000);
  const regels: string[] = [
    [
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
      'achternaam',
    ].join(sep),
  ];
  const v: ImportCsvVerwachting = {
    rijen: 0,
    clienten: 0,
    beschikkingen: 0,
    toewijzingen: 0,
    perCategorie: {},
  };
  while (v.rijen < o.rijen) {
    const id = v.clienten < maxBsns ? bsn() : `K${String(v.clienten + 1).padStart(7, '0')}`;
    v.clienten++;
    const geboren = vanDagnummer(dagnummer('1925-01-01') + geheelGetal(rng, 365 * 80));
    const wijk = o.wijkcodes[geheelGetal(rng, o.wijkcodes.length)]!;
    const postcode = o.postcodes[wijk]!;
    const wijkkolom = geheelGetal(rng, 3) === 0 ? '' : wijk;
    const naam = `Client${v.clienten}`;
    const aantalBesluiten = 1 + geheelGetal(rng, 3);
    let besluit = EERSTE + geheelGetal(rng, 700);
    for (let b = 0; b < aantalBesluiten && v.rijen < o.rijen; b++) {
      if (besluit > LAATSTE) break;
      v.beschikkingen++;
      const lijnen = geheelGetal(rng, 4) === 0 ? 2 : 1;
      const gebruikt = new Set<string>();
      for (let l = 0; l < lijnen && v.rijen < o.rijen; l++) {
        const [code, naamCat] = kies(rng);
        if (gebruikt.has(code)) continue;
        gebruikt.add(code);
        const ingang = besluit + geheelGetal(rng, 30);
        const einde = geheelGetal(rng, 6) === 0 ? '' : vanDagnummer(ingang + 180 + geheelGetal(rng, 900));
        const zin = geheelGetal(rng, 5) !== 0;
        const agb = zin && geheelGetal(rng, 4) !== 0 ? o.agbCodes[geheelGetal(rng, o.agbCodes.length)]! : '';
        if (agb) v.toewijzingen++;
        v.perCategorie[code] = (v.perCategorie[code] ?? 0) + 1;
        v.rijen++;
        regels.push(
          [
            id,
            geboren,
            postcode,
            wijkkolom,
            // Half the rows name the category, half use the WMO020 code.
            geheelGetal(rng, 2) === 0 ? code : naamCat,
            '',
            zin ? 'zin' : 'pgb',
            agb,
            vanDagnummer(besluit),
            vanDagnummer(ingang),
            einde,
            naam,
          ].join(sep),
        );
      }
      besluit += 400 + geheelGetal(rng, 500);
    }
  }
  return { csv: `${regels.join('\n')}\n`, verwachting: v };
}
