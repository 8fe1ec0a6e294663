/**
 * Suppression of small cells for figures that leave the organisation ("voor publicatie"). A
 * count of 1 to drempel − 1 people in a wijk and category can point at a neighbour; such a cell
 * is not published (primary suppression). Zero is published: "nobody" identifies no one.
 *
 * When a group of cells is published together with its total (e.g. the wijken of one category
 * and the gemeente total), one suppressed cell could be computed back as total − the others. Then
 * the smallest other non-zero cell of that group is suppressed as well (secondary suppression),
 * repeated until no group has exactly one suppressed cell.
 */

export const STANDAARD_DREMPEL = 5;

export interface Cel {
  waarde: number;
  /** Keys of the groups whose total is published with this cell. */
  groepen?: readonly string[];
}

export type Onderdrukking = 'primair' | 'secundair' | null;

export interface GepubliceerdeCel {
  /** Null when suppressed. */
  waarde: number | null;
  onderdrukt: Onderdrukking;
}

export function onderdruk(cellen: readonly Cel[], drempel = STANDAARD_DREMPEL): GepubliceerdeCel[] {
  if (!Number.isInteger(drempel) || drempel < 1) throw new RangeError(`ongeldige drempel: ${drempel}`);
  const status: Onderdrukking[] = cellen.map((c) => (c.waarde > 0 && c.waarde < drempel ? 'primair' : null));

  const leden = new Map<string, number[]>();
  cellen.forEach((c, i) => {
    for (const g of c.groepen ?? []) leden.set(g, [...(leden.get(g) ?? []), i]);
  });
  let gewijzigd = true;
  while (gewijzigd) {
    gewijzigd = false;
    for (const indices of leden.values()) {
      if (indices.filter((i) => status[i] !== null).length !== 1) continue;
      const kandidaat = indices
        .filter((i) => status[i] === null && cellen[i]!.waarde > 0)
        .sort((a, b) => cellen[a]!.waarde - cellen[b]!.waarde || a - b)[0];
      if (kandidaat === undefined) continue;
      status[kandidaat] = 'secundair';
      gewijzigd = true;
    }
  }
  return cellen.map((c, i) => ({ waarde: status[i] ? null : c.waarde, onderdrukt: status[i]! }));
}

/** How a suppressed cell is written in an export: "<5" for a small count, "×" for a secondary one. */
export function onderdruktTeken(o: Onderdrukking, drempel: number): string {
  return o === 'primair' ? `<${drempel}` : '×';
}

export function onderdrukkingToelichting(drempel: number): string {
  return (
    `Voor publicatie: aantallen van 1 tot en met ${drempel - 1} zijn onderdrukt (weergegeven als <${drempel}), ` +
    'zodat geen inwoner herkenbaar is. Waar zo’n aantal uit een totaal terug te rekenen zou zijn, is ook het ' +
    'kleinste andere aantal onderdrukt (weergegeven als ×).'
  );
}
