/**
 * Prestatie-indicatoren of a preventive partner per quarter, computed from what is registered
 * (verwijzingen, activiteiten, wijksignalen), next to the agreed target (the opdracht).
 *
 * Source: procesplan Ontvlechting sociale teams (2020-000868) §5.2 uitgangspunt 8: the shift to more
 * prevention "wordt ondersteund door het formuleren van concrete doelen (prestatie indicatoren)";
 * deelproject opdrachtgeverschap: "Prestatie-indicatoren en bijbehorende PDCA-cyclus". The
 * definitions below are the platform's; docs/preventie-wijk.md explains each.
 */

export const INDICATOREN = {
  'verwijzingen-ontvangen': { naam: 'Verwijzingen ontvangen', eenheid: 'aantal', richting: 'minimaal' },
  'verwijzingen-binnen-termijn': {
    naam: 'Verwijzingen binnen de termijn opgepakt',
    eenheid: 'procent',
    richting: 'minimaal',
  },
  'aandeel-opgelost': { naam: 'Afgesloten verwijzingen opgelost', eenheid: 'procent', richting: 'minimaal' },
  activiteiten: { naam: 'Collectieve activiteiten', eenheid: 'aantal', richting: 'minimaal' },
  bereik: { naam: 'Bereik (deelnemers aan activiteiten)', eenheid: 'aantal', richting: 'minimaal' },
  'wijken-bereikt': { naam: 'Wijken met een activiteit', eenheid: 'aantal', richting: 'minimaal' },
  wijksignalen: { naam: 'Signalen over een wijk', eenheid: 'aantal', richting: 'minimaal' },
} as const;

export type IndicatorCode = keyof typeof INDICATOREN;
export const INDICATOR_CODES = Object.keys(INDICATOREN) as [IndicatorCode, ...IndicatorCode[]];

/** The default number of days to pick up a referral when the opdracht does not say. */
export const STANDAARD_TERMIJN_DAGEN = 5;

export interface Kwartaal {
  jaar: number;
  kwartaal: 1 | 2 | 3 | 4;
}

/** First and last day (ISO) of a quarter. */
export function kwartaalPeriode(k: Kwartaal): { van: string; tot: string } {
  const maandVan = (k.kwartaal - 1) * 3 + 1;
  const maandTot = maandVan + 2;
  const laatsteDag = new Date(Date.UTC(k.jaar, maandTot, 0)).getUTCDate();
  const mm = (m: number) => String(m).padStart(2, '0');
  return { van: `${k.jaar}-${mm(maandVan)}-01`, tot: `${k.jaar}-${mm(maandTot)}-${laatsteDag}` };
}

/** A referral as the indicators see it (no personal data). Dates are ISO (YYYY-MM-DD). */
export interface VerwijzingRegistratie {
  ontvangenOp: string;
  /** Accepted or declined: the partner picked it up. */
  opgepaktOp: string | null;
  afgeslotenOp: string | null;
  /** The terugkoppeling: opgelost, lopend, terug-naar-toegang, niet-bereikt. */
  uitkomst: string | null;
}

export interface ActiviteitRegistratie {
  /** The period the counts are about; the activity counts in the quarter its period starts in. */
  periodeVan: string;
  wijk: string;
  deelnemers: number;
}

export interface SignaalRegistratie {
  datum: string;
}

export interface Registraties {
  verwijzingen: readonly VerwijzingRegistratie[];
  activiteiten: readonly ActiviteitRegistratie[];
  signalen: readonly SignaalRegistratie[];
}

export interface Afspraak {
  code: IndicatorCode;
  streefwaarde: number;
  termijnDagen?: number | null;
}

export interface IndicatorWaarde {
  code: IndicatorCode;
  naam: string;
  eenheid: 'aantal' | 'procent';
  /** null: nothing to measure in the quarter (e.g. no referral closed: no share solved). */
  gemeten: number | null;
  /** The counts behind a percentage: teller of noemer. */
  teller: number | null;
  noemer: number | null;
  streefwaarde: number | null;
  /** null when there is no target or nothing measured. */
  gehaald: boolean | null;
  /** How it was computed, in words. */
  berekening: string;
}

