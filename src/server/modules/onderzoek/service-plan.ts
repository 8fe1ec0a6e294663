import type { z } from 'zod';
import { LEEFGEBIEDEN } from '../../../domain/leefgebieden.ts';
import { audit } from '../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../platform/auth/principal.ts';
import { vereisRelatieHuishouden, vereisRelatiePersoon } from '../../platform/auth/relatie.ts';
import type { Database, Sql } from '../../platform/db/types.ts';
import { toColumns, updateVersioned } from '../../platform/db/versioned.ts';
import { recordEvent } from '../../platform/events/events.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx, requireGemeente } from '../../platform/usecase.ts';
import type {
  ActieInvoer,
  ActieWijzigen,
  DoelInvoer,
  DoelWijzigen,
  LeefgebiedenInstellen,
  ScoresInvoer,
} from './schemas.ts';

const DOEL = 'wmo-onderzoek';

/** The leefgebieden of a gemeente: its own list, or the 13 ZRM domains by default. */
export async function leefgebiedenVan(
  tx: Sql,
  gemeenteCode: string,
): Promise<Array<{ code: string; naam: string }>> {
  const { rows } = await tx.query<{ code: string; naam: string }>(
    'SELECT code, naam FROM leefgebieden_config WHERE gemeente_code = $1 ORDER BY volgorde',
    [gemeenteCode],
  );
  return rows.length ? rows : Object.entries(LEEFGEBIEDEN).map(([code, naam]) => ({ code, naam }));
}

async function controleerLeefgebied(tx: Sql, gemeenteCode: string, code: string, veld: string) {
  if (!(await leefgebiedenVan(tx, gemeenteCode)).some((l) => l.code === code)) {
    throw errors.field(veld, 'onbekend-leefgebied', 'Dit leefgebied staat niet in de lijst van de gemeente.');
  }
}

async function huishouden(tx: Sql, id: string) {
  const { rows } = await tx.query<{
    id: string;
    gemeente_code: string;
    naam: string;
    contactpersoon_id: string | null;
    contactpersoon_naam: string | null;
  }>(
    `SELECT h.id, h.gemeente_code, h.naam, h.contactpersoon_id, m.naam AS contactpersoon_naam
     FROM huishoudens h LEFT JOIN medewerkers m ON m.id = h.contactpersoon_id WHERE h.id = $1`,
    [id],
  );
  if (!rows[0]) throw errors.notFound('Het huishouden');
  // The plan is case content: only with a relationship (ADR 0030), else 403 doorbraak-nodig.
  await vereisRelatieHuishouden(tx, id);
  return rows[0];
}

async function planView(tx: Sql, huishoudenId: string) {
  const h = await huishouden(tx, huishoudenId);
  const doelen = await tx.query<{
    id: string;
    leefgebied: string;
    persoon_id: string | null;
    persoon_naam: string | null;
    wat: string;
    wanneer: string;
    meetbaar: string;
    evaluatiedatum: string | null;
    uitkomst: 'behaald' | 'deels' | 'niet' | null;
    uitkomst_toelichting: string | null;
    versie: number;
  }>(
    `SELECT d.*, concat_ws(' ', p.voornamen, p.tussenvoegsel, p.achternaam) AS persoon_naam
     FROM plan_doelen d JOIN plannen pl ON pl.id = d.plan_id LEFT JOIN personen p ON p.id = d.persoon_id
     WHERE pl.huishouden_id = $1 ORDER BY d.wanneer, d.aangemaakt_op`,
    [huishoudenId],
  );
  const acties = await tx.query<{
    id: string;
    doel_id: string;
    uitvoerder: 'inwoner';
    loket: 'wmo' | null;
    organisatie_id: string | null;
    organisatie_naam: string | null;
    omschrijving: string;
    status: 'open';
    versie: number;
  }>(
    `SELECT a.*, o.naam AS organisatie_naam FROM plan_acties a JOIN plan_doelen d ON d.id = a.doel_id
     JOIN plannen pl ON pl.id = d.plan_id LEFT JOIN organisaties o ON o.id = a.organisatie_id
     WHERE pl.huishouden_id = $1 ORDER BY a.aangemaakt_op`,
    [huishoudenId],
  );
  return {
    huishoudenId: h.id,
    huishoudenNaam: h.naam,
    contactpersoon: h.contactpersoon_id ? { id: h.contactpersoon_id, naam: h.contactpersoon_naam! } : null,
    doelen: doelen.rows.map((d) => ({
      id: d.id,
      leefgebied: d.leefgebied,
      persoon: d.persoon_id ? { id: d.persoon_id, naam: d.persoon_naam! } : null,
      wat: d.wat,
      wanneer: d.wanneer,
      meetbaar: d.meetbaar,
      evaluatiedatum: d.evaluatiedatum,
      uitkomst: d.uitkomst,
      uitkomstToelichting: d.uitkomst_toelichting,
      versie: d.versie,
      acties: acties.rows
        .filter((a) => a.doel_id === d.id)
        .map((a) => ({
          id: a.id,
          uitvoerder: a.uitvoerder,
          loket: a.loket,
          organisatie: a.organisatie_id ? { id: a.organisatie_id, naam: a.organisatie_naam! } : null,
          omschrijving: a.omschrijving,
          status: a.status,
          versie: a.versie,
        })),
    })),
  };
}

