/**
 * The kerncijfers 2019 of Deventer (reference document 003, annex "Kerncijfers"; a copy of
 * shared/data/deventer-2019-wmo-kerncijfers.csv): per wijk and productcategorie the clients, the
 * voorzieningen valid at some moment in 2019 and those issued in 2019. The generator's profile
 * `deventer-2019` reproduces them exactly at schaal 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { productcategorieVan } from '../../../domain/imports/categorie.ts';
import { leesRecords } from '../../../domain/imports/csv.ts';

export const KERNCIJFERS_CSV = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'deventer-2019-wmo-kerncijfers.csv',
);

/** Unique clients with a voorziening valid in 2019 (annex, graph 1: only the total is published). */
export const DEVENTER_2019_UNIEKE_CLIENTEN = 4786;

export interface Doel {
  clienten: number;
  geldig: number;
  afgegeven: number;
}

/** wijkcode → productcategorie (WMO020 code) → targets. */
export type Doelen = Map<string, Map<string, Doel>>;

export interface Kerncijfers {
  jaar: number;
  wijknamen: Map<string, string>;
  /** WMO020 code → the category's name as the CSV writes it. */
  categorienamen: Map<string, string>;
  doelen: Doelen;
}

const MAAT: Record<string, keyof Doel> = {
  clienten: 'clienten',
  geldige_beschikkingen: 'geldig',
  afgegeven_beschikkingen: 'afgegeven',
};

export function leesKerncijfers(tekst = fs.readFileSync(KERNCIJFERS_CSV, 'utf8')): Kerncijfers {
  const records = [...leesRecords(tekst, ',')];
  const kop = records.shift()!.velden;
  const i = (k: string) => kop.indexOf(k);
  const wijknamen = new Map<string, string>();
  const categorienamen = new Map<string, string>();
  const doelen: Doelen = new Map();
  let jaar = 0;
  for (const { velden } of records) {
    const maat = MAAT[velden[i('maat')]!];
    if (!maat) continue;
    jaar = Number(velden[i('jaar')]);
    const wijk = velden[i('wijkcode')]!;
    const naam = velden[i('productcategorie')]!;
    const code = productcategorieVan(naam);
    if (!code) throw new Error(`Onbekende productcategorie in de kerncijfers: ${naam}`);
    wijknamen.set(wijk, velden[i('wijknaam')]!);
    categorienamen.set(code, naam);
    let perWijk = doelen.get(wijk);
    if (!perWijk) {
      perWijk = new Map();
      doelen.set(wijk, perWijk);
    }
    let d = perWijk.get(code);
    if (!d) {
      d = { clienten: 0, geldig: 0, afgegeven: 0 };
      perWijk.set(code, d);
    }
    d[maat] = Number(velden[i('aantal')]);
  }
  return { jaar, wijknamen, categorienamen, doelen };
}
