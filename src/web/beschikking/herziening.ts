/**
 * Suggestions and small rules for the screens that change a fixed beschikking (wijziging,
 * intrekking, lichte herindicatie) and for the backoffice's worklist of aanvragen. Pure: the server
 * checks everything again and is the authority; these only prefill the forms sensibly.
 */
import { dagenInMaand, isIsoDatum, maakDatum, plusDagen } from '../../domain/termijnen/datum.ts';
import { type Regel, regelUitVoorziening } from './regels.ts';
import type { Voorziening } from './types.ts';

/** `datum` + `dagen`, or null when `datum` is not a date (a half-typed field). */
export function veiligPlusDagen(datum: string, dagen: number): string | null {
  return isIsoDatum(datum) ? plusDagen(datum, dagen) : null;
}

/** The same day a year later; 29 February becomes 1 March (as a period of a year counts it). */
export function plusJaar(datum: string): string | null {
  if (!isIsoDatum(datum)) return null;
  const [jaar, maand, dag] = [
    Number(datum.slice(0, 4)) + 1,
    Number(datum.slice(5, 7)),
    Number(datum.slice(8)),
  ];
  return dag > dagenInMaand(jaar, maand)
    ? plusDagen(maakDatum(jaar, maand, dag - 1), 1)
    : maakDatum(jaar, maand, dag);
}

/** A toegekende voorziening that still runs on `datum` (its einddatum is on or after it, or open). */
export function looptOp(
  v: Pick<Voorziening, 'besluit' | 'ingangsdatum' | 'einddatum'>,
  datum: string,
): boolean {
  return (
    v.besluit === 'toekenning' && v.ingangsdatum !== null && (v.einddatum === null || v.einddatum >= datum)
  );
}

/**
 * The first day of a wijziging to suggest: tomorrow, but never on or before the day the lines
 * started (the server refuses a wijziging that starts before or on the ingangsdatum: that is a new
 * besluit).
 */
export function voorstelPer(voorzieningen: readonly Voorziening[], vandaag: string): string {
  const morgen = plusDagen(vandaag, 1);
  const ingangen = voorzieningen
    .filter((v) => looptOp(v, morgen))
    .map((v) => v.ingangsdatum!)
    .sort();
  const vroegst = ingangen[0];
  return vroegst && vroegst >= morgen ? plusDagen(vroegst, 1) : morgen;
}

/**
 * The lines of a wijziging, prefilled from the lines that still run on `per`: the same product,
 * omvang, leveringsvorm, aanbieder and end, starting on `per`. The motivering is left empty: it
 * must say why the new situation is what it is.
 */
export function regelsVoorWijziging(voorzieningen: readonly Voorziening[], per: string): Regel[] {
  return voorzieningen
    .filter((v) => looptOp(v, per))
    .map((v) => ({ ...regelUitVoorziening(v), ingangsdatum: per, motivering: '' }));
}

/**
 * The wijziging's date changed from `oud` to `nieuw`: the lines that still start on the old date
 * follow; a line whose ingangsdatum the user changed keeps it.
 */
export function volgIngang(regels: readonly Regel[], oud: string, nieuw: string): Regel[] {
  if (oud === nieuw) return [...regels];
  return regels.map((r) => (r.ingangsdatum === oud ? { ...r, ingangsdatum: nieuw } : r));
}

/**
 * The new period of a lichte herindicatie: it starts the day after the old einddatum (the server
 * requires that) and, as a suggestion, lasts a year.
 */
export function herindicatiePeriode(
  oudeEinddatum: string,
): { ingangsdatum: string; einddatum: string } | null {
  const ingangsdatum = veiligPlusDagen(oudeEinddatum, 1);
  const volgendJaar = ingangsdatum ? plusJaar(ingangsdatum) : null;
  if (!ingangsdatum || !volgendJaar) return null;
  return { ingangsdatum, einddatum: plusDagen(volgendJaar, -1) };
}

/** The CSS modifier of the deadline colours (ui/app.css) and the words that carry the meaning. */
export type TermijnLicht = 'verlopen' | 'binnen-drie-werkdagen' | 'binnen-twee-weken' | 'ruim';

/**
 * The traffic light of the beschikkingstermijn (2 weeks after the aanvraag, Wmo 2.3.5) in calendar
 * days left, as the worklist gets it: overdue, at most 3 days, at most 2 weeks, more.
 */
export function beschikkingstermijnLicht(dagenOver: number): {
  licht: TermijnLicht;
  tekst: string;
  uitleg: string;
} {
  if (dagenOver < 0) {
    const dagen = -dagenOver;
    return {
      licht: 'verlopen',
      tekst: 'Verlopen',
      uitleg: `${dagen} ${dagen === 1 ? 'dag' : 'dagen'} te laat`,
    };
  }
  const uitleg =
    dagenOver === 0 ? 'Vandaag is de laatste dag' : `Nog ${dagenOver} ${dagenOver === 1 ? 'dag' : 'dagen'}`;
  if (dagenOver <= 3) return { licht: 'binnen-drie-werkdagen', tekst: 'Binnen 3 dagen', uitleg };
  if (dagenOver <= 14) return { licht: 'binnen-twee-weken', tekst: 'Binnen 2 weken', uitleg };
  return { licht: 'ruim', tekst: 'Ruim op tijd', uitleg };
}

/** The kenmerk of a beschikking number, as the server writes it ("B-000042"). */
export function beschikkingKenmerk(nummer: number): string {
  return `B-${String(nummer).padStart(6, '0')}`;
}
