import { planRolwijziging } from '../../../domain/rolwijziging.ts';
import { type AuditEntry, audit } from '../../platform/audit/audit.ts';
import { wijzigingsToelichting } from '../../platform/audit/wijziging.ts';
import { type Actor, alsMedewerker } from '../../platform/auth/principal.ts';
import type { Database } from '../../platform/db/types.ts';
import { toColumns } from '../../platform/db/versioned.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx, requireGemeente } from '../../platform/usecase.ts';
import { repo } from './repository.ts';
import { legRolwijzigingVast, weigerEigenRollen } from './rolwijzigingen/vastleggen.ts';

const DOEL = 'organisatiebeheer';
/** Values in the audit row of a change: ids, role names and flags only (no names or e-mail). */
const MEDEWERKER_VELDEN = ['rollen', 'teamId', 'organisatieId', 'actief', 'fte'];
const TEAM_VELDEN = ['gemeenten', 'soort', 'organisatieId'];

function change(
  actie: AuditEntry['actie'],
  objectType: string,
  objectId: string,
  gemeenteCode: string,
): AuditEntry {
  return { actie, objectType, objectId, doel: DOEL, gemeenteCode };
}

export const organisatie = {
  gemeenten: (db: Database, actor: Actor) => inTx(db, actor, (tx) => repo.gemeenten(tx)),

  updateGemeente(
    db: Database,
    actor: Actor,
    code: string,
    input: { versie: number } & Record<string, unknown>,
  ) {
    requireGemeente(actor, code, 'code');
    const { versie, ...patch } = input;
    const set = toColumns(patch, {
      naam: 'naam',
      postadres: 'postadres',
      postcode: 'postcode',
      plaats: 'plaats',
      telefoon: 'telefoon',
      website: 'website',
    });
    return inTx(db, actor, async (tx) => {
      const row = await repo.updateGemeente(tx, code, versie, set);
      if (!row) {
        if (!(await repo.gemeenteExists(tx, code))) throw errors.notFound('De gemeente');
        throw errors.versionConflict('De gemeente');
      }
      await audit(tx, actor, change('update', 'gemeente', code, code));
      return row;
    });
  },

  wijken: (db: Database, actor: Actor, gemeente?: string) =>
    inTx(db, actor, (tx) => repo.wijken(tx, gemeente)),
  createWijk(db: Database, actor: Actor, input: { gemeenteCode: string; code: string; naam: string }) {
    requireGemeente(actor, input.gemeenteCode);
    return inTx(db, actor, async (tx) => {
      const row = await repo.insertWijk(tx, input);
      await audit(tx, actor, change('create', 'wijk', row.id, input.gemeenteCode));
      return row;
    });
  },
  updateWijk(db: Database, actor: Actor, id: string, input: { versie: number } & Record<string, unknown>) {
    const { versie, ...patch } = input;
    return inTx(db, actor, async (tx) => {
      const row = await repo.updateWijk(tx, id, versie, patch);
      await audit(tx, actor, change('update', 'wijk', id, row.gemeenteCode));
      return row;
    });
  },

  organisaties: (db: Database, actor: Actor, gemeente?: string) =>
    inTx(db, actor, (tx) => repo.organisaties(tx, gemeente)),
  createOrganisatie(
    db: Database,
    actor: Actor,
    input: { gemeenteCode: string; naam: string; soort: string; agbCode?: string | null },
  ) {
    requireGemeente(actor, input.gemeenteCode);
    return inTx(db, actor, async (tx) => {
      const row = await repo.insertOrganisatie(tx, input);
      await audit(tx, actor, change('create', 'organisatie', row.id, input.gemeenteCode));
      return row;
    });
  },
  updateOrganisatie(
    db: Database,
    actor: Actor,
    id: string,
    input: { versie: number } & Record<string, unknown>,
  ) {
    const { versie, ...patch } = input;
    return inTx(db, actor, async (tx) => {
      const row = await repo.updateOrganisatie(tx, id, versie, patch);
      await audit(tx, actor, change('update', 'organisatie', id, row.gemeenteCode));
      return row;
    });
  },

  locaties: (db: Database, actor: Actor, gemeente?: string) =>
    inTx(db, actor, (tx) => repo.locaties(tx, gemeente)),
  createLocatie(db: Database, actor: Actor, input: { gemeenteCode: string } & Record<string, unknown>) {
    requireGemeente(actor, input.gemeenteCode);
    return inTx(db, actor, async (tx) => {
      const row = await repo.insertLocatie(tx, input);
      await audit(tx, actor, change('create', 'locatie', row.id, input.gemeenteCode));
      return row;
    });
  },
  updateLocatie(db: Database, actor: Actor, id: string, input: { versie: number } & Record<string, unknown>) {
    const { versie, ...patch } = input;
    return inTx(db, actor, async (tx) => {
      const row = await repo.updateLocatie(tx, id, versie, patch);
      await audit(tx, actor, change('update', 'locatie', id, row.gemeenteCode));
      return row;
    });
  },

  teams: (db: Database, actor: Actor, gemeente?: string) => inTx(db, actor, (tx) => repo.teams(tx, gemeente)),
  async team(db: Database, actor: Actor, id: string) {
    const row = await inTx(db, actor, (tx) => repo.team(tx, id));
    if (!row) throw errors.notFound('Het team');
    return row;
  },
  createTeam(
    db: Database,
    actor: Actor,
    input: { gemeenteCode: string; organisatieId: string; naam: string; soort: string; gemeenten?: string[] },
  ) {
    requireGemeente(actor, input.gemeenteCode);
    const gemeenten = input.gemeenten ?? [input.gemeenteCode];
    for (const g of gemeenten) requireGemeente(actor, g, 'gemeenten');
    return inTx(db, actor, async (tx) => {
      const id = await repo.insertTeam(tx, input);
      await repo.setTeamGemeenten(tx, id, gemeenten);
      const row = await repo.teamAfterWrite(tx, id);
      await audit(tx, actor, {
        ...change('create', 'team', id, input.gemeenteCode),
        toelichting: wijzigingsToelichting(null, row, TEAM_VELDEN),
      });
      return row;
    });
  },
  updateTeam(
    db: Database,
    actor: Actor,
    id: string,
    input: { versie: number; gemeenten?: string[] } & Record<string, unknown>,
  ) {
    const { versie, gemeenten, ...patch } = input;
    for (const g of gemeenten ?? []) requireGemeente(actor, g, 'gemeenten');
    return inTx(db, actor, async (tx) => {
      const voor = await repo.team(tx, id);
      await repo.updateTeam(tx, id, versie, patch);
      if (gemeenten) await repo.setTeamGemeenten(tx, id, gemeenten);
      const row = await repo.teamAfterWrite(tx, id);
      await audit(tx, actor, {
        ...change('update', 'team', id, row.gemeenteCode),
        toelichting: wijzigingsToelichting(voor, row, TEAM_VELDEN),
      });
      return row;
    });
  },

  medewerkers(
    db: Database,
    actor: Actor,
    filter: { gemeente?: string; team?: string; actief?: 'true' | 'false' },
  ) {
    return inTx(db, actor, async (tx) => {
      const rows = await repo.medewerkers(tx, {
        gemeente: filter.gemeente,
        team: filter.team,
        actief: filter.actief === undefined ? undefined : filter.actief === 'true',
      });
      await audit(tx, actor, {
        actie: 'search',
        objectType: 'medewerker',
        doel: DOEL,
        gemeenteCode: filter.gemeente ?? actor.principal.gemeenteCode,
        toelichting: `${rows.length} resultaten`,
      });
      return rows;
    });
  },
  async medewerker(db: Database, actor: Actor, id: string) {
    return inTx(db, actor, async (tx) => {
      const row = await repo.medewerker(tx, id);
      if (!row) throw errors.notFound('De medewerker');
      await audit(tx, actor, change('read', 'medewerker', id, row.gemeenteCode));
      return row;
    });
  },
  /**
   * A new medewerker gets the roles without access to personal data at once; the others wait for a
   * second beheerder (ADR 0021).
   */
  createMedewerker(
    db: Database,
    actor: Actor,
    input: { gemeenteCode: string; rollen: string[] } & Record<string, unknown>,
  ) {
    requireGemeente(actor, input.gemeenteCode);
    const plan = planRolwijziging([], input.rollen);
    return inTx(db, actor, async (tx) => {
      const id = await repo.insertMedewerker(tx, { ...input, rollen: plan.direct });
      const row = await repo.medewerkerAfterWrite(tx, id);
      const r = await legRolwijzigingVast(
        tx,
        alsMedewerker(actor.principal).gebruikerId,
        { medewerkerId: id, gemeenteCode: input.gemeenteCode, huidig: [] },
        plan,
      );
      await audit(tx, actor, {
        ...change('create', 'medewerker', id, input.gemeenteCode),
        toelichting: wijzigingsToelichting(null, row, MEDEWERKER_VELDEN, {
          rollenTeKeuren: plan.teKeuren,
          rolwijziging: r.teKeuren,
        }),
      });
      return row;
    });
  },
  updateMedewerker(
    db: Database,
    actor: Actor,
    id: string,
    input: { versie: number } & Record<string, unknown>,
  ) {
    const { versie, ...patch } = input;
    return inTx(db, actor, async (tx) => {
      const voor = await repo.medewerker(tx, id);
      if (!voor) throw errors.notFound('De medewerker');
      const gevraagd = patch.rollen as string[] | undefined;
      const plan = gevraagd ? planRolwijziging(voor.rollen, gevraagd) : null;
      if (gevraagd) weigerEigenRollen(actor, id, voor.rollen, gevraagd);
      await repo.updateMedewerker(tx, id, versie, plan ? { ...patch, rollen: plan.direct } : patch);
      const row = await repo.medewerkerAfterWrite(tx, id);
      const r = plan
        ? await legRolwijzigingVast(
            tx,
            alsMedewerker(actor.principal).gebruikerId,
            { medewerkerId: id, gemeenteCode: row.gemeenteCode, huidig: voor.rollen },
            plan,
          )
        : null;
      await audit(tx, actor, {
        ...change('update', 'medewerker', id, row.gemeenteCode),
        toelichting: wijzigingsToelichting(voor, row, MEDEWERKER_VELDEN, {
          gewijzigd: Object.keys(patch).filter((k) => !MEDEWERKER_VELDEN.includes(k)),
          ...(plan?.teKeuren.length ? { rollenTeKeuren: plan.teKeuren, rolwijziging: r?.teKeuren } : {}),
        }),
      });
      return row;
    });
  },
};
