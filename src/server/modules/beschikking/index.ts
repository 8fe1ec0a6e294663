import { beschikkingKenmerk } from '../../../domain/beschikking.ts';
import { defineModule } from '../../platform/module.ts';
import { bezwaarclausule } from './brief.ts';
import { beschikkingPolicies } from './policies.ts';
import { inzageBeschikking } from './repo-inzage.ts';
import { beschikkingRoutes } from './routes.ts';

/** Producten en contracten en beschikkingen; de toewijzingen en het iWmo-verkeer staan in modules/iwmo. */
export const beschikking = defineModule({
  naam: 'beschikking',
  omschrijving: 'producten en contracten, beschikkingen (vier ogen), wijziging, intrekking, herindicatie',
  routes: beschikkingRoutes,
  policies: beschikkingPolicies,
  /** Categories of personal data (checked against the verwerkingsregister, issue 18). */
  /** This module's part of a person's inzage export (AVG art. 15). */
  inzage: inzageBeschikking,
  persoonsgegevens: [
    'identificatie',
    'bsn',
    'contact',
    'besluit',
    'financieel',
    'gezondheid',
    'zorglevering',
    'documenten',
  ],
  api: {
    /** The kenmerk of a beschikking as letters and lists show it. */
    beschikkingKenmerk,
    /** The bezwaarclausule block of a besluit's letter (Awb 3:45), for other besluiten (privacy). */
    bezwaarclausule,
  },
});
