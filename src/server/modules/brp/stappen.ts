import { audit } from '../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../platform/auth/principal.ts';
import type { BrpConfig } from '../../platform/config.ts';
import type { Database, Sql } from '../../platform/db/types.ts';
import { AppError } from '../../platform/http/errors.ts';
import { inTx } from '../../platform/usecase.ts';
import { type BrpAntwoord, type BrpVraag, brpClient } from './client.ts';
import { brpRepo } from './repo-brp.ts';
import { DOELEN, type DoelNaam } from './velden.ts';

/** No BRP configured: the screens hide the lookup, and the API says so plainly. */
export function vereisBrp(config: BrpConfig | null): BrpConfig {
  if (!config) {
    throw new AppError(
      503,
      'brp-niet-gekoppeld',
      'BRP niet gekoppeld',
      'Deze omgeving is niet gekoppeld aan de BRP. Vul de persoonsgegevens met de hand in.',
    );
  }
  return config;
}

function onbereikbaar(a: BrpAntwoord & { ok: false }): AppError {
  const wat =
    a.reden === 'timeout'
      ? 'De BRP antwoordt niet op tijd.'
      : a.reden === 'weigering'
        ? 'De BRP weigert de vraag (autorisatie).'
        : 'De BRP geeft een fout.';
  return new AppError(
    a.reden === 'timeout' ? 504 : 502,
    'brp-niet-bereikbaar',
    'BRP niet bereikbaar',
    `${wat} Ga verder met handmatige invoer; de gegevens worden vastgelegd als "niet uit BRP".`,
  );
}

/**
 * Asks the BRP for a medewerker and protocols the question: the call happens outside the
 * transaction (no transaction waits on the network), then the protocol row and the audit row are
 * written together — also when the BRP failed, so a failed question is on record too.
 */
export async function vraagBrp<T>(
  db: Database,
  actor: Actor,
  config: BrpConfig | null,
  vraag: BrpVraag,
  doel: DoelNaam,
  zoekvraag: Record<string, unknown> | null,
  verwerk: (personen: Record<string, unknown>[], tx: Sql, eigen: { id: string; bsn: string }[]) => Promise<T>,
): Promise<T> {
  const cfg = vereisBrp(config);
  const m = alsMedewerker(actor.principal);
  const d = DOELEN[doel];
  const antwoord = await brpClient(cfg).vraag(vraag, { ...d, gebruiker: m.gebruikerId });
  const bsns = vraag.type === 'RaadpleegMetBurgerservicenummer' ? vraag.burgerservicenummer : [];
  const result = await inTx(db, actor, async (tx) => {
    const gevonden = antwoord.ok ? antwoord.personen : [];
    const bevragingId = await brpRepo.protocolleer(tx, {
      gemeenteCode: m.gemeenteCode,
      gebruikerId: m.gebruikerId,
      soort: vraag.type,
      bsns,
      zoekvraag,
      velden: vraag.fields,
      doel: d.doelbinding,
      verwerking: d.verwerking,
      resultaat: !antwoord.ok ? 'fout' : gevonden.length > 0 ? 'gevonden' : 'niet-gevonden',
      aantal: gevonden.length,
      httpStatus: antwoord.status,
    });
    const alleBsns = [
      ...bsns,
      ...gevonden.map((p) => p.burgerservicenummer).filter((b): b is string => typeof b === 'string'),
    ];
    const eigen = await brpRepo.personenMetBsn(tx, alleBsns);
    await audit(tx, actor, {
      actie: vraag.type === 'RaadpleegMetBurgerservicenummer' ? 'read' : 'search',
      objectType: 'brp-bevraging',
      objectId: bevragingId,
      doel: d.doelbinding,
      gemeenteCode: m.gemeenteCode,
      resultaat: antwoord.ok ? 'toegestaan' : 'mislukt',
      toelichting: `BRP ${vraag.type}: ${gevonden.length} personen, ${vraag.fields.length} velden`,
      personen: eigen.map((p) => p.id),
    });
    if (!antwoord.ok) return { ok: false as const, fout: antwoord };
    return { ok: true as const, waarde: await verwerk(gevonden, tx, eigen) };
  });
  if (!result.ok) throw onbereikbaar(result.fout);
  return result.waarde;
}
