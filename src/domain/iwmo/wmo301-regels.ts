import { type IsoDatum, isIsoDatum } from '../termijnen/datum.ts';
import { HULPMIDDELEN_CATEGORIEEN } from './codelijsten.ts';

import type { Wmo301Toewijzing } from './wmo301-typen.ts';

/** Sees whether two toewijzingen overlap in time (the XSL's isPeriodOverlay on Ingangsdatum/Einddatum). */
export function periodesOverlappen(
  a: Pick<Wmo301Toewijzing, 'ingangsdatum' | 'einddatum'>,
  b: Pick<Wmo301Toewijzing, 'ingangsdatum' | 'einddatum'>,
): boolean {
  if (a.einddatum && b.einddatum) return !(a.einddatum < b.ingangsdatum || b.einddatum < a.ingangsdatum);
  if (a.einddatum) return a.einddatum >= b.ingangsdatum;
  if (b.einddatum) return b.einddatum >= a.ingangsdatum;
  return true;
}

/** TR302 exemption: withdrawn toewijzingen (RedenWijziging 01/13 with Einddatum = Ingangsdatum). */
function negeerVoorTr302(t: Wmo301Toewijzing): boolean {
  return (
    (t.redenWijziging === '01' || t.redenWijziging === '13') &&
    !!t.einddatum &&
    t.einddatum === t.ingangsdatum
  );
}

/** Whether TR302 sees `a` and `b` as "the same product" (before looking at periods and hulpmiddelen). */
function zelfdeProductVoorTr302(a: Wmo301Toewijzing, b: Wmo301Toewijzing): boolean {
  if (!a.product || !b.product) return true;
  if (a.product.code !== undefined && b.product.code !== undefined) {
    return a.product.code === b.product.code && a.product.categorie === b.product.categorie;
  }
  return a.product.categorie === b.product.categorie;
}

/**
 * Pairs of toewijzingen (indexes, i < j) that break TR302: the same product more than once with
 * overlapping periods, not hulpmiddelen (11–14) and not withdrawn.
 */
export function tr302Conflicten(toewijzingen: readonly Wmo301Toewijzing[]): Array<[number, number]> {
  const conflicten: Array<[number, number]> = [];
  for (let j = 0; j < toewijzingen.length; j++) {
    const dit = toewijzingen[j]!;
    if (negeerVoorTr302(dit)) continue;
    for (let i = 0; i < j; i++) {
      const ander = toewijzingen[i]!;
      if (negeerVoorTr302(ander) || !zelfdeProductVoorTr302(dit, ander)) continue;
      const hulpmiddel = (t: Wmo301Toewijzing) =>
        t.product !== undefined && HULPMIDDELEN_CATEGORIEEN.has(t.product.categorie);
      if (hulpmiddel(dit) || hulpmiddel(ander)) continue;
      if (periodesOverlappen(dit, ander)) conflicten.push([i, j]);
    }
  }
  return conflicten;
}

export interface ToewijzingVoorGroepering {
  bsn: string;
  aanbiederAgbCode: string;
  toewijzing: Wmo301Toewijzing;
  /** True when this toewijzing is new or changed since the last message to the aanbieder. */
  gewijzigd?: boolean;
}

export interface ToewijzingGroep {
  bsn: string;
  aanbiederAgbCode: string;
  /** All toewijzingen to send, by ingangsdatum then toewijzingNummer. */
  toewijzingen: Wmo301Toewijzing[];
  /** Whether at least one of them is new or changed — only then does a message need to go out. */
  bevatWijziging: boolean;
}

/** A toewijzing is current on `peildatum` when it has no einddatum or ends on or after it. */
export function isActueel(t: Pick<Wmo301Toewijzing, 'einddatum'>, peildatum: IsoDatum): boolean {
  return t.einddatum === undefined || t.einddatum >= peildatum;
}

/**
 * OP087: a toewijzingsbericht contains all current toewijzingen of the client at the aanbieder.
 * Groups `items` per (BSN, aanbieder) in order of first appearance; each group holds the
 * toewijzingen that are current on `peildatum` (the dagtekening of the message to be sent) plus those
 * that changed (`gewijzigd`, e.g. ended in the past or withdrawn with RedenWijziging 13 — the
 * aanbieder must receive that change once). Groups with nothing to send are left out. Throws when a
 * toewijzingNummer occurs twice (TR332: unique per gemeente).
 */
export function groepeerToewijzingen(
  items: readonly ToewijzingVoorGroepering[],
  peildatum: IsoDatum,
): ToewijzingGroep[] {
  if (!isIsoDatum(peildatum))
    throw new RangeError(`Peildatum is geen geldige datum: ${JSON.stringify(peildatum)}`);
  const nummers = new Set<number>();
  const groepen = new Map<string, ToewijzingGroep>();
  for (const item of items) {
    const nummer = item.toewijzing.toewijzingNummer;
    if (nummers.has(nummer)) throw new Error(`Toewijzingnummer ${nummer} komt twee keer voor (TR332)`);
    nummers.add(nummer);
    const sleutel = `${item.bsn}|${item.aanbiederAgbCode}`;
    let groep = groepen.get(sleutel);
    if (!groep) {
      groep = {
        bsn: item.bsn,
        aanbiederAgbCode: item.aanbiederAgbCode,
        toewijzingen: [],
        bevatWijziging: false,
      };
      groepen.set(sleutel, groep);
    }
    if (item.gewijzigd || isActueel(item.toewijzing, peildatum)) {
      groep.toewijzingen.push(item.toewijzing);
      if (item.gewijzigd) groep.bevatWijziging = true;
    }
  }
  const resultaat = [...groepen.values()].filter((g) => g.toewijzingen.length > 0);
  for (const g of resultaat) {
    g.toewijzingen.sort((a, b) =>
      a.ingangsdatum < b.ingangsdatum
        ? -1
        : a.ingangsdatum > b.ingangsdatum
          ? 1
          : a.toewijzingNummer - b.toewijzingNummer,
    );
  }
  return resultaat;
}
