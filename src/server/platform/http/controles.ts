import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { errors, type InvalidParam } from './errors.ts';

/**
 * All errors at once (issue 15, item 2; ADR 0032). A form's errors come from two places: the
 * route's schema (validatie.ts) and the use case's own checks, some of which need the database
 * (the BSN is already known, the product is not in the catalogue, the date lies before the birth
 * date). Thrown one after the other, a resident's form needed four submits to show them all. Here
 * both are gathered into one 400:
 *
 * - a route sets `config.samenControleren`; when its body fails the schema, the validation step
 *   takes the fields that are valid on their own (`geldigeDelen`) and runs the domain checks on
 *   those, and reports both together;
 * - when the body passes the schema, the use case runs the same checks on the full input and
 *   throws what they find (`Bevindingen.gooi`), before it writes anything.
 */

/** What survives the schema: every field may be missing (it was wrong or absent). */
export type Deels<T> = T extends readonly (infer U)[]
  ? Array<Deels<U> | undefined>
  : T extends object
    ? { [K in keyof T]?: Deels<T[K]> }
    : T;

/** Domain checks a route runs next to its schema (see the module comment). */
export type SamenControleren = (
  req: FastifyRequest,
  geldig: unknown,
  schemaFouten: readonly InvalidParam[],
) => Promise<InvalidParam[]>;

/** Whether the schema found something wrong at `pad` or inside it (`voorzieningen.0`). */
export function foutIn(schemaFouten: readonly InvalidParam[], pad: string): boolean {
  return schemaFouten.some((f) => f.name === pad || f.name.startsWith(`${pad}.`));
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Domain checks reported together with the schema's issues (controles.ts). */
    samenControleren?: SamenControleren;
  }
}

/** The field errors of one request, one reason per field (the first one found is the one to fix). */
export class Bevindingen {
  readonly lijst: InvalidParam[] = [];

  constructor(eerder: readonly InvalidParam[] = []) {
    this.voegToe(eerder);
  }

  heeft(name: string): boolean {
    return this.lijst.some((f) => f.name === name);
  }

  fout(name: string, code: string, reason: string): void {
    if (!this.heeft(name)) this.lijst.push({ name, code, reason });
  }

  voegToe(fouten: readonly InvalidParam[]): void {
    for (const f of fouten) this.fout(f.name, f.code, f.reason);
  }

  /** A 400 naming every field found, or nothing. */
  gooi(): void {
    if (this.lijst.length > 0) throw errors.invalid(this.lijst);
  }
}

/** The schema inside optional / nullable / default wrappers. */
function kern(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 8; i++) {
    const binnen = (s.def as { innerType?: z.ZodType }).innerType;
    if (!binnen) break;
    s = binnen;
  }
  return s;
}

/**
 * The parts of `ruw` that pass their own schema, with the schema's output (trimmed text, defaults).
 * An object that fails as a whole (say, one wrong field or a cross-field rule) is taken field by
 * field; an array element by element. A part that fails and cannot be split is left out.
 */
export function geldigeDelen(schema: z.ZodType, ruw: unknown): unknown {
  const r = schema.safeParse(ruw);
  if (r.success) return r.data;
  const k = kern(schema);
  if (k instanceof z.ZodObject && ruw !== null && typeof ruw === 'object' && !Array.isArray(ruw)) {
    const uit: Record<string, unknown> = {};
    for (const [naam, veld] of Object.entries(k.shape as Record<string, z.ZodType>)) {
      if (!(naam in ruw)) continue;
      const v = geldigeDelen(veld, (ruw as Record<string, unknown>)[naam]);
      if (v !== undefined) uit[naam] = v;
    }
    return uit;
  }
  if (k instanceof z.ZodArray && Array.isArray(ruw)) {
    return ruw.map((x) => geldigeDelen(k.element as z.ZodType, x));
  }
  return undefined;
}
