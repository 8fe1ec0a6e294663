import type { z } from 'zod';
import { beschikkingKenmerk, vierOgenFout } from '../../../domain/beschikking.ts';
import { bezwaarUiterlijk, plusDagen } from '../../../domain/termijnen/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import { type Actor, alsMedewerker } from '../../platform/auth/principal.ts';
import { today } from '../../platform/clock.ts';
import type { Database } from '../../platform/db/types.ts';
import { renderBrief } from '../../platform/documents/brief-renderer.ts';
import { bewaarDocument, laadAfzender } from '../../platform/documents/opslag.ts';
import { recordEvent } from '../../platform/events/events.ts';
import { errors } from '../../platform/http/errors.ts';
import { inTx } from '../../platform/usecase.ts';
import { intake } from '../intake/index.ts';
import { beschikkingBrief } from './brief.ts';
import {
  categorieNaam,
  DOEL,
  kop,
  schrijfVoorzieningen,
  view,
  voorzieningenVan,
} from './repo-beschikking.ts';
import type { BeschikkingInvoer, Vaststelling } from './schemas.ts';
import { wijzigingOpties } from './service-herziening.ts';
import { voerBesluitUit } from './uitvoering.ts';

export const beschikkingen = {
  stelOp(db: Database, actor: Actor, aanvraagId: string, input: z.output<typeof BeschikkingInvoer>) {
    return inTx(db, actor, async (tx) => {
      const a = (
        await tx.query<{ gemeente_code: string; persoon_id: string; status: string; melding_id: string }>(
          'SELECT gemeente_code, persoon_id, status, melding_id FROM aanvragen WHERE id = $1 FOR UPDATE',
          [aanvraagId],
        )
      ).rows[0];
      if (!a) throw errors.notFound('De aanvraag');
      if (a.status !== 'ingediend') throw errors.conflict('al-besloten', 'Op deze aanvraag is al besloten.');
      const bestaand = await tx.query<{ id: string }>(
        "SELECT id FROM beschikkingen WHERE aanvraag_id = $1 AND soort = 'besluit'",
        [aanvraagId],
      );
      if (bestaand.rows[0])
        throw errors.conflict(
          'bestaat-al',
          `Voor deze aanvraag is al een beschikking (${bestaand.rows[0].id}).`,
        );
      const ins = await tx.query<{ id: string }>(
        'INSERT INTO beschikkingen (gemeente_code, aanvraag_id, persoon_id, toelichting, opgesteld_door) VALUES ($1, $2, $3, $4, $5) RETURNING id',
        [
          a.gemeente_code,
          aanvraagId,
          a.persoon_id,
          input.toelichting ?? null,
          alsMedewerker(actor.principal).medewerkerId,
        ],
      );
      const id = ins.rows[0]!.id;
      await schrijfVoorzieningen(
        tx,
        { id, gemeente_code: a.gemeente_code, persoon_id: a.persoon_id },
        input.voorzieningen,
      );
      await audit(tx, actor, {
        actie: 'create',
        objectType: 'beschikking',
        objectId: id,
        doel: DOEL,
        gemeenteCode: a.gemeente_code,
      });
      await recordEvent(tx, actor, {
        gemeenteCode: a.gemeente_code,
        type: 'BeschikkingOpgesteld',
        objectType: 'melding',
        objectId: a.melding_id,
        data: { beschikkingId: id, aanvraagId },
      });
      return view(tx, id);
    });
  },

  wijzigConcept(
    db: Database,
    actor: Actor,
    id: string,
    input: z.output<typeof BeschikkingInvoer> & { versie: number },
  ) {
    return inTx(db, actor, async (tx) => {
      const b = await kop(tx, id, true);
      if (b.versie !== input.versie) throw errors.versionConflict('De beschikking');
      if (b.status !== 'concept')
        throw errors.conflict(
          'vastgesteld',
          'Een vastgestelde beschikking wijzigt u met een nieuwe beschikking (wijziging of intrekking).',
        );
      if (b.soort === 'intrekking' || b.soort === 'herindicatie')
        throw errors.conflict(
          `${b.soort}-concept`,
          'Een intrekking of herindicatie past u niet aan: verwijder het concept en stel het opnieuw op.',
        );
      const opties =
        b.soort === 'wijziging'
          ? await wijzigingOpties(
              tx,
              b.vorige_beschikking_id!,
              plusDagen(b.ingetrokken_per!, 1),
              input.voorzieningen,
            )
          : {};
      if (b.soort === 'wijziging' && !input.toelichting)
        throw errors.field('toelichting', 'verplicht', 'Motiveer de wijziging.');
      await schrijfVoorzieningen(tx, b, input.voorzieningen, opties);
      await tx.query(
        'UPDATE beschikkingen SET toelichting = $2, versie = versie + 1, gewijzigd_op = now() WHERE id = $1',
        [id, input.toelichting ?? null],
      );
      await audit(tx, actor, {
        actie: 'update',
        objectType: 'beschikking',
        objectId: id,
        doel: DOEL,
        gemeenteCode: b.gemeente_code,
      });
      return view(tx, id);
    });
  },

  get(db: Database, actor: Actor, id: string) {
    return inTx(db, actor, async (tx) => {
      const v = await view(tx, id);
      await audit(tx, actor, {
        actie: 'read',
        objectType: 'beschikking',
        objectId: id,
        doel: DOEL,
        gemeenteCode: v.gemeenteCode,
      });
      return v;
    });
  },

  /**
   * Four eyes: a backoffice colleague other than the author fixes the beschikking. Then, in one
   * transaction: the bezwaar deadline from the legal clock, the letter (PDF), the aanvraag decided,
   * the toewijzingen and their WMO301 messages in the outbox.
   */
  stelVast(db: Database, actor: Actor, id: string, input: z.output<typeof Vaststelling>) {
    return inTx(db, actor, async (tx) => {
      const b = await kop(tx, id, true);
      if (b.versie !== input.versie) throw errors.versionConflict('De beschikking');
      if (b.status !== 'concept')
        throw errors.conflict('al-vastgesteld', 'Deze beschikking is al vastgesteld.');
      const vierOgen = vierOgenFout(b.opgesteld_door, alsMedewerker(actor.principal).medewerkerId);
      if (vierOgen) throw errors.conflict('vier-ogen', vierOgen);
      if (input.besluitdatum > today())
        throw errors.field('besluitdatum', 'in-toekomst', 'De besluitdatum ligt in de toekomst.');
      if (input.bekendgemaaktOp < input.besluitdatum || input.bekendgemaaktOp > plusDagen(today(), 7)) {
        throw errors.field(
          'bekendgemaaktOp',
          'ongeldig',
          'De bekendmaking ligt op of na de besluitdatum (en uiterlijk over een week).',
        );
      }
      const bezwaar = bezwaarUiterlijk(input.bekendgemaaktOp, await intake.api.laadKalender(tx));
      await tx.query(
        `UPDATE beschikkingen SET status = 'vastgesteld', gecontroleerd_door = $2, besluitdatum = $3, bekendgemaakt_op = $4, bezwaar_uiterlijk = $5,
           versie = versie + 1, gewijzigd_op = now() WHERE id = $1`,
        [id, alsMedewerker(actor.principal).medewerkerId, input.besluitdatum, input.bekendgemaaktOp, bezwaar],
      );
      if (b.aanvraag_id)
        await tx.query(
          "UPDATE aanvragen SET status = 'besloten', versie = versie + 1, gewijzigd_op = now() WHERE id = $1",
          [b.aanvraag_id],
        );
      const { berichten, beeindigd } = await voerBesluitUit(tx, b, id, input.besluitdatum);
      const intrekking = b.soort === 'intrekking';
      const naarBrief = (v: Awaited<ReturnType<typeof voorzieningenVan>>[number]) => ({
        besluit: v.besluit,
        motivering: v.motivering,
        productNaam: v.product_naam ?? categorieNaam(v.productcategorie),
        volume: v.volume,
        eenheid: v.eenheid,
        frequentie: v.frequentie,
        leveringsvorm: v.leveringsvorm,
        pgbBudget: v.pgb_budget,
        aanbieder: v.aanbieder_naam,
        ingangsdatum: v.ingangsdatum,
        einddatum: v.einddatum,
        herindicatiedatum: v.herindicatiedatum,
      });
      // An intrekking's letter names the voorzieningen it ends; a wijziging names both.
      const vs = intrekking ? beeindigd : await voorzieningenVan(tx, id);
      const pdf = await renderBrief(
        beschikkingBrief({
          gemeente: await laadAfzender(tx, b.gemeente_code),
          persoon: await intake.api.adresVoorBrief(tx, b.persoon_id),
          kenmerk: beschikkingKenmerk(b.nummer),
          besluitdatum: input.besluitdatum,
          aanvraagdatum: b.aanvraagdatum,
          bezwaarUiterlijk: bezwaar,
          toelichting: b.toelichting,
          intrekking: intrekking ? { per: b.ingetrokken_per! } : null,
          wijziging:
            b.soort === 'wijziging'
              ? { laatsteDag: b.ingetrokken_per!, vervallen: beeindigd.map(naarBrief) }
              : null,
          herindicatie:
            b.soort === 'herindicatie' && b.herindicatie ? { contactOp: b.herindicatie.contactOp } : null,
          voorzieningen: vs.map(naarBrief),
        }),
      );
      const melding = (
        await tx.query<{ melding_id: string; huishouden_id: string }>(
          'SELECT a.melding_id, m.huishouden_id FROM aanvragen a JOIN meldingen m ON m.id = a.melding_id WHERE a.id = $1',
          [b.aanvraag_id],
        )
      ).rows[0];
      const documentId = await bewaarDocument(tx, {
        gemeenteCode: b.gemeente_code,
        meldingId: melding?.melding_id ?? null,
        huishoudenId: melding?.huishouden_id ?? null,
        soort: 'beschikking',
        bestandsnaam: `beschikking-${beschikkingKenmerk(b.nummer)}.pdf`,
        inhoud: pdf,
        door: alsMedewerker(actor.principal).medewerkerId,
      });
      await tx.query('UPDATE documenten SET beschikking_id = $2 WHERE id = $1', [documentId, id]);
      await audit(tx, actor, {
        actie: 'update',
        objectType: 'beschikking',
        objectId: id,
        doel: DOEL,
        gemeenteCode: b.gemeente_code,
        toelichting: 'vastgesteld',
      });
      if (melding) {
        await recordEvent(tx, actor, {
          gemeenteCode: b.gemeente_code,
          type: 'BeschikkingAfgegeven',
          objectType: 'melding',
          objectId: melding.melding_id,
          data: {
            beschikkingId: id,
            besluitdatum: input.besluitdatum,
            bezwaarUiterlijk: bezwaar,
            binnenTermijn: b.beschikking_uiterlijk ? input.besluitdatum <= b.beschikking_uiterlijk : null,
            toekenningen: vs.filter((v) => v.besluit === 'toekenning').length,
            afwijzingen: vs.filter((v) => v.besluit === 'afwijzing').length,
            berichten: berichten.length,
          },
        });
      }
      return view(tx, id);
    });
  },

  brief(db: Database, actor: Actor, id: string) {
    return inTx(db, actor, async (tx) => {
      const { rows } = await tx.query<{
        id: string;
        gemeente_code: string;
        bestandsnaam: string;
        inhoud: Uint8Array;
      }>(
        "SELECT id, gemeente_code, bestandsnaam, inhoud FROM documenten WHERE beschikking_id = $1 AND soort = 'beschikking' ORDER BY aangemaakt_op DESC LIMIT 1",
        [id],
      );
      if (!rows[0]) throw errors.notFound('De beschikkingsbrief (de beschikking is nog niet vastgesteld)');
      await audit(tx, actor, {
        actie: 'print',
        objectType: 'document',
        objectId: rows[0].id,
        doel: DOEL,
        gemeenteCode: rows[0].gemeente_code,
      });
      return { bestandsnaam: rows[0].bestandsnaam, inhoud: Buffer.from(rows[0].inhoud) };
    });
  },
};
