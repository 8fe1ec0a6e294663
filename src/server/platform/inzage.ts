import type { Sql } from './db/types.ts';

/**
 * A module's part of an inzage export (AVG art. 15): what it holds about one person and to whom it
 * gave it. Each module builds its own part from its own tables (no cross-module SQL); the privacy
 * module puts the parts together. Third parties' personal data (other household members, melders,
 * employees' names) stay out: a part holds the person's own data and organisations, never other people.
 */
export interface InzageDeel {
  /** A heading for people, e.g. 'Meldingen'. */
  titel: string;
  /** One record per row; values are plain text, numbers, booleans or null. */
  gegevens: Array<Record<string, string | number | boolean | null>>;
  /** Organisations the data was given to (AVG art. 15 lid 1 sub c). */
  ontvangers: Array<{ naam: string; soort: string; wat: string }>;
}

/** Called in the privacy officer's transaction (row-level security applies). */
export type InzageBron = (tx: Sql, persoonId: string) => Promise<InzageDeel[]>;

const bronnen = new Map<string, InzageBron>();

/** Registered by the app for every module descriptor with an `inzage` (app.ts). */
export function registreerInzageBron(module: string, bron: InzageBron): void {
  bronnen.set(module, bron);
}

export function inzageBronnen(): ReadonlyArray<[string, InzageBron]> {
  return [...bronnen.entries()];
}
