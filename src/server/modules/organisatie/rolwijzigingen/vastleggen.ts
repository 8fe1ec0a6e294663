import { type Rolplan, zelfdeRollen } from '../../../../domain/rolwijziging.ts';
import { type Actor, alsMedewerker } from '../../../platform/auth/principal.ts';
import type { Sql } from '../../../platform/db/types.ts';
import { AppError } from '../../../platform/http/errors.ts';
import { rolwijzigingRepo } from './repository.ts';

/** 403 with the reason: a rule of separation of duties, not a missing permission. */
export function functiescheiding(detail: string): AppError {
  return new AppError(403, 'functiescheiding', 'Functiescheiding', detail);
}

/** Nobody changes their own roles (BIO 5.3): not even a beheerder, not even to drop one. */
export function weigerEigenRollen(
  actor: Actor,
  medewerkerId: string,
  huidig: readonly string[],
  gevraagd: readonly string[],
): void {
  if (medewerkerId === alsMedewerker(actor.principal).medewerkerId && !zelfdeRollen(huidig, gevraagd)) {
    throw functiescheiding(
      'U kunt uw eigen rollen niet wijzigen. Vraag een andere beheerder om de wijziging te doen; een rol met toegang tot persoonsgegevens keurt daarna nog een derde goed.',
    );
  }
}

/**
 * Records a change of roles: what took effect at once (`doorgevoerd`) and what waits for a
 * second beheerder (`wacht-op-goedkeuring`). `door` is null for a system action (demo, CLI).
 */
export async function legRolwijzigingVast(
  tx: Sql,
  door: string | null,
  m: { medewerkerId: string; gemeenteCode: string; huidig: string[] },
  plan: Rolplan,
): Promise<{ doorgevoerd: string | null; teKeuren: string | null }> {
  let doorgevoerd: string | null = null;
  let teKeuren: string | null = null;
  if (!zelfdeRollen(m.huidig, plan.direct)) {
    doorgevoerd = await rolwijzigingRepo.insert(tx, {
      gemeenteCode: m.gemeenteCode,
      medewerkerId: m.medewerkerId,
      rollenVoor: m.huidig,
      rollenNa: plan.direct,
      status: 'doorgevoerd',
      aangevraagdDoor: door,
    });
  }
  if (plan.teKeuren.length > 0) {
    teKeuren = await rolwijzigingRepo.insert(tx, {
      gemeenteCode: m.gemeenteCode,
      medewerkerId: m.medewerkerId,
      rollenVoor: plan.direct,
      rollenNa: [...plan.direct, ...plan.teKeuren],
      status: 'wacht-op-goedkeuring',
      aangevraagdDoor: door,
    });
  }
  return { doorgevoerd, teKeuren };
}
