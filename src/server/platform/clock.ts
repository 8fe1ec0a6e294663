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

export function today(): string {
  return fixed ?? formatter.format(new Date());
}

/** For tests only: pin "today" (or pass null to use the real clock again). */
export function setToday(date: string | null): void {
  fixed = date;
}
