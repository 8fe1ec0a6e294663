import { PRODUCTCATEGORIEEN, type Productcategorie } from '../iwmo/codelijsten.ts';

/**
 * A productcategorie as an old system exports it: the WMO020 code ("01", or "1") or the Dutch name
 * as in the code list or in the municipality's reports, in any case, with or without spaces,
 * hyphens or accents ("Hulp bij het huishouden", "overige maatwerkarrangementen").
 */

function normaliseer(waarde: string): string {
  return waarde
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Names used in practice next to the WMO020 names (e.g. in Deventer's kerncijfers). */
const ALIASSEN: Record<string, Productcategorie> = {
  huishoudelijkehulp: '01',
  hbh: '01',
  vervoersdiensten: '08',
  maatwerkarrangementen: '10',
};

const OP_NAAM = new Map<string, Productcategorie>([
  ...Object.entries(PRODUCTCATEGORIEEN).map(
    ([code, naam]) => [normaliseer(naam), code as Productcategorie] as const,
  ),
  ...Object.entries(ALIASSEN),
]);

/** The WMO020 code for `waarde`, or null when it is no known category. */
export function productcategorieVan(waarde: string): Productcategorie | null {
  const w = waarde.trim();
  if (/^[0-9]{1,2}$/.test(w)) {
    const code = w.padStart(2, '0');
    return Object.hasOwn(PRODUCTCATEGORIEEN, code) ? (code as Productcategorie) : null;
  }
  return OP_NAAM.get(normaliseer(w)) ?? null;
}
