import { mag } from '../../../platform/auth/policies.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { alsMedewerker } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database, Sql } from '../../../platform/db/types.ts';
import { inTx } from '../../../platform/usecase.ts';

export type TaakCode =
  | 'te-trieren'
  | 'te-onderzoeken'
  | 'termijnen-deze-week'
  | 'te-beschikken'
  | 'te-controleren'
  | 'verzoeken'
  | 'rapportages-te-beoordelen'
  | 'privacyverzoeken'
  | 'klachten';

interface Taak {
  code: TaakCode;
  /** The permission of the list the count links to: a count is only shown to who may open it. */
  recht: string;
  tel(tx: Sql, c: { mw: string; eigen: boolean; vandaag: string }): Promise<number>;
}

async function aantal(tx: Sql, sql: string, params: unknown[]): Promise<number> {
  const { rows } = await tx.query<{ n: number }>(sql, params);
  return Number(rows[0]?.n ?? 0);
}

/** A toegangsmedewerker's own meldingen; the KCC and the teamleider see the whole team's. */
const SCOPE = '($2::boolean IS FALSE OR behandelaar_id = $1)';

const TAKEN: readonly Taak[] = [
  {
    code: 'te-trieren',
    recht: 'werkvoorraad.raadplegen',
    tel: (tx, c) =>
      aantal(tx, `SELECT count(*)::int AS n FROM meldingen WHERE status = 'nieuw' AND ${SCOPE}`, [
        c.mw,
        c.eigen,
      ]),
  },
  {
    code: 'te-onderzoeken',
    recht: 'werkvoorraad.raadplegen',
    tel: (tx, c) =>
      aantal(tx, `SELECT count(*)::int AS n FROM meldingen WHERE status = 'onderzoek' AND ${SCOPE}`, [
        c.mw,
        c.eigen,
      ]),
  },
  {
    code: 'termijnen-deze-week',
    recht: 'werkvoorraad.raadplegen',
    // Overdue ones count too: they are the most urgent.
    tel: (tx, c) =>
      aantal(
        tx,
        `SELECT count(*)::int AS n FROM meldingen WHERE status IN ('nieuw', 'onderzoek') AND ${SCOPE}
           AND onderzoek_uiterlijk <= ($3::date + 7)`,
        [c.mw, c.eigen, c.vandaag],
      ),
  },
  {
    code: 'te-beschikken',
    recht: 'beschikkingen.opstellen',
    tel: (tx) =>
      aantal(
        tx,
        `SELECT count(*)::int AS n FROM aanvragen a WHERE a.status = 'ingediend'
           AND NOT EXISTS (SELECT 1 FROM beschikkingen b WHERE b.aanvraag_id = a.id)`,
        [],
      ),
  },
  {
    code: 'te-controleren',
    recht: 'beschikkingen.controleren',
    tel: (tx, c) =>
      aantal(
        tx,
        `SELECT count(*)::int AS n FROM beschikkingen WHERE status = 'concept' AND opgesteld_door IS DISTINCT FROM $1`,
        [c.mw],
      ),
  },
  {
    code: 'verzoeken',
    recht: 'iwmo-verzoeken.beantwoorden',
    tel: (tx) =>
      aantal(
        tx,
        `SELECT count(*)::int AS n FROM iwmo_verzoeken WHERE status IN ('open', 'in-onderzoek')`,
        [],
      ),
  },
  {
    code: 'rapportages-te-beoordelen',
    recht: 'rapportages.vaststellen',
    tel: (tx) =>
      aantal(tx, `SELECT count(*)::int AS n FROM project_rapportages WHERE status = 'ter-review'`, []),
  },
  {
    code: 'privacyverzoeken',
    recht: 'privacyverzoeken.behandelen',
    tel: (tx) => aantal(tx, `SELECT count(*)::int AS n FROM privacyverzoeken WHERE status = 'open'`, []),
  },
  {
    code: 'klachten',
    recht: 'klachten.behandelen',
    tel: (tx) => aantal(tx, `SELECT count(*)::int AS n FROM klachten WHERE status = 'open'`, []),
  },
];

/**
 * What waits for the user (the start page and the menu, issue 15): per task they may act on, how
 * many. Counts only — no personal data — so no audit line.
 */
export function mijnTaken(db: Database, actor: Actor) {
  const mw = alsMedewerker(actor.principal);
  const taken = TAKEN.filter((t) => mag(t.recht, mw));
  const eigen =
    mw.rollen.includes('toegangsmedewerker') && !mw.rollen.some((r) => r === 'teamleider' || r === 'kcc');
  return inTx(db, actor, async (tx) => {
    const c = { mw: mw.medewerkerId, eigen, vandaag: today() };
    const uit: Array<{ code: TaakCode; aantal: number }> = [];
    for (const t of taken) uit.push({ code: t.code, aantal: await t.tel(tx, c) });
    return uit;
  });
}
