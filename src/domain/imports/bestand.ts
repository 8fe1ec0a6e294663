/**
 * Reading a whole import file: encoding → separator → header → rows → checks across rows.
 * File-level problems (empty, unreadable encoding, bad header, an unclosed quote) make the file
 * unusable as a whole (`bruikbaar: false`); row errors leave the other rows usable (the caller
 * decides: refuse the file, or skip the invalid rows when asked to).
 */
import {
  controleerSamenhang,
  type ImportContext,
  type ImportFout,
  type ImportRegel,
  leesKop,
  leesRegel,
} from './beschikkingregels.ts';
import { type Codering, decodeer } from './codering.ts';
import { CsvFout, detecteerScheidingsteken, eersteRegel, leesRecords, type Scheidingsteken } from './csv.ts';

export interface GelezenBestand {
  bruikbaar: boolean;
  codering: Codering | null;
  scheidingsteken: Scheidingsteken | null;
  /** Notices that are not errors (e.g. the file was converted from windows-1252). */
  meldingen: string[];
  /** Data rows (records after the header). */
  regels: number;
  geldig: ImportRegel[];
  fouten: ImportFout[];
}

function onbruikbaar(fout: ImportFout, extra: Partial<GelezenBestand> = {}): GelezenBestand {
  return {
    bruikbaar: false,
    codering: null,
    scheidingsteken: null,
    meldingen: [],
    regels: 0,
    geldig: [],
    fouten: [fout],
    ...extra,
  };
}

export function leesBeschikkingenBestand(bytes: Uint8Array, ctx: ImportContext): GelezenBestand {
  const d = decodeer(bytes);
  if (!d.ok) return onbruikbaar({ regel: 1, kolom: null, code: d.code, melding: d.melding });
  const basis = { codering: d.codering, meldingen: d.melding ? [d.melding] : [] };
  const kopregel = eersteRegel(d.tekst);
  if (kopregel === '')
    return onbruikbaar(
      { regel: 1, kolom: null, code: 'leeg-bestand', melding: 'Het bestand is leeg.' },
      basis,
    );
  const sep = detecteerScheidingsteken(kopregel);
  if (!sep) {
    return onbruikbaar(
      {
        regel: 1,
        kolom: null,
        code: 'scheidingsteken-onbekend',
        melding: 'De kopregel heeft geen scheidingsteken (komma, puntkomma of tab) tussen de kolomnamen.',
      },
      basis,
    );
  }
  const metSep = { ...basis, scheidingsteken: sep };
  const fouten: ImportFout[] = [];
  const regels: ImportRegel[] = [];
  let aantal = 0;
  try {
    const records = leesRecords(d.tekst, sep);
    const eerste = records.next();
    if (eerste.done)
      return onbruikbaar(
        { regel: 1, kolom: null, code: 'leeg-bestand', melding: 'Het bestand is leeg.' },
        metSep,
      );
    const k = leesKop(eerste.value.velden, eerste.value.regel);
    if ('fouten' in k) return { ...onbruikbaar(k.fouten[0]!, metSep), fouten: k.fouten };
    for (const rec of records) {
      aantal++;
      const r = leesRegel(rec.regel, rec.velden, k.kop, ctx);
      if (r.ok) regels.push(r.regel);
      else fouten.push(...r.fouten);
    }
  } catch (e) {
    if (e instanceof CsvFout)
      return onbruikbaar({ regel: e.regel, kolom: null, code: e.code, melding: e.message }, metSep);
    throw e;
  }
  if (aantal === 0) {
    return onbruikbaar(
      {
        regel: 2,
        kolom: null,
        code: 'geen-regels',
        melding: 'Het bestand heeft alleen een kopregel, geen gegevens.',
      },
      metSep,
    );
  }
  const samenhang = controleerSamenhang(regels);
  fouten.push(...samenhang.fouten);
  fouten.sort((a, b) => a.regel - b.regel);
  return { bruikbaar: true, ...metSep, regels: aantal, geldig: samenhang.geldig, fouten };
}
