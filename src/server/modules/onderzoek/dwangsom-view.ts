import type { DwangsomStand } from '../../../domain/termijnen/index.ts';

/** The dwangsom as the API shows it: the amount in euros (a number), as the contract says. */
export function dwangsomView(s: DwangsomStand) {
  return {
    vanaf: s.vanaf,
    dagen: s.dagen,
    bedrag: s.bedragCent / 100,
    laatsteDag: s.laatsteDag,
    afgelopen: s.afgelopen,
  };
}
