import type { z } from 'zod';
import { lichteHerindicatieBevindingen, wijzigingBevindingen } from '../../../domain/herziening.ts';
import { plusDagen } from '../../../domain/termijnen/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../platform/auth/principal.ts';
import { today } from '../../platform/clock.ts';
import type { Database, Sql } from '../../platform/db/types.ts';
import { formatDatumLang } from '../../platform/documents/datum.ts';
import { recordEvent } from '../../platform/events/events.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx } from '../../platform/usecase.ts';
import { DOEL, type Kop, kop, type SchrijfOpties, schrijfVoorzieningen, view } from './repo-beschikking.ts';
import type { BeschikkingInvoer, Intrekking, LichteHerindicatie, Wijziging } from './schemas.ts';

const aanFout = (b: { veld: string; code: string; reden: string }) => ({
  name: b.veld,
  code: b.code,
  reason: b.reden,
});

function moetVastgesteldBesluitZijn(oud: Kop, wat: string) {
  if (oud.status !== 'vastgesteld' || oud.soort === 'intrekking') {
    throw errors.conflict(
      `niet-${wat}`,
      `Alleen een vastgestelde beschikking met voorzieningen kan worden ${wat === 'intrekbaar' ? 'ingetrokken' : 'gewijzigd'}.`,
    );
  }
}

/**
 * The write options for a wijziging's voorzieningen: the old beschikking's lines count as ending the
 * day before `per` (so switching ZIN → pgb is no OP043 overlap), and the legal guards of a wijziging
 * are reported together with the field checks.
 */
export async function wijzigingOpties(
  tx: Sql,
  vorigeId: string,
  per: string,
  voorzieningen: z.output<typeof BeschikkingInvoer>['voorzieningen'],
): Promise<SchrijfOpties> {
  const { rows: oud } = await tx.query<{ ingangsdatum: string; einddatum: string | null }>(
    `SELECT ingangsdatum, coalesce(beeindigd_op, einddatum) AS einddatum FROM voorzieningen
     WHERE beschikking_id = $1 AND besluit = 'toekenning'`,
    [vorigeId],
  );
  return {
    vervangt: { beschikkingId: vorigeId, eindigtOp: plusDagen(per, -1) },
    extraFouten: wijzigingBevindingen(per, oud, voorzieningen).map(aanFout),
  };
}

async function controleerAanvraag(tx: Sql, aanvraagId: string, persoonId: string) {
  const a = (
    await tx.query<{ persoon_id: string; status: string }>(
      'SELECT persoon_id, status FROM aanvragen WHERE id = $1 FOR UPDATE',
      [aanvraagId],
    )
  ).rows[0];
  if (!a || a.persoon_id !== persoonId)
    throw errors.field('aanvraagId', 'bestaat-niet', 'Deze inwoner heeft geen aanvraag met dit nummer.');
  if (a.status !== 'ingediend') throw errors.conflict('al-besloten', 'Op deze aanvraag is al besloten.');
  const b = await tx.query('SELECT 1 FROM beschikkingen WHERE aanvraag_id = $1', [aanvraagId]);
  if (b.rows[0]) throw errors.conflict('bestaat-al', 'Voor deze aanvraag is al een beschikking.');
}

