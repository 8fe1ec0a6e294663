import { maandenVanaf, plusMaanden } from '../../../domain/monitoring/capaciteit.ts';
import { today } from '../../platform/clock.ts';
import { errors } from '../../platform/http/errors.ts';

export const dezeMaand = () => today().slice(0, 7);

/** [first day, last day] of a month range; default the last twelve months including this one. */
export function maandBereik(
  van?: string,
  tot?: string,
): { van: string; tot: string; begin: string; eind: string } {
  const t = tot ?? dezeMaand();
  const v = van ?? plusMaanden(t, -11);
  if (v > t) throw errors.field('van', 'na-tot', 'De eerste maand ligt na de laatste.');
  if (maandenVanaf(v, 121).at(-1)! < t)
    throw errors.field('van', 'te-lang', 'Kies een periode van hooguit tien jaar.');
  return { van: v, tot: t, begin: `${v}-01`, eind: laatsteDag(t) };
}

export function laatsteDag(maand: string): string {
  const [j, m] = maand.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(j, m, 0)).getUTCDate();
  return `${maand}-${String(d).padStart(2, '0')}`;
}
