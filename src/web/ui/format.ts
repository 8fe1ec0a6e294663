/** Dutch presentation of numbers and times; the server works in Europe/Amsterdam as well. */

const fteFormat = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
const tijdFormat = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'short',
  timeStyle: 'medium',
  timeZone: 'Europe/Amsterdam',
});

/** Fte on every screen (one formatter): "1,0", "0,89", "20,41". */
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

/*
 * Calendar dates ('2026-06-12') are plain days, not moments: written out without Intl and without
 * the browser's time zone, the same way as the letters the server writes (12 juni 2026).
 */
const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;
const WEEKDAGEN = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;
const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

function delen(iso: string): { jaar: number; maand: number; dag: number } | null {
  const m = ISO_DATUM.exec(iso);
  if (!m) return null;
  const [jaar, maand, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return maand >= 1 && maand <= 12 && dag >= 1 && dag <= 31 ? { jaar, maand, dag } : null;
}

/** '2026-06-12' → '12 juni 2026'; anything else as it is. */
export function formatDatum(iso: string): string {
  const d = delen(iso);
  return d ? `${d.dag} ${MAANDEN[d.maand - 1]} ${d.jaar}` : iso;
}

/** '2026-06-12' → 'vrijdag 12 juni 2026'. */
export function formatDatumMetWeekdag(iso: string): string {
  const d = delen(iso);
  if (!d) return iso;
  const weekdag = WEEKDAGEN[new Date(Date.UTC(d.jaar, d.maand - 1, d.dag)).getUTCDay()];
  return `${weekdag} ${formatDatum(iso)}`;
}

const isoFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in the Netherlands as 'YYYY-MM-DD', as the server counts it. */
export function vandaagIso(): string {
  return isoFormat.format(new Date());
}

/** "1 dag", "3 dagen": a count with its noun, singular for one. */
export function aantal(n: number, enkelvoud: string, meervoud: string): string {
  return `${n} ${Math.abs(n) === 1 ? enkelvoud : meervoud}`;
}
