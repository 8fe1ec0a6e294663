/**
 * "1.234,56", "€ 1234,5", "-50" → a number; "1234.56" (a point as decimal sign) is read as well.
 * Anything else goes to the server as typed, so that its validation names the field (one source of rules).
 */
export function leesBedrag(invoer: string): number | string {
  const t = invoer.replace(/€|\s/g, '');
  if (t === '') return invoer;
  const genormaliseerd = t.includes(',')
    ? t.replace(/\./g, '').replace(',', '.')
    : /^-?\d{1,3}(\.\d{3})+$/.test(t)
      ? t.replace(/\./g, '')
      : t;
  const n = Number(genormaliseerd);
  return /^-?\d+(\.\d+)?$/.test(genormaliseerd) && Number.isFinite(n) ? n : invoer;
}
