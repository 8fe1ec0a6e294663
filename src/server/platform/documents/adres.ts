/** Addressing a resident in a letter: name with initials, window-envelope address lines, aanhef. */

export interface AdresPersoon {
  voornamen?: string | null;
  tussenvoegsel?: string | null;
  achternaam: string;
  straat?: string | null;
  huisnummer?: number | string | null;
  huisnummertoevoeging?: string | null;
  postcode?: string | null;
  woonplaats?: string | null;
  /** From the BRP or the intake: 'man', 'vrouw', 'anders' or 'onbekend'. */
  geslacht?: string | null;
}

/** 'de Vries' → 'De Vries': without initials before it, a Dutch tussenvoegsel gets a capital. */
export function aanhefNaam(tussenvoegsel: string | null | undefined, achternaam: string): string {
  const tv = tussenvoegsel?.trim();
  if (!tv) return achternaam.trim();
  return `${tv.charAt(0).toUpperCase()}${tv.slice(1)} ${achternaam.trim()}`;
}

/**
 * The salutation: "Geachte heer De Vries," or "Geachte mevrouw De Vries," when the geslacht is
 * known; "Geachte heer/mevrouw …" only when it is not (issue 15, item 9). For 'anders' neither
 * heer nor mevrouw fits, so the letter addresses the person by initials and name.
 */
export function aanhef(p: AdresPersoon): string {
  const naam = aanhefNaam(p.tussenvoegsel, p.achternaam);
  if (p.geslacht === 'man') return `Geachte heer ${naam},`;
  if (p.geslacht === 'vrouw') return `Geachte mevrouw ${naam},`;
  if (p.geslacht === 'anders') {
    const vl = voorletters(p.voornamen);
    const tv = p.tussenvoegsel?.trim();
    return `Geachte ${[vl, tv, p.achternaam.trim()].filter(Boolean).join(' ')},`;
  }
  return `Geachte heer/mevrouw ${naam},`;
}

/** 'Jan Pieter' → 'J.P.' */
export function voorletters(voornamen: string | null | undefined): string {
  return (voornamen ?? '')
    .split(/[\s]+/)
    .filter(Boolean)
    .map((naam) => `${naam.charAt(0).toUpperCase()}.`)
    .join('');
}

/** '7411AB' → '7411 AB' (the written form; the database keeps it without a space). */
export function toonPostcode(postcode: string): string {
  const p = postcode.replace(/\s+/g, '').toUpperCase();
  return /^\d{4}[A-Z]{2}$/.test(p) ? `${p.slice(0, 4)} ${p.slice(4)}` : postcode.trim();
}

/**
 * Address lines as PostNL asks for them: street and number, then postcode, two spaces and the place
 * in capitals. Without a complete address there are no lines (the letter is then handed over or
 * sent digitally), rather than half an address that the post cannot deliver.
 */
export function adresregels(p: AdresPersoon): string[] {
  if (!p.straat?.trim() || p.huisnummer == null || !p.postcode?.trim() || !p.woonplaats?.trim()) return [];
  const toevoeging = p.huisnummertoevoeging?.trim() ?? '';
  // A single huisletter sticks to the number (12A); anything else gets a hyphen (12-2, 12-bis).
  const nummer = toevoeging
    ? `${p.huisnummer}${/^[A-Za-z]$/.test(toevoeging) ? toevoeging.toUpperCase() : `-${toevoeging}`}`
    : `${p.huisnummer}`;
  return [
    `${p.straat.trim()} ${nummer}`,
    `${toonPostcode(p.postcode)}  ${p.woonplaats.trim().toUpperCase()}`,
  ];
}

/** 'J.P. de Vries' */
export function naamOpBrief(p: AdresPersoon): string {
  return [voorletters(p.voornamen), p.tussenvoegsel?.trim(), p.achternaam.trim()].filter(Boolean).join(' ');
}
