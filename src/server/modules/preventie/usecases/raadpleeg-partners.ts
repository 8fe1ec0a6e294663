import type { Actor } from '../../../platform/auth/principal.ts';
import type { Database, Sql } from '../../../platform/db/types.ts';
import { errors } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import type { Dienst } from '../diensten.ts';
import { type PartnerRow, type PartnerTeamRow, partnersRepo } from '../repo-partners.ts';

function partnerView(p: PartnerRow, teams: readonly PartnerTeamRow[]) {
  return {
    id: p.id,
    code: p.code,
    naam: p.naam,
    soort: p.soort,
    gemeenteCode: p.gemeente_code,
    gemeenten: p.gemeenten,
    diensten: p.diensten as Dienst[],
    telefoon: p.telefoon,
    email: p.email,
    teams: teams
      .filter((t) => t.partner_id === p.id)
      .map((t) => ({
        id: t.id,
        naam: t.naam,
        gemeenteCode: t.gemeente_code,
        wijk: t.wijk_id && t.wijk_code ? { id: t.wijk_id, code: t.wijk_code, naam: t.wijk_naam ?? '' } : null,
        telefoon: t.telefoon,
        email: t.email,
      })),
  };
}

async function metTeams(tx: Sql, partners: PartnerRow[]) {
  const teams = await partnersRepo.teams(
    tx,
    partners.map((p) => p.id),
  );
  return partners.map((p) => partnerView(p, teams));
}

/**
 * The partners the caller may refer to (a medewerker) or works for (partner staff). Organisation
 * data only, no personal data of residents: not audited as a read of personal data.
 */
export function lijstPartners(db: Database, actor: Actor, filter: { dienst?: Dienst }) {
  return inTx(db, actor, async (tx) => metTeams(tx, await partnersRepo.lijst(tx, filter)));
}

export function raadpleegPartner(db: Database, actor: Actor, id: string) {
  return inTx(db, actor, async (tx) => {
    const p = await partnersRepo.vind(tx, id);
    if (!p) throw errors.notFound('Partner');
    return (await metTeams(tx, [p]))[0]!;
  });
}
