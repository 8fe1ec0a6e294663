/** Dutch labels for the regional access's codes (the API speaks in codes). */

export const SOORT: Record<string, string> = {
  'beschermd-wonen': 'Beschermd wonen',
  opvang: 'Maatschappelijke opvang',
};

export const AANMELDER: Record<string, string> = {
  inwoner: 'De inwoner zelf',
  'lokale-toegang': 'Lokale toegang van een gemeente',
  partner: 'Een partner (bijvoorbeeld maatschappelijk werk)',
  ggz: 'De GGZ',
  politie: 'De politie',
  nachtopvang: 'De nachtopvang (intake ’s nachts)',
  anders: 'Iemand anders',
};

export const URGENTIE: Record<string, string> = {
  crisis: 'Crisis (direct)',
  hoog: 'Hoog',
  regulier: 'Regulier',
};

export const STATUS: Record<string, string> = {
  aangemeld: 'Aangemeld',
  wachtlijst: 'Op de wachtlijst',
  geplaatst: 'Geplaatst',
  uitgestroomd: 'Uitgestroomd',
  afgewezen: 'Afgewezen',
};

/** '€ 5.158,40': amounts with two decimals, Dutch notation. */
export function euro(n: number): string {
  return `€ ${n.toLocaleString('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export function getal(n: number): string {
  return n.toLocaleString('nl-NL');
}
