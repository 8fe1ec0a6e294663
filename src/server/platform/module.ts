import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from './config.ts';
import type { Database } from './db/types.ts';
import type { InzageBron } from './inzage.ts';
import type { Taak } from './jobs/jobs.ts';

/**
 * Categories of personal data a module may process (AVG art. 30 lid 1 sub c). Each module declares
 * its own in its descriptor; the verwerkingsregister (modules/privacy/verwerkingsregister.ts) must
 * list every one for that module (privacy/verwerkingsregister.test.ts).
 */
export const GEGEVENSCATEGORIEEN = {
  identificatie: 'Naam, geboortedatum, geslacht',
  bsn: 'Burgerservicenummer',
  contact: 'Adres, telefoon, e-mail, taal en communicatiebehoeften',
  huishouden: 'Samenstelling van het huishouden en rollen daarin',
  hulpvraag: 'Hulpvraag, melding en leefgebieden',
  gezondheid: 'Gegevens over gezondheid en beperkingen (bijzonder, AVG art. 9): onderzoek, ZRM, verslag',
  besluit: 'Aanvraag, beschikking en voorzieningen',
  financieel: 'Persoonsgebonden budget en bedragen van voorzieningen',
  zorglevering: 'Toewijzing, start en stop van zorg (iWmo-berichten)',
  toestemming: 'Toestemming voor verstrekking aan een partner en de intrekking daarvan',
  vertegenwoordiging: 'Machtigingen en wettelijke vertegenwoordiging',
  documenten: 'Brieven en bijlagen in het dossier',
  privacyverzoek: 'Verzoeken van betrokkenen en de besluiten daarop',
  toegangsgegevens: 'Wie welke gegevens wanneer zag of wijzigde (audittrail)',
  medewerker: 'Gegevens van medewerkers: naam, rollen, team, inloggegevens',
} as const;
export type GegevensCategorie = keyof typeof GEGEVENSCATEGORIEEN;

/** What a module's background jobs get from the runtime. */
export interface TaakContext {
  db: Database;
  config: Config;
  log: FastifyBaseLogger;
}

/**
 * The seam between the platform and a domain module (ADR 0017). Each module exports exactly one
 * descriptor from `modules/<naam>/index.ts`; `modules/index.ts` holds the one ordered list that the
 * app (routes), the runtime (jobs) and the authorisation document loop over. Adding a module is
 * adding a descriptor to that list, not editing the platform.
 */
export interface ModuleDescriptor<Api extends object = Record<never, never>> {
  /** The folder name under src/server/modules. */
  naam: string;
  /** One line for the docs: what the module is for. */
  omschrijving: string;
  /** The module's API routes, registered under /api/v1. */
  routes: FastifyPluginAsyncZod;
  /** The module's permissions (its `definePolicies` result): name → name. */
  policies: Readonly<Record<string, string>>;
  /** Scheduled jobs; called once at start when jobs are enabled. */
  taken?: (ctx: TaakContext) => Taak[];
  /** Routes outside /api (public pages, e.g. the council pages of grote projecten). */
  publiekeRoutes?: FastifyPluginAsyncZod;
  /**
   * What other modules may use. A module imports another module only through its `index.ts`
   * (`scripts/modulegrenzen.test.ts`); this object is what that index offers besides types.
   */
  api: Api;
  /**
   * The categories of personal data this module processes (optional: a module without personal
   * data leaves it out). Checked against the verwerkingsregister (issue 18).
   */
  persoonsgegevens?: readonly GegevensCategorie[];
  /** The module's part of a person's inzage export (AVG art. 15; platform/inzage.ts). */
  inzage?: InzageBron;
}

/** Identity function that checks a descriptor and keeps the type of its `api`. */
export function defineModule<const Api extends object>(m: ModuleDescriptor<Api>): ModuleDescriptor<Api> {
  return m;
}
