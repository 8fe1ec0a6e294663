import { geheelGetal, type Rng } from '../../../domain/bsn/prng.ts';
import type { Kalender } from '../../../domain/termijnen/index.ts';

export interface ProductInfo {
  id: string;
  code: string;
  eenheid: string;
  frequentie: string;
  tarief: number;
  pgbTarief: number;
  volume: readonly [number, number];
  aanbieders: readonly string[];
}

export interface WijkInfo {
  id: string;
  postcodes: ReadonlyArray<readonly [string, string]>;
  woonplaats: string;
}

export interface GemeenteGegevens {
  code: string;
  wijken: ReadonlyMap<string, WijkInfo>;
  /** Key `${categorie}|${0 | 1}`. */
  producten: ReadonlyMap<string, ProductInfo>;
  partners: readonly string[];
  consulenten: readonly string[];
  backoffice: readonly string[];
  registratie: readonly string[];
  teamId: string;
  kalender: Kalender;
  /** BSNs already used in this gemeente (never handed out again). */
  bestaandeBsns: ReadonlySet<string>;
}

export const kans = (rng: Rng, p: number) => rng() < p;
export const kies = <T>(rng: Rng, xs: readonly T[]): T => xs[geheelGetal(rng, xs.length)]!;
export const tussen = (rng: Rng, van: number, tot: number) =>
  van + geheelGetal(rng, Math.max(1, tot - van + 1));

export function gewogen<T>(rng: Rng, xs: ReadonlyArray<readonly [T, number]>): T {
  let x = rng() * xs.reduce((s, [, g]) => s + g, 0);
  for (const [v, g] of xs) {
    if (x < g) return v;
    x -= g;
  }
  return xs[0]![0];
}

/**
 * Ids and numbers for generated rows. UUIDs in the time-ordered layout of UUIDv7 (48-bit counter,
 * then random bits from the seeded rng): the same seed gives the same ids, and indexes grow at
 * their right edge instead of being written at random places — much faster for millions of rows.
 * Melding-, beschikking- and toewijzingnummers continue the database's sequences (set afterwards).
 */
export class Ids {
  private n = 0;
  readonly nummer = { melding: 0, beschikking: 0, toewijzing: 0 };
  constructor(
    private readonly rng: Rng,
    private readonly basis: number,
  ) {}
  uuid(): string {
    const t = (this.basis + this.n++).toString(16).padStart(12, '0');
    const r = () => Math.floor(this.rng() * 2 ** 32);
    const a = r().toString(16).padStart(8, '0');
    const b = r().toString(16).padStart(8, '0');
    const c = r().toString(16).padStart(8, '0');
    return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${a.slice(0, 3)}-${((r() & 3) | 8).toString(16)}${a.slice(3, 6)}-${b}${c.slice(0, 4)}`;
  }
}

export interface Aantallen {
  [tabel: string]: number;
}
