/** Steps that several onderzoek use cases share; each use case file composes them. */
import { audit } from '../../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import { verborgenOnderzoek } from '../../../platform/auth/relatie.ts';
import { today } from '../../../platform/clock.ts';
import type { Sql } from '../../../platform/db/types.ts';
import { laadAfzender, planDocument } from '../../../platform/documents/opslag.ts';
import { errors } from '../../../platform/http/errors.ts';
import { intake } from '../../intake/index.ts';
import { DOEL_ONDERZOEK } from '../doel.ts';
import { presenteerOnderzoek } from '../presenters.ts';
import { type OnderzoekRow, onderzoekenRepo } from '../repo-onderzoeken.ts';
import { verslagBrief } from '../verslag.ts';

export async function onderzoekOf404(tx: Sql, id: string, forUpdate = false): Promise<OnderzoekRow> {
  const o = await onderzoekenRepo.get(tx, id, forUpdate);
  if (!o) {
    // Hidden by need-to-know (RLS, migration 034) rather than absent: say so (ADR 0030).
    await verborgenOnderzoek(tx, id);
    throw errors.notFound('Het onderzoek');
  }
  return o;
}

/** Loads what the presenter needs besides the row (the gesprekken) and presents the onderzoek. */
export async function onderzoekView(tx: Sql, o: OnderzoekRow) {
  return presenteerOnderzoek(o, await onderzoekenRepo.gesprekken(tx, o.id), today());
}

/** Optimistic locking: the change applies to what the caller saw at `versie`, or 409. */
export async function bump(tx: Sql, o: OnderzoekRow, versie: number, set: string, params: unknown[]) {
  if (!(await onderzoekenRepo.bump(tx, o.id, versie, set, params)))
    throw errors.versionConflict('Het onderzoek');
}

export const auditOnderzoek = (
  tx: Sql,
  actor: Actor,
  o: { id: string; gemeente_code: string },
  actie: 'create' | 'read' | 'update' | 'print',
) =>
  audit(tx, actor, {
    actie,
    objectType: 'onderzoek',
    objectId: o.id,
    doel: DOEL_ONDERZOEK,
    gemeenteCode: o.gemeente_code,
  });

/** The verslag's content, stored with the conclusion; its PDF follows after commit (ADR 0020). */
export async function planVerslag(tx: Sql, actor: Actor, o: OnderzoekRow): Promise<string> {
  const contactpersoon = await onderzoekenRepo.contactpersoonNaam(tx, o.huishouden_id);
  const gesprekken = await onderzoekenRepo.gesprekkenVoorVerslag(tx, o.id);
  const kenmerk = intake.api.meldingKenmerk(o.nummer);
  const brief = verslagBrief({
    gemeente: await laadAfzender(tx, o.gemeente_code),
    persoon: await intake.api.adresVoorBrief(tx, o.persoon_id),
    kenmerk,
    briefdatum: today(),
    gesprekken,
    stappen: o.stappen,
    persoonlijkPlan: o.persoonlijk_plan,
    conclusie: o.conclusie!,
    contactpersoon,
  });
  return planDocument(tx, {
    gemeenteCode: o.gemeente_code,
    meldingId: o.melding_id,
    huishoudenId: o.huishouden_id,
    soort: 'verslag',
    bestandsnaam: `verslag-${kenmerk}.pdf`,
    brief,
    door: alsMedewerker(actor.principal).medewerkerId,
  });
}
