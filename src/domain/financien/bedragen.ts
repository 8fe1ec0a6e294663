/**
 * Money of a toewijzing: the volume it grants over a period and what that commits at the contracted
 * tariff (*verplicht*), and the year-end forecast (*prognose*). Pure; amounts in eurocent (integers)
 * so sums stay exact; the API turns them into euros.
 *
 * The omvang of a toewijzing is Volume × Eenheid per Frequentie (WMO757: 1 per dag, 2 per week,
 * 4 per maand, 6 totaal binnen de geldigheidsduur). Over a period that covers a frequency window only
 * partly, the grant counts pro rata by calendar days (a week = 7 days; a month = its own number of
 * days), because the municipality commits per day of the toewijzing and an aanbieder may deliver a
 * partial month (TR387/TR388 allow a ProductPeriode that starts or ends inside the month when the
 * toewijzing does).
 */
import { dagenInMaand, dagnummer, type IsoDatum, leesDatum } from '../termijnen/datum.ts';

export type Frequentie = '1' | '2' | '4' | '6';

export interface Omvang {
  volume: number;
  frequentie: Frequentie;
}

export interface Periode {
  begin: IsoDatum;
  /** Inclusive. */
  eind: IsoDatum;
}

/** Days in [begin, eind], inclusive; 0 when the period is empty. */
export function dagen(p: Periode): number {
  return Math.max(0, dagnummer(p.eind) - dagnummer(p.begin) + 1);
}

/** The overlap of two periods, or null. */
export function doorsnede(a: Periode, b: Periode): Periode | null {
  const begin = a.begin > b.begin ? a.begin : b.begin;
  const eind = a.eind < b.eind ? a.eind : b.eind;
  return begin <= eind ? { begin, eind } : null;
}

/** Months covered by `p`, each as a fraction of its own length (1 April–15 April = 0.5). */
function maanden(p: Periode): number {
  let totaal = 0;
  let { jaar, maand } = leesDatum(p.begin);
  const eind = leesDatum(p.eind);
  while (jaar < eind.jaar || (jaar === eind.jaar && maand <= eind.maand)) {
    const lengte = dagenInMaand(jaar, maand);
    const mm = String(maand).padStart(2, '0');
    const deel = doorsnede(p, { begin: `${jaar}-${mm}-01`, eind: `${jaar}-${mm}-${lengte}` });
    if (deel) totaal += dagen(deel) / lengte;
    maand += 1;
    if (maand > 12) {
      maand = 1;
      jaar += 1;
    }
  }
  return totaal;
}

/**
 * The volume a toewijzing grants within `binnen` (already clipped to the toewijzing's own period
 * `toewijzing`). For frequentie 6 (totaal) the whole volume is granted over the toewijzing, so a part
 * of it gets the share of its days; an open-ended toewijzing with a total grants the total at once.
 */
export function toegestaanVolume(
  omvang: Omvang,
  toewijzing: Periode | { begin: IsoDatum; eind: null },
  binnen: Periode,
): number {
  const eind = toewijzing.eind ?? binnen.eind;
  const deel = doorsnede({ begin: toewijzing.begin, eind }, binnen);
  if (!deel) return 0;
  switch (omvang.frequentie) {
    case '1':
      return omvang.volume * dagen(deel);
    case '2':
      return (omvang.volume * dagen(deel)) / 7;
    case '4':
      return omvang.volume * maanden(deel);
    case '6':
      return toewijzing.eind === null
        ? omvang.volume
        : (omvang.volume * dagen(deel)) / dagen({ begin: toewijzing.begin, eind: toewijzing.eind });
  }
}

/**
 * *Verplicht* of one toewijzing in `binnen` (e.g. a calendar year): granted volume × contracted tariff
 * per eenheid, in eurocent, rounded to the cent. An open-ended toewijzing commits until the end of
 * `binnen` (the budget year): that is what the municipality has promised for as long as it runs.
 */
export function verplichtBedrag(
  omvang: Omvang,
  tariefCent: number,
  toewijzing: { begin: IsoDatum; eind: IsoDatum | null },
  binnen: Periode,
): number {
  return Math.round(toegestaanVolume(omvang, toewijzing, binnen) * tariefCent);
}

/**
 * Year-end *prognose*: a linear extrapolation of the realisation so far,
 *
 *     prognose = gerealiseerd + gerealiseerd / verstrekenDagen × resterendeDagen
 *
 * where the elapsed days count up to `peildatum`, the last day covered by approved declaraties
 * (aanbieders declare a month after delivery, so "today" would understate the pace). Without any
 * realisation the forecast is verplicht (nothing else is known about the year); once the year is
 * fully covered the forecast is the realisation. Commitments are not mixed in: they are often granted
 * generously and would overstate the year.
 */
export function prognose(a: {
  jaar: number;
  peildatum: IsoDatum;
  gerealiseerd: number;
  verplicht: number;
}): number {
  const jaar = { begin: `${a.jaar}-01-01`, eind: `${a.jaar}-12-31` };
  const verstreken = doorsnede(jaar, { begin: jaar.begin, eind: a.peildatum });
  const totaal = dagen(jaar);
  if (!verstreken) return a.gerealiseerd > 0 ? a.gerealiseerd : a.verplicht;
  const n = dagen(verstreken);
  if (n >= totaal) return a.gerealiseerd;
  if (a.gerealiseerd <= 0) return a.verplicht;
  return Math.round(a.gerealiseerd + (a.gerealiseerd / n) * (totaal - n));
}
