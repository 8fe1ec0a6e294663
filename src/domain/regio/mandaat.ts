/**
 * Mandate for the regional access to beschermd wonen and maatschappelijke opvang (issue 20).
 *
 * The centrumgemeente runs the access for the cooperating gemeenten; each gemeente's college
 * mandates the regional team to take decisions on its behalf (Awb 10:1–10:3: mandate is granted by
 * the bestuursorgaan, the decision stays the mandaatgever's). A decision is taken "namens het
 * college van B&W van <the resident's gemeente>" and is valid only within a mandate in force on the
 * decision date (Awb 10:2: a decision within the mandate counts as the mandaatgever's own).
 */

/**
 * WMO020 (iWmo 3.2 codelijst Productcategorie): the categories of beschermd wonen and opvang.
 * 15 Beschermd wonen, 16 Opvang, 17 Spoedopvang, 18 Overige beschermd wonen en opvang.
 */
export const BW_MO_CATEGORIEEN = ['15', '16', '17', '18'] as const;

export function isBwMo(productcategorie: string | null | undefined): boolean {
  return productcategorie != null && (BW_MO_CATEGORIEEN as readonly string[]).includes(productcategorie);
}

/** The kinds of decision a gemeente can mandate (issue 20 item 1). */
export const MANDAAT_BESLUITEN = ['intake', 'onderzoek', 'beschikking', 'intrekking'] as const;
export type MandaatBesluit = (typeof MANDAAT_BESLUITEN)[number];

export interface Mandaat {
  id: string;
  /** The mandaatgever: the college of this gemeente. */
  gemeenteCode: string;
  /** The gemandateerde: the regional team. */
  teamId: string;
  besluiten: readonly string[];
  productcategorieen: readonly string[];
  geldigVan: string;
  /** Last day the mandate holds; null: until withdrawn. */
  geldigTot: string | null;
  besluitReferentie: string;
  ondertekening: string;
}

export interface MandaatVraag {
  gemeenteCode: string;
  besluit: MandaatBesluit;
  /** The decision date (besluitdatum): the mandate must hold on that day. */
  datum: string;
  /** The product categories decided on; the mandate must cover every one of them. */
  categorieen: readonly string[];
  /** The deciding team, when known: the mandate must name it. */
  teamId?: string | null;
}

const geldtOp = (m: Mandaat, datum: string) =>
  m.geldigVan <= datum && (m.geldigTot === null || datum <= m.geldigTot);

/**
 * The mandate under which a decision may be taken, or null when there is none. When several hold,
 * the most recent one (latest geldigVan) is used: it names the decree the letter cites.
 */
export function geldigMandaat(mandaten: readonly Mandaat[], v: MandaatVraag): Mandaat | null {
  const passend = mandaten.filter(
    (m) =>
      m.gemeenteCode === v.gemeenteCode &&
      (v.teamId == null || m.teamId === v.teamId) &&
      m.besluiten.includes(v.besluit) &&
      v.categorieen.every((c) => m.productcategorieen.includes(c)) &&
      geldtOp(m, v.datum),
  );
  passend.sort((a, b) => (a.geldigVan < b.geldigVan ? 1 : a.geldigVan > b.geldigVan ? -1 : 0));
  return passend[0] ?? null;
}

/**
 * Two mandates of one gemeente to one team that share a kind of decision and a category must not
 * overlap in time: the register would not say which decree a decision rests on.
 */
export function overlappen(a: Omit<Mandaat, 'id'>, b: Omit<Mandaat, 'id'>): boolean {
  if (a.gemeenteCode !== b.gemeenteCode || a.teamId !== b.teamId) return false;
  if (!a.besluiten.some((x) => b.besluiten.includes(x))) return false;
  if (!a.productcategorieen.some((x) => b.productcategorieen.includes(x))) return false;
  const eindA = a.geldigTot ?? '9999-12-31';
  const eindB = b.geldigTot ?? '9999-12-31';
  return a.geldigVan <= eindB && b.geldigVan <= eindA;
}

/**
 * The signature of a decision under mandate (Awb 10:10: the decision states on whose behalf it is
 * taken): "Namens het college van burgemeester en wethouders van Raalte, <function>, op grond van
 * <decree>".
 */
export function ondertekeningOnderMandaat(
  m: Pick<Mandaat, 'ondertekening' | 'besluitReferentie'>,
  gemeenteNaam: string,
): { naam: string; functie: string } {
  return {
    naam: `Namens het college van burgemeester en wethouders van ${gemeenteNaam},`,
    functie: `${m.ondertekening}, op grond van ${m.besluitReferentie}`,
  };
}
