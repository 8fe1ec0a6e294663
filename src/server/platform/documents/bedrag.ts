/**
 * Amounts and numbers in letters, written the Dutch way without Intl (the letters must read the
 * same on every server): € 5.158,40 with a thousands dot and a decimal comma; 1,5 not 1.5.
 */

function duizendtallen(heel: string): string {
  return heel.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 5158.4 → '€ 5.158,40'; -12 → '€ -12,00'. */
export function formatEuro(bedrag: number): string {
  const teken = bedrag < 0 ? '-' : '';
  const [heel, cent] = Math.abs(bedrag).toFixed(2).split('.');
  return `€ ${teken}${duizendtallen(heel!)},${cent}`;
}

/** 1.5 → '1,5'; 12000 → '12.000'; up to two decimals, without trailing zeros. */
export function formatGetal(n: number): string {
  const teken = n < 0 ? '-' : '';
  const [heel, deel] = String(Math.round(Math.abs(n) * 100) / 100).split('.');
  return `${teken}${duizendtallen(heel!)}${deel ? `,${deel}` : ''}`;
}
