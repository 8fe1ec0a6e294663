/** Steps that several intake use cases share; each use case file composes them. */
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import type { Sql } from '../../../platform/db/types.ts';
import { recordEvent } from '../../../platform/events/events.ts';
import { errors } from '../../../platform/http/errors.ts';
import { meldingKenmerk } from '../ontvangstbevestiging.ts';
import { huishoudensRepo } from '../repo-huishoudens.ts';
import { type MeldingRow, meldingenRepo } from '../repo-meldingen.ts';
import { personenRepo } from '../repo-personen.ts';

export async function meldingOf404(tx: Sql, id: string, forUpdate = false): Promise<MeldingRow> {
  const m = await meldingenRepo.get(tx, id, forUpdate);
  if (!m) throw errors.notFound('De melding');
  return m;
}

/** Optimistic locking: the caller changed what it saw at `versie`; someone else was first → 409. */
export function checkVersie(m: MeldingRow, versie: number): void {
  if (m.versie !== versie) throw errors.versionConflict('De melding');
}

/** Makes `medewerkerId` the melding's behandelaar and the household's one contactpersoon. */
export async function wijsBehandelaarToe(
  tx: Sql,
  actor: Actor,
  m: MeldingRow,
  medewerkerId: string,
  reden: string | null,
): Promise<void> {
  await recordEvent(tx, actor, {
    gemeenteCode: m.gemeente_code,
    type: 'BehandelaarToegewezen',
    objectType: 'melding',
    objectId: m.id,
    data: { medewerkerId, vorigeMedewerkerId: m.behandelaar_id, reden },
  });
  const r = await huishoudensRepo.zetContactpersoon(
    tx,
    { id: m.huishouden_id, gemeenteCode: m.gemeente_code, versie: null },
    medewerkerId,
    alsMedewerker(actor.principal).medewerkerId,
    reden ?? `Behandelaar van melding ${meldingKenmerk(m.nummer)}`,
  );
  if (r === 'gewijzigd') {
    await recordEvent(tx, actor, {
      gemeenteCode: m.gemeente_code,
      type: 'ContactpersoonGewijzigd',
      objectType: 'melding',
      objectId: m.id,
      data: { huishoudenId: m.huishouden_id, medewerkerId, vorigeMedewerkerId: m.contactpersoon_id },
    });
  }
}

/** A medewerker who can be a household's contactpersoon: active, toegangsmedewerker, and working for the gemeente. */
export async function controleerBehandelaar(
  tx: Sql,
  medewerkerId: string,
  gemeenteCode: string,
  veld: string,
) {
  const b = await huishoudensRepo.behandelaarVoor(tx, medewerkerId, gemeenteCode);
  if (!b) {
    throw errors.field(
      veld,
      'geen-toegangsmedewerker',
      'Kies een actieve toegangsmedewerker die voor deze gemeente werkt.',
    );
  }
  return b;
}

/** The wijk of an address, from the postcode table. A gemeente that has a table must cover the postcode. */
export async function wijkVan(
  tx: Sql,
  gemeenteCode: string,
  postcode: string | undefined | null,
  veld: string,
) {
  if (!postcode) return null;
  const wijk = await personenRepo.wijkVoorPostcode(tx, gemeenteCode, postcode);
  if (wijk) return wijk;
  if (await personenRepo.heeftPostcodetabel(tx, gemeenteCode)) {
    throw errors.field(veld, 'onbekende-postcode', 'Deze postcode hoort niet bij een wijk van de gemeente.');
  }
  return null;
}

export async function persoonOf404(tx: Sql, id: string) {
  const row = await personenRepo.get(tx, id);
  if (!row) throw errors.notFound('De persoon');
  return row;
}
