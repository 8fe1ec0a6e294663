import { defineModule } from '../../platform/module.ts';
import { kalenderVoorWeergave, laadKalender } from './kalender.ts';
import { meldingKenmerk } from './ontvangstbevestiging.ts';
import { intakePolicies } from './policies.ts';
import { NAAM_SQL, personenRepo } from './repo-personen.ts';
import { intakeRoutes } from './routes.ts';

/** Personen, huishoudens, meldingen, triage, werkvoorraad en de kalender van gelijkgestelde dagen. */
export const intake = defineModule({
  naam: 'intake',
  omschrijving: 'personen, huishoudens, meldingen, triage, werkvoorraad, kalender',
  routes: intakeRoutes,
  policies: intakePolicies,
  api: {
    /** The calendar of days that count as Sunday (Atw) for the statutory deadlines. */
    laadKalender,
    /** The same calendar for display (cached briefly; a change shows within seconds). */
    kalenderVoorWeergave,
    /** The kenmerk of a melding as letters show it. */
    meldingKenmerk,
    /** Name and address of a persoon for the window of a letter. */
    adresVoorBrief: personenRepo.adresVoorBrief,
    /** SQL expression for a persoon's full name, for lists of other modules joining `personen`. */
    NAAM_SQL,
  },
});
