import type { ComponentType } from 'react';

/**
 * One screen of the app: each area exports its list (`<gebied>/schermen.ts`) and the app joins
 * them in menu order (app/schermen.ts). A screen names the permission it needs, not roles: the
 * server says which permissions the user holds (GET /sessies/huidig, `rechten`).
 */
export interface Scherm {
  /** The path; the screen also owns everything under it (its own sub-routes). */
  pad: `/${string}`;
  /** The menu item's text; without one the screen is reached by links only (e.g. one melding). */
  label?: string;
  /**
   * The permission (API policy) the user must hold to see the item and open the screen: the one
   * the API route behind the screen requires (the API checks again, this is for the menu).
   */
  recht: string;
  pagina: ComponentType;
  /** A task count (GET /mijn-taken, its `code`) shown next to the menu item when above zero. */
  teller?: string;
}
