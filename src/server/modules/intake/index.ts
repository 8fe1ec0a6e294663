import type { LadderStap } from '../../../domain/ladder.ts';
import type { Sql } from '../../platform/db/types.ts';
import { defineModule } from '../../platform/module.ts';
import { kalenderVoorWeergave, laadKalender } from './kalender.ts';
import { meldingKenmerk } from './ontvangstbevestiging.ts';
import { intakePolicies } from './policies.ts';
import { inzageIntake } from './repo-inzage.ts';
import { meldingenRepo } from './repo-meldingen.ts';
import { NAAM_SQL, personenRepo } from './repo-personen.ts';
import { intakeRoutes } from './routes.ts';
import { registreerInwoner } from './usecases/registreer-inwoner.ts';
import { registreerOnlineMelding } from './usecases/registreer-online-melding.ts';

export { AfzienVanOnderzoekInvoer } from './schemas-awb.ts';
export type { NieuweInwoner } from './usecases/registreer-inwoner.ts';
export type { OnlineMelding } from './usecases/registreer-online-melding.ts';
/**
 * Intake's public API for other modules. Meldingen are intake's table: another module changes a
 * melding only through these functions, in its own transaction (`tx`), never with its own SQL.
 */

/** The onderzoek is concluded: the melding records the ladder step and waits for an aanvraag or closes. */
export function legOnderzoekUitkomstVast(
  tx: Sql,
  meldingId: string,
  ladder: LadderStap,
  status: 'aanvraag' | 'afgesloten',
): Promise<void> {
  return meldingenRepo.rondOnderzoekAf(tx, meldingId, ladder, status);
}

/** An aanvraag was filed for this (open) melding: it now waits for the beschikking. */
export function markeerAanvraagIngediend(tx: Sql, meldingId: string): Promise<void> {
  return meldingenRepo.zetAanvraagIngediend(tx, meldingId);
}

/**
 * The inwoner changes their own phone, e-mail and communication needs (inwonerportaal), in the
 * portal's transaction; row-level security allows only the person of the session.
 */
export function wijzigContactgegevens(
  tx: Sql,
  persoonId: string,
  versie: number,
  c: { telefoon: string | null; email: string | null; communicatiebehoeften: string | null },
) {
  return personenRepo.update(tx, persoonId, versie, {
    telefoon: c.telefoon,
    email: c.email,
    communicatiebehoeften: c.communicatiebehoeften,
  });
}

/**
 * Triage to preventie through a verwijzing (issue 16): the melding waits for the partner. The ladder
 * counts it as solved only after the partner's terugkoppeling 'opgelost' (migration 018). For a
 * melding (not a signaal) only together with legAfzienVast: Wmo 2.3.2 lid 1.
 */
export function legPreventieVerwijzingVast(
  tx: Sql,
  meldingId: string,
  v: { verwezenOrganisatieId: string | null; toestemming: boolean; toelichting: string | null },
): Promise<void> {
  return meldingenRepo.legTriageVast(tx, meldingId, {
    status: 'verwezen-preventie',
    uitkomst: 'preventie',
    toelichting: v.toelichting,
    verwijzing: null,
    verwezenOrganisatieId: v.verwezenOrganisatieId,
    toestemmingVerwijzing: v.toestemming,
    ladder: null,
    behandelaarId: null,
    teamId: null,
    afgesloten: false,
  });
}

/** Personen, huishoudens, meldingen, triage, werkvoorraad en de kalender van gelijkgestelde dagen. */
export const intake = defineModule({
  naam: 'intake',
  omschrijving: 'personen, huishoudens, meldingen, triage, werkvoorraad, kalender',
  routes: intakeRoutes,
  policies: intakePolicies,
  /** Categories of personal data (checked against the verwerkingsregister, issue 18). */
  /** This module's part of a person's inzage export (AVG art. 15). */
  inzage: inzageIntake,
  persoonsgegevens: [
    'identificatie',
    'bsn',
    'contact',
    'huishouden',
    'hulpvraag',
    'gezondheid',
    'documenten',
  ],
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
    legOnderzoekUitkomstVast,
    markeerAanvraagIngediend,
    /** A melding the inwoner files in the portal (channel online), in the portal's transaction. */
    registreerOnlineMelding,
    /** A resident unknown to the gemeente, registered with their first online melding. */
    registreerInwoner,
    wijzigContactgegevens,
    legPreventieVerwijzingVast,
    /** The resident's recorded choice to forgo the onderzoek (Wmo 2.3.2; domain/afzien.ts). */
    legAfzienVast: meldingenRepo.legAfzienVast,
    /** One persoon as the transaction sees it (row-level security), or null: for privacy's requests and inzage. */
    persoon: personenRepo.get,
    /** A persoon by BSN within a gemeente, and a new persoon: the regional aanmelding (regio) records its person here. */
    persoonBijBsn: personenRepo.idBijBsn,
    voegPersoonToe: personenRepo.insert,
  },
});
