import { formatDatum } from './format.ts';

/**
 * Dutch date entry (issue 15, item 3): people type "7-12-2026" or "07-12-2026", whatever language
 * their browser speaks; the API gets "2026-12-07". A browser's own date field shows mm/dd/yyyy in
 * an English browser and reads out differently in every screen reader, so the forms use a text box.
 */

export type DatumLezing =
  | { soort: 'leeg' }
  | { soort: 'datum'; iso: string }
  | { soort: 'fout'; reden: string };

const DMJ = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/;
const AANEEN = /^(\d{2})(\d{2})(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export const FORMAAT_UITLEG = 'Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 7-12-2026.';

const twee = (n: number) => String(n).padStart(2, '0');

/** "7-12-2026", "07/12/2026", "07122026" or "2026-12-07" → "2026-12-07"; a clear reason otherwise. */
export function leesDatum(invoer: string): DatumLezing {
  const t = invoer.trim();
  if (t === '') return { soort: 'leeg' };
  const m = DMJ.exec(t) ?? AANEEN.exec(t);
  const iso = m ? null : ISO.exec(t);
  const [dag, maand, jaar] = m
    ? [Number(m[1]), Number(m[2]), Number(m[3])]
    : iso
      ? [Number(iso[3]), Number(iso[2]), Number(iso[1])]
      : [0, 0, 0];
  if (!m && !iso) return { soort: 'fout', reden: FORMAAT_UITLEG };
  if (maand < 1 || maand > 12)
    return { soort: 'fout', reden: `Maand ${maand} bestaat niet. Vul een maand van 1 tot en met 12 in.` };
  const d = new Date(Date.UTC(jaar, maand - 1, dag));
  if (jaar < 1900 || jaar > 2200)
    return { soort: 'fout', reden: `Het jaar ${jaar} klopt niet. Vul het jaar met vier cijfers in.` };
  if (dag < 1 || d.getUTCMonth() !== maand - 1)
    return {
      soort: 'fout',
      reden: `${twee(dag)}-${twee(maand)}-${jaar} bestaat niet. Controleer de dag en de maand.`,
    };
  return { soort: 'datum', iso: `${jaar}-${twee(maand)}-${twee(dag)}` };
}

/** "2026-12-07" → "07-12-2026" for the text box; anything else (what was typed) as it is. */
export function alsInvoer(waarde: string | null | undefined): string {
  const m = ISO.exec(waarde ?? '');
  return m ? `${m[3]}-${m[2]}-${m[1]}` : (waarde ?? '');
}

export interface Datumgrenzen {
  /** The first allowed day (ISO). */
  vanaf?: string;
  /** The last allowed day (ISO); `vandaag` for "niet in de toekomst". */
  totEnMet?: string;
}

/** The limits in words, shown before submitting ("Niet na 7 december 2026."). */
export function grenzenUitleg({ vanaf, totEnMet }: Datumgrenzen, vandaag: string): string {
  const tot = totEnMet === vandaag ? 'vandaag' : totEnMet ? formatDatum(totEnMet) : null;
  if (vanaf && tot) return `Tussen ${formatDatum(vanaf)} en ${tot}.`;
  if (vanaf) return `Op of na ${formatDatum(vanaf)}.`;
  if (tot) return totEnMet === vandaag ? 'Niet in de toekomst.' : `Uiterlijk ${tot}.`;
  return '';
}

/** Why a valid date is outside its limits, or null. */
export function buitenGrenzen(
  iso: string,
  { vanaf, totEnMet }: Datumgrenzen,
  vandaag: string,
): string | null {
  if (totEnMet && iso > totEnMet)
    return totEnMet === vandaag
      ? 'Deze datum ligt in de toekomst. Vul vandaag of een eerdere datum in.'
      : `Vul een datum in tot en met ${formatDatum(totEnMet)}.`;
  if (vanaf && iso < vanaf) return `Vul een datum in vanaf ${formatDatum(vanaf)}.`;
  return null;
}
