import { audit, markeerGeaudit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_PORTAAL } from '../doel.ts';
import { mailRepo } from '../repo-mail.ts';
import { portaalRepo } from '../repo-portaal.ts';

type Kant = 'inwoner' | 'medewerker';

function weergave(rows: Awaited<ReturnType<typeof portaalRepo.berichten>>, lezer: Kant) {
  return rows.map((b) => ({
    id: b.id,
    van: b.van,
    naam:
      b.van === lezer ? 'U' : (b.naam ?? (b.van === 'inwoner' ? 'De inwoner' : 'Medewerker van de gemeente')),
    tekst: b.tekst,
    verstuurdOp: b.verstuurd_op,
    gelezen: b.gelezen_op !== null,
  }));
}

/**
 * The messages of one melding between the inwoner and the contactpersoon, secure in the portal.
 * Reading marks the other side's messages as read. Row-level security decides which melding the
 * caller may see: another person's melding → 404 (audited).
 */
export async function berichtenLezen(db: Database, actor: Actor, meldingId: string) {
  const lezer: Kant = actor.principal.soort === 'inwoner' ? 'inwoner' : 'medewerker';
  const uit = await inTx(db, actor, async (tx) => {
    const m = await portaalRepo.meldingVoorBericht(tx, meldingId);
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'melding',
      objectId: meldingId,
      doel: DOEL_PORTAAL,
      toelichting: 'berichten',
      resultaat: m ? 'toegestaan' : 'geweigerd',
      ...(m ? { gemeenteCode: m.gemeente_code } : { personen: [] }),
    });
    if (!m) return null;
    await portaalRepo.markeerGelezen(tx, meldingId, lezer === 'inwoner' ? 'medewerker' : 'inwoner');
    return weergave(await portaalRepo.berichten(tx, meldingId), lezer);
  });
  if (!uit) throw markeerGeaudit(errors.notFound('Deze melding'));
  return uit;
}

/**
 * Sends a message. A message to the inwoner leaves a domain event without content
 * (`BerichtVoorInwoner`) and, when mail is configured (`opts.mail`), a row in the outbox of the
 * notification e-mail ("u heeft een nieuw bericht", never the content; migration 031).
 */
export async function berichtSturen(
  db: Database,
  actor: Actor,
  meldingId: string,
  tekst: string,
  opts: { mail: boolean } = { mail: false },
) {
  const van: Kant = actor.principal.soort === 'inwoner' ? 'inwoner' : 'medewerker';
  const uit = await inTx(db, actor, async (tx) => {
    const m = await portaalRepo.meldingVoorBericht(tx, meldingId);
    if (!m) {
      await audit(tx, actor, {
        actie: 'create',
        objectType: 'melding',
        objectId: meldingId,
        doel: DOEL_PORTAAL,
        toelichting: 'bericht',
        resultaat: 'geweigerd',
        personen: [],
      });
      return null;
    }
    const medewerkerId = van === 'medewerker' ? alsMedewerker(actor.principal).medewerkerId : null;
    const id = await portaalRepo.stuurBericht(tx, {
      gemeenteCode: m.gemeente_code,
      meldingId,
      van,
      medewerkerId,
      tekst,
    });
    await audit(tx, actor, {
      actie: 'create',
      objectType: 'melding',
      objectId: meldingId,
      doel: DOEL_PORTAAL,
      toelichting: 'bericht',
      gemeenteCode: m.gemeente_code,
    });
    await recordEvent(tx, actor, {
      gemeenteCode: m.gemeente_code,
      type: van === 'medewerker' ? 'BerichtVoorInwoner' : 'BerichtVanInwoner',
      objectType: 'melding',
      objectId: meldingId,
      data: { berichtId: id },
    });
    if (van === 'medewerker' && opts.mail) {
      await mailRepo.zetBerichtKlaar(tx, {
        gemeenteCode: m.gemeente_code,
        persoonId: m.persoon_id,
        meldingId,
      });
    }
    return weergave(await portaalRepo.berichten(tx, meldingId), van);
  });
  if (!uit) throw markeerGeaudit(errors.notFound('Deze melding'));
  return uit;
}
