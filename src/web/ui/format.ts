/** Dutch presentation of numbers and times; the server works in Europe/Amsterdam as well. */

const fteFormat = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const tijdFormat = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'short',
  timeStyle: 'medium',
  timeZone: 'Europe/Amsterdam',
});

export function formatFte(fte: number): string {
  return fteFormat.format(fte);
}

export function formatTijdstip(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : tijdFormat.format(d);
}

/**
 * "0,89" or "0.89" → 0.89. Anything that is not a number is passed on as typed, so that the
 * server's validation reports it next to the field (one source of validation rules).
 */
export function parseFte(invoer: string): number | string | undefined {
  const t = invoer.trim();
  if (t === '') return undefined;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : t;
}

export function jaNee(waarde: boolean): string {
  return waarde ? 'Ja' : 'Nee';
}
