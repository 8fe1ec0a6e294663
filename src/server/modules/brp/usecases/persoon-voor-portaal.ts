import { audit } from '../../../platform/audit/audit.ts';
import type { Actor, InwonerPrincipal } from '../../../platform/auth/principal.ts';
import type { BrpConfig } from '../../../platform/config.ts';
import type { Database } from '../../../platform/db/types.ts';
import { brpClient } from '../client.ts';
import { type BrpPersoon, naarPersoon } from '../mapping.ts';
import { brpRepo } from '../repo-brp.ts';
import { DOELEN, VELDEN } from '../velden.ts';

/**
 * A resident the gemeente does not know yet files a melding in the portal: their own name, birth
 * date and address from the BRP, asked with the BSN DigiD gave (never one they typed). Protocolled
 * like a staff question, without a user (the resident asks through the portal) and audited as the
 * resident. Null when the BRP does not know the BSN or does not answer: the portal then asks the
 * resident (docs/portaal.md), so a BRP outage never stops a melding.
 */
export async function persoonVoorPortaal(
  db: Database,
  actor: Actor<InwonerPrincipal>,
  config: BrpConfig,
  gemeenteCode: string,
): Promise<BrpPersoon | null> {
  const d = DOELEN.portaal;
  const bsn = actor.principal.bsn;
  const fields = [...VELDEN.persoon];
  const antwoord = await brpClient(config).vraag(
    { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [bsn], fields },
    { ...d, gebruiker: 'inwoner:portaal' },
  );
  const gevonden = antwoord.ok ? antwoord.personen : [];
  await db.systemTransaction(async (tx) => {
    const bevragingId = await brpRepo.protocolleer(tx, {
      gemeenteCode,
      gebruikerId: null,
      soort: 'RaadpleegMetBurgerservicenummer',
      bsns: [bsn],
      zoekvraag: null,
      velden: fields,
      doel: d.doelbinding,
      verwerking: d.verwerking,
      resultaat: !antwoord.ok ? 'fout' : gevonden.length > 0 ? 'gevonden' : 'niet-gevonden',
      aantal: gevonden.length,
      httpStatus: antwoord.status,
    });
    await audit(tx, actor, {
      actie: 'read',
      objectType: 'brp-bevraging',
      objectId: bevragingId,
      doel: d.doelbinding,
      gemeenteCode,
      resultaat: antwoord.ok ? 'toegestaan' : 'mislukt',
      toelichting: `BRP vanuit het portaal: ${gevonden.length} personen, ${fields.length} velden`,
    });
  });
  const p = gevonden[0] ? naarPersoon(gevonden[0]) : null;
  return p && p.bsn === bsn ? p : null;
}