async function doelHuishouden(tx: Sql, doelId: string) {
  const { rows } = await tx.query<{ huishouden_id: string; gemeente_code: string }>(
    'SELECT pl.huishouden_id, d.gemeente_code FROM plan_doelen d JOIN plannen pl ON pl.id = d.plan_id WHERE d.id = $1',
    [doelId],
  );
  if (!rows[0]) throw errors.notFound('Het doel');
  return rows[0];
}

const auditPlan = (
  tx: Sql,
  actor: Actor,
  huishoudenId: string,
  gemeenteCode: string,
  actie: 'read' | 'update' | 'create',
) => audit(tx, actor, { actie, objectType: 'plan', objectId: huishoudenId, doel: DOEL, gemeenteCode });

export const plan = {
  get(db: Database, actor: Actor, huishoudenId: string) {
    return inTx(db, actor, async (tx) => {
      const v = await planView(tx, huishoudenId);
      await auditPlan(tx, actor, huishoudenId, (await huishouden(tx, huishoudenId)).gemeente_code, 'read');
      return v;
    });
  },

  /** Adds a goal to the household's one plan (the plan is created with its first goal). */
  voegDoelToe(db: Database, actor: Actor, huishoudenId: string, input: z.output<typeof DoelInvoer>) {
    return inTx(db, actor, async (tx) => {
      const h = await huishouden(tx, huishoudenId);
      await controleerLeefgebied(tx, h.gemeente_code, input.leefgebied, 'leefgebied');
      if (input.persoonId) {
        const lid = await tx.query(
          'SELECT 1 FROM huishouden_leden WHERE huishouden_id = $1 AND persoon_id = $2 AND tot IS NULL',
          [huishoudenId, input.persoonId],
        );
        if (!lid.rows[0])
          throw errors.field('persoonId', 'geen-lid', 'Deze persoon hoort niet (meer) bij het huishouden.');
      }
      if (input.evaluatiedatum && input.evaluatiedatum > input.wanneer) {
        throw errors.field(
          'evaluatiedatum',
          'na-streefdatum',
          'Evalueer uiterlijk op de streefdatum van het doel.',
        );
      }
      const pl = await tx.query<{ id: string }>(
        `INSERT INTO plannen (gemeente_code, huishouden_id) VALUES ($1, $2)
         ON CONFLICT (huishouden_id) DO UPDATE SET gewijzigd_op = now() RETURNING id`,
        [h.gemeente_code, huishoudenId],
      );
      const d = await tx.query<{ id: string }>(
        `INSERT INTO plan_doelen (gemeente_code, plan_id, persoon_id, leefgebied, wat, wanneer, meetbaar, evaluatiedatum)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          h.gemeente_code,
          pl.rows[0]!.id,
          input.persoonId ?? null,
          input.leefgebied,
          input.wat,
          input.wanneer,
          input.meetbaar,
          input.evaluatiedatum ?? null,
        ],
      );
      await auditPlan(tx, actor, huishoudenId, h.gemeente_code, 'update');
      await recordEvent(tx, actor, {
        gemeenteCode: h.gemeente_code,
        type: 'PlanDoelToegevoegd',
        objectType: 'huishouden',
        objectId: huishoudenId,
        data: { doelId: d.rows[0]!.id, leefgebied: input.leefgebied },
      });
      return planView(tx, huishoudenId);
    });
  },

  wijzigDoel(db: Database, actor: Actor, doelId: string, input: z.output<typeof DoelWijzigen>) {
    return inTx(db, actor, async (tx) => {
      const { huishouden_id, gemeente_code } = await doelHuishouden(tx, doelId);
      const { versie, ...patch } = input;
      if (patch.leefgebied) await controleerLeefgebied(tx, gemeente_code, patch.leefgebied, 'leefgebied');
      if (patch.uitkomst && !patch.uitkomstToelichting) {
        throw errors.field('uitkomstToelichting', 'verplicht', 'Licht de uitkomst van de evaluatie toe.');
      }
      await updateVersioned(tx, {
        table: 'plan_doelen',
        id: doelId,
        versie,
        set: toColumns(patch, {
          leefgebied: 'leefgebied',
          persoonId: 'persoon_id',
          wat: 'wat',
          wanneer: 'wanneer',
          meetbaar: 'meetbaar',
          evaluatiedatum: 'evaluatiedatum',
          uitkomst: 'uitkomst',
          uitkomstToelichting: 'uitkomst_toelichting',
        }),
        returning: 'id',
        what: 'Het doel',
      });
      await auditPlan(tx, actor, huishouden_id, gemeente_code, 'update');
      if (patch.uitkomst) {
        await recordEvent(tx, actor, {
          gemeenteCode: gemeente_code,
          type: 'PlanDoelGeevalueerd',
          objectType: 'huishouden',
          objectId: huishouden_id,
          data: { doelId, uitkomst: patch.uitkomst },
        });
      }
      return planView(tx, huishouden_id);
    });
  },

  voegActieToe(db: Database, actor: Actor, doelId: string, input: z.output<typeof ActieInvoer>) {
    return inTx(db, actor, async (tx) => {
      const { huishouden_id, gemeente_code } = await doelHuishouden(tx, doelId);
      if (input.uitvoerder === 'loket' && !input.loket)
        throw errors.field('loket', 'verplicht', 'Kies het loket.');
      if (input.uitvoerder === 'partner') {
        if (!input.organisatieId)
          throw errors.field('organisatieId', 'verplicht', 'Kies de partnerorganisatie.');
        const o = await tx.query(
          "SELECT 1 FROM organisaties WHERE id = $1 AND soort IN ('partner', 'aanbieder')",
          [input.organisatieId],
        );
        if (!o.rows[0]) throw errors.field('organisatieId', 'bestaat-niet', 'Deze organisatie bestaat niet.');
      }
      await tx.query(
        'INSERT INTO plan_acties (gemeente_code, doel_id, uitvoerder, loket, organisatie_id, omschrijving) VALUES ($1, $2, $3, $4, $5, $6)',
        [
          gemeente_code,
          doelId,
          input.uitvoerder,
          input.uitvoerder === 'loket' ? input.loket : null,
          input.uitvoerder === 'partner' ? input.organisatieId : null,
          input.omschrijving,
        ],
      );
      await auditPlan(tx, actor, huishouden_id, gemeente_code, 'update');
      return planView(tx, huishouden_id);
    });
  },

  wijzigActie(db: Database, actor: Actor, actieId: string, input: z.output<typeof ActieWijzigen>) {
    return inTx(db, actor, async (tx) => {
      const { rows } = await tx.query<{ doel_id: string }>('SELECT doel_id FROM plan_acties WHERE id = $1', [
        actieId,
      ]);
      if (!rows[0]) throw errors.notFound('De actie');
      const { huishouden_id, gemeente_code } = await doelHuishouden(tx, rows[0].doel_id);
      const { versie, ...patch } = input;
      await updateVersioned(tx, {
        table: 'plan_acties',
        id: actieId,
        versie,
        set: toColumns(patch, { omschrijving: 'omschrijving', status: 'status' }),
        returning: 'id',
        what: 'De actie',
      });
      await auditPlan(tx, actor, huishouden_id, gemeente_code, 'update');
      return planView(tx, huishouden_id);
    });
  },
};

export const zrm = {
  leefgebieden(db: Database, actor: Actor, gemeente: string) {
    return inTx(db, actor, (tx) => leefgebiedenVan(tx, gemeente));
  },

  stelLeefgebiedenIn(db: Database, actor: Actor, input: z.output<typeof LeefgebiedenInstellen>) {
    requireGemeente(actor, input.gemeenteCode);
    const codes = input.leefgebieden.map((l) => l.code);
    if (new Set(codes).size !== codes.length)
      throw errors.field('leefgebieden', 'dubbel', 'Elke code mag maar één keer voorkomen.');
    return inTx(db, actor, async (tx) => {
      await tx.query('DELETE FROM leefgebieden_config WHERE gemeente_code = $1', [input.gemeenteCode]);
      await tx.query(
        `INSERT INTO leefgebieden_config (gemeente_code, code, naam, volgorde)
         SELECT $1, c, n, o FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS t(c, n, o)`,
        [input.gemeenteCode, codes, input.leefgebieden.map((l) => l.naam)],
      );
      await audit(tx, actor, {
        actie: 'update',
        objectType: 'leefgebieden',
        objectId: input.gemeenteCode,
        doel: 'configuratie-toegang',
        gemeenteCode: input.gemeenteCode,
      });
      return leefgebiedenVan(tx, input.gemeenteCode);
    });
  },

  scores(db: Database, actor: Actor, persoonId: string) {
    return inTx(db, actor, async (tx) => {
      const p = await tx.query<{ gemeente_code: string }>(
        'SELECT gemeente_code FROM personen WHERE id = $1',
        [persoonId],
      );
      if (!p.rows[0]) throw errors.notFound('De persoon');
      await vereisRelatiePersoon(tx, persoonId);
      const rows = await zrm.scoresInTx(tx, persoonId);
      await audit(tx, actor, {
        actie: 'read',
        objectType: 'zrm-scores',
        objectId: persoonId,
        doel: DOEL,
        gemeenteCode: p.rows[0].gemeente_code,
      });
      return rows;
    });
  },

  /** Records a scoring moment; earlier scores stay, so change over time can be shown. */
  scoor(db: Database, actor: Actor, persoonId: string, input: z.output<typeof ScoresInvoer>) {
    return inTx(db, actor, async (tx) => {
      const p = await tx.query<{ gemeente_code: string }>(
        'SELECT gemeente_code FROM personen WHERE id = $1',
        [persoonId],
      );
      if (!p.rows[0]) throw errors.notFound('De persoon');
      await vereisRelatiePersoon(tx, persoonId);
      const gemeente = p.rows[0].gemeente_code;
      const toegestaan = new Set((await leefgebiedenVan(tx, gemeente)).map((l) => l.code));
      input.scores.forEach((s, i) => {
        if (!toegestaan.has(s.leefgebied))
          throw errors.field(`scores.${i}.leefgebied`, 'onbekend-leefgebied', 'Onbekend leefgebied.');
      });
      const dubbel = input.scores.map((s) => s.leefgebied).filter((c, i, a) => a.indexOf(c) !== i);
      if (dubbel.length)
        throw errors.field('scores', 'dubbel', `Leefgebied ${dubbel[0]} staat er twee keer in.`);
      for (const s of input.scores) {
        await tx.query(
          `INSERT INTO zrm_scores (gemeente_code, persoon_id, onderzoek_id, leefgebied, score, toelichting, gescoord_op, gescoord_door)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            gemeente,
            persoonId,
            input.onderzoekId ?? null,
            s.leefgebied,
            s.score,
            s.toelichting ?? null,
            input.gescoordOp,
            alsMedewerker(actor.principal).medewerkerId,
          ],
        );
      }
      await audit(tx, actor, {
        actie: 'create',
        objectType: 'zrm-scores',
        objectId: persoonId,
        doel: DOEL,
        gemeenteCode: gemeente,
      });
      return await zrm.scoresInTx(tx, persoonId);
    });
  },

  async scoresInTx(tx: Sql, persoonId: string) {
    const { rows } = await tx.query<{
      id: string;
      leefgebied: string;
      score: number;
      toelichting: string | null;
      gescoordOp: string;
      onderzoekId: string | null;
      gescoordDoor: string | null;
    }>(
      `SELECT s.id, s.leefgebied, s.score, s.toelichting, s.gescoord_op AS "gescoordOp", s.onderzoek_id AS "onderzoekId", m.naam AS "gescoordDoor"
       FROM zrm_scores s LEFT JOIN medewerkers m ON m.id = s.gescoord_door WHERE s.persoon_id = $1 ORDER BY s.gescoord_op, s.aangemaakt_op`,
      [persoonId],
    );
    return rows;
  },
};
