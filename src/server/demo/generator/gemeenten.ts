/**
 * The gemeenten of a generated data set. Schaal 1 is Deventer. A larger schaal adds gemeenten until
 * the volume is `schaal` × Deventer: first the four others of the demo region at their relative
 * size (real places), then synthetic gemeenten of Deventer's size with CBS-like codes 9001… (no
 * real gemeente has a code from 9000: CBS codes run up to about 2000) — docs/demo-data.md.
 */
import { DEVENTER_POSTCODES, DEVENTER_WIJKEN } from '../organisatie-demo.ts';

export interface GemeenteProfiel {
  code: string;
  naam: string;
  /** Volume relative to Deventer. */
  factor: number;
  /** Exactly the reference figures (only Deventer at factor 1). */
  exact: boolean;
  wijken: ReadonlyArray<{
    code: string;
    naam: string;
    woonplaats: string;
    postcodes: ReadonlyArray<readonly [string, string]>;
  }>;
  /** Exists in the demo organisation (gemeente and its organisation are there already). */
  inDemo: boolean;
}

const DEVENTER_WOONPLAATS: Record<string, string> = {
  K: 'Diepenveen',
  L: 'Schalkhaar',
  M: 'Okkenbroek',
  N: 'Lettele',
  O: 'Bathmen',
};

export const DEVENTER: Omit<GemeenteProfiel, 'factor' | 'exact'> = {
  code: '0150',
  naam: 'Deventer',
  inDemo: true,
  wijken: DEVENTER_WIJKEN.map(([code, naam]) => ({
    code,
    naam,
    woonplaats: DEVENTER_WOONPLAATS[code] ?? 'Deventer',
    postcodes: DEVENTER_POSTCODES.filter(([, , w]) => w === code).map(([van, tot]) => [van, tot] as const),
  })),
};

type Kern = readonly [code: string, naam: string, postcodes: readonly number[]];
const kern = ([code, naam, pc]: Kern) => ({
  code,
  naam,
  woonplaats: naam,
  postcodes: pc.map((p) => [`${p}AA`, `${p}ZZ`] as const),
});

/** The other gemeenten of the demo region, with their kernen as wijken (illustrative postcodes). */
const REGIO: ReadonlyArray<Omit<GemeenteProfiel, 'exact'>> = [
  {
    code: '0301',
    naam: 'Zutphen',
    factor: 0.47,
    inDemo: true,
    wijken: (
      [
        ['ZB', 'Binnenstad', [7201]],
        ['ZN', 'Noordveen', [7202]],
        ['ZW', 'Waterkwartier', [7203]],
        ['ZZ', 'Zuidwijken', [7204, 7206]],
        ['ZH', 'De Hoven', [7205]],
        ['ZL', 'Leesten', [7207]],
        ['ZV', 'Warnsveld', [7231, 7232]],
      ] as const
    ).map(kern),
  },
  {
    code: '0177',
    naam: 'Raalte',
    factor: 0.37,
    inDemo: true,
    wijken: (
      [
        ['RA', 'Raalte', [8101, 8102]],
        ['RH', 'Heino', [8141]],
        ['RE', 'Heeten', [8111]],
        ['RB', 'Broekland', [8107]],
        ['RL', 'Luttenberg', [8105]],
        ['RM', 'Mariënheem', [8106]],
      ] as const
    ).map(kern),
  },
  {
    code: '0262',
    naam: 'Lochem',
    factor: 0.34,
    inDemo: true,
    wijken: (
      [
        ['LO', 'Lochem', [7241, 7242]],
        ['LG', 'Gorssel', [7213]],
        ['LE', 'Eefde', [7211]],
        ['LP', 'Epse', [7214]],
        ['LL', 'Laren', [7245]],
        ['LB', 'Barchem', [7244]],
        ['LH', 'Harfsen', [7217]],
      ] as const
    ).map(kern),
  },
  {
    code: '0175',
    naam: 'Olst-Wijhe',
    factor: 0.18,
    inDemo: true,
    wijken: (
      [
        ['OO', 'Olst', [8121]],
        ['OW', 'Wijhe', [8131]],
        ['OB', 'Boskamp', [8124]],
        ['OL', 'Welsum', [8196]],
      ] as const
    ).map(kern),
  },
];

function synthetisch(n: number, factor: number): GemeenteProfiel {
  const code = String(9000 + n);
  const naam = `Proefstad ${n}`;
  return {
    code,
    naam,
    factor,
    exact: false,
    inDemo: false,
    wijken: Array.from({ length: 12 }, (_, k) => {
      const pc = 1000 + ((n * 12 + k) % 8999);
      return {
        code: `W${String(k + 1).padStart(2, '0')}`,
        naam: `Wijk ${k + 1}`,
        woonplaats: naam,
        postcodes: [[`${pc}AA`, `${pc}ZZ`] as const],
      };
    }),
  };
}

/** The gemeenten for `schaal`: Deventer (exact at schaal ≥ 1, scaled below it) and the rest. */
export function gemeentenVoorSchaal(schaal: number): GemeenteProfiel[] {
  if (!(schaal > 0)) throw new Error('De schaal moet groter dan 0 zijn.');
  const uit: GemeenteProfiel[] = [{ ...DEVENTER, factor: Math.min(schaal, 1), exact: schaal >= 1 }];
  let rest = Math.round((schaal - 1) * 1000) / 1000;
  for (const g of REGIO) {
    if (rest <= 0.05) break;
    const f = Math.min(g.factor, rest);
    uit.push({ ...g, factor: f, exact: false });
    rest -= f;
  }
  for (let n = 1; rest > 0.05; n++) {
    const f = Math.min(1, rest);
    uit.push(synthetisch(n, f));
    rest -= f;
  }
  return uit;
}
