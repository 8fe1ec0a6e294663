/**
 * Today's date in the Netherlands. Statutory terms count in Dutch calendar days, whatever the
 * server's timezone. Tests can pin the date with `setToday`.
 */
const formatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

let fixed: string | null = null;

/**
 * The Dutch calendar date of a moment ('YYYY-MM-DD'). A timestamp of 23:30 UTC is the next day in
 * the Netherlands; `toISOString().slice(0, 10)` would show the day before to residents and auditors.
 */
export function datumInNederland(moment: Date): string {
  return formatter.format(moment);
}

export function today(): string {
  return fixed ?? formatter.format(new Date());
}

/** For tests only: pin "today" (or pass null to use the real clock again). */
export function setToday(date: string | null): void {
  fixed = date;
}