export const herzieningen = {
  /**
   * Wmo 2015 art. 2.3.10: a fixed beschikking is withdrawn by a new beschikking that references it.
   * Drafted here as a concept; four eyes and the effects (end of the voorzieningen and toewijzingen,
   * WMO301 with RedenWijziging, letter) follow at vaststelling.
   */
  trekIn(db: Database, actor: Actor, id: string, input: z.output<typeof Intrekking>) {
    return inTx(db, actor, async (tx) => {
      const oud = await kop(tx, id, true);
      moetVastgesteldBesluitZijn(oud, 'intrekbaar');
      const lopend = await tx.query<{ ingangsdatum: string | null }>(
        `SELECT min(ingangsdatum)::text AS ingangsdatum FROM voorzieningen
         WHERE beschikking_id = $1 AND besluit = 'toekenning' AND beeindigd_op IS NULL AND (einddatum IS NULL OR einddatum > $2)`,
        [id, input.per],
      );
      const ingang = lopend.rows[0]?.ingangsdatum;
      if (!ingang)
        throw errors.field(
          'per',
          'niets-te-beeindigen',
          'Op die datum loopt geen voorziening van deze beschikking meer.',
        );
      if (input.per < ingang)
        throw errors.field(
          'per',
          'voor-ingang',
          'De beëindiging ligt vóór de ingangsdatum van de voorziening.',
        );
      const ins = await tx.query<{ id: string }>(
        `INSERT INTO beschikkingen (gemeente_code, persoon_id, soort, vorige_beschikking_id, toelichting, opgesteld_door, ingetrokken_per, reden_wijziging)
         VALUES ($1, $2, 'intrekking', $3, $4, $5, $6, $7) RETURNING id`,
        [
          oud.gemeente_code,
          oud.persoon_id,
          id,
          input.motivering,
          alsMedewerker(actor.principal).medewerkerId,
          input.per,
          input.redenWijziging,
        ],
      );
      await audit(tx, actor, {
        actie: 'create',
        objectType: 'beschikking',
        objectId: ins.rows[0]!.id,
        doel: DOEL,
        gemeenteCode: oud.gemeente_code,
        toelichting: 'intrekking',
      });
      return view(tx, ins.rows[0]!.id);
    });
  },

  /**
   * Wmo 2015 art. 2.3.10 (herziening): other omvang, product or period from `per`. A new beschikking
   * that references the old one; at vaststelling (four eyes) the old voorzieningen end the day before
   * `per` and the aanbieders get one WMO301 each with the changed and the new toewijzingen.
   */
  wijzig(db: Database, actor: Actor, id: string, input: z.output<typeof Wijziging>) {
    return inTx(db, actor, async (tx) => {
      const oud = await kop(tx, id, true);
      moetVastgesteldBesluitZijn(oud, 'wijzigbaar');
      if (input.aanvraagId) await controleerAanvraag(tx, input.aanvraagId, oud.persoon_id);
      const opties = await wijzigingOpties(tx, id, input.per, input.voorzieningen);
      const ins = await tx.query<{ id: string }>(
        `INSERT INTO beschikkingen (gemeente_code, persoon_id, aanvraag_id, soort, vorige_beschikking_id, toelichting, opgesteld_door, ingetrokken_per, reden_wijziging)
         VALUES ($1, $2, $3, 'wijziging', $4, $5, $6, $7, $8) RETURNING id`,
        [
          oud.gemeente_code,
          oud.persoon_id,
          input.aanvraagId ?? null,
          id,
          input.toelichting,
          alsMedewerker(actor.principal).medewerkerId,
          plusDagen(input.per, -1),
          input.redenWijziging,
        ],
      );
      const nieuwId = ins.rows[0]!.id;
      await schrijfVoorzieningen(
        tx,
        { id: nieuwId, gemeente_code: oud.gemeente_code, persoon_id: oud.persoon_id },
        input.voorzieningen,
        opties,
      );
      await audit(tx, actor, {
        actie: 'create',
        objectType: 'beschikking',
        objectId: nieuwId,
        doel: DOEL,
        gemeenteCode: oud.gemeente_code,
        toelichting: 'wijziging',
      });
      return view(tx, nieuwId);
    });
  },

  /**
   * Light herindicatie: the voorziening ends soon, the resident confirms nothing changed, so it is
   * continued for a new period without a melding and a full onderzoek — recorded as such (who spoke to
   * the resident, when, how, per aspect). It is still a beschikking: four eyes, letter with bezwaar,
   * a new toewijzing for ZIN.
   */
  herindiceer(db: Database, actor: Actor, voorzieningId: string, input: z.output<typeof LichteHerindicatie>) {
    return inTx(db, actor, async (tx) => {
      const v = (
        await tx.query<{
          id: string;
          beschikking_id: string;
          besluit: 'toekenning' | 'afwijzing';
          product_id: string | null;
          productcategorie: string;
          volume: number | null;
          leveringsvorm: 'zin' | 'pgb' | null;
          aanbieder_id: string | null;
          ingangsdatum: string | null;
          einddatum: string | null;
          beeindigd_op: string | null;
          motivering: string;
          vervolgd: boolean;
        }>(
          `SELECT v.*, EXISTS (SELECT 1 FROM voorzieningen n WHERE n.vervolg_op = v.id) AS vervolgd
           FROM voorzieningen v JOIN beschikkingen b ON b.id = v.beschikking_id
           WHERE v.id = $1 AND b.status = 'vastgesteld' FOR UPDATE OF v`,
          [voorzieningId],
        )
      ).rows[0];
      if (!v) throw errors.notFound('De (vastgestelde) voorziening');
      const bevindingen = lichteHerindicatieBevindingen(
        {
          besluit: v.besluit,
          ingangsdatum: v.ingangsdatum,
          einddatum: v.einddatum,
          beeindigdOp: v.beeindigd_op,
          alVervolgd: v.vervolgd,
        },
        input,
        today(),
      );
      const oud = await kop(tx, v.beschikking_id);
      const ins = await tx.query<{ id: string }>(
        `INSERT INTO beschikkingen (gemeente_code, persoon_id, soort, vorige_beschikking_id, toelichting, opgesteld_door, herindicatie)
         VALUES ($1, $2, 'herindicatie', $3, $4, $5, $6) RETURNING id`,
        [
          oud.gemeente_code,
          oud.persoon_id,
          oud.id,
          input.toelichting,
          alsMedewerker(actor.principal).medewerkerId,
          JSON.stringify({
            contactOp: input.contactOp,
            contactwijze: input.contactwijze,
            ongewijzigd: input.ongewijzigd,
            voorzieningId: v.id,
          }),
        ],
      );
      const nieuwId = ins.rows[0]!.id;
      // The same product, omvang, leveringsvorm and aanbieder: only the period is new. The contract
      // and budget checks of a normal toekenning run again (tariffs or contracts may have changed).
      await schrijfVoorzieningen(
        tx,
        { id: nieuwId, gemeente_code: oud.gemeente_code, persoon_id: oud.persoon_id },
        [
          {
            besluit: 'toekenning',
            motivering:
              `Lichte herindicatie: de situatie is ongewijzigd (gesprek op ${formatDatumLang(input.contactOp)}). ${input.toelichting}`.slice(
                0,
                10000,
              ),
            productId: v.product_id,
            volume: v.volume,
            leveringsvorm: v.leveringsvorm,
            aanbiederId: v.aanbieder_id,
            ingangsdatum: input.ingangsdatum,
            einddatum: input.einddatum,
            herindicatiedatum: input.herindicatiedatum ?? null,
          },
        ],
        { vervolgOp: v.id, extraFouten: bevindingen.map(aanFout) },
      );
      await audit(tx, actor, {
        actie: 'create',
        objectType: 'beschikking',
        objectId: nieuwId,
        doel: DOEL,
        gemeenteCode: oud.gemeente_code,
        toelichting: 'lichte herindicatie',
      });
      await recordEvent(tx, actor, {
        gemeenteCode: oud.gemeente_code,
        type: 'LichteHerindicatieOpgesteld',
        objectType: 'persoon',
        objectId: oud.persoon_id,
        data: { beschikkingId: nieuwId, voorzieningId: v.id, contactwijze: input.contactwijze },
      });
      return view(tx, nieuwId);
    });
  },

  /** A concept that should not become a decision is discarded (audited); fixed ones stay forever. */
  verwijderConcept(db: Database, actor: Actor, id: string, versie: number) {
    return inTx(db, actor, async (tx) => {
      const b = await kop(tx, id, true);
      if (b.versie !== versie) throw errors.versionConflict('De beschikking');
      if (b.status !== 'concept')
        throw errors.conflict('vastgesteld', 'Een vastgestelde beschikking blijft bewaard.');
      await tx.query('DELETE FROM voorzieningen WHERE beschikking_id = $1', [id]);
      await tx.query('DELETE FROM beschikkingen WHERE id = $1', [id]);
      await audit(tx, actor, {
        actie: 'delete',
        objectType: 'beschikking',
        objectId: id,
        doel: DOEL,
        gemeenteCode: b.gemeente_code,
        toelichting: `concept (${b.soort}) verwijderd`,
      });
    });
  },
};