function inPeriode(d: string | null, p: { van: string; tot: string }): boolean {
  return d !== null && d >= p.van && d <= p.tot;
}

/** Whole days from a to b (ISO dates). */
export function dagenTussen(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** A percentage with one decimal, half away from zero. */
function procent(teller: number, noemer: number): number {
  return Math.round((teller * 1000) / noemer) / 10;
}

/**
 * The indicators of one quarter. Every indicator is computed, with or without an agreed target, so
 * the partner and the gemeente look at the same figures (PDCA: measured next to plan).
 */
export function berekenIndicatoren(
  k: Kwartaal,
  r: Registraties,
  afspraken: readonly Afspraak[] = [],
): IndicatorWaarde[] {
  const p = kwartaalPeriode(k);
  const afspraak = new Map(afspraken.map((a) => [a.code, a]));
  const termijn = afspraak.get('verwijzingen-binnen-termijn')?.termijnDagen ?? STANDAARD_TERMIJN_DAGEN;

  const ontvangen = r.verwijzingen.filter((v) => inPeriode(v.ontvangenOp, p));
  const binnenTermijn = ontvangen.filter(
    (v) => v.opgepaktOp !== null && dagenTussen(v.ontvangenOp, v.opgepaktOp) <= termijn,
  );
  const afgesloten = r.verwijzingen.filter((v) => inPeriode(v.afgeslotenOp, p) && v.uitkomst !== null);
  const opgelost = afgesloten.filter((v) => v.uitkomst === 'opgelost');
  const activiteiten = r.activiteiten.filter((a) => inPeriode(a.periodeVan, p));
  const bereik = activiteiten.reduce((s, a) => s + a.deelnemers, 0);
  const wijken = new Set(activiteiten.map((a) => a.wijk));
  const signalen = r.signalen.filter((s) => inPeriode(s.datum, p));

  const waarden: Record<
    IndicatorCode,
    { gemeten: number | null; teller?: number; noemer?: number; uitleg: string }
  > = {
    'verwijzingen-ontvangen': {
      gemeten: ontvangen.length,
      uitleg: `verwijzingen ontvangen van ${p.van} tot en met ${p.tot}`,
    },
    'verwijzingen-binnen-termijn': {
      gemeten: ontvangen.length ? procent(binnenTermijn.length, ontvangen.length) : null,
      teller: binnenTermijn.length,
      noemer: ontvangen.length,
      uitleg: `${binnenTermijn.length} van de ${ontvangen.length} ontvangen verwijzingen binnen ${termijn} dagen geaccepteerd of afgewezen`,
    },
    'aandeel-opgelost': {
      gemeten: afgesloten.length ? procent(opgelost.length, afgesloten.length) : null,
      teller: opgelost.length,
      noemer: afgesloten.length,
      uitleg: `${opgelost.length} van de ${afgesloten.length} in het kwartaal afgesloten verwijzingen met uitkomst 'opgelost'`,
    },
    activiteiten: {
      gemeten: activiteiten.length,
      uitleg: 'registraties van activiteiten waarvan de periode in het kwartaal begint',
    },
    bereik: { gemeten: bereik, uitleg: 'som van de deelnemers van die activiteiten (anoniem geteld)' },
    'wijken-bereikt': { gemeten: wijken.size, uitleg: 'verschillende wijken met minstens één activiteit' },
    wijksignalen: { gemeten: signalen.length, uitleg: 'signalen over een wijk die de partner registreerde' },
  };

  return (Object.keys(INDICATOREN) as IndicatorCode[]).map((code) => {
    const def = INDICATOREN[code];
    const w = waarden[code];
    const a = afspraak.get(code);
    const streef = a?.streefwaarde ?? null;
    return {
      code,
      naam: def.naam,
      eenheid: def.eenheid,
      gemeten: w.gemeten,
      teller: w.teller ?? null,
      noemer: w.noemer ?? null,
      streefwaarde: streef,
      gehaald: streef === null || w.gemeten === null ? null : w.gemeten >= streef,
      berekening: w.uitleg,
    };
  });
}
