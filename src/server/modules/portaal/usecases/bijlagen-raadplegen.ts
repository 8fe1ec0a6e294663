import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { DOEL_PORTAAL } from '../doel.ts';
import { portaalRepo } from '../repo-portaal.ts';

/** The caseworker lists the attachments of an online melding (the read is audited). */
export function bijlagenVanMelding(db: Database, actor: Actor, meldingId: string) {
  return inTx(db, actor, async (tx) => {
    const m = await portaalRepo.meldingVoorBericht(tx, meldingId);
    if (!m) throw errors.notFound('De melding');
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'melding',
      objectId: meldingId,
      doel: DOEL_PORTAAL,
      gemeenteCode: m.gemeente_code,
      toelichting: 'bijlagen',
    });
    return (await portaalRepo.bijlagen(tx, meldingId)).map((b) => ({
      id: b.id,
      bestandsnaam: b.bestandsnaam,
      type: b.mime_type,
      grootte: b.grootte,
      ontvangenOp: b.aangemaakt_op,
    }));
  });
}

/** One attachment's content (the download is audited as a print). */
export function bijlageDownloaden(db: Database, actor: Actor, meldingId: string, id: string) {
  return inTx(db, actor, async (tx) => {
    const b = await portaalRepo.bijlage(tx, meldingId, id);
    if (!b) throw errors.notFound('De bijlage');
    await audit(tx, actor, {
      actie: 'print',
      objectType: 'melding',
      objectId: meldingId,
      doel: DOEL_PORTAAL,
      gemeenteCode: b.gemeente_code,
      toelichting: 'bijlage',
    });
    return { bestandsnaam: b.bestandsnaam, mimeType: b.mime_type, inhoud: Buffer.from(b.inhoud) };
  });
}
