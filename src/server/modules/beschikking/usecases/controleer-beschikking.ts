import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { plusDagen } from '../../../../domain/termijnen/index.ts';
import type { Actor } from '../../../platform/auth/principal.ts';
import { today } from '../../../platform/clock.ts';
import type { Database, Sql } from '../../../platform/db/types.ts';
import { Bevindingen, type Deels, foutIn } from '../../../platform/http/controles.ts';
import type { InvalidParam } from '../../../platform/http/errors.ts';
import { inTx } from '../../../platform/usecase.ts';
import { aanvraagVoorBesluit } from '../../onderzoek/index.ts';
import { regio } from '../../regio/index.ts';
import { kop, type SchrijfOpties, toetsVoorzieningen } from '../repo-beschikking.ts';
import { type BeschikkingInvoer, type Vaststelling, VoorzieningInvoer } from '../schemas.ts';
import { wijzigingOpties } from './stappen.ts';

/**
 * The beschikking's checks beyond its schema, for the validation step (controles.ts): when the
 * body fails the schema, these run on the valid lines and fields, so that one answer names the
 * wrong motivering, the product without contract and the overlapping period together.
 */

type Invoer = Deels<z.output<typeof BeschikkingInvoer>>;
type Regel = z.output<typeof VoorzieningInvoer>;

/**
 * The lines as far as they passed the schema, and whether every line passed whole. A line with a
 * wrong field is still checked field by field (product, contract), but the overlap checks need
 * every line complete: without its wrong field a line may look complete but is not.
 */
function regelsVan(invoer: Invoer, schemaFouten: readonly InvalidParam[]) {
  const regels = (invoer.voorzieningen ?? []).map((v) => (v ?? undefined) as Regel | undefined);
  const volledig =
    regels.length > 0 &&
    regels.every(
      (v, i) => v && !foutIn(schemaFouten, `voorzieningen.${i}`) && VoorzieningInvoer.safeParse(v).success,
    );
  return { regels, volledig };
}

/** Product, contract, regional products and (when every line is valid) overlaps. */
export async function voorzieningBevindingen(
  tx: Sql,
  actor: Actor,
  b: { gemeente_code: string; persoon_id: string },
  invoer: Invoer,
  opties: SchrijfOpties = {},
  schemaFouten: readonly InvalidParam[] = [],
): Promise<InvalidParam[]> {
  const { regels, volledig } = regelsVan(invoer, schemaFouten);
  const bwMo = await regio.api.bwMoFouten(
    tx,
    actor,
    regels.map((r) => r ?? {}),
  );
  const { fouten } = await toetsVoorzieningen(
    tx,
    b,
    regels,
    { ...opties, extraFouten: [...(opties.extraFouten ?? []), ...bwMo] },
    volledig,
  );
  return fouten;
}

/** POST /aanvragen/{id}/beschikkingen. */
export function controleerOpstellen(db: Database) {
  return (req: FastifyRequest, geldig: unknown, schemaFouten: readonly InvalidParam[]) =>
    inTx(db, req.actor(), async (tx) => {
      const a = await aanvraagVoorBesluit(tx, (req.params as { id: string }).id);
      if (!a) return [];
      return voorzieningBevindingen(tx, req.actor(), a, (geldig ?? {}) as Invoer, {}, schemaFouten);
    });
}

/** The concept's own rule: a wijziging is motivated. */
export function toelichtingBevinding(soort: string, toelichting: unknown): InvalidParam[] {
  return soort === 'wijziging' && !toelichting
    ? [{ name: 'toelichting', code: 'verplicht', reason: 'Motiveer de wijziging.' }]
    : [];
}

/** PUT /beschikkingen/{id}. */
export function controleerConcept(db: Database) {
  return (req: FastifyRequest, geldig: unknown, schemaFouten: readonly InvalidParam[]) =>
    inTx(db, req.actor(), async (tx) => {
      // An unknown beschikking: the schema's findings alone (the 404 follows once the body is valid).
      const b = await kop(tx, (req.params as { id: string }).id).catch(() => null);
      if (b?.status !== 'concept') return [];
      const invoer = (geldig ?? {}) as Invoer;
      const { regels, volledig } = regelsVan(invoer, schemaFouten);
      const opties =
        b.soort === 'wijziging' && volledig
          ? await wijzigingOpties(
              tx,
              b.vorige_beschikking_id!,
              plusDagen(b.ingetrokken_per!, 1),
              regels as Regel[],
            )
          : {};
      const f = new Bevindingen(toelichtingBevinding(b.soort, invoer.toelichting));
      f.voegToe(await voorzieningBevindingen(tx, req.actor(), b, invoer, opties, schemaFouten));
      return f.lijst;
    });
}

/** Vaststellen: both dates at once (the besluitdatum not ahead, the bekendmaking after it). */
export function vaststellingBevindingen(input: Deels<z.output<typeof Vaststelling>>): InvalidParam[] {
  const b = new Bevindingen();
  const vandaag = today();
  if (input.besluitdatum && input.besluitdatum > vandaag)
    b.fout('besluitdatum', 'in-toekomst', 'De besluitdatum ligt in de toekomst. Vul vandaag of eerder in.');
  const bekend = input.bekendgemaaktOp;
  if (bekend && ((input.besluitdatum && bekend < input.besluitdatum) || bekend > plusDagen(vandaag, 7)))
    b.fout(
      'bekendgemaaktOp',
      'ongeldig',
      'De bekendmaking ligt op of na de besluitdatum (en uiterlijk over een week).',
    );
  return b.lijst;
}

/** POST /beschikkingen/{id}/vaststelling: no database needed for the dates. */
export function controleerVaststelling() {
  return async (_req: FastifyRequest, geldig: unknown) =>
    vaststellingBevindingen((geldig ?? {}) as Deels<z.output<typeof Vaststelling>>);
}
