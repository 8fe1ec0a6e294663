/**
 * Colour contrast as WCAG 2.2 defines it (SC 1.4.3 Contrast (Minimum): 4.5:1 for text; SC 1.4.11
 * Non-text Contrast: 3:1). A gemeente's brand colour is used for link text on the white page, for
 * the primary button and the footer (with `kleurOpPrimair` as the text on it), so both pairs must
 * reach 4.5:1. Pure: no IO.
 */

export const MIN_CONTRAST_TEKST = 4.5;
export const WIT = '#ffffff';

const HEX = /^#([0-9a-f]{6})$/i;

export function isKleur(hex: string): boolean {
  return HEX.test(hex);
}

/** The relative luminance of an sRGB colour (WCAG 2.2, definition "relative luminance"). */
export function luminantie(hex: string): number {
  const m = HEX.exec(hex);
  if (!m) throw new RangeError(`Geen kleur: ${hex}`);
  const n = Number.parseInt(m[1]!, 16);
  const kanaal = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * kanaal((n >> 16) & 255) + 0.7152 * kanaal((n >> 8) & 255) + 0.0722 * kanaal(n & 255);
}

/** (L1 + 0.05) / (L2 + 0.05), the lighter colour on top: 1 (same) to 21 (black on white). */
export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminantie(a), luminantie(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** 3.2456 → "3,2 : 1" (rounded down, so a shown 4,5 always passes). */
export function contrastTekst(r: number): string {
  return `${(Math.floor(r * 10) / 10).toFixed(1).replace('.', ',')} : 1`;
}

export interface ThemaKleuren {
  kleurPrimair: string;
  kleurOpPrimair: string;
}

export type Contrastfout = { veld: keyof ThemaKleuren; melding: string };

/** Every pair that does not reach AA, with a message that says what to do. */
export function contrastfouten(k: ThemaKleuren): Contrastfout[] {
  const fouten: Contrastfout[] = [];
  if (!isKleur(k.kleurPrimair) || !isKleur(k.kleurOpPrimair)) return fouten;
  const opWit = contrast(k.kleurPrimair, WIT);
  if (opWit < MIN_CONTRAST_TEKST) {
    fouten.push({
      veld: 'kleurPrimair',
      melding: `Kies een donkerdere hoofdkleur: op de witte achtergrond is het contrast ${contrastTekst(opWit)}, nodig is minstens 4,5 : 1.`,
    });
  }
  const tekst = contrast(k.kleurOpPrimair, k.kleurPrimair);
  if (tekst < MIN_CONTRAST_TEKST) {
    fouten.push({
      veld: 'kleurOpPrimair',
      melding: `Kies een tekstkleur die meer afsteekt van de hoofdkleur: het contrast is ${contrastTekst(tekst)}, nodig is minstens 4,5 : 1.`,
    });
  }
  return fouten;
}
