import { audit } from '../../../platform/audit/audit.ts';
import type { Actor, InwonerPrincipal } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { intake } from '../../intake/index.ts';
import { DOEL_PORTAAL } from '../doel.ts';
import { mailRepo } from '../repo-mail.ts';
import { portaalRepo } from '../repo-portaal.ts';

/** The inwoner's own phone, e-mail and communication needs (audited read). */
export function contactgegevensLezen(db: Database, actor: Actor<InwonerPrincipal>) {
  return inTx(db, actor, async (tx) => {
    const p = await portaalRepo.contactgegevens(tx);
    if (!p) throw errors.notFound('Uw gegevens');
    await audit(tx, actor, { actie: 'read', objectType: 'persoon', objectId: p.id, doel: DOEL_PORTAAL });
    return {
      telefoon: p.telefoon,
      email: p.email,
      communicatiebehoeften: p.communicatiebehoeften,
      mailBijNieuws: await mailRepo.voorkeur(tx, p.id),
      versie: p.versie,
    };
  });
}

/** Changes them through intake (personen is intake's table), with optimistic locking on versie. */
export function contactgegevensWijzigen(
  db: Database,
  actor: Actor<InwonerPrincipal>,
  input: {
    versie: number;
    telefoon: string | null;
    email: string | null;
    communicatiebehoeften: string | null;
    mailBijNieuws?: boolean | undefined;
  },
) {
  return inTx(db, actor, async (tx) => {
    const p = await portaalRepo.contactgegevens(tx);
    if (!p) throw errors.notFound('Uw gegevens');
    if (input.mailBijNieuws === true && !input.email) {
      throw errors.field('email', 'verplicht', 'Vul uw e-mailadres in als u een e-mail wilt krijgen.');
    }
    await intake.api.wijzigContactgegevens(tx, p.id, input.versie, input);
    if (input.mailBijNieuws !== undefined) {
      await mailRepo.zetVoorkeur(tx, {
        persoonId: p.id,
        gemeenteCode: p.gemeente_code,
        mail: input.mailBijNieuws,
      });
    }
    await audit(tx, actor, {
      actie: 'update',
      objectType: 'persoon',
      objectId: p.id,
      doel: DOEL_PORTAAL,
      toelichting: 'contactgegevens',
    });
    const nieuw = (await portaalRepo.contactgegevens(tx))!;
    return {
      telefoon: nieuw.telefoon,
      email: nieuw.email,
      communicatiebehoeften: nieuw.communicatiebehoeften,
      mailBijNieuws: await mailRepo.voorkeur(tx, p.id),
      versie: nieuw.versie,
    };
  });
}
