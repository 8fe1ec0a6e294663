/**
 * The trend of an aspect over a project's published reports, for the council overview: better,
 * the same or worse than the report before, with the whole series so a reader sees the history.
 */
import {
  ASPECTEN,
  type AspectCode,
  type AspectStatus,
  type RapportageInhoud,
  statusRang,
} from './rapportage.ts';

export type Trend = 'beter' | 'gelijk' | 'slechter' | 'eerste' | 'onbekend';

export const TREND_TEKST: Record<Trend, string> = {
  beter: 'verbeterd ten opzichte van de vorige rapportage',
  gelijk: 'gelijk aan de vorige rapportage',
  slechter: 'verslechterd ten opzichte van de vorige rapportage',
  eerste: 'eerste rapportage',
  onbekend: 'niet te vergelijken (status ontbreekt)',
};

export interface AspectReeks {
  aspect: AspectCode;
  /** Oldest first: the status of this aspect in each report. */
  reeks: Array<{ rapportagedatum: string; status: AspectStatus | null }>;
  trend: Trend;
}

export function trend(vorige: AspectStatus | null | undefined, huidige: AspectStatus | null): Trend {
  if (vorige === undefined) return 'eerste';
  if (vorige === null || huidige === null) return 'onbekend';
  const d = statusRang(huidige) - statusRang(vorige);
  return d < 0 ? 'beter' : d > 0 ? 'slechter' : 'gelijk';
}

/** Per aspect the series over the given reports (any order) and the trend of the newest. */
export function aspectReeksen(
  rapportages: ReadonlyArray<{ rapportagedatum: string; inhoud: Pick<RapportageInhoud, 'voortgang'> }>,
): AspectReeks[] {
  const oplopend = [...rapportages].sort((a, b) => a.rapportagedatum.localeCompare(b.rapportagedatum));
  return ASPECTEN.map((aspect) => {
    const reeks = oplopend.map((r) => ({
      rapportagedatum: r.rapportagedatum,
      status: r.inhoud.voortgang[aspect]?.status ?? null,
    }));
    const n = reeks.length;
    return {
      aspect,
      reeks,
      trend: n === 0 ? 'onbekend' : trend(n > 1 ? reeks[n - 2]!.status : undefined, reeks[n - 1]!.status),
    };
  });
}
