import { audit } from '../../../platform/audit/audit.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database } from '../../../platform/db/types.ts';
import { renderBrief } from '../../../platform/documents/brief-renderer.ts';
import { laadAfzender } from '../../../platform/documents/opslag.ts';
import { errors } from '../../../platform/http/errors.ts';
import { type InzageDeel, inzageBronnen } from '../../../platform/inzage.ts';
import { inTx } from '../../../platform/usecase.ts';
import { intake } from '../../intake/index.ts';
import { DOEL_RECHTEN_BETROKKENE } from '../doel.ts';
import { inzageBrief } from '../inzage-brief.ts';
import { toegangenTot } from '../repo-inzage.ts';
import { verzoekenRepo } from '../repo-verzoeken.ts';

/**
 * The inzage export (AVG art. 15): every module's part about the person, the recipients, and who
 * accessed the file. One transaction as the privacy officer (row-level security: a person of another
 * gemeente is a 404), audited as an export naming the person.
 */
export function maakInzage(db: Database, actor: Actor, persoonId: string) {
  return inTx(db, actor, async (tx) => {
    const persoon = await intake.api.persoon(tx, persoonId);
    if (!persoon) throw errors.notFound('Deze persoon');
    const delen: Array<InzageDeel & { module: string }> = [];
    for (const [module, bron] of inzageBronnen()) {
      for (const deel of await bron(tx, persoonId)) delen.push({ module, ...deel });
    }
    const verzoeken = await verzoekenRepo.vanPersoon(tx, persoonId);
    delen.push({
      module: 'privacy',
      titel: 'Uw verzoeken over uw persoonsgegevens',
      gegevens: verzoeken.map((v) => ({
        soort: v.soort,
        ontvangstdatum: v.ontvangstdatum,
        status: v.status,
        besluit: v.besluit,
        afgehandeldOp: v.afgehandeldOp,
      })),
      ontvangers: [],
    });
    const toegangen = await toegangenTot(tx, persoonId);
    await audit(tx, actor, {
      actie: 'export',
      objectType: 'persoon',
      objectId: persoonId,
      doel: DOEL_RECHTEN_BETROKKENE,
      gemeenteCode: persoon.gemeente_code,
      toelichting: 'inzage (AVG art. 15)',
      personen: [persoonId],
    });
    const ontvangers = delen.flatMap((d) => d.ontvangers);
    return {
      persoon: { id: persoon.id, naam: persoon.naam, gemeenteCode: persoon.gemeente_code },
      gemaaktOp: today(),
      delen: delen.map(({ module, titel, gegevens }) => ({ module, titel, gegevens })),
      ontvangers: [...new Map(ontvangers.map((o) => [`${o.soort}|${o.naam}`, o])).values()],
      toegangen,
      afzender: await laadAfzender(tx, persoon.gemeente_code),
      adres: await intake.api.adresVoorBrief(tx, persoonId),
    };
  });
}

export type Inzage = Awaited<ReturnType<typeof maakInzage>>;

/** The export for people: a letter-style PDF rendered after the transaction (ADR 0020). */
export async function inzageAlsPdf(inzage: Inzage): Promise<Buffer> {
  return renderBrief(inzageBrief(inzage));
}
